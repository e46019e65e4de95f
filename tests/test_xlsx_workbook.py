"""The office's workbook (--format xlsx), read back with openpyxl as Excel would."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from scorer.cli import app

from .conftest import REPORTS, doc

openpyxl = pytest.importorskip("openpyxl")

LABELS = {"通过", "部分", "缺失", "不适用", "错误", "豁免"}


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    folder = tmp_path_factory.mktemp("in")
    # a report without a signing date (按时报告 does not apply) and one that is unreadable
    (folder / "short.txt").write_text(doc("一、主要举措和成效", "我局聘请法律顾问2名，审核合同30件。"), encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"not a pdf")
    out = tmp_path_factory.mktemp("out") / "评分表.xlsx"
    result = CliRunner().invoke(app, ["score", str(REPORTS), str(folder), "--format", "xlsx", "--out", str(out)])
    assert result.exit_code == 3, result.output  # the broken file is an error row
    return openpyxl.load_workbook(out)


def _rule_blocks(ws):
    """(title, maximum, points column, status column) for every rule."""
    header = [c.value for c in ws[1]]
    blocks = []
    for idx in range(7, len(header) - 1, 2):
        if header[idx - 1] is None:
            continue
        title, _, most = header[idx - 1].partition("\n")
        blocks.append((title, most, idx, idx + 1))
    return blocks


def _report_rows(ws):
    return [row for row in ws.iter_rows(min_row=3) if row[0].value is not None]


def test_layout_frozen_and_print_setup(book, pack):
    ws = book["评分表"]
    assert ws.freeze_panes == "D3"  # 名次, 文件, 单位 and two header rows stay in view
    assert [c.value for c in ws[2]][6:8] == ["得分", "结果"]
    for sheet in book.worksheets:
        setup = sheet.page_setup
        assert setup.orientation == "landscape" and setup.fitToWidth == 1 and setup.fitToHeight == 0
        assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
        assert sheet.print_title_rows
    assert ws.print_title_rows == "$1:$2" and ws.print_title_cols == "$A:$C"


def test_each_header_names_the_maximum(book, pack):
    blocks = _rule_blocks(book["评分表"])
    weights = {r.title: r.weight for r in pack.rules}
    assert [b[0] for b in blocks] == [r.title for r in pack.rules]
    for title, most, _, _ in blocks:
        assert most == f"（满分{weights[title]:g}）"
    merged = {str(r) for r in book["评分表"].merged_cells.ranges}
    assert "G1:H1" in merged and "A1:A2" in merged


def test_points_are_numbers_status_in_its_own_column(book, pack):
    ws = book["评分表"]
    seen = set()
    for row in _report_rows(ws):
        for _, _, p, s in _rule_blocks(ws):
            points, status = row[p - 1].value, row[s - 1].value
            assert status in LABELS
            seen.add(status)
            if status in ("通过", "部分", "缺失"):
                assert isinstance(points, (int, float))
            else:
                assert points is None  # 不适用 / 错误 / 豁免: no number, and no text in a number column
    assert {"通过", "部分", "缺失", "不适用"} <= seen


def test_fills_by_status_and_grade(book):
    from scorer.output.xlsx.style import GRADE_FILLS, LABEL_FILLS

    ws = book["评分表"]
    for row in _report_rows(ws):
        for _, _, p, s in _rule_blocks(ws):
            assert row[p - 1].fill.fgColor.rgb.endswith(LABEL_FILLS[row[s - 1].value])
    rules = {}
    for cf in ws.conditional_formatting:
        for rule in cf.rules:
            rules.setdefault(rule.formula[0].strip('"'), set()).update(str(cf.sqref).split())
    status_cols = {openpyxl.utils.get_column_letter(s) for *_, s in _rule_blocks(ws)}
    for label in LABELS:
        assert {re.match(r"[A-Z]+", ref).group() for ref in rules[label]} == status_cols
    for grade in GRADE_FILLS:
        assert any(ref.startswith("F3:") for ref in rules[grade])
    dxf_colour = {
        rule.formula[0].strip('"'): rule.dxf.fill.fgColor.rgb for cf in ws.conditional_formatting for rule in cf.rules
    }
    assert dxf_colour["缺失"].endswith(LABEL_FILLS["缺失"]) and dxf_colour["部分"] != dxf_colour["缺失"]


def test_status_links_to_its_evidence_row(book, pack):
    ws, ev = book["评分表"], book["证据"]
    ev_header = [c.value for c in ev[1]]
    ids = {r.title: r.id for r in pack.rules}
    checked = 0
    for row in _report_rows(ws):
        for title, _, _, s in _rule_blocks(ws):
            cell = row[s - 1]
            link = cell.hyperlink
            assert link is not None and link.location.startswith("'证据'!A")
            target = ev[int(link.location.rsplit("A", 1)[1])]
            values = dict(zip(ev_header, (c.value for c in target)))
            assert values["文件"] == row[1].value and values["规则编号"] == ids[title]
            assert values["结果"] == cell.value
            checked += 1
    assert checked == len(_report_rows(ws)) * len(pack.rules)


def test_error_rows_stay_visible(book):
    ws = book["评分表"]
    header = [c.value for c in ws[1]]
    errors = [row for row in ws.iter_rows(min_row=3) if row[0].value is None]
    assert len(errors) == 1
    row = errors[0]
    assert row[1].value.endswith("broken.pdf") and row[header.index("错误")].value
    assert row[1].fill.fgColor.rgb.endswith("F8CBAD")


def test_summary_sheet_agrees_with_the_scorecard(book, pack):
    ws, sm = book["评分表"], book["汇总"]
    rows = list(sm.iter_rows(values_only=True))
    at = {r[0]: i for i, r in enumerate(rows) if r[0] is not None}
    header = rows[at["项目"]]
    items = {r[0]: dict(zip(header, r)) for r in rows[at["项目"] + 1 : at["项目"] + 1 + len(pack.rules)]}
    assert list(items) == [r.title for r in pack.rules]
    reports = _report_rows(ws)
    for title, _, p, s in _rule_blocks(ws):
        statuses = [row[s - 1].value for row in reports]
        counted = [st for st in statuses if st in ("通过", "部分", "缺失")]
        fig = items[title]
        assert fig["通过"] == statuses.count("通过") and fig["部分"] == statuses.count("部分")
        assert fig["计分份数"] == len(counted)
        if counted:
            assert fig["通过率"] == pytest.approx(statuses.count("通过") / len(counted))
            points = [row[p - 1].value for row in reports if row[p - 1].value is not None]
            assert fig["平均得分"] == pytest.approx(sum(points) / len(points), abs=0.01)
    grades = rows[at["等级"] + 1 :]
    counts = {g: n for g, n, *_ in grades if g}
    assert counts == {g: [row[5].value for row in reports].count(g) for g in {row[5].value for row in reports}}
    categories = {r.category for r in pack.rules}
    first = at["类别"] + 1
    assert {rows[i][0] for i in range(first, first + len(categories))} == categories
