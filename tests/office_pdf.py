"""Reports as Word would print them: a .docx with a running header, a page-number
footer (``- N -``), first-line indents and justified paragraphs, turned into a PDF by
LibreOffice (``soffice --headless --convert-to pdf``) when it is installed.

Used by the PDF reader's tests and by ``benchmarks/bench.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

HEADER = "某某县人民政府办公室文件"


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def _page_field(paragraph) -> None:
    """Append a PAGE field (the page number Word fills in) to ``paragraph``."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def fld(kind: str):
        run = paragraph.add_run()
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        run._r.append(el)

    fld("begin")
    run = paragraph.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    fld("separate")
    paragraph.add_run("1")
    fld("end")


def word_docx(paragraphs: list[str], path: Path, *, header: str = HEADER) -> Path:
    """A .docx of ``paragraphs`` laid out like a government report printed from Word."""
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml.ns import qn
    from docx.shared import Pt

    d = docx.Document()
    style = d.styles["Normal"]
    style.font.size = Pt(14)
    # The fonts offices use (仿宋_GB2312, Times New Roman), which LibreOffice has not: it
    # substitutes others, and the quote marks “” come from yet another font — glyphs of
    # several fonts on one line, which extractors may put out of order.
    style.font.name = "Times New Roman"
    style.element.rPr.rFonts.set(qn("w:eastAsia"), "仿宋_GB2312")
    section = d.sections[0]
    section.header.paragraphs[0].text = header
    section.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot = section.footer.paragraphs[0]
    foot.alignment = WD_ALIGN_PARAGRAPH.CENTER
    foot.add_run("- ")
    _page_field(foot)
    foot.add_run(" -")
    for i, text in enumerate(paragraphs):
        p = d.add_paragraph(text)
        if i == 0:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            p.paragraph_format.first_line_indent = Pt(28)
    d.save(str(path))
    return path


def to_pdf(sources: list[Path], outdir: Path, timeout: float = 300) -> list[Path]:
    """Convert ``sources`` (.docx or .txt) to PDF in ``outdir`` with LibreOffice (one process)."""
    exe = soffice()
    if exe is None:
        raise RuntimeError("LibreOffice (soffice) is not installed")
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as profile:  # a private profile: runs never share a lock
        subprocess.run(
            [exe, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf", "--outdir", str(outdir), *map(str, sources)],
            check=True,
            capture_output=True,
            timeout=timeout,
        )
    return [outdir / (Path(s).stem + ".pdf") for s in sources]
