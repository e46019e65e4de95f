"""``--format xlsx``: an Excel workbook an office can hand on (needs openpyxl: ``pip install 'scorer[xlsx]'``).

Sheets:

- 评分表 — the ranked scorecard (:mod:`.sheets`): per rule a points column (numbers
  only) and a status column (coloured by status, linked to the item's evidence row),
  each rule's maximum in its header, grades coloured; unit/file columns and the two
  header rows frozen; unreadable files as rows with the reason.
- 汇总 — per item pass rate and average, per category average share, grade counts.
- 证据 — one row per item of every report (file, unit, rule, verdict, points, first
  evidence line, section, snippet, message or waiver), written as each report arrives
  (openpyxl's write-only mode, so memory does not grow with the batch's evidence).
- 与上年对比 (with --previous) — per report last year's file, score and change, the share
  copied, and each of last year's shortcomings and plan items with its verdict and evidence.
- 疑似雷同 (batch runs with copies found) — the pairs of reports and their overlap.

Every sheet prints landscape on A4, fitted to the page width, header rows repeated.

Same input ⇒ same bytes: the document properties carry a fixed date and the
zip entries a fixed timestamp.  Text that a spreadsheet would run as a
formula gets a leading ``'`` (see :func:`scorer.output.matrix.neutralise`).
"""

from __future__ import annotations

import io
import re
import zipfile

from ...names import shown
from ...results import ReportResult
from ..base import RankedWriter, ranked
from ..matrix import neutralise
from ..ooxml import FIXED_TIME, fixed_zip
from ..summary import COUNTED, item_state

SCORE_SHEET, SUMMARY_SHEET, EVIDENCE_SHEET = "评分表", "汇总", "证据"
PREVIOUS_SHEET, COPIES_SHEET = "与上年对比", "疑似雷同"  # only when there is something to show

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
_STATUS_COLUMN = 6  # 结果

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

        from . import style

        self._style = style
        self._cell = WriteOnlyCell
        self.wb = Workbook(write_only=True)
        style.register_styles(self.wb)
        self.ws = self.wb.create_sheet(SCORE_SHEET)
        self.summary = self.wb.create_sheet(SUMMARY_SHEET)
        self.ev = self.wb.create_sheet(EVIDENCE_SHEET)
        self.ev.freeze_panes = "E2"  # file, unit, rule id and title stay in view
        for idx, (_, width) in enumerate(EVIDENCE_COLUMNS, 1):
            self.ev.column_dimensions[style.letter(idx)].width = width
        style.print_setup(self.ev, "1:1")
        header = []
        for h, _ in EVIDENCE_COLUMNS:
            c = WriteOnlyCell(self.ev, value=_value(h))
            c.style = style.HEADER
            header.append(c)
        self.ev.append(header)
        self.ev_rows = 1
        self.evidence_rows: dict[int, dict[str, int]] = {}  # id(kept result) → rule id → evidence row

    def report(self, result: ReportResult) -> None:
        from .sheets import state_label

        rows: dict[str, int] = {}
        for item in result.items:
            first = item.evidence[0] if item.evidence else None
            others = "、".join(e.place for e in item.evidence[1:]) or None
            counted = item_state(item) in COUNTED
            row = [
                shown(result.file),
                result.organization,
                item.id,
                item.title,
                item.category,
                state_label(item_state(item)),
                item.points if counted else None,
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
            rows[item.id] = self.ev_rows
        super().report(result)
        self.evidence_rows[id(self.rows[-1])] = rows

    def end(self) -> None:
        from . import sheets

        style = self._style
        sheets.write_scorecard(self.ws, self.rows, self.errors, self.evidence_rows, EVIDENCE_SHEET, _value)
        sheets.write_summary(self.summary, self.pack, self.rows, self.errors, _value)
        last = style.letter(len(EVIDENCE_COLUMNS))
        if self.ev_rows > 1:
            self.ev.auto_filter.ref = f"A1:{last}{self.ev_rows}"
            status = style.letter(_STATUS_COLUMN)
            style.add_label_fills(self.ev, f"{status}2:{status}{self.ev_rows}", style.LABEL_FILLS)
        self._comparisons()
        self.out.write(self._save())

    def _comparisons(self) -> None:
        """Sheets for last year (--previous) and the batch's copies, when there are any."""
        from .. import comparisons as cmp

        compared = [r for _, r in ranked(self.rows) if r.previous is not None]
        if compared:
            rows = []
            for r in compared:
                row = cmp.previous_values(r)
                if r.previous.file is None:
                    row = cmp.previous_row(r)  # no report last year: the dashes the other formats show
                elif row[4] is not None:
                    row[4] = round(row[4], 3)
                rows.append(row)
                rows += [["", item, verdict, evidence] for item, verdict, evidence in cmp.follow_up_lines(r.previous)]
            self._table_sheet(PREVIOUS_SHEET, cmp.PREVIOUS_HEADERS, rows)
        if self.copies_found is not None and self.copies_found.pairs:
            self._table_sheet(COPIES_SHEET, cmp.COPIES_HEADERS, cmp.copies_rows(self.copies_found))

    def _table_sheet(self, name: str, headers: list[str], rows: list[list]) -> None:
        style = self._style
        ws = self.wb.create_sheet(name)
        ws.freeze_panes = "B2"
        for idx in range(1, len(headers) + 1):
            ws.column_dimensions[style.letter(idx)].width = 18 if idx > 1 else 28
        style.print_setup(ws, "1:1")
        head = []
        for h in headers:
            c = self._cell(ws, value=_value(h))
            c.style = style.HEADER
            head.append(c)
        ws.append(head)
        for row in rows:
            ws.append([_value(v) for v in row])

    def abort(self) -> None:
        """Close the sheets' streams, so that the unsaved workbook is dropped quietly."""
        for ws in self.wb.worksheets:
            try:
                ws.close()
            except Exception:  # noqa: BLE001 - a stream already closed or broken: nothing to release
                pass

    def _save(self) -> bytes:
        """The workbook's bytes, with fixed dates so the same input gives the same file."""
        from openpyxl.writer.excel import ExcelWriter

        props = self.wb.properties
        props.creator = "scorer"
        props.created = props.modified = FIXED_TIME
        raw = io.BytesIO()
        # ExcelWriter directly: Workbook.save() would stamp properties.modified with the current time.
        ExcelWriter(self.wb, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()
        return fixed_zip(raw.getvalue())
