"""One run, every output an office hands on: the workbook, the site and the letters."""

from __future__ import annotations

import fcntl
import os

import pytest
from typer.testing import CliRunner

from scorer.cli import app

from .conftest import SAMPLES

openpyxl = pytest.importorskip("openpyxl")
docx = pytest.importorskip("docx")


def run(*args: str):
    return CliRunner().invoke(app, ["score", *args])


def test_workbook_site_and_letters_in_one_run(tmp_path):
    (tmp_path / "in").mkdir()
    for s in SAMPLES[:3]:
        (tmp_path / "in" / s.name).write_bytes(s.read_bytes())
    (tmp_path / "in" / "broken.pdf").write_bytes(b"not a pdf")
    out = tmp_path / "office"
    result = run(str(tmp_path / "in"), "-f", "xlsx", "-f", "html", "-f", "letters", "--out", str(out))
    assert result.exit_code == 3, result.output
    assert sorted(p.name for p in out.iterdir()) == sorted(["评分表.xlsx", "网页", "反馈意见"])
    wb = openpyxl.load_workbook(out / "评分表.xlsx")
    scored = [row for row in wb["评分表"].iter_rows(min_row=3, values_only=True) if row[0] is not None]
    assert len(scored) == 3
    pages = sorted(p.name for p in (out / "网页").glob("*.html"))
    assert pages == sorted([s.stem + ".html" for s in SAMPLES[:3]] + ["index.html"])
    assert "broken.pdf" in (out / "网页" / "index.html").read_text(encoding="utf-8")
    letters = list((out / "反馈意见").glob("*.docx"))
    assert len(letters) == 3
    units = {row[2] for row in scored}
    titles = {docx.Document(str(p)).paragraphs[0].text for p in letters}
    assert all(any(u in t for u in units) for t in titles) and len(titles) == 3


def test_several_formats_need_a_folder(tmp_path):
    result = run(str(SAMPLES[0]), "-f", "xlsx", "-f", "html")
    assert result.exit_code == 2 and "--out DIR" in result.output


def test_a_failing_output_leaves_no_partial_files(tmp_path, monkeypatch):
    import scorer.output.html as html

    out = tmp_path / "office"
    site = out / "网页"
    site.mkdir(parents=True)
    monkeypatch.setattr(html, "LOCK_WAIT", 0.3)
    other = os.open(site, os.O_RDONLY)  # another run is writing the site
    try:
        fcntl.flock(other, fcntl.LOCK_EX)
        result = run(str(SAMPLES[0]), "-f", "xlsx", "-f", "html", "--out", str(out))
    finally:
        os.close(other)
    assert result.exit_code == 5
    assert not (out / "评分表.xlsx").exists() and not [p for p in out.iterdir() if p.name.startswith(".")]


def test_several_formats_in_one_run_all_get_the_batch_copies(tmp_path):
    (tmp_path / "in").mkdir()
    text = SAMPLES[0].read_bytes()
    (tmp_path / "in" / "a.txt").write_bytes(text)
    (tmp_path / "in" / "b.txt").write_bytes(text)
    out = tmp_path / "out"
    result = run(str(tmp_path / "in"), "-f", "json", "-f", "md", "--out", str(out))
    assert result.exit_code == 0, result.output
    import json

    pairs = json.loads((out / "评分.json").read_text(encoding="utf-8"))["copies"]["pairs"]
    assert [(p["file_a"].endswith("a.txt"), p["file_b"].endswith("b.txt"), p["overlap"]) for p in pairs] == [(True, True, 1.0)]
    assert "疑似雷同" in (out / "评分表.md").read_text(encoding="utf-8")
