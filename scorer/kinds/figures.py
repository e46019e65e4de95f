"""``kind: figures`` — results backed by numbers: counts with units.

Counts figures followed by a unit (件, 次, 项, 人次, 家, 万元, %…) in the parts
of ``scope`` (default: ``measures``) and passes with at least ``min_count`` of
them.  Figures are Arabic digits (326件) or Chinese numerals (十二件, 两件,
三百余人次); a bare 一 (一件事一次办) and a Chinese numeral before a unit of
formulas (个, 项, 类, 批…: 三项制度, 四个意识) do not count.  Dates, years
(2023年, 二〇二三年, 5月), ordinals (第33个, 第三次) and document numbers
(〔2024〕3号) are not results and never count; nor is a rule or a target (每月学法不少于1次,
至少2次, 确定了……达到100%的工作目标), a figure a requirement asks for (要确保核查率100%: after a requirement cue of its sentence, with no
全年, 累计, 已, 了… between — the 全年 a target sets, 力争全年……300家次以上、……500批次以上, is none) or an earlier year's (2024年，……处置了1起……), a time limit (七个工作日内) or a name in short quotes (“十户联防”机制, “12345”热线).  In a table whose unit has a column
of its own (法律顾问审查合同 | 份 | 58), the numbers of a row with a unit cell count.  Fewer
than ``min_count`` but at least one figure gives ``partial``.

::

    kind: figures
    scope: [measures]
    min_count: 3
    units: ['件', '次', '项']     # optional: replaces the default unit list
    profile: ['内设', '辖区内有']  # optional: a figure after one in its sentence tells what the unit has (内设7个科室)
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from typing import ClassVar, Literal

import regex
from pydantic import Field, field_validator

from ..matching import Context, Hit, compile_any, scope_kinds
from .base import Outcome, RuleBase, ScopeName, check_patterns, shown_apart, verdict
from .describe import scope_text

DEFAULT_UNITS = (
    "人次", "场次", "户次", "件次", "家次", "万元", "亿元", "万人", "平方米", "公里", "小时", "个工作日", "个百分点",
    "元", "件", "次", "项", "家", "个", "人", "户", "场", "期", "份", "名", "处", "条", "篇", "所", "座",
    "套", "台", "册", "起", "对", "批", "宗", "部", "类", "支", "本", "张", "天", "%", "㎡",
)  # fmt: skip


# Chinese numerals: 两…九, 十…九十九, and any with 百/千/万 (一百二十, 三千); not a bare 一 (一件事
# 一次办), nor after 第/初/周/数/几 or another numeral character.  (The look-ahead first lets a
# search skip the other characters quickly: ≈ 10 % less time for the whole pattern.)
_CHINESE_NUMERAL = (
    r"(?=[一二两三四五六七八九十])(?<![第初周数几〇零一二两三四五六七八九十百千万亿])"
    r"(?:[一二两三四五六七八九][百千万亿][〇零一二两三四五六七八九十百千万亿]*+|[一二三四五六七八九]?十[一二三四五六七八九]?|[二两三四五六七八九])"
)
# Units that follow a Chinese numeral in formulas more often than in counts (三项制度, 四个意识,
# 两个维护, 三个一批): a Chinese numeral before them is no figure.
_FORMULA_UNITS = frozenset("个项类批支部本对套张%㎡")
# a short name in quotes (“十户联防”, “三个一”工程): its figure names, counts nothing
_QUOTED_NAME = regex.compile(r"[“\"「][^“”\"「」\n]{1,12}[”\"」]")


# A figure after 不少于/不低于/至少… is a rule or a target (每月集中学法不少于1次, 至少开展2次督查: a verb
# may come between), not a result; so is one its clause aims at (力争到2025年底持证率达到100%; 确保按期办结率达到100%), or
# one of the targets its clause lists (全年目标任务为城镇新增就业1500人、失业人员再就业500人).
# ... and one before 内/以内 is a time limit (七个工作日内公开, 3日以内办结); hours before 值班 a duty
# rota (24小时值班值守制度); one before 的目标 a goal (到2027年……达到90%的目标), or in a clause that ends on a work goal
# (确定了……达到98%以上、……达到100%的工作目标); a hotline's number before 人社 no count of people (12333人社服务热线)
_NOT_A_LIMIT = r"(?!以?内|的?目标)(?![^，,。；;\n]{0,30}?的(?:工作|年度|考核)目标)(?<!小时(?=值班|值守|在线|不打烊|畅通))(?<!人(?=社))"
_NOT_A_RESULT = r"(?<!(?:不少于|不低于|不超过|不多于|不高于|至少|最少)[^\d，,。；;、\n]{0,4})(?<!(?:力争|争取|确保)[^，,。；;、\n]{0,20})(?<!目标(?:任务)?[为是][^，,。；;\n]{0,40})"


@functools.lru_cache(maxsize=64)
def _figure_pattern(units: tuple[str, ...]) -> regex.Pattern:
    alternation = "|".join(regex.escape(u) for u in sorted(units, key=len, reverse=True))
    chinese = [u for u in units if u not in _FORMULA_UNITS]
    # Possessive (*+, ++): no unit, 万, 余 or 多 is a digit or white space, so giving any back
    # never makes a match, and a search is linear in the text (a figure cannot start inside a
    # run of digits or numerals).  Without them a long run of white space after a digit made
    # the search cubic; now it needs no time limit.
    # (9,460户: a thousands separator inside the number, not before it)
    figure = _NOT_A_RESULT + r"(?<![\d.〔\[［第])(?<!\d,)\d++(?:,\d{3}+)*+(?:\.\d++)?\s*+(?:[万亿千百])?\s*+(?:余|多)?\s*+(?:" + alternation + r")" + _NOT_A_LIMIT
    if chinese:
        cn_units = "|".join(regex.escape(u) for u in sorted(chinese, key=len, reverse=True))
        figure += r"|" + _NOT_A_RESULT + _CHINESE_NUMERAL + r"(?:余|多)?(?:" + cn_units + r")(?!事|性|办)" + _NOT_A_LIMIT
    return regex.compile(figure)


@functools.lru_cache(maxsize=64)
def _figure_char(units: tuple[str, ...]) -> regex.Pattern:
    """A character that may be part of a figure (digit, point, white space, a Chinese numeral,
    余多, or a character of a unit) or that a figure's look-ahead reads (事性办, 以内, 值班, 的目标, 社…); the others
    end every figure."""
    chars = sorted(set("".join(units)) | set(".〇零一二两三四五六七八九十百千万亿余多事性办以内值班守在线不打烊畅通的目标社"))
    return regex.compile(r"[\d\s" + "".join(regex.escape(c) for c in chars) + "]")


_READ_AHEAD = 35  # characters a figure's look-ahead reads past it: the rest of its clause, to a work goal (_NOT_A_LIMIT)


def _figures_within(ctx: Context, rx: regex.Pattern, units: tuple[str, ...], bounds: list[int]) -> list[Hit]:
    """The matches of ``rx`` (searched through the whole text) that start within ``bounds``
    (``[start, end, start, end, …]``), searching only around those ranges.

    Each range is searched from the nearest character before it that no figure can hold,
    so that no match runs into it from before (the look-behind sees the text before the
    start of the search), to the first such character after it, where every match that
    starts in the range has ended, and _READ_AHEAD characters on for the look-ahead of a figure ending
    there (a clause ending on a work goal): the same matches as a search of the whole text.  The
    scope of this rule is often two thirds of a report, and the regex scans ≈ 15 ns a
    character.  The pattern is linear (see _figure_pattern): no time limit, which would
    cost a clock reading per match.
    """
    norm = ctx.report.norm
    size = len(norm)
    in_figure = _figure_char(units).match
    hits: list[Hit] = []
    for k in range(0, len(bounds), 2):
        lo, hi = bounds[k], bounds[k + 1]
        start = lo
        while start > 0 and in_figure(norm, start - 1):
            start -= 1
        end = hi
        while end < size and in_figure(norm, end):
            end += 1
        end = min(size, end + _READ_AHEAD)  # (the look-ahead of a figure near the range's end: ……100%的工作目标)
        for m in rx.finditer(norm, start, end):
            s, e = m.span()
            if s >= hi:
                break
            if s >= lo:
                hits.append(Hit(s, e))
    return hits


# between a requirement cue and a figure of its sentence, a word that reports (……必须及时准确，全年公示执法信息63条)
_REPORTING = regex.compile(r"全年|累计|先后|共计|完成|已|了|年内")
_TARGET_SPAN = ("全年", "年内")  # right after a requirement cue, the time it sets (力争全年……), no reporting word
_SENTENCE_ENDS = regex.compile(r"[。！!？?；;\n]")


def _required(ctx: Context, cue_starts: list[int], cue_ends: list[int], hit: Hit) -> bool:
    """Whether ``hit`` is a figure a requirement or a plan asks for (要确保核查率100%; 力争全年办理50件): a requirement
    cue before it in its sentence and no reporting word (:data:`_REPORTING`) between them; or one of an earlier year's
    sentence (2024年，我乡还依法处置了1起……), within that date's reach (see ``Context.dated_reach``)."""
    i = bisect_right(cue_ends, hit.start) - 1
    if i < 0:
        return False
    norm = ctx.report.norm
    end = cue_ends[i]
    if _SENTENCE_ENDS.search(norm, end, hit.start) is not None:
        return False
    if ctx.dated_earlier(cue_starts[i], end):
        reach = ctx.dated_reach(norm[cue_starts[i] : end], end, hit.start)
        return reach is None
    # (not the year a target cue sets, 力争全年检查……300家次以上、抽检……500批次以上: still the target's)
    since = end + 2 if norm.startswith(_TARGET_SPAN, end) else cue_starts[i]
    return _REPORTING.search(norm, since, hit.start) is None


