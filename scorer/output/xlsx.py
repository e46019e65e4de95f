"""``--format xlsx``: an Excel workbook (needs openpyxl: ``pip install 'scorer[xlsx]'``).

Sheet 评分表: the scorecard matrix (as ``--format csv``), header row frozen,
scores as numbers.  Sheet 证据: one row per item of every report (file, unit,
rule, verdict, points, first evidence line, section, snippet, message or
waiver), written as each report arrives (openpyxl's write-only mode).

Same input ⇒ same bytes: the document properties carry a fixed date and the
zip entries a fixed timestamp.  Text that a spreadsheet would run as a
formula gets a leading ``'`` (see :func:`scorer.output.matrix.neutralise`).
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import zipfile

from ..results import ReportResult
from ..names import shown
from .base import RankedWriter, status_label
from .matrix import LEAD_HEADERS, build, display_width, neutralise

FIXED_TIME = dt.datetime(2000, 1, 1)
_ZIP_TIME = (2000, 1, 1, 0, 0, 0)

SCORE_SHEET, EVIDENCE_SHEET = "评分表", "证据"

EVIDENCE_COLUMNS = [  # header, width
    ("文件", 34),
    ("单位", 24),
    ("规则编号", 22),
    ("项目", 26),
    ("类别", 10),
    ("结果", 12),
    ("得分", 7),
    ("满分", 7),
    ("证据行", 8),
    ("所在部分", 30),
    ("证据摘录", 60),
    ("其他证据行", 12),
    ("说明", 50),
    ("判定依据", 40),
]

_RULE_COLUMN_WIDTH = 12  # rule-title headers wrap within this many columns
_MAX_WIDTH = 60
_MAX_CELL = 32767  # Excel's limit on a cell's text
# Control characters XML 1.0 cannot carry (openpyxl refuses them): extracted text may hold some
# (form feeds from PDF page breaks, stray NULs), so they become spaces.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _value(v):
    """A cell value as written: text cleaned of what XML cannot hold, capped, formula-neutralised."""
    if isinstance(v, str):
        v = _ILLEGAL.sub(" ", v)[:_MAX_CELL]
    return neutralise(v)


def _item_note(item) -> str | None:
    if item.waived is not None:
        w = item.waived
        return f"豁免：{w.justification}" + (f"（至{w.expires}）" if w.expires else "")
    return item.message


class XlsxWriter(RankedWriter):
    binary = True
    requires = ("openpyxl", "xlsx")  # (module, extra) checked by writer_class()

    def begin(self, pack) -> None:
        super().begin(pack)
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.styles import Alignment, Font

        self._cell = WriteOnlyCell
        self._bold = Font(bold=True)
        self._header_align = Alignment(wrap_text=True, vertical="center", horizontal="center")
        self.wb = Workbook(write_only=True)
        self.ws = self.wb.create_sheet(SCORE_SHEET)
        self.ev = self.wb.create_sheet(EVIDENCE_SHEET)
        self.ev.freeze_panes = "A2"
        for idx, (_, width) in enumerate(EVIDENCE_COLUMNS, 1):
            self.ev.column_dimensions[self._letter(idx)].width = width
        self.ev.append(self._header_cells(self.ev, [h for h, _ in EVIDENCE_COLUMNS]))
        self.ev_rows = 1

    @staticmethod
    def _letter(idx: int) -> str:
        from openpyxl.utils import get_column_letter

        return get_column_letter(idx)

    def _header_cells(self, ws, headers: list[str]) -> list:
        cells = []
        for h in headers:
            c = self._cell(ws, value=_value(h))
            c.font = self._bold
            c.alignment = self._header_align
            cells.append(c)
        return cells

    def report(self, result: ReportResult) -> None:
        for item in result.items:
            first = item.evidence[0] if item.evidence else None
            others = "、".join(str(e.line) for e in item.evidence[1:]) or None
            row = [
                shown(result.file),
                result.organization,
                item.id,
                item.title,
                item.category,
                status_label(item),
                item.points,
                item.max_points,
                first.line if first else None,
                first.section if first else None,
                first.text if first else None,
                others,
                _item_note(item),
                item.detail,
            ]
            self.ev.append([_value(v) for v in row])
            self.ev_rows += 1
        super().report(result)

    def end(self) -> None:
        headers, rows = build(self.rows, self.errors)
        ws = self.ws
        lead, tail = len(LEAD_HEADERS), len(headers) - 2
        header_lines = 1
        for idx, header in enumerate(headers, 1):
            values = [r[idx - 1] for r in rows]
            content = max((display_width(self._shown(v)) for v in values if v is not None), default=0)
            if lead < idx <= tail:  # a rule column: narrow, its title wraps
                width = max(content, 6)
                width = max(width, min(display_width(header), _RULE_COLUMN_WIDTH))
                header_lines = max(header_lines, math.ceil(display_width(header) / width))
            else:
                width = max(content, display_width(header))
            ws.column_dimensions[self._letter(idx)].width = min(width + 2, _MAX_WIDTH)
        ws.row_dimensions[1].height = 15 * header_lines + 3
        ws.freeze_panes = "A2"
        last = self._letter(len(headers))
        ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        ws.append(self._header_cells(ws, headers))
        score_col = LEAD_HEADERS.index("得分")
        for row in rows:
            cells = []
            for i, v in enumerate(row):
                c = self._cell(ws, value=_value(v))
                if i == score_col and v is not None:
                    c.number_format = "0.0"
                cells.append(c)
            ws.append(cells)
        if self.ev_rows > 1:
            self.ev.auto_filter.ref = f"A1:{self._letter(len(EVIDENCE_COLUMNS))}{self.ev_rows}"
        self.out.write(self._save())

    @staticmethod
    def _shown(value) -> str:
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def _save(self) -> bytes:
        """The workbook's bytes, with fixed dates so the same input gives the same file."""
        from openpyxl.writer.excel import ExcelWriter

        props = self.wb.properties
        props.creator = "scorer"
        props.created = props.modified = FIXED_TIME
        raw = io.BytesIO()
        # ExcelWriter directly: Workbook.save() would stamp properties.modified with the current time.
        ExcelWriter(self.wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()
        return _fixed_zip(raw.getvalue())


def _fixed_zip(data: bytes) -> bytes:
    """Repack a zip with every entry's timestamp fixed (zip entries record the time they were written)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_TIME)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            dst.writestr(fixed, src.read(info.filename))
    return out.getvalue()
