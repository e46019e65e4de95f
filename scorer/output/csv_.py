"""``--format csv``: the scorecard matrix for Excel and scripts.

Columns: 名次, 文件, 单位, 年度, 得分, 等级, one per rule (points earned, or
豁免 / 不适用 / 错误), 缺失项目, 错误; with ``--previous`` last year's (上年报告, 上年得分,
得分变化, 与上年重合（%）, 上年不足已回应, 上年计划已落实), and in batch runs 疑似雷同（重合度）.  Unreadable files are rows with 错误 set.

Bytes, not text: UTF-8 with a BOM (so Excel shows Chinese correctly) and CRLF
line ends (RFC 4180), whatever the console's encoding or platform.  Text that
a spreadsheet would run as a formula (=, +, -, @, tab, CR at the start; report
titles come from untrusted files) gets a leading ``'``; numbers stay numbers.
"""

from __future__ import annotations

import csv
import io

from .base import RankedWriter
from .comparisons import matrix_columns
from .matrix import build, neutralise, number_text


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)
    return neutralise(str(value))


class CsvWriter(RankedWriter):
    binary = True

    def end(self) -> None:
        headers, rows = build(self.rows, self.errors, matrix_columns(self.rows, self.copies_found))
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        w.writerow([neutralise(h) for h in headers])
        for row in rows:
            w.writerow([_cell(v) for v in row])
        self.out.write(buf.getvalue().encode("utf-8-sig"))
