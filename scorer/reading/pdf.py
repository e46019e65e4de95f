"""PDF → text with pypdfium2 (PDFium's text layer), and the clean-up PDF text needs.

PDFium gives each page's text in the order it is drawn, with a character box and font
size for every character: ≈ 2-4 ms a page, against 60-100 ms for pdfminer (pdfplumber),
with the same characters; quote marks “” drawn after the rest of their line are put back
in place (:func:`_page_lines`; docs/performance.md).

Extractors break every printed line, so a clause wrapped at the right margin
comes back split in two, and justified text often gets spaces between Chinese
characters.  :func:`join_lines` rebuilds paragraphs: a line break is kept

* before a heading marker (一、 （一） 1. 1、 （1） 第一部分),
* after a line that stops short of the right margin (a heading, the last line
  of a paragraph), and before an indented line (a paragraph's first line);
* when there are no positions, after sentence-ending punctuation (。！？；： and a
  closing quote or bracket after it); with positions, such a line needs to stop
  only half a character short,

and is joined otherwise.  Spaces between two Chinese characters (or a Chinese
character and a digit) are dropped.  Page-number lines at the top or bottom of a
page are dropped too, and so are running headers and footers: a first or last line
of a page that recurs (digits aside) at the same end of at least half the pages,
two at least.  Each line of the text keeps the page its paragraph starts on
(:func:`join_pages`), which evidence cites.

Without layout positions (plain extracted text) the width test compares the
line's display width with the widest width at least two lines share.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

import regex

from ..vocabulary import CN_NUMERALS, ITEM_BEFORE_DATE, cn_number
from .chinese import MIN_HAN, han_count
from .errors import ReadError

MAX_PAGES = 2000
# Inflated content streams, each and in all: a page of dense text is some 5-50 KB;
# PDFium interprets about 10 MB a second.
MAX_PAGE_CONTENT_BYTES = 4 * 1024 * 1024
MAX_CONTENT_BYTES = 40 * 1024 * 1024
MAX_SECONDS = 60  # reading one PDF, checked between pages
SCANNED_HAN_PER_PAGE = 20  # fewer Han characters per page than this on average: no text layer

_CJK = r"\p{Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
# (not before an enumeration, 依法履行职能 一是……: a topic and its body on one line, set apart by a space)
_SPACE_BETWEEN = regex.compile(
    rf"(?:(?<=[{_CJK}])[ \t\u00a0]+(?=[{_CJK}\d])|(?<=[{_CJK}\d])[ \t\u00a0]+(?=[{_CJK}]))(?![{CN_NUMERALS}]{{1,3}}是)"
)
_HEADING = regex.compile(
    rf"^\s*(?:第[{CN_NUMERALS}]{{1,3}}(?:部分|章|节)"
    rf"|[{CN_NUMERALS}]{{1,3}}\s*[、.．]"
    rf"|[（(]\s*[{CN_NUMERALS}\d]{{1,3}}\s*[)）]"
    rf"|\d{{1,2}}\s*(?:[、.．](?!\d)|[.．]{ITEM_BEFORE_DATE})"  # 1.2025年工作情况, 3.4月…; not 1.5
    r"|[①-⑳])"
)
# 一是…… opening a line after a heading that filled its line (一、……有关情况 / 一是……): a new paragraph
_ENUMERATION = regex.compile(rf"^\s*[{CN_NUMERALS}]{{1,3}}是")
_SENTENCE_END = regex.compile(r"[。！？；：!?;:][”’」』）)]?\s*$")
# Without positions, a full line that ends a sentence ends its paragraph; one that ends a clause
# (……需要一个过程； / 主观上……) goes on
_CLAUSE_PUNCT = regex.compile(r"[，,。；;：:！!？?]")
_PARAGRAPH_END = regex.compile(r"[。！？!?][”’」』）)]?\s*$")
# A numbered list inside a paragraph (……短板：（一）……；（二）……) whose next marker lands at the start of
# a line: the marker goes on the paragraph when the one before it is inside that paragraph.
_LIST_MARKER = regex.compile(rf"^\s*(?P<open>[（(]\s*)?(?P<num>[{CN_NUMERALS}]{{1,3}}|\d{{1,2}})(?(open)\s*[)）]|\s*[、.．])")
_AFTER_PUNCT = r"(?<=[：:；;。，,！!？?\s])"
_PAGE_NUMBER = regex.compile(
    r"^\s*(?:[-—–－_]+\s*)?(?:第\s*)?(?:\d{1,4}|[ivxlcIVXLC]{1,6})\s*(?:页)?"
    r"(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?\s*(?:[-—–－_]+)?\s*$"
)


@dataclass
class Line:
    """One extracted line; positions (PDF points) are optional."""

    text: str
    x0: float | None = None
    x1: float | None = None
    size: float | None = None
    y: float | None = None  # the baseline of its first character


_WIDE = frozenset("“”‘’—…·")  # full width in Chinese fonts


def text_width(text: str) -> int:
    """Display width: wide (CJK) characters count 2."""
    return sum(2 if ord(c) >= 0x2E80 or c in _WIDE else 1 for c in text)


_MARGIN_SHARE = 20  # one line in this many at least sets the right margin (see _line_flags)


def shared_edge(values: list[float], largest: bool, least: int = 2) -> float:
    """The outermost position at least ``least`` lines share (one stray line does not set a margin)."""
    counts: dict[int, int] = {}
    for v in values:
        counts[round(v)] = counts.get(round(v), 0) + 1
    shared = [v for v, n in counts.items() if n >= least]
    pool = shared or [round(v) for v in values]
    return float(max(pool) if largest else min(pool))


_ASCII_RUN = re.compile(r"[A-Za-z0-9.,%/+-]+")
# what may not begin a line (Chinese line breaking): it goes down with the character before it
_OPENING = frozenset("（(“‘《「『【〔[")
_CLOSING = frozenset("，。、；：？！”’）》」』】〕…,.;:?!)]%")


def _first_unit(text: str, size: float) -> float:
    """Width (points) of what a line starts with that could not have been broken: a
    Chinese character, or a run of digits and Latin letters, with the opening
    punctuation before it and the closing punctuation after it."""
    t = text.lstrip()
    opening = 0.0
    while t and t[0] in _OPENING:  # an opening bracket or quote stays with what follows: （4）, “放管服”
        opening += text_width(t[0]) * size / 2
        t = t[1:]
    if not t:
        return opening
    m = _ASCII_RUN.match(t)
    width, i = (0.6 * size * m.end(), m.end()) if m else (float(text_width(t[0])) * size / 2, 1)
    width += opening
    while i < len(t) and t[i] in _CLOSING:
        width += text_width(t[i]) * size / 2
        i += 1
    return width


def _line_flags(lines: list[Line]) -> list[tuple[bool, bool, bool]]:
    """For each non-empty line: (ends short of the right margin, starts indented, has positions).

    Margins are measured over the whole document, so a last page with three
    short lines is judged like the others.  With positions, a line ends short only if
    what the next line starts with would have fitted after it (a left-aligned line
    stops early before a number, or before a character that closing punctuation
    follows); a centred line after a full one of the same size goes on with it (a
    title wrapped in two).
    """
    if lines and all(ln.x0 is not None and ln.x1 is not None for ln in lines):
        # (the right margin shared by one line in twenty at least: in ragged-right text a line or two whose closing
        # punctuation hangs past the others is no margin, and the lines stopping a character short of it are full)
        right = shared_edge([ln.x1 for ln in lines], largest=True, least=max(2, len(lines) // _MARGIN_SHARE))
        left = shared_edge([ln.x0 for ln in lines], largest=False)
        out: list[tuple[bool, bool, bool]] = []
        for k, ln in enumerate(lines):
            size = ln.size or 10.0
            gap, inset = right - ln.x1, ln.x0 - left
            ends_sentence = _SENTENCE_END.search(ln.text)
            # a clause may end a paragraph only one character short of the margin
            short = gap > (0.5 if ends_sentence else 1.5) * size
            if short and k + 1 < len(lines):
                nxt = lines[k + 1]
                short = gap > _first_unit(nxt.text, nxt.size or size) + 0.5 * size
            indented = inset > 1.2 * size
            if indented and k and not out[k - 1][0] and abs(inset - gap) < size:
                prev = lines[k - 1]
                if abs((prev.size or size) - size) < 0.5 and not _SENTENCE_END.search(prev.text):
                    indented = False  # centred, after a full line of the same size
            out.append((short, indented, True))
        return out
    widths = [text_width(ln.text.strip()) for ln in lines]
    full = shared_edge(widths, largest=True) if widths else 0
    # A paragraph's first line is two characters narrower (its indent is lost in plain
    # text), so only a line more than two and a half characters short ends a paragraph.
    return [(full - w > 5, False, False) for w in widths]


def _drop_page_numbers(page: list[Line]) -> list[Line]:
    """The page's lines without page numbers at its top or bottom (and without blank lines there)."""
    lo, hi = 0, len(page)
    while lo < hi and (not page[lo].text.strip() or _PAGE_NUMBER.match(page[lo].text)):
        lo += 1
    while hi > lo and (not page[hi - 1].text.strip() or _PAGE_NUMBER.match(page[hi - 1].text)):
        hi -= 1
    return page[lo:hi]


