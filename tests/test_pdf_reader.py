"""The PDF reader on PDFium: reports printed from Word read as their text, score the same,
and evidence cites the page.

``tests/data/printed-from-word.pdf`` is ``printed-from-word.docx`` (a report laid out by
:func:`tests.office_pdf.word_docx`: a running header, ``- N -`` page numbers in the
footer, indented justified paragraphs) printed by LibreOffice 7.4; with LibreOffice
installed every sample is printed afresh too.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from scorer.batch import score_file
from scorer.cli import app
from scorer.reading import read_document
from scorer.reading.pdf import Line, join_pages

from .conftest import SAMPLES
from .office_pdf import HEADER, soffice, to_pdf, word_docx
from .pdf_builder import layout, write_pdf

pytest.importorskip("pypdfium2")

DATA = Path(__file__).parent / "data"
PRINTED_DOCX, PRINTED_PDF = DATA / "printed-from-word.docx", DATA / "printed-from-word.pdf"
# spaces Word's layout puts between Chinese text and a number or Latin word: PDF text
# drops them between two Chinese characters or a Chinese character and a digit
_CJK_SPACE = re.compile(r"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”])\s+|\s+(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”])")


def _same_words(text: str) -> list[str]:
    return [_CJK_SPACE.sub("", ln) for ln in text.split("\n") if ln.strip()]


def _verdicts(result):
    return [(i.id, i.status, i.points) for i in result.items]


def _check_printed(pdf: Path, source: Path, pack) -> None:
    """``pdf`` (printed from ``source``) reads as ``source``'s text and scores the same."""
    doc, src = read_document(pdf), read_document(source)
    assert doc.source == "pdf"
    lines = doc.text.split("\n")
    assert _same_words(doc.text) == _same_words(src.text)
    assert HEADER not in doc.text  # the running header is gone…
    assert not any(re.fullmatch(r"-\s*\d+\s*-", ln) for ln in lines)  # …and so are the page numbers
    if "“" in src.text:
        assert doc.text.count("“") == src.text.count("“") and doc.text.count("”") == src.text.count("”")
    a, b = score_file(pdf, pack), score_file(source, pack)
    assert _verdicts(a) == _verdicts(b) and a.missing == b.missing and a.score == b.score
    # each line has a page; pages only go forward, from 1 to the last page
    assert len(doc.pages) == len(lines) and doc.pages[0] == 1
    assert all(p <= q for p, q in zip(doc.pages, doc.pages[1:])) and doc.pages[-1] > 1
    cited = [ev for item in a.items for ev in item.evidence]
    assert cited and all(ev.page == doc.pages[ev.line - 1] for ev in cited)


def test_word_printed_pdf_reads_and_scores_as_its_docx(pack):
    _check_printed(PRINTED_PDF, PRINTED_DOCX, pack)


@pytest.mark.skipif(soffice() is None, reason="LibreOffice is not installed")
def test_every_sample_printed_by_libreoffice_scores_as_its_docx(tmp_path, pack):
    sources = []
    for sample in SAMPLES:
        paras = [ln.strip() for ln in sample.read_text(encoding="utf-8").splitlines() if ln.strip()]
        sources.append(word_docx(paras, tmp_path / f"{sample.stem}.docx"))
    for source, pdf in zip(sources, to_pdf(sources, tmp_path / "pdf")):
        _check_printed(pdf, source, pack)


def _page_of(pages, text: str) -> int:
    """The page whose lines hold the start of paragraph ``text`` (the layout's own account)."""
    for number, page in enumerate(pages, 1):
        if any(row.strip() and text.startswith(row.strip()) for _, _, _, row in page):
            return number
    raise AssertionError(text)


def test_evidence_cites_the_page_its_paragraph_starts_on(tmp_path, pack):
    paras = [ln.strip() for ln in SAMPLES[2].read_text(encoding="utf-8").splitlines() if ln.strip()]
    pages = layout(paras)
    path = write_pdf(tmp_path / "r.pdf", pages, "identity")
    doc = read_document(path)
    lines = doc.text.split("\n")
    assert [doc.page_of(n) for n in range(1, len(lines) + 1)] == [_page_of(pages, ln) for ln in lines]
    assert doc.page_of(0) is None and doc.page_of(len(lines) + 1) is None
    # in the JSON, evidence of a PDF has "page" after "line"; a text file's has none
    out = CliRunner().invoke(app, ["score", str(path), str(SAMPLES[2]), "--format", "json"]).output
    by_file = {r["file"]: r for r in json.loads(out)["reports"]}
    pdf_ev = [ev for item in by_file[str(path)]["items"] for ev in item["evidence"]]
    txt_ev = [ev for item in by_file[str(SAMPLES[2])]["items"] for ev in item["evidence"]]
    assert pdf_ev and all(list(ev)[:2] == ["line", "page"] and ev["page"] == doc.page_of(ev["line"]) for ev in pdf_ev)
    assert txt_ev and all("page" not in ev for ev in txt_ev)
    # scorer explain names the page too
    explained = CliRunner().invoke(app, ["explain", str(path)]).output
    first = pdf_ev[0]
    assert f"证据：第{first['page']}页，全文第{first['line']}行" in explained


