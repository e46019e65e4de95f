"""``--format html --out DIR``: a static, self-contained HTML scorecard.

Writes ``DIR/index.html`` — the overview (:mod:`.overview`: figures, score
histogram, most-missed items, a departments × items heat map that filters and
sorts in the browser) — and one page per report (:mod:`.report`: evidence with
the matched words marked, the report text, a print stylesheet).  Every page is
built from the results alone: the report text travels in ``ReportResult.text``.

Safety: every report-derived string is HTML-escaped (``html.escape(…,
quote=True)``); pages carry a Content-Security-Policy that allows no external
resource and no script — except, on the index, our own constant script, allowed
by its hash.  CSS and script are inline (``static/``), there is no external URL.
Page file names come from the input file name through :func:`page_name`
(limited charset and length, unique, never a path), and every page is written
atomically.  Pages that an earlier run wrote into the same folder, for reports
this run does not have, are deleted; nothing else in the folder is touched.  A
run holds a lock on the folder (fcntl, on the folder itself) while it writes, so
two runs into one folder wait for each other (at most ``LOCK_WAIT`` seconds)
instead of deleting each other's pages.

Plain ``html.escape`` and string building rather than a template engine: the
pages are small and fixed, and this keeps the format free of dependencies.
"""

from __future__ import annotations

import os
from pathlib import Path

from ...atomic import atomic_write
from ...results import ErrorRow, ReportResult
from ..base import FolderWriter, light
from .common import CSP, GENERATOR, e, page_name
from .overview import render_index
from .report import MAX_TEXT_LINES, render_report, text_lines

__all__ = ["CSP", "GENERATOR", "MAX_TEXT_LINES", "HtmlWriter", "FolderBusy", "e", "page_name", "render_index", "render_report", "text_lines"]


LOCK_WAIT = 60.0  # seconds a run waits for another run writing into the same folder


class FolderBusy(OSError):
    """Another run holds the folder's lock beyond LOCK_WAIT."""


class _FolderLock:
    def __init__(self, fd: int):
        self.fd = fd

    def close(self) -> None:
        os.close(self.fd)  # releases the lock


def _lock_folder(folder: Path):
    """Hold an exclusive lock on ``folder`` itself (fcntl.flock on the folder's descriptor,
    so no lock file is left behind; closing it unlocks).

    Two runs into the same folder at once would delete each other's pages as stale:
    the second waits for the first, at most LOCK_WAIT seconds, then gives up with
    :class:`FolderBusy`.  Without fcntl (Windows) or where folders cannot be locked,
    there is no lock.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    import time

    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return _FolderLock(fd)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise FolderBusy(
                    0, f"另一个 scorer 正在写入该文件夹，等待 {LOCK_WAIT:g} 秒后仍未结束，请稍后再试 (folder busy: another run is writing it)"
                ) from None
            time.sleep(0.1)
        except OSError:
            os.close(fd)
            return None  # a file system without locks: write unlocked, as before


class HtmlWriter(FolderWriter):
    """Writes the pages into the folder ``out``."""

    def begin(self, pack) -> None:
        super().begin(pack)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock = _lock_folder(self.dir)
        self.rows: list[tuple[ReportResult, str]] = []
        self.errors: list[ErrorRow] = []
        self.used: set[str] = set()

    def report(self, result: ReportResult) -> None:
        name = page_name(result.file, self.used)
        with atomic_write(self.dir / name) as fh:
            fh.write(render_report(result))
        self.rows.append((light(result), name))

    def error(self, row: ErrorRow) -> None:
        self.errors.append(row)

    def end(self) -> None:
        try:
            with atomic_write(self.dir / "index.html") as fh:
                fh.write(render_index(self.pack, self.rows, self.errors, self.copies_found))
            self._remove_stale_pages()
        finally:
            if self._lock is not None:
                self._lock.close()  # releases the lock
                self._lock = None

    def _remove_stale_pages(self) -> None:
        """Delete the pages an earlier run wrote here for reports this run does not have:
        left in place they would look current.  Only pages scorer wrote (its generator
        tag in their head) are deleted; any other file in the folder is left alone."""
        keep = self.used | {"index"}
        for path in sorted(self.dir.glob("*.html")):
            if path.stem.lower() in keep or not path.is_file() or path.is_symlink():
                continue
            try:
                with path.open("rb") as fh:
                    head = fh.read(1024)
                if GENERATOR.encode() in head:
                    path.unlink()
            except OSError:
                continue  # unreadable or not ours to delete: keep it
