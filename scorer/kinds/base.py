"""The header every rule shares, and what a rule kind returns.

A rule in YAML::

    - id: legal_adviser            # lower_snake_case, unique in the pack
      title: 法律顾问制度            # Chinese title shown in reports
      category: 重点制度
      weight: 4                    # > 0; points the rule is worth
      critical: false              # a missed critical rule caps the grade
      basis: 《法治政府建设实施纲要（2021－2025年）》第十四条
      message: 说明上一年度聘请法律顾问、公职律师参与决策和执法的情况。
      kind: phrases                # picks the kind; the kind's own keys follow
      patterns: ['法律顾问', '公职律师']
      examples:                    # rule tests, run by `scorer rules test` and pytest
        pass: [{part: measures, text: 聘请法律顾问参与合法性审查。}]
        fail: [{part: measures, text: 尚未聘请法律顾问。}]

Unknown keys are errors.  Each kind lives in its own module of
:mod:`scorer.kinds`, with its documentation as the module docstring.
"""

from __future__ import annotations

import itertools
import sys
import typing
from bisect import bisect_right
from dataclasses import dataclass, field
from typing import ClassVar, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from ..matching import Context, Hit, SCOPE_ALIASES, compile_pattern

PartKind = Literal["preamble", "measures", "first_responsible", "shortcomings", "next_year_plan", "other"]
ScopeName = Literal[
    "preamble", "measures", "first_responsible", "shortcomings", "next_year_plan", "other", "last_year", "all"
]


class StrictModel(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)


Status = Literal["pass", "partial", "fail", "not_applicable", "error"]


class PlacedExample(StrictModel):
    """An example text placed under a heading of the given part kind (without ``part``:
    a whole report), with what its result must be besides pass or fail."""

    part: PartKind | None = Field(None, description="part kind the text is placed under; without it the text is a whole report")
    text: str = Field(min_length=1)
    status: Status | None = Field(None, description="the exact status the rule must give (default: pass, or fail/partial)")
    evidence: str | None = Field(None, min_length=1, description="text the first piece of evidence must contain")
    line: int | None = Field(None, ge=1, description="line of the example text the first piece of evidence must be on")
    todo: str | None = Field(None, min_length=1, description="a known gap: the rule does not get this right yet (why)")


Example = str | PlacedExample


class Examples(StrictModel):
    pass_: list[Example] = Field(default_factory=list, alias="pass")
    fail: list[Example] = Field(default_factory=list)


@dataclass
class Outcome:
    """What a rule kind decides for one report."""

    status: str  # pass / partial / fail / not_applicable / error
    fraction: float = 0.0  # share of the weight earned (1 for pass, 0 for fail)
    hits: list[Hit] = field(default_factory=list)  # evidence
    detail: str | None = None  # one line: why
    notes: list[str] = field(default_factory=list)  # the long explanation


def verdict(found: int, needed: int, total: int | None = None, *, partial_from: int = 1) -> tuple[str, float]:
    """Status and fraction for "found of needed" (partial credit between)."""
    total = total or needed
    if found >= needed:
        return "pass", 1.0
    if found >= partial_from and found > 0:
        return "partial", round(found / total, 4)
    return "fail", 0.0


def check_patterns(patterns: list[str]) -> list[str]:
    """Validator helper: every pattern compiles, none uses \\b."""
    import regex

    for p in patterns:
        if r"\b" in p:
            raise ValueError(f"pattern {p!r} uses \\b, which never matches between Chinese characters")
        try:
            compile_pattern(p)
        except regex.error as e:
            raise ValueError(f"pattern {p!r} does not compile: {e}") from None
    return patterns


from .applies import OnlyIf  # noqa: E402 - it builds on StrictModel and check_patterns above


