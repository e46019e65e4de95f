"""The workbook's look: fills by status and grade, header style, print setup."""

from __future__ import annotations

from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.properties import PageSetupProperties

from ..base import STATUS_LABELS

WAIVED_LABEL = "豁免"

# Fill colours (RGB): green pass, amber partial, red missing, grey not applicable / error,
# lilac waived.  Light tints, so text stays readable when printed in black and white.
STATUS_FILLS = {
    "pass": "C6EFCE",
    "partial": "FFEB9C",
    "fail": "FFC7CE",
    "not_applicable": "EDEDED",
    "error": "D9D9D9",
    "waived": "E4DFEC",
}
ERROR_ROW_FILL = "F8CBAD"  # an unreadable file's row
HEADER_FILL = "DDEBF7"

# Grades of the bundled packs; any other grade name is left unfilled.
GRADE_FILLS = {"优秀": "C6EFCE", "良好": "DDEBF7", "合格": "FFEB9C", "不合格": "FFC7CE"}

# the label a status cell shows → its fill (labels as STATUS_LABELS; 豁免 for waived items)
LABEL_FILLS = {STATUS_LABELS[s]: STATUS_FILLS[s] for s in STATUS_LABELS} | {WAIVED_LABEL: STATUS_FILLS["waived"]}

BOLD = Font(bold=True)
LINK = Font(color="0563C1", underline="single")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="center", horizontal="center")
WRAP = Alignment(wrap_text=True, vertical="top")
_THIN = Side(style="thin", color="BFBFBF")
GRID = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)


def fill(rgb: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=rgb, end_color=rgb)


# Named cell styles (Excel's 单元格样式 gallery shows them, so an office can restyle every
# 缺失 cell at once).  A cell takes one by name, which costs a lookup; setting font, fill and
# border one by one costs openpyxl a hash of each (eight times slower on a 200-report batch).
HEADER, CELL, SCORE, WRAPPED, LINKED, ERROR = "评分·表头", "评分·单元格", "评分·得分", "评分·换行", "评分·结果", "评分·出错"
PERCENT, NUMBER = "评分·百分比", "评分·数值"


def points_style(label: str) -> str:
    """The named style of a points cell whose status is ``label`` (通过, 缺失…)."""
    return f"评分·{label}"


def register_styles(wb) -> None:
    """Add the named styles to the workbook (before any cell uses them)."""
    styles = [
        NamedStyle(name=HEADER, font=BOLD, alignment=HEADER_ALIGN, fill=fill(HEADER_FILL), border=GRID),
        NamedStyle(name=CELL, border=GRID),
        NamedStyle(name=SCORE, border=GRID, number_format="0.0"),
        NamedStyle(name=WRAPPED, border=GRID, alignment=WRAP),
        NamedStyle(name=LINKED, border=GRID, font=LINK),
        NamedStyle(name=ERROR, border=GRID, fill=fill(ERROR_ROW_FILL), alignment=WRAP),
        NamedStyle(name=PERCENT, number_format="0.0%"),
        NamedStyle(name=NUMBER, number_format="0.##"),
    ]
    styles += [NamedStyle(name=points_style(label), border=GRID, fill=fill(rgb), number_format="0.##") for label, rgb in LABEL_FILLS.items()]
    for named in styles:
        wb.add_named_style(named)


def letter(idx: int) -> str:
    return get_column_letter(idx)


def add_label_fills(ws, ref: str, fills: dict[str, str]) -> None:
    """Conditional formatting on ``ref``: a cell whose text equals a label gets its fill
    (kept when the office edits a cell, unlike a fixed fill)."""
    for label, rgb in fills.items():
        ws.conditional_formatting.add(ref, CellIsRule(operator="equal", formula=[f'"{label}"'], fill=fill(rgb)))


def print_setup(ws, title_rows: str, title_cols: str | None = None) -> None:
    """Landscape A4, every column on one page width, header rows (and lead columns) on every page."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as needed
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_title_rows = title_rows
    if title_cols:
        ws.print_title_cols = title_cols
    ws.print_options.gridLines = False
