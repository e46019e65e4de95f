"""The bounded worker pool: scoring runs in ``workers`` processes, at most ``queue_size``
requests wait for one, and a request beyond that is refused at once (503), so one
huge upload occupies one worker and cannot starve the rest.

A request is one task (its files scored in order in one worker).  A request that
runs past its time limit is answered at once, but its task runs on in the worker
until it ends (a running process task cannot be cancelled without killing the
worker; readers and rule patterns have their own limits), and keeps its place in
the count until then — so the bound stays true however many requests time out.

What runs in a worker (:func:`score_uploads`) imports no web framework.
"""

from __future__ import annotations

import asyncio
import concurrent.futures as cf
import multiprocessing as mp
import os
import threading
import time
from dataclasses import dataclass

from ..batch import score_document
from ..reading import ReadError, read_bytes
from ..reading.errors import INTERNAL_ERROR
from ..results import ErrorRow, ReportResult

_STATE: dict = {}
PARENT_POLL = 1.0  # seconds between a worker's checks that the server still runs

WARM_TEXT = (
    "某局2023年度法治政府建设情况报告\n一、主要举措和成效\n（一）加强组织领导，落实第一责任人职责。\n"
    "二、存在的不足\n执法人员培训不够。\n三、2024年工作打算\n继续推进严格规范公正文明执法。\n"
)


@dataclass
class Upload:
    name: str  # the client's file name: its suffix picks the reader; shown as the result's file
    data: bytes
    as_text: bool = False  # a JSON body's text: read as UTF-8 text whatever the name says


def _init(pack, waivers, parent: int) -> None:
    _STATE["pack"] = pack
    _STATE["waivers"] = waivers
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True, name="watch-parent").start()


def _watch_parent(parent: int) -> None:
    """Exit when the server process is gone (killed: it could not stop its workers)."""
    while os.getppid() == parent:
        time.sleep(PARENT_POLL)
    os._exit(0)


def _warm() -> bool:
    """Build the per-process caches (compiled patterns) before the first real request."""
    score_uploads([Upload("warm.txt", WARM_TEXT.encode("utf-8"))], "json", False)
    return True


def score_uploads(uploads: list[Upload], fmt: str, explain: bool) -> list:
    """In a worker: for each upload an :class:`ErrorRow`, or what the format writes for it —
    ``json``: the :class:`~scorer.output.base.Prepared` line of ``--format json``;
    ``html``: the report page of ``--format html``."""
    from ..output.json_ import JsonWriter, prepare_explained

    pack, waivers = _STATE["pack"], _STATE["waivers"]
    out = []
    for up in uploads:
        try:
            doc = read_bytes("upload.txt" if up.as_text else up.name, up.data)
        except ReadError as e:
            out.append(ErrorRow(file=up.name, error=str(e), code=e.code))
            continue
        try:
            result = score_document(doc, up.name, pack, waivers, explain=explain)
            if isinstance(result, ReportResult):
                if fmt == "html":
                    from ..output.html import render_report

                    result = render_report(result)
                else:
                    result = (prepare_explained if explain else JsonWriter.prepare)(result)
            out.append(result)
        except Exception as e:  # a bug must not take the service down; same row as the CLI's
            out.append(ErrorRow(file=up.name, error=f"内部错误 (internal error: {type(e).__name__}: {e})", code=INTERNAL_ERROR))
    return out


class Busy(Exception):
    """Every worker is busy and the queue is full."""


class Pool:
    def __init__(self, pack, waivers, workers: int, queue_size: int):
        self.pack, self.waivers = pack, waivers
        self.workers = workers
        self.capacity = workers + queue_size
        self._lock = threading.Lock()
        self._admitted = 0
        self._executor = self._new_executor()
        self.ready = False

    def _new_executor(self) -> cf.ProcessPoolExecutor:
        # spawn, not fork: the server process runs an event loop and threads
        return cf.ProcessPoolExecutor(
            self.workers,
            mp_context=mp.get_context("spawn"),
            initializer=_init,
            initargs=(self.pack, self.waivers, os.getpid()),
        )

    @property
    def admitted(self) -> int:
        return self._admitted

    async def warm_up(self) -> None:
        """Start every worker and build its caches; then the pool is ready."""
        loop = asyncio.get_running_loop()
        await asyncio.gather(*(loop.run_in_executor(self._executor, _warm) for _ in range(self.workers)))
        self.ready = True

    def _release(self, _future=None) -> None:
        with self._lock:
            self._admitted -= 1

    def submit(self, uploads: list[Upload], fmt: str, explain: bool) -> cf.Future:
        """Start scoring, or raise :class:`Busy` when ``capacity`` requests are already in."""
        with self._lock:
            if self._admitted >= self.capacity:
                raise Busy
            self._admitted += 1
        try:
            future = self._executor.submit(score_uploads, uploads, fmt, explain)
        except cf.BrokenExecutor:  # a worker died (killed, out of memory): start afresh
            broken, self._executor = self._executor, self._new_executor()
            self._stop(broken)
            try:
                future = self._executor.submit(score_uploads, uploads, fmt, explain)
            except Exception:
                self._release()
                raise
        future.add_done_callback(self._release)
        return future

    def shutdown(self) -> None:
        """Stop at once: queued tasks are cancelled, running ones end with their worker."""
        self._stop(self._executor)

    @staticmethod
    def _stop(executor: cf.ProcessPoolExecutor) -> None:
        processes = list((getattr(executor, "_processes", None) or {}).values())
        executor.shutdown(wait=False, cancel_futures=True)
        for p in processes:
            p.terminate()
        for p in processes:
            p.join(5)
        executor.shutdown(wait=True)  # the manager thread sees them gone and closes its queues
