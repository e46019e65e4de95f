"""``--format table``: the terminal scorecard (tabulate, Chinese columns aligned).

One row per report, ranked by score: rank, file, organisation, year, score,
grade, number missing, the missing titles.  ``--detail`` adds each report's
per-item table.  Unreadable files are listed after the table.  Names and
report-derived text are shown with control characters escaped (:func:`scorer.names.printable`).
"""

from __future__ import annotations

import os
import shutil

from tabulate import tabulate

from ..names import printable
from ..results import ReportResult
from . import comparisons as cmp
from .base import ITEM_SEPARATOR, RankedWriter, missing_labels, ranked, status_label
from .matrix import display_width

HEADERS = ["名次", "文件", "单位", "年度", "得分", "等级", "缺项数", "缺失项目"]
_GAP = 2  # tabulate's "simple" format puts two spaces between columns
_PAD = 2  # ... and makes a column at least its header's width plus two
_MIN_MISSING = 30  # the missing-items column gets at least this many columns (most titles fit)
_MIN_FILE = 12
_NARROWEST = 12
_UNLIMITED_MISSING = 60  # output to a file or a pipe


def terminal_width(out) -> int | None:
    """Columns the table may take: ``COLUMNS`` when set, else the terminal's width when
    ``out`` is a terminal, else None (a file or a pipe: no limit)."""
    if os.environ.get("COLUMNS", "").strip().isdigit():
        return int(os.environ["COLUMNS"])
    try:
        if out.isatty():
            return shutil.get_terminal_size((80, 24)).columns
    except (AttributeError, ValueError, OSError):
        pass
    return None


def _missing_pieces(r: ReportResult) -> list[str]:
    """The missing items, each ending with its separator, then the waived ones."""
    labels = missing_labels(r)
    waived = [i.title for i in r.items if i.waived is not None]
    pieces = [t + ITEM_SEPARATOR for t in labels]
    if waived:
        pieces += ["豁免：" + waived[0] + ITEM_SEPARATOR] + [t + ITEM_SEPARATOR for t in waived[1:]]
    warned = [i.title for i in r.items if i.id in r.warnings]
    if warned:
        pieces += ["警示：" + warned[0] + ITEM_SEPARATOR] + [t + ITEM_SEPARATOR for t in warned[1:]]
    if pieces:
        pieces[-1] = pieces[-1].removesuffix(ITEM_SEPARATOR)
    return pieces


def _split(text: str, width: int) -> list[str]:
    """``text`` (one title wider than a line) cut into lines of at most ``width`` columns,
    after a 、 or before a （ where the line has one."""
    lines, cur = [], ""
    for ch in text:
        if cur and display_width(cur + ch) > width:
            cut = max(cur.rfind("、") + 1, cur.rfind("（"))
            if cut <= 0:
                cut = len(cur)
            lines.append(cur[:cut])
            cur = cur[cut:]
        cur += ch
    return lines + [cur]


def wrap_items(pieces: list[str], width: int) -> str:
    """Pieces packed into lines of at most ``width`` columns, breaking only between
    pieces (never inside a title, unless one title alone is wider than a line)."""
    lines: list[str] = []
    cur = ""
    for piece in pieces:
        if cur and display_width(cur + piece) > width:
            lines.append(cur)
            cur = ""
        if not cur and display_width(piece) > width:
            *full, cur = _split(piece, width)
            lines += full
            continue
        cur += piece
    if cur:
        lines.append(cur)
    return "\n".join(lines) or "—"


def elide(text: str, width: int) -> str:
    """``text`` shortened to ``width`` columns by dropping its middle (…): a file name's
    end is the part that tells files apart."""
    if display_width(text) <= width:
        return text
    head, tail = "", ""
    budget = width - 1
    for ch in reversed(text):  # keep the end
        if display_width(ch + tail) > budget * 2 // 3:
            break
        tail = ch + tail
    for ch in text:
        if display_width(head + ch) > budget - display_width(tail):
            break
        head += ch
    return head + "…" + tail