def _continues_list(paragraph: str, line: str) -> bool:
    """Whether ``line`` opens with the next marker of a list inside ``paragraph`` (not at its
    start): ……短板：（一）……仍有 + （二）乡镇…… is one paragraph, whose line broke before （二）."""
    m = _LIST_MARKER.match(line)
    value = cn_number(m["num"]) if m is not None else None
    if not value or value < 2:
        return False
    numeral = r"\d{1,2}" if m["num"].isdigit() else rf"[{CN_NUMERALS}]{{1,3}}"  # the line's own kind of numeral
    marker = rf"[（(]\s*({numeral})\s*[)）]" if m["open"] else rf"({numeral})\s*[、.．](?!\d)"
    # the list's markers inside the paragraph: after punctuation or a space (not 统一、 or 第（一）项)
    inside = {cn_number(n) for n in regex.findall(_AFTER_PUNCT + marker, paragraph)}
    return value - 1 in inside and value not in inside


def _cut_mid_sentence(paragraph: str) -> bool:
    """Whether ``paragraph`` (prose: it holds a 。 or a ；) was cut inside a word at its last line's
    end: its last character is no punctuation, so a marker opening the next line (……公示渠道单 +
    一、时间安排……) is the rest of that word, not a heading."""
    return paragraph[-1:] not in _CLOSING and ("。" in paragraph or "；" in paragraph)


