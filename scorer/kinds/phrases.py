"""``kind: phrases`` — the report says something, in the right place, affirmatively.

Passes when at least ``min_count`` distinct matches of ``patterns`` survive the
search options (scope, negation, citations, proximity; see
:mod:`scorer.kinds.search`).  Fewer than ``min_count`` but at least one gives
``partial``.

::

    kind: phrases
    patterns: ['法律顾问', '公职律师']
    scope: [last_year]
    negation: true          # 尚未聘请法律顾问 does not count
    min_count: 1

Patterns are regular expressions (the ``regex`` module) matched against the
normalised text; write them in single quotes in YAML, and never use ``\\b``.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field, field_validator

from ..matching import Context
from .base import Outcome, RuleBase, check_patterns, verdict
from .search import SearchOptions


class PhrasesRule(SearchOptions, RuleBase):
    kind: Literal["phrases"]
    patterns: list[str] = Field(min_length=1)
    min_count: int = Field(1, ge=1)

    name: ClassVar[str] = "phrases"
    _check = field_validator("patterns")(lambda cls, v: check_patterns(v))

    def evaluate(self, ctx: Context) -> Outcome:
        notes: list[str] = []
        hits, matched = self._search(ctx, self.patterns, notes)
        status, fraction = verdict(len(hits), self.min_count)
        if hits:
            detail = f"找到{len(hits)}处" + ("" if status == "pass" else f"，至少需要{self.min_count}处")
        else:
            # some match was discarded (scope, negation…), or none at all
            detail = "未找到有效表述" if matched else "全文没有相关表述"
        return Outcome(status, fraction, hits[:3], detail, notes)
