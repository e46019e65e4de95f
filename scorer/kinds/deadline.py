"""``kind: deadline`` — the report was signed in time.

The national rule asks for reports before 1 April of the year after the
report year; provinces may set earlier dates (Shaanxi: county-level
departments before 1 March).  ``before`` is a month-day (``"04-01"``): the
signing date must fall strictly before that day of the year after the report
year.  ``not_applicable`` when the report carries no signing date or no year.

::

    kind: deadline
    before: "04-01"
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import Field, field_validator

from ..matching import Context, Hit
from .base import Outcome, RuleBase


class DeadlineRule(RuleBase):
    kind: Literal["deadline"]
    before: str = Field(pattern=r"^\d{2}-\d{2}$", description='month-day, e.g. "04-01"')


    @field_validator("before")
    @classmethod
    def _valid_day(cls, v: str) -> str:
        month, day = (int(x) for x in v.split("-"))
        dt.date(2024, month, day)  # raises ValueError on 02-30
        return v

    def passes_when(self) -> str:
        return f"the signing date falls before {self.before} (month-day) of the year after the report year; not applicable when the report has no signing date."

    def evaluate(self, ctx: Context) -> Outcome:
        meta = ctx.report.meta
        if meta.signing_date is None or meta.year is None:
            return Outcome("not_applicable", 0.0, [], "报告没有落款日期", ["没有找到落款日期，无法判断是否按时报告"])
        month, day = (int(x) for x in self.before.split("-"))
        deadline = dt.date(meta.year + 1, month, day)
        start = ctx.report.line_starts[meta.signing_line - 1]
        hit = Hit(start, start + 1)
        signed = meta.signing_date
        text = f"落款日期{signed.isoformat()}，期限为{deadline.isoformat()}之前"
        if signed < deadline:
            return Outcome("pass", 1.0, [hit], text, [text])
        return Outcome("fail", 0.0, [hit], text + "，已逾期", [text])
