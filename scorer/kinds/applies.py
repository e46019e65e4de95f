"""``only_if``: which reports a rule applies to, from the report's metadata.

A rule with ``only_if`` is ``not_applicable`` (and leaves the score's denominator)
for a report that does not meet every condition given::

    only_if:
      level: [乡镇]                 # the organisation's type, from its name: 乡镇, 部门, 政府
      organization: ['司法局$']     # patterns searched in the organisation's name
      region: ['陕西|西安|宝鸡']     # patterns searched in the organisation's name and the title
      from_year: 2021              # report years, inclusive
      to_year: 2025

The organisation's name is the one scorer finds (单位 in the outputs), or the title
when it finds none.  A condition that cannot be decided — no name, no report year —
is not met: a rule for 乡镇 is not applied to a report whose organisation is unknown.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..document import Meta
from ..matching import compile_pattern
from .base import StrictModel, check_patterns

# An organisation's type, from how its name ends; the first that matches wins.
LEVELS: dict[str, str] = {
    "乡镇": r"(乡|镇|街道|苏木)(人民政府|党委|办事处)?$|街道办事处$",
    "部门": r"(局|厅|委员会|委|办公室|办|中心|院|队|所|站)$",
    "政府": r"(省|市|县|区|旗|州|盟)(人民政府|人民政府办公室)?$|人民政府$",
}
Level = Literal["乡镇", "部门", "政府"]


def level_of(name: str) -> str | None:
    """The type of the organisation called ``name`` (乡镇, 部门, 政府), or None."""
    name = "".join(name.split())
    for level, pattern in LEVELS.items():
        if compile_pattern(pattern).search(name):
            return level
    return None


class OnlyIf(StrictModel):
    level: list[Level] | None = Field(None, min_length=1, description="organisation types the rule applies to: 乡镇, 部门, 政府")
    organization: list[str] | None = Field(None, min_length=1, description="patterns, one of which the organisation's name must contain")
    region: list[str] | None = Field(None, min_length=1, description="patterns, one of which the organisation's name or the title must contain")
    from_year: int | None = Field(None, ge=1990, le=2100, description="first report year the rule applies to")
    to_year: int | None = Field(None, ge=1990, le=2100, description="last report year the rule applies to")

    _check = field_validator("organization", "region")(lambda cls, v: check_patterns(v) if v else v)

    @model_validator(mode="after")
    def _sensible(self):
        if not self.model_fields_set:
            raise ValueError("only_if needs at least one condition: level, organization, region, from_year or to_year")
        if self.from_year is not None and self.to_year is not None and self.from_year > self.to_year:
            raise ValueError(f"from_year ({self.from_year}) is after to_year ({self.to_year})")
        return self

    def excludes(self, meta: Meta) -> str | None:
        """Why a report with ``meta`` is outside the rule (the item's detail), or None."""
        name = meta.organization_key or meta.title_key or ""  # normalised: 西鄉縣 is 西乡县
        if self.level is not None:
            level = level_of(name) if name else None
            if level not in self.level:
                what = f"「{name}」属于{level}" if level else (f"无法判断「{name}」的单位类型" if name else "未识别出单位")
                return f"只适用于{'、'.join(self.level)}：{what}"
        if self.organization is not None and not _any(self.organization, name):
            return f"只适用于名称含{'/'.join(self.organization)}的单位" + (f"（本报告：{name}）" if name else "（未识别出单位）")
        if self.region is not None and not _any(self.region, f"{meta.organization_key or ''}\n{meta.title_key or ''}"):
            return f"只适用于{'/'.join(self.region)}的报告"
        if self.from_year is not None or self.to_year is not None:
            year = meta.year
            if year is None:
                return "未识别出报告年度，无法判断是否适用"
            if self.from_year is not None and year < self.from_year:
                return f"只适用于{self.from_year}年度及以后的报告（本报告：{year}年度）"
            if self.to_year is not None and year > self.to_year:
                return f"只适用于{self.to_year}年度及以前的报告（本报告：{year}年度）"
        return None


def _any(patterns: list[str], text: str) -> bool:
    return bool(text) and any(compile_pattern(p).search(text) for p in patterns)
