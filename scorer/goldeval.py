"""Agreement of a rule pack with an expert's verdicts (`scorer rules eval`).

A gold file maps report file names to ``{rule id: pass | miss | skip}`` — at its top
level or under ``docs:`` — with an optional ``order:`` list of ``[higher, lower]`` pairs
an expert would rank without hesitation::

    docs:
      a.txt: {measures_and_results: pass, shortcoming_reasons: miss}
    order:
      - [a.txt, b.txt]

``pass`` must come out ``pass``; ``miss`` must come out ``fail`` or ``partial``; ``skip``
is not compared.  :func:`evaluate_gold` scores every report named (read from the folder
given, by default the gold file's own) with the pack and, when a baseline pack is given,
with it too, so an auditor sees which verdicts a change flips before publishing it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .batch import score_file
from .pack import Pack
from .results import ReportResult

LABELS = ("pass", "miss", "skip")


class GoldError(Exception):
    """The gold file cannot be used (unreadable, not the documented shape)."""


@dataclass
class Gold:
    labels: dict[str, dict[str, str]]  # file name → rule id → label
    order: list[tuple[str, str]]


def load_gold(path: Path) -> Gold:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise GoldError(f"{path}: 无法读取 ({e.strerror})") from None
    except (UnicodeDecodeError, yaml.YAMLError) as e:
        raise GoldError(f"{path}: 不是 UTF-8 的 YAML 文件 ({type(e).__name__})") from None
    if not isinstance(data, dict):
        raise GoldError(f"{path}: 应为映射（文件名 → {{规则id: pass|miss|skip}}）")
    docs = data.get("docs", {k: v for k, v in data.items() if k != "order"})
    if not isinstance(docs, dict):
        raise GoldError(f"{path}: docs 应为映射")
    labels: dict[str, dict[str, str]] = {}
    for name, lab in docs.items():
        if not isinstance(lab, dict) or any(v not in LABELS for v in lab.values()):
            raise GoldError(f"{path}: {name} 的标注应为 {{规则id: pass|miss|skip}}")
        labels[str(name)] = {str(k): v for k, v in lab.items()}
    order = []
    for pair in data.get("order") or []:
        if not (isinstance(pair, list) and len(pair) == 2):
            raise GoldError(f"{path}: order 的每一项应为 [较高, 较低]")
        order.append((str(pair[0]), str(pair[1])))
    return Gold(labels, order)


def agrees(label: str, status: str) -> bool:
    return status == "pass" if label == "pass" else status in ("fail", "partial")


@dataclass
class Evaluation:
    per_rule: dict[str, list[int]] = field(default_factory=dict)  # rule id → [agree, total]
    disagreements: list[tuple[str, str, str, str]] = field(default_factory=list)  # file, rule, want, got
    orders: list[tuple[str, str, float | None, float | None]] = field(default_factory=list)
    flips: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # file, rule, want, before, after
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def agreed(self) -> int:
        return sum(a for a, _ in self.per_rule.values())

    @property
    def total(self) -> int:
        return sum(n for _, n in self.per_rule.values())

    @property
    def orders_ok(self) -> int:
        return sum(1 for _, _, a, b in self.orders if a is not None and b is not None and a > b)

    @property
    def perfect(self) -> bool:
        return self.agreed == self.total and self.orders_ok == len(self.orders) and not self.errors


def _statuses(result) -> dict[str, str]:
    return {i.id: i.status for i in result.items} if isinstance(result, ReportResult) else {}


def evaluate_gold(gold: Gold, folder: Path, pack: Pack, baseline: Pack | None = None) -> Evaluation:
    ev = Evaluation()
    scores: dict[str, float | None] = {}
    for name in sorted(gold.labels):
        path = folder / name
        if not path.is_file():
            ev.errors[name] = "文件不存在 (no such file)"
            scores[name] = None
            continue
        result = score_file(path, pack)
        if not isinstance(result, ReportResult):
            ev.errors[name] = result.error
            scores[name] = None
            continue
        scores[name] = result.score
        got = _statuses(result)
        before = _statuses(score_file(path, baseline)) if baseline is not None else {}
        for rid, want in gold.labels[name].items():
            if want == "skip":
                continue
            status = got.get(rid, "absent")
            ok = agrees(want, status)
            tally = ev.per_rule.setdefault(rid, [0, 0])
            tally[0] += ok
            tally[1] += 1
            if not ok:
                ev.disagreements.append((name, rid, want, status))
            if baseline is not None:
                old = before.get(rid, "absent")
                if agrees(want, old) != ok:
                    ev.flips.append((name, rid, want, old, status))
    for hi, lo in gold.order:
        ev.orders.append((hi, lo, scores.get(hi), scores.get(lo)))
    return ev


def render(ev: Evaluation) -> str:
    lines = []
    for name, error in sorted(ev.errors.items()):
        lines.append(f"  {name}: 无法评分：{error}")
    for name, rid, want, got in ev.disagreements:
        lines.append(f"  {name} {rid}: 期望 {want}，实际 {got}")
    for hi, lo, a, b in ev.orders:
        if a is None or b is None or a <= b:
            lines.append(f"  排序：{hi}（{a}）应高于 {lo}（{b}）")
    if ev.flips:
        lines.append("与基线相比改变的结论：")
        for name, rid, want, old, new in ev.flips:
            mark = "改对" if agrees(want, new) else "改错"
            lines.append(f"  {mark} {name} {rid}: {old} → {new}（期望 {want}）")
    lines.append(f"{'rule':34} agree")
    for rid, (a, n) in sorted(ev.per_rule.items(), key=lambda kv: (kv[1][0] / kv[1][1], kv[0])):
        lines.append(f"{rid:34} {a}/{n}")
    pct = 100.0 * ev.agreed / ev.total if ev.total else 0.0
    lines.append(f"gold agreement {ev.agreed}/{ev.total} ({pct:.1f}%), orders {ev.orders_ok}/{len(ev.orders)}")
    return "\n".join(lines)
