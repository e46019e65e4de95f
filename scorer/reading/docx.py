"""Word ``.docx`` → text: body paragraphs and tables, in document order (automatic numbers
and heading styles: :mod:`scorer.reading.docx_numbering`).

The zip container is checked before python-docx sees it: a file that is not a
zip, a damaged zip, a zip bomb (huge declared sizes or absurd compression
ratios) and XML parts carrying DTD / entity declarations are refused without
decompressing anything large.  Python's zipfile never yields more bytes than a
member's declared size, so checking the declared sizes is enough.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable

import regex

from ..vocabulary import STATED_HEADINGS_LEAST
from .docx_numbering import _HeadingStyles, _Numbering
from .errors import ReadError

MAX_UNCOMPRESSED = 200 * 1024 * 1024  # sum of declared member sizes
MAX_RATIO = 200  # uncompressed / compressed, checked for members above RATIO_FLOOR
RATIO_FLOOR = 2 * 1024 * 1024
MAX_MEMBERS = 5000
_XML_HEAD = 65536  # bytes of each XML part inspected for a DOCTYPE (it must precede the root element)

_DTD = regex.compile(r"<!\s*(?:DOCTYPE|ENTITY)", regex.I)
_ELEMENT = regex.compile(r"<[\p{L}_]")
_PROLOG = regex.compile(r"(?:\s+|<\?.*?\?>|<!--.*?-->)*", regex.S)

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
DOC_HELP = (
    "请用 Word 或 WPS 打开后“另存为” .docx，或运行 libreoffice --headless --convert-to docx 文件名.doc"
)


def _xml_text(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", errors="ignore")
    return head.decode("utf-8", errors="ignore").lstrip("\ufeff")


def _has_dtd(head: bytes, complete: bool) -> bool:
    """True when the XML part starting with ``head`` declares a DTD or entities."""
    return _xml_problem(head, complete) == "dtd"


def _xml_problem(head: bytes, complete: bool) -> str | None:
    """Why the XML part starting with ``head`` is refused: ``"dtd"`` (it declares a DTD or
    entities), ``"no_root"`` (no root element where one must be: only the prolog —
    declaration, comments, processing instructions — may precede it, and a prolog
    longer than the inspected head is refused too), or None."""
    text = _xml_text(head)
    if _DTD.search(text):
        return "dtd"
    rest = text[_PROLOG.match(text).end() :]
    if not complete and not _ELEMENT.match(rest):  # the root element is not in sight
        if not rest or rest.startswith(("<!", "<?")):
            return "dtd"  # a prolog longer than the head: it could hide a DOCTYPE
        return "no_root"  # not XML at all (zeros, binary)
    return None


_CT_DEFAULT = regex.compile(r"""<(?:\w+:)?Default\b[^>]*?\bExtension\s*=\s*["']([^"']*)["'][^>]*?\bContentType\s*=\s*["']([^"']*)["']""")
_CT_OVERRIDE = regex.compile(r"""<(?:\w+:)?Override\b[^>]*?\bPartName\s*=\s*["']([^"']*)["'][^>]*?\bContentType\s*=\s*["']([^"']*)["']""")


def _content_types(zf: zipfile.ZipFile, names: set[str]) -> tuple[dict[str, str], dict[str, str]]:
    """(extension → content type, part name → content type) from [Content_Types].xml."""
    if "[Content_Types].xml" not in names:
        return {}, {}
    with zf.open("[Content_Types].xml") as fh:
        text = _xml_text(fh.read(1024 * 1024))
    defaults = {ext.lower(): ct.lower() for ext, ct in _CT_DEFAULT.findall(text)}
    overrides = {name.lstrip("/").lower(): ct.lower() for name, ct in _CT_OVERRIDE.findall(text)}
    return defaults, overrides


def _parsed_as_xml(name: str, head: bytes, defaults: dict[str, str], overrides: dict[str, str]) -> bool:
    """Whether a reader could parse this member as XML: by name, by declared content type
    (images excepted: their parts stay bytes), or, without one, by its first bytes."""
    lower = name.lower()
    if lower.endswith((".xml", ".rels")):
        return True
    ct = overrides.get(lower) or defaults.get(lower.rsplit(".", 1)[-1] if "." in lower.rsplit("/", 1)[-1] else "")
    if ct is not None:
        return "xml" in ct and not ct.startswith("image/")
    start = head.lstrip(b" \t\r\n")
    return start.startswith((b"<", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"))


def check_container(data: bytes) -> zipfile.ZipFile:
    """Open ``data`` as a .docx zip after the safety checks; raises ReadError."""
    if data.startswith(OLE_MAGIC):
        raise ReadError(
            "这是旧版 Word (.doc) 文件或加密的文档，无法直接读取 (legacy .doc or encrypted document)。" + DOC_HELP
        )
    return check_zip(data, ".docx", _word_parts)


def _word_parts(names: set[str]) -> None:
    if not any(n.startswith("word/") for n in names):  # the main part is usually word/document.xml
        if any(n.startswith("xl/") for n in names):
            raise ReadError("这是 Excel 文件，不是 Word 文档 (an .xlsx workbook, not a .docx)")
        if any(n.startswith("ppt/") for n in names):
            raise ReadError("这是演示文稿，不是 Word 文档 (a .pptx presentation, not a .docx)")
        raise ReadError("不是有效的 .docx 文件（压缩包里没有 Word 文档内容）(no word/ part in the zip)")


def check_zip(data: bytes, label: str, expect: Callable[[set[str]], None] | None = None) -> zipfile.ZipFile:
    """Open ``data``, a zip container of XML parts (a ``label`` file: .docx, .ofd), after
    the safety checks: sizes, compression ratios, DTD/entity declarations in any part a
    reader could parse as XML.  ``expect(names)`` raises ReadError when the parts a
    ``label`` file needs are absent; it runs before any member is decompressed."""
    if not data.startswith(b"PK"):
        raise ReadError(f"不是有效的 {label} 文件（不是 zip 压缩包）(not a zip archive)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError):
        raise ReadError(f"不是有效的 {label} 文件（zip 压缩包已损坏或不完整）(damaged or truncated zip)") from None
    if len(infos) > MAX_MEMBERS:
        raise ReadError(f"不是有效的 {label} 文件（压缩包内文件过多：{len(infos)}）(too many zip members)")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise ReadError(
            f"拒绝读取：{label} 解压后达 {total // (1024 * 1024)} MB，超过上限 "
            f"{MAX_UNCOMPRESSED // (1024 * 1024)} MB，可能是恶意压缩包 (zip bomb: uncompressed size too large)"
        )
    for i in infos:
        if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(1, i.compress_size):
            raise ReadError(
                f"拒绝读取：{label} 中 {i.filename} 的压缩比异常（{i.file_size // max(1, i.compress_size)} 倍），"
                "可能是恶意压缩包 (zip bomb: compression ratio too high)"
            )
    names = {i.filename for i in infos}
    if expect is not None:
        expect(names)
    try:
        defaults, overrides = _content_types(zf, names)
    except Exception:
        raise ReadError(f"不是有效的 {label} 文件（[Content_Types].xml 已损坏）(damaged zip member)") from None
    # every member a reader could parse as XML is checked, whatever its name
    for i in infos:
        if i.is_dir():
            continue
        try:
            with zf.open(i) as fh:
                head = fh.read(_XML_HEAD)
        except Exception:  # BadZipFile (CRC), zlib.error, an encrypted member ...
            raise ReadError(f"不是有效的 {label} 文件（{i.filename} 已损坏）(damaged zip member)") from None
        if not _parsed_as_xml(i.filename, head, defaults, overrides):
            continue
        problem = _xml_problem(head, complete=len(head) < _XML_HEAD)
        if problem == "dtd":
            raise ReadError(
                f"拒绝读取：{label} 的 {i.filename} 含有 DTD/实体声明，可能是恶意文件 (XML entity declarations refused)"
            )
        if problem == "no_root":
            raise ReadError(
                f"不是有效的 {label} 文件（{i.filename} 开头 {_XML_HEAD // 1024} KB 内没有 XML 内容，文件已损坏）"
                "(damaged XML part: no root element)"
            )
    return zf


_MAX_NESTING = 16  # tables inside table cells, deeper ones are skipped


def _paragraph_text(p, P, R, SKIP) -> str:
    """Text of the w:p element ``p``.

    Unlike python-docx's ``Paragraph.text`` (direct runs and hyperlinks only),
    runs wrapped in tracked insertions (w:ins), fields (w:fldSimple), smart tags,
    custom XML and inline content controls are kept; tracked deletions and the
    paragraphs of text boxes anchored in this one are left out.
    """
    parts = []
    for r in p.iter(R):
        anc = r.getparent()
        while anc is not None and anc is not p and anc.tag not in SKIP and anc.tag != P:
            anc = anc.getparent()
        if anc is p:
            parts.append(r.text)  # python-docx's CT_R.text: w:t, w:tab, w:br ... as text
    return "".join(parts)


def _block_lines(
    container, document, depth: int = 0, numbering: _Numbering | None = None, headings: _HeadingStyles | None = None,
    heading_lines: list[int] | None = None, stated: list[int] | None = None,
) -> list[str]:
    """Lines of the block content of ``container`` (the body, a table cell, ...), in order.

    Paragraphs give one line each (a manual line break inside one gives more);
    a table row gives one line, its cells joined by a tab.  Content controls
    (w:sdt) are opened up.  With ``headings``, the indexes (into the lines returned)
    of body paragraphs Word shows as unnumbered headings are added to ``heading_lines``, and those of the ones
    written as sentences (:func:`~scorer.reading.chinese.stated_heading`) to ``stated``.
    """
    from docx.oxml.ns import qn

    P, TBL, SDT, SDT_CONTENT = qn("w:p"), qn("w:tbl"), qn("w:sdt"), qn("w:sdtContent")
    TR, TC, VMERGE, VAL = qn("w:tr"), qn("w:tc"), qn("w:vMerge"), qn("w:val")
    R, SKIP = qn("w:r"), frozenset((qn("w:del"), qn("w:moveFrom")))
    lines: list[str] = []
    stack = [iter(container.iterchildren())]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        if child.tag == P:
            text = _paragraph_text(child, P, R, SKIP)
            label = numbering.label(child) if numbering is not None and text.strip() else ""
            if headings is not None and heading_lines is not None and not label:
                shown = headings.is_heading(child, text)
                if shown == "stated":
                    stated.append(len(lines))
                elif shown:
                    heading_lines.append(len(lines))
            lines.append(label + text)
        elif child.tag == TBL:
            if depth >= _MAX_NESTING:
                continue
            for tr in child.iterchildren(TR):
                cells = []
                for tc in tr.iterchildren(TC):
                    tc_pr = tc.find(qn("w:tcPr"))
                    vmerge = tc_pr.find(VMERGE) if tc_pr is not None else None
                    if vmerge is not None and vmerge.get(VAL, "continue") == "continue":
                        continue  # continuation of a vertically merged cell: its text is above
                    inner = _block_lines(tc, document, depth + 1, numbering)  # tabs of a nested table become spaces
                    text = " ".join(s.replace("\t", " ").strip() for s in inner if s.strip())
                    if text:
                        cells.append(text)
                if cells:
                    lines.append("\t".join(cells))
        elif child.tag == SDT:
            content = child.find(SDT_CONTENT)
            if content is not None:
                stack.append(iter(content.iterchildren()))
    return lines


def read_docx(data: bytes) -> str:
    """The text of a .docx (see :func:`read_docx_document`)."""
    return read_docx_document(data)[0]


def read_docx_document(data: bytes) -> tuple[str, tuple[int, ...]]:
    """(text, heading lines): the paragraphs and tables in order, automatic numbers
    rendered, and the 1-based numbers of the lines Word shows as headings without a
    number (heading styles, outline levels, short all-bold paragraphs)."""
    zf = check_container(data)
    zf.close()
    try:
        import docx
    except ImportError:
        raise ReadError("读取 .docx 需要安装 python-docx：pip install 'scorer[docx]' (python-docx not installed)") from None
    try:
        document = docx.Document(io.BytesIO(data))
        marked: list[int] = []
        stated: list[int] = []
        lines = _block_lines(
            document.element.body, document, numbering=_Numbering(document), headings=_HeadingStyles(document),
            heading_lines=marked, stated=stated,
        )  # fmt: skip
        if len(stated) >= STATED_HEADINGS_LEAST:  # (several: the topics' headings; one alone is emphasis)
            marked = sorted(marked + stated)
    except ReadError:
        raise
    except Exception as e:
        raise ReadError(f"无法解析 .docx 文件，文件可能已损坏 (cannot parse .docx: {type(e).__name__})") from None
    lines = [line.replace("\r\n", "\n").replace("\r", "\n") for line in lines]
    first_line, number = [], 1  # the line number each entry of ``lines`` starts at
    for line in lines:
        first_line.append(number)
        number += line.count("\n") + 1
    return "\n".join(lines), tuple(first_line[i] for i in marked)
