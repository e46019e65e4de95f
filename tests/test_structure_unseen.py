"""Shapes found by writing fresh reports the scorer had never seen: part headings that
name two parts or a later year, thematic headings worded like a part, dates typed with a
circle or to the month, years in titles and quoted titles, breadcrumbs with slashes, and
numbered lines that are whole sentences.  Every text here is written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from scorer.engine import evaluate
from scorer.pack import Pack
from scorer.parse import parse

from .conftest import doc

MEASURES = "县长主持召开常务会议5次研究法治政府建设。聘请法律顾问审查合同42份，办理行政复议案件12件。"
PROBLEMS = "一是执法人员不足。二是普法形式单一。主要原因是编制紧张。"
PLAN = "一是开展执法培训4期；二是完善规范性文件审核机制。"
# a paragraph of the year's work under a topic line (党的领导 / ……)
TOPIC_PARAGRAPH = ("局党组书记、局长主持召开党组会专题研究法治工作4次，全年立案查处环境违法案件218件，罚没款1346.5万元，"
                   "组织执法人员培训3期120人次，办理行政复议案件5件。")  # fmt: skip


def kinds(text: str) -> list[str]:
    return [p.kind for p in parse(text).parts if p.kind != "preamble"]


def status(pack: Pack, rule_id: str, text: str) -> str:
    single = Pack(spec=pack.spec.model_copy(update={"rules": [pack.rule(rule_id)]}), source="t", digest="")
    return evaluate(parse(text), single)[0].status


def report(*lines: str, title: str = "某县人民政府2023年度法治政府建设情况报告", signed: str = "2024年2月20日") -> str:
    return doc(*lines, "某县人民政府", signed, title=title)


# --- a heading that names two parts ---------------------------------------------------------


def test_a_problems_and_plan_heading_is_cut_at_its_plan_sub_heading():
    text = report(
        "一、主要举措和成效", MEASURES,
        "二、存在的问题和下一步打算", "（一）存在的问题", PROBLEMS, "（二）下一步打算", PLAN,
    )  # fmt: skip
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    assert [p.kind for p in parts] == ["measures", "shortcomings", "next_year_plan"]
    assert parts[2].heading.title == "（二）下一步打算"
    assert "编制紧张" in text[parts[1].start : parts[1].end] and "培训" not in text[parts[1].start : parts[1].end]


def test_without_sub_headings_the_plan_starts_at_the_paragraph_that_opens_with_its_words(pack):
    text = report("一、主要举措和成效", MEASURES, "二、存在的问题和下一步工作打算", PROBLEMS, "下一步，" + PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    # the problems keep their own text: the plan's words are not in them
    assert status(pack, "shortcomings", text) == "pass"
    only_problems = report("一、主要举措和成效", MEASURES, "二、存在的问题和下一步工作打算", PROBLEMS)
    assert kinds(only_problems) == ["measures", "shortcomings"]


def test_without_sub_headings_or_paragraphs_the_plan_starts_at_the_sentence_that_opens_it(pack):
    # 八、存在的不足和下一步打算 / ……仍有一些差距。下一步，区政府将……: one paragraph, the plan from its sentence on
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足和下一步打算",
                  "对照上级要求和群众期盼，我县法治政府建设仍有一些差距。下一步，县政府将坚持问题导向，推动法治政府建设再上新台阶。")  # fmt: skip
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    assert [p.kind for p in parts] == ["measures", "shortcomings", "next_year_plan"]
    assert "问题导向" not in text[parts[1].start : parts[1].end]
    assert status(pack, "shortcomings", text) == "fail"


def test_a_heading_naming_the_problems_and_the_plan_with_yu_is_the_problems_first(pack):
    # 二、问题与打算: 与 joins the two as 和 and 及 do; the plan starts at 2026年，我局将重点抓好以下几个方面：
    text = report("一、主要举措和成效", MEASURES, "二、问题与打算", PROBLEMS, "2026年，我局将重点抓好以下几个方面：" + PLAN,
                  title="某县审计局2025年度法治政府建设情况报告", signed="2026年2月20日")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"


def test_a_plan_lead_in_line_between_headed_parts_heads_the_plan(pack):
    # 面向2026年，区政府将重点抓好以下几方面工作： on a line of its own after the leaders' part, a headed problems' part after
    # the plan: the line heads the plan (面向 a year, 将……以下)
    leaders = "区长全年主持召开常务会议4次专题研究法治建设。"
    text = report("一、2025年主要举措和成效", MEASURES * 2, "二、主要负责人履职情况", leaders,
                  "面向2026年，区政府将重点抓好以下几方面工作：", PLAN, "存在的不足和原因", PROBLEMS,
                  title="某区人民政府2025年度法治政府建设情况报告", signed="2026年2月20日")  # fmt: skip
    assert kinds(text) == ["measures", "first_responsible", "next_year_plan", "shortcomings"]


def test_problems_seen_clearly_leading_with_a_colon_open_the_shortcomings(pack):
    # ……，我们也清醒看到：县级……执法力量薄弱，……: the paragraph leads into the problems with a colon, no problem word near
    problems = ("成绩来之不易，但对照示范创建的标准，我们也清醒看到：县级执法力量薄弱，全市7个县区中有4个没有专职执法人员，"
                "案件办理周期偏长。这些问题一方面源自机构组建时执法编制没有单列，另一方面与执法起步晚有关。")  # fmt: skip
    text = report("第一部分 主要工作及成效", "一、强化组织领导。" + MEASURES, "二、规范执法。" + MEASURES, problems,
                  "第二部分 2024年工作安排", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"


def test_the_years_work_led_in_by_its_aspects_heads_the_measures(pack):
    # 过去一年，我局主要从以下几方面推进法治审计建设： heads the measures (their items 一是…… runs); the problems after them,
    # opened by 我们也清醒看到……, close the measures before the headed plan
    items = "一是压实主体责任。" + MEASURES * 2 + "二是规范审计执法。" + MEASURES * 2
    problems = "回顾一年来的工作，我们也清醒看到，我局法治审计建设与上级要求还有差距。审计人员法律素养参差不齐。"
    text = report("过去一年，我局主要从以下几方面推进法治审计建设：", items, problems, "下一步工作打算", PLAN,
                  title="某县审计局2025年度法治政府建设情况报告", signed="2026年2月20日")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "measures_and_results", text) == "pass"


def test_a_measures_heading_that_also_names_a_later_kind_is_not_cut_backwards():
    # 工作情况和计划: the plan is the later kind; a measures sub-heading never cuts a plan
    text = report("一、2024年工作计划和2023年完成情况", "（一）主要措施", MEASURES, "二、存在的问题", PROBLEMS)
    assert len([p for p in parse(text).parts if p.kind != "preamble"]) == 2


# --- thematic headings worded like a part -------------------------------------------------------


def test_fixing_weaknesses_and_stressing_priorities_are_measures():
    text = report(
        "一、补齐短板弱项，推进严格规范公正文明执法", MEASURES,
        "二、突出工作重点，推进依法科学民主决策", MEASURES.replace("5次", "6次"),
        "三、存在的不足", PROBLEMS, "四、2024年工作打算", PLAN,
    )  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_a_plan_heading_of_two_clauses_is_read_by_its_content():
    text = report("一、主要举措", MEASURES, "二、明确工作安排，狠抓责任落实", MEASURES.replace("5次", "7次"),
                  "三、存在的问题", PROBLEMS, "四、下一步打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_a_thematic_heading_over_a_body_opened_by_next_year_and_what_is_to_come_is_the_plan():
    plan = report("一、主要举措", MEASURES, "二、存在的问题", PROBLEMS,
                  "三、坚持问题导向，推动工作提质增效", "2024年，县政府将重点做好以下工作：（一）开展执法培训；（二）完善审核机制。")  # fmt: skip
    assert kinds(plan)[-1] == "next_year_plan"
    # a later year named in a measures body, or an opening of the report's own year, is no plan
    for body in ("2023年12月，制定2024年普法计划，开展执法培训4期。", "2023年，县政府将法治建设纳入年度考核，考核28个部门。"):
        measures = report("一、主要举措", MEASURES, "二、坚持问题导向，推动工作提质增效", body, "三、存在的问题", PROBLEMS,
                          "四、下一步打算", PLAN)  # fmt: skip
        assert kinds(measures)[1] == "measures", body


def test_a_thematic_body_that_counts_work_done_is_measures_whatever_plan_it_names():
    # plan cues and next year in passing (……正在制定2024年学习计划，拟将……，进一步……), but counts of what was done
    # (集中学法6次, 讲法15次): last year's measures, not the plan
    body = ("局党组全年组织集中学法6次，参学干部280人次。持续开展以案释法活动，全年讲法15次。"
            "目前正在制定2024年学习计划，拟将执法案例列为专题，进一步提升学习实效。")  # fmt: skip
    opening = "2023年，县政府坚持依法行政，各项工作取得新进展。现将有关情况报告如下。"
    text = report(opening, "加强法治学习，提升履职能力", body, "规范执法行为，落实三项制度", "全年在门户网站公示行政处罚决定320条，办理行政复议案件12件，重大执法决定均经法制审核。",
                  "存在的问题和原因", PROBLEMS, "下步打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    # the same wording with its counts set as targets is the plan's
    planned = body.replace("全年组织集中学法6次", "力争组织集中学法6次").replace("全年讲法15次", "确保讲法15次")
    text = report("一、加强法治学习，提升履职能力", planned, "二、存在的问题", PROBLEMS, "三、下一步打算", PLAN)
    assert kinds(text)[0] == "next_year_plan"


def test_a_heading_naming_only_a_later_year_is_the_plan():
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足", PROBLEMS, "三、2024年主要举措", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    same_year = report("一、2023年主要举措", MEASURES, "二、存在的不足", PROBLEMS, "三、下一步打算", PLAN)
    assert kinds(same_year)[0] == "measures"


def test_more_plan_and_shortcoming_headings():
    for heading in ("三、下一阶段重点任务", "三、2024年法治政府建设工作要点", "三、接下来重点抓好的工作", "三、工作设想", "三、新一年工作谋划",
                    "三、后续工作", "三、新的一年工作安排", "三、接续发力方向", "三、2024年工作方向", "三、2024年工作着力点",
                    "三、2024年重点任务", "三、下阶段主要任务", "三、持续发力的方向", "三、今后努力的方向", "三、改进措施",
                    "三、整改举措"):
        assert kinds(report("一、主要举措", MEASURES, "二、存在的不足", PROBLEMS, heading, PLAN))[-1] == "next_year_plan"
    for heading in ("二、面临的困难和挑战", "二、存在的困难", "二、需要改进的方面", "二、面临的问题", "二、工作中遇到的问题",
                    "二、工作中的弱项及原因", "二、主要问题", "二、工作中存在的不到位之处及原因", "二、需要解决的问题",
                    "二、亟待解决的突出问题"):
        assert kinds(report("一、主要举措", MEASURES, heading, PROBLEMS, "三、下一步打算", PLAN))[1] == "shortcomings"
    # a problem solved, or a task stressed, is a measure
    for heading in ("一、着力解决群众反映的主要问题", "一、整改执法不到位问题", "一、聚焦重点任务", "一、整改措施落实情况"):
        assert kinds(report(heading, MEASURES, "二、存在的问题", PROBLEMS, "三、下一步打算", PLAN))[0] == "measures", heading


def test_an_unnumbered_plan_heading_naming_a_direction():
    text = report("主要工作举措", MEASURES, "存在的问题", PROBLEMS, "持续发力的方向", "2024年，我局将" + PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_plan_heading_that_names_a_shortcoming_acted_on():
    # the heading's 短板/差距 is what the plan works on: a thematic heading, its content decides
    for heading in ("三、锚定短板再发力", "三、对标差距再出发"):
        text = report("一、主要举措", MEASURES, "二、存在的问题", PROBLEMS, heading, "下一步将继续" + PLAN)
        assert kinds(text) == ["measures", "shortcomings", "next_year_plan"], heading
    # after the shortcomings, a part worded as shortcomings that opens with next year's work is the plan
    text = report("一、主要举措", MEASURES, "二、存在的问题", PROBLEMS, "三、直面短板再提升", "2024年，我局将重点抓好以下工作：" + PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    # one that does not stays the shortcomings
    text = report("一、主要举措", MEASURES, "二、存在的问题", PROBLEMS, "三、工作短板", "执法装备陈旧，信息化水平低。")
    assert kinds(text) == ["measures", "shortcomings", "shortcomings"]


def test_an_unnumbered_other_part_after_the_plan_reports_last_year(pack):
    other = "2023年，全县聘请法律顾问审查合同28份。"
    text = report("主要工作举措", MEASURES, "存在的问题", PROBLEMS, "下一步工作打算", PLAN, "其他需要报告的情况", other)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    # a line that only mentions another body is no heading
    text = report("主要工作举措", MEASURES, "存在的问题", PROBLEMS, "下一步工作打算", PLAN, "加强与其他部门协作", other)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_plan_under_a_slogan_heading_after_unnumbered_shortcomings_opens_with_next_year():
    # the slogan line names no part; the paragraph under it names next year and what will be done
    text = report("主要工作举措", MEASURES, "存在的问题", PROBLEMS, "锚定新目标 展现新作为", "2024年，街道将" + PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    # the problems' closing promise is no plan: it names no year
    text = report("主要工作举措", MEASURES, "存在的问题", PROBLEMS, "下一步，县政府将针对上述问题，认真研究解决。")
    assert kinds(text) == ["measures", "shortcomings"]


def test_a_part_after_the_shortcomings_headed_as_measures_that_opens_with_next_years_work_is_the_plan():
    # 思路举措: the heading's 举措 names measures, its body what is to come
    body = "2024年，县政府将重点做好以下工作：（一）开展执法培训；（二）完善审核机制。"
    text = report("一、主要举措", MEASURES, "二、存在的问题", PROBLEMS, "三、推进法治政府建设的思路举措", body)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    # before the shortcomings, or opening with the report's own year, it reports measures
    text = report("一、推进法治政府建设的思路举措", body, "二、存在的问题", PROBLEMS, "三、下一步打算", PLAN)
    assert kinds(text)[0] == "measures"
    own_year = "2023年，县政府将法治建设纳入年度考核，考核28个部门。"
    text = report("一、主要举措", MEASURES, "二、存在的问题", PROBLEMS, "三、推进法治政府建设的主要举措", own_year, "四、下一步打算", PLAN)
    assert kinds(text)[2] == "measures"


def test_a_year_in_chinese_numerals_opens_a_plan_as_one_in_digits():
    for year in ("2024年", "二〇二四年", "二○二四年"):
        # under a thematic heading
        text = report("一、主要举措", MEASURES, "二、存在的问题", PROBLEMS,
                      "三、坚持问题导向，推动工作提质增效", year + "，县政府将重点做好以下工作：（一）开展执法培训；（二）完善审核机制。")  # fmt: skip
        assert kinds(text)[-1] == "next_year_plan", year
        # a paragraph after the problems, with no heading of its own
        text = report("一、主要举措", MEASURES, "二、存在的问题", PROBLEMS, year + "，我局将" + PLAN)
        assert kinds(text) == ["measures", "shortcomings", "next_year_plan"], year
        # the report's own year opens no plan
        text = report("一、主要举措", MEASURES, "二、存在的问题", PROBLEMS, year.replace("四", "三").replace("2024", "2023") + "，我局将" + PLAN)
        assert kinds(text) == ["measures", "shortcomings"], year


def test_a_thematic_part_after_the_shortcomings_that_speaks_of_what_is_to_come_is_the_plan():
    onward = "一是继续开展执法培训，全年不少于4期；二是完善规范性文件审核机制。"
    for heading in ("三、持续推进法治政府建设", "三、瞄准短板持续发力"):
        text = report("一、主要举措", MEASURES, "二、存在的不足", PROBLEMS, heading, onward)
        assert kinds(text) == ["measures", "shortcomings", "next_year_plan"], heading
    # before the shortcomings the same part reports measures
    text = report("一、主要举措", MEASURES, "二、持续推进法治政府建设", onward, "三、存在的不足", PROBLEMS)
    assert kinds(text) == ["measures", "measures", "shortcomings"]


# --- dates and years -------------------------------------------------------------------------


def test_a_signing_date_typed_with_a_circle_or_a_letter_for_zero():
    for signed in ("二○二四年二月二十日", "二〇二四年二月二十日", "二O二四年二月二十日"):
        assert parse(report("一、主要举措", MEASURES, signed=signed)).meta.signing_date == dt.date(2024, 2, 20)


def test_a_date_in_brackets_under_the_title_dates_a_report_signed_without_one(pack):
    title = "某县人民政府2023年度法治政府建设情况报告"
    dated = doc("（2024年2月26日）", "一、主要举措", MEASURES, "某县人民政府", title=title)
    meta = parse(dated).meta
    assert (meta.signing_date, meta.signing_line) == (dt.date(2024, 2, 26), 2)
    assert status(pack, "submission_deadline", dated) == "pass"
    # the signature's own date wins; a bracketed line that says more than a date is no date
    both = doc("（2024年2月26日）", "一、主要举措", MEASURES, "某县人民政府", "2024年3月2日", title=title)
    assert parse(both).meta.signing_date == dt.date(2024, 3, 2)
    speech = doc("（2024年2月26日在县政府全体会议上）", "一、主要举措", MEASURES, "某县人民政府", title=title)
    assert parse(speech).meta.signing_date is None
    far = doc("一、主要举措", MEASURES, "二、存在的不足", "（2024年2月26日）", PROBLEMS, title=title)
    assert parse(far).meta.signing_date is None
    # the unit's name over a bare date, and the title repeated by a web page above them
    for head in (["某县人民政府", "2024年2月26日"], [title, "某县人民政府", "（2024年2月26日）"],
                 [title + "-某县人民政府网", "某县人民政府", "（2024年2月26日）"], ["二〇二四年二月二十六日"],
                 ["某县人民政府\u30002024年2月26日"]):  # (or before it on its line)
        meta = parse(doc(*head, "一、主要举措", MEASURES, "某县人民政府", title=title)).meta
        assert meta.signing_date == dt.date(2024, 2, 26), head
    late = doc("某县人民政府", "办公室", "2024年2月26日", "一、主要举措", MEASURES, title=title)  # three lines down
    assert parse(late).meta.signing_date is None
    # dated under its title, a report's closing unit name is its signature (not body text), even
    # with a table attached after it
    report_ = parse(dated)
    assert report_.norm[: report_.body_end].rstrip().endswith(MEASURES)
    attached = doc("（2024年2月26日）", "一、主要举措", MEASURES, "某县人民政府", "附件", "1	办理案件	件	12", title=title)
    report_ = parse(attached)
    assert report_.norm[: report_.body_end].rstrip().endswith(MEASURES)
    # also when a line naming the attachment stands between the unit's name and the attachment
    named = doc("（2024年2月26日）", "一、主要举措", *[MEASURES] * 12, "某县人民政府", "附件：2023年度主要数据统计表", "附件",
                "2023年度主要数据统计表", "| 1 | 办理案件 | 件 | 12 |", title=title)  # fmt: skip
    report_ = parse(named)
    assert report_.norm[: report_.body_end].rstrip().endswith(MEASURES)
    # a report dated nowhere keeps its last line in the body
    undated = parse(doc("一、主要举措", MEASURES, "某县人民政府", title=title))
    assert undated.norm[: undated.body_end].rstrip().endswith("某县人民政府")


def test_an_official_documents_print_line_ends_the_report_and_dates_it_when_the_signature_is_not(pack):
    title = "某县人民政府办公室2023年度法治政府建设工作报告"
    printed = doc("一、主要举措", MEASURES, "某县人民政府办公室", "抄送：县委办公室，县司法局。",
                  "某县人民政府办公室　　　　2024年1月18日印发", title=title)  # fmt: skip
    report_ = parse(printed)
    assert report_.meta.signing_date == dt.date(2024, 1, 18)
    assert report_.norm[: report_.body_end].rstrip().endswith(MEASURES)  # the unit's name is no body text
    assert status(pack, "duplicate_text", printed) == "pass"
    # a dated signature keeps its own date
    signed = doc("一、主要举措", MEASURES, "某县人民政府办公室", "2024年1月15日", "抄送：县司法局。",
                 "某县人民政府办公室　　2024年1月18日印发", title=title)  # fmt: skip
    assert parse(signed).meta.signing_date == dt.date(2024, 1, 15)


def test_a_signature_dated_to_the_month_counts_as_its_last_day(pack):
    meta = parse(report("一、主要举措", MEASURES, signed="2024年2月")).meta
    assert meta.signing_date == dt.date(2024, 2, 29)
    assert parse(report("一、主要举措", MEASURES, signed="2024年12月")).meta.signing_date == dt.date(2024, 12, 31)
    assert parse(report("一、主要举措", MEASURES, signed="2024年13月")).meta.signing_date is None
    assert status(pack, "submission_deadline", report("一、主要举措", MEASURES, signed="2024年3月")) == "pass"
    assert status(pack, "submission_deadline", report("一、主要举措", MEASURES, signed="2024年4月")) == "fail"


def test_a_title_year_in_chinese_numerals():
    meta = parse(report("一、主要举措", MEASURES, title="某县人民政府二〇二三年度法治政府建设情况报告")).meta
    assert (meta.year, meta.year_source) == (2023, "title")


def test_the_report_year_is_not_taken_from_a_quoted_title_or_the_end_of_a_range():
    text = doc(
        "对照《法治政府建设实施纲要（2021—2025年）》部署，2022年我厅推进依法行政。",
        "一、主要举措", MEASURES, "某厅", "2023年2月1日", title="某厅法治政府建设情况报告",
    )  # fmt: skip
    assert parse(text).meta.year == 2022
    assert parse(text.replace("《法治政府建设实施纲要（2021—2025年）》", "2021—2025年规划")).meta.year == 2022


def test_a_document_number_with_its_signer_on_the_same_line(pack):
    text = doc("某政报〔2023〕5号　　签发人：王某", "一、主要举措", MEASURES, "某县人民政府", "2024年2月20日",
               title="某县人民政府2023年度法治政府建设情况报告")  # fmt: skip
    meta = parse(text).meta
    assert meta.document_number == "某政报〔2023〕5号" and meta.document_number_year == 2023
    assert status(pack, "year_consistency", text) == "fail"  # a 2023 number on a 2024 signature


# --- page chrome --------------------------------------------------------------------------------


def test_breadcrumbs_with_slashes_or_arrows_and_a_bare_publishing_time_are_chrome(pack):
    for crumb in ("首页 / 政务公开 / 法治政府建设", "首页→政务公开→年度报告"):
        text = doc(crumb, "某县人民政府2023年度法治政府建设情况报告", "2024-02-21 15:20",
                   "一、主要举措", MEASURES, "某县人民政府", "2024年2月20日", title="某县人民政府网")  # fmt: skip
        report_ = parse(text)
        assert report_.meta.organization == "某县人民政府"
        assert "政务公开" not in report_.norm and "15:20" not in report_.norm
        assert status(pack, "open_government", text) == "fail"


# --- duplicates -------------------------------------------------------------------------------


def test_a_numbered_line_that_is_one_sentence_can_repeat(pack):
    item = "全区执法单位全面落实行政执法三项制度，开展案卷评查抽查案卷540宗。"
    text = report("一、主要举措", f"（1）{item}", "（2）组织执法培训3期。", f"（3）{item}")
    assert status(pack, "duplicate_text", text) == "fail"
    # a heading is still no sentence: the same short heading under two parts repeats nothing
    headings = report("一、主要举措", "（一）加强执法监督，规范执法", MEASURES, "二、下一步打算",
                      "（一）加强执法监督，规范执法", PLAN)  # fmt: skip
    assert status(pack, "duplicate_text", headings) == "pass"


def test_standard_formulas_may_repeat(pack):
    text = report(
        "2023年，县政府坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，推进法治政府建设。",
        "一、主要举措", MEASURES, "二、下一步打算",
        "坚持以习近平新时代中国特色社会主义思想为指导，深入贯彻习近平法治思想，" + PLAN,
    )  # fmt: skip
    assert status(pack, "duplicate_text", text) == "pass"


def test_a_plan_without_a_year_in_its_heading_is_dated_by_its_opening_words(pack):
    def plan(opening: str) -> str:
        return report("一、主要举措", MEASURES, "二、存在的不足", PROBLEMS, "三、下一步工作打算", opening + PLAN)

    assert status(pack, "year_consistency", plan("2023年，我县将重点做好以下工作：")) == "fail"
    assert status(pack, "year_consistency", plan("2024年，我县将重点做好以下工作：")) == "pass"
    # a year further into the text is not the plan's year (2023年的经验……)
    assert status(pack, "year_consistency", plan("总结2023年经验，我县将重点做好以下工作：")) == "pass"
    # ... or its first sentence names the year its work is for, after a lead-in (新的一年，……，2023年重点抓好以下工作：)
    lead = "新的一年，我县将坚持以习近平法治思想为指导，认真贯彻落实上级关于法治政府建设的各项决策部署，"
    assert status(pack, "year_consistency", plan(lead + "2023年重点抓好以下工作：")) == "fail"
    assert status(pack, "year_consistency", plan(lead + "2024年重点抓好以下工作：")) == "pass"


# --- second round: closing paragraphs, other dates, attachments, 其他 -----------------------------


def test_signing_dates_in_other_common_forms():
    for signed, date in (("2024年元月20日", dt.date(2024, 1, 20)), ("2024年2月20号", dt.date(2024, 2, 20)),
                         ("2024.2.20", dt.date(2024, 2, 20)), ("2024/2/20", dt.date(2024, 2, 20)),
                         ("2024-02-20", dt.date(2024, 2, 20)), ("二〇二四年元月二十日", dt.date(2024, 1, 20))):  # fmt: skip
        assert parse(report("一、主要举措", MEASURES, signed=signed)).meta.signing_date == date, signed
    assert parse(report("一、主要举措", MEASURES, signed="2024.13.20")).meta.signing_date is None


def test_a_long_unit_name_and_its_date_on_one_signature_line():
    for line in ("某市某区城市管理和综合执法局　　2024年2月20日", "某市某区城市管理和综合执法局 二〇二四年二月二十日"):
        assert parse(doc("一、主要举措", MEASURES, line)).meta.signing_date == dt.date(2024, 2, 20), line
    # a sentence ending in a date is no signature
    sentence = "全年办理案件12件，罚款共计3万元　2024年2月20日"
    assert parse(doc("一、主要举措", MEASURES, sentence)).meta.signing_date is None


def test_an_undated_signature_does_not_make_the_unit_line_a_duplicate(pack):
    text = doc("一、主要举措", MEASURES, "某县住房和城乡建设局", "2024年元月18日", title="某县住房和城乡建设局")
    text = text.replace("某县住房和城乡建设局\n一、", "某县住房和城乡建设局\n2023年度法治政府建设情况报告\n一、")
    assert status(pack, "duplicate_text", text) == "pass"


def test_a_list_item_starting_with_a_year_keeps_its_number(pack):
    text = report("一、主要举措", MEASURES, "二、2024年工作安排", "1、2024年组织执法资格考试；", "2、推进执法平台建设；")
    assert [h.value for h in parse(text).headings if h.style == "num"] == [1, 2]
    assert status(pack, "numbering_sequence", text) == "pass"
    assert parse("1.5倍于上年\n").headings == []  # a decimal is no marker


def test_a_closing_paragraph_holds_the_shortcomings_and_the_plan(pack):
    closing = ("2023年，我局法治建设取得一定成效，但也存在一些不足：一是执法力量薄弱；二是培训不够系统。究其原因，"
               "主要是编制限制。下一步，我们将重点抓好三项工作：一是开展执法培训；二是建设监管平台。")  # fmt: skip
    text = report("一、严格执法监管", MEASURES, "二、深化普法宣传", MEASURES.replace("5次", "6次") + "\n" + closing)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    for rule in ("shortcomings", "shortcoming_reasons", "next_year_plan"):
        assert status(pack, rule, text) == "pass", rule
    # the parts cut from the last one are named as paragraphs after its heading, not as the heading's part
    labels = [p.label for p in parse(text).parts if p.kind != "preamble"]
    # (with what each was read as: two such parts are told apart)
    assert labels == ["一、严格执法监管", "二、深化普法宣传", "二、深化普法宣传之后的无标题段落（存在的不足和原因）",
                      "二、深化普法宣传之后的无标题段落（下一年度主要安排）"]  # fmt: skip
    # the same sentences where the report has headed parts change nothing
    headed = report("一、主要举措", MEASURES, "二、存在的不足", PROBLEMS, "三、下一步打算", PLAN + closing)
    assert kinds(headed) == ["measures", "shortcomings", "next_year_plan"]
    # 将 as a preposition in a sentence about last year opens no plan
    past = report("一、主要举措", MEASURES + "2023年，我局将法治建设纳入年度考核。")
    assert kinds(past) == ["measures"]


def test_a_zero_naming_two_kinds_of_case_is_reported_zero(pack):
    assert status(pack, "administrative_reconsideration", report("一、主要举措", "全年无行政复议、行政诉讼案件。")) == "pass"
    assert status(pack, "administrative_reconsideration", report("一、主要举措", "尚未建立行政复议工作机制。")) == "fail"


def test_a_table_attached_after_the_signature_is_not_the_report():
    text = doc("一、主要举措", MEASURES, "某县人民政府", "2024.2.20", "", "附件：2023年度主要指标完成情况表",
               "指标\t单位\t完成值", "规范性文件备案率\t%\t100", "会前学法\t次\t10")  # fmt: skip
    report_ = parse(text)
    assert report_.meta.signing_date == dt.date(2024, 2, 20)
    assert "会前学法" not in report_.norm[: report_.body_end]


@pytest.mark.parametrize("heading", ["附件", "附件1", "附件 2", "附件："])
def test_an_attachment_heading_without_a_title_after_the_signature(heading):
    text = doc("一、主要举措", MEASURES, "某县人民政府", "2024年2月20日", "", heading, "2023年度主要指标完成情况表",
               "指标\t单位\t完成值", "规范性文件备案率\t%\t100")  # fmt: skip
    report_ = parse(text)
    assert report_.meta.signing_date == dt.date(2024, 2, 20)
    assert "规范性文件备案率" not in report_.norm[: report_.body_end]


@pytest.mark.parametrize("heading", ["附表　2023年度法治建设主要指标完成情况", "附录：2023年度主要数据"])
def test_a_table_or_appendix_after_the_signature_and_a_distribution_line(heading):
    # (附表 or 附录 and its title after 抄送: attached, and the date above them signs the report)
    text = doc("一、主要举措", MEASURES, "某县人民政府", "2024年2月20日", "", "抄送：市司法局。", "", heading,
               "指标\t2023年\t2022年", "重大行政决策（项）\t3\t2")  # fmt: skip
    report_ = parse(text)
    assert report_.meta.signing_date == dt.date(2024, 2, 20)
    assert "重大行政决策" not in report_.norm[: report_.body_end]


@pytest.mark.parametrize("page", ["— 4 —", "- 4 -", "－ 12 －", "第4页 共9页", "4/9"])
def test_page_numbers_of_a_copied_printed_page_are_not_the_report(page):
    text = doc("一、主要举措", MEASURES, page, "二、存在的不足", PROBLEMS, "某县人民政府", "2024年2月20日", page)
    report_ = parse(text)
    assert report_.meta.signing_date == dt.date(2024, 2, 20)
    assert kinds(text) == ["measures", "shortcomings"]
    lines = report_.norm.split("\n")
    assert [i for i, line in enumerate(text.split("\n")) if line == page and not lines[i].strip()] == [3, 8]


def test_unnumbered_part_headings_above_items_that_start_again_at_one(pack):
    text = report("2023年工作开展情况", "一、强化组织领导", MEASURES, "二、规范行政执法", "组织执法培训3期，参训180人次。",
                  "存在的问题和原因", "一、存在的问题", "一是执法人员不足。二是普法形式单一。",
                  "二、原因分析", "主要原因是编制紧张，培训经费不足。", "2024年工作安排", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcoming_reasons", text) == "pass"
    assert status(pack, "numbering_sequence", text) == "pass"
    # one part heading followed by 一、 is not enough: the items may be its siblings
    single = report("一、强化组织领导", MEASURES, "存在的问题和原因", "一、存在的问题", PROBLEMS, "二、2024年工作安排", PLAN)
    assert "measures" in kinds(single) and kinds(single).count("shortcomings") >= 1


def test_a_paragraph_after_the_plan_on_what_the_leaders_did(pack):
    looking_back = "一年来，局党组书记、局长主持召开党组会议研究法治建设3次，年底在民主生活会上述职述法。"
    # (or leading into it: 另外，关于……主要负责人履行……职责的情况，报告如下：……)
    lead = "另外，关于局主要负责人履行推进法治建设第一责任人职责的情况，报告如下：局长全年主持召开党组会议研究法治建设4次，12月现场述法。"
    # (or opening on the year reported on and its month: 2023年12月，局长在……述法)
    dated = "2023年12月，局长在全局年度工作总结会上主持召开党组会议研究法治建设，并就本人履行推进法治建设第一责任人职责情况进行述法。"
    for closing in (looking_back, lead, dated):
        text = report("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、存在的不足", PROBLEMS,
                      "三、2024年工作打算", PLAN, closing)  # fmt: skip
        assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "first_responsible"]
        assert status(pack, "first_responsible_person", text) == "pass"
        assert status(pack, "shufa", text) == "pass"
        assert status(pack, "next_year_plan", text) == "pass"
    # a plan paragraph naming the leaders' duties to come stays in the plan
    ahead = report("一、主要举措", "组织执法培训3期。", "二、存在的不足", PROBLEMS, "三、2024年工作打算",
                   PLAN, "局党组书记将继续履行第一责任人职责。")  # fmt: skip
    assert kinds(ahead) == ["measures", "shortcomings", "next_year_plan"]
    # ... and so does one opening on a later year's month
    ahead = report("一、主要举措", "组织执法培训3期。", "二、存在的不足", PROBLEMS, "三、2024年工作打算",
                   PLAN, "2024年12月，局长在年度工作总结会上述法。")  # fmt: skip
    assert kinds(ahead) == ["measures", "shortcomings", "next_year_plan"]


def test_a_paragraph_after_the_plan_on_other_matters_is_not_the_plan(pack):
    """另外需要说明的是，…… opens the regulation's other matters: a one-line plan with such a
    paragraph after it is still a one-line plan."""
    slogan = "我局将认真查找差距，推动法治建设各项工作再上新台阶。"
    other = "另外需要说明的是，原聘法律顾问合同到期后因预算调整未能续签，全年涉法事务由办公室承办。"
    text = report("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、存在的不足", PROBLEMS,
                  "三、2024年工作打算", slogan, other)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "next_year_plan", text) == "fail"
    # (nor the regulation's part labelled so, its text after the colon: 其他需要说明的情况：……)
    labelled = "其他需要说明的情况：县委依法治县办组织10个县直部门主要负责人开展年终述法，我局未列入本年度述法名单。"
    text = report("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、存在的不足", PROBLEMS,
                  "三、2024年工作打算", slogan, labelled)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "next_year_plan", text) == "fail"
    # a plan sentence that says what it needs is no such opening
    text = report("一、主要举措", "组织执法培训3期。", "二、存在的不足", PROBLEMS, "三、2024年工作打算",
                  PLAN, "需要强调的是，各股室要按季度报送进展。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_an_undated_signature_with_a_publication_note_is_not_the_last_parts_text(pack):
    """No signing date, but the unit's name over （此件公开发布） and a 抄送 line: a signature block,
    not sentences of the plan; the deadline is still not judged."""
    slogan = "2024年，县政府将继续深入推进法治政府建设，推动法治建设再上新台阶。"
    text = doc("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、存在的不足", PROBLEMS,
               "三、下一步打算", slogan, "某县人民政府", "（此件公开发布）", "抄送：市司法局，县委依法治县办。")  # fmt: skip
    assert status(pack, "next_year_plan", text) == "fail"
    assert status(pack, "submission_deadline", text) == "not_applicable"
    # the unit's name alone at the end is no signature block: the last part keeps it
    parsed = parse(doc("一、主要举措", "组织执法培训3期。", "某县人民政府"))
    assert parsed.norm[parsed.parts[-1].start : parsed.parts[-1].end].rstrip().endswith("某县人民政府")


def test_a_thematic_part_with_a_target_year_between_measures_is_a_measure():
    """A thematic part read as a plan by its wording (持续、进一步、力争 and a later year) between two
    thematic measures parts, before the shortcomings, is one more measure; at the end it is the plan."""
    promo = "持续推进普法责任制，进一步创新普法方式，持续推进示范社区创建，力争2024年覆盖率达到50%以上。"
    text = report("一、加强组织领导", "全年召开会议4次，研究法治工作。", "二、深化法治宣传", promo,
                  "三、加强基层治理", "调解纠纷86件。", "四、存在的不足", PROBLEMS, "五、下步思路", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "measures", "shortcomings", "next_year_plan"]
    text = report("一、加强组织领导", "全年召开会议4次，研究法治工作。", "二、存在的不足", PROBLEMS, "三、深化法治宣传", promo)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_closing_paragraph_and_an_undated_unit_line_are_not_the_plans_statements(pack):
    """总之，…… after the plan closes the report (the other matters), and the unit's name alone on the last
    line (signed without a date) is no plan sentence."""
    slogan = "2024年，我局将认真研究改进办法，推动法治建设再上新台阶。"
    closing = "总之，我局将以更加坚定的决心、更加有力的措施，持续推进法治政府建设。"
    text = doc("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、存在的不足", PROBLEMS, "三、下步打算", slogan, closing)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "next_year_plan", text) == "fail"
    text = doc("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、存在的不足", PROBLEMS, "三、下步打算", slogan, "", "某县某某局")
    assert status(pack, "next_year_plan", text) == "fail"
    text = doc("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、存在的不足", PROBLEMS, "三、下步打算", PLAN, "", "某县某某局")
    assert status(pack, "next_year_plan", text) == "pass"


def test_a_closing_paragraph_after_the_shortcomings_that_end_the_report_is_not_theirs(pack):
    """总之，…… after a problems part that ends the report (the plan before it) closes the report: its pledge is no
    problem named, and the one generic line left fails the part."""
    gap = "我局法治建设虽然取得了一定成效，但对照群众期待还有一定差距，个别工作还需要进一步改进和提高。"
    closing = "总之，我局将以更高的标准、更实的举措，持续推进法治政府建设，为全县高质量发展提供坚实的法治保障。"
    text = doc("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、下步打算", PLAN, "三、存在的问题", gap, closing)
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings", "other"]
    assert status(pack, "shortcomings", text) == "fail"
    text = doc("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、下步打算", PLAN, "三、存在的问题", PROBLEMS, closing)
    assert status(pack, "shortcomings", text) == "pass"


def test_an_unnumbered_heading_of_two_titles_joined_by_a_dash_is_the_second_ones_part(pack):
    """其他需要报告的情况——党政主要负责人履行推进法治建设第一责任人职责情况 (over 30 characters, two titles): the leaders'
    part, its acts in the year reported on, not the plan's text before it."""
    joined = "其他需要报告的情况——党政主要负责人履行推进法治建设第一责任人职责情况"
    acts = "局长全年主持召开局务会议专题研究法治工作5次，带头参加旁听庭审活动。"
    text = doc("主要工作", "组织执法培训3期，开展普法活动12场。", "存在的不足", PROBLEMS, "2024年工作打算", PLAN, joined, acts)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "first_responsible"]
    assert status(pack, "first_responsible_person", text) == "pass"


