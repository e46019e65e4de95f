"""Plain-text decoding: UTF-8 (BOM or not), UTF-16 (BOM or not), GB18030/GBK and others.

``utf-8-sig`` is tried first; then a UTF-16 byte-order mark; then
charset-normalizer, whose guess is accepted only when the result is mostly
CJK text.  Nothing falls back to GB18030 blindly (it decodes Big5 and binary
garbage without complaint): undecodable input is a :class:`ReadError`.  A
UTF-8 or GB18030 report with a handful of damaged bytes is still read, the
bad bytes shown as U+FFFD (see :func:`_few_bad_bytes`).
"""

from __future__ import annotations

import re

import regex

from .errors import ReadError

_CJK = regex.compile(r"\p{Han}")
# Literal characters only, so the standard library's `re` (cheaper per call than `regex`)
# finds the same.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes([*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _clean(text: str) -> str:
    if "\r" in text:  # most files have LF line ends: skip two copies
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.replace("\ufeff", "").strip():  # str.strip also drops U+3000 and other Unicode spaces
        raise ReadError("文件为空 (empty file)")
    return text


def _is_blank(data: bytes) -> bool:
    """True when ``data`` holds nothing but white space and GB18030 full-width spaces (A1 A1)."""
    # The first byte that is not ASCII white space decides, unless it starts an A1 A1:
    # no pair can be removed across it, so it stays.  Only then is the whole file
    # stripped of its full-width spaces (a copy of it).
    rest = data.lstrip()
    if rest and not rest.startswith(b"\xa1\xa1"):
        return False
    return not data.replace(b"\xa1\xa1", b"").strip()


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    return b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff")))


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 saved without a byte-order mark, or None.

    Its tell: NUL bytes (the high bytes of ASCII characters — digits, line ends) mostly
    at odd offsets (little-endian) or mostly at even ones (big-endian); the other side
    has a few (CJK characters such as 一, U+4E00).  The text must then decode strictly,
    hold no control characters and be mostly Chinese, so binary data with NULs is still
    refused.
    """
    sample = data[:4096]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if len(data) % 2 or not (odd >= 3 * even or even >= 3 * odd):
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    head = text[:20000]
    visible = len(head) - sum(head.count(c) for c in " \t\r\n\u3000")
    if not _plausible(text) or len(_CJK.findall(head)) < max(10, 0.3 * visible):
        return None
    return _clean(text), encoding


def _plausible(text: str) -> bool:
    if not text:
        return True
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    return controls <= max(2, len(sample) // 200)


def _plausible_utf8(text: str, data: bytes) -> bool:
    """``_plausible(text)`` for ``text = data.decode("utf-8-sig")``, counted on the bytes.

    In UTF-8 a byte below 0x80 is always the character itself, so a text that is all
    in the sample has as many control characters as its bytes have control bytes,
    which bytes.translate counts in C (no match object per control character).
    """
    if len(text) > 20000:
        return _plausible(text)
    controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
    return controls <= max(2, len(text) // 200) if text else True


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns (text with LF line ends, encoding name)."""
    if _is_blank(data):  # also GB18030 full-width spaces
        raise ReadError("文件为空 (empty file)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _clean(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError:
            raise ReadError("UTF-16 文件已损坏 (invalid UTF-16)") from None
    if _looks_binary(data):
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise ReadError("不是文本文件（含二进制数据）(binary data, not text)")
    try:
        text = data.decode("utf-8-sig")
        if _plausible_utf8(text, data):
            return _clean(text), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=["gb18030", "big5", "utf_16", "utf_8"]).best()
    if best is None:
        best = from_bytes(data).best()
    if best is not None:
        text = str(best)
        if _plausible(text) and _CJK.search(text):
            return _clean(text), best.encoding
    damaged = _few_bad_bytes(data)
    if damaged is not None:
        return damaged
    raise ReadError("无法识别文件编码，或文件不是文本 (unknown encoding or not text)")


