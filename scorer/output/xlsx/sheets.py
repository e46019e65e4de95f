"""The workbook's scorecard sheet (评分表) and summary sheet (汇总), written at the end of a run.

评分表: one row per report, ranked; for each rule two columns under one header that
names its maximum — 得分 (a number, or empty where the item does not count) and 结果
(通过/部分/缺失/不适用/错误/豁免, coloured, linked to the item's row on the evidence
sheet).  The unit and file columns and both header rows stay in view; unreadable
files are rows of their own with the reason under 错误.
"""

from __future__ import annotations

import math

from openpyxl.cell import WriteOnlyCell
from openpyxl.worksheet.hyperlink import Hyperlink

from ...names import shown
from ...results import ErrorRow, ReportResult
from ..base import ITEM_SEPARATOR, STATUS_LABELS, missing_labels, ranked
from ..matrix import display_width, number_text, rule_columns
from ..summary import COUNTED, category_averages, grade_counts, item_figures, item_state
from . import style
from .style import CELL, ERROR, HEADER, LINKED, NUMBER, PERCENT, SCORE, WRAPPED, letter, points_style

LEAD = ["名次", "文件", "单位", "年度", "得分", "等级"]
TAIL = ["缺失项目", "错误"]
FROZEN = 3  # 名次, 文件, 单位 stay in view when scrolling right
_RULE_WIDTH = 7  # each of a rule's two columns; its title wraps over both
_MAX_WIDTH = 40
STATES = ["pass", "partial", "fail", "not_applicable", "error", "waived"]


def state_label(state: str) -> str:
    return style.WAIVED_LABEL if state == "waived" else STATUS_LABELS.get(state, state)


def _cell(ws, value, clean, named: str | None = None):
    c = WriteOnlyCell(ws, value=clean(value))
    if named is not None:
        c.style = named  # a named style (see .style.register_styles)
    return c


def write_scorecard(ws, results: list[ReportResult], errors: list[ErrorRow], evidence_rows: dict[int, dict[str, int]], evidence_sheet: str, clean) -> None:
    """Fill the write-only sheet ``ws``.  ``evidence_rows`` maps ``id(result)`` to each
    rule id's row on the evidence sheet; ``clean`` makes a value safe for a cell."""
    columns = rule_columns(results)
    maxima = {}
    for r in results:
        for i in r.items:
            maxima.setdefault(i.id, i.max_points)
    n_lead, n_rules = len(LEAD), len(columns)
    first_tail = n_lead + 2 * n_rules + 1
    order = ranked(results)
    body = [
        [rank, shown(r.file), r.organization, r.year, r.score, r.grade] for rank, r in order
    ] + [[None, shown(e.file), None, None, None, None] for e in sorted(errors, key=lambda e: shown(e.file))]
    last_row = 2 + len(body)

    # widths: lead columns by content (CJK counts double), rule columns narrow, tail wide
    for idx, header in enumerate(LEAD, 1):
        content = max((display_width(_text(row[idx - 1])) for row in body if row[idx - 1] is not None), default=0)
        ws.column_dimensions[letter(idx)].width = min(max(content, display_width(header)) + 2, _MAX_WIDTH)
    header_lines = 1
    for k, (rid, title) in enumerate(columns):
        for j in (0, 1):
            ws.column_dimensions[letter(n_lead + 1 + 2 * k + j)].width = _RULE_WIDTH + 1
        header_lines = max(header_lines, math.ceil(display_width(_rule_header(title, maxima[rid])) / (2 * _RULE_WIDTH)))
    ws.column_dimensions[letter(first_tail)].width = _MAX_WIDTH
    ws.column_dimensions[letter(first_tail + 1)].width = _MAX_WIDTH
    ws.row_dimensions[1].height = 15 * header_lines + 4
    ws.freeze_panes = f"{letter(FROZEN + 1)}3"
    style.print_setup(ws, "1:2", f"A:{letter(FROZEN)}")

    def head(value):
        return _cell(ws, value, clean, HEADER)

    top, second = [], []
    for h in LEAD:
        top.append(head(h))
        second.append(head(None))
    for rid, title in columns:
        top += [head(_rule_header(title, maxima[rid])), head(None)]
        second += [head("得分"), head("结果")]
    for h in TAIL:
        top.append(head(h))
        second.append(head(None))
    ws.append(top)
    ws.append(second)
    for idx in list(range(1, n_lead + 1)) + [first_tail, first_tail + 1]:
        ws.merged_cells.add(f"{letter(idx)}1:{letter(idx)}2")
    for k in range(n_rules):
        col = n_lead + 1 + 2 * k
        ws.merged_cells.add(f"{letter(col)}1:{letter(col + 1)}1")

    row_no = 2
    for rank, r in order:
        row_no += 1
        by_id = {i.id: i for i in r.items}
        links = evidence_rows.get(id(r), {})
        cells = [_cell(ws, v, clean, SCORE if k == 4 else CELL) for k, v in enumerate((rank, shown(r.file), r.organization, r.year, r.score, r.grade))]
        for k, (rid, _) in enumerate(columns):
            item = by_id.get(rid)
            if item is None:
                cells += [_cell(ws, None, clean, CELL), _cell(ws, None, clean, CELL)]
                continue
            state = item_state(item)
            points = item.points if state in COUNTED else None
            p = _cell(ws, points, clean, points_style(state_label(state)))
            s = _cell(ws, state_label(state), clean, LINKED if rid in links else CELL)
            if rid in links:
                s.hyperlink = Hyperlink(ref=f"{letter(n_lead + 2 + 2 * k)}{row_no}", location=f"'{evidence_sheet}'!A{links[rid]}", tooltip="查看证据")
            cells += [p, s]
        missing = ITEM_SEPARATOR.join(missing_labels(r)) or None
        cells += [_cell(ws, missing, clean, WRAPPED), _cell(ws, None, clean, CELL)]
        ws.append(cells)
    for e in sorted(errors, key=lambda e: shown(e.file)):
        row_no += 1
        cells = [_cell(ws, None, clean, ERROR), _cell(ws, shown(e.file), clean, ERROR)]
        cells += [_cell(ws, None, clean, CELL) for _ in range(n_lead - 2 + 2 * n_rules + 1)]
        cells.append(_cell(ws, shown(e.error), clean, ERROR))
        ws.append(cells)

    if body:
        status_ref = " ".join(f"{letter(n_lead + 2 + 2 * k)}3:{letter(n_lead + 2 + 2 * k)}{last_row}" for k in range(n_rules))
        if status_ref:
            style.add_label_fills(ws, status_ref, style.LABEL_FILLS)
        style.add_label_fills(ws, f"{letter(LEAD.index('等级') + 1)}3:{letter(LEAD.index('等级') + 1)}{last_row}", style.GRADE_FILLS)
    ws.auto_filter.ref = f"A2:{letter(first_tail + 1)}{last_row}"