def _why_required(ctx: Context, cue_starts: list[int], cue_ends: list[int], hit: Hit) -> str:
    """Why :func:`_required` left ``hit`` out, for ``scorer explain``: the earlier year its sentence tells of, or the
    requirement or plan cue before it."""
    i = bisect_right(cue_ends, hit.start) - 1
    cue = ctx.report.norm[cue_starts[i] : cue_ends[i]]
    year = ctx.dated_year(cue, cue_ends[i]) if ctx.dated_earlier(cue_starts[i], cue_ends[i]) else None
    if year is not None:
        return f"写的是{year}年的事，不是本年度的成效（「{ctx.report.text[cue_starts[i] : cue_ends[i]]}」）"
    return f"写成要求、目标或计划（「{ctx.report.text[cue_starts[i] : cue_ends[i]]}」）"


_NUMBER_CELL = regex.compile(r"\s*\d+(?:\.\d+)?\s*")


def _table_figures(report, bounds: list[int], units: frozenset[str]) -> list[Hit]:
    """Figures in table rows whose unit has a column of its own (指标 | 单位 | 2024年: a row
    法律顾问审查合同 | 份 | 58): each number cell of a row (cells tab-separated in the text as
    tables are read; normalising turns the tabs into spaces, so cells are cut at the text's
    tabs and read in the normalised copy, which has the same length) that also holds a cell
    that is just a unit."""
    text, norm = report.text, report.norm
    hits: list[Hit] = []
    for k in range(0, len(bounds), 2):
        start, end = bounds[k], bounds[k + 1]
        at = text.find("\t", start, end)
        while at >= 0:
            line_start = max(text.rfind("\n", start, at) + 1, start)
            line_end = text.find("\n", at, end)
            line_end = end if line_end < 0 else line_end
            cells, pos = [], line_start
            for raw in text[line_start:line_end].split("\t"):
                cells.append((pos, norm[pos : pos + len(raw)]))
                pos += len(raw) + 1
            if any(cell.strip() in units for _, cell in cells):
                for pos, cell in cells:
                    if _NUMBER_CELL.fullmatch(cell):
                        lead = len(cell) - len(cell.lstrip())
                        hits.append(Hit(pos + lead, pos + len(cell.rstrip())))
            at = text.find("\t", line_end, end)
    return hits


