"""Read a submitted file: bytes → text.

``read_document(path)`` returns a :class:`Document` (the report text with LF
line ends) or raises :class:`ReadError` with a reason a clerk understands.
Each format has its own module; heavy libraries (python-docx, pypdfium2,
beautifulsoup4, striprtf, opencc) are imported only when a file of that format is read.
Binary Word (.doc) and WPS (.wps) files are not read: they are error rows saying
how to convert them (a .wps or .doc that is really a .docx or RTF is read).

Dispatch is by suffix; a file whose content is unmistakably PDF or Word (a
``.txt`` that is really a ``.docx``, say) is read as what it is.  Every format
must yield some Chinese text: fewer than :data:`~scorer.reading.chinese.MIN_HAN`
Han characters is an error, not a report that scores zero.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath

from .chinese import MIN_HAN, han_count
from .errors import EMPTY, NOT_A_REPORT, NOT_FOUND, TOO_LARGE, UNREADABLE, UNSUPPORTED_TYPE, ReadError
from .text import decode_text, hard_wrapped, unwrapped

MAX_BYTES = 50 * 1024 * 1024  # larger submissions are refused, not read into memory
NOT_REGULAR = "不是普通文件（管道、设备或套接字），不读取 (not a regular file: FIFO, device or socket)"
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)

TEXT_SUFFIXES = (".txt", ".text", ".md")
SUPPORTED = (*TEXT_SUFFIXES, ".docx", ".doc", ".wps", ".pdf", ".ofd", ".rtf", ".html", ".htm")

# document formats that are not read: an error row says to save them as .docx or PDF
_CONVERT = {
    ".odt": "OpenDocument",
    ".pages": "Pages",
    ".dot": "Word 模板",
    ".dotx": "Word 模板",
    ".docm": "启用宏的 Word 文档",
}
CONVERTIBLE = (".odt", ".pages", ".docm")  # collected from folders (templates are not submissions)
_NOT_A_REPORT = {
    ".xls": "Excel 表格",
    ".xlsx": "Excel 表格",
    ".et": "WPS 表格",
    ".ppt": "演示文稿",
    ".pptx": "演示文稿",
    ".jpg": "图片",
    ".jpeg": "图片",
    ".png": "图片",
    ".gif": "图片",
    ".tif": "图片",
    ".tiff": "图片",
    ".bmp": "图片",
    ".zip": "压缩包",
    ".rar": "压缩包",
    ".7z": "压缩包",
}


@dataclass(frozen=True)
class Document:
    text: str
    source: str  # e.g. "txt/utf-8", "docx", "pdf", "html/gb18030"; "+t2s" when traditional
    # Maps text to simplified Chinese, length-preserving; set when the text is mostly
    # traditional.  A module-level function (scorer.reading.chinese.to_simplified), so
    # the Document stays picklable.
    simplify: Callable[[str], str] | None = None
    # 1-based numbers of lines the file shows as headings without a number in their text
    # (a .docx's heading styles, outline levels, all-bold short paragraphs): hints for
    # the parser, which reads plain text otherwise.
    heading_lines: tuple[int, ...] = ()
    # For a PDF, the 1-based page each line of the text starts on (a paragraph that
    # crosses a page break counts on its first page); empty for other formats.
    pages: tuple[int, ...] = ()

    def page_of(self, line: int) -> int | None:
        """The page the text's 1-based ``line`` starts on, when the file has pages."""
        return self.pages[line - 1] if 0 < line <= len(self.pages) else None


def _sniff(data: bytes) -> str | None:
    """The format the content unmistakably is, whatever the suffix says."""
    head = data[:1024]
    if head.startswith(b"%PDF-"):
        return ".pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return ".docx"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return ".doc"
    if head.startswith(b"{\\rtf"):
        return ".rtf"
    start = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if start.startswith((b"<!doctype html", b"<html")):  # e.g. a web page saved by Word/WPS as .doc
        return ".html"
    return None


def _read_bytes(path: Path) -> bytes:
    try:
        st = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            raise ReadError("快捷方式（符号链接）指向的文件不存在 (broken symbolic link)", NOT_FOUND) from None
        raise ReadError("文件不存在 (file not found)", NOT_FOUND) from None
    except OSError as e:
        raise ReadError(f"无法读取文件 (cannot read: {e.strerror})", UNREADABLE) from None
    if stat.S_ISDIR(st.st_mode):  # what path.is_dir() would say, without a second stat()
        raise ReadError("这是文件夹，不是文件 (is a directory)", NOT_FOUND)
    if not stat.S_ISREG(st.st_mode):  # a FIFO, socket or device: open() or read() could block forever
        raise ReadError(NOT_REGULAR, UNREADABLE)
    size = st.st_size
    if size > MAX_BYTES:
        raise ReadError(f"文件过大：{size // (1024 * 1024)} MB，上限 {MAX_BYTES // (1024 * 1024)} MB (file too large)", TOO_LARGE)
    try:
        # O_NONBLOCK: if the path was replaced by a FIFO since stat(), open() returns at
        # once instead of waiting for a writer, and fstat() below refuses it.
        fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    except PermissionError:
        raise ReadError("没有权限读取该文件 (permission denied)", UNREADABLE) from None
    except OSError as e:
        raise ReadError(f"无法读取文件 (cannot read: {e.strerror})", UNREADABLE) from None
    try:
        with os.fdopen(fd, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fd).st_mode):
                raise ReadError(NOT_REGULAR, UNREADABLE)
            # The size may have changed since stat(): at most MAX_BYTES + 1 bytes are read in
            # all.  Asking for size + 1 first, not MAX_BYTES + 1, because a read of n bytes
            # allocates n bytes before it reads (≈ 15 µs a file for 50 MB); only a file that
            # grew meanwhile needs the second read.
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(MAX_BYTES + 1 - len(data))
    except PermissionError:
        raise ReadError("没有权限读取该文件 (permission denied)", UNREADABLE) from None
    except OSError as e:
        raise ReadError(f"无法读取文件 (cannot read: {e.strerror})", UNREADABLE) from None
    if len(data) > MAX_BYTES:
        raise ReadError(f"文件过大，上限 {MAX_BYTES // (1024 * 1024)} MB (file too large)", TOO_LARGE)
    return data