def _rule_header(title: str, most: float) -> str:
    return f"{title}\n（满分{number_text(most)}）"


def _text(value) -> str:
    if isinstance(value, float):
        return number_text(value)
    return str(value)


SUMMARY_ITEM_HEADERS = ["项目", "类别", "满分", "计分份数", *(state_label(s) for s in STATES), "通过率", "平均得分"]


def write_summary(ws, pack, results: list[ReportResult], errors: list[ErrorRow], clean) -> None:
    """The summary sheet: per item pass rate, per category average, grade counts."""
    widths = [30, 12, 8, 10, 8, 8, 8, 8, 8, 8, 10, 10]
    for idx, w in enumerate(widths, 1):
        ws.column_dimensions[letter(idx)].width = w
    style.print_setup(ws, "1:2")

    def row(values, *, bold=False, formats=None):
        cells = []
        for k, v in enumerate(values):
            named = HEADER if bold else (formats or {}).get(k)
            cells.append(_cell(ws, v, clean, named))
        ws.append(cells)

    scores = [r.score for r in results]
    average = round(sum(scores) / len(scores), 1) if scores else None
    row(["评分汇总"], bold=True)
    row([f"规则包：{pack.name} {pack.version}", None, None, None, "评分份数", len(results), "出错份数", len(errors), "平均得分", average])
    row([])
    row(["各项目情况"], bold=True)
    row(SUMMARY_ITEM_HEADERS, bold=True)
    pct, num = {len(SUMMARY_ITEM_HEADERS) - 2: PERCENT}, NUMBER
    for f in item_figures(results):
        row(
            [f.title, f.category, f.max_points, f.counted, *(f.counts.get(s, 0) for s in STATES), f.pass_rate, f.average],
            formats={**pct, 2: num, len(SUMMARY_ITEM_HEADERS) - 1: num},
        )
    row([])
    row(["各类别平均得分率"], bold=True)
    row(["类别", "满分", "平均得分率"], bold=True)
    for name, most, share in category_averages(results):
        row([name, most, share], formats={1: num, 2: PERCENT})
    row([])
    row(["等级分布"], bold=True)
    row(["等级", "份数", "占比"], bold=True)
    for grade, count in grade_counts(results):
        row([grade, count, count / len(results)], formats={2: PERCENT})
