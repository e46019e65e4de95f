"""Shared fixtures: the bundled pack (loaded once) and helpers to build small reports."""

from __future__ import annotations

from pathlib import Path

import pytest

from scorer.pack import load_pack

ROOT = Path(__file__).resolve().parent.parent
REPORTS = ROOT / "reports"
SAMPLES = sorted(REPORTS.glob("*.txt"))


@pytest.fixture(scope="session")
def pack():
    return load_pack()


def doc(*parts: str, title: str = "某局2023年度法治政府建设情况报告") -> str:
    """A small report: a title line followed by the given lines."""
    return "\n".join((title, *parts)) + "\n"


@pytest.fixture
def pool_always(monkeypatch):
    """Worker processes for any batch with jobs > 1, however small, on any machine (the
    pool's own behaviour under test, not the choice of using it)."""
    import scorer.batch

    monkeypatch.setattr(scorer.batch, "POOL_MIN_MS", 0.0)
    monkeypatch.setattr(scorer.batch, "usable_cpus", lambda: 2)
