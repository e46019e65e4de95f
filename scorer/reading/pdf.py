"""PDF → text with pdfplumber, and the clean-up PDF text needs.

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
page are dropped too.

Without layout positions (plain extracted text) the width test compares the
line's display width with the widest width at least two lines share.
"""

from __future__ import annotations

import io
import logging
import time
from dataclasses import dataclass

import regex

from .chinese import MIN_HAN, han_count
from .errors import ReadError

MAX_PAGES = 2000
# Decoded content streams (and form XObjects) of one page and of the whole document: a
# page of dense text is some 5-50 KB; pdfminer interprets about 1 MB a second.
MAX_PAGE_CONTENT_BYTES = 4 * 1024 * 1024
MAX_CONTENT_BYTES = 40 * 1024 * 1024
MAX_SECONDS = 60  # reading one PDF, checked between pages
SCANNED_HAN_PER_PAGE = 20  # fewer Han characters per page than this on average: no text layer

_CJK = r"\p{Han}\u3000-\u303f\uff00-\uffef\u2018\u2019\u201c\u201d\u2014\u2026\u00b7"
_SPACE_BETWEEN = regex.compile(rf"(?<=[{_CJK}])[ \t\u00a0]+(?=[{_CJK}\d])|(?<=[{_CJK}\d])[ \t\u00a0]+(?=[{_CJK}])")
_HEADING = regex.compile(
    r"^\s*(?:第[一二三四五六七八九十]{1,3}(?:部分|章|节)"
    r"|[一二三四五六七八九十]{1,3}\s*[、.．]"
    r"|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]"
    r"|\d{1,2}\s*[、.．](?!\d)"
    r"|[①-⑳])"
)
_SENTENCE_END = regex.compile(r"[。！？；：!?;:][”’」』）)]?\s*$")
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


_WIDE = frozenset("“”‘’—…·")  # full width in Chinese fonts


def _width(text: str) -> int:
    """Display width: wide (CJK) characters count 2."""
    return sum(2 if ord(c) >= 0x2E80 or c in _WIDE else 1 for c in text)


def _margin(values: list[float], largest: bool) -> float:
    """The outermost position at least two lines share (one stray line does not set a margin)."""
    counts: dict[int, int] = {}
    for v in values:
        counts[round(v)] = counts.get(round(v), 0) + 1
    shared = [v for v, n in counts.items() if n >= 2]
    pool = shared or [round(v) for v in values]
    return float(max(pool) if largest else min(pool))


def _line_flags(lines: list[Line]) -> list[tuple[bool, bool, bool]]:
    """For each non-empty line: (ends short of the right margin, starts indented, has positions).

    Margins are measured over the whole document, so a last page with three
    short lines is judged like the others.
    """
    if lines and all(ln.x0 is not None and ln.x1 is not None for ln in lines):
        right = _margin([ln.x1 for ln in lines], largest=True)
        left = _margin([ln.x0 for ln in lines], largest=False)
        out = []
        for ln in lines:
            size = ln.size or 10.0
            # a clause may end a paragraph only one character short of the margin
            slack = 0.5 if _SENTENCE_END.search(ln.text) else 1.5
            out.append((right - ln.x1 > slack * size, ln.x0 - left > 1.2 * size, True))
        return out
    widths = [_width(ln.text.strip()) for ln in lines]
    full = _margin(widths, largest=True) if widths else 0
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


def _joiner(prev: str, nxt: str) -> str:
    a, b = prev[-1:], nxt[:1]
    if a.isascii() and a.isalpha() and b.isascii() and b.isalpha():
        return " "  # an English word wrapped at the line end
    return ""


def join_lines(pages: list[list[Line]]) -> str:
    """Rebuild paragraphs from extracted lines, page by page (see the module doc).

    A blank line always ends a paragraph.
    """
    lines = [ln for page in pages for ln in _drop_page_numbers(page)]
    filled = [ln for ln in lines if ln.text.strip()]
    flags = dict(zip(map(id, filled), _line_flags(filled)))
    out: list[str] = []
    current = ""
    prev_short = True
    for ln in lines:
        text = _SPACE_BETWEEN.sub("", ln.text.strip())
        if not text:
            if current:
                out.append(current)
            current, prev_short = "", True
            continue
        short, indented, positioned = flags[id(ln)]
        if not current:
            current = text
        elif prev_short or indented or _HEADING.match(text) or (not positioned and _SENTENCE_END.search(current)):
            out.append(current)
            current = text
        else:
            current += _joiner(current, text) + text
        prev_short = short
    if current:
        out.append(current)
    return "\n".join(out)


def tidy_text(text: str) -> str:
    """:func:`join_lines` for plain extracted text (form feeds separate pages)."""
    pages = [[Line(t) for t in page.split("\n")] for page in text.replace("\r\n", "\n").split("\f")]
    return join_lines(pages)


