"""`--jobs`: worker processes only for a batch that gains from them."""

from __future__ import annotations

import os

import pytest

from scorer import batch

from .conftest import SAMPLES


def _files(tmp_path, n: int, suffix: str, kb: int) -> list:
    out = []
    for i in range(n):
        p = tmp_path / f"r{i:04}{suffix}"
        p.write_bytes(b"x" * (kb * 1024))
        out.append(p)
    return out


@pytest.fixture
def two_cpus(monkeypatch):
    monkeypatch.setattr(batch, "usable_cpus", lambda: 2)


def test_a_small_batch_is_scored_in_one_process(tmp_path, two_cpus):
    files = _files(tmp_path, 20, ".txt", 8)
    assert batch.workers_for(files, 2) == 1
    assert batch.workers_for(files, 1) == 1


def test_a_large_batch_gets_the_pool_but_never_more_processes_than_cpus(tmp_path, monkeypatch, two_cpus):
    files = _files(tmp_path, 400, ".txt", 8)
    assert batch.workers_for(files, 2) == 2
    assert batch.workers_for(files, 8) == 2  # two CPUs: two processes
    assert batch.workers_for(files, 1) == 1
    monkeypatch.setattr(batch, "usable_cpus", lambda: 1)
    assert batch.workers_for(files, 2) == 1


def test_the_estimate_weighs_formats_and_sizes(tmp_path, two_cpus):
    def batch_of(name: str, n: int, suffix: str, kb: int) -> list:
        (tmp_path / name).mkdir()
        return _files(tmp_path / name, n, suffix, kb)

    # the same number of files: PDFs of 200 KB and .docx files cost far more than 8 KB texts
    assert batch.workers_for(batch_of("t", 40, ".txt", 8), 2) == 1
    assert batch.workers_for(batch_of("p", 40, ".pdf", 200), 2) == 2
    assert batch.workers_for(batch_of("d", 40, ".docx", 40), 2) == 2
    # one very long text report is work too; files that cannot be read are not
    assert batch.workers_for(batch_of("big", 1, ".txt", 4000), 2) == 2
    assert batch.workers_for([tmp_path / f"missing{i}.txt" for i in range(100)], 2) == 1


def _pid(result):
    return os.getpid()


def test_run_uses_worker_processes_only_when_chosen(monkeypatch, pack, two_cpus):
    files = SAMPLES * 2
    assert set(batch.run(files, pack, jobs=2, prepare=_pid)) == {os.getpid()}  # too small for a pool
    monkeypatch.setattr(batch, "POOL_MIN_MS", 0.0)
    assert os.getpid() not in set(batch.run(files, pack, jobs=2, prepare=_pid))


def test_cpus_taken_by_other_work_are_not_counted(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    for load, cpus in ((0.0, 2), (0.4, 2), (1.0, 2), (1.4, 2), (1.6, 1), (2.0, 1), (7.5, 1)):
        monkeypatch.setattr(os, "getloadavg", lambda load=load: (load, load, load))
        assert batch.usable_cpus() == cpus, load
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(8)), raising=False)
    monkeypatch.setattr(os, "getloadavg", lambda: (3.0, 3.0, 3.0))
    assert batch.usable_cpus() == 6


def test_a_ctrl_c_while_the_pool_starts_is_acted_on_once_it_is_up(monkeypatch, pack, two_cpus):
    # Ctrl-C is only noted while the workers fork (none may be hit before it ignores it); it was lost then, and the batch
    # ran on to the end with exit 0
    import multiprocessing
    import signal

    real = multiprocessing.get_context

    class Interrupting:
        def __init__(self, ctx):
            self._ctx = ctx

        def Pool(self, *args, **kwargs):  # noqa: N802 (multiprocessing's name)
            os.kill(os.getpid(), signal.SIGINT)  # what Ctrl-C does, right while the pool is being made
            return self._ctx.Pool(*args, **kwargs)

    monkeypatch.setattr(multiprocessing, "get_context", lambda *a: Interrupting(real(*a)))
    monkeypatch.setattr(batch, "POOL_MIN_MS", 0.0)
    with pytest.raises(KeyboardInterrupt):
        list(batch.run(SAMPLES * 2, pack, jobs=2))
    assert signal.getsignal(signal.SIGINT) is signal.default_int_handler  # (the handler before it, back)
