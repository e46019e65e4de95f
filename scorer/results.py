"""Result models: what the engine produces and the output formats render.

These models *are* the JSON contract (``schema_version`` 1, see
``docs/output-json-v1.md``): add fields freely, never rename or remove one
without raising the version.  ``scorer schema output`` prints their JSON Schema.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION = 1

Status = Literal["pass", "partial", "fail", "not_applicable", "error"]


class Evidence(BaseModel):
    line: int = Field(description="1-based line in the text as extracted from the file")
    section: str | None = Field(None, description="heading of the top-level part the line belongs to")
    text: str = Field(description="short snippet of the original text")


class WaiverInfo(BaseModel):
    justification: str
    expires: dt.date | None = None
    source: str | None = Field(None, description="waiver file")


class ItemResult(BaseModel):
    id: str
    title: str
    category: str
    status: Status
    points: float
    max_points: float
    message: str | None = Field(None, description="what to add; set when the item is missing")
    evidence: list[Evidence] = Field(default_factory=list)
    detail: str | None = Field(None, description="one-line reason for the verdict")
    critical: bool = False
    waived: WaiverInfo | None = Field(None, description="set when a waiver applies: the item does not count")
    explanation: list[str] = Field(default_factory=list, exclude=True)


class ReportResult(BaseModel):
    file: str
    title: str | None = None
    organization: str | None = None
    year: int | None = None
    signing_date: dt.date | None = None
    document_number: str | None = None
    score: float
    max_score: float
    grade: str
    items: list[ItemResult]
    missing: list[str] = Field(description="ids whose status is fail or partial (and not waived), pack order")
    waived: list[str] = Field(default_factory=list, description="ids excused by a waiver")
    critical_missing: list[str] = Field(default_factory=list)

    @property
    def missing_titles(self) -> list[str]:
        by_id = {i.id: i.title for i in self.items}
        return [by_id[m] for m in self.missing]


class ErrorRow(BaseModel):
    file: str
    error: str


class PackInfo(BaseModel):
    name: str
    version: str
    source: str


class RunResult(BaseModel):
    model_config = ConfigDict(json_schema_extra={"title": "scorer output, schema_version 1"})

    schema_version: Literal[1] = SCHEMA_VERSION
    rule_pack: PackInfo
    reports: list[ReportResult] = Field(default_factory=list)
    errors: list[ErrorRow] = Field(default_factory=list)
