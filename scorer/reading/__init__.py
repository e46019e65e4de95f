"""Read a submitted file: bytes → text.

``read_document(path)`` returns the report text (LF line ends) or raises
:class:`ReadError` with a reason a clerk understands.  Each format has its own
module; heavy libraries are imported only when a file of that format is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import ReadError
from .text import decode_text

MAX_BYTES = 50 * 1024 * 1024  # larger submissions are refused, not read into memory

SUPPORTED = (".txt", ".text", ".md")


@dataclass(frozen=True)
class Document:
    text: str
    source: str  # e.g. "txt/utf-8"


def read_document(path: Path) -> Document:
    path = Path(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise ReadError("文件不存在 (file not found)") from None
    except OSError as e:
        raise ReadError(f"无法读取文件 (cannot read: {e.strerror})") from None
    if path.is_dir():
        raise ReadError("这是文件夹，不是文件 (is a directory)")
    if size > MAX_BYTES:
        raise ReadError(f"文件过大：{size // (1024 * 1024)} MB，上限 {MAX_BYTES // (1024 * 1024)} MB (file too large)")
    if suffix in SUPPORTED or suffix == "":
        try:
            data = path.read_bytes()
        except OSError as e:
            raise ReadError(f"无法读取文件 (cannot read: {e.strerror})") from None
        text, encoding = decode_text(data)
        return Document(text, f"txt/{encoding}")
    raise ReadError(f"不支持的文件类型 {suffix}（支持：{', '.join(SUPPORTED)}）")


__all__ = ["Document", "ReadError", "read_document", "decode_text"]
