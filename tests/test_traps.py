"""Every trap of the domain (shared/spec/domain.md), each with a passing and a failing text.

The texts are small reports written for these tests; they run through the
bundled pack's real rules.
"""

from __future__ import annotations

import pytest

from scorer.engine import evaluate
from scorer.pack import Pack
from scorer.parse import parse

from .conftest import doc


def status(pack: Pack, rule_id: str, text: str) -> str:
    single = Pack(spec=pack.spec.model_copy(update={"rules": [pack.rule(rule_id)]}), source="t", digest="")
    return evaluate(parse(text), single)[0].status


MEASURES = "一、2023年主要举措和成效"
SHORT = "二、存在的不足和原因"
PLAN = "三、2024年工作安排"


# --- negation: a mention is not a practice -------------------------------------------
@pytest.mark.parametrize(
    "sentence",
    ["目前尚未聘请法律顾问。", "我局没有聘请法律顾问。", "缺乏法律顾问参与决策。", "法律顾问制度尚未建立。"],
)
def test_negated_mechanism_does_not_count(pack, sentence):
    assert status(pack, "legal_adviser", doc(MEASURES, sentence)) == "fail"


def test_affirmed_mechanism_counts(pack):
    assert status(pack, "legal_adviser", doc(MEASURES, "聘请法律顾问2名，审查合同28份。")) == "pass"


def test_negation_stops_at_clause_boundary(pack):
    text = doc(MEASURES, "全年未发生安全事故，聘请法律顾问审查合同28份。")
    assert status(pack, "legal_adviser", text) == "pass"


def test_negation_with_unrelated_wu(pack):
    # 无缝/无论 are not negations of the phrase that follows
    assert status(pack, "legal_adviser", doc(MEASURES, "实现法律顾问无缝衔接，无论大小事项均由法律顾问审查。")) == "pass"


# --- a zero is not an absence -----------------------------------------------------------
@pytest.mark.parametrize("sentence", ["全年未发生行政复议案件。", "全年没有收到行政复议申请。", "2023年无行政复议案件发生。"])
def test_zero_activity_reports_on_reconsideration(pack, sentence):
    assert status(pack, "administrative_reconsideration", doc(MEASURES, sentence)) == "pass"


def test_zero_activity_needs_the_rule_to_allow_it(pack):
    # legal_adviser does not set zero_ok: "未发生" + 法律顾问 is still a negation
    assert status(pack, "legal_adviser", doc(MEASURES, "未发生法律顾问参与的事项。")) == "fail"


def test_reconsideration_not_done_is_missing(pack):
    assert status(pack, "administrative_reconsideration", doc(MEASURES, "尚未开展行政复议工作。")) == "fail"


# --- scope: the shortcomings and the plan are not last year's practice -----------------
@pytest.mark.parametrize(
    "text",
    [
        doc(MEASURES, "做好日常工作。", SHORT, "法律顾问作用发挥不够。"),
        doc(MEASURES, "做好日常工作。", PLAN, "2024年将聘请法律顾问。"),
    ],
)
def test_mechanism_only_in_shortcomings_or_plan_is_missing(pack, text):
    assert status(pack, "legal_adviser", text) == "fail"


def test_mechanism_in_measures_and_plan_passes(pack):
    text = doc(MEASURES, "聘请法律顾问审查合同。", PLAN, "继续发挥法律顾问作用。")
    assert status(pack, "legal_adviser", text) == "pass"


# --- citation is not action ------------------------------------------------------------
def test_citing_the_regulation_is_not_duty_performed(pack):
    text = doc(MEASURES, "认真学习贯彻《党政主要负责人履行推进法治建设第一责任人职责规定》，组织干部职工学习。")
    assert status(pack, "first_responsible_person", text) == "fail"


def test_leader_action_near_the_phrase_passes(pack):
    text = doc(MEASURES, "局主要负责人主持召开党组会议4次，专题研究法治政府建设。")
    assert status(pack, "first_responsible_person", text) == "pass"


def test_leader_named_without_action_fails(pack):
    text = doc(MEASURES, "明确主要负责人为法治建设的第一责任人。各科室负责人具体抓落实，全年工作平稳有序，没有出现重大问题。")
    assert status(pack, "first_responsible_person", text) == "fail"


def test_first_responsible_only_in_plan_fails(pack):
    text = doc(MEASURES, "做好日常工作。", PLAN, "主要负责人将亲自部署法治建设。")
    assert status(pack, "first_responsible_person", text) == "fail"


# --- a heading with nothing under it is not a part ----------------------------------------
def test_empty_heading_is_not_a_part(pack):
    text = doc(MEASURES, "开展培训4次，检查45次，公开信息200条。" * 8, SHORT, PLAN, "继续加强执法人员培训，完善制度。")
    assert status(pack, "shortcomings", text) == "fail"


