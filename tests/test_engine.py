"""The scoring model: partial credit, not-applicable, critical cap, grades, errors, time limits."""

from __future__ import annotations

import json

import pytest

from scorer.engine import score_text
from scorer.pack import PackError, build_pack

from .conftest import doc

HEADER = {"title": "测试", "category": "测试", "basis": "测试依据", "message": "请补充。"}


def make_pack(*rules, **settings):
    data = {"name": "测试包", "version": "1", **settings, "rules": [{**HEADER, **r} for r in rules]}
    return build_pack(data, "test.yaml")


ADVISER = {"id": "adviser", "weight": 6, "kind": "phrases", "patterns": ["法律顾问"]}
THREE = {
    "id": "three",
    "weight": 3,
    "kind": "elements",
    "elements": [
        {"name": "公示", "patterns": ["执法公示"]},
        {"name": "记录", "patterns": ["全过程记录"]},
        {"name": "审核", "patterns": ["法制审核"]},
    ],
}
DEADLINE = {"id": "deadline", "weight": 1, "kind": "deadline", "before": "04-01"}
MEASURES = "一、主要举措和成效"


def test_partial_credit_is_share_of_elements():
    result = score_text(doc(MEASURES, "落实执法公示和全过程记录制度。"), make_pack(THREE))
    item = result.items[0]
    assert item.status == "partial"
    assert item.points == pytest.approx(2.0)
    assert result.score == pytest.approx(66.7)
    assert result.missing == ["three"]


def test_a_pass_short_of_every_element_says_why_it_passes():
    two_of_three = {**THREE, "pass_at": 2}
    item = score_text(doc(MEASURES, "落实执法公示和全过程记录制度。"), make_pack(two_of_three)).items[0]
    assert item.status == "pass" and item.points == pytest.approx(3.0)
    assert item.detail == "2/3项（达到2项即为通过）：公示、记录；缺：审核"
    full = score_text(doc(MEASURES, "落实执法公示、全过程记录和法制审核制度。"), make_pack(two_of_three)).items[0]
    assert full.detail == "3/3项：公示、记录、审核"


def test_an_element_missing_after_mentions_set_aside_says_none_counts():
    text = doc(MEASURES, "落实执法公示制度。尚未开展法制审核。") + "\n二、存在的不足\n全过程记录制度尚未建立。\n"
    item = score_text(text, make_pack(THREE), explain=True).items[0]
    notes = item.explanation
    assert "[记录] 以上1处均不算，未找到有效表述" in notes and "[审核] 以上1处均不算，未找到有效表述" in notes, notes
    bare = score_text(doc(MEASURES, "落实执法公示制度。"), make_pack(THREE), explain=True).items[0]
    assert "[审核] 未找到" in bare.explanation, bare.explanation


def test_a_rule_fails_when_a_rule_it_requires_is_missing_saying_so():
    # causes (原因) require problems (问题): with none named, the causes found do not count
    problems = {"id": "problems", "title": "存在的不足", "weight": 2, "kind": "phrases", "patterns": ["问题"]}
    causes = {"id": "causes", "weight": 2, "kind": "phrases", "patterns": ["原因"], "requires": ["problems"]}
    pack = make_pack(problems, causes)
    both = score_text(doc(MEASURES, "执法问题较多，原因是人员不足。"), pack)
    assert [i.status for i in both.items] == ["pass", "pass"]
    alone = score_text(doc(MEASURES, "原因是人员不足。"), pack)
    item = alone.items[1]
    assert (item.status, item.points, item.evidence) == ("fail", 0.0, [])
    assert "「存在的不足」缺失" in item.detail and "本项以其为前提" in item.detail
    assert alone.missing == ["problems", "causes"]
    # (a required rule that does not apply leaves the requirement met)
    na = make_pack({**problems, "only_if": {"level": ["乡镇"]}}, causes)
    assert score_text(doc(MEASURES, "原因是人员不足。"), na).items[1].status == "pass"


def test_requires_names_an_earlier_rule():
    causes = {"id": "causes", "weight": 2, "kind": "phrases", "patterns": ["原因"], "requires": ["problems"]}
    problems = {"id": "problems", "weight": 2, "kind": "phrases", "patterns": ["问题"]}
    with pytest.raises(PackError, match="requires: 'problems' comes after this rule"):
        make_pack(causes, problems)


def test_not_applicable_leaves_the_denominator():
    # no signing date: the deadline rule is not applicable and does not count
    result = score_text(doc(MEASURES, "聘请法律顾问。"), make_pack(ADVISER, DEADLINE))
    statuses = {i.id: i.status for i in result.items}
    assert statuses == {"adviser": "pass", "deadline": "not_applicable"}
    assert result.score == 100.0
    assert result.missing == []


