"""``kind: year_consistency`` — the report's dates agree with its year.

Checks, where the report states them:

* the plan part's heading — or, when the heading names no year, the plan's opening words
  (2024年，我局将……), or else the words opening its first item that starts with a year
  (一、持续深化学习。2024年，……; 1.2024年上半年出台……; 一是加强组织领导。2024年，……) — names the year after the report year (a 2023 report
  plans 2024);
* the signing date falls after the reported year (a report on 2024 cannot be
  signed in February 2024) or late in it (from ``late_from`` on: a report on 2020 signed
  on 28 December 2020 summarises a year that is all but over);
* the document number's year (〔2025〕) is the signing year, or the year after
  the report year when no date is given.

``not_applicable`` when the report year cannot be found; when none of the three is stated it passes, saying
there was nothing to compare.  Fails on any
contradiction, naming it.

::

    kind: year_consistency
    late_from: 12-01        # month-day from which a date in the report year agrees with it
"""

from __future__ import annotations

from typing import Literal

import regex
from pydantic import Field

from ..matching import Context, Hit
from ..parse.dates import YEAR_TEXT, year_value
from ..parse.markers import _ENUM, marker_length
from .base import Outcome, RuleBase

_YEAR = regex.compile(YEAR_TEXT)
# a plan part's first words naming its year: "2024年，我局将……", "2024年工作打算：……", "2024年工作思路：一是……"
# (or named as what it is first: 2024年是……的关键一年，我委将……)
_PLAN_OPENING = regex.compile(
    r"\s*" + YEAR_TEXT + r"(?:度)?(?:是[^，,。；;\n]{1,20}?(?:之年|一年)[，,])?[，,：:]?[^。\n]{0,12}?(?:将|计划|打算|拟|要|重点|安排|思路)"
)
# ... or, later in its first sentence, the year its work is for (新的一年，我局将坚持……，2025年重点抓好以下工作：)
_PLAN_YEAR_IN_LEAD = regex.compile(YEAR_TEXT + r"(?:度)?[，,]?\s*(?:我[局委办镇乡县区市]|本[局委镇乡单位]+|我们)?(?:将|重点|着力|计划|拟)")
_LEAD_REACH = 150  # characters of that first sentence looked at
# an item of the plan whose body opens with a year (一、持续深化学习。2024年，……): the year it
# plans for — not a year looked back on (2023年以来, 2023年的基础上, 2023年底前), nor a year's work
# named as a thing (二、建立年终述法制度。2025年度述法工作已列入……: 年度 before a noun)
_ITEM_OPENING = regex.compile(
    r"[。．.：:]?\s*" + YEAR_TEXT + r"(?:度(?=[，,：:\s]|起|将|计划|拟|要|力争|重点|工作(?:安排|计划|打算|要点|重点)))?(?!度)(?![以的底末前内])"
)

# ... or an item inside a paragraph (一是加强组织领导。2025年，……): the short label after its marker (the parser's _ENUM)
_ENUM_LABEL = regex.compile(r"[^，,。；;：:\n]{1,20}[。：:]")


