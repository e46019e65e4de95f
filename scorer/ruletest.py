"""Rule tests: the ``examples`` a rule carries must pass and must fail.

An example is either a whole report (a string with its own title and
headings) or ``{part: KIND, text: ...}``: a fragment placed under a typical
heading of that part kind in a minimal report.  A ``pass`` example must give
the rule the status ``pass``; a ``fail`` example must give ``fail`` or
``partial``.  ``scorer rules test`` runs them, and pytest collects them
(``tests/test_rule_examples.py``), so a broken rule fails CI.
"""

from __future__ import annotations

from dataclasses import dataclass

from .engine import evaluate
from .kinds.base import PlacedExample
from .pack import Pack
from .parse import parse

TITLE = "某局2023年度法治政府建设情况报告"
HEADINGS = {
    "measures": "一、2023年主要举措和成效",
    "first_responsible": "一、党政主要负责人履行推进法治建设第一责任人职责情况",
    "shortcomings": "一、存在的不足和原因",
    "next_year_plan": "一、2024年工作安排",
    "other": "一、其他需要报告的情况",
}


def example_text(example) -> str:
    if isinstance(example, PlacedExample):
        if example.part == "preamble":
            return f"{TITLE}\n{example.text}\n"
        return f"{TITLE}\n{HEADINGS[example.part]}\n{example.text}\n"
    return example


@dataclass(frozen=True)
class ExampleResult:
    rule: str
    expected: str  # "pass" or "fail"
    index: int  # 1-based within its list
    status: str
    detail: str | None
    text: str

    @property
    def ok(self) -> bool:
        if self.expected == "pass":
            return self.status == "pass"
        return self.status in ("fail", "partial")

    def describe(self) -> str:
        snippet = self.text.strip().replace("\n", " / ")
        if len(snippet) > 60:
            snippet = snippet[:60] + "……"
        return f"{self.rule}: {self.expected} example #{self.index} got '{self.status}' ({self.detail}): {snippet}"


def run_examples(pack: Pack, rule_ids: list[str] | None = None) -> list[ExampleResult]:
    """Evaluate every example of every rule (or of ``rule_ids``) in isolation."""
    single = Pack(spec=pack.spec.model_copy(update={"rules": []}), source=pack.source, digest=pack.digest)
    results = []
    for rule in pack.rules:
        if rule_ids and rule.id not in rule_ids:
            continue
        if rule.examples is None:
            continue
        single.spec.rules = [rule]
        for expected, examples in (("pass", rule.examples.pass_), ("fail", rule.examples.fail)):
            for i, example in enumerate(examples, 1):
                text = example_text(example)
                item = evaluate(parse(text), single)[0]
                results.append(ExampleResult(rule.id, expected, i, item.status, item.detail, text))
    return results
