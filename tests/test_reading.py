"""Readers: .docx, .pdf, .html, text encodings and traditional Chinese → the same report text."""

from __future__ import annotations

import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from scorer.batch import score_file
from scorer.reading import Document, ReadError, chinese, read_document
from scorer.reading.pdf import Line, join_lines, tidy_text
from scorer.results import ReportResult

from .conftest import SAMPLES
from .pdf_builder import layout, write_pdf

SAMPLE = SAMPLES[0]  # 000_…: a county bureau's 2023 report
EXACT_PDF_SAMPLE = SAMPLES[2]  # 002_…: no double spaces inside paragraphs, so a PDF round trip is exact


def paragraphs(path: Path) -> list[str]:
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]


def verdicts(result) -> list[tuple[str, str, float]]:
    assert isinstance(result, ReportResult), result
    return [(i.id, i.status, i.points) for i in result.items]


def evidence_lines(result) -> list[tuple[str, list[int]]]:
    return [(i.id, [e.line for e in i.evidence]) for i in result.items]


# --------------------------------------------------------------------------- docx


def make_docx(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("某局2023年度法治政府建设情况报告")
    d.add_paragraph("一、主要举措和成效")
    p = d.add_paragraph()
    for run in ("深化“放", "管", "服”改革，推进严格规范公正文明执法。"):  # a keyword split across runs
        p.add_run(run)
    table = d.add_table(rows=3, cols=3)
    for c, text in enumerate(("序号", "指标", "完成情况")):
        table.cell(0, c).text = text
    table.cell(1, 0).text = "1"
    table.cell(1, 1).merge(table.cell(1, 2)).text = "合法性审查率100%"  # spans two grid columns
    table.cell(2, 0).text = "2"
    table.cell(2, 1).text = "行政复议"
    inner = table.cell(2, 2).add_table(rows=1, cols=2)  # a table inside a cell
    inner.cell(0, 0).text = "受理"
    inner.cell(0, 1).text = "12件"
    d.add_paragraph("二、存在的不足和原因")
    d.add_paragraph("")  # empty paragraphs stay empty lines
    d.add_paragraph("第一行\n第二行")  # a manual line break
    d.save(str(path))
    return path


def test_docx_paragraphs_and_tables_in_document_order(tmp_path):
    doc = read_document(make_docx(tmp_path / "报告.docx"))
    assert doc.source == "docx"
    assert doc.text.split("\n") == [
        "某局2023年度法治政府建设情况报告",
        "一、主要举措和成效",
        "深化“放管服”改革，推进严格规范公正文明执法。",
        "序号\t指标\t完成情况",
        "1\t合法性审查率100%",
        "2\t行政复议\t受理 12件",
        "二、存在的不足和原因",
        "",
        "第一行",
        "第二行",
    ]


def test_docx_tracked_changes_fields_and_text_boxes(tmp_path):
    import docx
    from docx.oxml import parse_xml

    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    d = docx.Document()
    p = d.add_paragraph("推进")
    for xml in (
        f'<w:ins {w} w:id="1" w:author="a"><w:r><w:t>严格规范</w:t></w:r></w:ins>',
        f'<w:del {w} w:id="2" w:author="a"><w:r><w:delText>随意</w:delText></w:r></w:del>',
        f'<w:fldSimple {w} w:instr="PAGE"><w:r><w:t>公正</w:t></w:r></w:fldSimple>',
        f'<w:smartTag {w} w:element="x"><w:r><w:t>文明</w:t></w:r></w:smartTag>',
        f'<w:r {w}><w:t>执法</w:t><w:tab/><w:t>。</w:t></w:r>',
        f'<w:r {w}><w:pict><w:txbxContent><w:p><w:r><w:t>文本框</w:t></w:r></w:p></w:txbxContent></w:pict></w:r>',
    ):
        p._p.append(parse_xml(xml))
    d.save(str(tmp_path / "tracked.docx"))
    from scorer.reading.docx import read_docx

    assert read_docx((tmp_path / "tracked.docx").read_bytes()) == "推进严格规范公正文明执法\t。"


def test_docx_of_a_sample_scores_like_the_text(tmp_path, pack):
    import docx

    d = docx.Document()
    for line in SAMPLE.read_text(encoding="utf-8").split("\n"):
        d.add_paragraph(line)
    path = tmp_path / "sample.docx"
    d.save(str(path))
    assert read_document(path).text.rstrip("\n") == SAMPLE.read_text(encoding="utf-8").rstrip("\n")
    a, b = score_file(SAMPLE, pack), score_file(path, pack)
    assert verdicts(a) == verdicts(b) and a.score == b.score


def test_doc_suffix_on_a_real_docx_is_read(tmp_path):
    path = make_docx(tmp_path / "x.docx").rename(tmp_path / "旧名字.doc")
    assert read_document(path).source == "docx"


# --------------------------------------------------------------------------- pdf


@pytest.mark.parametrize("encoding", ["ucs2", "identity"])
def test_pdf_paragraphs_are_rebuilt_exactly(tmp_path, pack, encoding):
    paras = paragraphs(EXACT_PDF_SAMPLE)
    pages = layout(paras)
    assert len(pages) >= 3  # paragraphs cross page breaks; every page has a "- n -" number
    path = write_pdf(tmp_path / "report.pdf", pages, encoding)
    doc = read_document(path)
    assert doc.source == "pdf"
    assert doc.text.split("\n") == paras
    a, b = score_file(EXACT_PDF_SAMPLE, pack), score_file(path, pack)
    assert verdicts(a) == verdicts(b) and a.score == b.score


def test_pdf_of_every_sample_scores_like_the_text(tmp_path, pack):
    for sample in SAMPLES:
        path = write_pdf(tmp_path / f"{sample.stem}.pdf", layout(paragraphs(sample)), "identity")
        assert verdicts(score_file(path, pack)) == verdicts(score_file(sample, pack)), sample.name


def test_pdf_join_keeps_headings_and_short_lines():
    size = 12.0

    def row(text, indent=False, full=True):
        x0 = 72 + (24 if indent else 0)
        return Line(text, x0, 72 + 36 * size if full else x0 + len(text) * size, size)

    pages = [
        [
            Line("某局2023年度法治政府建设情况报告", 150, 150 + 17 * 16, 16),
            row("一、主要举措", indent=True, full=False),
            row("深化“放管服”改革，推进严格规范公", indent=True),
            row("正文明执法。全面推行行政执法三项制度"),
            row("（一）完善制度", indent=True, full=False),
            row("加强规范性文件合法性审核，全年审核文件", indent=True),
            Line("- 1 -", 290, 320, 12),
        ],
        [
            Line("2", 300, 306, 12),  # a bare page number at the top of the page
            row("12件。", full=False),  # the paragraph goes on across the page break
            row("1. 健全依法决策机制", indent=True, full=False),
        ],
    ]
    assert join_lines(pages).split("\n") == [
        "某局2023年度法治政府建设情况报告",
        "一、主要举措",
        "深化“放管服”改革，推进严格规范公正文明执法。全面推行行政执法三项制度",
        "（一）完善制度",
        "加强规范性文件合法性审核，全年审核文件12件。",
        "1. 健全依法决策机制",
    ]


def test_pdf_tidy_plain_extracted_text():
    # what an extractor gives without positions: lines of about the same width, spaces
    # spread through justified lines, page numbers, a form feed between pages
    raw = (
        "一、主要举措和成效\n"
        "深化“放管服”改革，推进严格规范公正文明执法，全面推行行政执\n"
        "法三项制度，法 治 政 府 建设 取得 成效，全年办理 2023 年度\n"
        "复议案件。\n"
        "（一）完善依法行政制度体系，落实 rule of law 要求，审核规\n"
        "范性文件 12 件，清理文件三十件，废止失效文件五件，修改完\n"
        "- 1 -\f第 2 页\n"
        "善。\n"
        "二、存在的不足和原因\n"
    )
    assert tidy_text(raw).split("\n") == [
        "一、主要举措和成效",
        "深化“放管服”改革，推进严格规范公正文明执法，全面推行行政执法三项制度，法治政府建设取得成效，全年办理2023年度复议案件。",
        "（一）完善依法行政制度体系，落实 rule of law 要求，审核规范性文件12件，清理文件三十件，废止失效文件五件，修改完善。",
        "二、存在的不足和原因",
    ]
    # an English word wrapped at the end of a line keeps its space; digits do not get one
    assert tidy_text("the rule of law applies to\nall of them\n") == "the rule of law applies to all of them"
    # a blank line always ends a paragraph
    assert tidy_text("第一段文字第一段文字第一段\n\n第二段文字\n") == "第一段文字第一段文字第一段\n第二段文字"
    assert tidy_text("共办理案件一百二十件，金额12\n345元，均依法办结，无一败诉\n") == "共办理案件一百二十件，金额12345元，均依法办结，无一败诉"


# --------------------------------------------------------------------------- html

GOV_PAGE = """<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>某市司法局2023年度法治政府建设情况报告_某市人民政府门户网站</title>
<script>var menu = "脚本里的中文不应出现";</script><style>.x{}</style></head>
<body>
<div class="top-bar">首页 | 无障碍浏览 | 长者模式 | 登录注册</div>
<div id="nav"><ul><li>首页</li><li>政务公开</li><li>政务服务</li><li>互动交流</li></ul></div>
<div class="breadcrumb">当前位置：首页 &gt; 政务公开 &gt; 法治政府建设</div>
<div class="main">
 <div class="left-sidebar"><h3>相关链接</h3><ul><li>国务院办公厅关于印发有关工作方案的通知</li></ul></div>
 <div class="article">
  <h1>某市司法局2023年度法治政府建设情况报告</h1>
  <div class="info">发布时间：2024-01-20 来源：市司法局 【字号：大 中 小】</div>
  <div id="zoom" class="TRS_Editor">
   <p>　　2023年，市司法局坚持以习近平新时代中国特色社会主义思想为指导，
   深入贯彻落实习近平法治思想。</p>
   <p>　　一、主要举措和成效</p>
   <p>　　（一）加强党的领导。党政主要负责人切实履行推进法治建设第一责任人职责。<br>二是健全<b>制度</b>&nbsp;体系。</p>
   <table><tr><td>指标</td><td>完成情况</td></tr><tr><td>行政复议</td><td>100件</td></tr></table>
   <p>　　二、存在的不足和原因</p>
  </div>
  <div class="bdsharebuttonbox">分享到：微信 微博 QQ空间</div>
 </div>
</div>
<div class="footer">主办单位：某市人民政府办公室 版权所有 备案号：京ICP备12345678号</div>
</body></html>
"""

GOV_PAGE_LINES = [
    "某市司法局2023年度法治政府建设情况报告",
    "2023年，市司法局坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻落实习近平法治思想。",
    "一、主要举措和成效",
    "（一）加强党的领导。党政主要负责人切实履行推进法治建设第一责任人职责。",
    "二是健全制度\xa0体系。",
    "指标\t完成情况",
    "行政复议\t100件",
    "二、存在的不足和原因",
]


def test_html_government_page_keeps_only_the_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_bytes(GOV_PAGE.encode("gb18030"))
    doc = read_document(path)
    assert doc.source == "html/gb18030"
    assert doc.text.split("\n") == GOV_PAGE_LINES


def test_html_title_with_the_sites_name_after_a_bare_hyphen(tmp_path):
    # the site's name in <h1>, the report's title in <h2>, <title> = the title + "-" + the site
    body = "".join(f"<p>第{i}段：本局依法履行职责，推进严格规范公正文明执法，全面提升依法行政水平。</p>" for i in range(6))
    page = (
        "<html><head><title>某县水利局2025年度法治政府建设情况报告-某县人民政府</title></head><body>"
        "<h1>某县人民政府</h1><div class='content'><h2>某县水利局2025年度法治政府建设情况报告</h2>" + body + "</div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    first = read_document(path).text.split("\n")[0]
    assert first == "某县水利局2025年度法治政府建设情况报告"


def test_html_without_container_names_falls_back_to_the_densest_element(tmp_path):
    body = "".join(f"<p>第{i}段：本局依法履行职责，推进严格规范公正文明执法，全面提升依法行政水平。</p>" for i in range(8))
    page = (
        "<html><head><meta charset='utf-8'><title>报告</title></head><body>"
        "<table><tr><td width=200><a href='/'>本站首页链接</a><br><a href='/x'>政务公开栏目</a></td>"
        f"<td><h2>某区2023年法治政府建设年度报告</h2>{body}</td></tr></table>"
        "<div>联系我们　网站地图　地址：某市某路1号</div></body></html>"
    )
    path = tmp_path / "page.htm"
    path.write_text(page, encoding="utf-8")
    lines = read_document(path).text.split("\n")
    assert lines[0] == "某区2023年法治政府建设年度报告"
    assert len(lines) == 9 and "首页" not in "".join(lines) and "网站地图" not in "".join(lines)


def test_html_site_name_is_not_taken_for_the_title_and_bad_bytes_are_tolerated(tmp_path):
    paras = [f"第{i}项工作：依法履行职责，推进严格规范公正文明执法。" for i in range(5)]
    page = (
        "<html><head><meta charset=gbk><title>政务公开_某市人民政府门户网站</title></head><body>"
        "<h1 class='logo'>某市人民政府门户网站</h1><div class='TRS_Editor'>"
        + "".join(f"<p>{p}</p>" for p in paras)
        + "</div></body></html>"
    )
    data = page.encode("gb18030").replace("第3项".encode("gb18030"), "第3".encode("gb18030") + b"\xff", 1)
    path = tmp_path / "page.html"
    path.write_bytes(data)
    doc = read_document(path)
    assert doc.source == "html/gb18030"
    lines = doc.text.split("\n")
    assert lines[0] == paras[0] and len(lines) == 5 and "\ufffd" in lines[3]


def test_html_paragraphs_set_wholly_in_bold_are_heading_hints_as_in_a_docx(tmp_path, pack):
    # <p><strong>把牢方向，抓实学法用法</strong></p>: a heading the page shows, though its text has a comma and no number
    # (the measures part was the preamble's before); a bold lead-in with text after it, or a long bold line, is no hint
    measures = "修订局重大行政决策程序规定，全年作出重大行政决策2项，聘请法律顾问审查合同21份，组织执法人员培训4次、参训120人次。"
    page = (
        "<html><head><meta charset='utf-8'><title>某局2023年度法治政府建设情况报告</title></head><body><div class='content'>"
        "<p><strong>某局2023年度法治政府建设情况报告</strong></p><p>2023年，我局认真贯彻落实上级部署。</p>"
        f"<p><strong>把牢方向，抓实学法用法</strong></p><p><strong>依法决策。</strong>{measures}</p><p>{measures}</p><p>{measures}</p>"
        "<h3>存在的不足</h3><p>一是执法人员不足。二是普法形式单一。主要原因是编制紧张。</p>"
        "<p><b>2024年工作打算</b></p><p>一是开展执法培训4期；二是完善规范性文件审核机制。</p>"
        "<p><strong>这是一段很长的加粗强调文字，用来提醒读者注意本局在执法规范化方面所作的努力</strong></p>"
        "</div></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc = read_document(path)
    lines = doc.text.split("\n")
    hinted = [lines[i - 1] for i in doc.heading_lines]
    assert hinted == ["某局2023年度法治政府建设情况报告", "把牢方向，抓实学法用法", "存在的不足", "2024年工作打算"]
    result = score_file(path, pack)
    assert {i.id: i.status for i in result.items}["measures_and_results"] == "pass"


def test_several_short_bold_sentences_of_their_own_are_headings_one_alone_is_emphasis(tmp_path, pack):
    # <p><strong>学法用法氛围更加浓厚。</strong></p> … : the topics' headings written as sentences, when the page has
    # several with no figure; a single bold sentence, or one stating a figure, is emphasis
    measures = "修订局重大行政决策程序规定，全年作出重大行政决策2项，聘请法律顾问审查合同21份，组织执法人员培训4次、参训120人次。"
    topics = ["坚持党的领导，法治建设责任压得更实。", "学法用法氛围更加浓厚。", "依法决策机制运行更加规范。"]

    def page(bold: list[str]) -> str:
        body = "".join(f"<p><strong>{t}</strong></p><p>{measures}</p>" for t in bold)
        return (
            "<html><head><meta charset='utf-8'><title>某局2023年度法治政府建设情况报告</title></head><body><div class='content'>"
            f"<p>2023年，我局认真贯彻落实上级部署。</p>{body}<p><strong>全年办理行政复议案件3件。</strong></p>"
            "</div></body></html>"
        )

    def hinted(html_text: str) -> list[str]:
        path = tmp_path / "page.html"
        path.write_text(html_text, encoding="utf-8")
        doc = read_document(path)
        lines = doc.text.split("\n")
        return [lines[i - 1] for i in doc.heading_lines]

    assert hinted(page(topics)) == topics
    assert hinted(page(topics[:1])) == []


def test_html_of_a_sample_scores_like_the_text(tmp_path, pack):
    import html

    body = "".join(f"<p>{html.escape(ln)}</p>" for ln in paragraphs(SAMPLE))
    page = f"<html><head><title>报告</title></head><body><div class='nav'>首页 政务公开</div><div class='content'>{body}</div></body></html>"
    path = tmp_path / "sample.html"
    path.write_text(page, encoding="utf-8")
    assert read_document(path).text.split("\n") == paragraphs(SAMPLE)
    assert verdicts(score_file(path, pack)) == verdicts(score_file(SAMPLE, pack))


# --------------------------------------------------------------------------- text encodings


def test_five_encodings_give_identical_results(tmp_path, pack):
    text = SAMPLE.read_text(encoding="utf-8")
    variants = {
        "utf8.txt": text.encode("utf-8"),
        "bom.txt": text.encode("utf-8-sig"),
        "gb18030.txt": text.encode("gb18030"),
        "utf16.txt": text.encode("utf-16"),  # with BOM
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
    }
    results = {}
    for name, data in variants.items():
        path = tmp_path / name
        path.write_bytes(data)
        assert read_document(path).text == text, name
        results[name] = score_file(path, pack)
    base = results["utf8.txt"]
    for name, r in results.items():
        assert verdicts(r) == verdicts(base), name
        assert evidence_lines(r) == evidence_lines(base), name
        assert (r.score, r.title, r.year) == (base.score, base.title, base.year), name
    assert read_document(tmp_path / "gb18030.txt").source == "txt/gb18030"


# --------------------------------------------------------------------------- traditional Chinese


@pytest.fixture()
def traditional(tmp_path):
    opencc = pytest.importorskip("opencc")

    text = opencc.OpenCC("s2tw").convert(SAMPLE.read_text(encoding="utf-8"))
    path = tmp_path / "繁體.txt"
    path.write_bytes(text.encode("big5"))
    return path, text


def test_traditional_text_is_matched_as_simplified(traditional, pack):
    path, text = traditional
    doc = read_document(path)
    assert doc.text == text and doc.source == "txt/big5+t2s"
    assert doc.simplify is chinese.to_simplified
    assert pickle.loads(pickle.dumps(doc)) == doc  # safe to send to worker processes
    a, b = score_file(SAMPLE, pack), score_file(path, pack)
    assert verdicts(b) == verdicts(a) and b.score == a.score
    quoted = " ".join(e.text for i in b.items for e in i.evidence)
    assert "法治政府建設" in quoted  # evidence quotes the original characters
    assert b.title.endswith("法治政府建設情況報告")


def test_simplified_text_gets_no_simplifier():
    assert read_document(SAMPLE).simplify is None


def test_traditional_without_opencc_is_an_error_row_not_a_wrong_score(traditional, pack, monkeypatch):
    path, _ = traditional
    monkeypatch.setattr(chinese, "_converter", False)  # as if opencc could not be loaded
    with pytest.raises(ReadError, match="opencc"):
        read_document(path)
    row = score_file(path, pack)
    assert not isinstance(row, ReportResult) and "pip install opencc" in row.error
    # simplified text does not need the converter
    assert read_document(SAMPLE).simplify is None


def test_to_simplified_always_preserves_length(monkeypatch):
    class Stretchy:  # a converter whose phrase rules change the length
        def convert(self, s):
            return s.replace("乾隆", "乾隆帝").replace("國", "国")

    monkeypatch.setattr(chinese, "_converter", Stretchy())
    chinese._char.cache_clear()
    try:
        assert chinese.to_simplified("乾隆國家") == "乾隆国家"
    finally:
        chinese._char.cache_clear()


def test_document_defaults():
    assert Document("正文", "txt/utf-8").simplify is None


# --------------------------------------------------------------------------- imports


def test_readers_import_heavy_libraries_lazily():
    code = (
        "import sys, scorer.reading, scorer.batch, scorer.cli;"
        "print([m for m in ('docx', 'pypdfium2', 'bs4', 'opencc', 'lxml') if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


@pytest.mark.parametrize(
    ("module", "suffix", "extra"),
    [("docx", ".docx", "scorer[docx]"), ("pypdfium2", ".pdf", "scorer[pdf]"), ("bs4", ".html", "scorer[html]")],
)
def test_missing_optional_library_names_the_install_command(tmp_path, monkeypatch, module, suffix, extra):
    if suffix == ".docx":
        path = make_docx(tmp_path / "a.docx")
    elif suffix == ".pdf":
        path = write_pdf(tmp_path / "a.pdf", layout(paragraphs(SAMPLE)))
    else:
        path = tmp_path / "a.html"
        path.write_text(GOV_PAGE, encoding="utf-8")
    for name in list(sys.modules):
        if name == module or name.startswith(module + "."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, module, None)  # makes `import module` raise ImportError
    with pytest.raises(ReadError, match=r"pip install '" + extra.replace("[", r"\[").replace("]", r"\]") + "'"):
        read_document(path)


# --- a .txt copied from a printed page ---------------------------------------------------------

WRAPPED_REPORT = [
    "某县司法局2023年度法治政府建设情况报告",
    "一、主要举措和成效",
    "2023年，县司法局坚持把法治政府建设摆在全局工作的突出位置，局主要负责人主持召开党组会议4次专题研究法治建设，听取执法工作汇报6次，带队开展专项督导2次。",
    "（一）规范行政执法。全年公示执法信息326条，评查执法案卷48卷，组织执法人员培训3期，参训126人次，重大执法决定均经法制审核，审核意见采纳率100%。",
    "（二）强化法律服务。聘请法律顾问审查合同28份，出具法律意见书12份，办理行政复议案件12件，纠错2件，调解矛盾纠纷380件，调解成功率98%。",
    "二、存在的不足和原因",
    "一是执法人员专业化水平不高，二是普法形式较为单一。究其原因，主要是编制有限、培训经费不足，对新形势下普法工作的研究也不够深入。",
    "三、2024年工作打算",
    "一是开展执法培训4期；二是完善规范性文件审核机制；三是推进普法与依法治理深度融合，提升群众法治意识。",
]


def _wrap(lines: list[str], width: int) -> str:
    from scorer.reading.pdf import text_width

    out = []
    for line in lines:
        current = ""
        for c in line:
            if text_width(current + c) > width:
                out.append(current)
                current = ""
            current += c
        out.append(current)
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("width", [56, 70, 84])
def test_a_text_copied_from_a_printed_page_gets_its_paragraphs_back(tmp_path, width):
    report = WRAPPED_REPORT[:2] + WRAPPED_REPORT[2:5] * 3 + WRAPPED_REPORT[5:]  # a page or two
    path = tmp_path / "copied.txt"
    path.write_text(_wrap(report, width), encoding="utf-8")
    document = read_document(path)
    assert document.source.endswith("+unwrapped")
    assert [line for line in document.text.split("\n") if line.strip()] == report


def test_a_text_of_whole_paragraphs_is_read_as_it_is(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("\n".join(WRAPPED_REPORT * 3) + "\n", encoding="utf-8")
    document = read_document(path)
    assert not document.source.endswith("+unwrapped")
    assert document.text.split("\n")[: len(WRAPPED_REPORT)] == WRAPPED_REPORT


def _join(lines: list[str]) -> list[str]:
    from scorer.reading.pdf import Line, join_pages

    return [p for p in join_pages([[Line(t) for t in lines]])[0].split("\n") if p]


def test_a_list_inside_a_paragraph_whose_next_marker_opens_a_line_stays_in_the_paragraph():
    from scorer.reading.pdf import text_width

    head = "对照年度目标要求，我局法治建设还存在一些不足：（一）执法人员力量不足，装备配备落后；"
    listed = head + "（二）普法宣传形式较为单一，群众参与程度不高；（三）规范性文件清理不够及时，备案审查质量有待提升。"
    after = "二、2024年工作打算"
    lines = _wrap([listed, after], text_width(head)).split("\n")
    assert lines[1].startswith("（二）")  # the line broke right before the list's next marker
    assert _join(lines) == [listed, after]


def test_a_heading_after_a_paragraph_that_opens_with_its_predecessor_still_starts_a_paragraph():
    from scorer.reading.pdf import text_width

    first = "（一）加强组织领导。局党组全年召开专题会议研究法治建设工作四次，制定年度工作要点，明确责任分工。"
    second = "（二）规范行政执法。全年公示执法信息326条，评查执法案卷48卷，组织执法人员培训3期。"
    width = text_width(first) // 2 + (text_width(first) // 2) % 2  # two full lines or one full and one short
    lines = _wrap([first, second], width).split("\n")
    assert _join(lines) == [first, second]


def test_a_full_line_ending_a_clause_goes_on_in_plain_text():
    from scorer.reading.pdf import text_width

    cause = "这些问题的出现，客观上是业务扩张较快，法务人员招录培养需要一个过程；"
    paragraph = cause + "主观上是考核权重偏低，法治指标所占分值较少，约束激励作用不够明显。"
    lines = _wrap([paragraph, "四、2024年工作打算"], text_width(cause)).split("\n")
    assert lines[0] == cause
    assert _join(lines) == [paragraph, "四、2024年工作打算"]


def test_a_pdf_space_before_an_enumeration_is_kept_others_between_chinese_go():
    # 依法履行职能 一是……: a topic and its body set apart by a space; 法治 政府: a space the extractor added
    joined = _join(["依法履行职能 一是调整权责清单，公布事项168项。二是推进法治 政府建设。"])
    assert joined == ["依法履行职能 一是调整权责清单，公布事项168项。二是推进法治政府建设。"]


def test_a_line_cut_inside_a_word_goes_on_though_the_next_opens_like_a_heading():
    from scorer.reading.pdf import text_width

    head = "之所以参与不充分，是因为征求意见流于形式；公示渠道单"
    paragraph = head + "一、时间多在节假日，群众知晓度低。"
    lines = _wrap([paragraph, "四、2024年工作安排"], text_width(head)).split("\n")
    assert lines[1].startswith("一、")
    assert _join(lines) == [paragraph, "四、2024年工作安排"]
    # a heading that fills its line (no full stop in it) still ends there
    heading = "三、深化行政执法体制改革推进严格规范公正文明执法"
    lines = _wrap([heading, "一、规范执法。全年评查案卷48卷。"], text_width(heading)).split("\n")
    assert _join(lines) == [heading, "一、规范执法。全年评查案卷48卷。"]


def _join_positioned(lines: list[tuple[str, float]]) -> list[str]:
    """Paragraphs of one page of lines given as (text, right edge), all starting at 90 pt, 10 pt type."""
    from scorer.reading.pdf import Line, join_pages

    return [p for p in join_pages([[Line(t, 90.0, right, 10.0) for t, right in lines]])[0].split("\n") if p]


def test_a_pdf_line_left_short_before_an_opening_bracket_goes_on():
    # （4） could not start at the end of the line before: the gap there is narrower than （4
    joined = _join_positioned([
        ("（1）全年集体研究重大事项58项。（2）组织专家论证4次，公开征求意见2次，收到意见", 505.0),
        ("31条。（3）审查合同协议96份，出具法律意见47份。", 488.0),
        ("（4）全年未制定规范性文件，废止2件。", 300.0),
        ("二、存在的问题", 160.0),
        ("执法力量不足，普法形式单一，群众参与度不高，执法装备落后，信息化水平低下，", 505.0),
        ("年轻干部较少。", 160.0),
    ])
    assert joined[0].endswith("（4）全年未制定规范性文件，废止2件。") and joined[1] == "二、存在的问题"


def test_a_short_pdf_line_without_punctuation_after_a_sentence_at_the_margin_is_a_heading():
    joined = _join_positioned([
        ("各项工作有序开展，群众满意度稳步提升。现将一年来的工作情况报告如下。", 505.0),
        ("2025年主要工作及成效", 200.0),
        ("加强党对法治建设的领导。镇党政主要负责人始终把法治建设摆在全局工作的突出", 505.0),
        ("位置，年初研究部署法治工作。", 230.0),
    ])
    assert joined[1] == "2025年主要工作及成效"
