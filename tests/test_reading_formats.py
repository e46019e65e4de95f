"""RTF, OFD and WPS submissions: read where a library (or the OFD text layer) allows,
otherwise an error row with a code and what to do — never a file left out of a batch."""

from __future__ import annotations

import io
import sys
import zipfile

import pytest

from scorer import reading
from scorer.batch import collect, run
from scorer.reading.errors import EMPTY, MISSING_EXTRA, UNREADABLE, UNSUPPORTED_TYPE
from scorer.results import ErrorRow, ReportResult

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

LINES = [
    "某县水务局2023年度法治政府建设情况报告",
    "一、主要举措和成效",
    "（一）深入学习贯彻习近平法治思想，把法治建设纳入年度工作要点，召开党组会议专题研究部署。",
    "（二）严格规范公正文明执法，全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度。",
    "二、存在的不足和原因",
    "执法人员专业能力有待提高。",
    "三、下一年度主要安排",
    "加强执法人员培训。",
]


# ---- RTF -------------------------------------------------------------------------


def _rtf_gbk(lines: list[str]) -> bytes:
    """An RTF document as WPS/Word write Chinese: GBK bytes as \\'xx escapes under \\ansicpg936."""
    body = "\\par\n".join("".join(f"\\'{b:02x}" for b in line.encode("gbk")) for line in lines)
    return ("{\\rtf1\\ansi\\ansicpg936\\deff0{\\fonttbl{\\f0\\fnil\\fcharset134 SimSun;}}\\f0\\fs24 " + body + "\\par}").encode("ascii")


def _rtf_unicode(lines: list[str]) -> bytes:
    """The \\uN form (with a ? fallback), as other writers emit it."""
    body = "\\par\n".join("".join(f"\\u{ord(c)}?" for c in line) for line in lines)
    return ("{\\rtf1\\ansi\\uc1 " + body + "\\par}").encode("ascii")


@pytest.mark.parametrize("build", [_rtf_gbk, _rtf_unicode])
def test_rtf_is_read_line_by_line_and_scored(tmp_path, pack, build):
    path = tmp_path / "水务局.rtf"
    path.write_bytes(build(LINES))
    doc = reading.read_document(path)
    assert doc.source == "rtf"
    assert [ln for ln in doc.text.splitlines() if ln.strip()] == LINES
    [result] = list(run([path], pack))
    assert isinstance(result, ReportResult)
    assert result.organization == "某县水务局"


def test_rtf_without_striprtf_names_the_extra(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "striprtf", None)
    monkeypatch.setitem(sys.modules, "striprtf.striprtf", None)
    with pytest.raises(reading.ReadError) as e:
        reading.read_bytes("a.rtf", _rtf_gbk(LINES))
    assert e.value.code == MISSING_EXTRA
    assert "pip install 'scorer[rtf]'" in str(e.value)


# ---- OFD -------------------------------------------------------------------------

NS = 'xmlns:ofd="http://www.ofdspec.org/2016"'


def _text_object(i: int, x: float, y: float, text: str, size: float = 5.0) -> str:
    width = len(text) * size
    return (
        f'<ofd:TextObject ID="{i}" Boundary="{x} {y} {width} {size * 1.4}" Font="3" Size="{size}">'
        f'<ofd:TextCode X="0" Y="{size}" DeltaX="g {len(text) - 1} {size}">{text}</ofd:TextCode></ofd:TextObject>'
    )


