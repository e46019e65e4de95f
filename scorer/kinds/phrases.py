"""``kind: phrases`` — the report says something, in the right place, affirmatively.

Passes when at least ``min_count`` distinct matches of ``patterns`` survive the
search options (scope, negation, citations, proximity; see
:mod:`scorer.kinds.search`).  Fewer than ``min_count`` but at least one gives
``partial``.  With ``max_count`` the rule is an upper limit: more matches than
``max_count`` fail (``max_count: 0`` forbids the wording; ``min_count`` then
defaults to 0).

::

    kind: phrases
    patterns: ['法律顾问', '公职律师']
    scope: [last_year]
    negation: true          # 尚未聘请法律顾问 does not count
    min_count: 1

    # an upper limit: 进一步 at most 5 times in the plan
    kind: phrases
    patterns: ['进一步']
    scope: [next_year_plan]
    max_count: 5

Patterns are regular expressions (the ``regex`` module) matched against the
normalised text; write them in single quotes in YAML, and never use ``\\b``.
"""

from __future__ import annotations

import functools
import itertools
from typing import ClassVar, Literal

from pydantic import Field, field_validator, model_validator

from ..document import PART_LABELS
from ..matching import Context, Hit, scope_kinds
from .base import Outcome, RuleBase, ScopeName, StrictModel, check_patterns, shown_apart, verdict
from .describe import lead_word, quoted, scope_text, with_caveats
from .search import (
    CITATION_REASON, CITED, HOLLOW_PART, HOLLOW_REASON, IN_TITLE, OTHER_ACTOR, OUT_OF_SCOPE, PLANNED, SearchOptions,
    excluded_collocation, plan_reason, required, scope_reason,
)  # fmt: skip


class Deduction(StrictModel):
    per: float = Field(gt=0, description="points lost for each match past max_count")
    floor: float = Field(0, ge=0, description="points the rule keeps however many matches there are")