def scorecard_rows(rows: list[ReportResult], width: int | None) -> list[list[str]]:
    """The ranked rows, the file column elided and the missing items wrapped so the
    table fits in ``width`` columns where it can (None: no limit; the missing items
    wrap at ``_UNLIMITED_MISSING`` columns)."""
    table = [
        [str(rank), printable(r.file), printable(r.organization or "—"), str(r.year or "—"), f"{r.score:.1f}", r.grade, str(len(r.missing))]
        for rank, r in ranked(rows)
    ]
    widths = [max([display_width(h) + _PAD] + [display_width(row[k]) for row in table]) for k, h in enumerate(HEADERS[:-1])]
    fixed = sum(widths) + _GAP * len(HEADERS[:-1])
    room = width - fixed if width is not None else _UNLIMITED_MISSING
    if room < _MIN_MISSING:  # give the file column up first, down to a minimum
        file_width = max(_MIN_FILE, widths[1] - (_MIN_MISSING - room))
        room += widths[1] - file_width
        for row in table:
            row[1] = elide(row[1], file_width)
    room = max(room, _NARROWEST)  # a very narrow terminal: long titles are cut after 、 or before （
    for row, (_, r) in zip(table, ranked(rows)):
        row.append(wrap_items([printable(p) for p in _missing_pieces(r)], room))
    return table


def item_rows(r: ReportResult) -> list[list]:
    rows = []
    for i in r.items:
        ev = i.evidence[0].place if i.evidence else ""
        why = i.detail or ""
        if i.waived is not None:
            why = f"豁免：{i.waived.justification}" + (f"（至{i.waived.expires}）" if i.waived.expires else "")
        rows.append([i.title, status_label(i), f"{i.points:g}/{i.max_points:g}", ev, why[:60]])
    return rows


DETAIL_HEADERS = ["项目", "结果", "得分", "依据", "说明"]


def fit_detail(rows: list[list], width: int | None) -> list[list]:
    """Item rows with the 说明 column wrapped to what ``width`` leaves it (at least 20)."""
    if width is None or not rows:
        return rows
    widths = [max([display_width(h) + _PAD] + [display_width(str(row[k])) for row in rows]) for k, h in enumerate(DETAIL_HEADERS[:-1])]
    room = max(width - sum(widths) - _GAP * len(widths), 20)
    return [[*row[:-1], "\n".join(_split(row[-1], room)) if display_width(row[-1]) > room else row[-1]] for row in rows]


class TableWriter(RankedWriter):
    @property
    def keep_evidence(self) -> bool:
        return self.options.detail

    def end(self) -> None:
        w = self.out.write
        width = terminal_width(self.out)
        if self.rows:
            table = scorecard_rows(self.rows, width)
            w(tabulate(table, headers=HEADERS, tablefmt="simple", disable_numparse=True) + "\n")
        if self.options.detail:
            for r in self.rows:
                w(f"\n{printable(r.file)}\n{printable(r.title or '')}  得分 {r.score:.1f}/{r.max_score:g}  {r.grade}\n")
                w(tabulate(fit_detail(item_rows(r), width), headers=DETAIL_HEADERS, tablefmt="simple", disable_numparse=True) + "\n")
        self._comparisons(w)
        if self.errors:
            w(f"\n无法评分的文件（{len(self.errors)}）：\n")
            w(tabulate([[printable(e.file), printable(e.error)] for e in self.errors], headers=["文件", "原因"], tablefmt="simple") + "\n")
        if not self.rows and not self.errors:
            w("没有找到要评分的报告。\n")
        pairs = len(self.copies_found.pairs) if self.copies_found is not None else 0
        w(f"\n规则包：{self.pack.name} {self.pack.version}；评分 {len(self.rows)} 份，出错 {len(self.errors)} 份" + (f"；疑似雷同 {pairs} 对" if pairs else "") + "\n")

    def _comparisons(self, w) -> None:
        """Last year (--previous) and the batch's copies, after the scorecard."""
        compared = [r for _, r in ranked(self.rows) if r.previous is not None]
        if compared:
            w("\n与上年对比：\n")
            rows = [[printable(c) for c in cmp.previous_row(r)] for r in compared]
            w(tabulate(rows, headers=cmp.PREVIOUS_HEADERS, tablefmt="simple", disable_numparse=True) + "\n")
            if self.options.detail:
                for r in compared:
                    lines = cmp.follow_up_lines(r.previous)
                    if lines:
                        w(f"\n{printable(r.file)} ← {printable(r.previous.file)}\n")
                        rows = [[printable(a)[:60], b, printable(c)[:60]] for a, b, c in lines]
                        w(tabulate(rows, headers=["上年项目", "今年", "依据"], tablefmt="simple", disable_numparse=True) + "\n")
        found = self.copies_found
        if found is not None and found.pairs:
            w(f"\n{cmp.copies_title(found)}：\n")
            rows = [[printable(c) for c in row] for row in cmp.copies_rows(found)]
            w(tabulate(rows, headers=cmp.COPIES_HEADERS, tablefmt="simple", disable_numparse=True) + "\n")
