"""``kind: order`` — the report's parts come in the order listed.

Passes when the first part of each kind in ``parts`` that the report has comes after
the first part of the kind listed before it (措施 before 不足 before 安排).  A report
with fewer than two of these parts is ``not_applicable``: a missing part is the
``part`` rules' business.  The evidence is the heading of the part out of place.

::

    kind: order
    parts: [measures, shortcomings, next_year_plan]
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from ..document import PART_LABELS
from ..matching import Context, Hit
from .base import Outcome, PartKind, RuleBase


class OrderRule(RuleBase):
    kind: Literal["order"]
    parts: list[PartKind] = Field(min_length=2, description="part kinds in the order the report must give them")

    @field_validator("parts")
    @classmethod
    def _distinct(cls, v: list[str]) -> list[str]:
        if len(set(v)) != len(v):
            raise ValueError("each part kind may be listed once")
        return v

    def passes_when(self) -> str:
        listed = " → ".join(f"{k} ({PART_LABELS[k]})" for k in self.parts)
        return f"the first parts of these kinds that the report has come in this order: {listed}; with fewer than two of them the rule is not applicable."

    def evaluate(self, ctx: Context) -> Outcome:
        first = {}
        for part in ctx.report.parts:
            first.setdefault(part.kind, part)
        present = [first[k] for k in self.parts if k in first]
        if len(present) < 2:
            return Outcome("not_applicable", 0.0, [], "报告中相关部分少于两个")
        for before, after in zip(present, present[1:]):
            if after.start < before.start:
                evidence = [Hit(after.start, max(after.start + 1, after.body_start))]
                return Outcome("fail", 0.0, evidence, f"「{PART_LABELS[after.kind]}」写在「{PART_LABELS[before.kind]}」之前")
        return Outcome("pass", 1.0, [], "顺序正确")
