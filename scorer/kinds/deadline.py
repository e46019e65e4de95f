"""``kind: deadline`` — the report was signed in time.

The national rule asks for reports before 1 April of the year after the
report year; provinces may set earlier dates (Shaanxi: county-level
departments before 1 March).  ``before`` is a month-day (``"04-01"``): the
signing date must fall strictly before that day of the year after the report
year.  ``not_applicable`` when the report carries no signing date or no year.

``local`` lists earlier (or later) deadlines for some reports, each with the
``only_if`` conditions that pick them (docs/authoring-rules.md, "Only for some
reports") and the document that sets it; the first whose conditions a report
meets replaces ``before`` for it::

    kind: deadline
    before: "04-01"
    local:
      - before: "03-01"
        only_if: {level: [部门], region: ['@陕西县级']}
        basis: 陕西省2023年度法治政府建设工作安排
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from ..document import Meta
from ..matching import Context, Hit
from .applies import OnlyIf
from .base import Outcome, RuleBase, StrictModel


def _valid_day(v: str) -> str:
    month, day = (int(x) for x in v.split("-"))
    dt.date(2024, month, day)  # raises ValueError on 02-30
    return v


# a day of the year, written month-day ("04-01"), that exists
MonthDay = Annotated[str, Field(pattern=r"^\d{2}-\d{2}$", description='month-day, e.g. "04-01"'), AfterValidator(_valid_day)]


class LocalDeadline(StrictModel):
    before: MonthDay
    only_if: OnlyIf = Field(description="the reports this deadline is for")
    basis: str = Field(min_length=1, description="the document that sets it")


class DeadlineRule(RuleBase):
    kind: Literal["deadline"]
    before: MonthDay
    local: list[LocalDeadline] = Field(
        default_factory=list, description="other deadlines for some reports; the first whose only_if a report meets applies"
    )

    def passes_when(self) -> str:
        local = "".join(f"; {d.before} for the reports {d.basis} names" for d in self.local)
        return (
            f"the signing date falls before {self.before} (month-day) of the year after the report year{local}; "
            "not applicable when the report has no signing date."
        )

    def deadline_for(self, meta: Meta) -> tuple[str, str | None]:
        """(month-day, the local deadline's basis or None) for a report with ``meta``."""
        for local in self.local:
            if local.only_if.excludes(meta) is None:
                return local.before, local.basis
        return self.before, None

    def evaluate(self, ctx: Context) -> Outcome:
        meta = ctx.report.meta
        if meta.signing_date is None or meta.year is None:
            return Outcome("not_applicable", 0.0, [], "报告没有落款日期", ["没有找到落款日期，无法判断是否按时报告"])
        before, basis = self.deadline_for(meta)
        month, day = (int(x) for x in before.split("-"))
        deadline = dt.date(meta.year + 1, month, day)
        start = ctx.report.line_starts[meta.signing_line - 1]
        hit = Hit(start, start + 1)
        signed = meta.signing_date
        text = f"落款日期{signed.isoformat()}，期限为{deadline.isoformat()}之前" + (f"（{basis}）" if basis else "")
        if signed < deadline:
            return Outcome("pass", 1.0, [hit], text, [text])
        return Outcome("fail", 0.0, [hit], text + "，已逾期", [text])
