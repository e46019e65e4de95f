"""``--format table``: the terminal scorecard (tabulate, Chinese columns aligned).

One row per report, ranked by score: rank, file, organisation, year, score,
grade, number missing, the missing titles.  ``--detail`` adds each report's
per-item table.  Unreadable files are listed after the table.  Names and
report-derived text are shown with control characters escaped (:func:`scorer.names.printable`).
"""

from __future__ import annotations

from tabulate import tabulate

from ..names import printable
from ..results import ReportResult
from .base import ITEM_SEPARATOR, RankedWriter, ranked, status_label


def _missing(r: ReportResult) -> str:
    titles = r.missing_titles
    text = ITEM_SEPARATOR.join(titles)
    if r.waived:
        text += ("；" if text else "") + "豁免：" + ITEM_SEPARATOR.join(i.title for i in r.items if i.waived is not None)
    if r.warnings:
        text += ("；" if text else "") + "警示：" + ITEM_SEPARATOR.join(i.title for i in r.items if i.id in r.warnings)
    return text or "—"


def item_rows(r: ReportResult) -> list[list]:
    rows = []
    for i in r.items:
        ev = f"第{i.evidence[0].line}行" if i.evidence else ""
        why = i.detail or ""
        if i.waived is not None:
            why = f"豁免：{i.waived.justification}" + (f"（至{i.waived.expires}）" if i.waived.expires else "")
        rows.append([i.title, status_label(i), f"{i.points:g}/{i.max_points:g}", ev, why[:60]])
    return rows


class TableWriter(RankedWriter):
    @property
    def keep_evidence(self) -> bool:
        return self.options.detail

    def end(self) -> None:
        w = self.out.write
        if self.rows:
            table = [
                [rank, printable(r.file), printable(r.organization or "—"), r.year or "—", f"{r.score:.1f}", r.grade, len(r.missing), _missing(r)]
                for rank, r in ranked(self.rows)
            ]
            headers = ["名次", "文件", "单位", "年度", "得分", "等级", "缺项数", "缺失项目"]
            w(tabulate(table, headers=headers, tablefmt="simple", disable_numparse=True, maxcolwidths=[None] * 7 + [36]) + "\n")
        if self.options.detail:
            for r in self.rows:
                w(f"\n{printable(r.file)}  {printable(r.title or '')}  得分 {r.score:.1f}/{r.max_score:g}  {r.grade}\n")
                w(tabulate(item_rows(r), headers=["项目", "结果", "得分", "依据", "说明"], tablefmt="simple", disable_numparse=True) + "\n")
        if self.errors:
            w(f"\n无法评分的文件（{len(self.errors)}）：\n")
            w(tabulate([[printable(e.file), printable(e.error)] for e in self.errors], headers=["文件", "原因"], tablefmt="simple") + "\n")
        if not self.rows and not self.errors:
            w("没有找到要评分的报告。\n")
        w(f"\n规则包：{self.pack.name} {self.pack.version}；评分 {len(self.rows)} 份，出错 {len(self.errors)} 份\n")
