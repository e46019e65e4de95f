"""``--format md``: the scorecard as Markdown tables (for wikis, issues, e-mail).

A ranked table (名次, 文件, 单位, 年度, 得分, 等级, 缺项数, 缺失项目); ``--detail``
adds one item table per report.  Unreadable files are listed after.  Cell
text is escaped: ``|`` and Markdown/HTML punctuation get a backslash, line
breaks become spaces, other control characters visible escapes (``\\x1b``), so report-derived text cannot break the table or
inject links or markup.
"""

from __future__ import annotations

import re

from ..names import printable
from ..results import ReportResult
from . import comparisons as cmp
from .base import ITEM_SEPARATOR, RankedWriter, missing_labels, ranked, status_label
from .matrix import number_text
from .table import item_rows

# CommonMark lets any ASCII punctuation be backslash-escaped; these are the ones that can
# change a table cell's meaning (| ends the cell, the rest start links, code, emphasis, HTML).
_SPECIAL = re.compile(r"([\\|`*_\[\]<>!~&])")
_BREAKS = re.compile(r"[\r\n\u2028\u2029\u0085]+")


def cell(value) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value)
    return _SPECIAL.sub(r"\\\1", printable(_BREAKS.sub(" ", str(value)))).strip() or "—"


def table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(cell(h) for h in headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


class MarkdownWriter(RankedWriter):
    @property
    def keep_evidence(self) -> bool:
        return self.options.detail

    def end(self) -> None:
        w = self.out.write
        w(f"# 评分表\n\n规则包：{cell(self.pack.name)} {cell(self.pack.version)}；评分 {len(self.rows)} 份，出错 {len(self.errors)} 份\n")
        order = ranked(self.rows)
        if order:
            headers = ["名次", "文件", "单位", "年度", "得分", "等级", "缺项数", "缺失项目"]
            rows = [
                [rank, r.file, r.organization, r.year, f"{r.score:.1f}", r.grade, len(r.missing), ITEM_SEPARATOR.join(missing_labels(r))]
                for rank, r in order
            ]
            w("\n" + table(headers, rows))
        else:
            w("\n没有可评分的报告。\n")
        if self.options.detail:
            for rank, r in order:
                w(f"\n## {rank}. {cell(r.organization or r.file)}\n\n")
                w(f"文件：{cell(r.file)}  \n标题：{cell(r.title)}  \n得分：{r.score:.1f}/{r.max_score:g}　等级：{cell(r.grade)}\n\n")
                w(table(["项目", "结果", "得分", "依据", "说明"], self._items(r)))
        compared = [r for _, r in order if r.previous is not None]
        if compared:
            w("\n## 与上年对比\n\n")
            w(table(cmp.PREVIOUS_HEADERS, [cmp.previous_row(r) for r in compared]))
            if self.options.detail:
                for r in compared:
                    if cmp.follow_up_lines(r.previous):
                        w(f"\n### {cell(r.file)} ← {cell(r.previous.file)}\n\n")
                        w(table(["上年项目", "今年", "依据"], [list(line) for line in cmp.follow_up_lines(r.previous)]))
        if self.copies_found is not None and self.copies_found.pairs:
            w(f"\n## {cmp.copies_title(self.copies_found)}\n\n")
            w(table(cmp.COPIES_HEADERS, cmp.copies_rows(self.copies_found)))
        if self.errors:
            w(f"\n## 无法评分的文件（{len(self.errors)}）\n\n")
            w(table(["文件", "原因"], [[e.file, e.error] for e in sorted(self.errors, key=lambda e: e.file)]))

    @staticmethod
    def _items(r: ReportResult) -> list[list]:
        rows = item_rows(r)
        for row, item in zip(rows, r.items):
            row[1] = status_label(item)
            if item.message and item.status in ("fail", "partial") and item.waived is None:
                row[4] = item.message  # what to add is more useful here than the verdict's detail
        return rows
