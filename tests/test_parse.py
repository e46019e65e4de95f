"""The parser: heading markers, part classification, metadata."""

from __future__ import annotations

import datetime as dt

import pytest

from scorer.engine import evaluate
from scorer.pack import Pack
from scorer.parse import cn_number, parse

from .conftest import doc


def kinds(text: str) -> list[str]:
    """Kinds of the parts after the preamble (which holds the title line)."""
    return [p.kind for p in parse(text).parts if p.kind != "preamble"]


@pytest.mark.parametrize(
    "s, value",
    [("一", 1), ("九", 9), ("十", 10), ("十一", 11), ("二十", 20), ("二十三", 23), ("12", 12), ("", None), ("甲", None)],
)
def test_cn_number(s, value):
    assert cn_number(s) == value


@pytest.mark.parametrize(
    "line, level, value",
    [
        ("一、主要举措和成效", 1, 1),
        ("第二部分 存在的不足", 0, 2),  # a chapter: above 一、
        ("（三）加强监督", 2, 3),
        ("(三)加强监督", 2, 3),
        ("(三）加强监督", 2, 3),
        ("（三)加强监督", 2, 3),
        ("4.完善程序", 3, 4),
        ("4、完善程序", 3, 4),
        ("4．完善程序", 3, 4),
        ("４．完善程序", 3, 4),  # full-width digit
        ("（5）细化标准", 4, 5),
        ("　　二、存在的问题", 1, 2),  # indented with full-width spaces
    ],
)
def test_heading_markers(line, level, value):
    report = parse(doc(line, "正文内容。"))
    assert [(h.level, h.value) for h in report.headings] == [(level, value)]


@pytest.mark.parametrize("line", ["5.12防灾减灾日开展宣传。", "2023年，我局认真落实。", "一是加强学习。", "统一是前提。"])
def test_not_headings(line):
    assert parse(doc(line)).headings == []


def test_heading_with_inline_body_keeps_title_short():
    report = parse(doc("（一）加强组织领导。认真落实领导责任制，明确责任人。"))
    assert report.headings[0].title == "（一）加强组织领导"


def test_inline_enumerations_are_found_after_punctuation_only():
    report = parse(doc("一、主要举措和成效", "一是建立台账。二是完善流程，三是统一是前提。"))
    assert [e.value for e in report.enumerations] == [1, 2, 3]


def test_an_inline_list_may_open_right_after_words(pack):
    # 全年开展专题学习（1）3月……；（2）7月……；（3）…… — its first item after words, the others after punctuation: no gap
    text = doc("一、主要举措和成效", "全年开展专题学习（1）3月集中学习条例；（2）7月邀请教师辅导；（3）11月开展研讨。")
    single = Pack(spec=pack.spec.model_copy(update={"rules": [pack.rule("numbering_sequence")]}), source="t", digest="")
    assert evaluate(parse(text), single)[0].status == "pass"
    # (a citation's bracket is no first item: the list then starts at 2, a gap)
    cited = text.replace("专题学习（1）3月", "专题学习第（1）项，3月")
    assert evaluate(parse(cited), single)[0].status == "fail"


@pytest.mark.parametrize(
    "heading, kind",
    [
        ("一、主要举措和成效", "measures"),
        ("一、主要措施和成效", "measures"),
        ("一、工作开展情况", "measures"),
        ("一、2023年工作情况", "measures"),
        ("一、基本情况", "measures"),
        ("一、党政主要负责人履行推进法治建设第一责任人职责情况", "first_responsible"),
        ("一、存在的不足和原因", "shortcomings"),
        ("一、存在问题及原因", "shortcomings"),
        ("一、问题和不足", "shortcomings"),
        ("一、短板和差距", "shortcomings"),
        ("一、2024年工作计划", "next_year_plan"),
        ("一、下一年度推进法治政府建设的主要安排", "next_year_plan"),
        ("一、下一步工作打算", "next_year_plan"),
        ("一、今后工作思路", "next_year_plan"),
        ("一、其他需要报告的情况", "other"),
    ],
)
def test_part_kind_from_heading(heading, kind):
    assert kinds(doc(heading, "这一部分有若干内容，写得比较具体。")) == [kind]


def test_unnumbered_heading_line_starts_a_part():
    text = doc("一、主要举措和成效", "聘请法律顾问。", "二、存在不足及原因", "人员较少。", "下步打算", "继续加强培训。")
    report = parse(text)
    assert [p.kind for p in report.parts] == ["preamble", "measures", "shortcomings", "next_year_plan"]
    assert report.parts[-1].heading.style == "plain"


def test_thematic_headings_before_shortcomings_are_measures():
    text = doc(
        "一、全面加强党的领导",
        "组织学习习近平法治思想。",
        "二、依法化解矛盾纠纷",
        "调解纠纷12件。",
        "三、存在问题和不足",
        "人员较少。",
        "四、2024年工作计划",
        "继续加强。",
        "五、对全县的一些意见建议",
        "建议加强培训。",
    )
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan", "other"]


def test_thematic_plan_without_heading_words_found_by_content():
    text = doc(
        "一、强化组织保障",
        "开展培训4次。",
        "二、规范执法行为",
        "检查45次。",
        "三、深化依法行政",
        "2024年，我局将继续加强学习，进一步完善制度，持续推进执法规范化，力争取得新成效。",
    )
    assert kinds(text)[-1] == "next_year_plan"


def test_top_level_falls_back_to_lower_marker_level():
    text = doc("（一）主要举措和成效", "开展培训4次。", "（二）存在的不足", "人员较少。")
    assert kinds(text) == ["measures", "shortcomings"]


def test_preamble_part():
    report = parse(doc("区政府：", "现将情况报告如下：", "一、主要举措和成效", "内容。"))
    assert report.parts[0].kind == "preamble"