class PhrasesRule(SearchOptions, RuleBase):
    kind: Literal["phrases"]
    DENIED_ALIKE: ClassVar[bool] = True  # (its patterns may be alternatives: 法律顾问 or 公职律师)
    patterns: list[str] = Field(min_length=1)
    min_count: int = Field(1, ge=0, description="fewest matches that pass (default 1; 0 with max_count)")
    max_count: int | None = Field(None, ge=0, description="most matches that pass: more fail (0 forbids the wording)")
    deduct: Deduction | None = Field(None, description="with max_count: each match past it costs `per` points, down to `floor` (扣分制)")
    evidence_first: list[ScopeName] | None = Field(
        None, description="parts whose matches are quoted first as evidence (the item's own part: first_responsible)"
    )

    _check = field_validator("patterns")(lambda cls, v: check_patterns(v))

    @model_validator(mode="after")
    def _limits(self):
        if self.max_count is not None:
            if "min_count" not in self.model_fields_set:
                self.__dict__["min_count"] = 0  # a default, not a key the author set
            elif self.min_count > self.max_count:
                raise ValueError(f"min_count ({self.min_count}) is more than max_count ({self.max_count}): no report could pass")
        elif self.min_count < 1:
            raise ValueError("min_count: 0 passes every report; to forbid wording write max_count: 0")
        if self.deduct is not None:
            if self.max_count is None:
                raise ValueError("deduct needs max_count: the matches past it are what costs points")
            if self.weight is None:
                raise ValueError("deduct needs a weight: a warning has no points to lose")
            if self.deduct.floor >= self.weight:
                raise ValueError(f"deduct.floor ({self.deduct.floor:g}) must be below the weight ({self.weight:g})")
        return self

    def own_patterns(self) -> list[tuple[str, tuple]]:
        return [(p, ("patterns", i)) for i, p in enumerate(self.patterns)]

    def passes_when(self) -> str:
        scope = scope_text(self.scope, self.default_scope)
        if self.max_count is not None:
            most = "none" if self.max_count == 0 else f"at most {self.max_count}"
            least = f"at least {self.min_count} and " if self.min_count else ""
            text = with_caveats(f"{least}{most} distinct matches of {quoted(self.patterns)} in scope {scope}", self.caveats())
            if self.deduct is not None:
                return text + f" Each match past {self.max_count} costs {self.deduct.per:g} points, down to {self.deduct.floor:g}."
            return text + " More fail."
        many = self.min_count > 1
        text = with_caveats(f"at least {self.min_count} distinct match{'es' if many else ''} of {quoted(self.patterns)} in scope {scope}", self.caveats())
        return text + (" Fewer, but at least one, is partial." if many else "")

    def evaluate(self, ctx: Context) -> Outcome:
        notes: list[str] = []
        hits, matched = self._search(ctx, self.patterns, notes)
        if self.max_count is not None and len(hits) > self.max_count:
            # over the limit: the evidence is the matches past it
            limit = "不得出现" if self.max_count == 0 else f"最多允许{self.max_count}处"
            over = hits[self.max_count :]
            if self.deduct is not None:
                kept = max(self.deduct.floor, self.weight - self.deduct.per * len(over))
                fraction = round(kept / self.weight, 4)
                lost = f"，扣{self.weight - kept:g}分"
                return Outcome("partial" if fraction > 0 else "fail", fraction, over[:3], f"找到{len(hits)}处，{limit}{lost}", notes)
            return Outcome("fail", 0.0, over[:3], f"找到{len(hits)}处，{limit}", notes)
        if self.max_count is not None and len(hits) >= self.min_count:
            detail = f"找到{len(hits)}处，未超过{self.max_count}处" if hits else "未出现"
            return Outcome("pass", 1.0, hits[:3], detail, notes)
        status, fraction = verdict(len(hits), self.min_count)
        if status != "pass" and ctx.explain:  # (a deputy's actions: why they did not count)

            def told(where: str) -> bool:  # (a sentence whose set-aside match said so already)
                return any(where in n and "另一主体" in n for n in notes)

            notes += [
                f"另有 {ctx.where(stop)}「{ctx.snippet(stop, 24)}」：其中的「{acts}」是「{actor}」等其他主体的行动，不算"
                for stop, acts, actor in self.others_acting(ctx, skip=told)
            ]
        shown = shown_apart(ctx, hits, scope_kinds(self.evidence_first, "last_year") if self.evidence_first else frozenset())
        if hits:
            detail = f"找到{len(hits)}处" + ("" if status == "pass" else f"，至少需要{self.min_count}处")
            if len(shown) < len(hits):  # (close ones quoted once, headings left out, at most three)
                detail += f"（引用其中{len(shown)}处）"
        else:
            # some match was discarded (scope, negation…), or none at all: the word every match of a
            # pattern needs may still be there (习近平法治思想 only as the guiding formula)
            word = _mentioned(ctx.report.norm, self.patterns)
            # the topic named where no pattern matched (the opening's formula): why, line by line
            mentions = self._mentions(ctx, word, {ctx.report.line_of(at) for at in matched}) if word and (ctx.explain or not matched) else []
            if matched:
                detail = self._set_aside(ctx, matched)
            elif word and _cited_only(ctx, word):
                detail = f"{_lines(ctx, word)}提到「{word}」，但都在书名号《》内，只是引用文件名"
            elif word:
                kinds = "、".join(dict.fromkeys(kind for _, kind, _ in mentions))
                detail = f"{_lines(ctx, word)}提到「{word}」，但都不是符合要求的用法（{kinds}）"
            else:
                detail = self._nothing(ctx)
            if self.near is not None and self.near.stop and OTHER_ACTOR not in detail and (others := self.others_acting(ctx, most=1)):
                stop, acts, actor = others[0]  # (分管副局长主持召开……: no action of the subject, but of another)
                detail += f"；{ctx.where(stop)}的「{acts}」是「{actor}」的行动，不算"
            if ctx.explain:
                notes += [f"第{line}行提到「{word}」：{why}" for line, _, why in mentions]
        return Outcome(status, fraction, shown, detail, notes)

    def _mentions(self, ctx: Context, word: str, judged: set[int], most: int = 3) -> list[tuple[int, str, str]]:
        """The first ``most`` lines (not ``judged`` already) where ``word`` occurs but no pattern
        matched, each with why such a mention does not count, in a word and in full — outside the
        rule's scope, written as a requirement or a work plan, or else a formula or a use the
        patterns leave out: (line, kind, why)."""
        kinds = scope_kinds(self.scope, self.default_scope)
        out: list[tuple[int, str, str]] = []
        for line, at in _mention_lines(ctx.report, word):
            if len(out) >= most:
                break
            if line in judged:
                continue
            hit = Hit(at, at + len(word))
            part = ctx.part(hit)
            if part is None or part.kind not in kinds:
                kind, why = OUT_OF_SCOPE, scope_reason(part)
            elif ctx.in_citation(hit):
                kind, why = CITED, CITATION_REASON
            elif cue := ctx.requirement(hit):
                kind, why = required(ctx, hit, cue)
            elif cue := ctx.plan_wording(hit):
                kind, why = PLANNED, plan_reason(cue)
            elif ctx.in_hollow_part(hit):
                kind, why = HOLLOW_PART, HOLLOW_REASON
            elif self.headings is False and ctx.title_end(*hit) is not None:
                kind, why = IN_TITLE, "在标题中，标题不算写了做法"
            elif excluded := excluded_collocation(ctx, self.patterns, word, at):
                kind, why = "规则排除的搭配", f"「{excluded}」是规则排除的搭配"
            else:
                kind, why = "套语或泛泛提及", "是套语或泛泛提及，没有规则要求的写法"
            out.append((line, kind, why))
        return out

    def _set_aside(self, ctx: Context, matched: dict[int, str | None]) -> str:
        """The detail when every match was set aside: on which lines and why, in a few words
        (第12行（被否定）、第30行（不在检查范围内）的表述都不算，未找到有效表述)."""
        hits: dict[int, Hit] = {}
        for found in ctx.found(self.patterns):  # (cached: the hits _search judged, the first at each start)
            for hit in found:
                hits.setdefault(hit.start, hit)
        kinds: dict[int, dict[str, None]] = {}  # line -> its kinds of reason, in the order met (the first three lines)
        judged: set[tuple[int, str]] = set()  # (line, code): one hit of each code on a line says its kind
        more = False
        for at, code in sorted(matched.items()):
            line = ctx.report.line_of(at)
            if line not in kinds and len(kinds) == 3:
                more = True
                break
            if code and (line, code) not in judged:
                judged.add((line, code))
                kinds.setdefault(line, {})[self.reason(ctx, hits[at], code, text=False)[0]] = None
        lines = [f"第{line}行（{'、'.join(k)}）" for line, k in kinds.items()]
        return "、".join(lines) + ("等" if more else "") + "的表述都不算，未找到有效表述"

    def _nothing(self, ctx: Context) -> str:
        """The detail when nothing matched where the rule looks: 全文没有符合要求的表述, or for a narrower
        scope the parts by their headings (「四、存在的问题」中没有符合要求的表述), or that the report has none."""
        kinds = scope_kinds(self.scope, self.default_scope)
        if kinds >= scope_kinds(["last_year"]):
            return "全文没有符合要求的表述"
        parts = [p for p in ctx.report.parts if p.kind in kinds and p.heading]
        if parts:
            return "、".join(dict.fromkeys(f"「{p.label}」" for p in parts[:3])) + "中没有符合要求的表述"
        return "报告中没有" + "、".join(f"「{PART_LABELS[k]}」" for k in PART_LABELS if k in kinds) + "部分"


