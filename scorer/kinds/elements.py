"""``kind: elements`` — k of n named elements, with partial credit.

Each element has a name and its own patterns; an element is found when one of
its patterns matches under the search options (scope, negation…, see
:mod:`scorer.kinds.search`).  The rule passes with ``pass_at`` elements found
(default: all), is ``partial`` from ``partial_at`` (default 1) and earns
``found / n`` of its weight in between.

::

    kind: elements
    elements:
      - {name: 执法公示, patterns: ['执法公示', '执法信息公示']}
      - {name: 全过程记录, patterns: ['全过程记录']}
      - {name: 重大执法决定法制审核, patterns: ['执法决定法制审核']}
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..matching import Context
from .base import Outcome, RuleBase, StrictModel, check_patterns, in_opening, verdict
from .describe import quoted, scope_text, with_caveats
from .search import SearchOptions


class Element(StrictModel):
    name: str = Field(min_length=1)
    patterns: list[str] = Field(min_length=1)

    _check = field_validator("patterns")(lambda cls, v: check_patterns(v))


class ElementsRule(SearchOptions, RuleBase):
    kind: Literal["elements"]
    elements: list[Element] = Field(min_length=2)
    pass_at: int | None = Field(None, ge=1)
    partial_at: int = Field(1, ge=1)


    @model_validator(mode="after")
    def _bounds(self):
        if self.pass_at is not None and self.pass_at > len(self.elements):
            raise ValueError(f"pass_at ({self.pass_at}) exceeds the number of elements ({len(self.elements)})")
        return self

    def own_patterns(self) -> list[tuple[str, tuple]]:
        return [(p, ("elements", ei, "patterns", i)) for ei, e in enumerate(self.elements) for i, p in enumerate(e.patterns)]

    def passes_when(self) -> str:
        n = len(self.elements)
        listed = "; ".join(f"{e.name} ({quoted(e.patterns)})" for e in self.elements)
        text = with_caveats(f"{self.pass_at or n} of these {n} elements are found in scope {scope_text(self.scope, self.default_scope)}: {listed}", self.caveats())
        return text + f" From {self.partial_at} element{'s' if self.partial_at > 1 else ''} found: partial, earning found/{n} of the weight."

    def evaluate(self, ctx: Context) -> Outcome:
        notes: list[str] = []
        found, missing, evidence = [], [], []
        explain = ctx.explain
        for element in self.elements:
            sub: list[str] = []
            hits = self.search(ctx, element.patterns, sub)
            if explain:
                notes.extend(f"[{element.name}] {n}" for n in sub)
            if hits:
                found.append(element.name)
                evidence.append(next((h for h in hits if not in_opening(ctx, h)), hits[0]))
            else:
                missing.append(element.name)
                if explain:  # (after the mentions set aside above it: none of them counts)
                    notes.append(f"[{element.name}] 未找到" if not sub else f"[{element.name}] 以上{len(sub)}处均不算，未找到有效表述")
        needed = self.pass_at or len(self.elements)
        status, fraction = verdict(len(found), needed, len(self.elements), partial_from=self.partial_at)
        if status == "pass":
            fraction = 1.0
        detail = f"{len(found)}/{len(self.elements)}项"
        if status == "pass" and missing:  # (full points with one missing: say why, 通过 5/5 beside 缺：……)
            detail += f"（达到{needed}项即为通过）"
        if found:
            detail += "：" + "、".join(found)
        if missing:
            detail += "；缺：" + "、".join(missing)
        return Outcome(status, fraction, sorted(evidence, key=lambda h: h.start), detail, notes)
