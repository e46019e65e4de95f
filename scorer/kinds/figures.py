"""``kind: figures`` — results backed by numbers: counts with units.

Counts Arabic-digit figures followed by a unit (件, 次, 项, 人次, 家, 万元, %…)
in the parts of ``scope`` (default: ``measures``) and passes with at least
``min_count`` of them.  Dates, years (2023年, 5月), ordinals (第33个) and
document numbers (〔2024〕3号) are not results and never count.  Fewer than
``min_count`` but at least one figure gives ``partial``.

::

    kind: figures
    scope: [measures]
    min_count: 3
    units: ['件', '次', '项']     # optional: replaces the default unit list
"""

from __future__ import annotations

import functools
from typing import ClassVar, Literal

import regex
from pydantic import Field

from ..matching import Context, Hit, scope_kinds
from .base import Outcome, RuleBase, ScopeName, verdict

DEFAULT_UNITS = (
    "人次", "场次", "户次", "件次", "万元", "亿元", "万人", "平方米", "公里", "小时", "个工作日", "个百分点",
    "元", "件", "次", "项", "家", "个", "人", "户", "场", "期", "份", "名", "处", "条", "篇", "所", "座",
    "套", "台", "册", "起", "对", "批", "宗", "部", "类", "支", "本", "张", "天", "%", "㎡",
)  # fmt: skip


@functools.lru_cache(maxsize=64)
def _figure_pattern(units: tuple[str, ...]) -> regex.Pattern:
    alternation = "|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True))
    return regex.compile(
        r"(?<![\d.〔\[［第])\d+(?:\.\d+)?\s*(?:[万亿千百])?\s*(?:余|多)?\s*(?:" + alternation + r")"
    )


class FiguresRule(RuleBase):
    kind: Literal["figures"]
    scope: list[ScopeName] | None = None
    min_count: int = Field(3, ge=1)
    units: list[str] | None = Field(None, min_length=1)

    name: ClassVar[str] = "figures"

    def _pattern(self) -> regex.Pattern:
        return _figure_pattern(tuple(self.units or DEFAULT_UNITS))

    def evaluate(self, ctx: Context) -> Outcome:
        kinds = scope_kinds(self.scope, default="measures")
        notes: list[str] = []
        hits: list[Hit] = []
        for hit in ctx.find(self._pattern()):
            if not ctx.in_scope(hit, kinds):
                continue
            if ctx.in_citation(hit):
                continue
            hits.append(hit)
        if ctx.explain:
            for h in hits[:12]:
                notes.append(f"数据 {ctx.where(h)}「{ctx.report.text[h.start:h.end]}」")
            if not hits:
                notes.append("检查范围内没有带计量单位的数据（日期、年份、文号不计）")
        status, fraction = verdict(len(hits), self.min_count)
        detail = f"{len(hits)}个带单位的数据" + ("" if status == "pass" else f"，至少需要{self.min_count}个")
        return Outcome(status, fraction, hits[:3], detail, notes)
