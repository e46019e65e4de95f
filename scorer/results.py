"""Result types: what the engine produces and the output formats render.

They *are* the JSON contract (``schema_version`` 1, see ``docs/output-json-v1.md``):
add fields freely, never rename or remove one without raising the version.
``scorer schema output`` prints their JSON Schema.

They are plain dataclasses, not pydantic models: the engine builds about sixty of
them per report, and a dataclass costs a third of a validated model to build and
half as much to send between processes (docs/performance.md).  Nothing here needs
validating — the engine is their only producer.  pydantic still describes and
serialises them: ``to_dict()`` and ``scorer schema output`` go through a
``TypeAdapter``, so the field list, order and descriptions below stay the one
source of the contract.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

from pydantic import ConfigDict, Field, TypeAdapter

SCHEMA_VERSION = 1

Status = Literal["pass", "partial", "fail", "not_applicable", "error"]


class _Data:
    """What every result type can do."""

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready data, exactly as ``--format json`` writes it: dates as ISO strings,
        ``explanation`` left out."""
        return _adapter(type(self)).dump_python(self, mode="json")


@dataclass(kw_only=True)
class Evidence(_Data):
    line: Annotated[int, Field(description="1-based line in the text as extracted from the file")]
    section: Annotated[str | None, Field(description="heading of the top-level part the line belongs to")] = None
    text: Annotated[str, Field(description="short snippet of the original text")]


@dataclass(kw_only=True)
class WaiverInfo(_Data):
    justification: str
    expires: dt.date | None = None
    source: Annotated[str | None, Field(description="waiver file")] = None
    approver: Annotated[str | None, Field(description="who approved the waiver; left out when not given", exclude_if=lambda v: v is None)] = None
    document: Annotated[str | None, Field(description="number of the approving document; left out when not given", exclude_if=lambda v: v is None)] = None


@dataclass(kw_only=True)
class ItemResult(_Data):
    id: str
    title: str
    category: str
    status: Status
    points: float
    max_points: float
    message: Annotated[str | None, Field(description="what to add; set when the item is missing")] = None
    evidence: list[Evidence] = field(default_factory=list)
    detail: Annotated[str | None, Field(description="one-line reason for the verdict")] = None
    critical: bool = False
    waived: Annotated[WaiverInfo | None, Field(description="set when a waiver applies: the item does not count")] = None
    severity: Annotated[
        Literal["warning"] | None,
        Field(description="warning: the rule costs no points (points and max_points are 0); left out otherwise", exclude_if=lambda v: v is None),
    ] = None
    # what `scorer explain` prints; never part of the JSON output
    explanation: Annotated[list[str], Field(exclude=True)] = field(default_factory=list)


@dataclass(kw_only=True)
class ReportResult(_Data):
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
    missing: Annotated[list[str], Field(description="ids whose status is fail or partial (and not waived), pack order")]
    waived: Annotated[list[str], Field(description="ids excused by a waiver")] = field(default_factory=list)
    critical_missing: list[str] = field(default_factory=list)
    warnings: Annotated[
        list[str],
        Field(description="ids of warning rules (severity: warning) that fail or are partial, pack order; left out when none", exclude_if=lambda v: not v),
    ] = field(default_factory=list)

    @property
    def missing_titles(self) -> list[str]:
        by_id = {i.id: i.title for i in self.items}
        return [by_id[m] for m in self.missing]


@dataclass(kw_only=True)
class ErrorRow(_Data):
    file: str
    error: str
    code: Annotated[
        str | None,
        Field(
            description="machine-readable reason: unsupported_type, not_found, too_large, empty, not_a_report, "
            "unreadable, missing_extra, timeout, internal_error (docs/output-json-v1.md)"
        ),
    ] = None


@dataclass(kw_only=True)
class PackInfo(_Data):
    name: str
    version: str
    source: str


@dataclass(kw_only=True)
class RunResult(_Data):
    """The document `scorer score --format json` writes (streamed, one report at a time)."""

    __pydantic_config__ = ConfigDict(title="scorer output, schema_version 1")

    schema_version: Literal[1] = SCHEMA_VERSION
    rule_pack: PackInfo
    reports: list[ReportResult] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)


@functools.cache
def _adapter(cls: type) -> TypeAdapter:
    return TypeAdapter(cls)  # built on first use: a few ms, paid only by those who serialise


def output_schema() -> dict[str, Any]:
    """JSON Schema of the ``--format json`` document."""
    return _adapter(RunResult).json_schema(mode="serialization")