def _page_lines(page) -> list[Line]:
    lines = []
    for ln in page.extract_text_lines(layout=False, strip=True, return_chars=True):
        chars = ln.get("chars") or []
        sizes = sorted(c.get("size", 0) for c in chars if c.get("text", "").strip())
        size = sizes[len(sizes) // 2] if sizes else (ln["bottom"] - ln["top"])
        lines.append(Line(ln["text"], ln["x0"], ln["x1"], size or None))
    return lines


def _inflated_size(stream, limit: int) -> int:
    """The decoded size of a PDF stream, counted up to ``limit + 1`` bytes at most (a
    Flate stream is inflated into a bounded buffer: 100 KB may inflate to 100 MB)."""
    import zlib

    raw = getattr(stream, "rawdata", None)
    if raw is None:  # already decoded
        return len(stream.data or b"")
    filters = stream.get_filters()
    if not filters:
        return len(raw)
    name = getattr(filters[0][0], "name", filters[0][0])
    if name in ("FlateDecode", "Fl"):
        try:
            return len(zlib.decompressobj().decompress(raw, limit + 1))
        except zlib.error:
            return len(raw)  # damaged: pdfminer copes (or fails) with it as before
    return len(stream.get_data() or b"")  # other filters expand far less


def _check_page_content(page, budget: list[int]) -> None:
    """Refuse a page whose content streams (and the form XObjects they draw) inflate
    beyond MAX_PAGE_CONTENT_BYTES, or a document beyond MAX_CONTENT_BYTES in all,
    before pdfminer interprets them (≈ 1 s a MB)."""
    from pdfminer.pdftypes import PDFStream, resolve1

    streams = [resolve1(c) for c in (page.contents or [])]
    seen: set[int] = set()
    pending = [(page.resources, 0)]
    while pending:  # form XObjects, and theirs, a few levels deep
        resources, depth = pending.pop()
        xobjects = resolve1((resolve1(resources) or {}).get("XObject")) if isinstance(resolve1(resources), dict) else None
        if not isinstance(xobjects, dict) or depth > 4:
            continue
        for ref in xobjects.values():
            obj = resolve1(ref)
            if isinstance(obj, PDFStream) and id(obj) not in seen and getattr(obj.get("Subtype"), "name", None) == "Form":
                seen.add(id(obj))
                streams.append(obj)
                pending.append((obj.get("Resources"), depth + 1))
    total = 0
    for stream in streams:
        if not isinstance(stream, PDFStream):
            continue
        limit = min(MAX_PAGE_CONTENT_BYTES - total, budget[0] - total)
        total += _inflated_size(stream, max(0, limit))
        if total > MAX_PAGE_CONTENT_BYTES or total > budget[0]:
            raise ReadError(
                f"PDF 页面内容解压后过大（单页上限 {MAX_PAGE_CONTENT_BYTES // (1024 * 1024)} MB，全文上限 "
                f"{MAX_CONTENT_BYTES // (1024 * 1024)} MB），可能是恶意文件 (PDF content inflates too much)"
            )
    budget[0] -= total


def read_pdf(data: bytes) -> str:
    if not data[:1024].lstrip().startswith(b"%PDF") and b"%PDF-" not in data[:1024]:
        raise ReadError("不是有效的 PDF 文件 (not a PDF)")
    try:
        import pdfplumber
    except ImportError:
        raise ReadError("读取 .pdf 需要安装 pdfplumber：pip install 'scorer[pdf]' (pdfplumber not installed)") from None
    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # font warnings are not the clerk's problem
    pages: list[list[Line]] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if len(pdf.pages) > MAX_PAGES:
                raise ReadError(f"PDF 页数过多（{len(pdf.pages)} 页，上限 {MAX_PAGES} 页）(too many pages)")
            started = time.monotonic()
            budget = [MAX_CONTENT_BYTES]  # inflated content bytes left for the document
            for page in pdf.pages:
                _check_page_content(page.page_obj, budget)
                pages.append(_page_lines(page))
                page.close()  # free the page's layout cache
                if time.monotonic() - started > MAX_SECONDS:
                    raise ReadError(
                        f"PDF 解析时间过长（超过 {MAX_SECONDS} 秒），可能是异常文件 (PDF took too long to read)"
                    )
    except ReadError:
        raise
    except Exception as e:
        # pdfplumber wraps pdfminer's errors: PdfminerException(PDFPasswordIncorrect(...))
        causes = [e, *e.args, e.__cause__, e.__context__]
        names = " ".join(type(c).__name__ for c in causes if isinstance(c, BaseException))
        if "Password" in names or "Encrypt" in names:
            raise ReadError("PDF 已加密，请提供未加密的文件 (encrypted PDF)") from None
        raise ReadError(f"无法解析 PDF 文件，文件可能已损坏 (cannot parse PDF: {type(e).__name__})") from None
    text = join_lines(pages)
    need = max(MIN_HAN, SCANNED_HAN_PER_PAGE * len(pages))
    if han_count(text, need) < need:
        raise ReadError("PDF 没有可提取的文字（可能是扫描件），请提供文字版 (no text layer: scanned PDF?)")
    return text