class RuleBase(StrictModel):
    """The header every rule shares, and the contract every kind fulfils (see
    docs/authoring-rules.md, "Writing a kind")."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$", description="unique id, lower_snake_case")
    title: str = Field(min_length=1, description="Chinese title")
    category: str = Field(min_length=1)
    weight: float | None = Field(None, gt=0, description="points the rule is worth (required, except for severity: warning)")
    basis: str = Field(min_length=1, description="the legal source of the requirement")
    message: str = Field(min_length=1, description="shown when the item is missing: what to add")
    critical: bool = Field(False, description="missing it caps the report's grade")
    only_if: OnlyIf | None = Field(None, description="the reports the rule applies to; for the others it is not_applicable")
    requires: list[str] = Field(
        default_factory=list,
        description="ids of rules before this one that it builds on: in a report where one of them is missing (fail or "
        "partial), this one fails too, saying so (no causes to analyse without the problems they are causes of)",
    )
    severity: Literal["scored", "warning"] = Field(
        "scored", description="warning: the result is shown as a warning and costs no points (no weight, never critical)"
    )
    examples: Examples | None = None

    @model_validator(mode="after")
    def _weighted(self):
        if self.severity == "warning":
            if self.weight is not None:
                raise ValueError("a rule with severity: warning costs no points: remove 'weight'")
            if self.critical:
                raise ValueError("a rule with severity: warning cannot be critical")
        elif self.weight is None:
            raise ValueError("missing required key 'weight' (points the rule is worth; or set severity: warning)")
        return self

    # --- the kind contract: what the registry, docs, lint, explain and the pattern
    # planner know of a kind, declared by its module and nowhere else
    default_scope: ClassVar[str | None] = None  # the scope a rule of the kind searches without `scope`

    @classmethod
    def kind_name(cls) -> str:
        """The value of ``kind:`` that selects this kind (its ``kind`` Literal)."""
        return typing.get_args(cls.model_fields["kind"].annotation)[0]

    def own_patterns(self) -> list[tuple[str, tuple]]:
        """The patterns whose matches are the rule's evidence, with their key paths in
        the rule (``("patterns", 0)``): lint checks each against the pass examples."""
        return []

    def search_patterns(self) -> list[tuple[str, tuple]]:
        """Every pattern the rule searches for (its own, then those of its options such
        as ``near``), with key paths: what the pattern planner scans for."""
        return self.own_patterns()

    @classmethod
    def summary(cls) -> str:
        """The first line of the kind module's docstring, without its ``kind: x —`` tag."""
        doc = (sys.modules[cls.__module__].__doc__ or "").strip().splitlines()
        first = doc[0] if doc else ""
        return first.split(" — ", 1)[1].strip() if " — " in first else first

    def passes_when(self) -> str:
        """One plain-language sentence: what a report must contain for the rule to pass.
        By default the first line of the kind module's docstring and the options set."""
        summary = self.summary()
        options = {k: v for k, v in self.model_dump(exclude_unset=True).items() if k not in RuleBase.model_fields and k != "kind"}
        return summary[:1].upper() + summary[1:] + (f" Options: {options}." if options else "")

    @property
    def points(self) -> float:
        """What the rule is worth in the score: its weight, 0 for a warning."""
        return float(self.weight) if self.weight is not None else 0.0

    @field_validator("message", "title", "basis")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("must not be empty")
        return v

    def evaluate(self, ctx: Context) -> Outcome:  # pragma: no cover - every kind overrides it
        raise NotImplementedError


__all__ = ["RuleBase", "Outcome", "verdict", "check_patterns", "SCOPE_ALIASES", "Examples", "PlacedExample"]


# characters between two hits' starts below which they would be quoted alike (a quote is
# Context.evidence's 36 characters around its hit)
_QUOTED_APART = 36


def in_opening(ctx: Context, hit: Hit) -> bool:
    """Whether ``hit`` lies in the report's opening (the preamble before its first part), which
    sums up rather than reports: evidence from the parts below it is quoted first."""
    parts = ctx.report.parts  # (the opening, when there is one, is the first part, before every heading)
    return bool(parts) and parts[0].kind == "preamble" and hit.start < parts[0].end


def shown_apart(ctx: Context, hits: list[Hit], first: frozenset[str] = frozenset()) -> list[Hit]:
    """The evidence shown for ``hits``: up to three, those in the text, or else those in a
    heading's title (a heading naming the leader is the subject; the sentences under it say
    what was done), in text order but those in the opening last, and no two so close that
    their quotes would overlap
    (局党组书记、局长……: one quote; 全年开展集中学习5次、专题研讨2次: one quote); with ``first``
    (part kinds: the item's own part), those in such parts before the others."""
    if len(hits) < 2:
        return hits
    # Those in the text: a title's left out before the close ones are (a sentence just after a
    # heading's title is quoted, not lost as too close to it — 2.履行第一责任人职责。局党组书记、局长
    # 主持……); three from below the opening are enough.
    norm = ctx.report.norm
    body: list[Hit] = []
    opening: list[Hit] = []  # the opening sums up (……等多项指标位居全区前列): what the parts below report comes first
    for h in _spaced(norm, hits, ctx.report.title_bounds):
        (opening if in_opening(ctx, h) else body).append(h)
        if len(body) == 3 and not first:
            break
    if first and len(body) > 1:  # (the item's own part first: 二、主要负责人履职情况 before a side mention)
        body = [h for h in body if ctx.part(h).kind in first] + [h for h in body if ctx.part(h).kind not in first]
    if body or opening:
        return (body + opening)[:3]
    return list(itertools.islice(_spaced(norm, hits), 3))  # all in titles: those


def _spaced(norm: str, hits: list[Hit], titles: tuple[list[int], list[int]] | None = None) -> typing.Iterator[Hit]:
    """``hits`` (in text order) less each that lies so close after the last one kept, on its line, that
    their quotes would overlap — and, given ``titles`` (starts and ends), less those starting in one."""
    starts, ends = titles or ((), ())
    last = -_QUOTED_APART
    for h in hits:
        if starts and (i := bisect_right(starts, h.start) - 1) >= 0 and h.start < ends[i]:
            continue
        if h.start - last >= _QUOTED_APART or "\n" in norm[last : h.start]:
            last = h.start
            yield h