def test_metadata_title_joined_with_organisation_line():
    text = "西安市某区民政局\n\n2023年度法治政府建设情况报告\n2023年，我局……\n一、主要举措和成效\n内容。\n"
    meta = parse(text).meta
    assert meta.title == "西安市某区民政局2023年度法治政府建设情况报告"
    assert meta.organization == "西安市某区民政局"
    assert (meta.year, meta.year_source) == (2023, "title")


@pytest.mark.parametrize("note", ["（此件公开发布）", "(此件依申请公开)", "【公开方式：主动公开】"])
def test_a_note_in_brackets_over_the_title_is_no_organisation_line(note):
    text = f"{note}\n\n某县水利局2025年度法治政府建设情况报告\n2025年，我局……\n一、主要举措和成效\n内容。\n"
    meta = parse(text).meta
    assert meta.title == "某县水利局2025年度法治政府建设情况报告"
    assert meta.organization == "某县水利局"


def test_metadata_year_from_body_when_title_has_none():
    meta = parse("武乡县某局法治政府建设年度报告\n2023年，在县委领导下……\n一、2023年工作情况\n内容。\n").meta
    assert meta.organization == "武乡县某局"
    assert (meta.year, meta.year_source) == (2023, "body")


@pytest.mark.parametrize(
    "signature",
    ["　　某县林业局\n　　2026年2月10日\n", "某县林业局　　2026年2月10日\n", "　　某县林业局\n　　二〇二六年二月十日\n（此件公开发布）\n"],
)
def test_metadata_organisation_from_the_signature_when_no_title_names_it(signature):
    # a report sent as a letter: document number and recipient, no title line
    text = "某林发〔2026〕3号\n\n县人民政府：\n2025年，我局……现将有关情况报告如下。\n一、主要举措和成效\n全年办理案件32件。\n\n" + signature
    meta = parse(text).meta
    assert meta.title is None
    assert meta.organization == "某县林业局" and meta.organization_key == "某县林业局"
    # the title's organisation stands
    assert parse("某县水利局2025年度法治政府建设情况报告\n一、主要举措和成效\n内容。\n\n某县林业局\n2026年2月10日\n").meta.organization == "某县水利局"
    # an organisation line with no signing date is not a signature
    assert parse("县人民政府：\n一、主要举措和成效\n全年办理案件32件。\n\n某县林业局\n").meta.organization is None


def test_metadata_year_is_not_the_signing_dates_in_a_short_body():
    # no year in the title or the body: the year before the signing date, not the signing date's own
    meta = parse("县人民政府：\n一、主要举措和成效\n聘请法律顾问审查合同28份。\n某县水利局\n2024年3月15日\n").meta
    assert (meta.year, meta.year_source) == (2023, "signature")


def test_metadata_signature_and_document_number():
    text = (
        "浑江区某局2024年法治政府建设工作报告\n　　浑江民报字〔2025〕1号\n区政府：\n一、基本情况\n内容。\n\n"
        "　　浑江区某局\n　　2025年2月5日\n（此件公开发布）\n"
    )
    report = parse(text)
    meta = report.meta
    assert meta.signing_date == dt.date(2025, 2, 5)
    assert meta.document_number == "浑江民报字〔2025〕1号"
    assert meta.document_number_year == 2025
    # the signature block is not part of the last part
    assert "2025年2月5日" not in report.norm[report.parts[-1].start : report.parts[-1].end]


def test_chinese_numeral_signing_date():
    meta = parse(doc("一、主要举措和成效", "内容。", "某局", "二〇二四年三月五日")).meta
    assert meta.signing_date == dt.date(2024, 3, 5)


def test_bookmark_artifacts_are_blanked_but_offsets_kept():
    text = "[bookmark: _GoBack]\n某局2023年度法治政府建设情况报告\n一、主要举措和成效\n聘请法律顾问。\n"
    report = parse(text)
    assert "bookmark" not in report.norm
    assert len(report.norm) == len(report.text)
    assert report.meta.title == "某局2023年度法治政府建设情况报告"


def test_crlf_and_lf_parse_alike():
    lf = doc("一、主要举措和成效", "内容。", "二、存在的不足", "问题。")
    a, b = parse(lf), parse(lf.replace("\n", "\r\n"))
    assert [(p.kind, p.start) for p in a.parts] == [(p.kind, p.start) for p in b.parts]


@pytest.mark.parametrize("text", ["", "\n\n", "一、", "（", "一是", "第一部分", "\x00\x01", "　" * 50])
def test_odd_texts_do_not_raise(text):
    parse(text)


@pytest.mark.parametrize("title", ["2023年度法治政府建设情况报告", "关于2023年度法治政府建设情况的报告"])
def test_title_without_a_unit_names_no_organisation(title):
    meta = parse(doc("一、主要举措和成效", "办理案件12件。", title=title)).meta
    assert meta.organization is None and meta.year == 2023


def test_a_subtitle_under_a_slogan_title_names_the_organisation():
    # 坚持依法行政　建设法治机关 / ——某县财政局2023年法治政府建设情况报告: the unit is the subtitle's, not the slogan joined to it
    text = "坚持依法行政　建设法治机关\n——某县财政局2023年法治政府建设情况报告\n\n一、主要举措和成效\n全年审核合同12份。\n"
    meta = parse(text).meta
    assert meta.organization == "某县财政局" and meta.year == 2023
    assert meta.title.startswith("坚持依法行政")  # (the title shown is the whole one)
    # (an organisation line over a title without a dash is still the organisation)
    assert parse("某县财政局\n2023年法治政府建设情况报告\n\n全年审核合同12份。\n").meta.organization == "某县财政局"