def _row(text: str, x0: float = 72, x1: float = 72 + 36 * 12) -> Line:
    return Line(text, x0, x1, 12)


def _para(first: str, rest: str) -> list[Line]:
    """A paragraph of two printed lines: indented and full, then short."""
    return [_row(first, 96, 72 + 36 * 12), _row(rest, 72, 72 + len(rest) * 12)]


def test_running_headers_and_footers_are_dropped_page_numbers_too():
    body = [
        [("一、主要举措深化“放管服”改革，推进严格规范公正", "文明执法。"), ("全面推行行政执法三项制度，落实行政执法责任", "制。")],
        [("二、存在的不足执法队伍专业化水平有待提高，基层", "力量薄弱。")],
        [("三、下一步计划持续深化法治政府建设，推进依法", "行政。")],
    ]
    pages = [
        [_row("某某县人民政府办公室文件", 200, 300), *[ln for para in paras for ln in _para(*para)], _row(f"第 {n} 页 共 3 页", 260, 330), _row(f"内部资料 {n}", 260, 330)]
        for n, paras in enumerate(body, 1)
    ]
    text, starts = join_pages(pages)
    assert text.split("\n") == [a + b for paras in body for a, b in paras]
    assert list(starts) == [1, 1, 2, 3]


def test_a_line_is_running_only_when_it_recurs_on_half_the_pages():
    # the title opens page 1 only; "（一）" opens two pages of six: body text, kept
    pages = [[_row("某局2023年度法治政府建设情况报告", 150, 300), _row("一、主要举措", 72, 160)]]
    pages += [[_row("（一）完善制度" if n < 2 else f"第{n}项工作", 72, 200), _row("全面推行行政执法三项制度。", 72, 300)] for n in range(5)]
    text, _ = join_pages(pages)
    assert text.count("（一）完善制度") == 2 and text.startswith("某局2023年度")
    # a one-page document keeps its first and last lines whatever they are
    one = [[_row("某某县人民政府办公室文件", 200, 300), _row("一、主要举措", 72, 160)]]
    assert join_pages(one)[0] == "某某县人民政府办公室文件\n一、主要举措"


def test_a_line_that_stops_early_before_what_could_not_fit_goes_on():
    size, left, right = 16.0, 90.0, 90.0 + 26 * 16  # 26 characters a line

    def line(text: str, chars_short: float = 0.0, x0: float = left) -> Line:
        return Line(text, x0, right - chars_short * size, size)

    pages = [
        [
            line("郸城县农业农村局2023年法治政府建设工", x0=95),  # a title, centred, wrapped…
            line("作报告", x0=273, chars_short=(273 - left) / size),  # …its second line centred
            line("开展专题学习4次、集中研讨", x0=left + 2 * size, chars_short=2),  # 次； did not fit
            line("次；全局干部职工参考率、合格率均为", chars_short=1.5),  # 100% did not fit
            line("100%。邀请法官授课，培训执法人员210人次。", chars_short=6),  # ends the paragraph
            line("二、存在的不足", x0=left + 2 * size, chars_short=12),
        ]
    ]
    assert join_pages(pages)[0].split("\n") == [
        "郸城县农业农村局2023年法治政府建设工作报告",
        "开展专题学习4次、集中研讨次；全局干部职工参考率、合格率均为100%。邀请法官授课，培训执法人员210人次。",
        "二、存在的不足",
    ]
    # a short line before a character that would have fitted ends its paragraph; a centred
    # line after a short centred one is a line of its own
    pages = [[line("某县司法局", x0=250, chars_short=(250 - left) / size), line("2023年度报告", x0=246, chars_short=(246 - left) / size),
              line("全面推进依法行政工作取得新进展", chars_short=8), line("全局干部参考率均为", chars_short=1), line("新的一段")]]  # fmt: skip
    assert join_pages(pages)[0].split("\n") == ["某县司法局", "2023年度报告", "全面推进依法行政工作取得新进展", "全局干部参考率均为新的一段"]


