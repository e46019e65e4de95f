"""Word's automatic list numbering is rendered as a reviewer sees it: the same report as a
.docx with numbered heading styles and as plain text gets the same score and missing items."""

from __future__ import annotations

import io

import pytest

docx = pytest.importorskip("docx")
from docx.oxml import parse_xml  # noqa: E402
from docx.oxml.ns import nsdecls  # noqa: E402

from scorer.engine import score_text  # noqa: E402
from scorer.reading.docx import read_docx  # noqa: E402

LIST = (
    f"<w:abstractNum {nsdecls('w')} w:abstractNumId=\"77\"><w:multiLevelType w:val=\"multilevel\"/>"
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>'
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>'
    "</w:abstractNum>"
)
NUM = f'<w:num {nsdecls("w")} w:numId="77"><w:abstractNumId w:val="77"/></w:num>'

# (level or None, text): level 0 → 一、, 1 → （一）, 2 → 1.
REPORT = [
    (None, "某县农业农村局2023年度法治政府建设情况报告"),
    (None, "2023年，我局坚持依法行政，现将有关情况报告如下："),
    (0, "主要举措和成效"),
    (1, "加强学习培训"),
    (None, "党组中心组专题学法6次，举办执法人员培训班3期，培训120人次，全员参加年度学法考试。"),
    (1, "规范行政执法"),
    (2, "落实三项制度"),
    (None, "公示行政处罚决定46件，执法记录仪全程记录，重大执法决定经法制审核12件。"),
    (2, "发挥法律顾问作用"),
    (None, "聘请常年法律顾问，审查合同38份，出具法律意见书11份。"),
    (1, "推进政务公开"),
    (None, "主动公开政府信息210条，办理依申请公开2件，均按期答复。"),
    (0, "党政主要负责人履行推进法治建设第一责任人职责情况"),
    (None, "局党组书记、局长主持召开党组会议研究法治建设4次，带头讲法治党课1次，年终述法。"),
    (0, "存在的不足和原因"),
    (None, "一是执法人员数量不足，二是普法形式单一。究其原因，主要是编制紧张、培训不够。"),
    (0, "2024年工作计划"),
    (None, "一是完善法律顾问制度。二是开展执法案卷评查。三是深化政务公开。"),
    (None, "某县农业农村局"),
    (None, "2024年2月20日"),
]
MARK = {0: "{cn}、", 1: "（{cn}）", 2: "{n}."}
CN = "〇一二三四五六七八九"


def _as_text() -> str:
    counters = [0, 0, 0]
    lines = []
    for level, text in REPORT:
        if level is None:
            lines.append(text)
            continue
        counters[level] += 1
        for deeper in range(level + 1, 3):
            counters[deeper] = 0
        lines.append(MARK[level].format(cn=CN[counters[level]], n=counters[level]) + text)
    return "\n".join(lines) + "\n"


def _as_docx(by_style: bool) -> bytes:
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(LIST))  # abstract definitions come before w:num
    numbering.append(parse_xml(NUM))
    styles = {}
    if by_style:  # heading styles carry the numbering (as templates do)
        for level in range(3):
            style = document.styles.add_style(f"报告{level + 1}级标题", 1)
            style.element.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>')
            )
            styles[level] = style
    for level, text in REPORT:
        p = document.add_paragraph(text)
        if level is None:
            continue
        if by_style:
            p.style = styles[level]
        else:
            p._p.get_or_add_pPr().append(
                parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="77"/></w:numPr>')
            )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize("by_style", [True, False], ids=["numbered-styles", "numbered-paragraphs"])
def test_automatic_numbering_is_rendered(by_style):
    assert read_docx(_as_docx(by_style)).splitlines() == _as_text().splitlines()


@pytest.mark.parametrize("by_style", [True, False], ids=["numbered-styles", "numbered-paragraphs"])
def test_docx_and_text_score_the_same(pack, by_style):
    as_text = score_text(_as_text(), pack)
    as_docx = score_text(read_docx(_as_docx(by_style)), pack)
    assert as_docx.score == as_text.score
    assert as_docx.missing == as_text.missing
    assert {i.id: i.status for i in as_docx.items} == {i.id: i.status for i in as_text.items}