def test_lawyers_engaged_and_advisers_named_as_absent(pack):
    assert status(pack, "legal_adviser", report("一、主要举措", "外聘2名执业律师，全年审查合同42份。")) == "pass"
    assert status(pack, "legal_adviser", report("一、主要举措", "本局公职律师0名，法律顾问岗位空缺。")) == "fail"
    assert status(pack, "legal_adviser", report("一、主要举措", "本局公职律师10名，审查合同42份。")) == "pass"


# --- third round: titles of other kinds of body, slogans under sub-headings, long sentences ----


def test_leaders_of_zones_and_sub_districts_and_the_heads_named_as_comrades(pack):
    for leader in ("管委会主任", "街道办事处主任", "党工委书记", "县政府主要负责同志"):
        text = report("一、主要举措", f"{leader}主持召开会议3次专题研究法治建设，带头参加旁听庭审活动。")
        assert status(pack, "first_responsible_person", text) == "pass", leader
    # (another government's, named before its leaders, in this county's report: another body's)
    other = report("一、主要举措", "区政府主要负责同志主持召开会议3次专题研究法治建设，带头参加旁听庭审活动。")
    assert status(pack, "first_responsible_person", other) == "fail"
    resident = report("一、主要举措", "社区居委会主任主持召开居民议事会3次。")
    assert status(pack, "first_responsible_person", resident) == "fail"


def test_an_organisation_heading_is_not_an_action_of_the_leader(pack):
    slogan = report("一、主要举措", "（二）强化组织保障。局主要负责人认真履行推进法治建设第一责任人职责，坚持把法治建设摆上重要议事日程。")
    assert status(pack, "first_responsible_person", slogan) == "fail"
    acted = report("一、主要举措", "（二）强化组织保障。局主要负责人组织召开党组会议3次专题研究法治建设。")
    assert status(pack, "first_responsible_person", acted) == "pass"


def test_a_sub_heading_names_a_topic_and_reports_nothing_done(pack):
    slogan = report("一、主要举措", "（四）深化政务公开。要持续深化政务公开，进一步拓宽公开渠道。")
    assert status(pack, "open_government", slogan) == "fail"
    done = report("一、主要举措", "（四）深化政务公开。主动公开政府信息215条，办理依申请公开12件。")
    assert status(pack, "open_government", done) == "pass"
    # a numbered line that is a whole sentence is text, not a heading
    numbered = report("一、主要举措", "１．推进政务公开，在门户网站主动公开政府信息3870条。")
    assert status(pack, "open_government", numbered) == "pass"


def test_long_sentences_about_publishing_and_legality_review(pack):
    three = ("行政处罚决定书自作出之日起20个工作日内在国家企业信用信息公示系统公开；执法记录仪全程记录；"
             "对12件重大审计处理处罚决定，在作出前由法制审理股进行法制审核。")  # fmt: skip
    assert status(pack, "enforcement_three_systems", report("一、主要举措", three)) == "pass"


