"""Issue 14, hardening round 2: nothing lost, nothing hangs, no tracebacks.

Hostile inputs are generated here, never checked in.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scorer.cli import app

from .conftest import SAMPLES

SAMPLE = SAMPLES[0]
runner = CliRunner()


def cli(*args: str):
    return runner.invoke(app, [str(a) for a in args])


BAD_NAME = os.fsdecode(b"\xff\xfe\xe6\x8a\xa5\xe5\x91\x8a.txt")  # not UTF-8: surrogate-escaped


@pytest.fixture
def bad_named(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / BAD_NAME)
    shutil.copy(SAMPLE, folder / "a\x1b[31m\nb.txt")
    return folder


@pytest.mark.parametrize("fmt", ["json", "csv", "md", "table"])
def test_undecodable_and_control_file_names_to_stdout(bad_named, fmt):
    r = cli("score", bad_named, "--format", fmt)
    assert r.exit_code == 0, r.output
    assert r.exception is None
    out = r.stdout_bytes.decode("utf-8")  # valid UTF-8
    assert "\ufffd\ufffd报告" in out
    if fmt == "json":
        files = [x["file"] for x in json.loads(out)["reports"]]
        assert any(f.endswith("\ufffd\ufffd报告.txt") for f in files)
    if fmt in ("md", "table"):
        assert "\x1b" not in out and "x1b" in out
        assert "\nb.txt" not in out  # the row is not split


@pytest.mark.parametrize("fmt,target", [("json", "o.json"), ("csv", "o.csv"), ("xlsx", "o.xlsx"), ("md", "o.md"), ("html", "site")])
def test_undecodable_file_names_to_out(bad_named, tmp_path, fmt, target):
    out = tmp_path / target
    r = cli("score", bad_named, "--format", fmt, "--out", out)
    assert r.exit_code == 0, r.output
    assert out.exists()
    if fmt == "html":
        index = (out / "index.html").read_text(encoding="utf-8")
        assert "\ufffd\ufffd报告" in index
        assert len(list(out.glob("*.html"))) == 3


def test_explain_with_an_undecodable_name(bad_named):
    r = cli("explain", bad_named / BAD_NAME)
    assert r.exit_code == 0
    assert r.stdout_bytes.decode("utf-8").startswith(str(bad_named) + "/\ufffd\ufffd报告.txt\n")