def test_bullets_and_unnumbered_paragraphs_get_no_number():
    document = docx.Document()
    document.add_paragraph("某局2023年度法治政府建设情况报告")
    document.add_paragraph("要点", style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    assert read_docx(out.getvalue()).splitlines() == ["某局2023年度法治政府建设情况报告", "要点"]


def test_pdf_printed_from_the_numbered_report_scores_the_same(tmp_path, pack):
    """The PDF a reviewer prints from the .docx shows the numbers Word renders: as a PDF
    (laid out and extracted) the report scores as the .docx and its text do."""
    pytest.importorskip("pypdfium2")
    from scorer.reading import read_document

    from .pdf_builder import layout, write_pdf

    path = write_pdf(tmp_path / "report.pdf", layout(_as_text().splitlines()), "identity")
    as_pdf = score_text(read_document(path).text, pack)
    as_docx = score_text(read_docx(_as_docx(by_style=True)), pack)
    assert as_pdf.score == as_docx.score
    assert as_pdf.missing == as_docx.missing


def _styled_docx(paragraphs) -> bytes:
    """(kind, text) paragraphs: kind "h" a Heading 1 paragraph, "b" a paragraph all in bold,
    "" a plain one."""
    document = docx.Document()
    for kind, text in paragraphs:
        if kind == "h":
            document.add_paragraph(text, style="Heading 1")
        elif kind == "b":
            document.add_paragraph().add_run(text).bold = True
        else:
            document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


BODY = "全年组织专题学习四次，开展执法培训三期共120人次，办理行政复议案件12件，主动公开政府信息210条，审查合同30份。"


@pytest.mark.parametrize("kind", ["h", "b"], ids=["heading-style", "bold"])
def test_unnumbered_styled_headings_are_parts(pack, kind):
    from scorer.reading import read_bytes

    data = _styled_docx(
        [("", "某局2023年度法治政府建设情况报告"), (kind, "全面加强党的领导"), ("", BODY * 2), (kind, "依法全面履行职能"), ("", BODY * 2),
         (kind, "存在的问题"), ("", "一是执法人员数量不足，持证率偏低；二是普法形式较为单一。"), (kind, "下一步打算"),
         ("", "一是完善法律顾问制度。二是加强执法人员培训。")]
    )  # fmt: skip
    doc = read_bytes("r.docx", data)
    assert doc.heading_lines == (2, 4, 6, 8)
    result = score_text_of(doc, pack)
    statuses = {i.id: i.status for i in result.items}
    assert statuses["measures_and_results"] == "pass"  # the thematic parts, not the opening
    assert statuses["shortcomings"] == "pass" and statuses["next_year_plan"] == "pass"


def test_bold_emphasis_inside_numbered_parts_is_not_a_part(pack):
    from scorer.reading import read_bytes

    data = _styled_docx(
        [("", "某局2023年度法治政府建设情况报告"), ("", "一、主要举措和成效"), ("b", "典型案例"), ("", BODY * 3),
         ("", "二、存在的问题"), ("", "一是执法人员数量不足，持证率偏低；二是普法形式较为单一。")]
    )  # fmt: skip
    result = score_text_of(read_bytes("r.docx", data), pack)
    statuses = {i.id: i.status for i in result.items}
    assert statuses["numbering_sequence"] == "pass" and statuses["measures_and_results"] == "pass"


def test_several_short_bold_sentences_are_headings_one_alone_is_emphasis():
    # as in a saved web page: 坚持党的领导，法治建设责任压得更实。 / 学法用法氛围更加浓厚。 … written as sentences; one alone,
    # or one stating a figure, is emphasis
    from scorer.reading import read_bytes

    topics = ["坚持党的领导，法治建设责任压得更实。", "学法用法氛围更加浓厚。", "依法决策机制运行更加规范。"]

    def hinted(bold: list[str]) -> tuple[int, ...]:
        paras = [("", "某局2023年度法治政府建设情况报告")]
        for t in bold:
            paras += [("b", t), ("", BODY)]
        return read_bytes("r.docx", _styled_docx(paras + [("b", "全年办理行政复议案件3件。")])).heading_lines

    assert hinted(topics) == (2, 4, 6)
    assert hinted(topics[:1]) == ()


def score_text_of(doc, pack):
    from scorer.batch import score_document

    return score_document(doc, "r.docx", pack)
