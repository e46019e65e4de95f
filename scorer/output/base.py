"""The writer interface and what the formats share (labels, ranking)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import IO, Any

from ..results import Copies, ErrorRow, PackInfo, ReportResult

# Rule titles themselves contain 、 (行政复议、行政应诉): lists of items are joined with this.
ITEM_SEPARATOR = "；"

STATUS_LABELS = {"pass": "通过", "partial": "部分", "fail": "缺失", "not_applicable": "不适用", "error": "错误"}


@dataclass
class OutputOptions:
    detail: bool = False
    letter_template: Path | None = None  # letters: the office's template (None: the bundled one)


@dataclass
class Prepared:
    """A report already turned by a writer's :meth:`Writer.prepare` into what its
    ``report`` writes: the fields the batch needs for its exit code, and the payload."""

    score: float
    missing: list[str]
    payload: Any


class Writer:
    """Receives results in input order and writes one document to ``out``."""

    binary = False
    requires: tuple[str, str] | None = None  # (optional module, extra that installs it)

    # ``prepare(result) -> ReportResult | Prepared``, or None: a plain function run where
    # each report is scored (in the worker process with --jobs), so the work of turning a
    # result into output is shared by the workers instead of falling on the one process
    # that writes.  ``report`` then receives what it returned.
    prepare = None

    copies_found: Copies | None = None  # set by ``copies`` (batch runs), before ``end``

    def __init__(self, out: IO, options: OutputOptions | None = None):
        self.out = out
        self.options = options or OutputOptions()

    def begin(self, pack: PackInfo) -> None:
        self.pack = pack

    def report(self, result: ReportResult | Prepared) -> None:
        raise NotImplementedError

    def error(self, row: ErrorRow) -> None:
        raise NotImplementedError

    def copies(self, found: Copies) -> None:
        """The batch's copies section (after the last report and error, before ``end``)."""
        self.copies_found = found

    def end(self) -> None:
        pass

    def abort(self) -> None:
        """The run stopped before ``end``: release what ``begin`` opened (nothing, by default)."""


class FolderWriter(Writer):
    """A format that writes files into a folder (html, letters): ``out`` is the folder's path, not a stream."""

    def __init__(self, out, options: OutputOptions | None = None):
        if not isinstance(out, (str, Path)):
            raise TypeError(f"{type(self).__name__} writes a folder: pass its path as `out`")
        super().__init__(out, options)
        self.dir = Path(out)


def light(result: ReportResult) -> ReportResult:
    """A copy without text, evidence and explanations: what a ranked scorecard keeps until the end."""
    return replace(result, text=None, items=[replace(i, evidence=[], explanation=[]) for i in result.items])


class RankedWriter(Writer):
    """A format that ranks: it keeps every report and error until ``end``.

    Reports are kept as light copies (no evidence) unless ``keep_evidence`` says the
    format prints evidence at the end (``--detail``).
    """

    def begin(self, pack: PackInfo) -> None:
        super().begin(pack)
        self.rows: list[ReportResult] = []
        self.errors: list[ErrorRow] = []

    @property
    def keep_evidence(self) -> bool:
        return False

    def report(self, result: ReportResult) -> None:
        self.rows.append(result if self.keep_evidence else light(result))

    def error(self, row: ErrorRow) -> None:
        self.errors.append(row)


def ranked(results: list[ReportResult]) -> list[tuple[int, ReportResult]]:
    """Results by score (highest first, ties by file name) with competition ranks (1, 2, 2, 4)."""
    order = sorted(results, key=lambda r: (-r.score, r.file))
    out, rank = [], 0
    for i, r in enumerate(order):
        if i == 0 or r.score != order[i - 1].score:
            rank = i + 1
        out.append((rank, r))
    return out


PARTIAL_SUFFIX = "（部分）"


def missing_labels(result: ReportResult) -> list[str]:
    """The titles of a report's missing items, pack order; an item only partly there is
    marked （部分） so that it is not read as absent."""
    by_id = {i.id: i for i in result.items}
    return [by_id[m].title + (PARTIAL_SUFFIX if by_id[m].status == "partial" else "") for m in result.missing]


def status_label(item) -> str:
    label = STATUS_LABELS.get(item.status, item.status)
    if getattr(item, "severity", None) == "warning":
        label += "（警示）"
    return label + "（豁免）" if item.waived is not None else label
