"""Waivers: excuse a rule for one organisation or set of report files, with a reason.

A waiver file (``scorer score … --waivers waivers.yaml``)::

    waivers:
      - rule: legal_adviser                  # a rule id of the pack in use
        organization: 武乡县民政局             # the organisation scorer found (单位 in the outputs)
        justification: 2023年由县司法局统一派驻法律顾问，本局未单独聘请。
        expires: 2025-12-31                  # optional; the waiver applies up to and including this day
        approver: 县司法局                    # optional: who approved it
        document: 武司发〔2024〕3号            # optional: the approving document's number
      - rule: submission_deadline
        file: 'reports/2023/*.txt'           # glob on the report's path (or its file name)
        justification: 系统故障导致延迟公开，已报县司法局备案。
      - rule: village_legal_adviser
        organization: ['*镇人民政府', '*街道办事处']   # globs, one of which must match
        justification: ……

Each entry names a ``rule`` and at least one of ``organization`` (a name or
glob, or a list of them, compared with white space removed) and ``file``; with
both, both must match.
``justification`` is required.  The first unexpired entry that matches an
item applies: the item keeps its status, gets ``waived`` (justification,
expiry, where the waiver is written), leaves the score's numerator and
denominator — so it neither helps nor hurts — is not listed as missing, and
stays visible in every output.  An expired waiver does not apply, and `scorer score`
warns about it, and about a waiver that matched no report of the run.  A malformed file is an error naming ``file:line``.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Callable

from pydantic import Field, ValidationError, field_validator, model_validator

from .kinds.base import StrictModel
from .pack import Pack, PackError, Problem, did_you_mean, display_path, read_yaml_file, translate
from .results import WaiverInfo


class WaiverEntry(StrictModel):
    rule: str = Field(min_length=1, description="id of the waived rule")
    organization: str | list[str] | None = Field(
        None, min_length=1, description="organisation(s) the report is from, as scorer finds them: names or globs (*镇人民政府)"
    )
    file: str | None = Field(None, min_length=1, description="glob matched against the report's path or file name")
    justification: str = Field(min_length=1, description="why the rule does not apply")
    expires: dt.date | None = Field(None, description="last day the waiver applies, YYYY-MM-DD")
    approver: str | None = Field(None, min_length=1, description="who approved the waiver")
    document: str | None = Field(None, min_length=1, description="number of the approving document (文号)")

    @field_validator("justification", "approver", "document")
    @classmethod
    def _not_blank(cls, v: str | None) -> str | None:
        if v is not None and not v.strip():
            raise ValueError("must not be empty")
        return v

    @field_validator("organization")
    @classmethod
    def _names(cls, v):
        for name in [v] if isinstance(v, str) else v or []:
            if not name.strip():
                raise ValueError("an organisation must not be empty")
        return v

    @field_validator("expires", mode="before")
    @classmethod
    def _date(cls, v):
        if v is None or (isinstance(v, dt.date) and not isinstance(v, dt.datetime)):
            return v
        if isinstance(v, str):
            try:
                return dt.date.fromisoformat(v.strip())
            except ValueError:
                pass
        raise ValueError(f"must be a date written YYYY-MM-DD (got {v!r})")

    @model_validator(mode="after")
    def _keyed(self):
        if self.organization is None and self.file is None:
            raise ValueError("a waiver needs 'organization' or 'file' (or both) to say which reports it covers")
        return self


class WaiverFile(StrictModel):
    waivers: list[WaiverEntry] = Field(min_length=1)


@dataclass(frozen=True)
class Waiver:
    rule: str
    justification: str
    organization: str | tuple[str, ...] | None = None  # a name or glob, or several
    file: str | None = None
    expires: dt.date | None = None
    where: str = ""  # "file:line" of the entry
    approver: str | None = None
    document: str | None = None

    def expired(self, today: dt.date) -> bool:
        return self.expires is not None and self.expires < today

    def matches(self, rule: str, organization: str | None, file: str) -> bool:
        if rule != self.rule:
            return False
        if self.organization is not None:
            names = (self.organization,) if isinstance(self.organization, str) else self.organization
            have = _squash(organization or "")
            if not any(fnmatch.fnmatchcase(have, _squash(n)) for n in names):
                return False
        if self.file is not None:
            path = PurePath(file)
            if not any(fnmatch.fnmatch(s, self.file) for s in (file, path.as_posix(), path.name)):
                return False
        return True


def _squash(s: str) -> str:
    return "".join(s.split())


@dataclass
class Waivers:
    """The waivers of one file, as of ``today``; picklable (batch workers receive it)."""

    entries: list[Waiver] = field(default_factory=list)
    source: str = ""
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def expired(self) -> list[Waiver]:
        return [w for w in self.entries if w.expired(self.today)]

    def find(self, rule: str, organization: str | None, file: str) -> Waiver | None:
        for w in self.entries:
            if not w.expired(self.today) and w.matches(rule, organization, file):
                return w
        return None

    def apply(self, items, report, file: str) -> None:
        """Mark the items a waiver covers (called by :func:`scorer.engine.score_report`)."""
        organization = report.meta.organization
        for item in items:
            w = self.find(item.id, organization, file)
            if w is not None:
                item.waived = WaiverInfo(justification=w.justification, expires=w.expires, source=w.where, approver=w.approver, document=w.document)

    def unused(self, applied: set[str]) -> list[Waiver]:
        """The unexpired entries whose ``where`` is not in ``applied`` (the sources of the
        waivers that applied in a run): they matched no report."""
        return [w for w in self.entries if not w.expired(self.today) and w.where not in applied]


@dataclass(frozen=True)
class Tally:
    """A batch ``prepare`` step that also returns the sources of the waivers that applied
    to the report, so that the parent process knows which waivers matched nothing
    (the workers' copies of :class:`Waivers` cannot tell it)."""

    prepare: Callable | None = None

    def __call__(self, result) -> tuple[object, tuple[str, ...]]:
        used = tuple(sorted({i.waived.source for i in result.items if i.waived is not None and i.waived.source}))
        return (self.prepare(result) if self.prepare is not None else result), used


def load_waivers(path: str | Path, pack: Pack, today: dt.date | None = None) -> Waivers:
    """Read and check a waiver file against ``pack``; raises PackError naming file:line."""
    path = Path(path)
    file = display_path(path)
    data, _ = read_yaml_file(path, file)
    if not isinstance(data, dict):
        got = "an empty file" if data is None else "a list" if isinstance(data, list) else "plain text" if isinstance(data, str) else type(data).__name__
        raise PackError([Problem(file, 1, 1, f"a waiver file is a mapping with 'waivers': [{{rule, organization or file, justification}}] (got {got})")])
    try:
        spec = WaiverFile.model_validate(data)
    except ValidationError as e:
        raise PackError(translate(e, data, file, WaiverFile)) from None
    known = [r.id for r in pack.rules]
    problems, entries = [], []
    for entry, raw in zip(spec.waivers, data["waivers"]):
        line, col = raw.key_pos.get("rule", raw.pos)
        if entry.rule not in known:
            problems.append(Problem(file, line, col, f"no rule '{entry.rule}' in pack {pack.name}{did_you_mean(entry.rule, known)}", entry.rule))
            continue
        organization = tuple(entry.organization) if isinstance(entry.organization, list) else entry.organization
        entries.append(
            Waiver(entry.rule, entry.justification, organization, entry.file, entry.expires, f"{file}:{raw.pos[0]}", entry.approver, entry.document)
        )
    if problems:
        raise PackError(problems)
    return Waivers(entries, file, today or dt.date.today())