class FiguresRule(RuleBase):
    kind: Literal["figures"]
    scope: list[ScopeName] | None = None
    min_count: int = Field(3, ge=1)
    units: list[str] | None = Field(None, min_length=1)
    profile: list[str] = Field(
        default_factory=list,
        description="patterns that describe the unit (内设, 辖区内有): a figure after one in its sentence counts what the unit "
        "has, not what it did (内设7个科室; 辖区内有医疗机构326家，其中……16家)",
    )
    _check_profile = field_validator("profile")(lambda cls, v: check_patterns(v))


    default_scope: ClassVar[str | None] = "measures"

    def passes_when(self) -> str:
        units = "、".join(self.units) if self.units else "件, 次, 项, 人次, 万元, % and other common units"
        return (
            f"the parts in scope {scope_text(self.scope, self.default_scope)} hold at least {self.min_count} figures written as digits with a unit ({units}); "
            "dates, years, ordinals (第33个) and document numbers (〔2024〕3号) do not count. Fewer, but at least one, is partial."
        )

    def evaluate(self, ctx: Context) -> Outcome:
        kinds = scope_kinds(self.scope, self.default_scope)
        notes: list[str] = []
        hits: list[Hit] = []
        units = tuple(self.units or DEFAULT_UNITS)
        # in scope (as ctx.in_scope) and not in a citation (as ctx.in_citation, by bisection)
        cited_from, cited_to = ctx.citations()
        norm = ctx.report.norm
        if "“" in norm or '"' in norm or "「" in norm:  # (and not in a short quoted name)
            names = [m.span() for m in _QUOTED_NAME.finditer(norm)]
            cited_from, cited_to = zip(*sorted([*zip(cited_from, cited_to), *names])) if names else (cited_from, cited_to)
        bounds = ctx.scope(kinds)
        cue_starts, cue_ends = ctx.requirement_spans()
        profile = compile_any(tuple(self.profile))
        dropped: list[tuple[Hit, str]] = []  # (for explain: the figures left out, and why)
        for hit in _figures_within(ctx, _figure_pattern(units), units, bounds):
            i = bisect_right(cited_from, hit.start) - 1
            if i >= 0 and hit.end <= cited_to[i]:
                if ctx.explain:
                    dropped.append((hit, "位于书名号或引号内，是名称的一部分"))
                continue
            if cue_ends and _required(ctx, cue_starts, cue_ends, hit):
                if ctx.explain:
                    dropped.append((hit, _why_required(ctx, cue_starts, cue_ends, hit)))
                continue
            # (a profile word's look-ahead may read the figure itself, 辖(?=\d): searched to the figure's end, starting before it)
            if profile is not None and (m := profile.search(norm, ctx.sentence(hit)[0], hit.end, timeout=ctx.timeout)) and m.start() < hit.start:
                if ctx.explain:
                    dropped.append((hit, f"在「{ctx.report.text[m.start() : m.end()]}」之后，写的是单位概况，不是做了什么"))
                continue
            hits.append(hit)
        if len(hits) < self.min_count and "\t" in ctx.report.text:
            hits += _table_figures(ctx.report, bounds, frozenset(units))
        if ctx.explain:
            for h in hits[:12]:
                notes.append(f"数据 {ctx.where(h)}「{ctx.report.text[h.start:h.end]}」")
            for h, why in dropped[:12]:
                notes.append(f"舍弃 {ctx.where(h)}「{ctx.report.text[h.start:h.end]}」：{why}")
            if not hits and not dropped:
                notes.append("检查范围内没有带计量单位的数据（日期、年份、文号不计）")
        status, fraction = verdict(len(hits), self.min_count)
        detail = f"{len(hits)}个带单位的数据" + ("" if status == "pass" else f"，至少需要{self.min_count}个")
        return Outcome(status, fraction, shown_apart(ctx, hits), detail, notes)