def test_a_title_in_a_larger_type_that_reaches_the_margin_is_a_paragraph_of_its_own():
    # a centred title in 18 pt as wide as the text, then the recipient line in 11 pt: no room to tell by position
    pages = [[Line("某县某镇2025年法治政府建设工作情况报告", 106.5, 505.8, 18.0), Line("县人民政府：", 90.1, 178.1, 11.0),
              Line("2025年，某镇在县委、县政府的正确领导下，在县司法局的具体指导下，围绕全镇中", 90.1, 516.3, 11.0),
              Line("心工作，稳步推进法治政府建设。", 90.1, 250.0, 11.0)]]  # fmt: skip
    assert join_pages(pages)[0].split("\n") == [
        "某县某镇2025年法治政府建设工作情况报告",
        "县人民政府：",
        "2025年，某镇在县委、县政府的正确领导下，在县司法局的具体指导下，围绕全镇中心工作，稳步推进法治政府建设。",
    ]
    # one paragraph's lines in one type size go on, whatever else differs
    same = [[Line("全年办理行政复议案件12件，纠错2件，调解结案3件，", 90.1, 516.3, 11.0), Line("办结率100%。", 90.1, 160.0, 11.2)]]
    assert join_pages(same)[0] == "全年办理行政复议案件12件，纠错2件，调解结案3件，办结率100%。"


def test_a_title_as_wide_as_the_text_in_its_type_is_a_paragraph_of_its_own():
    # a bold title in the body's type, as wide as the text, then an unindented opening: the title
    # ends on 报告 with no clause punctuation, so the document's first paragraph ends there
    pages = [[Line("某县某镇2025年法治政府建设工作情况报告", 90.0, 506.0, 16.0),
              Line("2025年，某镇在县委、县政府的正确领导下，在县委全面", 90.0, 506.0, 16.0),
              Line("依法治县委员会办公室的指导下，稳步推进各项工作。", 90.0, 400.0, 16.0)]]  # fmt: skip
    assert join_pages(pages)[0].split("\n") == [
        "某县某镇2025年法治政府建设工作情况报告",
        "2025年，某镇在县委、县政府的正确领导下，在县委全面依法治县委员会办公室的指导下，稳步推进各项工作。",
    ]
    # an opening sentence that breaks after 报告 goes on (its clauses are no title's)
    opening = [[Line("2025年，某镇稳步推进法治政府建设各项工作，现将有关情况报告", 90.0, 506.0, 16.0),
                Line("如下：", 90.0, 140.0, 16.0)]]  # fmt: skip
    assert join_pages(opening)[0] == "2025年，某镇稳步推进法治政府建设各项工作，现将有关情况报告如下："


def test_a_signing_date_reaching_the_margin_is_not_joined_to_the_distribution_line():
    # the date right-aligned up to the margin, then 抄送 flush left: lines of their own
    pages = [[Line("全年办理案件32件。", 90.1, 200.0, 11.0), Line("某区人民政府", 420.0, 519.0, 11.0),
              Line("2026年3月6日", 430.0, 519.0, 11.0), Line("抄送：区委办公室，区人大常委会办公室。", 90.1, 330.0, 11.0)]]  # fmt: skip
    assert join_pages(pages)[0].split("\n")[-2:] == ["2026年3月6日", "抄送：区委办公室，区人大常委会办公室。"]
    # a paragraph that opens with a date goes on
    para = [[Line("2026年3月6日，局长主持召开党组会议专题研究法治政府建设，部署年度", 90.1, 519.0, 11.0),
             Line("重点任务12项。", 90.1, 170.0, 11.0)]]  # fmt: skip
    assert join_pages(para)[0] == "2026年3月6日，局长主持召开党组会议专题研究法治政府建设，部署年度重点任务12项。"


def test_an_enumeration_after_a_heading_that_filled_its_line_starts_a_paragraph():
    # the heading ends one character short of the margin, the next line opens 一是: no room to tell by
    # position, but a heading without a full stop is not continued by an enumeration
    heading = "一、党政主要负责人履行推进法治建设第一责任人职责情况"
    pages = [[_row(heading, 72, 72 + 35 * 12), _row("一是带头学法。局长全年主持党组会议4次，专题研究法治", 72, 72 + 36 * 12),
              _row("建设。", 72, 72 + 3 * 12)]]  # fmt: skip
    assert join_pages(pages)[0].split("\n") == [heading, "一是带头学法。局长全年主持党组会议4次，专题研究法治建设。"]
    # inside a paragraph a line may open with 一是 all the same
    pages = [[_row("局党组坚持问题导向，推动整改落实，做到两个方面：", 72, 72 + 36 * 12), _row("一是建立台账。", 72, 72 + 7 * 12)]]
    assert join_pages(pages)[0] == "局党组坚持问题导向，推动整改落实，做到两个方面：一是建立台账。"