def test_the_other_matters_part_reports_last_year_but_proposals_are_not_practice(pack):
    def other(text: str) -> str:
        return report("一、主要举措", "组织执法培训3期，开展普法活动12场。", "二、存在的不足", PROBLEMS,
                      "三、下一步打算", PLAN, "四、其他需要报告的情况", text)  # fmt: skip

    assert status(pack, "legal_adviser", other("县政府法律顾问团12名成员全年审查合同63件。")) == "pass"
    assert status(pack, "administrative_reconsideration", other("全年收到行政复议申请846件，审结812件。")) == "pass"
    assert status(pack, "open_government", other("建议推进政务公开，拓宽公开渠道。")) == "fail"
    assert status(pack, "open_government", other("针对存在问题，建议推进政务公开。")) == "fail"
    # 建议 as a noun is no proposal
    assert status(pack, "open_government", report("一、主要举措", "办理人大代表建议216件，主动公开政府信息830条。")) == "pass"


def test_figures_in_a_table_whose_unit_has_its_own_column(pack):
    rows = ["指标\t单位\t2024年\t2023年", "法律顾问审查合同\t份\t58\t41", "检查培训机构\t家次\t312\t265", "主动公开政府信息\t条\t436\t388"]
    assert status(pack, "quantified_results", report("一、主要举措", "主要数据见下表。", *rows)) == "pass"
    # a row without a unit cell holds no counts (years, codes)
    bare = ["指标\t2024年\t2023年", "编号\t58\t41", "代码\t312\t265", "序号\t436\t388"]
    assert status(pack, "quantified_results", report("一、主要举措", "主要数据见下表。", *bare)) == "fail"


# --- fourth round: topic lines without numbers, more cause wording ------------------------------


def test_unnumbered_topic_lines_before_the_shortcomings_are_the_measures(pack):
    para = TOPIC_PARAGRAPH
    text = report("2023年，我局推进法治政府建设，现将有关情况报告如下。", "党的领导", para, "严格执法",
                  para.replace("218件", "219件"), "存在的不足", PROBLEMS, "下一步打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    assert status(pack, "measures_and_results", text) == "pass"
    assert status(pack, "quantified_results", text) == "pass"
    # a single short line over a paragraph (a subtitle, a name) is no run of topics
    one = report("党的领导", para, "存在的不足", PROBLEMS, "下一步打算", PLAN)
    assert "measures" not in kinds(one)
    # in a numbered report, short lines stay text
    numbered = report("一、主要举措", "党的领导", para, "严格执法", para, "二、存在的不足", PROBLEMS)
    assert [h.title for h in parse(numbered).headings] == ["一、主要举措", "二、存在的不足"]
    # after the shortcomings, a topic line that opens with a later year heads the plan; one that
    # does not stays in the shortcomings
    later = "一是开展执法培训4期，全年组织专题学法不少于6次；二是完善规范性文件审核机制。"
    text = report("党的领导", para, "严格执法", para.replace("218件", "219件"), "存在的不足", PROBLEMS, "2024年重点工作", later)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    # the year in Chinese numerals, as in the date under a signature
    text = report("党的领导", para, "严格执法", para.replace("218件", "219件"), "存在的不足", PROBLEMS, "二〇二四年重点工作", later)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    text = report("党的领导", para, "严格执法", para.replace("218件", "219件"), "存在的不足", "执法队伍方面", PROBLEMS * 2)
    assert kinds(text) == ["measures", "measures", "shortcomings"]


def test_causes_introduced_by_analysis_or_by_objective_and_subjective_sides(pack):
    for text in ("一是审核力量不足。分析其原因，主要在于基层法制审核人员少。",
                 "合同未经审查即签订。客观上，法律专业人员少；主观上，依法决策意识不强。"):  # fmt: skip
        assert status(pack, "shortcoming_reasons", report("一、主要举措", MEASURES, "二、存在的不足", text)) == "pass"


# --- fifth round: long requirement sentences, slogan sub-headings --------------------------------


def test_a_long_sentence_written_as_a_requirement_reports_nothing(pack):
    long = ("重大行政决策必须严格履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定等法定程序，"
            "充分发挥政府法律顾问作用。")  # fmt: skip
    assert status(pack, "legal_adviser", report("一、主要工作", long)) == "fail"
    assert status(pack, "legal_adviser", report("一、主要工作", long.replace("必须严格履行", "严格履行"))) == "pass"


def test_a_slogan_sub_heading_is_no_evidence(pack):
    for heading, rule in (("（一）深入学习贯彻习近平法治思想，牢牢把握正确方向", "xi_law_thought"),
                          ("（一）依法办理行政复议案件，深化政府信息公开", "administrative_reconsideration"),
                          ("（一）充分发挥法律顾问作用，落实年终述法制度", "legal_adviser"),
                          ("（一）充分发挥法律顾问作用，落实年终述法制度", "shufa")):  # fmt: skip
        assert status(pack, rule, report("一、主要工作", heading, "全年组织执法检查12次。")) == "fail", rule
    assert status(pack, "legal_adviser", report("一、主要工作", "（一）发挥法律顾问作用", "常年法律顾问审查合同42份。")) == "pass"


@pytest.mark.parametrize("gap", ["\u3000\u3000\u3000", "\t", "    "])
def test_a_table_row_of_figures_over_a_paragraph_is_no_topic_line(gap):
    # (the unit in the row's label, its cells' figures set apart after it: the last row of a table, a paragraph under it)
    para = TOPIC_PARAGRAPH
    table = ["项目" + gap + "2023年" + gap + "2022年", "检查在建工地（个次）" + gap + "3216" + gap + "2870",
             "隐患整改（处）" + gap + "4382" + gap + "3105"]  # fmt: skip
    text = report("党的领导", para, "严格执法", para.replace("218件", "219件"), *table, para.replace("218件", "220件"),
                  "存在的不足", PROBLEMS, "下一步打算", PLAN)  # fmt: skip
    titles = [h.title for h in parse(text).headings]
    assert titles == ["党的领导", "严格执法", "存在的不足", "下一步打算"]


def test_unheaded_problems_end_the_measures_before_a_plan_found_in_the_other_matters(pack):
    # (一、 measures ending on a paragraph that opens the problems / 二、 the leaders' part / 三、 other matters, where the
    # plan is found: the problems are a part of their own, as before a headed plan)
    problems = "在肯定成绩的同时，我们也清醒认识到，工作中还存在一些短板：一是执法人员不足，二是普法形式单一。主要原因是编制紧张。"
    text = report("一、主要举措和成效", "（一）依法行政", MEASURES, problems,
                  "二、党政主要负责人履行推进法治建设第一责任人职责情况", "局长主持召开党组会议4次研究法治工作。",
                  "三、其他需要报告的情况", "无。2024年，我局将重点抓好以下工作：一是开展执法培训4期；二是完善规范性文件审核机制。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "first_responsible", "other", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"


def test_a_long_unnumbered_measures_heading_over_topic_lines(pack):
    # an unnumbered heading naming the measures with the year (18 characters) over short topic
    # lines, in a report that numbers nothing: the measures part, not the opening
    para = ("区政府常务会议专题研究法治政府建设4次，全年制定规范性文件5件，全部经合法性审核，"
            "办理行政复议案件37件，纠错率8.1%，主动公开政府信息1260条。")  # fmt: skip
    text = report("2023年，区政府坚持依法行政，现将有关情况报告如下。", "2023年法治政府建设主要举措和成效",
                  "把牢政治方向，统筹推进法治建设", para, "深化改革，营商环境持续优化", para.replace("37件", "38件"),
                  "存在的不足和原因", PROBLEMS, "2024年工作安排", PLAN)  # fmt: skip
    assert kinds(text)[0] == "measures"
    assert "measures" not in [p.kind for p in parse(text).parts if p.start < text.index("2023年法治政府建设主要")]
    assert status(pack, "measures_and_results", text) == "pass"
    assert status(pack, "quantified_results", text) == "pass"


def test_an_arabic_marker_glued_to_a_year_is_a_marker(pack):
    # 1.2025年…: the dot before a year is the marker's, not a decimal point (1.5万元 stays text)
    text = report("1.2023年法治政府建设工作情况", MEASURES, "2.存在的主要问题", PROBLEMS, "3.2024年工作安排", PLAN)
    heads = [(h.value, h.title) for h in parse(text).headings]
    assert heads == [(1, "1.2023年法治政府建设工作情况"), (2, "2.存在的主要问题"), (3, "3.2024年工作安排")]
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "numbering_sequence", text) == "pass"
    assert [h.title for h in parse(report("一、主要举措", "1.5万元用于普法宣传。", MEASURES)).headings] == ["一、主要举措"]


def test_topic_lines_of_two_short_phrases_head_the_measures(pack):
    # a report that numbers nothing, its thematic headings two phrases with one ， (17 characters)
    para = ("街道党工委会议专题研究法治建设4次，全年办理行政许可事项126件，组织执法人员培训3期120人次，"
            "办理行政复议案件2件，聘请法律顾问审查合同31份，主动公开政府信息215条。")  # fmt: skip
    text = report("2023年，街道坚持依法行政，现将有关情况报告如下。", "强化组织保障，压紧压实法治建设责任", para,
                  "坚持依法决策，规范街道行政权力运行", para.replace("126件", "127件"), "2024年工作打算", PLAN * 3)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "next_year_plan"]
    assert status(pack, "measures_and_results", text) == "pass"
    # two commas make a sentence, not a heading (the paragraphs after the opening are then one unheaded part)
    text = report("2023年，街道坚持依法行政，现将有关情况报告如下。", "强化保障，压实责任，推进落实", para,
                  "依法决策，规范运行，提升效能", para.replace("126件", "127件"), "2024年工作打算", PLAN * 3)  # fmt: skip
    assert [h.title for h in parse(text).headings] == ["2024年工作打算"]
    assert [(p.kind, p.heading) for p in parse(text).parts[1:]][0] == ("measures", None)
    # a longer pair of phrases (25 characters) is a heading too
    text = report("2023年，街道坚持依法行政，现将有关情况报告如下。", "强化组织保障，压紧压实法治建设责任", para,
                  "全面落实行政执法三项制度，推进严格规范公正文明执法", para.replace("126件", "127件"), "2024年工作打算", PLAN * 3)  # fmt: skip
    assert [h.title for h in parse(text).headings][1] == "全面落实行政执法三项制度，推进严格规范公正文明执法"


@pytest.mark.parametrize(
    "line",
    [
        "1．本局全年未被申请行政复议；以本局为被告的行政诉讼案件1件，局长出庭应诉。",  # an item of a list ends at ；
        "1．全年收到行政复议申请2件，均维持原处理决定",  # a whole line that reports a count
    ],
)
def test_a_numbered_line_that_is_a_statement_is_not_a_title(pack, line):
    text = doc("一、2023年主要举措和成效", "（五）化解行政争议", line, "二、存在的不足和原因", PROBLEMS)
    assert status(pack, "administrative_reconsideration", text) == "pass"
    # a title on a line of its own, or before its full stop, stays a title
    assert status(pack, "administrative_reconsideration", doc("一、2023年主要举措和成效", "（五）行政复议和应诉", "全年办理涉法事务8件。")) == "fail"


@pytest.mark.parametrize("marker", ["（{}）", "{}、"])
def test_topic_lines_head_the_parts_when_only_the_plan_numbers_its_items(marker):
    # unnumbered topic lines over the measures; only the plan numbers its items (（一）… or 一、…):
    # the topics are parts (together the measures), the plan's items stay inside the plan
    body = "全年组织执法检查26次，办理案件14件，公示执法信息120条，开展普法活动8场。"
    items = [marker.format(n) + "加强执法队伍建设，组织执法培训。" for n in "一二三"]
    text = doc("年度主要工作", "学法用法", body, "规范执法", body, "依法决策", body, "存在的不足和原因", PROBLEMS,
               "2024年工作安排", *items)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "measures", "measures", "shortcomings", "next_year_plan"]