_RESIZED = 0.25  # a change of type size (of the smaller) between two lines that starts a new paragraph
# lines of a signature block that stand alone, whatever their width: a distribution line, a publication note,
# and the signing date itself (right-aligned, it reaches the margin)
_OWN_LINE = re.compile(r"(?:抄送|主送|抄报|印发)[：:]|[（(]此件")
# the document's first paragraph when it is a title (its lines joined, no clause punctuation, ending on 报告), or the
# first after a letterhead's short lines (a document number: 某政报〔2025〕6号): the next line starts the opening or the
# recipient line, however wide the title and unindented the paragraph after it
_TITLE = regex.compile(r"[^，。；：！？,;:!?、]{6,80}(?:报告|总结)[）)]?")
_LETTERHEAD = 3  # lines of a letterhead before the title, none of them a sentence (unit, 文件, document number)


def _before_opening(out: list[str]) -> bool:
    """Whether the paragraphs so far (``out``) are at most a letterhead's few lines, none a sentence."""
    return len(out) <= _LETTERHEAD and not any(_CLAUSE_PUNCT.search(p) for p in out)
_DATE_ALONE = re.compile(r"(?:20\d{2}|二[〇零○◯O][〇零○◯O一二三四五六七八九]{2})年[\d一二三四五六七八九十]{1,3}月[\d一二三四五六七八九十]{1,3}日")


def _joiner(prev: str, nxt: str) -> str:
    a, b = prev[-1:], nxt[:1]
    if a.isascii() and a.isalpha() and b.isascii() and b.isalpha():
        return " "  # an English word wrapped at the line end
    return ""


