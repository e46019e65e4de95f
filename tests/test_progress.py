"""The progress line: drawn only when enabled, erased at the end, never in piped output."""

from __future__ import annotations

import io

from typer.testing import CliRunner

from scorer.cli import app
from scorer.progress import Progress

from .conftest import REPORTS


def test_progress_draws_and_erases():
    stream = io.StringIO()
    p = Progress(3, enabled=True, stream=stream)
    for _ in range(3):
        p.step()
    p.close()
    out = stream.getvalue()
    assert "3/3" in out
    assert out.endswith("\r\033[K")


def test_disabled_progress_writes_nothing():
    stream = io.StringIO()
    p = Progress(50, enabled=False, stream=stream)
    p.step()
    p.close()
    assert stream.getvalue() == ""


def test_not_shown_when_stderr_is_not_a_terminal_and_quiet_is_accepted():
    result = CliRunner().invoke(app, ["score", str(REPORTS), "--quiet", "--format", "json"])
    assert result.exit_code == 0
    assert "评分 " not in result.stderr
