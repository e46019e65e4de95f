"""Plain-text decoding: UTF-8 (BOM or not), UTF-16 with BOM, GB18030/GBK and others.

``utf-8-sig`` is tried first; then a UTF-16 byte-order mark; then
charset-normalizer, whose guess is accepted only when the result is mostly
CJK text.  Nothing falls back to GB18030 blindly (it decodes Big5 and binary
garbage without complaint): undecodable input is a :class:`ReadError`.
"""

from __future__ import annotations

import regex

from .errors import ReadError

_CJK = regex.compile(r"\p{Han}")
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    return b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff")))


def _plausible(text: str) -> bool:
    if not text:
        return True
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    return controls <= max(2, len(sample) // 200)


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode ``data``; returns (text with LF line ends, encoding name)."""
    if not data.strip():
        raise ReadError("文件为空 (empty file)")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return _clean(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError:
            raise ReadError("UTF-16 文件已损坏 (invalid UTF-16)") from None
    if _looks_binary(data):
        raise ReadError("不是文本文件（含二进制数据）(binary data, not text)")
    try:
        text = data.decode("utf-8-sig")
        if _plausible(text):
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
    raise ReadError("无法识别文件编码，或文件不是文本 (unknown encoding or not text)")
