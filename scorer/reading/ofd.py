"""OFD (GB/T 33190, the national standard for fixed-layout e-documents) → text.

An OFD file is a zip of XML parts: ``OFD.xml`` names each document's root
(``DocBody/DocRoot``, e.g. ``Doc_0/Document.xml``), the document lists its pages
(``Pages/Page@BaseLoc``), and each page's ``Content.xml`` holds ``TextObject``
elements (``Boundary="x y w h"`` in millimetres, ``Size`` the font size) whose
``TextCode`` children carry the text and its position (``X``, ``Y`` from the
object's origin).  This reader takes the text layer only: it groups the text
codes of a page into lines by their baseline, orders each line left to right,
and rebuilds paragraphs with the same rules as PDF text
(:func:`scorer.reading.pdf.join_lines`).  Templates (page headers), annotations,
signatures and images are not read.  A scanned OFD without a text layer is an
error row, as a scanned PDF is.

No library is used: the candidates on PyPI (easyofd) convert to PDF/images and
pull in PyMuPDF, onnxruntime and OpenCV-sized dependencies for what is a walk
over three XML files.  The zip goes through the same safety checks as a .docx
(sizes, compression ratios, no DTD or entity declarations).
"""

from __future__ import annotations

import posixpath
import xml.etree.ElementTree as ET
import zipfile

from .docx import check_zip
from .errors import EMPTY, ReadError, TOO_LARGE, UNREADABLE
from .pdf import MAX_PAGES, Line, join_lines

_LABEL = ".ofd"
MAX_PART_BYTES = 16 * 1024 * 1024  # one XML part (a page's content is some 10-200 KB)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _children(element: ET.Element, name: str):
    return (c for c in element if _local(c.tag) == name)


def _descendants(element: ET.Element, name: str):
    return (c for c in element.iter() if _local(c.tag) == name)


def _numbers(value: str | None) -> list[float]:
    out = []
    for token in (value or "").split():
        try:
            out.append(float(token))
        except ValueError:  # DeltaX's "g" (repeat) form and the like
            continue
    return out


def _deltas(value: str | None) -> list[float]:
    """A TextCode's DeltaX: the advances between glyphs, ``g N D`` meaning D repeated N times."""
    tokens, out, i = (value or "").split(), [], 0
    try:
        while i < len(tokens):
            if tokens[i] == "g" and i + 2 < len(tokens):
                out += [float(tokens[i + 2])] * min(int(float(tokens[i + 1])), 10000)
                i += 3
            else:
                out.append(float(tokens[i]))
                i += 1
    except ValueError:
        return []  # malformed: the width is estimated from the characters instead
    return out


def _part(zf: zipfile.ZipFile, names: dict[str, str], path: str) -> ET.Element:
    """The parsed XML part at ``path`` (case-insensitive, leading / ignored)."""
    name = names.get(posixpath.normpath(path.strip().lstrip("/")).lower())
    if name is None:
        raise ReadError(f"不是有效的 .ofd 文件（缺少 {path.strip()}）(damaged OFD: missing part)", UNREADABLE)
    info = zf.getinfo(name)
    if info.file_size > MAX_PART_BYTES:
        raise ReadError(f"拒绝读取：.ofd 中 {name} 过大 (OFD part too large)", TOO_LARGE)
    try:
        return ET.fromstring(zf.read(name))
    except ET.ParseError:
        raise ReadError(f"不是有效的 .ofd 文件（{name} 不是有效的 XML）(damaged OFD part)", UNREADABLE) from None


def _ofd_parts(names: set[str]) -> None:
    if "ofd.xml" not in {n.lower() for n in names}:
        raise ReadError("不是有效的 .ofd 文件（压缩包里没有 OFD.xml）(no OFD.xml in the zip)", UNREADABLE)


def _page_lines(page: ET.Element) -> list[Line]:
    """The page's text lines, top to bottom, each left to right."""
    codes: list[tuple[float, float, float, str, float]] = []  # (baseline y, x0, x1, text, size)
    for obj in _descendants(page, "TextObject"):
        box = _numbers(obj.get("Boundary")) + [0.0, 0.0]
        size = (_numbers(obj.get("Size")) or [3.5])[0] or 3.5
        # CTM "a b c d e f" maps the object's own coordinates (X, Y, DeltaX, Size) into
        # the boundary's; many writers scale text this way.  Rotation is not followed.
        ctm = _numbers(obj.get("CTM"))
        sx, sy, dx, dy = (ctm[0], ctm[3], ctm[4], ctm[5]) if len(ctm) == 6 else (1.0, 1.0, 0.0, 0.0)
        sx, sy = abs(sx) or 1.0, abs(sy) or 1.0
        x = y = 0.0
        for code in _children(obj, "TextCode"):
            text = code.text or ""
            # X/Y are optional after the first code of an object: the text then follows on
            x = (_numbers(code.get("X")) or [x])[0]
            y = (_numbers(code.get("Y")) or [y])[0]
            if not text.strip():
                continue
            deltas = _deltas(code.get("DeltaX"))
            width = sum(deltas[: len(text) - 1]) + size if deltas else sum(size if ord(c) >= 0x2E80 else size / 2 for c in text)
            left = box[0] + dx + sx * x
            codes.append((box[1] + dy + sy * y, left, left + sx * width, text, sy * size))
    codes.sort(key=lambda c: (c[0], c[1]))
    lines: list[Line] = []
    group: list[tuple[float, float, float, str, float]] = []
    for code in codes:
        if group and abs(code[0] - group[0][0]) > 0.5 * group[0][4]:
            lines.append(_line(group))
            group = []
        group.append(code)
    if group:
        lines.append(_line(group))
    return lines


def _line(group: list[tuple[float, float, float, str, float]]) -> Line:
    group = sorted(group, key=lambda c: c[1])
    sizes = sorted(c[4] for c in group)
    return Line("".join(c[3] for c in group), group[0][1], max(c[2] for c in group), sizes[len(sizes) // 2])


def read_ofd(data: bytes) -> str:
    """The text layer of an OFD file, paragraphs rebuilt; raises ReadError."""
    zf = check_zip(data, _LABEL, _ofd_parts)
    with zf:
        names = {posixpath.normpath(n).lower(): n for n in zf.namelist()}
        root = _part(zf, names, "OFD.xml")
        pages: list[list[Line]] = []
        for body in _descendants(root, "DocBody"):
            doc_root = next((e.text for e in _children(body, "DocRoot") if e.text and e.text.strip()), None)
            if doc_root is None:
                continue
            doc_path = posixpath.normpath(doc_root.strip().lstrip("/"))
            document = _part(zf, names, doc_path)
            for page in _descendants(document, "Page"):
                loc = page.get("BaseLoc")
                if not loc:
                    continue
                if len(pages) >= MAX_PAGES:
                    raise ReadError(f"拒绝读取：.ofd 超过 {MAX_PAGES} 页 (too many pages)", TOO_LARGE)
                # BaseLoc is relative to the document's folder (an absolute one starts with /)
                path = loc if loc.startswith("/") else posixpath.join(posixpath.dirname(doc_path), loc)
                pages.append(_page_lines(_part(zf, names, path)))
    if not pages:
        raise ReadError("不是有效的 .ofd 文件（没有页面）(OFD without pages)", UNREADABLE)
    text = join_lines(pages)
    if not text.strip():
        raise ReadError(
            "OFD 文件没有文字层（可能是扫描件），请提供带文字的 OFD、PDF 或 .docx (no text layer: scanned OFD?)", EMPTY
        )
    return text
