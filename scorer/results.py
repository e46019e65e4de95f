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
    page: Annotated[
        int | None,
        Field(description="1-based page of a PDF the line starts on; only for PDFs (absent otherwise)", exclude_if=lambda v: v is None),
    ] = None
    section: Annotated[str | None, Field(description="heading of the top-level part the line belongs to")] = None
    text: Annotated[str, Field(description="short snippet of the original text")]
    # where the matched words are, for renderers that highlight them; never part of the JSON
    # output: (start, end) in ``text``, and (start, end) columns in the evidence line
    mark: Annotated[tuple[int, int] | None, Field(exclude=True)] = None
    columns: Annotated[tuple[int, int] | None, Field(exclude=True)] = None

    @property
    def place(self) -> str:
        """Where the evidence is, for people: 第N行, or 第P页，全文第N行 in a PDF (N counts the lines of the
        whole extracted text, as everywhere else in the output: not the page's own lines)."""
        return f"第{self.page}页，全文第{self.line}行" if self.page is not None else f"第{self.line}行"


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
    basis: Annotated[str | None, Field(description="the rule's legal or policy basis (the pack's `basis`), null when it gives none")] = None
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
class FollowUp(_Data):
    """One item of last year's shortcomings or plan, and what this year's measures say of it."""

    text: Annotated[str, Field(description="the item as last year's report wrote it")]
    status: Annotated[
        Literal["addressed", "partly", "not_found", "unclear"],
        Field(description="addressed (plan: reported done), partly, not_found, unclear (too few keywords to judge)"),
    ]
    coverage: Annotated[float, Field(description="share of the item's keywords in the best paragraph of this year's measures (0–1)")]
    evidence: Annotated[str | None, Field(description="that paragraph (shortened); null when not_found or unclear")] = None


@dataclass(kw_only=True)
class PreviousReport(_Data):
    """This report against last year's report of the same organisation (``--previous``)."""

    file: Annotated[str | None, Field(description="last year's file; null when none matched")] = None
    matched_by: Annotated[
        Literal["organization", "file_name"] | None, Field(description="how it was matched; null when none matched")
    ] = None
    organization: str | None = None
    year: int | None = None
    score: Annotated[float | None, Field(description="last year's score under the same pack")] = None
    score_change: Annotated[float | None, Field(description="this year's score minus last year's")] = None
    copied_share: Annotated[float | None, Field(description="share of this year's text found in last year's report (0–1)")] = None
    shortcomings: list[FollowUp] = field(default_factory=list)
    plan: list[FollowUp] = field(default_factory=list)


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
    # the report's text as extracted (the lines evidence refers to), for renderers that show
    # it (html); never part of the JSON output
    text: Annotated[str | None, Field(exclude=True)] = None
    previous: Annotated[
        PreviousReport | None,
        Field(description="with --previous: last year's report, score change, follow-up of its shortcomings and plan; absent otherwise", exclude_if=lambda v: v is None),
    ] = None

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
class CopyPair(_Data):
    """Two reports of one batch that share much of their text."""

    file_a: str
    file_b: str
    organization_a: str | None = None
    organization_b: str | None = None
    overlap: Annotated[float, Field(description="the larger of share_a and share_b (0–1)")]
    share_a: Annotated[float, Field(description="share of file_a's text found in file_b")]
    share_b: Annotated[float, Field(description="share of file_b's text found in file_a")]
    shared: Annotated[int, Field(description="8-character shingles the two share, common wording excluded")]


@dataclass(kw_only=True)
class Copies(_Data):
    threshold: Annotated[float, Field(description="pairs whose overlap is at least this are listed")]
    pairs: list[CopyPair] = field(default_factory=list)


@dataclass(kw_only=True)
class PackInfo(_Data):
    name: str
    version: str
    source: str
    digest: Annotated[str | None, Field(description="first 16 hex digits of the SHA-256 of the pack's file(s): which rules scored")] = None


@dataclass(kw_only=True)
class RunResult(_Data):
    """The document `scorer score --format json` writes (streamed, one report at a time)."""

    __pydantic_config__ = ConfigDict(title="scorer output, schema_version 1")

    schema_version: Literal[1] = SCHEMA_VERSION
    rule_pack: PackInfo
    reports: list[ReportResult] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)
    copies: Annotated[
        Copies | None, Field(description="batch runs: pairs of reports sharing much of their text; absent with --no-copies", exclude_if=lambda v: v is None)
    ] = None


@functools.cache
def _adapter(cls: type) -> TypeAdapter:
    return TypeAdapter(cls)  # built on first use: a few ms, paid only by those who serialise


def output_schema() -> dict[str, Any]:
    """JSON Schema of the ``--format json`` document."""
    return _adapter(RunResult).json_schema(mode="serialization")