def test_score_is_scaled_to_total():
    result = score_text(doc(MEASURES, "落实执法公示制度。"), make_pack(ADVISER, THREE, total=10))
    # earned 1 of 9 applicable points, scaled to 10
    assert result.max_score == 10
    assert result.score == pytest.approx(round(10 * 1 / 9, 1))


def test_grades_follow_bands():
    grades = [{"name": "甲", "min": 80}, {"name": "乙", "min": 50}, {"name": "丙", "min": 0}]
    pack = make_pack(ADVISER, THREE, grades=grades, critical_cap=None)
    assert score_text(doc(MEASURES, "聘请法律顾问。执法公示、全过程记录、法制审核。"), pack).grade == "甲"
    assert score_text(doc(MEASURES, "聘请法律顾问。"), pack).grade == "乙"
    assert score_text(doc(MEASURES, "无关内容。"), pack).grade == "丙"


def test_missing_critical_rule_caps_the_grade():
    grades = [{"name": "甲", "min": 60}, {"name": "乙", "min": 30}, {"name": "丙", "min": 0}]
    critical = {**THREE, "critical": True, "weight": 1}
    pack = make_pack({**ADVISER, "weight": 9}, critical, grades=grades, critical_cap="乙")
    result = score_text(doc(MEASURES, "聘请法律顾问。"), pack)
    assert result.score == 90.0
    assert result.grade == "乙"
    assert result.critical_missing == ["three"]


def test_critical_cap_must_name_a_grade():
    with pytest.raises(PackError, match="critical_cap"):
        make_pack(ADVISER, critical_cap="不存在")


def test_missing_lists_ids_in_pack_order():
    pack = make_pack(THREE, ADVISER)
    assert score_text(doc(MEASURES, "无关内容。"), pack).missing == ["three", "adviser"]


def test_message_only_when_missing():
    pack = make_pack(ADVISER)
    assert score_text(doc(MEASURES, "聘请法律顾问。"), pack).items[0].message is None
    assert score_text(doc(MEASURES, "无关。"), pack).items[0].message == "请补充。"


def test_evidence_quotes_the_original_text_with_its_line():
    text = doc("区政府：", MEASURES, "　　聘请法律顾问２名，审查合同。")
    item = score_text(text, make_pack(ADVISER)).items[0]
    ev = item.evidence[0]
    assert ev.line == 4
    assert "法律顾问２名" in ev.text  # original full-width digit, not the normalised one
    assert ev.section == MEASURES


def test_evidence_shows_the_text_not_the_headings_and_one_quote_a_place():
    leader = {"id": "leader", "weight": 5, "kind": "phrases", "patterns": ["局长", "党组书记"], "headings": True}
    text = doc("一、局长履行第一责任人职责情况", "　　局党组书记、局长主持召开党组会议4次。", "　　局长带队检查6次，开展执法检查126次，督办整改问题38个。")
    item = score_text(text, make_pack(leader)).items[0]
    assert item.detail == "找到4处（引用其中2处）"  # the heading's, the two of one clause and the last: two quotes
    assert [e.line for e in item.evidence] == [3, 4]  # the sentences, not the heading; 党组书记、局长: one quote
    # a heading is shown when it is all there is
    alone = score_text(doc("一、局长履行第一责任人职责情况", "　　全年开展执法检查126次。"), make_pack(leader)).items[0]
    assert [e.line for e in alone.evidence] == [2]
    # a sentence right after a heading's title on its line is quoted, not lost as too close to the title's match
    leader["patterns"] = ["局长", "第一责任人"]
    text = doc(MEASURES, "1.履行第一责任人职责。局长主持召开党组会议4次。", "2.依法行政。全年办理案件32件，局长出庭应诉1次。")
    item = score_text(text, make_pack(leader)).items[0]
    assert [e.line for e in item.evidence] == [3, 4]
    assert item.evidence[0].text.startswith("1.履行第一责任人职责。局长主持")


