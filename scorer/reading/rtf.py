"""RTF → text with striprtf (optional extra ``scorer[rtf]``).

RTF is 7-bit text: Chinese arrives as ``\\'xx`` bytes in the code page the file
declares (``\\ansicpg936``, or a font's ``\\fcharset134``) or as ``\\uN`` escapes;
striprtf decodes both.  Raw 8-bit bytes, which some writers emit, are read as
Latin-1 and so cannot break the reader.
"""

from __future__ import annotations

from .errors import ReadError


def read_rtf(data: bytes) -> str:
    try:
        from striprtf.striprtf import rtf_to_text
    except ImportError:
        raise ReadError("读取 RTF 文件需要安装 striprtf：pip install 'scorer[rtf]' (striprtf not installed)") from None
    try:
        text = rtf_to_text(data.decode("latin-1"), errors="replace")
    except Exception as e:  # a malformed group structure, an unknown code page ...
        raise ReadError(f"无法解析 RTF 文件，文件可能已损坏 (cannot parse RTF: {type(e).__name__})") from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