def test_a_title_under_a_document_number_is_a_paragraph_of_its_own():
    # a document number first, then the title as wide as the text, then the recipient line: the title ends on 报告 under
    # a letterhead line, so the recipients are not part of it
    pages = [[Line("某政报〔2025〕6号", 90.0, 220.0, 16.0),
              Line("某市人民政府关于2025年度法治政府建设情况的报告", 90.0, 506.0, 16.0),
              Line("中共某市委、某地区行政公署：", 90.0, 330.0, 16.0),
              Line("2025年，某市坚持以习近平法治思想为指导，稳步推进各项工作。", 90.0, 480.0, 16.0)]]  # fmt: skip
    assert join_pages(pages)[0].split("\n") == [
        "某政报〔2025〕6号",
        "某市人民政府关于2025年度法治政府建设情况的报告",
        "中共某市委、某地区行政公署：",
        "2025年，某市坚持以习近平法治思想为指导，稳步推进各项工作。",
    ]


def test_the_pieces_of_one_line_the_text_layer_broke_apart_are_one_line():
    # a right-aligned signature whose date is drawn a font at a time comes as 2026 / 年 / 3 / 月 25 / 日, each piece
    # starting where the one before it ends: one line again, so the signing date is found
    pages = [[Line("三是普法形式较为单一，宣传仍以发放资料为主。", 118.1, 360.0, 11.0, 700.0), Line("松阳县水利局", 456.2, 522.2, 11.0, 660.0),
              Line("2026", 429.2, 457.2, 11.0, 640.0), Line("年", 459.4, 470.4, 11.0, 640.0), Line("3", 472.6, 479.6, 11.0, 640.0),
              Line("月 25", 481.8, 509.0, 11.0, 640.0), Line("日", 511.2, 522.2, 11.0, 640.0),
              Line("（", 118.1, 129.1, 11.0, 620.0), Line("此件公开发", 129.1, 184.1, 11.0, 620.0), Line("布", 184.1, 195.1, 11.0, 620.0),
              Line("）", 195.1, 206.1, 11.0, 620.0)]]  # fmt: skip
    assert join_pages(pages)[0].split("\n")[-3:] == ["松阳县水利局", "2026年3月25日", "（此件公开发布）"]
    # a line on another baseline (a paragraph's last two characters, then a heading at the indent they end at), or far
    # right of the last one's end, or in another type size is a line of its own
    apart = [[Line("现将有关情况报告如", 122.1, 516.0, 11.0, 700.0), Line("下。", 100.1, 122.1, 11.0, 684.0),
              Line("一、党政主要负责人履行职责情况", 122.1, 300.0, 11.0, 668.0), Line("某县司法局", 250.0, 310.0, 11.0, 600.0),
              Line("2026年3月25日", 330.0, 410.0, 11.0, 600.0), Line("附件", 412.0, 434.0, 16.0, 600.0)]]  # fmt: skip
    assert join_pages(apart)[0].split("\n") == ["现将有关情况报告如下。", "一、党政主要负责人履行职责情况", "某县司法局", "2026年3月25日", "附件"]


def test_in_ragged_right_text_a_few_lines_hanging_past_the_others_set_no_margin():
    # left-aligned (not justified) text: most lines stop a character or so short of the common edge, two hang their
    # closing punctuation a character further; a line stopping one character short of the common edge is full
    size, left, edge = 10.0, 57.0, 537.0
    filler = [Line(f"全年开展执法检查{k}次，办理案件若干件，群众满意度", left, edge - (k % 3) * 2.0, size) for k in range(60)]
    hanging = [Line("组织集中学法4次，参考率达到百分之百。", left, edge + size, size) for _ in range(2)]
    split = [Line("工作推进中，一是抓学习，二是抓宣传，四", left, edge - 0.8 * size, size), Line("是抓示范，氛围明显增强。", left, 300.0, size)]
    text = join_pages([filler + hanging + split])[0]
    assert text.split("\n")[-1].endswith("二是抓宣传，四是抓示范，氛围明显增强。")
