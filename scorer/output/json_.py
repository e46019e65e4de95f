"""``--format json``: the schema_version 1 contract, streamed one report per line.

The document is valid JSON whatever the batch size; each report is written as
soon as it is scored (one compact line), errors at the end.
"""

from __future__ import annotations

import json

from ..results import SCHEMA_VERSION, ErrorRow, PackInfo, ReportResult
from ..names import shown
from .base import Prepared, Writer


def _dumps(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, sort_keys=False, separators=(", ", ": "))


def _reference_line(result: ReportResult) -> str:
    """A report's line through pydantic's serialiser (``to_dict``): what :func:`_line` must
    write, byte for byte — tests/test_json_writer.py compares them on varied results."""
    data = result.to_dict()
    data["file"] = shown(data["file"])  # a file name that is not UTF-8 (see scorer.names)
    return _dumps(data)


# The direct writer: the same data as ``to_dict`` built by hand, ≈ 30 µs a report cheaper
# than pydantic's serialiser (0.19 → 0.16 ms a line; docs/performance.md).  The field lists below must follow
# scorer.results (same names, same order; Evidence.page only when set, ItemResult.explanation
# never); the test also checks that every field of those classes is written.


def _evidence(ev) -> dict:
    if ev.page is None:
        return {"line": ev.line, "section": ev.section, "text": ev.text}
    return {"line": ev.line, "page": ev.page, "section": ev.section, "text": ev.text}


def _waiver(w) -> dict | None:
    if w is None:
        return None
    return {"justification": w.justification, "expires": w.expires.isoformat() if w.expires else None, "source": w.source}


def _item(i) -> dict:
    return {
        "id": i.id,
        "title": i.title,
        "category": i.category,
        "status": i.status,
        "points": i.points,
        "max_points": i.max_points,
        "message": i.message,
        "evidence": [_evidence(ev) for ev in i.evidence],
        "detail": i.detail,
        "critical": i.critical,
        "waived": _waiver(i.waived),
    }


def _report(r: ReportResult) -> dict:
    return {
        "file": shown(r.file),  # a file name that is not UTF-8 (see scorer.names)
        "title": r.title,
        "organization": r.organization,
        "year": r.year,
        "signing_date": r.signing_date.isoformat() if r.signing_date else None,
        "document_number": r.document_number,
        "score": r.score,
        "max_score": r.max_score,
        "grade": r.grade,
        "items": [_item(i) for i in r.items],
        "missing": list(r.missing),
        "waived": list(r.waived),
        "critical_missing": list(r.critical_missing),
    }


def _line(result: ReportResult) -> str:
    """One report of the document, as ``--format json`` writes it."""
    return _dumps(_report(result))


def _prepare(result: ReportResult) -> Prepared:
    return Prepared(result.score, result.missing, _line(result))


def prepare_explained(result: ReportResult) -> Prepared:
    """``_prepare`` plus each item's ``explanation`` (the notes `scorer explain` prints),
    added after the item's other fields; for callers that ask for the reasoning."""
    data = result.to_dict()
    for item, src in zip(data["items"], result.items, strict=True):
        item["explanation"] = list(src.explanation)
    return Prepared(result.score, result.missing, _dumps(data))


class JsonWriter(Writer):
    # the line is serialised where the report is scored: with --jobs the workers do it
    # (≈ 0.15 ms a report) and the parent only writes (docs/performance.md)
    prepare = staticmethod(_prepare)

    def begin(self, pack: PackInfo) -> None:
        super().begin(pack)
        self.count = 0
        self.errors: list[ErrorRow] = []
        self.out.write('{"schema_version": %d, "rule_pack": %s, "reports": [' % (SCHEMA_VERSION, _dumps({**pack.to_dict(), "source": shown(pack.source)})))

    def report(self, result: ReportResult | Prepared) -> None:
        line = result.payload if isinstance(result, Prepared) else _line(result)
        self.out.write(("\n" if self.count == 0 else ",\n") + line)
        self.count += 1

    def error(self, row: ErrorRow) -> None:
        self.errors.append(row)

    def end(self) -> None:
        errors = ",\n".join(_dumps({**e.to_dict(), "file": shown(e.file), "error": shown(e.error)}) for e in self.errors)
        self.out.write(("\n" if self.count else "") + '], "errors": [' + ("\n" + errors + "\n" if errors else "") + "]}\n")