def test_one_generic_line_is_not_a_part(pack):
    text = doc(MEASURES, "开展培训4次。" * 30, SHORT, "有待加强。", PLAN, "继续加强执法人员培训，完善制度。")
    assert status(pack, "shortcomings", text) == "fail"


def test_shortcomings_with_content_is_a_part(pack):
    text = doc(MEASURES, "开展培训4次。" * 30, SHORT, "一是执法人员数量不足。二是普法形式单一。", PLAN, "继续。")
    assert status(pack, "shortcomings", text) == "pass"


# --- figures: dates, years and document numbers are not results ----------------------------
def test_dates_years_and_document_numbers_are_not_figures(pack):
    text = doc(MEASURES, "2023年5月12日，依据浑政发〔2023〕3号文件，在第33个全国助残日开展“12.4宪法宣传周”活动，拨打12345热线。")
    assert status(pack, "quantified_results", text) == "fail"


def test_counts_with_units_are_figures(pack):
    text = doc(MEASURES, "办理案件326件，培训120人次，投入资金87.5万元，整改率100%。")
    assert status(pack, "quantified_results", text) == "pass"


def test_full_width_digits_count_as_figures(pack):
    text = doc(MEASURES, "办理案件３２６件，培训１２０人次，整改率１００％。")
    assert status(pack, "quantified_results", text) == "pass"


def test_figures_outside_measures_do_not_count(pack):
    text = doc(MEASURES, "做好日常工作。", SHORT, "执法人员只有3人，培训2次，持证率50%。")
    assert status(pack, "quantified_results", text) == "fail"


# --- causes: "原因" in the heading alone is not a cause ------------------------------------------
def test_reason_only_in_heading_is_not_a_cause(pack):
    text = doc(MEASURES, "做好日常工作。", SHORT, "一是执法人员数量不足。二是普法形式单一。")
    assert status(pack, "shortcoming_reasons", text) == "fail"


@pytest.mark.parametrize(
    "body",
    [
        "执法人员不足，究其原因，是编制有限。",
        "普法形式单一，主要原因是人员较少。",
        "这既有人少事杂的原因，也有理念落后的因素。",
        "由于编制有限，执法力量不足。",
    ],
)
def test_causes_in_the_body_pass(pack, body):
    assert status(pack, "shortcoming_reasons", doc(MEASURES, "做好日常工作。", SHORT, body)) == "pass"


def test_causes_outside_shortcomings_do_not_count(pack):
    text = doc(MEASURES, "由于措施得力，成效明显。", SHORT, "执法人员数量不足。")
    assert status(pack, "shortcoming_reasons", text) == "fail"


# --- years ---------------------------------------------------------------------------------
def test_year_consistency_passes_when_dates_agree(pack):
    text = doc(MEASURES, "内容。", "二、2024年工作计划", "继续。", "某局", "2024年2月20日", title="某局2023年法治政府建设情况报告")
    assert status(pack, "year_consistency", text) == "pass"


@pytest.mark.parametrize(
    "lines",
    [
        ("二、2025年工作计划", "继续。"),  # plan year is not report year + 1
        ("二、2024年工作计划", "继续。", "某局", "2023年6月20日"),  # signed inside the reported year
    ],
)
def test_year_consistency_fails_on_contradictions(pack, lines):
    text = doc(MEASURES, "内容。", *lines, title="某局2023年法治政府建设情况报告")
    assert status(pack, "year_consistency", text) == "fail"


@pytest.mark.parametrize(
    "lines, quoted",
    [
        (("二、2025年工作计划", "继续完善法律顾问制度。"), "二、2025年工作计划"),  # the year in the heading: the heading
        (("二、下一步工作安排", "2025年，我局将重点做好以下工作：完善法律顾问制度。"), "2025"),  # in the opening: that year
        (("二、下一步工作安排", "（一）强化学习。2025年开展集中学法4次。"), "2025"),  # in its first item's opening
    ],
)
def test_a_wrong_plan_year_is_shown_where_it_is_written(pack, lines, quoted):
    from scorer.engine import score_text

    text = doc(MEASURES, "内容。", *lines, title="某局2023年法治政府建设情况报告")
    (item,) = [i for i in score_text(text, pack).items if i.id == "year_consistency"]
    assert item.status == "fail" and item.detail == "计划年份2025年不是2024年"
    (ev,) = item.evidence
    assert ev.text[ev.mark[0] : ev.mark[1]] == quoted, ev


