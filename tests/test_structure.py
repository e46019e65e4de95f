"""Reading a report's structure on shapes the samples do not have: chapters above 一、,
page chrome, captions, unnumbered headings, signature blocks, and the wording rules that
decide a part's kind and substance.  Every text here is written for these tests."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from scorer.engine import evaluate, score_text
from scorer.pack import Pack
from scorer.parse import parse

from .conftest import SAMPLES, doc


def status(pack: Pack, rule_id: str, text: str) -> str:
    single = Pack(spec=pack.spec.model_copy(update={"rules": [pack.rule(rule_id)]}), source="t", digest="")
    return evaluate(parse(text), single)[0].status


def top_parts(text: str) -> list[tuple[str, str]]:
    return [(p.kind, p.heading.title if p.heading else "") for p in parse(text).parts if p.kind != "preamble"]


CHAPTERS = doc(
    "第一部分 2023年工作开展情况",
    "一、加强学习",
    "党组中心组学法6次，组织执法人员培训3期120人次。",
    "二、规范执法",
    "公示行政处罚决定15件，执法记录仪全程记录，重大执法决定全部经法制审核。",
    "三、推进公开",
    "主动公开政府信息210条，办理依申请公开8件。",
    "第二部分 存在的问题",
    "一是执法人员不足，二是普法形式单一。究其原因，主要是编制紧张。",
    "第三部分 2024年工作安排",
    "一、深化学习培训，全年组织执法培训不少于4期",
    "二、推进案卷评查，开展执法案卷自查和交叉评查",
)


def test_chapters_are_the_top_level_parts():
    assert top_parts(CHAPTERS) == [
        ("measures", "第一部分 2023年工作开展情况"),
        ("shortcomings", "第二部分 存在的问题"),
        ("next_year_plan", "第三部分 2024年工作安排"),
    ]
    headings = parse(CHAPTERS).headings
    assert [h.level for h in headings if h.style == "part"] == [0, 0, 0]
    assert {h.level for h in headings if h.style == "cn"} == {1}


def test_numbering_restarts_under_each_chapter(pack):
    assert status(pack, "numbering_sequence", CHAPTERS) == "pass"
    broken = CHAPTERS.replace("三、推进公开", "四、推进公开")
    assert status(pack, "numbering_sequence", broken) == "fail"


def test_plan_items_inside_a_chapter_stay_in_the_plan(pack):
    # 行政复议 named only in the plan chapter's numbered items was not practised
    text = CHAPTERS.replace("二、推进案卷评查，开展执法案卷自查和交叉评查", "二、2024年依法办理行政复议案件")
    assert status(pack, "administrative_reconsideration", text) == "fail"


def test_plan_heading_with_the_wrong_year_is_still_the_plan(pack):
    text = doc("一、2024年主要工作", "办理案件12件。", "二、2024年工作打算", "一是完善法律顾问制度。二是加强执法人员培训。", title="某局2024年度法治政府建设情况报告")
    assert [k for k, _ in top_parts(text)] == ["measures", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    assert status(pack, "year_consistency", text) == "fail"  # the plan names 2024, not 2025


def test_plan_wording_with_done_wording_reports_last_year():
    assert [k for k, _ in top_parts(doc("一、2023年工作计划完成情况", "完成12项。"))] == ["measures"]


def test_unnumbered_heading_right_after_the_title():
    text = doc("主要举措和成效", "全年办理案件12件，培训执法人员60人次。", "存在的不足", "执法力量不足。")
    assert [k for k, _ in top_parts(text)] == ["measures", "shortcomings"]


def test_table_caption_is_not_a_heading(pack):
    text = doc(
        "一、主要举措和成效",
        "表1 2023年主要工作数据",
        "办理案件\t12件",
        "二、存在的不足",
        "执法力量不足，普法形式单一。",
    )
    assert all(not h.title.startswith("表1") for h in parse(text).headings)
    assert status(pack, "numbering_sequence", text) == "pass"


WEB_COPY = "\n".join(
    [
        "某县人民政府",
        "无障碍 | 简体 | 繁体",
        "首页 > 政务公开 > 法治政府建设年度报告",
        "某县2023年度法治政府建设情况报告",
        "来源：某县司法局    发布时间：2024-03-28 09:18    浏览次数：312",
        "字体：【大 中 小】",
        "某县2023年度法治政府建设情况报告",
        "一、主要举措和成效",
        "全年办理行政复议案件12件，培训执法人员60人次，主动公开政府信息200条。",
        "二、存在的不足",
        "执法力量不足，普法形式单一。",
        "某县人民政府",
        "2024年3月15日",
        "打印本页    关闭窗口",
        "分享到：",
        "相关链接：",
        "某县2022年度法治政府建设情况报告",
        "主办单位：某县人民政府办公室",
        "网站标识码：1200000000    某ICP备00000000号",
    ]
)


def test_page_chrome_is_not_the_report(pack):
    report = parse(WEB_COPY)
    assert report.meta.title == "某县2023年度法治政府建设情况报告"
    assert report.meta.signing_date == dt.date(2024, 3, 15)  # found above the footer
    assert "首页" not in report.norm and "发布时间" not in report.norm and "网站标识码" not in report.norm
    assert report.text == WEB_COPY  # evidence still quotes the original
    assert status(pack, "duplicate_text", WEB_COPY) == "pass"  # the repeated title is chrome
    assert status(pack, "submission_deadline", WEB_COPY) == "pass"


def test_the_title_printed_again_below_the_article_is_chrome_after_a_breadcrumb_naming_a_report(pack):
    # 首页 > …… > 部门年度报告 (a title-like line) above the page's title; the title again under the article, before the
    # print buttons: the page's, no sentence written twice
    web = WEB_COPY.replace("首页 > 政务公开 > 法治政府建设年度报告", "首页 > 政务公开 > 法治政府建设 > 部门年度报告")
    web = web.replace("2024年3月15日\n", "2024年3月15日\n某县2023年度法治政府建设情况报告\n")
    assert web.count("某县2023年度法治政府建设情况报告") == 3
    assert status(pack, "duplicate_text", web) == "pass"


def test_a_scan_to_read_on_the_phone_line_is_chrome(pack):
    # (the signature above the page's last lines: 扫一扫在手机打开当前页, then the footer)
    web = WEB_COPY.replace("打印本页    关闭窗口\n分享到：\n相关链接：\n某县2022年度法治政府建设情况报告\n", "")
    web = web.replace("主办单位：", "扫一扫在手机打开当前页\n主办单位：")
    assert web.index("2024年3月15日") < web.index("扫一扫在手机打开当前页") < web.index("主办单位")
    report = parse(web)
    assert report.meta.signing_date == dt.date(2024, 3, 15)
    assert "扫一扫" not in report.norm


def test_related_links_on_the_same_line_end_the_page(pack):
    web = WEB_COPY.replace("相关链接：\n某县2022年度法治政府建设情况报告", "相关链接：某县2022年度法治政府建设情况报告  某县2021年度法治政府建设情况报告")
    assert "相关链接：某县2022" in web
    assert parse(web).meta.signing_date == dt.date(2024, 3, 15)
    assert status(pack, "submission_deadline", web) == "pass"


@pytest.mark.parametrize("label", ["相关信息：", "相关内容", "延伸阅读：", "【相关链接】"])
def test_related_information_ends_the_page_as_related_links_do(pack, label):
    # 相关信息： / 某县2022年法治政府建设工作情况报告 — a related report's title, not a part after the signature
    web = WEB_COPY.replace("相关链接：", label).replace("某县2022年度法治政府建设情况报告", "某县2022年法治政府建设工作情况报告")
    assert parse(web).meta.signing_date == dt.date(2024, 3, 15)
    assert status(pack, "submission_deadline", web) == "pass"


def test_breadcrumb_is_not_open_government(pack):
    assert status(pack, "open_government", WEB_COPY.replace("主动公开政府信息200条", "开展普法活动8场")) == "fail"


@pytest.mark.parametrize(
    "tail",
    [
        ["（此件公开发布）"],
        ["（此件公开发布）", "抄送：市司法局，县委依法治县办。"],
        ["抄送：市司法局。"],
        ["联系人：局办公室　王某", "联系电话：0351-1234567"],  # (a contact under the date)
        ["联系单位：镇党政办"],  # (the office to contact)
    ],
)
def test_signing_date_above_notes_and_distribution_lines(tail):
    text = doc("一、主要举措和成效", "办理案件12件。", "某局", "2024年2月20日", *tail)
    assert parse(text).meta.signing_date == dt.date(2024, 2, 20)


def test_signing_date_late_in_the_report_year_agrees(pack):
    text = doc("一、主要举措和成效", "办理案件12件。", "某局", "2023年12月28日")
    assert status(pack, "year_consistency", text) == "pass"


@pytest.mark.parametrize(
    "cause",
    [
        "原因分析：一方面编制紧张，另一方面培训不足。",
        "分析原因，其一是经费不足，其二是人员流动大。",
        "产生上述问题，一方面是认识不到位，另一方面是力量薄弱。",
        "深层次原因，一是制度执行不严，二是监督不够。",
        "部分工作滞后，受疫情防控影响较大。",
    ],
)
def test_causes_in_other_wording(pack, cause):
    text = doc("一、主要举措和成效", "办理案件12件。", "二、存在的问题", "执法力量不足，普法形式单一。" + cause)
    assert status(pack, "shortcoming_reasons", text) == "pass"


def test_praise_in_disguise_is_not_a_shortcomings_part(pack):
    hollow = doc("一、主要举措和成效", "办理案件12件。", "二、存在的问题", "我局工作虽取得一定成效，但对标先进地区，工作还有提升空间。")
    assert status(pack, "shortcomings", hollow) == "fail"
    real = doc("一、主要举措和成效", "办理案件12件。", "二、存在的问题", "还存在个别干部法治意识不够强、执法文书不够规范等问题。")
    assert status(pack, "shortcomings", real) == "pass"


def test_one_slogan_is_not_a_plan(pack):
    hollow = doc("一、主要举措和成效", "办理案件12件。", "二、下一步工作", "下一步，我局将继续认真贯彻落实上级部署，推动法治政府建设再上新台阶。")
    assert status(pack, "next_year_plan", hollow) == "fail"
    real = doc("一、主要举措和成效", "办理案件12件。", "二、下一步工作", "一是继续完善法律顾问制度。二是加强执法人员培训。")
    assert status(pack, "next_year_plan", real) == "pass"


def test_thematic_parts_count_together_for_size(pack):
    body = "全年组织专题学习四次，开展执法培训三期，办理行政复议案件十二件，主动公开政府信息两百余条，审查合同三十份。"  # 50 characters
    themes = [f"{'一二三'[i]}、{theme}" for i, theme in enumerate(["加强学习", "规范执法", "推进公开"])]
    one = doc(themes[0], body, "四、存在的不足", "执法力量不足，普法形式单一。")
    three = doc(themes[0], body, themes[1], body, themes[2], body, "四、存在的不足", "执法力量不足，普法形式单一。")
    assert [k for k, _ in top_parts(three)][:3] == ["measures"] * 3
    assert status(pack, "measures_and_results", one) == "fail"  # 50 characters: too little alone
    assert status(pack, "measures_and_results", three) == "pass"  # 150 together


def test_sub_heading_echoing_the_opening_is_not_a_duplicate(pack):
    text = doc("2023年，我局统筹推进全区法治政府建设，成效明显。", "一、主要举措和成效", "（一）统筹推进全区法治政府建设", "开展考核1次。")
    assert status(pack, "duplicate_text", text) == "pass"
    twice = doc("一、主要举措和成效", "统筹推进全区法治政府建设，开展考核1次。", "统筹推进全区法治政府建设，开展督察2次。")
    assert status(pack, "duplicate_text", twice) == "fail"



def test_a_long_clause_written_again_as_an_items_title_is_a_duplicate(pack):
    """A title over a body on its line that is a long clause (26 characters or more with its
    marker) copies that clause all the same; a short title echoing a phrase still does not."""
    clause = "始终把依法行政与城市更新、社区治理等重点任务同步谋划、同步落实"  # 30 characters
    measures = doc("一、主要举措和成效", f"一是强化组织领导。局党组定期研究法治工作，{clause}。全年开展考核1次。")
    plan = ["二、2026年工作打算", f"（三）{clause}。将法治建设纳入各科室年度考核，结果与评优挂钩。"]
    assert status(pack, "duplicate_text", measures + "\n" + "\n".join(plan)) == "fail"
    short = ["二、2026年工作打算", "（三）强化组织领导。将法治建设纳入各科室年度考核，结果与评优挂钩。"]
    assert status(pack, "duplicate_text", measures + "\n" + "\n".join(short)) == "pass"


@pytest.mark.parametrize(
    "sentence",
    [
        "局主要负责人认真履行推进法治建设第一责任人职责。",  # the formula alone
        "各部门主要负责人年终述法。",  # other units' leaders
        "做到同部署、同推进、同督促。县政府主要负责同志认真履行第一责任人职责。",  # verbs of another sentence
    ],
)
def test_first_responsible_person_needs_an_action_of_the_principal_leader(pack, sentence):
    assert status(pack, "first_responsible_person", doc("一、主要举措和成效", sentence)) == "fail"


def test_first_responsible_person_action_in_the_next_sentence(pack):
    text = doc("一、主要举措和成效", "局党组书记、局长认真履行第一责任人职责。年初主持召开党组会议研究法治建设4次。")
    assert status(pack, "first_responsible_person", text) == "pass"


def test_negation_later_in_the_clause(pack):
    text = doc("一、主要举措和成效", "原聘请的法律顾问合同于2022年底到期后没有续聘。")
    assert status(pack, "legal_adviser", text) == "fail"


def test_structure_vocabulary_from_the_pack(pack):
    text = doc("一、年度亮点工作", "办理案件12件，培训60人次。", "二、努力方向", "一是完善制度。二是加强培训。")
    assert top_parts(text)[0][0] == "measures"  # thematic, by content
    spec = pack.spec.model_copy(
        update={"structure": pack.spec.structure.model_copy(update={"headings": {"other": ["亮点工作"]}})}
    )
    taught = Pack(spec=spec, source="t", digest="")
    result = score_text(text, taught)
    report = parse(text, None, spec.structure)
    assert [p.kind for p in report.parts if p.heading] == ["other", "next_year_plan"]
    assert result.score != score_text(text, pack).score


def test_explain_structure_prints_the_tree(tmp_path):
    from typer.testing import CliRunner

    from scorer.cli import app

    path = tmp_path / "r.txt"
    path.write_text(CHAPTERS, encoding="utf-8")
    out = CliRunner().invoke(app, ["explain", str(path), "--structure"]).output
    assert "[主要举措和成效] 第一部分 2023年工作开展情况" in out
    assert "\n  第3行 一、加强学习" in out  # one level below its chapter


def test_measures_written_as_slogans_report_no_practice(pack):
    slogans = "我局高度重视法治建设，坚持依法行政，不断增强法治意识，积极推进依法决策，切实规范执法行为，持续深化普法宣传，法治氛围日益浓厚，各项工作稳步推进。" * 2
    concrete = "全年办理行政许可326件，开展执法检查45次，培训执法人员120人次，聘请法律顾问审查合同28份，主动公开政府信息215条。" * 3
    assert status(pack, "measures_and_results", doc("一、主要举措和成效", slogans)) == "fail"
    assert status(pack, "measures_and_results", doc("一、主要举措和成效", concrete)) == "pass"
    # a little generic wording among concrete measures is normal
    assert status(pack, "measures_and_results", doc("一、主要举措和成效", concrete, "我局高度重视，认真落实。")) == "pass"


@pytest.mark.parametrize(
    "rule_id, sentence",
    [
        ("legal_adviser", "各部门要健全法律顾问制度，发挥法律顾问作用。"),
        ("legal_adviser", "必须严格落实公职律师参与决策制度。"),
        ("legal_adviser", "紧要的是应当聘请法律顾问。"),
        ("enforcement_three_systems", "要全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。"),
        ("first_responsible_person", "主要负责人要亲自部署、亲自推动法治建设。"),
    ],
)
def test_text_written_as_requirements_reports_no_practice(pack, rule_id, sentence):
    assert status(pack, rule_id, doc("一、主要举措和成效", sentence)) == "fail"


@pytest.mark.parametrize(
    "sentence",
    [
        "按照上级要求，聘请法律顾问2名，审查合同28份。",  # 要求 is not a requirement cue
        "主要负责人主持召开会议，聘请法律顾问审查重要合同15份。",  # 主要, 重要
        "根据工作需要，聘请法律顾问2名。",  # 需要
        "要求严格。聘请法律顾问2名。",  # another sentence
    ],
)
def test_requirement_cues_do_not_void_reported_practice(pack, sentence):
    assert status(pack, "legal_adviser", doc("一、主要举措和成效", sentence)) == "pass"


# _statements counts clauses with one pass of the generic pattern over the whole part; this is
# what it must amount to: each clause (white space removed) tested on its own, and each list of
# clauses (items between 、) tested whole by the list patterns.
_REF_SPLIT = re.compile(r"[，,。；;：:！!？?\n]")


def _statements_by_clause(body: str, patterns: tuple[str, ...], lists: tuple[str, ...] = ()) -> tuple[int, int]:
    rx = regex.compile("|".join(f"(?:{p})" for p in patterns)) if patterns else None
    list_rx = regex.compile("|".join(f"(?:{p})" for p in lists)) if lists else None
    particular = every = 0
    for listed in _REF_SPLIT.split(body):
        items = ["".join(piece.split()) for piece in listed.split("、")]
        whole = list_rx is not None and list_rx.search("、".join(items)) is not None
        for item in items:
            if len(item) >= 6:
                every += 1
                particular += not whole and (rx is None or rx.search(item) is None)
    return particular, every


@given(
    st.text(alphabet=list("不断进一步提升空间保障下步法治建设工作有待提高主重要，。；：、\n \u3000\t\r\x85甲乙丙"), max_size=80),
    st.sampled_from([(), ("不断", "进一步", "提升空间", "^下一步$", "保障$"), ("(?<!主|重)要", r"\p{Han}{3}空间")]),
    st.sampled_from([(), ("保障", "^下一步"), ("提升.{0,6}建设", "要$")]),
)
@settings(max_examples=300, deadline=None)
def test_statements_count_each_clause_on_its_own(body, patterns, lists):
    from scorer.kinds.part import _generic_rx, _statements

    assert _statements(body, _generic_rx(patterns), _generic_rx(lists)) == _statements_by_clause(body, patterns, lists)


def test_a_towns_own_principal_leader_counts(pack):
    text = doc("一、主要举措和成效", "镇主要负责人主持召开党委会议专题研究法治建设3次。")
    assert status(pack, "first_responsible_person", text) == "pass"
    assert status(pack, "first_responsible_person", doc("一、主要举措和成效", "各镇主要负责人年终述法。")) == "fail"


def test_site_name_above_the_furniture_is_not_the_organisation():
    text = "\n".join(
        ["某县人民政府门户网站", "当前位置：首页 > 政务公开", "某局2023年度法治政府建设情况报告", "发布时间：2024-03-01",
         "一、主要举措和成效", "办理案件12件。"]
    )  # fmt: skip
    meta = parse(text).meta
    assert meta.title == "某局2023年度法治政府建设情况报告"  # shown once, above the metadata: kept
    assert meta.organization == "某局"


def test_a_long_bar_of_site_links_is_page_furniture():
    # (the site's name and its links on one line, longer than a heading: the page's, not the report's first paragraph)
    text = "\n".join(
        ["某某市某某区人民政府 | 首页 | 政务公开 | 政务服务 | 互动交流 | 数据开放 | 走进某某", "当前位置：首页 > 政务公开 > 法治政府建设 > 年度报告",
         "某某区人民政府关于2023年度法治政府建设情况的报告", "发布时间：2024-03-16 10:05　　来源：区司法局",
         "", "某某区人民政府关于2023年度法治政府建设情况的报告", "市委、市政府：",
         "　　2023年，某某区人民政府深入学习贯彻习近平法治思想，认真落实法治政府建设实施纲要，统筹推进依法行政各项工作，"
         "为建设区域中心城市提供了有力法治保障。现将有关情况报告如下。", "一、主要举措和成效", "办理案件12件。"]
    )  # fmt: skip
    meta = parse(text).meta
    assert meta.title == "某某区人民政府关于2023年度法治政府建设情况的报告"
    assert meta.organization == "某某区人民政府"



def test_a_source_noted_in_a_sentence_of_the_report_is_not_page_furniture():
    # (a short last paragraph noting where a figure comes from, （数据来源：……）: the report's text, not the page's
    # publishing metadata, which opens its line)
    text = "\n".join(
        ["某县人民政府2023年度法治政府建设情况报告", "一、主要举措和成效", "全年组织执法培训3期。",
         "全县2023年共受理行政复议案件86件（数据来源：县司法局年度通报）。"]
    )  # fmt: skip
    assert "行政复议案件86件" in parse(text).norm
    page = text + "\n来源：县司法局　　发布时间：2024-03-01 09:18"
    assert "发布时间" not in parse(page).norm


PAGE_HEAD = [
    "某某县人民政府门户网站",
    "无障碍 | 长者版 | 简体 | 繁体",
    "当前位置：首页 > 信息公开 > 法定主动公开内容",
    "{title}",
    "信息来源：县司法局　　发布日期：2024-03-01　　浏览次数：88",
    "【字体：大 中 小】【打印】【关闭】",
]
PAGE_TAIL = [
    "【打印本页】　　【关闭窗口】",
    "分享到：微信 微博",
    "相关文件：",
    "某某县关于印发法治政府建设工作要点的通知",
    "主办单位：某某县人民政府办公室　　技术支持：某某网络公司",
    "网站标识码：1234567890　　某ICP备12345678号-1",
]


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_a_web_page_around_a_report_changes_no_verdict(pack, sample):
    text = sample.read_text(encoding="utf-8")
    report = score_text(text, pack)
    page = "\n".join(h.format(title=report.title or "") for h in PAGE_HEAD) + "\n" + text + "\n" + "\n".join(PAGE_TAIL) + "\n"
    copied = score_text(page, pack)
    assert {i.id: i.status for i in copied.items} == {i.id: i.status for i in report.items}
    assert (copied.title, copied.organization, copied.score) == (report.title, report.organization, report.score)


def test_unnumbered_part_headings_above_numbered_items(pack):
    text = doc(
        "2023年工作开展情况",
        "（一）加强学习。党组中心组学法6次，举办执法培训3期120人次。",
        "（二）规范执法。公示行政处罚决定15件，重大执法决定全部经法制审核。",
        "存在的问题",
        "一是执法人员不足，二是普法形式单一。",
        "2024年工作思路",
        "（一）深化法治学习，全年组织执法培训不少于4期。",
        "（二）依法办理行政复议案件，完善行政应诉工作机制。",
    )
    assert [k for k, _ in top_parts(text)] == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    assert status(pack, "administrative_reconsideration", text) == "fail"  # only in the plan
    assert status(pack, "numbering_sequence", text) == "pass"  # （一） restarts under each part


def test_numbered_items_before_the_first_part_heading_are_the_measures(pack):
    text = doc(
        "（一）加强学习。党组中心组学法6次，举办执法培训3期120人次，全员参加年度学法考试。",
        "（二）规范执法。公示行政处罚决定15件，重大执法决定全部经法制审核，执法记录仪全程记录。",
        "存在的问题",
        "一是执法人员不足，二是普法形式单一。",
        "下步打算",
        "一是完善法律顾问制度。二是加强执法人员培训。",
    )
    assert [k for k, _ in top_parts(text)] == ["measures", "measures", "shortcomings", "next_year_plan"]


@pytest.mark.parametrize("title", ["某局2023年度法治政府建设工作总结", "某局关于2023年度法治政府建设情况"])
def test_title_without_the_word_report(title):
    meta = parse(doc("一、主要举措和成效", "办理案件12件。", title=title)).meta
    assert (meta.title, meta.organization, meta.year) == (title, "某局", 2023)


@pytest.mark.parametrize(
    "tail",
    [["（联系人：张三，联系电话：0912-1234567）"], ["附件：2023年法治政府建设主要数据统计表"], ["（此件主动公开）", "（联系人：李四；电话：12345678）"]],
)
def test_signing_date_above_contact_and_attachment_lines(tail):
    text = doc("一、主要举措和成效", "办理案件12件。", "某局", "2024年2月20日", *tail)
    assert parse(text).meta.signing_date == dt.date(2024, 2, 20)


def test_score_text_matches_traditional_text_as_simplified(pack):
    opencc = pytest.importorskip("opencc")
    sample = SAMPLES[0].read_text(encoding="utf-8")
    traditional = opencc.OpenCC("s2t").convert(sample)
    a, b = score_text(sample, pack), score_text(traditional, pack)
    assert {i.id: i.status for i in b.items} == {i.id: i.status for i in a.items}
    assert b.score == a.score


def test_print_and_close_buttons_run_together_are_chrome():
    # a PDF of the page, or a copy, drops the spaces between the buttons
    text = WEB_COPY.replace("打印本页    关闭窗口", "【打印本页】【关闭窗口】").replace("分享到：", "打印本页关闭窗口")
    assert parse(text).meta.signing_date == dt.date(2024, 3, 15)


def test_print_and_close_buttons_with_the_share_buttons_on_their_line_are_chrome(pack):
    # 【打印本页】【关闭窗口】　　分享到：微信　微博　QQ空间 under the article: no text of its last part
    text = doc("一、2023年主要举措和成效", "聘请法律顾问审查合同28份。", "二、存在的不足", "对照上级要求，我局工作仍有一些差距。",
               "某局", "【打印本页】【关闭窗口】　　分享到：微信　微博　QQ空间", "相关链接：某局2023年政府信息公开工作年度报告")  # fmt: skip
    report = parse(text)
    assert "分享到" not in report.norm[report.parts[-1].start : report.parts[-1].end]


def test_the_neighbouring_articles_links_are_chrome():
    # 上一篇：…… / 下一篇：…… under a copied page's text: other documents' titles, no part of the report's last part
    text = doc("一、2023年主要举措和成效", "聘请法律顾问审查合同28份。", "二、下一步工作打算", "一是开展执法培训4期；二是完善审核机制。",
               "上一篇：某镇2023年度政府信息公开工作年度报告", "下一篇：某镇关于开展2024年执法检查工作的通知")  # fmt: skip
    report = parse(text)
    assert "年度报告" not in report.norm[report.parts[-1].start : report.parts[-1].end]
    assert "工作的通知" not in report.norm[report.parts[-1].start : report.parts[-1].end]