def test_a_review_of_the_years_work_heads_the_measures():
    text = doc("全年工作回顾", "加强组织领导。全年召开专题会议3次，组织执法检查26次，办理案件14件。",
               "存在的主要问题", PROBLEMS, "2024年工作思路", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


# --- an unnumbered heading right under a numbered one ------------------------------------------


def test_an_unnumbered_heading_right_under_a_chapter_is_its_sub_heading_not_a_part(pack):
    leader = "局党组书记全年主持党组会议4次专题研究法治建设，带头讲授法治课1次，审签重大决策2件。"
    text = report(
        "第一部分　全年法治建设主要工作",
        "党组领导和主要负责人履职情况", leader,
        "依法行政和执法监督", MEASURES * 3,
        "第二部分　存在的不足和原因", PROBLEMS,
        "第三部分　2024年工作安排", PLAN,
    )  # fmt: skip
    rep = parse(text)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    sub = next(h for h in rep.headings if h.title == "党组领导和主要负责人履职情况")
    chapter = next(h for h in rep.headings if h.title.startswith("第一部分"))
    assert sub.level == chapter.level + 1
    assert status(pack, "measures_and_results", text) == "pass"
    assert status(pack, "first_responsible_person", text) == "pass"
    # with an opening paragraph between them, one worded as the leaders' part inside 一、…二、 too
    intro = "全年围绕法治政府建设目标，统筹推进各项工作，取得了积极成效。"
    text = report("一、主要工作开展情况", intro, "局主要负责人带头推进法治建设", leader, "依法行政和执法监督", MEASURES * 3,
                  "二、存在的不足和原因", PROBLEMS, "三、2024年工作安排", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "measures_and_results", text) == "pass"
    # with text between them, an unnumbered part heading still stands beside the numbered parts
    apart = report("一、主要举措和成效", MEASURES * 3, "二、存在的问题", PROBLEMS, "下步打算", PLAN)
    assert kinds(apart) == ["measures", "shortcomings", "next_year_plan"]
    # right under a numbered problems heading, a plan heading is the plan's own part (the problems left unwritten), not the
    # problems' sub-heading; one naming the problems again is their sub-heading
    empty = report("一、主要举措和成效", MEASURES * 3, "二、存在的问题", "下步打算", PLAN)
    assert kinds(empty) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", empty) == "fail"
    again = report("一、主要举措和成效", MEASURES * 3, "二、存在的问题和下步打算", "存在的问题", PROBLEMS, "三、2024年工作安排", PLAN)
    assert kinds(again) == ["measures", "shortcomings", "next_year_plan"]
    assert [h.level for h in parse(again).headings if h.title == "存在的问题"] == [2]


def test_an_unnumbered_plan_heading_worded_as_its_thinking_is_the_plan(pack):
    text = report("一、主要举措和成效", MEASURES * 3, "二、存在的问题", PROBLEMS, "2024年推进思路", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    # a thematic heading that changes its way of thinking is no plan
    assert kinds(report("一、创新执法思路", MEASURES * 3, "二、存在的问题", PROBLEMS, "三、下步打算", PLAN))[0] == "measures"


# --- unnumbered sub-headings and titles with their body on the same line -----------------------

OTHER_WORK = "全年组织执法人员培训3期，参训干部126人次，开展案卷评查两轮，评查案卷48卷，整改问题15个。"


def test_an_unnumbered_sub_heading_inside_a_numbered_part_is_a_title(pack):
    def with_sub(sub: str) -> str:
        return report("一、主要举措和成效", "（一）加强执法监督", OTHER_WORK, sub, OTHER_WORK,
                      "二、存在的问题", PROBLEMS, "三、下步打算", PLAN)  # fmt: skip

    # a topic line over a paragraph about something else: the item is named, not reported
    assert status(pack, "open_government", with_sub("深化政务公开，自觉接受监督")) == "fail"
    assert status(pack, "open_government", with_sub("（二）深化政务公开，自觉接受监督")) == "fail"
    sub = parse(with_sub("深化政务公开，自觉接受监督")).subtitles
    assert [t.title for t in sub] == ["深化政务公开，自觉接受监督"]
    # a line that says what was done is no title
    done = "全年主动公开政府信息326条，办理依申请公开21件。"
    assert status(pack, "open_government", with_sub(done)) == "pass"


def test_two_short_phrases_over_their_body_on_the_same_line_are_a_title(pack):
    def item(line: str) -> str:
        return report("一、主要举措和成效", line, OTHER_WORK, "二、存在的问题", PROBLEMS, "三、下步打算", PLAN)

    assert status(pack, "open_government", item("（七）深化政务公开，自觉接受监督。" + OTHER_WORK)) == "fail"
    # one sentence on its own line, or one reporting a count, is a statement
    assert status(pack, "open_government", item("（七）深化政务公开，主动公开信息326条。" + OTHER_WORK)) == "pass"
    assert status(pack, "open_government", item("（七）全面推进政务公开，主动接受社会各界监督。")) == "pass"


def test_the_only_numbered_parts_right_under_the_last_unnumbered_heading_are_its_items(pack):
    items = ["一、开展执法培训4期，轮训执法人员。", "二、完善规范性文件审核机制。", "三、推进政务公开标准化建设。"]
    text = report("2023年主要工作举措及成效", "（一）加强组织领导", MEASURES * 2, "（二）规范执法行为", MEASURES * 2,
                  "存在的问题及原因", PROBLEMS, "下一步工作安排", *items)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    # one unnumbered heading over numbered parts is a subtitle, not a chapter
    alone = report("主要工作", "一、主要举措", MEASURES * 3, "二、存在的问题", PROBLEMS, "三、下一步打算", PLAN)
    assert kinds(alone)[-3:] == ["measures", "shortcomings", "next_year_plan"]


def test_topic_lines_whose_items_restart_at_one_head_the_parts(pack):
    leader = "局长全年主持党组会议4次专题研究法治建设，带头讲授法治课1次。"
    text = report(
        "全年工作情况", "全年围绕法治政府建设目标统筹推进各项工作，取得积极成效，现将主要情况报告如下。",
        "主要负责人履行职责", leader,
        "依法决策和合同管理", "1.重大行政决策事项均经局法规科合法性审查后提交集体讨论，全年审查重大决策4件。", "2.审查合同32份，提出修改意见41条。",
        "严格规范执法", "1.执法主体、权限、依据和结果在政府网站和办事大厅公示，全年公示执法信息326条。", "2.开展案卷评查两轮，评查案卷48卷。",
        "存在的不足和原因", PROBLEMS, "2024年工作打算", PLAN,
    )  # fmt: skip
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    titles = [p.heading.title for p in parts]
    assert "严格规范执法" in titles and "依法决策和合同管理" in titles
    leaders = next(p for p in parts if p.heading.title == "主要负责人履行职责")
    assert "执法信息" not in text[leaders.start : leaders.end]
    assert status(pack, "numbering_sequence", text) == "pass"
    # a topic line inside one numbered run is no part: （二） goes on after it
    inside = report("全年工作情况", "（一）依法决策。" + MEASURES, "严格规范执法", MEASURES, "（二）规范执法。" + MEASURES,
                    "存在的不足和原因", PROBLEMS, "2024年工作打算", PLAN)  # fmt: skip
    assert "严格规范执法" not in [p.heading.title for p in parse(inside).parts if p.heading]


def test_one_topic_line_over_items_among_three_heads_a_part_as_the_others_do():
    text = report(
        "全年工作情况", "全年围绕法治政府建设目标统筹推进各项工作，取得积极成效，现将主要情况报告如下。",
        "加强组织领导", "镇党委、镇政府高度重视法治政府建设工作，全年召开专题会议4次，研究部署法治建设重点任务12项。",
        "规范行政执法", "镇综合行政执法队全年办理案件32件，执法信息在镇政府网站公示，案卷评查合格率100%。",
        "加强法治宣传", "1.突出学习重点。全年组织干部集中学法6次，邀请律师专题授课2次。", "2.丰富宣传形式。开展法治宣传进村活动12场。",
        "存在的不足和原因", PROBLEMS, "2024年工作打算", PLAN,
    )  # fmt: skip
    titles = [p.heading.title for p in parse(text).parts if p.heading]
    assert {"加强组织领导", "规范行政执法", "加强法治宣传"} <= set(titles), titles
    assert not any(t.startswith(("1.", "2.")) for t in titles), titles  # 1.…2.… are the last topic's items


@pytest.mark.parametrize("heading", ["三、原因分析", "三、原因剖析"])
def test_a_part_of_causes_after_the_problems_is_the_shortcomings(pack, heading):
    causes = "以上问题的产生，一方面受机构改革后编制压缩影响，执法人员退休多、补充少；另一方面培训经费不足，专业人才引进困难。"
    text = report("一、主要工作及成效", MEASURES * 3, "二、存在的问题", PROBLEMS, heading, causes, "四、下一步工作打算", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcoming_reasons", text) == "pass"
    # digging for causes as a measure is no such heading (（二）深挖原因分析，推动整改落实)
    assert kinds(report("一、主要工作及成效", MEASURES * 3, "二、深挖原因分析，推动问题整改", MEASURES))[:2] == ["measures", "measures"]


def test_an_item_number_before_a_month_is_a_marker_not_a_decimal():
    text = report("一、主要举措", "1.年初制定工作要点。", "2.全年召开会议4次。", "3.4月组织执法培训。", "4.6月开展案卷评查。")
    nums = [h.value for h in parse(text).headings if h.style == "num"]
    assert nums == [1, 2, 3, 4]
    assert [h.value for h in parse(report("一、主要举措", "1.5倍于上年。")).headings if h.style == "num"] == []


def test_a_long_unnumbered_part_heading_is_still_a_heading():
    heading = "区政府主要负责人履行推进法治建设第一责任人职责情况"  # 26 characters
    text = report("全年各项工作推进有力，现报告如下。", heading, "区长全年主持召开常务会议7次研究法治政府建设，带头讲法治课1次。",
                  "全年工作推进情况", MEASURES * 3, "存在的不足和原因", PROBLEMS, "2024年工作打算", PLAN)  # fmt: skip
    assert kinds(text) == ["first_responsible", "measures", "shortcomings", "next_year_plan"]


def test_a_line_opening_with_a_year_after_unnumbered_shortcomings_heads_the_plan(pack):
    plan = ["（一）持续开展执法培训，全年不少于4期。", "（二）进一步完善规范性文件审核机制，做到应审尽审。"]
    text = report("2023年主要举措和成效", "（一）加强组织领导", MEASURES * 2, "存在的问题和不足", PROBLEMS,
                  "2023年重点工作", *plan)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    assert status(pack, "year_consistency", text) == "fail"  # the plan names the report's own year


def test_topic_lines_read_the_same_with_half_width_commas_and_full_width_digits():
    def shaped(comma: str, year: str) -> str:
        return report(f"强化组织保障{comma}压实法治责任", MEASURES * 2, f"规范执法行为{comma}提升执法水平", MEASURES * 2,
                      "存在的问题", PROBLEMS, f"{year}年重点工作", "一是持续开展执法培训，全年不少于4期。二是进一步完善审核机制。")  # fmt: skip

    expected = kinds(shaped("，", "2024"))
    assert expected == ["measures", "measures", "shortcomings", "next_year_plan"]
    assert kinds(shaped(",", "2024")) == expected
    assert kinds(shaped("，", "２０２４")) == expected


def test_a_heading_on_performing_the_unit_s_functions_is_no_leaders_part():
    text = report("一、依法履行人防工程管理职责", MEASURES * 2, "二、主要负责人履行职责情况", "局长主持召开党组会议4次。",
                  "三、存在的问题", PROBLEMS, "四、下一步打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "first_responsible", "shortcomings", "next_year_plan"]


def test_bracketed_tags_with_their_text_on_the_same_line_head_the_parts(pack):
    text = report("【党政主要负责人履职】局长全年主持召开党组会议4次，专题研究法治建设。",
                  "【依法决策】" + MEASURES * 2, "【行政执法】" + MEASURES * 2, "【规范性文件管理】" + MEASURES,
                  "【2024年工作安排】一是持续开展执法培训，全年不少于4期。二是进一步完善审核机制。")  # fmt: skip
    assert kinds(text) == ["first_responsible", "measures", "measures", "measures", "next_year_plan"]
    assert status(pack, "measures_and_results", text) == "pass"
    assert status(pack, "next_year_plan", text) == "pass"
    # a tag inside a sentence, or alone on its line with nothing after it, heads nothing here
    assert kinds(report("一、主要举措", "全年开展【法治进社区】活动12场。" + MEASURES)) == ["measures"]


def test_a_heading_naming_the_principal_leaders_as_comrades_heads_their_part():
    # 主要负责同志 as 主要负责人
    text = report("第一部分　局主要负责同志抓法治建设的情况", MEASURES, "第二部分　主要做法和成效", MEASURES, "第三部分　存在的不足", PROBLEMS, "第四部分　下一步打算", PLAN)
    assert kinds(text) == ["first_responsible", "measures", "shortcomings", "next_year_plan"]


def test_an_unnumbered_heading_spaced_from_its_text_on_one_line_heads_its_part(pack):
    # 存在的问题　一年来，……: the heading, a full-width space (or two), then the part's text
    text = report("主要举措和成效　" + MEASURES * 2, "存在的不足  " + PROBLEMS, "下一步工作打算　" + PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"
    assert status(pack, "next_year_plan", text) == "pass"
    # a sentence with a space in it is no heading: its words before the space name no part alone
    assert kinds(report("一、主要举措和成效", "坚持问题导向 " + MEASURES * 2)) == ["measures"]


def test_topic_heads_spaced_from_their_paragraphs_head_the_measures(pack):
    # 规范执法行为　全县……: unnumbered topic heads with their paragraphs on the same line, then unnumbered
    # shortcomings and plan headings: the topics are the measures' parts
    para = "全年开展执法检查46次，立案查处违法案件37件，组织执法人员培训3期150人次，案卷评查合格率98%。"
    text = report("2023年，县政府推进法治政府建设，现将有关情况报告如下。", "强化组织领导　" + para,
                  "规范执法行为　" + para.replace("46次", "47次"), "加强普法宣传　" + para.replace("46次", "48次"),
                  "存在问题", PROBLEMS, "下步打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures"] * 3 + ["shortcomings", "next_year_plan"]
    assert [h.title for h in parse(text).headings][:3] == ["强化组织领导", "规范执法行为", "加强普法宣传"]
    assert status(pack, "measures_and_results", text) == "pass"
    assert status(pack, "quantified_results", text) == "pass"
    # one ASCII space between words is no gap that sets off a heading (the paragraphs after the opening are then one
    # unheaded part)
    typed = text.replace("　", " ")
    assert [h.title for h in parse(typed).headings] == ["存在问题", "下步打算"]
    assert [(p.kind, p.heading) for p in parse(typed).parts[1:]][0] == ("measures", None)
    # in a numbered report such a line stays text of its part
    numbered = report("一、主要举措", "强化组织领导　" + para, "规范执法行为　" + para, "二、存在的不足", PROBLEMS)
    assert [h.title for h in parse(numbered).headings] == ["一、主要举措", "二、存在的不足"]


def test_the_title_printed_again_below_the_article_is_page_furniture(pack):
    # a web page's template prints the report's title again as the article's last line: no duplicate, no plan text
    title = "某县应急管理局2025年度法治政府建设情况报告"
    body = ["一、主要举措和成效", MEASURES, "二、存在的不足", PROBLEMS, "三、2026年工作打算", PLAN]
    text = "\n".join([title, *body, title, ""])
    assert status(pack, "duplicate_text", text) == "pass"
    report_ = parse(text)
    assert title not in report_.norm[report_.parts[-1].start :]
    # ... but the same title written again inside the body is text like any other
    inside = "\n".join([title, body[0], title + "。" + MEASURES, *body[1:], ""])
    assert status(pack, "duplicate_text", inside) == "fail"


def test_topic_lines_whose_items_start_at_one_after_a_paragraph_of_their_own(pack):
    """Topic lines (抓学习，……) with a paragraph under each; under one of them the paragraph opens
    a list numbered from 1: the topic lines still head the measures' parts, and the list is that
    part's (its repeated 3、 is named as written)."""
    para = "局党组全年组织集中学法6次，开展执法案卷评查2次，评查案卷48卷，发现问题11个，均已整改。"
    text = report("2023年，我局推进法治政府建设，现将有关情况报告如下。", "抓学习，筑牢法治根基", para,
                  "抓执法，规范执法行为", "综合执法队承接区级下放的执法事项后，着力规范执法程序和执法行为，主要做法如下。",
                  "1、执法结果及时公示。全年公示处罚决定48件。", "2、重大决定严格审核。全年审核7件。",
                  "3、推行柔性执法。全年首违不罚12件。", "3、加强队伍培训。全年培训执法队员96人次。",
                  "抓公开，保障知情权", para.replace("6次", "7次"), "问题与不足", PROBLEMS, "下步打算", PLAN)  # fmt: skip
    titles = [h.title for h in parse(text).headings if h.level <= 1]
    assert titles == ["抓学习，筑牢法治根基", "抓执法，规范执法行为", "抓公开，保障知情权", "问题与不足", "下步打算"], titles
    assert kinds(text)[:3] == ["measures", "measures", "measures"]
    (item,) = [i for i in evaluate(parse(text), pack) if i.id == "numbering_sequence"]
    assert item.status == "fail" and "「3、」接在「3、」之后，序号重复" in item.detail, item.detail


# --- shortcomings without a heading, at the end of the measures before a headed plan ----------


def test_a_list_of_problems_after_the_last_measure_is_the_shortcomings_part():
    lead = "对照上级要求，我县法治政府建设还存在一些差距和不足：一是执法人员不足；二是普法形式单一。"
    causes = "究其原因，一方面编制紧张，另一方面培训投入不够。"
    text = report("一、2023年工作情况", "（一）加强组织领导", MEASURES, "（二）规范行政执法", "全年组织执法培训3期。", lead, causes,
                  "二、下一步工作安排", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_problem_list_between_measures_stays_in_the_measures():
    # sub-headings of the measures follow it: the part goes on with measures, nothing is cut
    lead = "对照上级要求，我县法治政府建设还存在一些差距和不足：一是执法人员不足；二是普法形式单一。"
    text = report("一、2023年工作情况", "（一）加强组织领导", MEASURES, lead, "（二）规范行政执法", "全年组织执法培训3期。",
                  "二、下一步工作安排", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "next_year_plan"]
    # ... and a report that has a shortcomings part keeps its measures whole
    text = report("一、2023年工作情况", MEASURES, lead, "二、存在的问题", PROBLEMS, "三、下一步工作安排", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_year_consistency_says_when_there_was_nothing_to_compare(pack):
    from scorer.engine import score_text

    bare = doc("一、2023年主要举措和成效", MEASURES, "二、存在的问题", PROBLEMS, title="某县人民政府2023年度法治政府建设情况报告")
    (item,) = [i for i in score_text(bare, pack).items if i.id == "year_consistency"]
    assert item.status == "pass" and item.detail == "未发现年份矛盾（计划部分的标题和开头没有年份，也没有落款日期和文号可核对）"
    (item,) = [i for i in score_text(report("一、2023年主要举措和成效", MEASURES, "二、2024年工作计划", PLAN), pack).items if i.id == "year_consistency"]
    assert item.status == "pass" and item.detail == "年份一致"


def test_a_numbered_line_reporting_none_is_a_statement_not_a_title(pack):
    # 3.全年……未发生行政复议案件。 over more text on its line reports a zero, as 3.全年办理……12件。 reports a count
    line = "3.全年本局未发生行政复议案件。受理群众投诉举报15件，全部按期办结。"
    text = report("一、2023年工作情况", "（一）化解矛盾纠纷", "1.组织执法培训3期。", "2.开展普法活动6场。", line)
    assert status(pack, "administrative_reconsideration", text) == "pass"
    assert not any("未发生" in h.title for h in parse(text).titles)
    # a short title over its body is still a title
    titled = report("一、2023年工作情况", "（一）强化组织领导。全年召开专题会议4次。")
    assert any(h.title.endswith("强化组织领导") for h in parse(titled).titles)


def test_a_line_leading_into_the_plan_s_items_heads_the_plan(pack):
    # 新的一年，……以下几项工作 on a line of its own leads into next year's items: its comma makes it no sentence
    plan = "2024年，本局将围绕依法行政目标，一是开展执法培训4期；二是推行执法全过程记录；三是完善规范性文件审核机制。"
    text = report("2023年主要举措和成效", MEASURES * 2, "存在的问题和不足", PROBLEMS,
                  "新的一年，我们将重点做好以下几项工作", plan)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    assert parse(text).parts[-1].heading.title.endswith("以下几项工作")
    # a lead-in to last year's work heads nothing
    done = report("2023年主要举措和成效", "2023年，我们重点做好了以下几项工作", MEASURES * 2, "存在的问题和不足", PROBLEMS)
    assert kinds(done) == ["measures", "shortcomings"]


def test_a_line_leading_into_the_problems_after_a_colon_heads_them(pack):
    # ……存在的不足及原因： on a line of its own over numbered problems: their heading, not items of the last measure
    problems = ["1.执法人员专业能力不足，办案质量不高。", "2.普法形式单一，覆盖面不广。"]
    text = report("2023年，我局着力做好了以下几项工作。", "（一）强化组织领导。" + MEASURES, "（二）规范执法行为。" + MEASURES,
                  "对照上级要求，我们清醒认识到工作中存在的不足及原因：", *problems, "2024年工作计划", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"
    # without the colon it is a sentence; and a lead-in to what was done about problems heads nothing
    for line in ("对照上级要求，我们清醒认识到工作中存在的不足及原因。", "针对执法中存在的问题，我局采取了以下措施："):
        other = report("（一）强化组织领导。" + MEASURES, "（二）规范执法行为。" + MEASURES, line, *problems, "2024年工作计划", PLAN)
        assert "shortcomings" not in kinds(other), line


def test_topic_lines_head_the_parts_before_an_unheaded_problems_paragraph_and_plan(pack):
    # topic lines over paragraphs, then the problems and the plan as paragraphs of their own without
    # headings (但也要看到，……还有不小差距：…… / 下一步，……：（一）……): the topic lines are the measures'
    # headings, the paragraphs the shortcomings and the plan, the plan's items under it
    text = report(
        "加强组织领导", "局党组全年召开专题会议研究法治建设4次，制定年度工作要点并分解任务26项。",
        "规范行政执法", "全年办理行政处罚案件56件，组织执法人员培训3期，案卷评查合格率100%。",
        "但也要看到，我局法治建设与上级要求相比还有不小差距：执法人员专业能力不足；普法形式单一。主要原因是编制紧张，培训投入不够。",
        "下一步，我局将重点抓好以下几项工作。", "（一）开展执法培训。2024年计划组织执法培训4期。", "（二）完善审核机制。修订规范性文件审核办法。",
    )  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"
    assert status(pack, "next_year_plan", text) == "pass"
    plan = parse(text).parts[-1]
    assert "2024年计划组织执法培训4期" in text[plan.start : plan.end]


def test_a_lone_topic_line_after_an_unnumbered_leaders_part_heads_the_measures(pack):
    # 局主要负责人履职情况 / …… / 依法行政和服务群众 / …… / 存在的不足：…… / 2024年，我们将……: the short line after the
    # leaders' part is a part heading beside it, though the only such line (a lone short line elsewhere is a subtitle)
    text = report(
        "局主要负责人履职情况", "局党组书记、局长主持召开党组会议3次专题研究法治建设，带头讲法治课1次。",
        "依法行政和服务群众", "全年审查合同协议34份，办理行政处罚案件56件，组织执法人员培训3期，公开政府信息218条。",
        "存在的不足：一是执法人员专业能力不足，二是普法形式单一。主要原因是编制紧张，培训投入不够。",
        "2024年，我们将重点做好以下工作：一是开展执法培训4期；二是修订规范性文件审核办法。",
    )  # fmt: skip
    assert kinds(text) == ["first_responsible", "measures", "shortcomings", "next_year_plan"]
    assert status(pack, "quantified_results", text) == "pass"
    # without the leaders' part heading above it the lone line is no part heading
    alone = report("依法行政和服务群众", "全年审查合同协议34份，办理行政处罚案件56件。", "存在的不足：执法人员专业能力不足。")
    assert "依法行政和服务群众" not in [p.heading.title for p in parse(alone).parts if p.heading is not None]


def test_a_closing_paragraph_leading_into_next_years_work_after_the_shortcomings_is_the_plan(pack):
    # 存在的不足和原因： / …… / 下一步，我局将重点做好以下工作：2024年，争取……: the lead names no year itself, the work after
    # its colon does
    text = report(
        "2023年工作开展情况", "全年办理行政处罚案件56件，组织执法人员培训3期，公开政府信息218条。",
        "存在的不足和原因：", "执法装备不足，全局仅配备执法记录仪3台。主要原因是经费有限。",
        "下一步，我局将重点做好以下工作：2024年，争取县财政支持，新购执法记录仪10台；续聘法律顾问；开展案卷评查2次。",
    )  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    # the report's own year after the colon leads into no plan
    same = text.replace("以下工作：2024年，", "以下工作：2023年，")
    assert kinds(same) == ["measures", "shortcomings"]


def test_a_paragraph_saying_the_shortfalls_are_to_be_seen_too_opens_the_shortcomings(pack):
    # （二）…… / 同时也要看到，我街道法治建设还存在一些短板。…… / 2024年，我们将……: the measures' last paragraph
    text = report(
        "（一）抓好学习。全年组织集中学法12次，参学干部260人次。", "（二）抓好普法。开展普法宣传活动18场，发放资料3200份。",
        "同时也要看到，我街道法治建设还存在一些短板。街道本级尚未聘请常年法律顾问；社区工作人员流动较大。主要原因是编制紧张。",
        "2024年，我们将：一是聘请常年法律顾问；二是开展社区工作人员培训4期。",
    )  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"
    # seen without a shortfall named it opens nothing
    seen = text.replace("同时也要看到，我街道法治建设还存在一些短板。", "同时也要看到，群众的法治需求日益多样。")
    assert kinds(seen) == ["measures", "measures", "next_year_plan"]


def test_an_unnumbered_heading_saying_some_problems_remain_heads_the_shortcomings():
    # 工作中还有一些问题需要正视: a heading written as a sentence with 还有 as well as 还存在, after the plan
    text = report("2023年主要工作", MEASURES, "2024年重点工作", PLAN, "工作中还有一些问题需要正视", PROBLEMS)
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]


def test_a_chapter_headed_by_a_sentence_naming_remaining_problems_is_the_shortcomings(pack):
    # 第二部分 工作中还存在一些不容忽视的问题: a heading written as a sentence; what remains (还存在) names the problems
    text = report("第一部分 2023年主要工作", "一、强化组织领导", MEASURES, "二、规范执法行为", MEASURES,
                  "第二部分 工作中还存在一些不容忽视的问题", "一、执法人员专业能力不足。", "二、普法形式单一。主要原因是编制紧张。",
                  "第三部分 2024年工作打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"


@pytest.mark.parametrize(
    ("heading", "lead", "closing"),
    [
        # 二、存在的问题及下一步工作打算 with no sub-headings: the plan starts at 针对上述问题，2024年我局将……, not at a closing
        # 下一步，…… sentence after its items
        ("二、存在的问题及下一步工作打算", "针对上述问题，2024年我局将着力做好以下工作：", "下一步，我局将持续推动法治建设再上新台阶。"),
        # 存在问题及2024年工作打算: at 2024年，我们将重点做好以下工作： with no 针对上述问题 before it, not at 新的一年，……
        ("二、存在问题及2024年工作打算", "2024年，我们将重点做好以下工作：", "新的一年，我局将持续推动法治建设再上新台阶。"),
        # 存在的问题及下步打算, an unnumbered heading: at 针对上述问题，街道2024年将……, the body named before the year
        ("存在的问题及下步打算", "针对上述问题，街道2024年将重点抓好四件事：", "下一步，街道将持续推动法治建设再上新台阶。"),
    ],
)
def test_a_problems_and_plan_heading_is_cut_where_a_later_year_opens_a_paragraph(pack, heading, lead, closing):
    text = report("一、2023年主要举措和成效", MEASURES, heading, PROBLEMS, lead, "1.充实执法力量，全年招录执法人员5名。",
                  "2.提升案卷质量，每季度开展一次案卷交叉评查。", closing)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    plan = parse(text).parts[-1]
    assert text[plan.start : plan.end].startswith(lead)
    assert status(pack, "next_year_plan", text) == "pass"


@pytest.mark.parametrize(("year", "first"), [("2023", "measures"), ("2024", "next_year_plan")])
def test_a_year_leading_into_aspects_before_the_shortcomings_heads_that_years_work(pack, year, first):
    # 一、2023年，我局重点从以下五个方面推进法治政府建设： in a report on 2023, before the shortcomings: the year's measures; the
    # same line on 2024 leads into the plan
    text = report(f"一、{year}年，我局重点从以下五个方面推进法治政府建设：", "（一）健全工作机制。" + MEASURES,
                  "（二）规范执法。" + MEASURES, "二、存在的不足", PROBLEMS, "三、今后工作思路", PLAN)  # fmt: skip
    assert kinds(text)[0] == first


def test_a_heading_naming_a_focus_a_measure_is_made_is_no_plan(pack):
    # 我们把法治化营商环境作为服务发展的重要着力点: a measure's heading written as a sentence (作为……着力点), not the plan's
    # (下一步工作着力点)
    text = report("我们把规范执法作为建设法治政府的关键环节", MEASURES, "我们把法治化营商环境作为服务发展的重要着力点", MEASURES,
                  "存在的不足", PROBLEMS, "下一步工作着力点", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_a_plan_paragraph_opening_on_its_reason_and_a_later_year_inside_the_shortcomings_is_the_plan(pack):
    # 对此，2024年我局将重点抓好以下工作：一是…… — a paragraph of the headed shortcomings, the problems its reason (对此): the plan
    text = report("一、2023年主要举措和成效", MEASURES, "二、存在的不足", PROBLEMS,
                  "对此，2024年我局将重点抓好以下工作：一是3月底前开展执法培训；二是9月底前完成执法文书修订。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_a_plan_paragraph_opening_on_the_new_year_after_the_shortcomings_is_the_plan(pack):
    # the last part is the shortcomings; a paragraph after them opening 新的一年，…… (next year in words) starts the plan
    text = report("加强组织领导", MEASURES * 2, "规范行政执法", MEASURES * 2, "存在的不足", PROBLEMS,
                  "新的一年，我局将重点抓好以下几方面工作：1.开展执法培训4期。2.完善规范性文件审核机制。")  # fmt: skip
    assert kinds(text)[-2:] == ["shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_a_topic_line_opening_with_a_later_year_before_the_shortcomings_heads_the_plan(pack):
    # 二〇二四年重点工作 (a year in Chinese numerals, no plan word) standing before 存在的问题: the plan, not more measures
    text = report("年度工作开展情况", MEASURES * 2, "二〇二四年重点工作", "一是开展执法培训4期，覆盖全体执法人员；二是完善规范性文件审核机制，做到应审尽审。",
                  "存在的问题", PROBLEMS)  # fmt: skip
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_problems_announced_with_a_full_stop_before_their_first_item_close_the_measures(pack):
    # ……还有不少欠缺。一是…… at the end of the last measures part, before a headed plan: the shortcomings
    text = report("一、2023年主要举措和成效", "（一）强化组织领导", MEASURES * 2,
                  "回头看，我局法治建设还有不少欠缺。一是执法人员专业能力不足；二是普法形式单一。主要原因是编制紧张。",
                  "二、2024年工作打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"


def test_a_lead_in_line_naming_weak_points_and_what_they_mainly_are_heads_the_problems(pack):
    # ……还存在一些薄弱环节，主要是： over numbered problems, after the last measure: their heading
    problems = ["1、执法人员专业能力不足，办案质量不高。", "2、普法形式单一，覆盖面不广。"]
    text = report("（一）强化组织领导。" + MEASURES, "（二）规范执法行为。" + MEASURES,
                  "工作中还存在一些薄弱环节，主要是：", *problems, "2024年工作计划", PLAN)  # fmt: skip
    assert "shortcomings" in kinds(text)
    assert status(pack, "shortcomings", text) == "pass"


def test_a_lead_in_line_heading_the_plan_is_the_plan_although_it_holds_a_comma(pack):
    # 下一步，我们将着力抓好以下几项工作 on its own line heads the plan: not a thematic heading of two clauses classed by
    # its content (a 2023 year in its items made it measures); the problems before it then close the last measure
    text = report("加强组织领导", MEASURES * 2, "规范行政执法", MEASURES * 2,
                  "回顾一年来的工作，我们也清醒认识到还存在一些差距：一是执法人员专业能力不足；二是普法形式单一。主要原因是编制紧张。",
                  "下一步，我们将着力抓好以下几项工作", "一是开展执法培训4期，覆盖全体执法人员；二是完善规范性文件审核机制，做到应审尽审。")  # fmt: skip
    assert kinds(text)[-2:] == ["shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    assert status(pack, "shortcomings", text) == "pass"


def test_a_heading_naming_the_problems_causes_heads_shortcomings_but_not_an_act_on_them(pack):
    # 三、问题成因 after the problems' part is more of the shortcomings (its causes), not a thematic measures part;
    # 深挖问题成因 names what was done about them and stays a measure
    text = report("一、2023年主要举措和成效", MEASURES, "二、存在的问题", PROBLEMS, "三、问题成因",
                  "从外部看，财政收支矛盾突出，装备更新缺少稳定投入；从自身看，部分干部重业务、轻法治。", "四、2024年工作打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "shortcomings", "next_year_plan"]
    acted_on = report("一、深挖问题成因，推动源头治理", MEASURES, "二、存在的问题", PROBLEMS, "三、2024年工作打算", PLAN)
    assert kinds(acted_on)[0] == "measures"


def test_an_unheaded_plan_looking_ahead_to_the_next_year_after_the_shortcomings_is_the_plan(pack):
    # 展望2024年，我局将重点抓好以下工作：…… after the last (headed) part, the problems: the plan, not more problems
    text = report("一、2023年主要举措和成效", MEASURES, "二、存在的问题", PROBLEMS,
                  "展望2024年，我局将重点抓好以下工作：" + PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_unheaded_problems_closing_the_principal_leaders_part_before_a_headed_plan_are_the_shortcomings(pack):
    # the leaders' part is the last before the plan's heading; a paragraph in it opening ……还有不小差距。一是…… is the
    # problems, not more of the leaders' duties
    text = report("一、2023年主要举措和成效", MEASURES, "二、主要负责人履行推进法治建设第一责任人职责情况",
                  "镇党委书记全年主持召开党委会议研究法治工作5次。",
                  "回顾一年来的工作，我们也清醒地看到，镇法治建设与上级要求相比还有不小差距。" + PROBLEMS,
                  "三、2024年工作安排", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "first_responsible", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"


def test_unheaded_problems_closing_the_measures_before_the_leaders_part_and_a_headed_plan_are_the_shortcomings(pack):
    # the measures end on a paragraph opening ……还存在一些差距：一是……; the leaders' part follows, then the plan's heading
    text = report("一、2023年主要举措和成效", MEASURES, "对照法治政府建设要求和人民群众期盼，我镇工作还存在一些差距：" + PROBLEMS,
                  "二、主要负责人履行推进法治建设第一责任人职责情况", "镇党委书记全年主持召开党委会议研究法治工作5次。",
                  "三、2024年工作安排", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "first_responsible", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"


def test_unheaded_problems_leading_into_a_numbered_list_that_ends_the_measures_are_the_shortcomings(pack):
    # the lead-in ends on a colon and its items are numbered lines (1. …… / 2. ……), read as sub-headings of the last
    # topic; the leaders' part and the plan's heading follow
    text = report("一、2023年主要举措和成效", "（一）加强组织领导", MEASURES, "（二）规范行政执法", MEASURES,
                  "回顾全年工作，对照法治政府建设的各项要求和人民群众的期盼，我镇工作还存在一些差距和不足：",
                  "1. 部分村干部依法办事的意识还比较淡薄，处理集体事务时程序不够规范；",
                  "2. 执法人员数量不足，面对违法建设等问题力量明显不够；",
                  "二、主要负责人履行推进法治建设第一责任人职责情况", "镇党委书记全年主持召开党委会议研究法治工作5次。",
                  "三、2024年工作安排", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "first_responsible", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"


def test_lead_in_sentences_ending_on_a_full_stop_head_the_parts_of_a_report_without_headings(pack):
    # no heading at all: each part opens on a one-sentence paragraph announcing what follows (……主要做了以下工作。 /
    # ……还存在以下问题。), as a colon would
    text = report("2023年，镇党委、政府认真贯彻落实上级部署，现将有关情况报告如下。",
                  "一年来，我镇主要做了以下工作。", "一是" + MEASURES, "二是" + MEASURES,
                  "对照上级要求，我镇法治政府建设工作中还存在以下问题。", PROBLEMS,
                  "针对上述问题，2024年我镇将着力抓好以下几项工作。", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcoming_reasons", text) == "pass"
    # ... but right under a heading such a sentence is the part's first words, not a second heading
    headed = report("一、2023年主要举措和成效", MEASURES, "二、2024年工作思路", "2024年是关键之年，我县将重点做好以下工作。", PLAN)
    assert [h.title for h in parse(headed).headings] == ["一、2023年主要举措和成效", "二、2024年工作思路"]


def test_a_years_key_work_heads_the_plan(pack):
    # 2024年重点工作 as an unnumbered line after unheaded problems: the plan's heading, as 工作重点 is
    text = report("一、2023年主要举措和成效", MEASURES, "同时也要清醒地看到，我县法治政府建设与上级要求相比还有不小差距。" + PROBLEMS,
                  "2024年重点工作", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_topic_lines_over_items_numbered_anew_head_the_parts_without_a_later_heading(pack):
    # 加强组织领导 / （1）…… （2）…… / 规范行政执法 / （1）…… （2）……, the problems and the plan unheaded at the end: the topic
    # lines head the parts, the items stay items (not each a part of its own, classified alone)
    item = "（{}）{}全年开展相关工作{}次，形成工作台账，取得明显成效。"
    text = report("加强组织领导", item.format(1, "镇党委书记主持召开专题会议研究法治建设，", 4), item.format(2, "组织干部集中学法，", 6),
                  "规范行政执法", item.format(1, "推行执法公示，", 12), item.format(2, "执法人员佩戴执法记录仪，", 30),
                  "同时也要清醒地看到，我镇法治政府建设与上级要求相比还有不小差距。" + PROBLEMS,
                  "下一步，我镇将着力抓好以下工作：" + PLAN)  # fmt: skip
    parsed = parse(text)
    assert [h.title for h in parsed.headings if h.style == "plain"] == ["加强组织领导", "规范行政执法"]
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_a_publication_note_under_the_title_heads_no_part(pack):
    # （此件公开发布） under the title, the opening paragraph after it, topic lines over the measures: a note, not a topic
    # line heading the opening
    text = "\n\n".join([
        "某县人民政府关于2023年度法治政府建设情况的报告", "（此件公开发布）",
        "　　2023年，县政府坚持以习近平新时代中国特色社会主义思想为指导，认真贯彻落实上级各项部署要求，现将有关情况报告如下。",
        "2023年主要工作情况", "坚持党的领导，统筹谋划法治建设\n　　" + MEASURES, "规范行政执法，提升执法水平\n　　" + MEASURES,
        "存在的不足和原因\n　　" + PROBLEMS, "2024年工作安排\n　　" + PLAN, "某县人民政府\n2024年2月20日\n",
    ])  # fmt: skip
    parts = parse(text).parts
    assert [p.kind for p in parts][:2] == ["preamble", "measures"]
    assert parts[1].heading is not None and parts[1].heading.title == "2023年主要工作情况"


def test_an_unheaded_plan_right_before_unheaded_problems_at_the_end_is_the_plan(pack):
    # the other order: 新的一年，……重点做好三方面工作：一是…… then ……还存在一些短板：一是…… closing the one part
    text = report("一、2023年主要工作", MEASURES,
                  "新的一年，镇政府将重点做好三方面工作：一是完善法律顾问制度；二是全年组织执法培训4期；三是推行年终述法。",
                  "当然，对照上级要求，我镇法治建设还存在一些短板：" + PROBLEMS)  # fmt: skip
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_an_unheaded_plan_opening_on_the_problems_and_the_year_after_them_is_the_plan(pack):
    # 针对上述问题，2024年我们将着力抓好以下工作。一是…… after unheaded problems closing the measures
    text = report("一、2023年主要举措和成效", MEASURES, "对照上级要求，我局工作还存在一些差距：" + PROBLEMS,
                  "针对上述问题，2024年我们将着力抓好以下工作。" + PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_a_lead_in_line_naming_the_count_of_aspects_heads_the_plan(pack):
    # 2026年，我局将着力从五个方面推动……：, its items numbered as the measures' topics were (1. ……)
    text = report("1. 加强组织领导", MEASURES, "2. 规范行政执法", MEASURES, "工作中还存在一些不容忽视的问题。" + PROBLEMS,
                  "2024年，我局将着力从三个方面推动法治政府建设取得新突破：", "1. 完善法律顾问制度", "全年审查合同不少于20份。",
                  "2. 推行年终述法", "局长年底向县委述法。")  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_the_reports_closing_paragraph_after_the_plan_is_no_plan_text(pack):
    # 以上是……情况。…… after a plan of one stock line: a closing, not more of the plan, which stays too thin
    closing = "以上是我镇2023年法治政府建设情况。一年来的实践让我们认识到，基层法治建设只有和群众的急难愁盼结合起来，才能真正落地生根，我们将认真查找短板，不断提高依法履职水平。"  # fmt: skip
    text = report("一、2023年主要举措和成效", MEASURES, "二、存在的问题", PROBLEMS, "三、2024年工作打算",
                  "2024年，我镇将继续坚持以习近平法治思想为指导，认真贯彻落实上级各项部署，推动各项工作再上新台阶。", closing)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "next_year_plan", text) == "fail"


def test_a_lead_in_line_into_the_aspects_to_work_on_heads_the_plan(pack):
    # 下一步，我乡将重点从以下几个方面着力： on its own line after the problems, before another part: the plan's heading
    text = report("一、2023年主要举措和成效", MEASURES, "二、存在的问题及原因", PROBLEMS,
                  "下一步，我乡将重点从以下几个方面着力：", "2024年，" + PLAN, "三、其他需要说明的事项", "无。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_an_unheaded_plan_facing_the_next_year_after_the_shortcomings_is_the_plan(pack):
    # 面向2024年，街道将重点抓好以下工作：…… after the problems, in the last part: the plan
    text = report("一、2023年主要举措和成效", MEASURES, "二、存在的问题", PROBLEMS,
                  "面向2024年，街道将重点抓好以下工作：" + PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_lead_in_line_looking_back_on_the_year_heads_the_measures_and_a_sign_off_closes_the_plan(pack):
    # 过去一年，我局主要做了以下几方面工作： heads the measures (not the preamble's); 以上报告，请审阅。…… after the plan's
    # one stock line is the closing, not plan text
    text = report("过去一年，我局主要做了以下几方面工作：", "一是" + MEASURES * 2, "二是" + MEASURES * 2, "问题和不足", PROBLEMS,
                  "2024年工作思路", "2024年，我局将继续深入推进法治建设，不断提升依法行政水平。",
                  "以上报告，请审阅。我局将坚持以习近平法治思想为指导，持续推动法治政府建设，为全县高质量发展提供坚实法治保障。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "measures_and_results", text) == "pass"
    assert status(pack, "next_year_plan", text) == "fail"


def test_an_unheaded_plan_leading_into_its_items_after_the_shortcomings_is_the_plan(pack):
    # 下一步，我委将……着力抓好以下几方面工作。一是…… at the end of the last part, the problems, names no year: it leads into
    # items all the same, the plan; 下一步，我委将针对上述问题，认真研究解决。 alone stays the problems' promise
    lead = "下一步，我委将围绕法治建设重点任务，着力抓好以下几方面工作。"
    text = report("一、2023年主要举措和成效", MEASURES, "二、存在的问题", PROBLEMS + lead + PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    promise = report("一、2023年主要举措和成效", MEASURES, "二、存在的问题", PROBLEMS + "下一步，我委将针对上述问题，认真研究解决。")
    assert kinds(promise) == ["measures", "shortcomings"]
    # (the lead-in and its first item in one sentence: ……做好以下几个方面的工作：一是……，……。二是……)
    joined = report("一、2023年主要举措和成效", MEASURES, "二、存在的问题",
                    PROBLEMS + "下一步，我委将重点做好以下几个方面的工作：一是加强干部学法，每季度组织一次集中学法。二是完善合同审查。")  # fmt: skip
    assert kinds(joined) == ["measures", "shortcomings", "next_year_plan"]
    # (a verb after the lead: ……将在以下方面着力：一是……)
    verb = report("一、2023年主要举措和成效", MEASURES, "二、存在的问题",
                  PROBLEMS + "下一步，我委将在以下方面着力：一是加强干部学法，每季度组织一次集中学法；二是完善合同审查。")  # fmt: skip
    assert kinds(verb) == ["measures", "shortcomings", "next_year_plan"]


def test_the_works_problems_announced_in_a_sentence_of_their_own_close_the_last_topic_part(pack):
    # topic lines; the last one's text runs on: 工作中也还存在一些不容忽视的问题。…… (no colon, no 一是) opens the problems,
    # then 下一步，…… the plan; a finding of an inspection (检查发现部分企业还存在一些问题。) inside a measure does not
    opening = "工作中也还存在一些不容忽视的问题。部分干部法治意识还不够强，执法文书质量参差不齐；普法宣传形式较为传统。主要原因是编制紧张。"
    text = report("加强组织领导", MEASURES * 2, "规范行政执法", MEASURES * 2, opening,
                  "下一步，我镇将重点抓好以下几项工作：2024年开展执法培训4期，完善规范性文件审核机制。")  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    finding = report("加强组织领导", MEASURES * 2, "规范行政执法", MEASURES + "检查发现部分企业还存在一些问题。督促整改到位12家。")
    assert "shortcomings" not in kinds(finding)


def test_unheaded_problems_announced_as_weak_points_close_the_last_topic_part(pack):
    # 但也要清醒看到，……我局工作仍有薄弱之处：一是…… after the last topic line's text: the shortcomings
    text = report("加强组织领导", MEASURES * 2, "普法宣传", MEASURES * 2,
                  "但也要清醒看到，对照法治政府建设的要求，我局工作仍有薄弱之处：" + PROBLEMS, "2024年工作打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


@pytest.mark.parametrize(
    "opening",
    [
        # the shortfall seen clearly, then the problems in sentences of their own (no colon, no 一是)
        "在取得成绩的同时，我们也清醒看到，全镇法治政府建设与上级要求和群众期待还有不小距离。",
        # a distance still to go, its list after a colon
        "对照上级要求，我镇法治政府建设还有不小的距离：",
    ],
)
def test_unheaded_problems_announced_as_a_shortfall_seen_close_the_last_topic_part(pack, opening):
    problems = "镇机关懂法律的专业人才缺乏，涉法事务处理主要靠经验；部分村干部依法办事意识淡薄。"
    text = report("加强组织领导", MEASURES * 2, "普法宣传", MEASURES * 2, opening + problems,
                  "2024年，我镇将重点抓好以下几方面工作：" + PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    # (seeing clearly what matters is no shortfall)
    seen = report("加强组织领导", MEASURES * 2, "普法宣传", MEASURES + "我们清醒认识到法治宣传的重要性。")
    assert "shortcomings" not in kinds(seen)


def test_an_unheaded_plan_closing_the_problems_before_headed_other_matters_is_the_plan(pack):
    # 三、其他需要报告的事项 ends the report; the plan 2026年，我局将……以下几个方面工作：…… closes the problems before it
    text = report("一、2025年主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS,
                  "2026年，我局将着重抓好以下几个方面工作：" + PLAN, "三、其他需要报告的事项", "全年未发生因违法行政被追究责任的情形。",
                  title="某县应急管理局2025年度法治政府建设情况报告", signed="2026年2月20日")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_an_unheaded_plan_after_the_leaders_part_that_ends_the_report_is_the_plan(pack):
    # the principal leaders' part comes last; 2024年，我局将……着力做好以下几方面工作：…… after it is the plan, not more of
    # the leaders' duties; a sentence there naming no later year stays the leaders'
    leaders = "局长全年主持召开局党组会议4次专题研究法治建设，年底在全县述法评议会上述法。"
    text = report("一、2023年主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS, "三、主要负责人履职情况", leaders,
                  "2024年，我局将围绕建设法治机关目标，着力做好以下几方面工作：" + PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "first_responsible", "next_year_plan"]
    plain = report("一、2023年主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS, "三、主要负责人履职情况", leaders,
                   "下一步，局长将继续带头学法用法。")  # fmt: skip
    assert kinds(plain) == ["measures", "shortcomings", "first_responsible"]


def test_a_numbered_plan_heading_written_as_a_sentence_on_the_next_year_is_the_plan(pack):
    # 二、2024年，我局将围绕以下重点持续用力。: a heading of two clauses, opening on the next year and 将 — the plan, not a
    # thematic heading judged by its items; the problems closing the measures before it are the shortcomings
    problems = "成绩来之不易，但对照群众期待，我局工作也还有一些短板：" + PROBLEMS
    text = report("一、2023年，我局主要做了以下工作。", "（一）强化学习", MEASURES, "（二）规范执法", MEASURES, problems,
                  "二、2024年，我局将围绕以下重点持续用力。", "（一）抓好学法", "继续由局长带头学法，年内组织集中学法6次。",
                  "（二）落实审核", "年内组织案卷评查2次。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    # (a heading of two clauses on the year reported on stays thematic: 二、2023年，我局强化执法监督)
    done = report("一、2023年，我局主要做了以下工作。", "（一）强化学习", MEASURES, "二、2023年，我局将执法监督摆在突出位置。", MEASURES)
    assert "next_year_plan" not in kinds(done)


@pytest.mark.parametrize(
    "opening",
    [
        "存在的不足：",  # a label and a colon opening the paragraph
        "存在的不足及原因：",  # ... naming the causes too
        # the shortfall seen clearly after the year's praise
        "一年来，我局法治建设工作虽然取得了一定成绩，得到了县委、县政府的肯定，但我们也清醒地看到存在一些不容忽视的问题：",
        "回顾全年工作，成绩固然可喜，短板也不容忽视：",  # the shortfall said not to be overlooked
    ],
)
def test_unheaded_problems_opened_by_a_label_or_a_shortfall_not_to_be_overlooked_close_the_measures(pack, opening):
    # after the last numbered item of the measures, before a headed plan; and after the last topic line, before an unheaded plan
    numbered = report("一、2023年工作开展情况", "（一）加强组织领导", MEASURES, "（二）规范行政执法", MEASURES, opening + PROBLEMS,
                      "二、下一步工作思路", PLAN)  # fmt: skip
    assert kinds(numbered) == ["measures", "shortcomings", "next_year_plan"]
    topics = report("加强组织领导", MEASURES * 2, "普法宣传", MEASURES * 2, opening + PROBLEMS, "2024年，我镇将重点抓好以下几方面工作：" + PLAN)
    assert kinds(topics) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_a_plan_leading_into_a_later_years_items_inside_the_headed_other_matters_is_a_plan_part(pack):
    # 四、其他需要报告的情况 / 无其他需要报告的情况。另外，……县政府将于2024年重点抓好以下几项工作：一是……: the plan's items, not other
    # matters of the year; the headed plan of slogans and these items are one plan
    hidden = "无其他需要报告的情况。另外，根据县委工作安排，县政府将于2024年重点抓好以下几项工作：一是上半年修订重大行政决策程序规定；二是年内开展执法案卷评查2次。"
    text = report("一、2023年主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS, "三、下一步工作打算",
                  "下一步，县政府将持续推进依法行政，不断提升法治政府建设水平。", "四、其他需要报告的情况", hidden)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other", "next_year_plan"]
    # (other matters naming the year reported on stay other matters)
    done = hidden.replace("将于2024年", "于2023年")
    assert kinds(text.replace(hidden, done))[-1] == "other"


def test_a_paragraph_opening_on_a_later_year_and_leading_into_items_ends_the_headed_other_matters_as_the_plan(pack):
    # 二、其他需要报告的情况 / ……（the year's other matters）。 / 2024年，我局将重点抓好以下工作：一是…… — the plan has no heading
    plan = "2024年，我局将重点抓好以下工作：一是制定重大执法决定法制审核清单；二是开展执法培训2期；三是推行领导班子成员年终述法。"
    other = "全年未发生安全生产事故。10月开展专项督查一次，发现问题5条，已全部整改。"
    text = report("一、2023年工作开展情况", MEASURES * 2, PROBLEMS, "二、其他需要报告的情况", other, plan)
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    assert [p.kind for p in parts][-2:] == ["other", "next_year_plan"]
    assert text[parts[-1].start :].startswith("2024年，我局将") and "督查" in text[parts[-2].start : parts[-2].end]
    assert status(pack, "next_year_plan", text) == "pass"
    # (the year reported on opening the paragraph: other matters of that year)
    assert kinds(text.replace(plan, plan.replace("2024年，我局将", "2023年，我局还")))[-1] == "other"


def test_a_plan_paragraph_ending_the_measures_before_headed_shortcomings_is_the_plan(pack):
    # 一、…… / （一）… （二）… / 2024年，我镇将重点抓好以下工作：一是…… / 二、存在的不足 — the plan has no heading of its own
    plan = "2024年，我镇将重点抓好以下工作：一是开展执法培训4期；二是完善规范性文件审核机制；三是推动村（社区）法律顾问全覆盖。"
    text = report(
        "一、主要举措和成效", "（一）强化组织领导", MEASURES, "（二）推进依法行政", "全年办理行政复议案件3件。", plan,
        "二、存在的不足", PROBLEMS,
    )  # fmt: skip
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    assert [p.kind for p in parts] == ["measures", "next_year_plan", "shortcomings"]
    assert text[parts[1].start :].startswith("2024年，我镇将") and "复议" not in text[parts[1].start : parts[1].end]
    assert status(pack, "next_year_plan", text) == "pass"
    # a closing paragraph of the measures that is no plan stays with them
    closing = report("一、主要举措和成效", "（一）强化组织领导", MEASURES, "总之，全镇法治建设取得了新的成效。", "二、存在的不足", PROBLEMS)
    assert kinds(closing) == ["measures", "shortcomings"]


def test_a_last_item_of_the_measures_titled_as_the_shortcomings_is_the_shortcomings(pack):
    # 第一部分 …… （一）…… （二）正视工作中的短板弱项 / 第二部分 2024年工作谋划: the problems written as the measures' last item
    text = report(
        "第一部分　2023年主要举措和成效", "（一）强化组织领导", MEASURES, "（二）正视工作中的短板弱项", PROBLEMS,
        "第二部分　2024年工作谋划", PLAN,
    )  # fmt: skip
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    assert [p.kind for p in parts] == ["measures", "shortcomings", "next_year_plan"]
    assert "编制紧张" in text[parts[1].start : parts[1].end] and "县长" not in text[parts[1].start : parts[1].end]
    assert status(pack, "shortcomings", text) == "pass"
    # a last item on a measure (补齐……短板) stays with the measures
    fixing = report(
        "第一部分　2023年主要举措和成效", "（一）强化组织领导", MEASURES, "（二）补齐执法队伍短板", MEASURES,
        "第二部分　2024年工作谋划", PLAN,
    )  # fmt: skip
    assert kinds(fixing) == ["measures", "next_year_plan"]


def test_an_item_of_the_measures_titled_as_the_shortcomings_in_their_middle_is_the_shortcomings(pack):
    # 第二部分 …… （二）正视存在的不足。……一是…… / （三）…… / 第三部分 2024年工作打算: the problems an item among the measures'
    problems = "（二）正视存在的不足。我乡工作仍有短板：一是执法人员不足；二是普法形式单一。之所以出现这些问题，是因为编制紧张、经费有限。"
    text = report(
        "第一部分　2023年主要举措和成效", "（一）强化组织领导", MEASURES * 2, problems, "（三）深化法治宣传", MEASURES.replace("5次", "6次") * 2,
        "第二部分　2024年工作打算", PLAN,
    )  # fmt: skip
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    assert [p.kind for p in parts] == ["measures", "shortcomings", "measures", "next_year_plan"]
    assert "编制紧张" in text[parts[1].start : parts[1].end] and "深化法治宣传" not in text[parts[1].start : parts[1].end]
    for rule in ("shortcomings", "shortcoming_reasons", "measures_and_results"):
        assert status(pack, rule, text) == "pass", rule
    # the outline lists the items that open the cut parts
    outline = "\n".join(parse(text).outline())
    assert "（二）正视存在的不足" in outline and "（三）深化法治宣传" in outline
    # an item in the middle on a measure (补齐……短板) stays with the measures
    fixing = text.replace("（二）正视存在的不足", "（二）补齐执法队伍短板")
    assert kinds(fixing) == ["measures", "next_year_plan"]


def test_several_stated_topic_lines_flush_over_indented_paragraphs_head_a_plain_texts_parts(pack):
    # 坚持党的领导，法治建设责任体系不断压实。 / 　　区政府…… — plain text's bold: a sentence set out of the indented
    # paragraphs; several of them are the topics' headings, the unheaded problems and plan after them parts of their own
    topics = ["坚持党的领导，法治建设责任体系不断压实。", "坚持科学民主依法决策，决策质量逐步提高。", "坚持严格规范公正文明执法，执法水平不断提升。"]
    problems = "　　当前，我区法治政府建设还存在一些不容忽视的问题：一是执法人员不足；二是普法形式单一。究其原因，主要是编制紧张、经费不足。"
    plan = "　　2024年，我们将重点做好以下几项工作：" + PLAN

    def text(heads: list[str], indent: str = "　　") -> str:
        body = [x for h in heads for x in (h, indent + MEASURES)]
        return report("　　2023年，区政府认真贯彻落实上级部署，现将有关情况报告如下。", *body, problems, plan)

    parts = [p for p in parse(text(topics)).parts if p.kind != "preamble"]
    assert [p.kind for p in parts] == ["measures"] * 3 + ["shortcomings", "next_year_plan"]
    assert [p.heading.title for p in parts[:3]] == topics
    assert status(pack, "shortcomings", text(topics)) == "pass"
    # (two are no headings, nor are sentences over paragraphs set flush as they are: the paragraphs between the opening and
    # the unheaded problems are then one part without a heading, judged by its content)
    for few in (text(topics[:2]), text(topics, indent="")):
        parsed = parse(few)
        assert not parsed.headings
        assert [p.kind for p in parsed.parts] == ["preamble", "measures", "shortcomings", "next_year_plan"]


def test_a_report_without_headings_is_split_at_its_unheaded_problems_and_plan(pack):
    # 2025年，……报告如下。 / 加强组织保障 / …… / 依法决策。街道…… / 存在的不足：一是…… / 2026年，我们将……：一是……
    # — not one heading: the opening paragraph, the work after it, the problems and the plan, each a part
    body = ["某区人民政府：", "　　2023年，街道坚持以习近平法治思想为指导，扎实推进法治政府建设，现将有关情况报告如下。",
            "加强组织保障", "　　" + MEASURES, "依法决策。街道制定重大事项集体决策规则，全年集体研究重大事项12项，审查合同17份。",
            "规范执法。全年办理行政处罚案件312件，公示执法信息426条，执法人员佩戴执法记录仪全程记录，重大执法决定全部经法制审核。"]  # fmt: skip
    problems = "存在的不足：一是综合执法人员数量不足，节假日执法力量紧张；二是个别社区法治宣传形式单一。"
    text = report(*body, problems, "2024年，我们将重点抓好以下工作：" + PLAN)
    parsed = parse(text)
    assert not parsed.headings
    assert [p.kind for p in parsed.parts] == ["preamble", "measures", "shortcomings", "next_year_plan"]
    assert parsed.parts[1].label == "开头部分之后的无标题段落（主要举措和成效）"
    assert parsed.norm[parsed.parts[1].start :].startswith("加强组织保障")  # (the opening paragraph stays the preamble's)
    assert status(pack, "measures_and_results", text) == "pass" and status(pack, "shortcomings", text) == "pass"
    # without paragraphs opening the problems or the plan, it stays one preamble
    assert [p.kind for p in parse(report(*body)).parts] == ["preamble"]


def test_stated_topic_lines_over_items_numbered_from_one_head_the_parts(pack):
    # 局党组书记、局长带头抓法治，第一责任人职责落到了实处。 / 1.…… 2.…… — sentences set over lists numbered anew from 1
    # head the parts; the whole-sentence items under them are their text, and a table's last row is no topic line
    topics = ["局主要负责人带头抓法治，第一责任人职责落到了实处。", "围绕执法重点，推进依法行政。", "抓住重点人群，普法更接地气。"]
    items = [["1.局党组书记、局长全年主持召开党组会专题研究法治建设3次，审定年度法治建设任务清单。",
              "2.年终，局长在全县述法评议会上作现场述法，其他班子成员书面述法。"],
             ["1.全年开展执法检查46次，立案查处违法案件37件，案卷评查合格率98%。",
              "2.审查行政执法决定22件，纠正程序瑕疵3件，全部整改到位。"],
             ["1.局党组理论学习中心组专题学习习近平法治思想2次，局务会会前学法10次。",
              "2.开展“法律进企业”活动12场，发放宣传资料3000余份。"]]  # fmt: skip
    table = ["表1　2023年主要工作数据", "集体研究重大事项　　　　17项", "主动公开政府信息　　　　118条"]
    problems = "存在的不足：一是执法人员不足，执法力量与任务不相适应；二是普法形式单一。究其原因，主要是编制紧张。"
    body = [x for topic, its in zip(topics, items) for x in (topic, *its)]
    text = report("2023年，我局推进法治政府建设，现将有关情况报告如下。", *body, *table, problems, "2024年，我们将：" + PLAN)
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    assert [p.heading.title if p.heading else None for p in parts[:3]] == topics
    assert [p.kind for p in parts] == ["first_responsible", "measures", "measures", "shortcomings", "next_year_plan"]
    for rule in ("shufa", "xi_law_thought", "numbering_sequence"):
        assert status(pack, rule, text) == "pass", rule
    # a numbered run whose 3. runs into a figure (3.9个村……, read as the number 3.9) is no gap in its context
    gap = report("一、主要举措", "1.开展执法检查46次。", "2.审查合同22份。", "3.9个村均配备法律顾问，提供咨询260人次。", "4.办理复议案件2件。")
    assert status(pack, "numbering_sequence", gap) == "pass"
    assert status(pack, "numbering_sequence", gap.replace("3.9个村", "9个村")) == "fail"


def test_a_lead_line_with_words_before_its_problems_opens_the_unheaded_shortcomings(pack):
    # ……（topics）…… / 当前，……还存在一些不容忽视的问题：一是…… — the words between 一些 and 问题 (不容忽视的) as in the headed form
    lead = "当前，我区法治政府建设还存在一些不容忽视的问题：一是执法人员不足；二是普法形式单一。"
    text = report("加强组织领导", MEASURES * 2, "规范行政执法", MEASURES * 2, lead, "2024年，我区将重点抓好以下几方面工作：" + PLAN)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_next_year_in_words_leading_into_items_inside_other_matters_is_the_plan(pack):
    # 四、其他需要报告的情况 / ……。新的一年，我乡将着力抓好以下工作：一是…… — the plan from that sentence on
    other = "2023年，我乡未发生因违法行政被问责的情况。新的一年，我乡将着力抓好以下工作：一是上半年制定合法性审查事项清单；二是开展执法培训4期。"
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足", PROBLEMS, "三、其他需要报告的情况", other)
    assert kinds(text) == ["measures", "shortcomings", "other", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    # without a lead into items it stays other matters
    assert kinds(text.replace("将着力抓好以下工作：一是", "将").replace("；二是", "，")) == ["measures", "shortcomings", "other"]


def test_matters_needing_explanation_are_other_matters_and_a_counted_lead_into_items_there_is_the_plan(pack):
    # 二、需要说明的情况 / （a sentence）。 / 2024年，我局将着重做好三件事：一是…… — other matters, then the plan without a heading;
    # the problems written as the measures' last paragraph before them
    problems = "工作中也还存在一些不足：一是执法人员不足；二是普法形式单一。主要原因是编制紧张。"
    plan = "2024年，我局将着重做好三件事：一是修订审核办法；二是开展执法培训2期；三是完善整改台账。"
    text = report("一、2023年工作情况", MEASURES * 2, problems, "二、需要说明的情况", "局主要负责人履职情况已另行专题报告。", plan)
    assert kinds(text) == ["measures", "shortcomings", "other", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    # (a count of things done, not a lead into the next year's items: other matters still)
    done = plan.replace("2024年，我局将着重做好", "2023年，我局还做好了")
    assert kinds(text.replace(plan, done))[-1] == "other"
    # (the next year's work as the sentence's topic: 关于2024年工作，我局将……)
    topic = plan.replace("2024年，我局将着重做好", "关于2024年工作，我局将重点做好")
    assert kinds(text.replace(plan, topic))[-1] == "next_year_plan"


def test_problems_opening_a_sentence_of_the_measures_last_paragraph_before_a_headed_plan_are_the_shortcomings(pack):
    # ……（二）深化普法。……。在肯定成绩的同时，我们也清醒看到工作中仍存在一些短板：一是…… / 二、今后工作思路 — no heading of their own,
    # not even a paragraph: the rest of the last paragraph from that sentence
    problems = "在肯定成绩的同时，我们也清醒看到工作中仍存在一些短板：一是执法人员不足；二是普法形式单一。"
    text = report("一、2023年主要工作", "（一）强化组织领导", MEASURES, "（二）深化普法宣传", MEASURES + problems, "二、今后工作思路", PLAN)
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    assert [p.kind for p in parts] == ["measures", "shortcomings", "next_year_plan"]
    assert text[parts[1].start : parts[1].end].strip() == problems
    assert status(pack, "shortcomings", text) == "pass"
    # (a sentence of an earlier paragraph is a measure's: 但也存在……问题，……已整改)
    earlier = report("一、2023年主要工作", "（一）强化组织领导", MEASURES + problems, "（二）深化普法宣传", MEASURES, "二、今后工作思路", PLAN)
    assert "shortcomings" not in kinds(earlier)


def test_a_report_part_attached_after_the_signature_is_signed_above_it_and_read_as_a_part(pack):
    # …… / 某县人民政府 / 2024年2月20日 / 附：县长履行推进法治建设第一责任人职责情况 / …… — the signature is above the attached
    # part, which is one of the report's parts
    leader = "县长全年主持召开常务会议4次专题研究法治政府建设，带头参加集中学法6次，年底在县委全会上专题述法。"
    text = doc("一、2023年主要举措和成效", MEASURES, "二、存在的问题", PROBLEMS, "三、2024年工作安排", PLAN, "某县人民政府",
               "2024年2月20日", "附：县长履行推进法治建设第一责任人职责情况", leader, title="某县人民政府2023年度法治政府建设情况报告")  # fmt: skip
    report_ = parse(text)
    assert report_.meta.signing_date == dt.date(2024, 2, 20)
    assert [p.kind for p in report_.parts if p.kind != "preamble"][-1] == "first_responsible"
    assert status(pack, "first_responsible_person", text) == "pass"
    # (an attachment of other matters, a table, is no part: still unsigned by it, as before)
    table = text.replace("附：县长履行推进法治建设第一责任人职责情况", "附：2023年主要工作数据统计")
    assert "first_responsible" not in kinds(table)


def test_items_before_parts_numbered_from_two_are_the_first_part_whose_heading_was_left_out(pack):
    # ……一年来，主要做了以下几方面工作： / （一）…… （二）…… / 二、存在的问题 / 三、下一步工作打算 — no 一、: the items are part 一
    text = report("2023年，我局认真贯彻落实上级部署。一年来，主要做了以下几方面工作：", "（一）强化组织领导", MEASURES * 2,
                  "（二）规范行政执法", MEASURES * 2, "二、存在的问题", PROBLEMS, "三、下一步工作打算", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    assert status(pack, "measures_and_results", text) == "pass"
    # (parts numbered from 一、 with items in the opening: the opening's own, as before)
    numbered = text.replace("二、存在的问题", "一、存在的问题").replace("三、下一步工作打算", "二、下一步工作打算")
    assert kinds(numbered) == ["shortcomings", "next_year_plan"]


def test_items_numbered_only_under_a_plan_line_at_the_end_of_a_report_without_part_headings_are_the_plan(pack):
    # 2023年，……报告如下。 / 一是……。 / …… / 十是……。 / 2024年，我们将： / （1）…… （2）…… — the only numbered lines are the plan's
    # items: the paragraphs before the line leading into them are the work done, the line and its items the plan
    opening = "2023年，我局坚持以习近平法治思想为指导，认真落实上级关于法治政府建设的各项部署，现将有关情况报告如下。"
    work = ["一是压实法治建设责任。局主要负责人全年主持召开局党组会议3次专题研究法治建设，年底在县委全会上述法。",
            "二是规范行政执法。全年办理行政处罚案件312件，公示执法信息426条，重大执法决定全部经法制审核。",
            "三是深化普法宣传。开展“宪法宣传周”活动5场，发放资料3000余份，局党组中心组学习习近平法治思想2次。"]  # fmt: skip
    items = ["（1）强化领导责任落实，局主要负责人带头述法。", "（2）提升执法规范化水平，开展执法案卷评查全覆盖。",
             "（3）加大政务公开力度，依法公开行政执法信息。"]  # fmt: skip
    text = report(opening, *work, "2024年，我们将：", *items)
    parsed = parse(text)
    assert [p.kind for p in parsed.parts] == ["preamble", "measures", "next_year_plan"]
    assert parsed.norm[parsed.parts[2].start :].startswith("2024年，我们将")
    assert status(pack, "measures_and_results", text) == "pass" and status(pack, "next_year_plan", text) == "pass"
    # (items led into by a line of the work done, 主要做了以下工作：, are the measures, as before)
    done = report(opening, *work, "此外，我局还主要做了以下工作：", *items)
    assert "next_year_plan" not in kinds(done)


def test_problems_ending_a_middle_measures_part_of_a_report_with_no_shortcomings_part_are_the_shortcomings(pack):
    # 一、…… / 二、严格规范执法 / …… / 执法工作中也暴露出一些问题。一是……之所以出现这些问题，…… / 三、深化普法 / …… — the problems,
    # a paragraph of their own ending a thematic part in the middle, when no part names them
    problems = ("执法工作中也暴露出一些值得重视的问题。一是部分执法人员对新修订法律理解不透，个别案件法律适用存在偏差；二是执法信息化"
                "应用不充分，非现场执法比例偏低。之所以出现这些问题，一方面是因为新进执法人员多，另一方面是因为数据接口标准不统一。")  # fmt: skip
    text = report("一、强化组织领导", MEASURES * 2, "二、严格规范执法", MEASURES * 2, problems, "三、深化普法宣传", MEASURES * 2,
                  "2024年，我局将重点抓好以下工作：" + PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "shortcomings", "measures", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass" and status(pack, "shortcoming_reasons", text) == "pass"
    # (problems found and put right, a paragraph ending a measure, are one more measure: no opening on them)
    fixed = text.replace(problems, "执法检查中发现问题12个，已全部整改到位，问题整改率100%，并组织了执法案卷评查。")
    assert "shortcomings" not in kinds(fixed)


def test_a_lead_line_on_ways_the_work_does_not_fit_opens_the_unheaded_shortcomings(pack):
    # ……（topics）…… / 同时也要清醒地看到，……还有一些不适应的地方：一是…… / 三、2024年工作重点 — the problems, no heading, named as
    # the ways the work does not yet fit what is asked of it
    lead = "同时也要清醒地看到，我局法治建设工作与上级要求和群众期盼相比，还有一些不适应的地方：一是部分干部对新修订法律法规掌握不深，依法办事的意识有待增强；二是执法记录设备老化。"
    text = report("一、强化组织领导", MEASURES * 2, "二、规范行政执法", MEASURES * 2 + "\n" + lead, "三、2024年工作重点", PLAN)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_a_paragraph_giving_the_causes_of_these_problems_right_before_an_unheaded_plan_is_the_shortcomings(pack):
    # ……（topics）…… / 一是……不够有力；二是……还需拓展。之所以出现这些问题，主要是…… / 2024年，我们将重点做好以下工作：一是…… —
    # problems with no lead line, told by the causes given for them
    problems = ("一是统筹协调作用发挥不够充分，对部门法治建设的督促指导还不够有力；二是执法监督手段比较单一，监督的深度和广度还需拓展。"
                "之所以出现这些问题，主要是受机构改革后人员编制所限，专职法治工作人员仅2名。")  # fmt: skip
    text = report("加强组织领导", MEASURES * 2, "规范执法监督", MEASURES * 2, problems, "2024年，我们将重点做好以下工作：" + PLAN)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcoming_reasons", text) == "pass"
    # (a paragraph of the work done, no causes of problems in it, stays a measure)
    done = text.replace(problems, "一是统筹协调作用发挥充分，全年督导部门12次；二是执法监督手段多样，开展案卷评查2次。")
    assert "shortcomings" not in kinds(done)


def test_a_last_paragraph_giving_the_causes_of_these_problems_before_a_headed_plan_is_the_shortcomings(pack):
    # 一、主要举措 / （一）…… / （二）…… / 一是……；二是……。究其原因，一方面…… / 二、下一步工作打算 — no lead line, no heading:
    # the causes given for them tell the problems
    problems = ("一是行政复议案件数量增长较快，复议人员配备与案件增长不相适应；二是部分执法人员办案能力偏弱。"
                "究其原因，一方面是编制总量受控，另一方面是培训投入不够。")  # fmt: skip
    text = report("一、2023年主要举措", "（一）强化组织领导", MEASURES, "（二）规范行政执法", MEASURES, problems, "二、下一步工作打算", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcoming_reasons", text) == "pass"


def test_the_causes_of_these_problems_are_the_packs_to_change():
    # the words that give the causes of the problems just named come from the pack's structure section
    # (structure: causes), as heading cues do: a province that writes 症结在于 teaches it without touching Python
    from scorer.pack.model import Structure

    problems = "一是统筹协调作用发挥不够充分；二是执法监督手段比较单一。症结在于专职法治工作人员仅2名。"
    text = report("加强组织领导", MEASURES * 2, "规范执法监督", MEASURES * 2, problems, "2024年，我们将重点做好以下工作：" + PLAN)
    assert "shortcomings" not in kinds(text)
    taught = parse(text, structure=Structure(causes=["症结在于"]))
    assert [p.kind for p in taught.parts if p.kind != "preamble"] == ["measures", "measures", "shortcomings", "next_year_plan"]
    # (an empty list: no paragraph is the shortcomings for its causes alone)
    default_cue = text.replace("症结在于", "之所以出现这些问题，主要是")
    assert "shortcomings" in kinds(default_cue)
    assert "shortcomings" not in [p.kind for p in parse(default_cue, structure=Structure(causes=[])).parts]


def test_a_promise_in_the_shortcomings_followed_by_a_sentence_on_next_year_opens_the_plan():
    # 二、存在的问题 / …… / 下一步，我局将针对上述问题抓好整改落实。2024年，重点做好以下三件事：一是…… — the promise alone is the
    # problems' closing line; the sentence after it, opening on the next year, makes the paragraph the plan
    problems = "我局法治建设还存在一些问题：一是执法人员不足，二是普法形式单一。究其原因，主要是编制紧张。"
    plan = "下一步，我局将针对上述问题抓好整改落实。2024年，重点做好以下三件事：一是补充执法人员5名；二是开展执法培训4期；三是完善审核机制。"
    text = report("一、主要工作及成效", MEASURES * 2, "二、存在的问题和不足", problems, plan)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    # (the report's own year after the promise is no plan's)
    assert kinds(text.replace("2024年，重点做好以下三件事", "2023年，重点做好了以下三件事")) == ["measures", "shortcomings"]


def test_a_lead_line_naming_the_fields_its_problems_show_in_before_the_colon_opens_the_shortcomings():
    # ……（topics）…… / 工作中也存在一些不足，集中表现在执法和普法两个方面：一是……；二是…… / 下步打算 — the lead line names where the
    # problems show before its colon
    problems = "工作中也存在一些不足，集中表现在行政执法和法治宣传两个方面：一是执法人员老化，平均年龄超过55岁；二是普法形式单一，群众参与度不高。"
    text = report("加强组织领导", MEASURES * 2, "做好矛盾化解", MEASURES * 2 + "\n" + problems, "下步打算", PLAN)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_an_unheaded_plan_naming_the_report_year_but_leading_into_items_is_still_the_plan():
    # …… / 也存在一些不足：一是……。 / 2023年，我乡将围绕以上问题重点抓好以下工作：一是…… in a 2023 report: the plan with the wrong
    # year (year_consistency's miss), not 将 as a preposition
    problems = "我乡法治建设也存在一些不足：一是执法人员不足，二是普法形式单一。究其原因，主要是编制紧张。"
    plan = "2023年，我乡将围绕以上问题重点抓好以下工作：一是配齐执法人员5名；二是开展执法培训4期；三是完善审核机制。"
    text = report("加强组织领导", MEASURES * 2, "开展法治宣传", MEASURES * 2 + "\n" + problems + "\n" + plan)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]
    # (a sentence of the year's own work with 将 as a preposition leads into nothing)
    assert "next_year_plan" not in kinds(text.replace(plan, "2023年，我乡将法治建设纳入年度考核，考核结果全部运用。"))


def test_the_label_of_the_shortcomings_said_as_a_sentence_opens_them():
    # …… / 存在的不足是：……；……。 / 下一步，…… — the label with 是 before its colon, no heading
    problems = "存在的不足是：执法人员数量偏少，全局持证执法人员仅9人；执法文书制作仍有不规范之处；普法形式比较单一。"
    text = report("加强组织领导", MEASURES * 2, "规范行政执法", MEASURES * 2 + "\n" + problems, "下一步，我局将重点做好以下工作：" + PLAN)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_shortcomings_opened_by_their_label_after_a_plan_that_ends_the_report_are_cut_from_it(pack):
    # 一、主要举措和成效 / …… / 二、明年重点抓好几件事 / …… / 存在的不足是：（1）…… — the problems after the plan, no heading of their own
    problems = "存在的不足是：（1）执法力量不足，专职执法人员只有6名；（2）信息化水平不高。造成这些问题的原因，主要是编制紧张。"
    text = report("一、主要举措和成效", MEASURES * 2, "二、明年重点抓好几件事", PLAN + "\n" + problems)
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]
    assert status(pack, "shortcoming_reasons", text) == "pass"
    # (a plan paragraph that names no problems stays the plan)
    assert kinds(text.replace(problems, "全年完成执法培训4期，办结案件12件。")) == ["measures", "next_year_plan"]


def test_a_heading_naming_problems_to_be_faced_squarely_heads_the_shortcomings():
    # 三、几个需要正视的问题： — the problems, not another field of the measures
    text = report("一、主要举措和成效", MEASURES * 2, "二、几个需要正视的问题：", "一是执法人员不足。二是普法形式单一。", "三、下一步工作安排", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_lead_in_lines_naming_a_field_head_the_measures_before_unheaded_problems():
    # 在加强党的领导方面： / …… / 在依法决策方面： / …… / 存在的不足是：…… / 下一步，…… — each lead-in line a topic over its paragraph
    problems = "存在的不足是：对标先进乡镇，我镇创新亮点还不够多，执法人员仅3名。"
    text = report("在加强党的领导方面：", TOPIC_PARAGRAPH, "在依法决策方面：", TOPIC_PARAGRAPH, "在矛盾化解方面：", TOPIC_PARAGRAPH,
                  problems, "下一步，我镇将在2024年重点做好以下工作：" + PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "measures", "measures", "shortcomings", "next_year_plan"]
    # (a lead line of the opening, 现将有关情况报告如下：, is no topic)
    assert kinds(text.replace("在加强党的领导方面：", "现将有关情况报告如下：")).count("measures") == 2


def test_shortcomings_labelled_after_a_look_back_follow_an_unheaded_plan_naming_next_year_in_its_lead():
    # …… / 下一步，我乡将围绕以下三个方面抓好2024年法治建设：1.……；2.……。 / 回顾一年来的工作，存在的不足是：…… — the plan names
    # next year before its colon, the problems' label comes after a short clause looking back
    plan = "下一步，我乡将围绕以下三个方面抓好2024年法治建设：1.年内配齐执法记录仪6台；2.组织干部培训4期；3.完成村规民约审查。"
    problems = "回顾一年来的工作，存在的不足是：执法人员仅3名，法治宣传形式单一。"
    text = report("加强组织领导", TOPIC_PARAGRAPH, "规范行政执法", TOPIC_PARAGRAPH, plan, problems)
    assert kinds(text)[-2:] == ["next_year_plan", "shortcomings"]


def test_a_plan_ending_a_headed_shortcomings_part_before_other_headed_parts_is_cut_from_it():
    # 二、存在的问题 / （一）…… / （二）…… / 造成上述问题的原因…… / 针对上述问题，2024年我局重点抓好三件事：一是…… / 三、主要负责人履职情况
    problems = "造成上述问题的原因，主要是编制紧张、经费不足。"
    plan = "针对上述问题，2024年我局重点抓好三件事：一是3月底前申请增加执法编制2名；二是申请专项经费10万元；三是6月底前聘请常年法律顾问。"
    text = report("一、主要举措和成效", MEASURES * 2, "二、存在的问题", "（一）执法力量不足", "全局执法人员仅5名。", "（二）装备不足",
                  "执法记录仪仅2台。" + "\n" + problems + "\n" + plan, "三、主要负责人履职情况", "局长主持召开党组会议3次。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "first_responsible"]
    # (a closing line of the problems that plans nothing for next year stays theirs)
    assert "next_year_plan" not in kinds(text.replace(plan, "针对上述问题，我局高度重视，正在研究解决。"))


def test_a_line_saying_what_is_meant_for_next_year_opens_the_plan_after_unheaded_problems():
    # …… / 存在的不足是：…… / 二〇二四年，我们打算： / 1.…… — the year in Chinese numerals, 打算 rather than 将
    problems = "存在的不足是：一是部分干部法治意识不强；二是执法人员仅3名。"
    text = report("加强组织领导", TOPIC_PARAGRAPH, "规范行政执法", TOPIC_PARAGRAPH, problems, "二〇二四年，我们打算：",
                  "1．组织干部法治培训2次；", "2．聘请1家律师事务所担任常年法律顾问。")  # fmt: skip
    assert kinds(text)[-2:] == ["shortcomings", "next_year_plan"]
    # (a sentence of the year's own work opening on its year and 计划 opens no plan)
    own_year = report("加强组织领导", TOPIC_PARAGRAPH, "规范行政执法", TOPIC_PARAGRAPH + "\n2023年，我局计划投入经费12万元，已全部完成。")
    assert "next_year_plan" not in kinds(own_year)


def test_a_sentence_heading_whose_last_clause_names_next_year_and_what_is_to_come_heads_the_plan():
    # 三、步子再稳一些、举措再实一些，2024年我们这样干 — a slogan first, the plan's year and 这样干 in its last clause
    text = report("一、主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS, "三、步子再稳一些、举措再实一些，2024年我们这样干", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    # (the report's own year there is no plan's)
    assert kinds(text.replace("2024年我们这样干", "2023年我们这样干的"))[-1] != "next_year_plan"


def test_a_sentence_heading_leading_into_next_years_aspects_with_an_adverb_heads_the_plan():
    # 四、关于明年的工作，我镇将在以下方面精准发力 — a lead-in, 精准 before its verb: the plan, not a thematic heading
    text = report("一、主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS, "三、关于明年的工作，我镇将在以下方面精准发力", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_causes_opening_the_plans_part_after_the_problems_are_the_problems(pack):
    """三、下步打算 / 造成上述短板的原因，概括起来有三条：其一……。下一步，我局将…… — the paragraph's causes, up to the sentence
    that opens the plan, are the shortcomings' (its own paragraph too: 以上问题的产生，一方面……); the plan keeps the rest."""
    causes = "造成上述短板的原因，概括起来有三条：其一，执法人员只有5人；其二，没有专职法制审核人员；其三，普法受众面窄。"
    problems = "一是执法人员不足，全年有9起案件移交市级部门办理。二是普法形式单一，村级普法仍以发放资料为主。"
    text = report("一、主要举措和成效", MEASURES * 2, "二、存在的短板", problems, "三、下步打算", causes + "下一步，我局将继续推动法治建设再上新台阶。")
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcoming_reasons", text) == "pass"
    assert status(pack, "next_year_plan", text) == "fail"  # (what is left is a slogan)
    own = report("一、主要举措和成效", MEASURES * 2, "二、存在的问题", problems, "三、2024年工作打算",
                 "以上问题的产生，一方面在于经费不足，另一方面在于人员多为借调。", PLAN)  # fmt: skip
    assert kinds(own)[-3:] == ["next_year_plan", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", own) == "pass"
    # (a plan opening on its own work stays whole)
    plain = report("一、主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS, "三、2024年工作打算", PLAN, "针对上述问题，我局将加强培训。")
    assert kinds(plain) == ["measures", "shortcomings", "next_year_plan"]


def test_a_plan_before_unheaded_problems_that_end_a_headed_measures_part_is_cut_too():
    # 一、…… / …… / 下一步，街道将重点抓好以下几项工作。一是…… / 同时，…… / 存在的不足是：…… / 二、党工委书记…… — the plan's paragraph
    # is not the last before the problems
    plan = "下一步，街道将重点抓好以下几项工作。一是3月底前修订议事规则；二是组织干部培训4期。"
    then = "同时，还要健全普法工作机制，加强执法队伍建设。"
    problems = "存在的不足是：执法人员仅4名，法治宣传形式单一。"
    text = report("一、围绕法治政府建设，街道在以下方面开展工作：", TOPIC_PARAGRAPH, TOPIC_PARAGRAPH, plan, then, problems,
                  "二、党工委书记带头抓，第一责任人职责落到了实处", "党工委书记主持召开会议3次。")  # fmt: skip
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings", "first_responsible"]
    # (a paragraph of the year's work there stays a measure)
    assert "next_year_plan" not in kinds(text.replace(plan, "全年组织干部培训4期，修订议事规则1项。"))


def test_a_lead_in_line_on_this_years_work_heads_the_measures():
    # 今年以来我们主要抓了以下几项工作： / 在……方面，…… — the year's work led into, before unheaded problems
    text = report("今年以来我们主要抓了以下几项工作：", "在依法决策方面，" + TOPIC_PARAGRAPH, "在执法监督方面，" + TOPIC_PARAGRAPH,
                  "存在的不足是：", "执法人员仅3名，法治宣传形式单一。")  # fmt: skip
    assert kinds(text)[0] == "measures"


def test_a_plan_worded_heading_naming_its_count_of_aspects_leads_into_the_plan():
    # 四、新的一年，重点抓好三个方面工作 over items dated next year, none in the future tense: the count after 抓好 makes
    # the line a lead-in, as 以下三个方面 does
    items = "（一）完善制度。2024年修订议事规则1项。\n（二）加强培训。2024年组织执法培训2期。"
    text = report("一、主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS, "三、新的一年，重点抓好两个方面工作", items)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    # (a heading of two clauses without the count stays thematic: judged by its text)
    assert kinds(text.replace("重点抓好两个方面工作", "重点抓好法治工作"))[-1] != "next_year_plan"


def test_a_years_unnumbered_line_leading_into_items_heads_the_plan():
    # 2024年重点抓好以下几项工作 alone on its line, no 将 and no colon, before the problems: the plan's heading
    items = "1.完善制度。2024年修订议事规则1项。\n2.加强培训。年内组织执法培训2期。"
    text = report("全年主要工作", MEASURES * 2, "2024年重点抓好以下几项工作", items, "存在的问题", PROBLEMS)
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]
    # (the work done led into, 抓好了以下, is no plan)
    assert "next_year_plan" not in kinds(text.replace("2024年重点抓好以下几项工作", "2023年重点抓好了以下几项工作"))


def test_a_years_lead_in_line_naming_the_count_of_aspects_heads_the_plan():
    # 2024年，重点做好四方面工作： — a comma after the year, the aspects counted rather than 以下, before the problems
    items = "（1）完善制度。2024年修订议事规则1项。\n（2）加强培训。年内组织执法培训2期。"
    text = report("全年主要工作", MEASURES * 2, "2024年，重点做好四方面工作：", items, "存在的问题", PROBLEMS)
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]
    # (the work done the same way, 做好了, is no plan)
    assert "next_year_plan" not in kinds(text.replace("2024年，重点做好四方面工作：", "2023年，重点做好了四方面工作："))


@pytest.mark.parametrize(
    "heading,items",
    [
        # saying how it will be done (no year in the heading, no 计划/打算)
        ("新的一年，我们这样干：", "（一）完善制度。2024年修订议事规则1项。\n（二）加强培训。2024年组织执法培训2期。"),
        # counting the things to do (no year in the items either)
        ("新的一年，重点抓好四件事：", "（一）完善制度。3月底前修订议事规则1项。\n（二）加强培训。年内组织执法培训2期。"),
    ],
    ids=["how-it-will-be-done", "things-to-do"],
)
def test_a_plan_worded_heading_leads_into_the_plan(heading, items):
    # 二、新的一年，……： over next year's items, before the problems
    text = report("一、主要举措和成效", MEASURES * 2, f"二、{heading}", items, "三、存在的问题", PROBLEMS)
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]
    # (a heading looking back on the year the same way is no plan)
    assert kinds(text.replace(heading, heading.replace("新的一年", "过去一年")))[1] != "next_year_plan"


def test_a_heading_naming_the_coming_year_as_lainian_heads_the_plan():
    # 三、来年重点 (来年: the coming year, as 明年) over next year's items
    items = "（一）完善制度。3月底前修订议事规则1项。\n（二）加强培训。年内组织执法培训2期。"
    text = report("一、主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS, "三、来年重点", items)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_an_unheaded_line_leading_into_the_plans_aspects_with_weirao_opens_the_plan():
    # 二、存在的问题和原因 / …… / 下一步，……将围绕以下几个方面继续推进法治政府建设： / 一是…… — 围绕 as 从: the plan's own part
    text = report("一、主要举措和成效", MEASURES * 2, "二、存在的问题和原因", PROBLEMS,
                  "下一步，我乡将围绕以下几个方面继续推进法治政府建设：", "一是3月底前修订议事规则；二是年内组织执法培训2期。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_plan_sub_heading_remedying_a_named_shortfall_stays_in_the_plan():
    # 三、下步打算 / 补齐综合执法短板 (what is to be made good, with what it is named between) — no shortcomings heading
    text = report("一、主要举措和成效", MEASURES * 2, "二、存在的不足", PROBLEMS, "三、下步打算",
                  "加强法治学习", "3月底前组织集中学法1次。", "补齐综合执法短板", "年内配备执法记录仪6台，培训执法人员2期。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


@pytest.mark.parametrize("heading", ["二、着眼2024：", "二、聚焦2024"])
def test_a_thematic_heading_naming_only_the_coming_year_heads_the_plan(heading):
    # 二、着眼2024： (no plan word, the year without its 年) over next year's items that count what is to be done: the plan
    items = "（一）健全法律顾问制度。3月底前聘请1家律师事务所担任常年法律顾问。\n（二）规范执法。新配备执法记录仪40台。"
    text = report("一、2023年工作情况", MEASURES * 2, heading, items, "三、存在的问题", PROBLEMS)
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]
    # (a heading naming the year reported on is its measures)
    assert kinds(text.replace("2024", "2023", 1))[1] == "measures"


def test_unheaded_problems_at_the_end_of_the_leaders_part_open_the_shortcomings():
    # 三、……第一责任人职责落到实处 / …… / 存在的不足是：一是…… (no heading of their own, the leaders' part ending the report)
    text = report("一、主要举措和成效", MEASURES * 2, "二、主要负责人履行推进法治建设第一责任人职责情况",
                  "县长主持召开县政府常务会议4次专题研究法治建设，带头出庭应诉2次。",
                  "存在的不足是：一是执法人员不足；二是普法形式单一。主要原因是编制紧张。")  # fmt: skip
    assert kinds(text) == ["measures", "first_responsible", "shortcomings"]


def test_a_lead_into_items_numbered_in_brackets_opens_the_plan_after_the_problems():
    # 二、存在的问题 …… / 下一步，……着力抓好以下几个方面的工作：（1）……（2）…… — no year named in the lead
    text = report("一、主要举措和成效", MEASURES * 2, "二、存在的问题", PROBLEMS,
                  "下一步，我县将着力抓好以下几个方面的工作：（1）3月底前修订议事规则；（2）年内组织执法培训2期。")  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_thematic_part_putting_things_into_plans_reports_measures():
    # 将 as 把 (并将……纳入……考核; 将……作为……内容) and 年度工作计划 as a thing: no plan cues, the year's work
    body = ("区政府把法治政府建设纳入年度工作计划，与经济社会发展同部署、同推进。7月，常务副区长主持召开推进会，对下半年工作作出安排。"
            "区政府印发工作要点，并将法治政府建设纳入各部门年度效能目标考核。区政府部门主要负责人述法工作将于2024年一季度启动。"
            "区政府常务会议坚持会前学法制度，并明确自2024年起将习近平法治思想作为会前学法的固定内容。")  # fmt: skip
    text = report("加强党对法治政府建设的领导", body, "依法全面履行政府职能", MEASURES * 2, "存在的问题", PROBLEMS, "下一步打算", PLAN)
    assert kinds(text) == ["measures", "measures", "shortcomings", "next_year_plan"]


def test_a_numbered_item_whose_first_sentence_opens_on_a_year_has_no_title():
    # 1.2023年，我局未发生行政复议案件。…… — a sentence, not a run-in title: a zero told there is reported, not a heading's
    text = report("一、主要举措和成效", MEASURES * 2, "二、其他需要报告的情况",
                  "1.2023年，我县未发生行政复议案件。全年发生行政诉讼案件9件，均已审结。", "三、存在的问题", PROBLEMS)  # fmt: skip
    heading = next(h for h in parse(text).headings if h.title.startswith("1."))
    assert heading.title == "1."
    # (a lead-in line, 2. 2024年，……思路是：, keeps its title)
    lead = report("一、主要举措和成效", MEASURES * 2, "2. 2024年，我县法治建设的思路是：", PLAN)
    assert any(h.title.startswith("2. 2024年") for h in parse(lead).headings)


def test_an_unheaded_problems_label_naming_the_body_first_opens_the_shortcomings():
    # …… / 对照县委、县政府的要求，我镇法治政府建设存在的不足是：一是…… / 三、二〇二四年，我们打算……
    text = report("一、主要举措和成效", MEASURES * 2,
                  "对照县委、县政府的要求，我县法治政府建设存在的不足是：一是执法人员不足；二是普法形式单一。主要原因是编制紧张。",
                  "二、二〇二四年，我们打算从以下两个方面用力：", PLAN)  # fmt: skip
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_lead_in_line_on_the_years_work_after_the_leaders_part_heads_the_measures():
    # 县主要负责人是怎样履行……职责的 / …… / 这一年，我们在以下几个方面下了功夫： / 把学法用法摆在首位。…… (a lead-in line looking
    # back, its verb in the past: a heading over the year's work, as 一年来，我局主要做了以下工作： is)
    leaders = "县委书记、县长对法治建设亲自部署、亲自过问，主持召开常务会议4次专题研究法治建设。"
    text = report("县主要负责人是怎样履行法治建设第一责任人职责的", leaders, "这一年，我们在以下几个方面下了功夫：",
                  "把学法用法摆在首位。" + MEASURES, "规范执法行为。全年办理行政处罚案件126件。",
                  "存在的不足是：一是执法人员不足；二是普法形式单一。主要原因是编制紧张。", "2024年，我县将重点抓好以下工作：" + PLAN)  # fmt: skip
    assert kinds(text) == ["first_responsible", "measures", "shortcomings", "next_year_plan"]
    # (the body as the subject, no year opening it: 县政府在以下几个方面下了功夫：, the first line after the opening)
    own = report("县政府在以下几个方面下了功夫：", "把学法用法摆在首位。" + MEASURES, "规范执法行为。全年办理行政处罚案件126件。",
                 "关于党政主要负责人履行推进法治建设第一责任人职责：", leaders,
                 "存在的不足是：一是执法人员不足；二是普法形式单一。主要原因是编制紧张。", "2024年，我县将重点抓好以下工作：" + PLAN)  # fmt: skip
    assert kinds(own) == ["measures", "first_responsible", "shortcomings", "next_year_plan"]


def test_run_in_titled_paragraphs_after_the_leaders_part_are_the_measures():
    # 主要负责人履职情况 / 局主要负责人始终把……（the leaders' own paragraph） / 学法用法。…… / 依法履职。…… / 规范执法。…… — no
    # heading over the year's work, its paragraphs each opening on a topic: the measures
    leaders = "县主要负责人始终把法治建设摆在全局工作的突出位置，主持召开常务会议4次专题研究法治建设。"
    topics = ["学法用法。县政府常务会议全年集中学法6次。", "规范执法。全年办理行政处罚案件126件，公示执法信息86条。", "政务公开。全年主动公开政府信息326条。"]
    text = report("主要负责人履职情况", leaders, *topics, "短板和差距", PROBLEMS, "下步打算", "2024年，我县将重点做好以下工作。" + PLAN)
    assert kinds(text) == ["first_responsible", "measures", "shortcomings", "next_year_plan"]
    # (not the leader's own items: 带头学法。县长……)
    own = ["带头学法。县长全年参加集中学法6次。", "带头述法。县长年底向县委述法。", "带头决策。县长主持研究重大事项12项。"]
    text = report("主要负责人履职情况", leaders, *own, "短板和差距", PROBLEMS, "下步打算", "2024年，我县将重点做好以下工作。" + PLAN)
    assert kinds(text) == ["first_responsible", "shortcomings", "next_year_plan"]


def test_a_heading_leading_into_things_to_do_counted_after_yixia_heads_the_plan():
    # 二、新的一年，重点抓好以下几件事： over the next year's items (as 重点抓好四件事： does)
    items = "（1）抓理论学习。2024年专题学习不少于4次。\n（2）抓执法规范。2024年上半年开展案卷评查1次。"
    text = report("一、2023年主要做法和成效", MEASURES * 2, "存在的不足是：一是执法人员不足；二是普法形式单一。主要原因是编制紧张。",
                  "二、新的一年，重点抓好以下几件事：", items)  # fmt: skip
    assert kinds(text)[-1] == "next_year_plan"


def test_measures_under_sentence_topic_lines_before_the_first_part_heading_are_the_measures(pack):
    # the opening paragraph, then the year's work under topic lines written as sentences (坚持党的领导，把……扛在肩上。),
    # which are no headings, then 工作中还存在一些短板： and 2024年，我镇将：: the paragraphs after the opening are the measures
    opening = "2023年，某镇人民政府在县委、县政府的领导下，深入推进法治政府建设，现将有关情况报告如下。"
    topics = [
        "坚持党的领导，把法治建设责任扛在肩上。", "镇党委书记全年主持召开镇党委会议研究法治建设工作4次，镇长带头出庭应诉行政案件2件。",
        "依法用好每一项权力，让决策都过一遍法律关。", "镇政府制定重大事项决策程序规定，全年审查合同38份，提出修改意见52条，法律顾问列席镇党委会议12次。",
        "推进政务公开，让群众看得见、能监督。", "镇政府在门户网站全年主动公开政府信息328条，办理依申请公开5件。",
    ]  # fmt: skip
    tail = ["工作中还存在一些短板：", "（1）执法装备不足；（2）村级法律顾问作用发挥不充分。", "2024年，我镇将：", "（1）配齐执法记录仪8台；（2）组织执法培训4次。"]
    text = report(opening, *topics, *tail, title="某镇人民政府2023年度法治政府建设情况报告")
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    measures = parse(text).parts[1]
    assert text[measures.start : measures.end].startswith("坚持党的领导")
    assert status(pack, "measures_and_results", text) == "pass"
    # (the opening alone before the parts stays the opening: no measures made of it)
    text = report(opening, *tail, title="某镇人民政府2023年度法治政府建设情况报告")
    assert kinds(text) == ["shortcomings", "next_year_plan"]
    # (nor a plan read from the paragraphs: measures only)
    plans = ["加强执法保障。", "2024年，我镇将为执法队配齐执法记录仪8台，组织执法培训4次，力争案卷合格率达到100%，继续推进政务公开。"]
    text = report(opening, *plans, *tail[:2], title="某镇人民政府2023年度法治政府建设情况报告")
    assert "measures" not in kinds(text)


def test_a_plan_closing_the_shortcomings_after_the_gaps_named_before_headed_other_matters(pack):
    """针对上述短板，2024年县政府将……：一是…… closes the shortcomings (短板 and 差距 name them as 问题 and 不足 do), before a
    headed part of other matters: the plan, cut from them."""
    plan = "针对上述短板，2024年县政府将重点做好以下几件事：一是3月底前完成执法人员轮训，二是年内新增法律顾问1名，三是6月底前修订重大决策程序规定。"
    text = report("一、主要举措和成效", MEASURES, "二、问题与短板", PROBLEMS, plan, "三、其他需要报告的情况", "无。")
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_the_year_few_things_to_do_after_the_shortcomings_named_as_短板_open_the_plan(pack):
    """针对上述差距，2024年我局重点抓好三件事：…… (no 将): the year's few things to do open a plan after 短板 and 差距 as
    after 问题 and 不足."""
    plan = "针对上述差距，2024年我局重点抓好三件事：一是3月底前完成执法人员轮训，二是年内新增法律顾问1名，三是6月底前修订重大决策程序规定。"
    text = report("一、主要举措和成效", MEASURES, "二、问题与短板", PROBLEMS, plan, "三、其他需要报告的情况", "无。")
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "next_year_plan", text) == "pass"


def test_a_look_back_after_the_plan_on_more_of_the_years_work_is_not_the_plan(pack):
    """另外，2023年，区政府在政务公开方面也做了大量工作：…… after the plan tells the year's work done: not the plan's text (the
    other matters, in the year's scope); a plan sentence on the next year so opened stays in the plan."""
    back = "另外，2023年，区政府在政务公开方面也做了大量工作：在门户网站主动公开政府信息426条，受理依申请公开18件，全部按期答复。"
    text = report("一、主要举措和成效", "组织执法培训3期，参训180人次。", "二、存在的不足", PROBLEMS, "三、2024年工作打算", PLAN, back)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "open_government", text) == "pass"
    ahead = "另外，2024年，区政府将做好政务公开工作，主动公开政府信息不少于400条。"
    text = report("一、主要举措和成效", "组织执法培训3期，参训180人次。", "二、存在的不足", PROBLEMS, "三、2024年工作打算", PLAN, ahead)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_heading_that_is_only_the_problems_list_is_the_shortcomings_part(pack):
    """二、问题清单 (the list of the year's problems as a heading of its own) is the shortcomings part and its causes are read
    there; a measure's sub-heading acting on such a list (（三）落实问题清单整改) stays a measure."""
    problems = "一是执法队伍专业化程度不高。二是基层普法覆盖不均衡。问题的成因主要有两方面：其一，编制长期紧张；其二，经费保障不足。"
    text = report("一、主要举措和成效", MEASURES, "二、问题清单", problems, "三、2024年工作打算", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"
    assert status(pack, "shortcoming_reasons", text) == "pass"
    text = report("一、主要举措和成效", "（一）依法决策", MEASURES, "（二）落实问题清单整改", "全年整改问题18个。", "二、存在的不足", PROBLEMS, "三、2024年工作打算", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_plan_closing_the_causes_paragraph_of_a_headed_shortcomings_part_is_the_plan(pack):
    """……说到底，……。针对上述问题，2024年县政府将着重做好三件事：3月底前……；6月底前……。 as the last sentence of the causes'
    paragraph, a headed part after it: the plan, cut from the shortcomings; a sentence on next year leading into no items stays."""
    causes = ("一是执法力量不足。二是复议纠错整改不到位。说到底，症结在于编制未同步到位，考核约束偏弱。"
              "针对上述问题，2024年县政府将着重做好三件事：3月底前出台执法力量配置意见；6月底前制定纠错整改督办办法；年内补充法律专业人员5名。")
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足和原因", causes, "三、主要负责人履职情况", "县长主持召开常务会议4次。")
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "first_responsible"]
    assert status(pack, "next_year_plan", text) == "pass"
    vague = "一是执法力量不足。二是复议纠错整改不到位。说到底，症结在于编制未同步到位。2024年县政府将认真加以改进。"
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足和原因", vague, "三、主要负责人履职情况", "县长主持召开常务会议4次。")
    assert kinds(text) == ["measures", "shortcomings", "first_responsible"]


def test_the_plan_after_the_shortcomings_may_name_the_body_before_its_year(pack):
    """针对以上问题，我区2024年将重点抓好以下工作：…… (the body named between the problems and the year) opens the plan as
    针对以上问题，2024年我区将…… does; 针对以上问题，我区已…… (no later year) does not."""
    plan = "针对以上问题，我县2024年将重点抓好以下工作：一是3月底前完成执法人员轮训，二是年内新增法律顾问1名，三是6月底前修订重大决策程序规定。"
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足和原因", PROBLEMS, plan, "三、其他需要报告的情况", "无。")
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]
    assert status(pack, "next_year_plan", text) == "pass"
    done = "针对以上问题，我县已于2023年10月组织执法人员轮训2期，新增法律顾问1名，修订了重大决策程序规定。"
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足和原因", PROBLEMS, done, "三、其他需要报告的情况", "无。")
    assert kinds(text) == ["measures", "shortcomings", "other"]


def test_the_shortcomings_label_said_as_a_sentence_may_end_in_a_comma(pack):
    """存在的不足是，……一是…… (the label said as a sentence, a comma after it, the problems on its line) opens the
    shortcomings as 存在的不足是：…… does; a measure's sentence naming the problems it acted on (整改存在的问题，……) does not."""
    problems = ("存在的不足是，一是执法人员专业化程度不高，持证人员中法律专业背景的仅占18%；二是基层普法覆盖不均衡，"
                "边远村组全年仅开展活动2场。其一，编制长期紧张；其二，经费保障不足。")
    text = report("一、2023年主要工作", MEASURES, problems, "二、2024年工作安排", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"
    acted = "整改存在的问题，全年完成执法案卷评查36卷，发现并整改问题12个。"
    text = report("一、2023年主要工作", MEASURES, acted, "二、2024年工作安排", PLAN)
    assert kinds(text) == ["measures", "next_year_plan"]


def test_a_plan_headed_as_thoughts_on_next_year_is_the_plan(pack):
    """关于2024年工作的几点考虑 (an unnumbered heading naming the plan as 考虑) heads the plan as ……工作打算 does; a measure's
    sentence that weighs something (统筹考虑……) heads nothing."""
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足", PROBLEMS, "关于2024年工作的几点考虑", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    text = report("一、主要举措和成效", MEASURES, "统筹考虑执法力量配置", "二、存在的不足", PROBLEMS, "三、2024年工作打算", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]


def test_a_lead_in_ending_on_its_aspects_heads_the_years_work():
    """一年来，我局重点抓了以下几个方面： (a lead-in back on the year's work ending at 方面 and its colon) heads the measures as
    ……做了以下几方面工作： does; a line naming no cue of a part (我局在以下几个方面：) heads nothing."""
    items = ["一是强化组织保障。全年召开会议4次，研究法治工作。", "二是规范执法。全年办理案件120件，培训执法人员80人次。"]
    opening = "2023年，我局坚持依法行政，推进法治政府建设，现将有关情况报告如下。"
    text = report(opening, "一年来，我局重点抓了以下几个方面：", *items, "当前工作中还存在以下问题：", PROBLEMS, "下一步工作打算：", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    text = report(opening, "我局在以下几个方面：", *items, "当前工作中还存在以下问题：", PROBLEMS, "下一步工作打算：", PLAN)
    assert kinds(text) == ["shortcomings", "next_year_plan"]


def test_problems_under_the_other_matters_are_the_shortcomings(pack):
    """四、其他需要报告的情况 holding the report's only problems, led into by a sentence that opens them (……还有一些方面需要改进：
    一是……), is cut there: from it on a shortcomings part, its causes in scope; other matters that open no problems stay other."""
    lead = "对照年度考核要求，我局法治建设还有一些方面需要改进：一是执法人员不足，基层执法中队仅有6人。二是普法形式单一。主要原因是编制紧张。"
    text = report("一、主要举措和成效", MEASURES, "二、2024年工作打算", PLAN, "三、其他需要报告的情况", lead)
    assert kinds(text) == ["measures", "next_year_plan", "other", "shortcomings"]
    assert status(pack, "shortcomings", text) == "pass"
    assert status(pack, "shortcoming_reasons", text) == "pass"
    text = report("一、主要举措和成效", MEASURES, "二、2024年工作打算", PLAN, "三、其他需要报告的情况", "我局在全市法治政府建设考核中获评优秀等次。")
    assert kinds(text) == ["measures", "next_year_plan", "other"]
    assert status(pack, "shortcomings", text) == "fail"


def test_a_heading_of_problems_to_be_told_heads_the_shortcomings(pack):
    """第三章 几个需要说明的问题 (problems the report has to tell of, in a chapter of their own) heads the shortcomings, as
    几个需要正视的问题 does; 其他需要说明的问题 stays the other matters."""
    text = report("一、主要举措和成效", MEASURES, "二、下步打算", PLAN, "三、几个需要说明的问题", PROBLEMS)
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]
    assert status(pack, "shortcomings", text) == "pass"
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足", PROBLEMS, "三、下步打算", PLAN, "四、其他需要说明的问题", "无。")
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan", "other"]


def test_a_heading_of_problems_an_assessment_showed_heads_the_shortcomings(pack):
    """三、对照年度考核反映出的问题 (the problems an assessment brought out, named as the heading's own words) heads the
    shortcomings; a measure acting on such problems (二、整改督察发现的问题) heads no shortcomings."""
    text = report("一、主要举措和成效", MEASURES, "二、对照年度考核反映出的问题", PROBLEMS, "三、2024年工作打算", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    text = report("一、主要举措和成效", MEASURES, "二、整改督察发现的问题", MEASURES, "三、存在的不足", PROBLEMS, "四、2024年工作打算", PLAN)
    assert "shortcomings" == kinds(text)[2] and kinds(text).count("shortcomings") == 1


def test_an_unnumbered_heading_of_the_works_problems_heads_the_shortcomings(pack):
    """工作中的问题 (the work's problems, alone on an unnumbered line) heads the shortcomings, its causes in scope; a measure
    acting on them (二、着力解决执法中的问题) heads no shortcomings."""
    problems = "一是部分执法人员业务不熟，全年有3份案卷被评为不合格。二是普法宣传覆盖面不广。分析起来，一方面是人员流动大，另一方面是培训不足。"
    text = report("全年工作情况", MEASURES, "工作中的问题", problems, "明年打算", PLAN)
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "shortcomings", text) == "pass"
    assert status(pack, "shortcoming_reasons", text) == "pass"
    text = report("一、主要举措和成效", MEASURES, "二、着力解决执法中的问题", MEASURES, "三、存在的不足", PROBLEMS, "四、2024年工作打算", PLAN)
    assert kinds(text).count("shortcomings") == 1 and kinds(text)[2] == "shortcomings"


def test_arrangements_settled_for_a_later_year_under_the_other_matters_are_the_plan(pack):
    """三、其他需要报告的情况 whose body opens on a later year's arrangements said to be settled and leading into items
    (关于2024年工作，我局已经研究确定以下安排：一是……) is cut there into a plan part, its steps out of last year's scope; one
    settled for the year reported on (关于2023年工作……) stays the other matters."""
    plan = "关于2024年工作，我局已经研究确定以下安排：一是上半年选聘1家律师事务所担任常年法律顾问；二是建立局领导年终述法制度。"
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足", PROBLEMS, "三、其他需要报告的情况", plan, title="某县医疗保障局2023年度法治政府建设情况报告")
    assert kinds(text) == ["measures", "shortcomings", "other", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    text = report("一、主要举措和成效", MEASURES, "二、存在的不足", PROBLEMS, "三、其他需要报告的情况", plan.replace("2024年", "2023年"),
                  title="某县医疗保障局2023年度法治政府建设情况报告")
    assert kinds(text) == ["measures", "shortcomings", "other"]


def test_a_heading_of_problems_that_need_attention_heads_the_shortcomings(pack):
    """八、需要引起重视的几个问题 (problems said to need attention, 引起 between) heads the shortcomings, as 几个需要正视的问题
    does — the heading's line with them, not left to the measures."""
    text = report("一、主要举措和成效", MEASURES, "二、2024年工作思路", PLAN, "三、需要引起重视的几个问题", PROBLEMS)
    assert kinds(text) == ["measures", "next_year_plan", "shortcomings"]
    # ... and in the other order, the problems first (三、几方面问题仍需正视; 三、工作中的短板不容忽视)
    for heading in ("三、几方面问题仍需正视", "三、工作中的短板不容忽视"):
        text = report("一、主要举措和成效", MEASURES, "二、2024年工作思路", PLAN, heading, PROBLEMS)
        assert kinds(text) == ["measures", "next_year_plan", "shortcomings"], heading


def test_an_unheaded_paragraph_naming_a_later_year_before_its_items_is_the_plan(pack):
    """下一步，我局将围绕以上问题，扎实做好2024年……工作。一是…… after the last heading (the problems'): a sentence opening on
    下一步 that names a later year anywhere in it, its first item right after it, opens the plan; one naming the year
    reported on (……做好2023年……) stays the problems'."""
    lead = "下一步，我局将围绕以上问题，扎实做好2024年医保领域法治建设工作。"
    text = report("一、主要举措和成效", MEASURES, "二、存在的问题及原因", PROBLEMS, lead + PLAN, title="某市医疗保障局2023年度法治政府建设情况报告")
    assert kinds(text) == ["measures", "shortcomings", "next_year_plan"]
    assert status(pack, "next_year_plan", text) == "pass"
    text = report("一、主要举措和成效", MEASURES, "二、存在的问题及原因", PROBLEMS, lead.replace("2024年", "2023年") + PLAN,
                  title="某市医疗保障局2023年度法治政府建设情况报告")
    assert kinds(text) == ["measures", "shortcomings"]


def test_unheaded_problems_ending_the_measures_found_in_the_preamble_open_the_shortcomings(pack):
    # no part heading but the plan's lead-in line: the measures are the preamble's paragraphs after its first, and the
    # paragraph opening on 但也要看到，……还有一定差距。一是…… before the plan is the shortcomings, no further measure
    text = "\n".join([
        "某县林业局2023年度法治政府建设工作报告", "", "县委、县政府：",
        "　　2023年，县林业局在县委、县政府的领导下，扎实推进法治政府建设，现将有关情况报告如下。",
        "　　一是抓学习教育。" + TOPIC_PARAGRAPH,
        "　　二是抓执法规范。全年立案查处林业违法案件86件，罚没款146.5万元。",
        "　　但也要看到，我局法治建设与上级要求相比还有一定差距。一是执法人员数量不足，全局持证执法人员仅11人；二是普法形式较为单一。",
        "　　下一步，我局将重点抓好以下几项工作：", "　　" + PLAN, "", "某县林业局", "2024年2月20日",
    ])  # fmt: skip
    parts = [p for p in parse(text).parts if p.kind != "preamble"]
    assert [p.kind for p in parts] == ["measures", "shortcomings", "next_year_plan"]
    assert text[parts[1].start : parts[1].end].strip().startswith("但也要看到")
    assert status(pack, "shortcomings", text) == "pass"