@pytest.mark.parametrize(
    "item, expected",
    [
        ("（一）建立述法制度。2023年度述法工作已列入2024年一季度考核安排。", "pass"),  # a year's work named as a thing
        ("（一）强化学习。2025年度，开展集中学法4次。", "fail"),  # the year the item plans for
        ("（一）强化学习。2025年度工作安排：开展集中学法4次。", "fail"),
    ],
)
def test_a_plan_item_opening_on_a_year_s_work_as_a_noun_names_no_plan_year(pack, item, expected):
    text = doc(MEASURES, "内容。", "二、下一步工作安排", item, title="某局2023年法治政府建设情况报告")
    assert status(pack, "year_consistency", text) == expected


def test_document_number_year_must_match_signing_year(pack):
    text = "某局2023年法治政府建设情况报告\n某民报字〔2025〕1号\n一、主要举措和成效\n内容。\n某局\n2024年2月20日\n"
    assert status(pack, "year_consistency", text) == "fail"


def test_year_consistency_not_applicable_without_year(pack):
    assert status(pack, "year_consistency", "某局法治政府建设情况报告\n一、主要举措和成效\n内容。\n") == "not_applicable"


# --- numbering --------------------------------------------------------------------------------
def test_enumeration_going_backwards_fails(pack):
    text = doc(MEASURES, "一是建立台账。二是完善流程。三是加强培训。四是强化监督。三是强化学用结合。")
    assert status(pack, "numbering_sequence", text) == "fail"


def test_missing_first_sub_item_fails(pack):
    text = doc(MEASURES, "（二）完善执法机制。", "（三）加强普法。")
    assert status(pack, "numbering_sequence", text) == "fail"


def test_unnumbered_part_heading_among_numbered_is_no_gap(pack):
    # 下步打算 without 三、 is neither a repeat nor a gap (the convention: enumerations run without
    # either); the numbered items under it are still checked
    text = doc(MEASURES, "内容。", "二、存在不足及原因", "人员少。", "下步打算", "继续。")
    assert status(pack, "numbering_sequence", text) == "pass"
    gap = doc(MEASURES, "内容。", "二、存在不足及原因", "人员少。", "下步打算", "（二）完善机制。", "继续。")
    assert status(pack, "numbering_sequence", gap) == "fail"


def test_items_may_continue_across_sub_parts(pack):
    text = doc(MEASURES, "（一）制度建设", "1.完善制度。", "2.规范流程。", "（二）执法监督", "3.加强检查。", "4.强化考核。")
    assert status(pack, "numbering_sequence", text) == "pass"


def test_items_may_restart_in_each_sub_part(pack):
    text = doc(MEASURES, "（一）制度建设", "1.完善制度。", "2.规范流程。", "（二）执法监督", "1.加强检查。", "2.强化考核。")
    assert status(pack, "numbering_sequence", text) == "pass"


def test_repeated_heading_number_fails(pack):
    text = doc(MEASURES, "（一）制度建设。", "（二）执法监督。", "（二）普法宣传。")
    assert status(pack, "numbering_sequence", text) == "fail"


# --- duplicates ---------------------------------------------------------------------------------
def test_clause_written_twice_in_a_row_fails(pack):
    text = doc(MEASURES, "法制机构设置不到位，专职法制工作人员较少，专职法制工作人员较少。")
    assert status(pack, "duplicate_text", text) == "fail"


def test_sentence_repeated_across_parts_fails(pack):
    sentence = "强化促进社会公平正义法治保障制度。"
    text = doc(MEASURES, sentence + "开展培训。", SHORT, "人员较少。" + sentence)
    assert status(pack, "duplicate_text", text) == "fail"


def test_short_phrases_and_quoted_titles_may_repeat(pack):
    text = doc(MEASURES, "落实“谁执法谁普法”责任制。整改率100%。", "学习《中华人民共和国行政复议法实施条例》。整改率100%。学习《中华人民共和国行政复议法实施条例》。")
    assert status(pack, "duplicate_text", text) == "pass"


# --- Chinese text: no \b ---------------------------------------------------------------------
def test_patterns_with_word_boundaries_are_rejected():
    from scorer.kinds.base import check_patterns

    with pytest.raises(ValueError, match=r"\\b"):
        check_patterns([r"\b法律顾问\b"])


def test_one_place_matched_by_two_patterns_counts_once(pack):
    from scorer.engine import evaluate

    single = Pack(spec=pack.spec.model_copy(update={"rules": [pack.rule("shortcoming_reasons")]}), source="t", digest="")
    item = evaluate(parse(doc(MEASURES, "做好工作。", SHORT, "普法形式单一，主要原因是人员较少。")), single)[0]
    assert item.status == "pass"
    assert len(item.evidence) == 1
