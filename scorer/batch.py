"""Score many files: collect inputs, read, parse, evaluate, one result per file.

Every input appears exactly once in the output, as a :class:`ReportResult` or
as an :class:`ErrorRow` with a readable reason; one bad file never stops the
batch.  Results come back in input order (sorted paths), so output is
deterministic whatever ``jobs`` is.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .names import shown
from .pack import Pack
from .pipeline import Pipeline
from .reading import CONVERTIBLE, SUPPORTED
from .reading.errors import INTERNAL_ERROR, NOT_FOUND, TIMEOUT
from .results import ErrorRow, ReportResult

# Every file a department could have submitted as its report is tried, the formats
# scorer cannot read included: each of those becomes an error row saying how to convert
# it, never a file silently left out.  Images, spreadsheets and archives are not reports.
REPORT_SUFFIXES = (*SUPPORTED, *CONVERTIBLE)


@dataclass
class Inputs:
    files: list[Path] = field(default_factory=list)
    errors: list[ErrorRow] = field(default_factory=list)  # inputs that could not even be listed


def _matches(path: Path, root: Path, patterns: list[str]) -> bool:
    rel = path.relative_to(root).as_posix() if path.is_relative_to(root) else path.name
    return any(fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(path.name, p) for p in patterns)


def collect(paths: Iterable[str | Path], include: list[str] | None = None, exclude: list[str] | None = None) -> Inputs:
    """Expand folders (recursively) into report files, in a stable order; a file reached
    twice (two spellings of its path, a symbolic link) is kept once, first spelling first."""
    out = Inputs()
    seen: set[str] = set()

    def add(p: Path, key: str | None = None) -> None:
        # the same file under two spellings (./a.txt and a.txt, a symbolic link) is scored
        # once, under the first
        key = key or os.path.realpath(p)
        if key not in seen:
            seen.add(key)
            out.files.append(p)

    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found: list[tuple[Path, str]] = []  # (file, its real path)

            def onerror(err: OSError) -> None:
                out.errors.append(ErrorRow(file=str(err.filename or p), error=f"无法读取文件夹 (cannot list folder: {err.strerror})", code=NOT_FOUND))

            for dirpath, dirnames, filenames in os.walk(p, onerror=onerror):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                # the folder's real path once, not each file's (realpath costs ≈ 60 µs a
                # file): a file that is not a link is itself in it
                real_dir = os.path.realpath(dirpath)
                for name in sorted(filenames):
                    fp = Path(dirpath) / name
                    if name.startswith((".", "~$")):
                        continue
                    if include:
                        if not _matches(fp, p, include):
                            continue
                    elif fp.suffix.lower() not in REPORT_SUFFIXES:
                        continue
                    if exclude and _matches(fp, p, exclude):
                        continue
                    found.append((fp, os.path.realpath(fp) if os.path.islink(fp) else os.path.join(real_dir, name)))
            for fp, key in sorted(found, key=lambda x: x[0].as_posix()):
                add(fp, key)
        else:
            add(p)  # a named file is always tried: a missing one becomes an error row
    return out


def score_file(path: Path, pack: Pack, waivers=None, *, explain: bool = False) -> ReportResult | ErrorRow:
    """Read and score one file; any failure to read becomes an ErrorRow."""
    return _score_file(path, pack, waivers, explain)[0]


def _score_file(path: Path, pack: Pack, waivers, explain: bool):
    """The result of one file and, when scored, the parsed report."""
    return Pipeline(pack, waivers).file(path, explain=explain)


def score_document(doc, file: str, pack: Pack, waivers=None, *, explain: bool = False) -> ReportResult | ErrorRow:
    """Parse and score a document read by :mod:`scorer.reading` (the step after reading)."""
    return Pipeline(pack, waivers).document(doc, file, explain=explain)[0]


_WORKER_STATE: dict = {}


def _init_worker(pack: Pack, waivers, explain: bool = False, prepare=None, annotate=None) -> None:
    _WORKER_STATE["pack"] = pack
    _WORKER_STATE["waivers"] = waivers
    _WORKER_STATE["explain"] = explain
    _WORKER_STATE["prepare"] = prepare
    _WORKER_STATE["annotate"] = annotate


def _init_pool_worker(pack: Pack, waivers, explain: bool = False, prepare=None, annotate=None) -> None:
    _ignore_sigint()
    _init_worker(pack, waivers, explain, prepare, annotate)


def _ignore_sigint():
    import signal

    try:
        return signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: signals are not ours to change
        return None


def _defer_sigint():
    """(the SIGINT handler replaced, a list a SIGINT is noted in meanwhile): nothing done on Ctrl-C but noting it."""
    import signal

    noted: list[int] = []
    try:
        return signal.signal(signal.SIGINT, lambda signum, frame: noted.append(signum)), noted
    except ValueError:  # not the main thread: signals are not ours to change
        return None, noted


def _restore_sigint(previous) -> None:
    import signal

    if previous is not None:
        try:
            signal.signal(signal.SIGINT, previous)
        except ValueError:
            pass


FILE_TIMEOUT = 180.0  # seconds one file may take, reading and scoring (each reader has tighter bounds)


class _FileTimeout(BaseException):  # not an Exception: readers that catch those must let it through
    pass


def _on_alarm(signum, frame):
    raise _FileTimeout


def _alarm(seconds: float) -> bool:
    """Arm (or with 0, disarm) the per-file time limit; False where it cannot be (no
    SIGALRM, or not the main thread)."""
    import signal

    if not hasattr(signal, "setitimer"):
        return False
    try:
        if seconds:
            signal.signal(signal.SIGALRM, _on_alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    except ValueError:
        return False
    return True


def _work(path: Path):
    state = _WORKER_STATE
    annotate = state["annotate"]
    armed = _alarm(FILE_TIMEOUT)
    try:
        result, report = _score_file(path, state["pack"], state["waivers"], state["explain"])
        extra = annotate(report, result) if annotate is not None and report is not None else None
        if state["prepare"] is not None and isinstance(result, ReportResult):
            result = state["prepare"](result)
    except _FileTimeout:
        result, extra = ErrorRow(file=str(path), error=f"处理超时（超过 {FILE_TIMEOUT:g} 秒），文件可能异常 (took too long)", code=TIMEOUT), None
    except Exception as e:  # a bug must not lose the rest of the batch
        result, extra = ErrorRow(file=str(path), error=shown(f"内部错误 (internal error: {type(e).__name__}: {e})"), code=INTERNAL_ERROR), None
    finally:
        if armed:
            _alarm(0)
    return (result, extra) if annotate is not None else result


# What one file costs to read and score, by suffix, in ms a KB, on one core of the benchmark
# machine (a text report of 8 KB ≈ 2 ms, a Word-printed PDF ≈ 2.5 ms a page, a .docx ≈ 20
# ms): enough to tell a batch that gains from a pool from one that does not
# (docs/performance.md).
_MS_PER_KB = {".docx": 0.5, ".doc": 0.5, ".pdf": 0.08, ".html": 0.8, ".htm": 0.8}
_MS_PER_KB_TEXT = 0.25
_MS_PER_FILE = 1.0  # the least a file costs, however small
# A pool pays for itself from about this much work: its start (≈ 0.1 s), the parent
# writing while the workers score, and the noise of a shared machine (measured: 100 text
# reports were as fast with --jobs 2 as with one process, 200 faster).
POOL_MIN_MS = 400.0


def usable_cpus() -> int:
    """CPUs this process may run on (its affinity mask) less those other work keeps busy
    (the one-minute load average, rounded), at least one.  On a machine whose cores are
    taken, two processes get no more done than one (measured: 0.8× as much)."""
    try:
        cpus = max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        cpus = max(1, os.cpu_count() or 1)
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average (Windows)
        busy = 0.0
    return max(1, min(cpus, int(cpus - busy + 0.5) + 1))


def workers_for(files: list[Path], jobs: int) -> int:
    """How many processes to score ``files`` with, given at most ``jobs``: one unless the
    batch is worth a pool (an estimate of its work, from suffixes and sizes, reaches
    :data:`POOL_MIN_MS`), and never more than the CPUs free for it (:func:`usable_cpus`)."""
    jobs = min(jobs, usable_cpus())
    if jobs <= 1:
        return 1
    work = 0.0
    for f in files:
        try:
            kb = os.stat(f).st_size / 1024
        except OSError:
            kb = 0.0  # an error row: cheap
        work += max(_MS_PER_FILE, kb * _MS_PER_KB.get(Path(f).suffix.lower(), _MS_PER_KB_TEXT))
        if work >= POOL_MIN_MS:
            return jobs
    return 1


def run(files: list[Path], pack: Pack, waivers=None, jobs: int = 1, *, explain: bool = False, prepare=None, annotate=None) -> Iterator:
    """Yield one result per file, in order; ``jobs`` > 1 allows that many worker
    processes, used when the batch is large enough to gain from them (:func:`workers_for`).

    Each is an :class:`ErrorRow` or a :class:`ReportResult` — or, with ``prepare``
    (a picklable function, e.g. a writer's ``prepare``), whatever ``prepare``
    returns for the result, computed in the worker.  ``explain`` fills each item's
    ``explanation`` (see :func:`scorer.engine.evaluate`).

    With ``annotate`` (a picklable ``annotate(report, result)``, e.g. a
    :class:`scorer.compare.Annotator`), it is called in the worker with the parsed
    report and the result before ``prepare`` — it may add to the result — and each
    item yielded is a pair ``(result, what annotate returned)`` (``None`` for an
    error row).

    Results are yielded as they come, never collected: memory stays flat whatever
    the batch size (the JSON writer streams them out).
    """
    jobs = workers_for(files, jobs)
    if jobs <= 1:
        _init_worker(pack, waivers, explain, prepare, annotate)
        try:
            for f in files:
                yield _work(f)
        finally:
            _WORKER_STATE.clear()  # do not keep the pack (or waivers) alive after the run
        return
    import multiprocessing as mp

    ctx = mp.get_context("fork") if hasattr(os, "fork") else mp.get_context()
    # Ctrl-C reaches every process of the terminal's group: workers ignore it (no traceback
    # from each), the parent gets KeyboardInterrupt and the pool is terminated on the way out.
    # Only noted while the pool forks, so no worker can be hit before its initializer runs —
    # and acted on once the pool is up (it was lost when it came then: the batch ran on).
    previous, noted = _defer_sigint()
    try:
        pool = ctx.Pool(jobs, initializer=_init_pool_worker, initargs=(pack, waivers, explain, prepare, annotate))
    finally:
        _restore_sigint(previous)
    with pool:
        if noted:
            import signal

            signal.raise_signal(signal.SIGINT)
        # chunks of at most 16 files: few enough messages, and at the end of the batch no
        # worker is left with a long chunk while the others wait (16 × ≈ 2 ms)
        chunk = max(1, min(16, len(files) // (jobs * 8) or 1))
        yield from pool.imap(_work, files, chunksize=chunk)
