"""The one pipeline every entry point scores with: read → parse → evaluate → score.

``scorer score`` (and its worker processes), ``scorer explain``, ``scorer serve``, the
rule tests and :func:`scorer.score_text` all go through a :class:`Pipeline`, so a report
is read, parsed and scored the same way whichever door it came in by::

    from scorer import load_pack
    from scorer.pipeline import Pipeline
    pipeline = Pipeline(load_pack())
    result, report = pipeline.file(Path("a.docx"))     # ErrorRow when unreadable
    result = pipeline.text("某局2023年度法治政府建设情况报告\\n……")
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .document import Report
from .engine import score_report
from .names import shown
from .pack import Pack
from .parse import parse
from .reading import Document, ReadError, read_document
from .reading.errors import EMPTY
from .results import ErrorRow, ReportResult


@dataclass(frozen=True)
class Pipeline:
    """Scoring with one pack (and its waivers, if any)."""

    pack: Pack
    waivers: object = None  # scorer.waivers.Waivers

    def parse(self, text: str, simplify=None, heading_lines=()) -> Report:
        """Text → :class:`~scorer.document.Report`, with the pack's structure vocabulary."""
        return parse(text, simplify, self.pack.spec.structure, heading_lines)

    def document(self, doc: Document, file: str, *, explain: bool = False) -> tuple[ReportResult | ErrorRow, Report | None]:
        """A document read by :mod:`scorer.reading`, scored: the result and the parsed report
        (None for an error row).  A PDF's evidence cites its page."""
        if not doc.text.strip():
            return ErrorRow(file=file, error="文件没有文字内容 (no text)", code=EMPTY), None
        report = self.parse(doc.text, doc.simplify, doc.heading_lines)
        result = score_report(report, self.pack, file, self.waivers, explain=explain)
        if doc.pages:
            cite_pages(result, doc)
        return result, report

    def file(self, path: Path, *, explain: bool = False) -> tuple[ReportResult | ErrorRow, Report | None]:
        """Read and score one file; a file that cannot be read is an error row."""
        try:
            doc = read_document(path)
        except ReadError as e:
            return ErrorRow(file=str(path), error=shown(str(e)), code=e.code), None  # a reason may quote the name
        return self.document(doc, str(path), explain=explain)

    def text(self, text: str, file: str = "<text>", *, explain: bool = False) -> ReportResult:
        """Decoded report text, scored (traditional Chinese matched as simplified)."""
        from .reading.chinese import simplifier_for

        return score_report(self.parse(text, simplifier_for(text)), self.pack, file, self.waivers, explain=explain)


def cite_pages(result: ReportResult, doc: Document) -> None:
    """Give each piece of evidence the page its line starts on (a PDF's)."""
    for item in result.items:
        for ev in item.evidence:
            ev.page = doc.page_of(ev.line)
