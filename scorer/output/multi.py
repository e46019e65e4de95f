"""Several formats from one run (``--format xlsx --format html --format letters --out DIR``).

Each format writes into ``DIR`` under a fixed name (:data:`OUT_NAMES`); one
:class:`Tee` hands every result to all of them, so the batch is read and scored once.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from ..atomic import atomic_write
from ..results import ErrorRow, PackInfo, ReportResult
from . import NEEDS_OUT_DIR, writer_class
from .base import OutputOptions, Writer

# format → what it writes inside --out DIR (a file, or a folder for html and letters)
OUT_NAMES = {
    "table": "评分表.txt",
    "json": "评分.json",
    "csv": "评分表.csv",
    "xlsx": "评分表.xlsx",
    "md": "评分表.md",
    "html": "网页",
    "letters": "反馈意见",
}


class Tee(Writer):
    """Passes every call on to each of ``writers``, in order."""

    def __init__(self, writers: list[Writer]):
        super().__init__(None)
        self.writers = writers

    def begin(self, pack: PackInfo) -> None:
        begun: list[Writer] = []
        try:
            for w in self.writers:
                w.begin(pack)
                begun.append(w)
        except BaseException:
            for w in begun:
                w.abort()
            raise

    def report(self, result: ReportResult) -> None:
        for w in self.writers:
            w.report(result)

    def error(self, row: ErrorRow) -> None:
        for w in self.writers:
            w.error(row)

    def copies(self, found) -> None:
        for w in self.writers:
            w.copies(found)

    def end(self) -> None:
        for w in self.writers:
            w.end()


def open_writers(stack: contextlib.ExitStack, formats: list[str], out: Path, options: OutputOptions) -> Tee:
    """A :class:`Tee` over one writer per format, each writing to ``out / OUT_NAMES[format]``;
    file outputs are opened atomically on ``stack`` (kept only if the run completes)."""
    writers = []
    for name in formats:
        cls = writer_class(name)
        target = out / OUT_NAMES[name]
        if name in NEEDS_OUT_DIR:
            writers.append(cls(target, options))
        else:
            writers.append(cls(stack.enter_context(atomic_write(target, binary=cls.binary)), options))
    return Tee(writers)