def _ofd(pages: list[list[tuple[float, float, str]]], *, doc_root: str = "Doc_0/Document.xml", extra: dict | None = None) -> bytes:
    """A minimal OFD package: OFD.xml → Document.xml → one Content.xml per page."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("OFD.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:OFD {NS} Version="1.0" DocType="OFD">'
                    f"<ofd:DocBody><ofd:DocInfo><ofd:DocID>x</ofd:DocID></ofd:DocInfo><ofd:DocRoot>{doc_root}</ofd:DocRoot></ofd:DocBody></ofd:OFD>")
        refs = "".join(f'<ofd:Page ID="{n + 10}" BaseLoc="Pages/Page_{n}/Content.xml"/>' for n in range(len(pages)))
        zf.writestr("Doc_0/Document.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Document {NS}><ofd:CommonData>'
                    f'<ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:CommonData><ofd:Pages>{refs}</ofd:Pages></ofd:Document>')
        for n, page in enumerate(pages):
            objects = "".join(_text_object(i, x, y, text) for i, (x, y, text) in enumerate(page))
            zf.writestr(f"Doc_0/Pages/Page_{n}/Content.xml", f'<?xml version="1.0" encoding="UTF-8"?><ofd:Page {NS}>'
                        f'<ofd:Content><ofd:Layer ID="1">{objects}</ofd:Layer></ofd:Content></ofd:Page>')
        for name, content in (extra or {}).items():
            zf.writestr(name, content)
    return buf.getvalue()


# A page as a typesetter writes it: the title centred, headings short, a paragraph
# indented and wrapped at the right margin (x 25 … 185 mm), objects not in reading order.
PAGE_1 = [
    (30, 60, "（一）深入学习贯彻习近平法治思想，把法治建设纳入年度工作要点，召开"),
    (25, 68, "党组会议专题研究部署。"),
    (50, 30, "某县水务局2023年度法治政府建设情况报告"),
    (25, 50, "一、主要举措和成效"),
]
PAGE_2 = [
    (25, 30, "二、存在的不足和原因"),
    (30, 40, "执法人员专业能力有待提高，执法记录仪配备不足，需要加强执法执法人员"),
    (25, 48, "培训。"),
    (25, 58, "三、下一年度主要安排"),
    (30, 68, "加强执法人员培训，完善行政执法公示制度。"),
]


def test_ofd_text_layer_lines_in_reading_order_paragraphs_joined(tmp_path, pack):
    path = tmp_path / "水务局.ofd"
    path.write_bytes(_ofd([PAGE_1, PAGE_2]))
    doc = reading.read_document(path)
    assert doc.source == "ofd"
    assert doc.text.splitlines() == [
        "某县水务局2023年度法治政府建设情况报告",
        "一、主要举措和成效",
        "（一）深入学习贯彻习近平法治思想，把法治建设纳入年度工作要点，召开党组会议专题研究部署。",
        "二、存在的不足和原因",
        "执法人员专业能力有待提高，执法记录仪配备不足，需要加强执法执法人员培训。",
        "三、下一年度主要安排",
        "加强执法人员培训，完善行政执法公示制度。",
    ]
    [result] = list(run([path], pack))
    assert isinstance(result, ReportResult) and result.organization == "某县水务局"


def test_ofd_absolute_doc_root_and_text_codes_split_within_a_line(tmp_path):
    page = [(25, 30, "某县水务局2023年度"), (25 + 12 * 5, 30, "法治政府建设情况报告，全面推进依法行政。")]
    data = _ofd([page], doc_root="/Doc_0/Document.xml")
    assert reading.read_bytes("a.ofd", data).text == "某县水务局2023年度法治政府建设情况报告，全面推进依法行政。"


def test_ofd_text_scaled_by_a_ctm_lines_up_with_unscaled_text():
    # the second object writes its text in units 10 times smaller, scaled back by its CTM
    scaled = (
        '<ofd:TextObject ID="9" Boundary="85 25 100 7" CTM="0.1 0 0 0.1 0 0" Font="3" Size="50">'
        '<ofd:TextCode X="0" Y="50" DeltaX="g 17 50">法治政府建设情况报告全面推进依法行政</ofd:TextCode></ofd:TextObject>'
    )
    data = _ofd([[(25, 25, "某县水务局2023年度")]], extra={})
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n).decode() for n in zf.namelist()}
    page = "Doc_0/Pages/Page_0/Content.xml"
    members[page] = members[page].replace("</ofd:Layer>", scaled + "</ofd:Layer>")
    assert reading.read_bytes("a.ofd", _zip(members)).text == "某县水务局2023年度法治政府建设情况报告全面推进依法行政"


def test_ofd_problems_are_error_rows_with_codes(tmp_path, pack):
    cases = {
        "scanned.ofd": (_ofd([[]]), EMPTY, "文字层"),  # pages, no text objects
        "no-root.ofd": (_zip({"Doc_0/Document.xml": "<a/>"}), UNREADABLE, "OFD.xml"),
        "missing-page.ofd": (_without(_ofd([PAGE_1]), "Doc_0/Pages/Page_0/Content.xml"), UNREADABLE, "缺少"),
        "broken-xml.ofd": (_zip({"OFD.xml": "<ofd:OFD><unclosed>"}), UNREADABLE, "XML"),
        "entities.ofd": (_ofd([PAGE_1], extra={"Doc_0/Res.xml": '<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'}), UNREADABLE, "DTD"),
        "not-a-zip.ofd": (b"%%%% not an ofd " * 10, UNREADABLE, "zip"),
    }
    for name, (data, _, _) in cases.items():
        (tmp_path / name).write_bytes(data)
    results = {r.file.rsplit("/", 1)[-1]: r for r in run(collect([tmp_path]).files, pack)}
    assert set(results) == set(cases)
    for name, (_, code, words) in cases.items():
        row = results[name]
        assert isinstance(row, ErrorRow), name
        assert row.code == code, (name, row.error)
        assert words in row.error, (name, row.error)


def _zip(members: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buf.getvalue()


def _without(data: bytes, member: str) -> bytes:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return _zip({n: zf.read(n).decode() for n in zf.namelist() if n != member})


# ---- WPS, .doc and a folder of everything -----------------------------------------


def _docx_bytes(lines: list[str]) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_binary_wps_is_an_error_row_saying_how_to_convert(tmp_path, pack):
    path = tmp_path / "局.wps"
    path.write_bytes(OLE_MAGIC + b"\x00" * 2048)  # the compound-file format of WPS 文字 and Word 97-2003
    [row] = list(run([path], pack))
    assert isinstance(row, ErrorRow)
    assert row.code == UNSUPPORTED_TYPE
    assert "WPS" in row.error and "另存为 .docx" in row.error


def test_wps_holding_docx_content_is_read(tmp_path, pack):
    path = tmp_path / "局.wps"
    path.write_bytes(_docx_bytes(LINES))
    doc = reading.read_document(path)
    assert doc.source == "docx"
    assert [ln for ln in doc.text.splitlines() if ln.strip()] == LINES


def test_every_document_in_a_folder_is_accounted_for(tmp_path, pack):
    (tmp_path / "sub").mkdir()
    files = {
        "a.txt": "\n".join(LINES).encode("utf-8"),
        "b.rtf": _rtf_gbk(LINES),
        "c.ofd": _ofd([PAGE_1, PAGE_2]),
        "d.wps": OLE_MAGIC + b"\x00" * 512,
        "sub/e.doc": OLE_MAGIC + b"\x00" * 512,
        "sub/f.odt": b"PK\x03\x04 opendocument",
        "g.docx": _docx_bytes(LINES),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")  # not a report: not collected
    collected = collect([tmp_path]).files
    assert sorted(p.relative_to(tmp_path).as_posix() for p in collected) == sorted(files)
    results = {p.relative_to(tmp_path).as_posix(): r for p, r in zip(collected, run(collected, pack))}
    scored = {name for name, r in results.items() if isinstance(r, ReportResult)}
    assert scored == {"a.txt", "b.rtf", "c.ofd", "g.docx"}
    for name in ("d.wps", "sub/e.doc", "sub/f.odt"):
        assert results[name].code == UNSUPPORTED_TYPE and "另存为" in results[name].error, name
