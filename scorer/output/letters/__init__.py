"""``--format letters --out DIR``: one feedback letter (反馈意见) per report, as .docx
(needs python-docx: ``pip install 'scorer[docx]'``).

Each letter is addressed to the report's unit and gives its score and grade, then
every missing item with what to add (the rule's ``message``) and every partly
present item with what to add and the words the report already has.  The texts come
from a template the office can change (:mod:`.template`, ``--letter-template``); the
layout follows the usual register of official letters (GB/T 9704: A4, 仿宋 三号 body,
小标宋 title, 黑体 headings, two-character first-line indent).

Letters are named after the unit (else the input file), made safe and unique by
:func:`scorer.names.safe_stem`, and written atomically with fixed timestamps (same
input, same bytes).  Unreadable files get no letter; they are listed, with every
letter written, in ``反馈意见清单.csv`` in the same folder.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from ...atomic import atomic_write
from ...names import safe_stem, shown
from ...results import ErrorRow, ReportResult
from ..base import FolderWriter
from ..matrix import neutralise, number_text
from .template import LetterTemplate, TemplateError, load_template

SUMMARY_NAME = "反馈意见清单.csv"
_PATH_MARKS = re.compile(r"[/\\.]")
SUMMARY_HEADERS = ["文件", "单位", "得分", "等级", "缺失项数", "反馈意见函", "未出函原因"]

__all__ = ["LettersWriter", "LetterTemplate", "TemplateError", "load_template", "letter_values", "SUMMARY_NAME"]


def letter_values(r: ReportResult, template: LetterTemplate) -> dict[str, str]:
    """The placeholders' values for one report."""
    unit = r.organization or Path(shown(r.file)).stem
    fails = [i for i in r.items if i.id in r.missing and i.status == "fail"]
    partials = [i for i in r.items if i.id in r.missing and i.status == "partial"]
    return {
        "unit": unit,
        "report_title": r.title or f"{unit}{r.year or ''}年度法治政府建设情况报告",
        "year_text": f"{r.year}年度" if r.year else "",
        "score": f"{r.score:.1f}",
        "max_score": number_text(r.max_score),
        "grade": r.grade,
        "missing_count": str(len(fails)),
        "partial_count": str(len(partials)),
        "office": template.office,
        "date": template.date,
    }


class LettersWriter(FolderWriter):
    """Writes the letters into the folder ``out``."""

    requires = ("docx", "docx")  # (module, extra) checked by writer_class()

    def begin(self, pack) -> None:
        super().begin(pack)
        self.template = load_template(getattr(self.options, "letter_template", None))
        self.dir.mkdir(parents=True, exist_ok=True)
        self.used: set[str] = {Path(SUMMARY_NAME).stem.lower()}
        self.summary: list[list] = []

    def report(self, result: ReportResult) -> None:
        from .document import build_letter

        # a unit is a name, not a path: its / \ . must not cut it short
        source = _PATH_MARKS.sub("_", result.organization) if result.organization else result.file
        name = safe_stem(source, self.used) + ".docx"
        data = build_letter(result, self.template, letter_values(result, self.template))
        with atomic_write(self.dir / name, binary=True) as fh:
            fh.write(data)
        self.summary.append([shown(result.file), result.organization, result.score, result.grade, len(result.missing), name, None])

    def error(self, row: ErrorRow) -> None:
        self.summary.append([shown(row.file), None, None, None, None, None, shown(row.error)])

    def end(self) -> None:
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(SUMMARY_HEADERS)
        for row in sorted(self.summary, key=lambda r: r[0]):
            w.writerow(["" if v is None else neutralise(number_text(v) if isinstance(v, (int, float)) else str(v)) for v in row])
        with atomic_write(self.dir / SUMMARY_NAME, binary=True) as fh:
            fh.write(buf.getvalue().encode("utf-8-sig"))
