"""The direct JSON writer writes what pydantic's serialiser writes, byte for byte."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random

from scorer import score_text
from scorer.output.json_ import _line, _reference_line
from scorer.results import Evidence, ItemResult, ReportResult, WaiverInfo

from .conftest import SAMPLES

_ODD = ("引号\"与\\反斜杠", "控制\x00字符\x1f\t\n", "emoji 😀 and \u2028 line separator", "", "/斜杠/")


def _varied(rng: random.Random) -> ReportResult:
    """A result with every field of every result type set or unset at random."""

    def maybe(value):
        return value if rng.random() < 0.5 else None

    items = []
    for k in range(rng.randint(0, 6)):
        evidence = [
            Evidence(line=rng.randint(1, 500), page=maybe(rng.randint(1, 40)), section=maybe(rng.choice(_ODD)), text=rng.choice(_ODD))
            for _ in range(rng.randint(0, 3))
        ]
        waived = None
        if rng.random() < 0.3:
            waived = WaiverInfo(justification=rng.choice(_ODD), expires=maybe(dt.date(2025, 1, rng.randint(1, 28))), source=maybe("w.yaml"))
        items.append(
            ItemResult(
                id=f"rule_{k}",
                title=rng.choice(_ODD),
                category="组织领导",
                status=rng.choice(["pass", "partial", "fail", "not_applicable", "error"]),
                points=rng.choice([0.0, 0.1 + 0.2, 2.5, 1e-7, 12345678.9, 1.0]),
                max_points=float(rng.randint(1, 10)),
                message=maybe(rng.choice(_ODD)),
                evidence=evidence,
                detail=maybe(rng.choice(_ODD)),
                critical=rng.random() < 0.2,
                waived=waived,
                explanation=[rng.choice(_ODD)],
            )
        )
    return ReportResult(
        file=rng.choice(["a.txt", "目录/报告 (1).pdf", "bad\udcff\udcfename.txt"]),
        title=maybe(rng.choice(_ODD)),
        organization=maybe("某县司法局"),
        year=maybe(rng.randint(2019, 2025)),
        signing_date=maybe(dt.date(2024, rng.randint(1, 12), 1)),
        document_number=maybe("某政发〔2024〕3号"),
        score=rng.choice([0.0, 87.5, 100.0, 66.7]),
        max_score=100.0,
        grade=rng.choice(["优秀", "良好", "不合格"]),
        items=items,
        missing=[i.id for i in items if i.status in ("fail", "partial")],
        waived=[i.id for i in items if i.waived],
        critical_missing=[i.id for i in items if i.critical][:1],
    )


def test_direct_writer_matches_pydantic_on_varied_results():
    rng = random.Random(15)
    for _ in range(300):
        result = _varied(rng)
        assert _line(result) == _reference_line(result)


def test_direct_writer_matches_pydantic_on_scored_reports(pack):
    for sample in SAMPLES:
        text = sample.read_text(encoding="utf-8")
        for variant in (text, text.replace("法律顾问", "未聘请法律顾问"), text[: len(text) // 3]):
            result = score_text(variant, pack, file=str(sample))
            assert _line(result) == _reference_line(result)


def test_direct_writer_writes_every_field_the_contract_has():
    """A field added to a result type must reach the writer too (or this fails)."""
    rng = random.Random(3)

    def complete(r: ReportResult) -> bool:  # every field set, both shapes of evidence, a waiver
        evidence = [ev for i in r.items for ev in i.evidence]
        return (
            all(getattr(r, f.name) is not None for f in dataclasses.fields(r))
            and {ev.page is None for ev in evidence} == {True, False}
            and any(i.waived for i in r.items)
        )

    full = next(r for r in (_varied(rng) for _ in range(2000)) if complete(r))
    data = json.loads(_line(full))
    assert list(data) == [f.name for f in dataclasses.fields(ReportResult)]
    item_fields = [f.name for f in dataclasses.fields(ItemResult) if f.name != "explanation"]
    assert all(list(item) == item_fields for item in data["items"])
    evidence = [ev for item in data["items"] for ev in item["evidence"]]
    assert {tuple(ev) for ev in evidence} <= {("line", "section", "text"), ("line", "page", "section", "text")}
    assert len({tuple(ev) for ev in evidence}) == 2  # both shapes were written
    assert [f.name for f in dataclasses.fields(Evidence)] == ["line", "page", "section", "text"]
    assert [f.name for f in dataclasses.fields(WaiverInfo)] == list(next(i["waived"] for i in data["items"] if i["waived"]))