def _bad(data: bytes, encoding: str) -> tuple[str, int]:
    text = data.decode(encoding, errors="replace")
    return text, text.count("\ufffd")


def _few_bad_bytes(data: bytes) -> tuple[str, str] | None:
    """A UTF-8 or GB18030 text with a handful of damaged bytes (shown as U+FFFD), or None.

    Strict decoders refuse a whole report for one truncated character.  UTF-8 is
    self-checking, so a text that is valid but for a few bytes is UTF-8.  For
    GB18030, which decodes almost anything, the text must also be clearly
    worse as Big5, so Big5 is never read as GB18030 garbage.
    """
    utf8, bad = _bad(data.removeprefix(b"\xef\xbb\xbf"), "utf-8")
    allowed = max(3, len(utf8) // 1000)
    if bad <= allowed and _CJK.search(utf8) and _plausible(utf8):
        return _clean(utf8), f"utf-8 ({bad} bad bytes)"
    gb, bad = _bad(data, "gb18030")
    allowed = max(3, len(gb) // 1000)
    if bad <= allowed and _plausible(gb) and _mostly_common_hanzi(gb):
        _, big5_bad = _bad(data, "big5")
        if big5_bad > 3 * bad + 10:
            return _clean(gb), f"gb18030 ({bad} bad bytes)"
    return None


def _mostly_common_hanzi(text: str) -> bool:
    """Most Han characters are among the 3,755 common ones (GB2312 level 1), as in real prose.

    Bytes that are not GB18030 text still decode as GB18030, but to rare characters.
    """
    han = _CJK.findall(text[:20000])
    if len(han) < 20:
        return False
    common = 0
    for c in han:
        try:
            common += 0xB0 <= c.encode("gb2312")[0] <= 0xD7
        except UnicodeEncodeError:
            pass
    return common >= 0.8 * len(han)


# A text copied from a printed page keeps the page's line breaks: most of its lines are as wide
# as the page (within a character) and end in the middle of a sentence.
_WRAP_MIN = 20  # characters of a line that may be a full printed line
_WRAP_LINES = 8  # full lines a wrapped text has at least
_WRAP_SHARE = 0.5  # of the lines of _WRAP_MIN characters or more, at least this share full…
_OPEN_SHARE = 0.6  # …and of those, this share ending inside a sentence
_SENTENCE_ENDS = frozenset("。！？；：!?;:”’）)")


def hard_wrapped(text: str) -> bool:
    """Whether ``text`` keeps the line breaks of a printed page (see above): a .txt copied
    from a PDF, which needs its paragraphs joined again.  A line is full when it is at most
    two and a half characters narrower than the page (the widest lines, as the PDF reader
    measures them)."""
    from .pdf import shared_edge, text_width

    lines = [s for s in (line.strip() for line in text.split("\n") if len(line) >= _WRAP_MIN) if len(s) >= _WRAP_MIN]
    # most texts end nearly every long line with a sentence: no widths to measure
    if sum(s[-1] not in _SENTENCE_ENDS for s in lines) < max(_WRAP_LINES, _OPEN_SHARE * _WRAP_SHARE * len(lines)):
        return False
    widths = [text_width(s) for s in lines]
    page = shared_edge(widths, largest=True)
    full = [s for s, w in zip(lines, widths) if page - w <= 5]
    if len(full) < _WRAP_LINES or len(full) < _WRAP_SHARE * len(lines):
        return False
    return sum(s[-1] not in _SENTENCE_ENDS for s in full) >= _OPEN_SHARE * len(full)


def unwrapped(text: str) -> str:
    """``text`` with the paragraphs of a printed page joined again, as the PDF reader joins
    them (:func:`scorer.reading.pdf.join_pages`, without positions: a line more than two and a
    half characters short of the page ends its paragraph, a heading marker starts one)."""
    from .pdf import Line, join_pages

    return join_pages([[Line(line) for line in text.split("\n")]])[0]
