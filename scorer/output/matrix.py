"""The office's scorecard matrix, shared by the spreadsheet-like formats (csv, xlsx, md).

One row per report, ranked: 名次, 文件, 单位, 年度, 得分, 等级, one column per rule
(points earned, or 豁免 / 不适用 / 错误), 缺失项目, 错误.  Unreadable files follow
as rows with only 文件 and 错误 filled in.  Values keep their Python types so a
spreadsheet gets numbers as numbers; text cells go through :func:`neutralise`.
"""

from __future__ import annotations

import unicodedata

from ..results import ErrorRow, ReportResult
from ..names import shown
from .base import ITEM_SEPARATOR, missing_labels, ranked

# A spreadsheet treats a cell starting with one of these as a formula (CSV/formula injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")

LEAD_HEADERS = ["名次", "文件", "单位", "年度", "得分", "等级"]
TAIL_HEADERS = ["缺失项目", "错误"]

CELL_WAIVED, CELL_NA, CELL_ERROR = "豁免", "不适用", "错误"


def neutralise(value):
    """Text that a spreadsheet would run as a formula gets a leading ``'``; other values pass through."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value



def rule_columns(results: list[ReportResult]) -> list[tuple[str, str]]:
    """(rule id, header) in pack order; a title used by two rules gets its id appended."""
    ids: dict[str, str] = {}
    for r in results:
        for item in r.items:
            ids.setdefault(item.id, item.title)
    counts: dict[str, int] = {}
    for title in ids.values():
        counts[title] = counts.get(title, 0) + 1
    return [(rid, title if counts[title] == 1 else f"{title}（{rid}）") for rid, title in ids.items()]


def item_cell(item) -> float | str:
    if item.waived is not None:
        return CELL_WAIVED
    if item.status == "not_applicable":
        return CELL_NA
    if item.status == "error":
        return CELL_ERROR
    return item.points


def build(results: list[ReportResult], errors: list[ErrorRow], extra=()) -> tuple[list[str], list[list]]:
    """Headers and rows (raw values, ``None`` for empty cells; text not yet neutralised).

    ``extra``: (header, function of a result) pairs, columns added after the tail."""
    columns = rule_columns(results)
    headers = LEAD_HEADERS + [h for _, h in columns] + TAIL_HEADERS + [h for h, _ in extra]
    rows: list[list] = []
    for rank, r in ranked(results):
        by_id = {i.id: i for i in r.items}
        cells = [item_cell(by_id[rid]) if rid in by_id else None for rid, _ in columns]
        missing = ITEM_SEPARATOR.join(missing_labels(r)) or None
        rows.append([rank, shown(r.file), r.organization, r.year, r.score, r.grade, *cells, missing, None, *(f(r) for _, f in extra)])
    for e in sorted(errors, key=lambda e: shown(e.file)):
        rows.append([None, shown(e.file), None, None, None, None, *([None] * len(columns)), None, shown(e.error), *([None] * len(extra))])
    return headers, rows


def display_width(text: str) -> int:
    """Columns a string takes in a spreadsheet or terminal: CJK (wide/fullwidth) characters count double."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def number_text(value: float | int) -> str:
    """A number as plain text: ``4`` not ``4.0``, ``71.8`` as is."""
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return repr(value)
    return str(value)
