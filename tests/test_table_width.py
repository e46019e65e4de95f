"""The terminal scorecard fits the terminal and never cuts a title; 部分 is never shown as 缺失."""

from __future__ import annotations

import csv
import io

import pytest
from typer.testing import CliRunner

from scorer.cli import app
from scorer.engine import score_text
from scorer.output.base import ITEM_SEPARATOR, missing_labels
from scorer.output.matrix import display_width
from scorer.output.table import elide, wrap_items

from .conftest import REPORTS, SAMPLES


def run(*args: str) -> str:
    result = CliRunner().invoke(app, ["score", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def results(pack):
    return [score_text(p.read_text(encoding="utf-8"), pack, file=str(p)) for p in SAMPLES]


def _missing_column(output: str) -> list[str]:
    """The text of the 缺失项目 column, one entry per table line."""
    lines = output.splitlines()
    head = lines[0]
    start = display_width(head[: head.index("缺失项目")])
    rows = []
    for line in lines[2:]:
        if not line.strip():
            break
        # cut at a display column: walk characters until the column is reached
        col, k = 0, 0
        while k < len(line) and col < start:
            col += display_width(line[k])
            k += 1
        rows.append(line[k:].strip())
    return rows


@pytest.mark.parametrize("columns", [100, 120, 160, 220])  # the other columns take ≈ 70
def test_table_fits_the_terminal_and_keeps_titles_whole(monkeypatch, results, columns):
    monkeypatch.setenv("COLUMNS", str(columns))
    output = run(str(REPORTS))
    table = output.split("\n\n")[0]
    assert max(display_width(line.rstrip()) for line in table.splitlines()) <= columns
    text = "\n".join(_missing_column(table))
    for r in results:
        for label in missing_labels(r):
            room = columns - 70 - 12  # what the missing column has left, the file column at its narrowest
            if display_width(label) <= min(room, 30):  # a title that fits a line is never cut
                assert any(label in line for line in text.split("\n")), label


def test_wide_terminal_puts_whole_titles_on_lines(monkeypatch, results):
    monkeypatch.setenv("COLUMNS", "1000")
    output = run(str(REPORTS))
    lines = _missing_column(output.split("\n\n")[0])
    # wide enough: one line per report, exactly the labels joined
    expected = sorted(ITEM_SEPARATOR.join(missing_labels(r)) for r in results)
    assert sorted(lines) == expected


def test_wrap_items_breaks_only_between_items():
    pieces = ["行政应诉与负责人出庭；", "述法；", "规范性文件审核、备案与清理（部分）"]
    wrapped = wrap_items(pieces, 24).split("\n")
    assert wrapped == ["行政应诉与负责人出庭；", "述法；", "规范性文件审核、", "备案与清理（部分）"]
    # a title wider than the line is cut after 、 or before （, never elsewhere when it can be
    assert wrap_items(["规范性文件审核、备案与清理（部分）"], 30).split("\n") == ["规范性文件审核、备案与清理", "（部分）"]
    assert wrap_items([], 30) == "—"


def test_elide_keeps_the_end_of_a_file_name():
    name = "/very/long/folder/of/reports/石柱土家族自治县民政局.docx"
    short = elide(name, 24)
    assert display_width(short) <= 24 and short.endswith(".docx") and "…" in short
    assert elide("a.txt", 24) == "a.txt"


def test_partial_is_shown_as_partial_everywhere(tmp_path, results):
    report = next(r for r in results if any(i.status == "partial" for i in r.items if i.id in r.missing))
    partial = next(i for i in report.items if i.status == "partial" and i.id in report.missing)
    fail = next(i for i in report.items if i.status == "fail" and i.id in report.missing)
    file = report.file
    labelled, plain = partial.title + "（部分）", fail.title
    wide = {"COLUMNS": "400"}
    table = CliRunner(env=wide).invoke(app, ["score", file]).output
    assert labelled in table and plain + "（部分）" not in table
    detail = CliRunner(env=wide).invoke(app, ["score", file, "--detail"]).output
    row = next(line for line in detail.splitlines() if line.startswith(partial.title + " "))
    assert "部分" in row and "缺失" not in row
    md = run(file, "--format", "md", "--detail")
    assert labelled in md and f"| {partial.title} | 部分 |" in md
    rows = list(csv.reader(io.StringIO(CliRunner().invoke(app, ["score", file, "--format", "csv"]).stdout_bytes.decode("utf-8-sig"))))
    header = rows[0]
    assert labelled in rows[1][header.index("缺失项目")].split(ITEM_SEPARATOR)
    site = tmp_path / "site"
    run(file, "--format", "html", "--out", str(site))
    page = next(p for p in site.glob("*.html") if p.name != "index.html").read_text(encoding="utf-8")
    assert "其中部分 " in page and '<span class="st st-partial">部分</span>' in page
    openpyxl = pytest.importorskip("openpyxl")
    run(file, "--format", "xlsx", "--out", str(tmp_path / "a.xlsx"))
    ws = openpyxl.load_workbook(tmp_path / "a.xlsx")["评分表"]
    header = [c.value for c in ws[1]]
    values = [c.value for c in ws[3]]
    assert labelled in values[header.index("缺失项目")].split(ITEM_SEPARATOR)
    assert values[header.index(next(h for h in header if h and h.startswith(partial.title + "\n"))) + 1] == "部分"


def test_table_to_a_file_or_pipe_keeps_whole_names(monkeypatch, tmp_path):
    monkeypatch.delenv("COLUMNS", raising=False)
    deep = tmp_path / ("很长的文件夹名称" * 6)
    deep.mkdir()
    report = deep / SAMPLES[0].name
    report.write_bytes(SAMPLES[0].read_bytes())
    output = run(str(report))  # not a terminal: no width to fit
    assert str(report) in output and "…" not in output.splitlines()[2]


def test_detail_tables_fit_the_terminal(monkeypatch):
    monkeypatch.setenv("COLUMNS", "100")
    output = run(str(REPORTS), "--detail")
    details = output.split("\n\n")[1:-1]  # after the scorecard, before the closing line
    assert len(details) == len(SAMPLES)
    for block in details:
        assert max(display_width(line.rstrip()) for line in block.splitlines()) <= 100
