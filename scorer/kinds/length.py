"""``kind: length`` — the parts of some kinds are neither too short nor too long.

Passes when the bodies of the report's top-level parts of the kinds in ``part`` hold,
together, at least ``min_chars`` and at most ``max_chars`` characters (white space not
counted) and, with ``min_share``/``max_share``, at least/at most that share of all the
parts' bodies.  A report without such a part fails.  The evidence is the first part's
heading.  (This module is the worked example of docs/authoring-rules.md, "Writing a
kind": a kind is one module like this one plus its cases in tests/kinds/length.yaml.)

::

    kind: length
    part: [shortcomings]
    max_share: 0.05       # 存在的不足 in one line of a long report is a token
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ..matching import Context, Hit
from .base import Outcome, PartKind, RuleBase
from .part import _size


class LengthRule(RuleBase):
    kind: Literal["length"]
    part: list[PartKind] = Field(min_length=1, description="part kinds whose bodies are measured together")
    min_chars: int | None = Field(None, ge=1, description="fewest characters (white space not counted)")
    max_chars: int | None = Field(None, ge=1, description="most characters")
    min_share: float | None = Field(None, gt=0, le=1, description="smallest share of all the parts' bodies")
    max_share: float | None = Field(None, gt=0, le=1, description="largest share of all the parts' bodies")

    @model_validator(mode="after")
    def _bounded(self):
        if self.min_chars is None and self.max_chars is None and self.min_share is None and self.max_share is None:
            raise ValueError("a length rule needs one of min_chars, max_chars, min_share, max_share")
        return self

    def passes_when(self) -> str:
        bounds = [
            f"{word} {value:g}{unit}"
            for word, value, unit in (
                ("at least", self.min_chars, " characters"), ("at most", self.max_chars, " characters"),
                ("at least", self.min_share, " of all the parts"), ("at most", self.max_share, " of all the parts"),
            )
            if value is not None
        ]  # fmt: skip
        return f"the parts of kind {', '.join(self.part)} hold, together, {' and '.join(bounds)}; a report without such a part fails."

    def evaluate(self, ctx: Context) -> Outcome:
        report = ctx.report
        end = report.body_end
        sizes = [(p, _size(report.norm[p.body_start : min(p.end, end)])) for p in report.parts]
        mine = [(p, n) for p, n in sizes if p.kind in self.part]
        if not mine:
            return Outcome("fail", 0.0, [], "报告中没有这一部分")
        chars = sum(n for _, n in mine)
        share = chars / max(1, sum(n for _, n in sizes))
        first = mine[0][0]
        evidence = [Hit(first.start, max(first.start + 1, first.body_start))]
        detail = f"共{chars}字，占全文{share:.0%}"
        problems = []
        if self.min_chars is not None and chars < self.min_chars:
            problems.append(f"少于{self.min_chars}字")
        if self.max_chars is not None and chars > self.max_chars:
            problems.append(f"多于{self.max_chars}字")
        if self.min_share is not None and share < self.min_share:
            problems.append(f"低于{self.min_share:.0%}")
        if self.max_share is not None and share > self.max_share:
            problems.append(f"高于{self.max_share:.0%}")
        if problems:
            return Outcome("fail", 0.0, evidence, f"{detail}，{'、'.join(problems)}")
        return Outcome("pass", 1.0, evidence, detail)