def test_evidence_from_the_parts_comes_before_the_openings_summary():
    """The opening sums up (……等指标位居全市前列); the parts below it report: their quotes come
    first, the opening's after them (phrases) or only when an element has no other (elements)."""
    opening = "我局坚持依法行政，政务公开、备案审查等多项指标位居全市前列。"
    body = ["在门户网站主动公开信息365条。", "报县政府备案审查规范性文件3件。"]
    phrases = {"id": "open", "weight": 5, "kind": "phrases", "patterns": ["公开"]}
    item = score_text(doc("某局2025年法治政府建设年度报告", opening, MEASURES, *body), make_pack(phrases)).items[0]
    assert [e.line for e in item.evidence] == [5, 3]
    elements = {"id": "docs", "weight": 5, "kind": "elements", "elements": [{"name": "备案", "patterns": ["备案审查"]}, {"name": "公开", "patterns": ["公开"]}]}
    item = score_text(doc("某局2025年法治政府建设年度报告", opening, MEASURES, *body), make_pack(elements)).items[0]
    assert [e.line for e in item.evidence] == [5, 6]
    # an element found only in the opening is quoted there
    item = score_text(doc("某局2025年法治政府建设年度报告", opening, MEASURES, body[0]), make_pack(elements)).items[0]
    assert [e.line for e in item.evidence] == [3, 5]


def test_evidence_first_quotes_the_items_own_part_before_side_mentions():
    leader = {"id": "leader", "weight": 5, "kind": "phrases", "patterns": ["局长"]}
    text = doc(MEASURES, "发生行政诉讼案件1件，局长出庭应诉。", "二、主要负责人履行推进法治建设第一责任人职责情况", "局长主持召开党组会议4次。")
    assert [e.line for e in score_text(text, make_pack(leader)).items[0].evidence] == [3, 5]  # text order
    leader["evidence_first"] = ["first_responsible"]
    assert [e.line for e in score_text(text, make_pack(leader)).items[0].evidence] == [5, 3]


def test_catastrophic_pattern_times_out_as_error_and_others_still_score():
    slow = {"id": "slow", "weight": 5, "kind": "phrases", "patterns": ["(a+)+$"]}
    pack = make_pack(slow, ADVISER, regex_timeout=0.05)
    text = doc(MEASURES, "聘请法律顾问。" + "a" * 5000 + "!")
    result = score_text(text, pack)
    statuses = {i.id: i.status for i in result.items}
    assert statuses == {"slow": "error", "adviser": "pass"}
    assert "超时" in result.items[0].detail
    assert result.score == 100.0  # error results leave the denominator


def test_figures_after_a_long_run_of_white_space_are_counted_not_timed_out():
    # the figure pattern once backtracked over white space between a number and its unit
    # (cubic): a page of blanks after a digit cost the rule its time limit, and an error item
    figures = {"id": "figures", "weight": 5, "kind": "figures", "min_count": 2}
    pack = make_pack(figures, regex_timeout=0.05)
    text = doc(MEASURES, "办理案件12件，开展培训3次，编号7" + " " * 20000 + "。")
    item = score_text(text, pack).items[0]
    assert item.status == "pass"
    assert item.detail.startswith("2个")


def test_json_of_a_result_is_deterministic():
    pack = make_pack(ADVISER, THREE)
    text = doc(MEASURES, "聘请法律顾问。落实执法公示。")
    a = json.dumps(score_text(text, pack).to_dict(), ensure_ascii=False)
    b = json.dumps(score_text(text, pack).to_dict(), ensure_ascii=False)
    assert a == b


def test_weights_must_be_positive():
    with pytest.raises(PackError, match="weight"):
        make_pack({**ADVISER, "weight": 0})


def test_unknown_kind_is_an_error():
    with pytest.raises(PackError, match="kind"):
        make_pack({**ADVISER, "kind": "magic"})


def test_a_pack_edited_by_copy_scores_with_its_own_headers():
    # each rule's fixed result fields are read once per rules list: a copy of the pack with
    # other weights and titles (as a scaled pack is built) must not get the first one's
    text = doc(MEASURES, "聘请法律顾问审查合同。")
    first = make_pack(ADVISER)
    assert score_text(text, first).items[0].max_points == 6
    rules = [r.model_copy(update={"weight": 2.0, "title": "改过的标题"}) for r in first.spec.rules]
    second = first.model_copy(update={"spec": first.spec.model_copy(update={"rules": rules})})
    item = score_text(text, second).items[0]
    assert (item.max_points, item.points, item.title) == (2.0, 2.0, "改过的标题")
    assert score_text(text, first).items[0].max_points == 6  # and back


def test_two_hits_quoted_alike_are_shown_once():
    """One sentence naming two elements near its start is quoted alike for both: shown once."""
    item = score_text(doc(MEASURES, "落实执法公示和全过程记录制度。"), make_pack(THREE)).items[0]
    texts = [(e.line, e.text) for e in item.evidence]
    assert len(texts) == len(set(texts)) and len(texts) >= 1, texts
