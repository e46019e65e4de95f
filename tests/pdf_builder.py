"""Write small PDFs with Chinese text in pure Python, for the reader tests.

No font file is needed: the text is set in a standard CJK font that is not
embedded (``STSong-Light``).  Two encodings, both common in real files:

* ``"ucs2"``: the predefined CMap ``UniGB-UTF16-H``; extractors map the codes to
  Unicode through the Adobe-GB1 collection;
* ``"identity"``: ``Identity-H`` with glyph ids numbered from 1 and a
  ``/ToUnicode`` CMap, the way Word and WPS write PDFs (with the font embedded).

Layout helpers wrap paragraphs at a fixed width with a two-character first-line
indent, the way a report printed from Word looks to an extractor.
"""

from __future__ import annotations

import zlib
from pathlib import Path

PAGE_W, PAGE_H = 595, 842
LEFT, TOP, BOTTOM = 72, 770, 72


def _tounicode(chars: list[str]) -> bytes:
    entries = []
    for i, c in enumerate(chars, 1):
        entries.append(b"<%04X> <%s>" % (i, c.encode("utf-16-be").hex().upper().encode()))
    body = b""
    for k in range(0, len(entries), 100):  # at most 100 entries per bfchar block
        chunk = entries[k : k + 100]
        body += b"%d beginbfchar\n" % len(chunk) + b"\n".join(chunk) + b"\nendbfchar\n"
    return (
        b"/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        b"/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
        b"1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n" + body + b"endcmap\n"
        b"CMapName currentdict /CMap defineresource pop\nend\nend"
    )


def _stream(data: bytes, compress: bool = True) -> bytes:
    if compress:
        data = zlib.compress(data)
        return b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream"
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


def pdf_bytes(
    pages: list[list[tuple[float, float, float, str]]],
    encoding: str = "ucs2",
    image: bool = False,
    locked: bool = False,
) -> bytes:
    """A PDF; each page is a list of (x, y, font size, text) lines (y from the bottom).

    ``image`` puts a small grey picture on every page (a "scanned" page when
    the page has no text).  ``locked`` adds a standard-security /Encrypt
    dictionary that the empty password does not open (the content itself is
    not encrypted, so the file is only good for testing the refusal).
    """
    objs: list[bytes | None] = []

    def add(obj: bytes | None) -> int:
        objs.append(obj)
        return len(objs)

    glyphs: dict[str, int] = {}
    if encoding == "identity":
        for page in pages:
            for _, _, _, text in page:
                for c in text:
                    glyphs.setdefault(c, len(glyphs) + 1)
    font = add(None)
    cidfont = add(None)
    fdesc = add(
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>"
    )
    if encoding == "identity":
        tounicode = add(_stream(_tounicode(list(glyphs))))
        objs[font - 1] = (
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H "
            b"/DescendantFonts [%d 0 R] /ToUnicode %d 0 R >>" % (cidfont, tounicode)
        )
        ordering = b"/Registry (Adobe) /Ordering (Identity) /Supplement 0"
        subtype = b"/CIDFontType2 /CIDToGIDMap /Identity"
    else:
        objs[font - 1] = (
            b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UTF16-H "
            b"/DescendantFonts [%d 0 R] >>" % cidfont
        )
        ordering = b"/Registry (Adobe) /Ordering (GB1) /Supplement 2"
        subtype = b"/CIDFontType0"
    if encoding == "identity":  # ASCII glyphs are half an em wide, like in real fonts
        narrow = b" ".join(b"%d [500]" % gid for c, gid in glyphs.items() if ord(c) < 128)
    else:  # UniGB-UTF16-H maps U+0020..U+007E to the proportional Latin CIDs 1..95
        narrow = b"1 95 500"
    objs[cidfont - 1] = (
        b"<< /Type /Font /Subtype %s /BaseFont /STSong-Light /CIDSystemInfo << %s >> "
        b"/FontDescriptor %d 0 R /DW 1000 /W [%s] >>" % (subtype, ordering, fdesc, narrow)
    )
    img = None
    if image:
        pixels = bytes((x * 16 + y * 8) % 256 for y in range(16) for x in range(16))
        img = add(
            b"<< /Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray "
            b"/BitsPerComponent 8 /Length %d >>\nstream\n" % len(pixels) + pixels + b"\nendstream"
        )
    pages_id = add(None)
    kids = []
    for lines in pages:
        ops = []
        if img:
            ops.append(b"q %d 0 0 %d %d %d cm /Im1 Do Q" % (PAGE_W - 2 * LEFT, PAGE_H - 2 * BOTTOM, LEFT, BOTTOM))
        for x, y, size, text in lines:
            if encoding == "identity":
                code = b"".join(b"%04X" % glyphs[c] for c in text)
            else:
                code = text.encode("utf-16-be").hex().upper().encode()
            ops.append(b"BT /F1 %g Tf %g %g Td <%s> Tj ET" % (size, x, y, code))
        content = add(_stream(b"\n".join(ops)))
        xobj = b" /XObject << /Im1 %d 0 R >>" % img if img else b""
        kids.append(
            add(
                b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 %d 0 R >>%s >> "
                b"/Contents %d 0 R >>" % (pages_id, PAGE_W, PAGE_H, font, xobj, content)
            )
        )
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (
        b" ".join(b"%d 0 R" % k for k in kids),
        len(kids),
    )
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    encrypt = b""
    if locked:
        enc = add(b"<< /Filter /Standard /V 1 /R 2 /O <%s> /U <%s> /P -4 >>" % (b"11" * 32, b"22" * 32))
        encrypt = b" /Encrypt %d 0 R /ID [<%s> <%s>]" % (enc, b"33" * 16, b"33" * 16)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root %d 0 R%s >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, catalog, encrypt, xref)
    return bytes(out)


def char_width(c: str) -> float:
    """Advance width in ems: ASCII is half width."""
    return 0.5 if ord(c) < 128 else 1.0


def layout(paragraphs: list[str], size: float = 12, per_line: int = 36, page_numbers: bool = True):
    """Lay paragraphs out like a printed report: wrapped, first lines indented two characters.

    Chinese characters are one em wide, ASCII half an em.  Returns pages
    for :func:`pdf_bytes`; each page ends with a centred "- n -" page number.
    """
    pages: list[list[tuple[float, float, float, str]]] = [[]]
    y = TOP
    for para in paragraphs:
        para = para.strip()
        if not para:
            continue
        rows, first = [], True
        while para:
            room, n = (per_line - 2 if first else per_line), 0
            while n < len(para) and room >= char_width(para[n]):
                room -= char_width(para[n])
                n += 1
            rows.append(("  " if first else "", para[:n]))
            para, first = para[n:], False
        for indent, row in rows:
            if y < BOTTOM + 2 * size:
                pages.append([])
                y = TOP
            x = LEFT + (2 * size if indent else 0)
            pages[-1].append((x, y, size, row))
            y -= size * 1.5
    if page_numbers:
        for n, page in enumerate(pages, 1):
            page.append((PAGE_W / 2 - size, BOTTOM - size * 2, size, f"- {n} -"))
    return pages


def write_pdf(path: Path, pages, encoding: str = "ucs2", image: bool = False) -> Path:
    Path(path).write_bytes(pdf_bytes(pages, encoding, image))
    return Path(path)
