"""``kind: threshold`` — a figure the report states is at least ``min`` (or at most ``max``).

Passes when the figures that ``patterns`` extract meet the bounds (``use: all``, the
default: every figure found; ``first``: the first in the text; ``any``: one of them).
A pattern's first group is the figure (``'出庭应诉率.{0,6}?(\\d+(?:\\.\\d+)?)%'``);
without a group, the first number in the match.  No figure found fails, or is
``not_applicable`` with ``missing: not_applicable``.  The search options of
:mod:`scorer.kinds.search` apply (scope, negation, citations, proximity).

::

    kind: threshold
    patterns: ['负责人出庭应诉率.{0,6}?(\\d+(?:\\.\\d+)?)%']
    min: 80
    missing: fail           # the rate is not reported at all: fail

With ``ratio: true`` the figure is a percentage of two counts: 100 × the pattern's first
group ÷ its second (负责人出庭应诉12件，占应诉案件15件 → 80).

Figures are read as written with Arabic digits (full-width digits count; 百分之八十
does not).
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..matching import Context, Hit, compile_pattern
from .base import Outcome, RuleBase, check_patterns
from .describe import quoted, scope_text, with_caveats
from .search import SearchOptions

_NUMBER = re.compile(r"\d+(?:\.\d+)?")


class ThresholdRule(SearchOptions, RuleBase):
    kind: Literal["threshold"]
    patterns: list[str] = Field(min_length=1, description="patterns whose first group (or first number) is the figure")
    min: float | None = Field(None, description="the figure must be at least this")
    max: float | None = Field(None, description="the figure must be at most this")
    use: Literal["all", "first", "any"] = Field("all", description="which figures found must meet the bounds")
    missing: Literal["fail", "not_applicable"] = Field("fail", description="the result when no figure is found")
    ratio: bool = Field(False, description="the figure is 100 × the first group ÷ the second (a percentage of two counts)")

    _check = field_validator("patterns")(lambda cls, v: check_patterns(v))

    @model_validator(mode="after")
    def _bounded(self):
        if self.min is None and self.max is None:
            raise ValueError("a threshold needs 'min' or 'max' (or both)")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise ValueError(f"min ({self.min:g}) is more than max ({self.max:g}): no figure could pass")
        if self.ratio:
            for p in self.patterns:
                if compile_pattern(p).groups < 2:
                    raise ValueError(f"ratio: pattern {p!r} needs two groups, the part and the whole: '出庭(\\d+)件.{{0,10}}?共(\\d+)件'")
        return self

    def own_patterns(self) -> list[tuple[str, tuple]]:
        return [(p, ("patterns", i)) for i, p in enumerate(self.patterns)]

    def passes_when(self) -> str:
        which = {"all": "every figure", "first": "the first figure", "any": "one figure"}[self.use]
        bounds = " and ".join(x for x in (f"at least {self.min:g}" if self.min is not None else "", f"at most {self.max:g}" if self.max is not None else "") if x)
        text = f"{which} that {quoted(self.patterns)} extract in scope {scope_text(self.scope, self.default_scope)} is {bounds}"
        missing = "fails" if self.missing == "fail" else "is not applicable"
        return with_caveats(text, self.caveats()) + f" A report that states no such figure {missing}."

    def figure(self, ctx: Context, pattern: str, hit: Hit) -> float | None:
        """The figure a match of ``pattern`` states: its first group, or its first number."""
        norm = ctx.report.norm
        m = compile_pattern(pattern).match(norm, hit.start, hit.end)
        if self.ratio:
            if m is None or m.group(1) is None or m.group(2) is None:
                return None
            part, whole = (_NUMBER.search(m.group(i)) for i in (1, 2))
            if part is None or whole is None or float(whole.group()) == 0:
                return None
            return round(100 * float(part.group()) / float(whole.group()), 2)
        text = norm[hit.start : hit.end]
        if m is not None and m.re.groups and m.group(1) is not None:
            text = m.group(1)
        n = _NUMBER.search(text)
        return float(n.group()) if n else None

    def _meets(self, value: float) -> bool:
        return (self.min is None or value >= self.min) and (self.max is None or value <= self.max)

    def _bounds(self) -> str:
        if self.max is None:
            return f"不低于{self.min:g}"
        if self.min is None:
            return f"不高于{self.max:g}"
        return f"在{self.min:g}至{self.max:g}之间"

    def evaluate(self, ctx: Context) -> Outcome:
        notes: list[str] = []
        found: list[tuple[Hit, float]] = []
        for pattern in self.patterns:
            for hit in self.search(ctx, [pattern], notes):
                value = self.figure(ctx, pattern, hit)
                if value is not None:
                    found.append((hit, value))
        found.sort()
        if not found:
            status = "not_applicable" if self.missing == "not_applicable" else "fail"
            return Outcome(status, 0.0, [], "未找到相关数据", notes)
        chosen = found[:1] if self.use == "first" else found
        good = [(h, v) for h, v in chosen if self._meets(v)]
        bad = [(h, v) for h, v in chosen if not self._meets(v)]
        ok = bool(good) if self.use == "any" else not bad
        shown = ", ".join(f"{v:g}" for _, v in chosen[:3])
        if ok:
            return Outcome("pass", 1.0, [h for h, _ in (good or chosen)][:3], f"数值{shown}，{self._bounds()}", notes)
        return Outcome("fail", 0.0, [h for h, _ in (bad or chosen)][:3], f"数值{shown}，要求{self._bounds()}", notes)
