"""Hypothesis properties of parsing and scoring."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scorer.engine import score_text
from scorer.pack import load_pack
from scorer.parse import parse
from scorer.parse.markers import _classify_heading
from scorer.reading import ReadError, decode_text
from scorer.vocabulary import compiled

PACK = load_pack()
SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])

SENTENCES = [
    "聘请法律顾问2名，审查合同28份。",
    "尚未聘请法律顾问。",
    "全年未发生行政复议案件。",
    "落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。",
    "局主要负责人主持召开党组会议4次，专题研究法治建设。",
    "认真学习《党政主要负责人履行推进法治建设第一责任人职责规定》。",
    "在门户网站主动公开政府信息365条。",
    "深化“放管服”改革，优化营商环境。",
    "一是建立台账。二是完善流程。",
    "四是加强培训。三是强化监督。",
    "由于编制有限，执法力量不足。",
    "2024年将继续完善制度。",
    "规范性文件均经合法性审核，按时报送备案审查。",
    "持证执法人员17人，培训120人次。",
    "This line has ASCII words and 12345 digits.",
    "　　全角空格开头的段落，办理案件３２６件。",
    "[bookmark: _GoBack]",
    "",
]
HEADINGS = [
    "主要举措和成效",
    "党政主要负责人履行推进法治建设第一责任人职责情况",
    "存在的不足和原因",
    "2024年工作计划",
    "全面加强党的领导",
    "其他需要报告的情况",
]
CN = "一二三四五六七八九"

parts_st = st.lists(
    st.tuples(st.sampled_from(HEADINGS), st.lists(st.sampled_from(SENTENCES), max_size=6)), max_size=5
)


def build(parts, title="某局2023年度法治政府建设情况报告") -> str:
    lines = [title]
    for i, (heading, sentences) in enumerate(parts):
        lines.append(f"{CN[i]}、{heading}")
        lines.extend(sentences)
    return "\n".join(lines) + "\n"


def verdicts(text: str) -> dict[str, str]:
    return {i.id: i.status for i in score_text(text, PACK).items}


FULL = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"}
FULL[" "] = "\u3000"


def to_full_width(text: str) -> str:
    return "".join(FULL.get(c, c) for c in text)


@given(st.text(max_size=400))
@settings(max_examples=150, deadline=None)
def test_parsing_arbitrary_text_never_raises(text):
    report = parse(text)
    assert len(report.norm) == len(report.text)


@given(st.text(alphabet=st.sampled_from(list("一二三、（）()1.是\n　 年月日报告不足原因计划〔〕号法律顾问")), max_size=300))
@settings(max_examples=150, deadline=None)
def test_scoring_marker_soup_never_raises_and_stays_in_range(text):
    if not text.strip():  # blank text is refused, as `scorer score` refuses an empty file
        with pytest.raises(ReadError):
            score_text(text, PACK)
        return
    result = score_text(text, PACK)
    assert 0 <= result.score <= result.max_score


@given(parts_st)
@SETTINGS
def test_score_within_bounds(parts):
    result = score_text(build(parts), PACK)
    assert 0 <= result.score <= result.max_score
    for item in result.items:
        assert 0 <= item.points <= item.max_points


@given(parts_st)
@SETTINGS
def test_full_width_forms_do_not_change_verdicts(parts):
    text = build(parts)
    assert verdicts(to_full_width(text)) == verdicts(text)


@given(parts_st)
@SETTINGS
def test_line_endings_and_trailing_whitespace_do_not_change_verdicts(parts):
    text = build(parts)
    variant = "\r\n".join(line + "  \u3000" for line in text.split("\n"))
    assert verdicts(variant) == verdicts(text)


def build_as(parts, marker, indent="", blank=False) -> str:
    """``build`` with another heading number (``marker`` formats the part's index), paragraphs
    indented and, with ``blank``, a blank line after every line."""
    lines = ["某局2023年度法治政府建设情况报告"]
    for i, (heading, sentences) in enumerate(parts):
        lines.append(marker(i) + heading)
        lines.extend(indent + x if x else x for x in sentences)
    return ("\n\n" if blank else "\n").join(lines) + "\n"


LAYOUTS = {
    "chapters": lambda i: f"第{CN[i]}部分　",
    "spaced": lambda i: f"{CN[i]}、 ",
    "dotted": lambda i: f"{CN[i]}．",
}


@given(parts_st, st.sampled_from(sorted(LAYOUTS)), st.sampled_from(["", "　　", "    "]), st.booleans())
@SETTINGS
def test_the_style_of_part_numbers_indents_and_blank_lines_do_not_change_verdicts(parts, layout, indent, blank):
    text = build(parts)
    variant = build_as(parts, LAYOUTS[layout], indent, blank)
    assert verdicts(variant) == verdicts(text)


@given(parts_st, st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
@SETTINGS
def test_encoding_does_not_change_verdicts(parts, encoding):
    text = build(parts)
    decoded, _ = decode_text(text.encode(encoding))
    assert verdicts(decoded) == verdicts(text)


REQUIRED = {
    "shortcomings": ("存在的不足和原因", ["一是执法人员数量不足，持证率偏低。", "二是普法形式单一，主要原因是人员较少。"]),
    "next_year_plan": ("下一步工作安排", ["一是继续完善法律顾问制度。", "二是加强执法人员培训。"]),
    "measures_and_results": (
        "主要举措和成效",
        [
            "修订内部管理制度若干项，明确各科室的职责分工和工作流程。",
            "办理复议案件5件，均在法定期限内审结，未出现被纠错情形。",
            "接待来访群众3批次，现场答复政策咨询，群众满意度较高。",
            "开展专题培训6场，邀请律师讲授行政处罚法和行政许可法。",
            "组织干部职工参加年度法律知识考试，参考率和合格率均达到要求。",
            "完善法律顾问参与合同审查的流程，全年审查各类合同和协议。",
        ],
    ),
}


@given(parts_st, st.sampled_from(sorted(REQUIRED)))
@SETTINGS
def test_adding_a_missing_required_part_never_lowers_the_score(parts, rule_id):
    if len(parts) >= 8:
        return
    before = score_text(build(parts), PACK)
    status = next(i.status for i in before.items if i.id == rule_id)
    if status == "pass":
        return
    heading, body = REQUIRED[rule_id]
    after = score_text(build([*parts, (heading, body)]), PACK)
    assert after.score >= before.score
    assert next(i.status for i in after.items if i.id == rule_id) == "pass"


@given(parts_st)
@SETTINGS
def test_output_is_deterministic(parts):
    text = build(parts)
    assert score_text(text, PACK).to_dict() == score_text(text, PACK).to_dict()


CONTENT_KINDS = ("part", "phrases", "elements", "figures")


@given(parts_st, st.data())
@SETTINGS
def test_deleting_a_part_never_turns_a_content_item_from_missing_to_passing(parts, data):
    if not parts:
        return
    index = data.draw(st.integers(0, len(parts) - 1))
    if _classify_heading(parts[index][0], compiled()) == "shortcomings" and index < len(parts) - 1:
        # (except the shortcomings: a thematic part after them that speaks of what is to come is
        # the plan, and without them it reports measures)
        return
    if any(0 <= j < len(parts) and _classify_heading(parts[j][0], compiled()) is None for j in (index - 1, index + 1)):
        # (nor a part beside a thematic one: a thematic part worded as a plan between two measures parts
        # is one more measure, and beside one alone it is the plan — parts.py step 4 — so taking away its
        # neighbour, whatever its kind, may bring it between measures or away from them)
        return
    if any(line in parts[index][1] for j, (_, lines) in enumerate(parts) if j != index for line in lines):
        # (nor a part another repeats word for word: a sentence copied from the measures names no problem
        # — `copied_from` — but is the problems' own once the measures are gone)
        return
    before = verdicts(build(parts))
    after = verdicts(build(parts[:index] + parts[index + 1 :]))
    for rule in PACK.rules:
        if rule.kind in CONTENT_KINDS and before[rule.id] in ("fail", "partial"):
            assert after[rule.id] != "pass", rule.id
