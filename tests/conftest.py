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