_MENTION_MIN = 3  # characters of a needed word that name the topic (not 主持, 部署)


def _mentioned(norm: str, patterns) -> str | None:
    """The rule's topic word (:func:`_topic`) when ``norm`` holds it, or None."""
    word = _topic(tuple(patterns))
    return word if word is not None and word in norm else None


def _occurrences(norm: str, word: str):
    """The offsets where ``word`` occurs in ``norm``, in order (not overlapping)."""
    at = norm.find(word)
    while at >= 0:
        yield at
        at = norm.find(word, at + len(word))


def _mention_lines(report, word: str):
    """(line, offset of its first occurrence) for each line where ``word`` occurs, in order."""
    last = None
    for at in _occurrences(report.norm, word):
        line = report.line_of(at)
        if line != last:
            yield line, at
            last = line


def _cited_only(ctx: Context, word: str) -> bool:
    """Whether every occurrence of ``word`` lies in a citation (《党政主要负责人履行推进法治建设第一责任人职责规定》)."""
    return all(ctx.in_citation(Hit(at, at + len(word))) for at in _occurrences(ctx.report.norm, word))


def _lines(ctx: Context, word: str, most: int = 3) -> str:
    """第6、26行: the lines where ``word`` occurs (the first ``most``; 等 when there are more)."""
    lines = [line for line, _ in itertools.islice(_mention_lines(ctx.report, word), most + 1)]
    more = "等" if len(lines) > most else ""
    return "第" + "、".join(map(str, lines[:most])) + "行" + more


@functools.lru_cache(maxsize=512)
def _topic(patterns: tuple[str, ...]) -> str | None:
    """The first word that every match of one of ``patterns`` starts with (look-arounds aside; at
    least _MENTION_MIN characters: 习近平法治思想, 第一责任人), or None."""
    for p in patterns:
        word = lead_word(p)
        if word and len(word) >= _MENTION_MIN:
            return word
    return None