class YearConsistencyRule(RuleBase):
    kind: Literal["year_consistency"]
    late_from: str = Field("12-01", pattern=r"^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$", description="MM-DD")

    def evaluate(self, ctx: Context) -> Outcome:
        report = ctx.report
        meta = report.meta
        if meta.year is None:
            return Outcome("not_applicable", 0.0, [], "无法确定报告年度", ["标题和正文开头都没有年份"])
        year = meta.year
        explain = ctx.explain
        notes = [f"报告年度：{year}年（来自{ {'title': '标题', 'body': '正文', 'signature': '落款日期'}.get(meta.year_source, '?') }）"] if explain else []
        problems: list[str] = []
        hits: list[Hit] = []
        checked = 0  # the years found to check against the report's
        plans: list[tuple[int, str, Hit]] = []  # each headed plan part's year, where it was found, and where it is
        for part in report.parts_of("next_year_plan"):
            if part.heading is None:
                continue
            years = [year_value(y) for y in _YEAR.findall(report.norm, part.start, part.body_start)]
            where, at = "标题", Hit(part.start, part.body_start)
            if not years:  # 三、下一步工作打算 / 2024年，我局将……: the year the plan opens with
                opening = _PLAN_OPENING.match(report.norm, part.body_start, min(part.end, part.body_start + 40))
                if opening is None:
                    lead = report.norm.find("。", part.body_start, part.body_start + _LEAD_REACH)
                    lead_end = min(part.end, part.body_start + _LEAD_REACH if lead < 0 else lead)
                    line_end = report.norm.find("\n", part.body_start + 1, lead_end)  # (the first line's, past a line break at its start)
                    opening = _PLAN_YEAR_IN_LEAD.search(report.norm, part.body_start, lead_end if line_end < 0 else line_end)
                if opening:
                    years, where, at = [year_value(opening.group(1))], "开头", Hit(*opening.span(1))
            if not years:  # 四、今后工作思路 / 一、持续深化学习。2024年，……: the year its items open with
                found = self._item_year(report, part)
                if found is not None:
                    years, where, at = [found[0]], "条目开头", found[1]
            if years:
                plans.append((years[0], where, at))
        for i, (planned, where, at) in enumerate(plans):
            if planned == year and any(later == year + 1 for later, _, _ in plans[i + 1 :]):
                # (三、2023年领导班子述法安排 … 五、今后工作思路 / （一）2024年……: an arrangement of the year's own work, the plan after it)
                if explain:
                    notes.append(f"计划部分{where}年份{planned}年：本年度事项的安排，其后另有{year + 1}年的计划，不作计划年份")
                continue
            checked += 1
            if explain:
                notes.append(f"计划部分{where}年份：{planned}年")
            if planned != year + 1:
                problems.append(f"计划年份{planned}年不是{year + 1}年")
                hits.append(at)  # (where the year is: the heading, or the sentence that opens on it)
        signed = meta.signing_date
        if signed is not None:
            checked += 1
            if explain:
                notes.append(f"落款日期：{signed.isoformat()}")
            month, day = (int(x) for x in self.late_from.split("-"))
            if signed.year < year or (signed.year == year and (signed.month, signed.day) < (month, day)):
                problems.append(f"落款日期{signed.year}年{signed.month}月{signed.day}日早于报告年度结束")
                start = report.line_starts[meta.signing_line - 1]
                hits.append(Hit(start, start + 1))
        if meta.document_number_year is not None:
            checked += 1
            if explain:
                notes.append(f"文号：{meta.document_number}")
            expected = signed.year if signed is not None else year + 1
            if meta.document_number_year != expected:
                what = "落款年份" if signed is not None else f"{year + 1}年"
                problems.append(f"文号年份〔{meta.document_number_year}〕与{what}（{expected}）不符")
                start = report.line_starts[meta.document_number_line - 1]
                hits.append(Hit(start, start + 1))
        if problems:
            return Outcome("fail", 0.0, hits, "；".join(problems), notes + problems if explain else [])
        if not checked:  # (no contradiction, though nothing was there to compare: said so)
            return Outcome("pass", 1.0, [], "未发现年份矛盾（计划部分的标题和开头没有年份，也没有落款日期和文号可核对）", notes)
        return Outcome("pass", 1.0, [], "年份一致", notes)

    @staticmethod
    def _item_year(report, part) -> tuple[int, Hit] | None:
        """The year the first of ``part``'s items — sub-headings, or items inside a paragraph (一是……) — to open
        with one after its number (1.2025年上半年出台……), or its body after its title or label, names, and where."""
        norm = report.norm
        items = []  # (where the item starts, where its year may stand: after its number, after its title or label)
        for heading in report.headings:
            if part.body_start <= heading.start < part.end:
                marker = marker_length(norm[heading.start : heading.end])
                items.append((heading.start, (heading.start + marker, heading.end) if marker else (heading.end,)))
        for item in report.enumerations:  # (一是加强组织领导。2025年，……; 一是2025年，……)
            if part.body_start <= item.start < part.end and (marker := _ENUM.match(norm, item.start)):
                label = _ENUM_LABEL.match(norm, marker.end())
                items.append((item.start, (marker.end(), label.end()) if label else (marker.end(),)))
        for _, places in sorted(items):
            for at in places:
                opening = _ITEM_OPENING.match(norm, at, min(part.end, at + 12))
                if opening:
                    return year_value(opening.group(1)), Hit(*opening.span(1))
        return None
