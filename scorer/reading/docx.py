"""Word ``.docx`` → text: body paragraphs and tables, in document order.

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


# --- automatic list numbering ---------------------------------------------------------
# Word keeps the 一、 of an automatically numbered heading out of the paragraph's text: it is
# computed from numbering.xml when the document is shown.  A reviewer sees it, so the reader
# renders it: the paragraph's w:numPr (direct, or from its style and the styles that style is
# based on) names a list (numId) and a level (ilvl); the list's abstract definition gives
# each level's format (chineseCounting, decimal…), text (%1、 / （%2） / %1.) and start.

_CN_DIGITS = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    """一 … 九十九 (chineseCounting); larger numbers in Arabic digits."""
    if n <= 0 or n >= 100:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional", "taiwaneseCounting"):
        return _chinese(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "lowerLetter" and 0 < n <= 26:
        return chr(ord("a") + n - 1)
    if fmt == "upperLetter" and 0 < n <= 26:
        return chr(ord("A") + n - 1)
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 40:
        tens, ones = divmod(n, 10)
        roman = "x" * tens + ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][ones]
        return roman.upper() if fmt == "upperRoman" else roman
    return str(n)  # decimal, decimalZero, decimalFullWidth … and anything unknown


def _style_chains(document) -> dict[str, list]:
    """For each paragraph style id, its w:style element followed by the styles it is based
    on, nearest first (a cycle ends the chain); {} when the styles cannot be read."""
    from docx.oxml.ns import qn

    try:
        styles = document.styles.element
    except Exception:
        return {}
    by_id = {st.get(qn("w:styleId"), ""): st for st in styles.iterchildren(qn("w:style"))}
    chains: dict[str, list] = {}
    for sid in by_id:
        chain, cur = [], sid
        while cur in by_id and by_id[cur] not in chain:
            chain.append(by_id[cur])
            base = by_id[cur].find(qn("w:basedOn"))
            cur = base.get(qn("w:val"), "") if base is not None else None
        chains[sid] = chain
    return chains


class _Numbering:
    """Renders the number Word shows before each automatically numbered paragraph."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → ilvl → (fmt, text, start)
        self.counters: dict[str, dict[int, int]] = {}  # per abstract list
        self.abstract_of: dict[str, str] = {}
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        try:
            part = document.part.numbering_part
        except Exception:  # no numbering.xml: nothing is numbered automatically
            part = None
        if part is not None:
            self._read_numbering(part.element)
        self._read_styles(document)

    def _read_numbering(self, root) -> None:
        qn = self.qn
        val = qn("w:val")
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iterchildren(qn("w:abstractNum")):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iterchildren(qn("w:lvl")):
                try:
                    ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                    start_el = lvl.find(qn("w:start"))
                    start = int(start_el.get(val, "1")) if start_el is not None else 1
                except ValueError:
                    continue
                fmt_el, text_el = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText"))
                fmt = fmt_el.get(val, "decimal") if fmt_el is not None else "decimal"
                text = text_el.get(val, "") if text_el is not None else ""
                lv[ilvl] = (fmt, text, start)
            abstract[an.get(qn("w:abstractNumId"), "")] = lv
        for num in root.iterchildren(qn("w:num")):
            num_id = num.get(qn("w:numId"), "")
            ref = num.find(qn("w:abstractNumId"))
            aid = ref.get(val, "") if ref is not None else ""
            levels = dict(abstract.get(aid, {}))
            for override in num.iterchildren(qn("w:lvlOverride")):
                try:
                    ilvl = int(override.get(qn("w:ilvl"), "0"))
                except ValueError:
                    continue
                so = override.find(qn("w:startOverride"))
                if so is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    try:
                        levels[ilvl] = (fmt, text, int(so.get(val, "1")))
                    except ValueError:
                        pass
            self.levels[num_id] = levels
            self.abstract_of[num_id] = aid

    def _read_styles(self, document) -> None:
        qn = self.qn
        for sid, chain in _style_chains(document).items():  # a style inherits its base's numbering
            num_id = ilvl = None
            for st in chain:
                ppr = st.find(qn("w:pPr"))
                n, i = self._num_pr(ppr) if ppr is not None else (None, None)
                num_id = n if num_id is None else num_id
                ilvl = i if ilvl is None else ilvl
                if num_id is not None and ilvl is not None:
                    break
            if num_id is not None:
                self.style_num[sid] = (num_id, ilvl)

    def _num_pr(self, ppr) -> tuple[str | None, int | None]:
        qn = self.qn
        num_pr = ppr.find(qn("w:numPr"))
        if num_pr is None:
            return None, None
        n, i = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        num_id = n.get(qn("w:val")) if n is not None else None
        try:
            ilvl = int(i.get(qn("w:val"), "0")) if i is not None else None
        except ValueError:
            ilvl = None
        return num_id, ilvl

    def label(self, p) -> str:
        """The number Word shows before paragraph ``p`` ("" when it has none)."""
        if not self.levels:
            return ""
        qn = self.qn
        ppr = p.find(qn("w:pPr"))
        num_id = ilvl = None
        if ppr is not None:
            num_id, ilvl = self._num_pr(ppr)
            if num_id is None:
                ps = ppr.find(qn("w:pStyle"))
                if ps is not None:
                    num_id, style_ilvl = self.style_num.get(ps.get(qn("w:val"), ""), (None, None))
                    ilvl = style_ilvl if ilvl is None else ilvl
        if num_id is None or num_id == "0":  # numId 0: numbering switched off
            return ""
        ilvl = ilvl or 0
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        fmt, text, _ = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return ""
        counters = self.counters.setdefault(self.abstract_of.get(num_id, num_id), {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new 一、 restarts its （一）
        out = text
        for k in range(ilvl, -1, -1):  # %1 … %9: this level and those above it
            if f"%{k + 1}" in out:
                lk = levels.get(k)
                n = counters.get(k, lk[2] if lk else 1)
                out = out.replace(f"%{k + 1}", _format_number(n, lk[0] if lk else "decimal"))
        return out


class _HeadingStyles:
    """Which paragraphs Word shows as headings without a number in their text: a heading
    style (Heading 1…, 标题 1…, or any style with an outline level), an outline level on
    the paragraph, or a short paragraph set wholly in bold."""

    MAX_CHARS = 30  # longer bold paragraphs are emphasis, not headings

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.heading: set[str] = set()  # style ids, their own or inherited
        self.bold: set[str] = set()
        for sid, chain in _style_chains(document).items():
            for st in chain:
                name_el = st.find(qn("w:name"))
                name = (name_el.get(qn("w:val"), "") if name_el is not None else "").lower()
                ppr, rpr = st.find(qn("w:pPr")), st.find(qn("w:rPr"))
                outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
                if name.startswith(("heading", "标题")) or (outline is not None and outline.get(qn("w:val"), "9") != "9"):
                    self.heading.add(sid)
                if rpr is not None and _on(rpr.find(qn("w:b")), qn):
                    self.bold.add(sid)

    def is_heading(self, p, text: str) -> bool:
        qn = self.qn
        stripped = text.strip()
        if not stripped or stripped.endswith(("。", "；", "：", ":")):
            return False
        ppr = p.find(qn("w:pPr"))
        style = ""
        if ppr is not None:
            ps = ppr.find(qn("w:pStyle"))
            style = ps.get(qn("w:val"), "") if ps is not None else ""
            outline = ppr.find(qn("w:outlineLvl"))
            if outline is not None and outline.get(qn("w:val"), "9") != "9":
                return True
        if style in self.heading:
            return True
        if len(stripped) > self.MAX_CHARS:
            return False
        runs = [r for r in p.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()]
        if not runs:
            return False
        for r in runs:
            rpr = r.find(qn("w:rPr"))
            b = rpr.find(qn("w:b")) if rpr is not None else None
            if b is None and style not in self.bold:
                return False
            if b is not None and not _on(b, qn):
                return False
        return True


def _on(element, qn) -> bool:
    """A toggle property (w:b) that is present and not switched off."""
    return element is not None and element.get(qn("w:val"), "true") not in ("0", "false", "off")


def _block_lines(
    container, document, depth: int = 0, numbering: _Numbering | None = None, headings: _HeadingStyles | None = None,
    heading_lines: list[int] | None = None,
) -> list[str]:
    """Lines of the block content of ``container`` (the body, a table cell, ...), in order.

    Paragraphs give one line each (a manual line break inside one gives more);
    a table row gives one line, its cells joined by a tab.  Content controls
    (w:sdt) are opened up.  With ``headings``, the indexes (into the lines returned)
    of body paragraphs Word shows as unnumbered headings are added to ``heading_lines``.
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
            if headings is not None and heading_lines is not None and not label and headings.is_heading(child, text):
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
        lines = _block_lines(
            document.element.body, document, numbering=_Numbering(document), headings=_HeadingStyles(document),
            heading_lines=marked,
        )  # fmt: skip
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