_DIGITS = re.compile(r"\d+")


def _drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without their running header and footer: a page's first (or last) line whose
    text, digits aside, is the first (or last) line of at least half the pages, two at least."""
    if len(pages) < 2:
        return pages

    def key(line: Line) -> str:
        return _DIGITS.sub("#", "".join(line.text.split()))

    need = max(2, (len(pages) + 1) // 2)
    for end in (0, -1):
        counts: dict[str, int] = {}
        for page in pages:
            if page:
                counts[key(page[end])] = counts.get(key(page[end]), 0) + 1
        running = {k for k, n in counts.items() if n >= need and k}
        if running:
            pages = [(page[1:] if end == 0 else page[:-1]) if page and key(page[end]) in running else page for page in pages]
    return pages


def _rejoin_pieces(page: list[Line]) -> list[Line]:
    """The page's lines with the pieces of one line the text layer broke apart joined again: a line on the baseline of
    the one before it that starts where that one ends, within :data:`_PIECE_GAP` of it, in the same type size (a
    right-aligned signing date drawn a font at a time: 2026 / 年 / 3 / 月25 / 日 is 2026年3月25日)."""
    out: list[Line] = []
    for line in page:
        prev = out[-1] if out else None
        if (
            prev is not None and line.text.strip() and prev.text.strip() and None not in (line.x0, prev.x1, line.y, prev.y)
            and abs(line.y - prev.y) < 1.0 and 0 <= line.x0 - prev.x1 <= _PIECE_GAP and line.size == prev.size
        ):
            out[-1] = Line(prev.text.rstrip() + line.text.lstrip(), prev.x0, line.x1, prev.size, prev.y)
        else:
            out.append(line)
    return out


_PIECE_GAP = 4.0  # points between the pieces of one line (a character's spacing; a new line starts left of the last's end)


def join_pages(pages: list[list[Line]]) -> tuple[str, tuple[int, ...]]:
    """Rebuild paragraphs from extracted lines, page by page (see the module doc): the
    text, and for each of its lines the 1-based page its paragraph starts on.

    A blank line always ends a paragraph.
    """
    pages = [_drop_page_numbers(page) for page in _drop_running_lines([_drop_page_numbers(_rejoin_pieces(page)) for page in pages])]
    lines = [(ln, number) for number, page in enumerate(pages, 1) for ln in page]
    filled = [ln for ln, _ in lines if ln.text.strip()]
    flags = dict(zip(map(id, filled), _line_flags(filled)))
    out: list[str] = []
    starts: list[int] = []
    current = ""
    page_of_current = 0
    prev_short = True
    prev_size = None
    for ln, number in lines:
        text = _SPACE_BETWEEN.sub("", ln.text.strip())
        if not text:
            if current:
                out.append(current)
                starts.append(page_of_current)
            current, prev_short = "", True
            continue
        short, indented, positioned = flags[id(ln)]
        # a line of another type size (a title in 18 pt over the text in 11 pt) is no line of the same paragraph
        resized = positioned and ln.size and prev_size and abs(ln.size - prev_size) >= _RESIZED * min(ln.size, prev_size)
        prev_size = ln.size
        if not current:
            current, page_of_current = text, number
        elif (
            prev_short
            or resized
            or _OWN_LINE.match(text)  # 抄送：…… under the date, right-aligned up to the margin
            or _DATE_ALONE.fullmatch(current)
            or (_before_opening(out) and _TITLE.fullmatch(current))
            or indented
            or (
                (_HEADING.match(text) or (not positioned and _PARAGRAPH_END.search(current)))
                and not _continues_list(current, text)
                and not _cut_mid_sentence(current)
            )
            or (_ENUMERATION.match(text) and _HEADING.match(current) and "。" not in current)
            # a short line with no punctuation after a sentence that reached the margin: a heading
            # (……报告如下。 + 2025年主要工作及成效), not the end of that paragraph
            or (positioned and short and _PARAGRAPH_END.search(current) and not _CLAUSE_PUNCT.search(text))
        ):
            out.append(current)
            starts.append(page_of_current)
            current, page_of_current = text, number
        else:
            current += _joiner(current, text) + text
        prev_short = short
    if current:
        out.append(current)
        starts.append(page_of_current)
    return "\n".join(out), tuple(starts)


def join_lines(pages: list[list[Line]]) -> str:
    """The text of :func:`join_pages`."""
    return join_pages(pages)[0]


def tidy_text(text: str) -> str:
    """:func:`join_lines` for plain extracted text (form feeds separate pages)."""
    pages = [[Line(t) for t in page.split("\n")] for page in text.replace("\r\n", "\n").split("\f")]
    return join_lines(pages)


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def _page_lines(textpage, raw) -> list[Line]:
    """The page's lines as PDFium's text layer gives them, each with its left and right
    edge (the loose box: the character's advance, not its ink, so a line ending in 。
    reaches the margin) and its font size.

    PDFium keeps the characters of a line in the order the file draws them.  A line set
    in several fonts — Chinese in one, digits and the quote marks “” in another, as
    Word, WPS and LibreOffice write when a font lacks those glyphs — is drawn one font at
    a time, so its quote marks would come out at the end of the line (“放管服” as
    放管服“”).  A line whose characters do not go left to right is put in the order of
    their positions.  Without a one-to-one map from text to characters (characters
    outside the BMP), the lines come without positions.
    """
    import ctypes

    text = textpage.get_text_range()
    if len(text) != textpage.count_chars():
        return [Line(t) for t in _LINE_BREAK.split(text)]
    tp = textpage.raw
    box = raw.FS_RECTF()
    x, y = ctypes.c_double(), ctypes.c_double()
    origin = raw.FPDFText_GetCharOrigin
    edges = tuple(ctypes.c_double() for _ in range(4))
    out: list[Line] = []
    start = 0
    for m in [*_LINE_BREAK.finditer(text), None]:
        end = m.start() if m else len(text)
        seg = text[start:end]
        if not seg.strip():
            out.append(Line(seg))
            start = m.end() if m else end
            continue
        order = range(len(seg))
        if not _left_to_right(tp, raw, start, end, edges):  # then look at each character
            xs = []
            for i in range(start, end):
                origin(tp, i, ctypes.byref(x), ctypes.byref(y))
                xs.append(x.value)
            order = sorted(order, key=xs.__getitem__)  # stable: ties keep the drawing order
            seg = "".join([seg[k] for k in order])
        first = len(seg) - len(seg.lstrip())
        last = len(seg.rstrip()) - 1
        raw.FPDFText_GetLooseCharBox(tp, start + order[first], ctypes.byref(box))
        x0 = box.left
        raw.FPDFText_GetLooseCharBox(tp, start + order[last], ctypes.byref(box))
        # generated characters (spaces PDFium puts in) have size 1: take the line's ends'
        size = max(raw.FPDFText_GetFontSize(tp, start + order[first]), raw.FPDFText_GetFontSize(tp, start + order[last]))
        origin(tp, start + order[first], ctypes.byref(x), ctypes.byref(y))
        out.append(Line(seg, x0, box.right, size or None, y.value))
        start = m.end() if m else end
    return out


def _left_to_right(tp, raw, start: int, end: int, edges) -> bool:
    """Whether the characters ``start:end`` go left to right: PDFium's rectangles of the
    range (one per run of characters drawn next to each other, in drawing order) do."""
    import ctypes

    refs = [ctypes.byref(e) for e in edges]
    previous = None
    for i in range(raw.FPDFText_CountRects(tp, start, end - start)):
        raw.FPDFText_GetRect(tp, i, *refs)
        if previous is not None and edges[0].value < previous - 1.0:  # starts left of the last one's end
            return False
        previous = edges[2].value
    return True


# Where a stream's data begins; its dictionary is what precedes it since "obj".
_STREAM = re.compile(rb">>\s*stream\r?\n")
_OBJ = re.compile(rb"\d\s+obj(?![A-Za-z])")
_NOT_CONTENT = re.compile(rb"/Subtype\s*/(?:Image|Type1C|CIDFontType0C|OpenType|XML)|/Length[123](?![0-9])|/Type\s*/(?:XRef|ObjStm|Metadata|EmbeddedFile)")
_FLATE = re.compile(rb"/(?:FlateDecode|Fl)(?![A-Za-z])")


def _check_inflation(data: bytes) -> None:
    """Refuse a PDF whose compressed streams — other than images, fonts and the file's
    own index — inflate beyond MAX_PAGE_CONTENT_BYTES each or MAX_CONTENT_BYTES in all,
    before PDFium interprets them (≈ 10 MB a second; 100 KB may inflate to 100 MB).
    Each stream is inflated into a bounded buffer."""
    import zlib

    budget = MAX_CONTENT_BYTES
    view = memoryview(data)
    for m in _STREAM.finditer(data):
        head = data[max(0, m.start() - 2048) : m.start()]
        objs = list(_OBJ.finditer(head))
        head = head[objs[-1].end() :] if objs else head
        if not _FLATE.search(head) or _NOT_CONTENT.search(head):
            continue
        limit = min(MAX_PAGE_CONTENT_BYTES, budget)
        end = data.find(b"endstream", m.end())  # the stream's own bytes, not the rest of the file
        try:
            size = len(zlib.decompressobj().decompress(view[m.end() : end if end >= 0 else len(data)], limit + 1))
        except zlib.error:
            continue  # damaged: PDFium copes (or fails) with it
        if size > limit:
            raise ReadError(
                f"PDF 页面内容解压后过大（单个内容流上限 {MAX_PAGE_CONTENT_BYTES // (1024 * 1024)} MB，全文上限 "
                f"{MAX_CONTENT_BYTES // (1024 * 1024)} MB），可能是恶意文件 (PDF content inflates too much)"
            )
        budget -= size


def _open(data: bytes):
    try:
        import pypdfium2 as pdfium
        import pypdfium2.raw as raw
    except ImportError:
        raise ReadError("读取 .pdf 需要安装 pypdfium2：pip install 'scorer[pdf]' (pypdfium2 not installed)") from None
    try:
        return pdfium.PdfDocument(data), raw
    except pdfium.PdfiumError as e:
        if "password" in str(e).lower() or "security" in str(e).lower():
            raise ReadError("PDF 已加密，请提供未加密的文件 (encrypted PDF)") from None
        raise ReadError("无法解析 PDF 文件，文件可能已损坏 (cannot parse PDF)") from None


def read_pdf_pages(data: bytes) -> tuple[str, tuple[int, ...]]:
    """The report text of a PDF and, for each of its lines, the (1-based) page it starts on."""
    if not data[:1024].lstrip().startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise ReadError("不是有效的 PDF 文件 (not a PDF)")
    _check_inflation(data)
    pdf, raw = _open(data)
    pages: list[list[Line]] = []
    try:
        if len(pdf) > MAX_PAGES:
            raise ReadError(f"PDF 页数过多（{len(pdf)} 页，上限 {MAX_PAGES} 页）(too many pages)")
        started = time.monotonic()
        for i in range(len(pdf)):
            try:
                page = pdf[i]
                textpage = page.get_textpage()
            except Exception:
                raise ReadError(f"无法解析 PDF 第 {i + 1} 页，文件可能已损坏 (cannot parse PDF page {i + 1})") from None
            try:
                pages.append(_page_lines(textpage, raw))
            finally:
                textpage.close()
                page.close()
            if time.monotonic() - started > MAX_SECONDS:
                raise ReadError(f"PDF 解析时间过长（超过 {MAX_SECONDS} 秒），可能是异常文件 (PDF took too long to read)")
    finally:
        pdf.close()
    text, line_pages = join_pages(pages)
    need = max(MIN_HAN, SCANNED_HAN_PER_PAGE * len(pages))
    if han_count(text, need) < need:
        raise ReadError("PDF 没有可提取的文字（可能是扫描件），请提供文字版 (no text layer: scanned PDF?)")
    return text, line_pages


def read_pdf(data: bytes) -> str:
    """The report text of a PDF (see :func:`read_pdf_pages`)."""
    return read_pdf_pages(data)[0]