def _decode(kind: str, data: bytes) -> tuple[str, str, tuple[int, ...], tuple[int, ...]]:
    """(text, source, heading lines, pages of lines) for ``data`` read as ``kind`` (a suffix from SUPPORTED)."""
    if kind == ".docx":
        from .docx import read_docx_document

        text, headings = read_docx_document(data)
        return text, "docx", headings, ()
    if kind == ".doc":
        from .docx import DOC_HELP

        if data.startswith(b"PK\x03\x04"):  # a .docx saved with the old suffix
            return _decode(".docx", data)
        raise ReadError("不支持旧版 Word (.doc) 文件 (legacy .doc not supported)。" + DOC_HELP, UNSUPPORTED_TYPE)
    if kind == ".wps":
        if data.startswith(b"PK\x03\x04"):  # WPS saves .docx content under its own suffix too
            return _decode(".docx", data)
        raise ReadError(
            "不支持旧格式的 WPS 文字（.wps）文件，请用 WPS 打开后另存为 .docx 或 PDF 再提交 (legacy .wps not supported: save as .docx or PDF)",
            UNSUPPORTED_TYPE,
        )
    if kind == ".rtf":
        from .rtf import read_rtf

        return read_rtf(data), "rtf", (), ()
    if kind == ".ofd":
        from .ofd import read_ofd

        return read_ofd(data), "ofd", (), ()
    if kind == ".pdf":
        from .pdf import read_pdf_pages

        text, pages = read_pdf_pages(data)
        return text, "pdf", (), pages
    if kind in (".html", ".htm"):
        from .html import read_html

        text, encoding, headings = read_html(data)
        return text, f"html/{encoding}", headings, ()
    text, encoding = decode_text(data)
    if hard_wrapped(text):  # copied from a printed page: its paragraphs joined again
        return unwrapped(text), f"txt/{encoding}+unwrapped", (), ()
    return text, f"txt/{encoding}", (), ()


# suffix and sniffed content that one reader handles (it tells the two apart itself)
_SAME_READER = ({".doc", ".docx"}, {".html", ".htm"}, {".wps", ".doc"}, {".wps", ".docx"})

_PATH = type(Path())  # PosixPath or WindowsPath


def _check_suffix(suffix: str) -> None:
    """Refuse, before reading a byte, a file type that is not a report."""
    if suffix not in SUPPORTED and suffix != "":
        if suffix in _CONVERT:
            raise ReadError(
                f"不支持 {_CONVERT[suffix]}（{suffix}）文件，请另存为 .docx 或 .pdf 后再提交 "
                f"(unsupported {suffix}: save as .docx or .pdf)",
                UNSUPPORTED_TYPE,
            )
        what = _NOT_A_REPORT.get(suffix)
        if what:
            raise ReadError(
                f"这是{what}（{suffix}），不是报告文档 (not a report document)；支持：{', '.join(SUPPORTED)}", UNSUPPORTED_TYPE
            )
        raise ReadError(f"不支持的文件类型 {suffix}（支持：{', '.join(SUPPORTED)}）(unsupported file type)", UNSUPPORTED_TYPE)


def _document(suffix: str, data: bytes) -> Document:
    """The report text of ``data``, a file whose (checked) suffix is ``suffix``."""
    if not data:
        raise ReadError("文件为空 (empty file)", EMPTY)
    kind = suffix if suffix in SUPPORTED else ".txt"
    sniffed = _sniff(data)
    if sniffed and sniffed != kind and {kind, sniffed} not in _SAME_READER:
        kind = sniffed  # e.g. a PDF saved as .txt: read what it is (.doc/.docx mix-ups are handled by the reader)
    text, source, headings, pages = _decode(kind, data)
    if not text.strip():
        raise ReadError("文件为空，没有文字内容 (empty: no text)", EMPTY)
    if han_count(text, MIN_HAN) < MIN_HAN:
        raise ReadError(f"文件几乎没有中文文字（少于 {MIN_HAN} 个汉字），不像是报告 (almost no Chinese text)", NOT_A_REPORT)
    from .chinese import simplifier_for

    simplify = simplifier_for(text)
    if simplify is not None:
        source += "+t2s"
    return Document(text, source, simplify, headings, pages)


def read_document(path: Path) -> Document:
    if type(path) is not _PATH:  # Path(path) of a path costs ≈ 3 µs, for the same path
        path = Path(path)
    suffix = path.suffix.lower()
    _check_suffix(suffix)
    return _document(suffix, _read_bytes(path))


def read_bytes(name: str, data: bytes) -> Document:
    """Like :func:`read_document` for a file already in memory (an upload): ``name`` is
    only used for its suffix (``/`` and ``\\`` both separate folders; no file is opened)."""
    suffix = PurePosixPath(PureWindowsPath(PurePosixPath(name).name).name).suffix.lower()
    _check_suffix(suffix)
    if len(data) > MAX_BYTES:
        raise ReadError(f"文件过大，上限 {MAX_BYTES // (1024 * 1024)} MB (file too large)", TOO_LARGE)
    return _document(suffix, data)


__all__ = ["Document", "ReadError", "read_bytes", "read_document", "decode_text", "MAX_BYTES", "SUPPORTED", "CONVERTIBLE"]
