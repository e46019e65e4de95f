"""Options shared by the kinds that search for phrases (``phrases``, ``elements``).

``scope``
    Which parts count: part kinds (``measures``, ``first_responsible``,
    ``shortcomings``, ``next_year_plan``, ``preamble``, ``other``) or the
    aliases ``last_year`` (preamble + measures + first_responsible, the
    default) and ``all``.  A mechanism named only in the plan was not practised.
``headings``
    Whether a top-level part's own heading counts (default true).  False for
    "causes": 原因 in the heading 存在的不足和原因 is not a cause.
``negation``
    Discard a match preceded in its clause by 未/尚未/没有/缺乏… (default true).
``zero_ok``
    A negation followed by 发生/收到/受理… ("未发生行政复议案件") reports zero
    activity and still counts (default false).
``ignore_citations``
    Discard matches inside 《…》: quoting a regulation's title is not practice
    (default true).
``near``
    ``{patterns: [...], within: 30}``: a match counts only when one of these
    patterns occurs within ``within`` characters of it, in the same part
    (e.g. 主持/听取/部署 near 第一责任人).
"""

from __future__ import annotations

from bisect import bisect_left

from pydantic import Field, field_validator

from ..matching import Context, Hit, compile_pattern, scope_kinds
from .base import ScopeName, StrictModel, check_patterns


class Near(StrictModel):
    patterns: list[str] = Field(min_length=1)
    within: int = Field(30, gt=0, le=500)

    _check = field_validator("patterns")(lambda cls, v: check_patterns(v))


class SearchOptions(StrictModel):
    scope: list[ScopeName] | None = None
    headings: bool = True
    negation: bool = True
    zero_ok: bool = False
    ignore_citations: bool = True
    near: Near | None = None

    def search(self, ctx: Context, patterns: list[str], notes: list[str]) -> list[Hit]:
        """All hits of ``patterns`` that survive scope, citation, negation and proximity.

        With ``ctx.explain``, one note per candidate match (kept or discarded, and why)
        goes to ``notes``; otherwise ``notes`` is left alone.
        """
        kinds = scope_kinds(self.scope)
        explain = ctx.explain
        accepted: list[Hit] = []
        seen: set[int] = set()
        for pattern in patterns:
            for hit in ctx.find(compile_pattern(pattern)):
                if hit.start in seen:
                    continue
                seen.add(hit.start)
                reason = self.discard_reason(ctx, hit, kinds)
                if reason:
                    if explain:
                        notes.append(f"舍弃 {ctx.where(hit)}「{ctx.snippet(hit, 24)}」：{reason}")
                    continue
                if explain:
                    notes.append(f"采用 {ctx.where(hit)}「{ctx.snippet(hit, 24)}」（{ctx.section(hit)}）")
                accepted.append(hit)
        accepted.sort()  # by start: no two hits kept share a start (`seen`), so no key needed
        # one place in the text counts once, even when several patterns match it
        # (主要原因是: '主要原因' and '原因是')
        distinct: list[Hit] = []
        for hit in accepted:
            if distinct and hit.start < distinct[-1].end:
                continue
            distinct.append(hit)
        return distinct

    def discard_reason(self, ctx: Context, hit: Hit, kinds: frozenset[str]) -> str | None:
        if not ctx.in_scope(hit, kinds, headings=self.headings):
            part = ctx.part(hit)
            if part is not None and part.kind in kinds and not self.headings:
                return "只出现在标题中"
            where = part.label if part else "签署部分"
            return f"不在检查范围内（位于「{where}」）"
        if self.ignore_citations and ctx.in_citation(hit):
            return "位于书名号《》内，属于引用文件名"
        if self.negation:
            cue = ctx.negation(hit, zero_ok=self.zero_ok)
            if cue:
                return f"被否定（「{cue}」）"
        if self.near is not None and not self._near(ctx, hit):
            return f"{self.near.within}字内没有{'/'.join(self.near.patterns)[:30]}"
        return None

    def _near(self, ctx: Context, hit: Hit) -> bool:
        part = ctx.part(hit)
        lo = max(part.start if part else 0, hit.start - self.near.within)
        hi = min(part.end if part else len(ctx.report.norm), hit.end + self.near.within)
        for pattern in self.near.patterns:
            others = ctx.find(compile_pattern(pattern))  # in order of start: skip to the window
            for k in range(bisect_left(others, (lo,)), len(others)):
                other = others[k]
                if other.start > hi:
                    break
                if other.end <= hi and not (other.start < hit.end and hit.start < other.end):
                    if not (self.ignore_citations and ctx.in_citation(other)):
                        return True
        return False
