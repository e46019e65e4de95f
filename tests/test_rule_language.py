"""The rule language for auditors (docs/authoring-rules.md): limits, warnings, thresholds,
applicability, same-sentence rules, vocabularies, refine that adds or removes patterns,
example expectations and todo cases.

``tests/packs/auditor.yaml`` (an overlay of the national pack) uses each feature; its
examples and its fixture file pin status, evidence text and line.  Every one runs here
as its own test; the tests below check what a case file cannot say (scoring, JSON,
lint messages, errors).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scorer.engine import score_text
from scorer.lint import lint
from scorer.pack import PackError, load, load_pack
from scorer.ruletest import collect, run_case

from .conftest import doc

HERE = Path(__file__).resolve().parent
AUDITOR = HERE / "packs" / "auditor.yaml"
LOADED = load(AUDITOR)
OWN = [r.id for r in LOADED.pack.rules if any(f == LOADED.file for f, _ in LOADED.sources[r.id].layers)]
CASES = [pytest.param(c, id=c.id) for c in collect(LOADED, rule_ids=OWN)]


@pytest.mark.parametrize("case", CASES)
def test_auditor_case(case):
    result = run_case(case, LOADED.pack)
    if result.todo is not None:
        assert result.ok, result.describe()  # a todo case that now behaves: remove its todo
        pytest.xfail(result.todo)
    assert result.ok, result.describe()


def test_auditor_pack_lints_clean():
    assert [str(p) for p in lint(AUDITOR)] == []


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


OVERLAY = """\
extends: national
rules:
  - id: extra
    title: 附加
    category: 测试
    basis: 测试依据
    message: 测试说明。
"""


def overlay(tmp_path: Path, rule: str) -> Path:
    return write(tmp_path, OVERLAY + "".join(f"    {line}\n" for line in rule.strip().splitlines()))


def problems(ref) -> list[str]:
    try:
        load(ref)
    except PackError as e:
        return [str(p) for p in e.problems]
    return []


# --- limits and forbidden wording ---------------------------------------------------------


def test_a_limit_counts_distinct_places_and_quotes_those_past_it(tmp_path):
    pack = load_pack(overlay(tmp_path, "weight: 1\nkind: phrases\npatterns: ['进一步']\nscope: [all]\nnegation: false\nmax_count: 1"))
    text = doc("一、主要举措和成效", "进一步加强。", "进一步深化。", "进一步推进。")
    item = next(i for i in score_text(text, pack).items if i.id == "extra")
    assert item.status == "fail" and item.detail == "找到3处，最多允许1处"
    assert [e.line for e in item.evidence] == [4, 5]  # the second and third: past the limit


def test_min_count_above_max_count_is_an_error(tmp_path):
    found = problems(overlay(tmp_path, "weight: 1\nkind: phrases\npatterns: ['a']\nmin_count: 3\nmax_count: 1"))
    assert any("min_count (3) is more than max_count (1)" in p for p in found), found


def test_lint_never_suggests_min_count_for_max_count(tmp_path):
    # elements has min-less keys; a max_count there is unknown, and must not become min_count
    found = problems(overlay(tmp_path, "weight: 1\nkind: figures\nmax_count: 3"))
    assert any("unknown key 'max_count'" in p for p in found), found
    assert not any("min_count" in p for p in found), found


# --- warnings -----------------------------------------------------------------------------


WARNING_RULE = "severity: warning\nkind: phrases\npatterns: ['法制办']\nscope: [all]\nmax_count: 0"


def test_a_warning_costs_no_points_and_is_listed_apart(tmp_path, pack):
    mine = load_pack(overlay(tmp_path, WARNING_RULE))
    text = doc("一、主要举措和成效", "经县法制办审核规范性文件12件，聘请法律顾问2名。")
    base = score_text(text, pack)
    result = score_text(text, mine)
    item = next(i for i in result.items if i.id == "extra")
    assert item.status == "fail" and item.points == 0 and item.max_points == 0
    assert result.score == base.score and result.missing == base.missing
    assert result.warnings == ["extra"]
    data = result.to_dict()
    assert data["warnings"] == ["extra"]
    by_id = {i["id"]: i for i in data["items"]}
    assert by_id["extra"]["severity"] == "warning"
    assert "severity" not in by_id["legal_adviser"]  # scored items keep their JSON shape
    assert "warnings" not in base.to_dict()


def test_a_warning_rule_takes_no_weight_and_a_scored_rule_needs_one(tmp_path):
    found = problems(overlay(tmp_path, "weight: 2\n" + WARNING_RULE))
    assert any("costs no points: remove 'weight'" in p for p in found), found
    found = problems(overlay(tmp_path, "kind: phrases\npatterns: ['法制办']"))
    assert any("missing required key 'weight'" in p for p in found), found


def test_a_warning_shows_as_such_in_the_table(tmp_path):
    from scorer.output.base import status_label

    mine = load_pack(overlay(tmp_path, WARNING_RULE))
    item = next(i for i in score_text(doc("一、主要举措和成效", "县法制办审核文件。"), mine).items if i.id == "extra")
    assert status_label(item).endswith("（警示）")


# --- example expectations -------------------------------------------------------------------


def test_pinned_status_and_evidence_are_checked(tmp_path):
    pack = write(tmp_path, OVERLAY + """\
    weight: 1
    kind: phrases
    patterns: ['法律顾问']
    min_count: 2
    examples:
      pass: [{part: measures, text: 聘请法律顾问。法律顾问审查合同。}]
      fail:
        - {part: measures, text: 聘请法律顾问。, status: partial, evidence: 聘请法律顾问, line: 3}
        - {part: measures, text: 聘请法律顾问。, status: fail}
        - {part: measures, text: 聘请法律顾问。, evidence: 公职律师}
        - {part: measures, text: 聘请法律顾问。, line: 2}
""")
    results = {r.index: r for r in (run_case(c, load(pack).pack) for c in collect(load(pack), rule_ids=["extra"])) if r.expected == "fail"}
    assert results[1].ok
    assert results[2].problems == ["got 'partial', expected fail"]
    assert results[3].problems == ["evidence '聘请法律顾问。' does not contain '公职律师'"]
    assert results[4].problems == ["evidence on line 3, expected line 2"]


def test_a_todo_case_that_starts_to_behave_is_reported(tmp_path):
    pack = write(tmp_path, OVERLAY + """\
    weight: 1
    kind: phrases
    patterns: ['法律顾问']
    examples:
      pass: [{part: measures, text: 聘请法律顾问。, todo: a gap that is not one}]
      fail: [{part: measures, text: 尚未聘请法律顾问。, status: pass, todo: negation is a known gap}]
""")
    loaded = load(pack)
    results = {r.expected: r for r in (run_case(c, loaded.pack) for c in collect(loaded, rule_ids=["extra"]))}
    assert results["pass"].fixed and not results["pass"].ok and results["pass"].label == "FIXD"
    assert results["fail"].ok and not results["fail"].fixed and results["fail"].label == "todo"


# --- thresholds -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "keys,message",
    [("", "a threshold needs 'min' or 'max'"), ("min: 90\nmax: 80", "min (90) is more than max (80)")],
)
def test_a_threshold_needs_sensible_bounds(tmp_path, keys, message):
    found = problems(overlay(tmp_path, "weight: 1\nkind: threshold\npatterns: ['率(\\d+)%']\n" + keys))
    assert any(message in p for p in found), found


@pytest.mark.parametrize("use,status", [("all", "fail"), ("first", "pass"), ("any", "pass")])
def test_which_figures_a_threshold_uses(tmp_path, use, status):
    pack = load_pack(overlay(tmp_path, f"weight: 1\nkind: threshold\npatterns: ['应诉率(\\d+)%']\nmin: 80\nuse: {use}"))
    text = doc("一、主要举措和成效", "上半年应诉率90%。", "全年应诉率70%。")
    assert next(i for i in score_text(text, pack).items if i.id == "extra").status == status


def test_a_missing_figure_may_be_not_applicable(tmp_path):
    pack = load_pack(overlay(tmp_path, "weight: 1\nkind: threshold\npatterns: ['应诉率(\\d+)%']\nmin: 80\nmissing: not_applicable"))
    result = score_text(doc("一、主要举措和成效", "全年无行政诉讼案件。"), pack)
    assert next(i for i in result.items if i.id == "extra").status == "not_applicable"


# --- applicability ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name,level",
    [("江山市贺村镇人民政府", "乡镇"), ("某街道办事处", "乡镇"), ("宝鸡市陈仓区司法局", "部门"), ("临城县人民政府", "政府"), ("宝坻区", "政府"), ("某某", None)],
)
def test_the_level_of_an_organisation_comes_from_its_name(name, level):
    from scorer.kinds.applies import level_of

    assert level_of(name) == level


@pytest.mark.parametrize(
    "only_if,message",
    [("{}", "only_if needs at least one condition"), ("{from_year: 2023, to_year: 2021}", "from_year (2023) is after to_year (2021)"),
     ("{level: [村]}", "level[0]: '村' is not one of 乡镇, 部门, 政府")],
)  # fmt: skip
def test_only_if_mistakes(tmp_path, only_if, message):
    found = problems(overlay(tmp_path, f"weight: 1\nonly_if: {only_if}\nkind: phrases\npatterns: ['a']"))
    assert any(message in p for p in found), found


def test_a_rule_outside_its_reports_leaves_the_denominator(tmp_path, pack):
    mine = load_pack(overlay(tmp_path, "weight: 5\nonly_if: {region: ['陕西']}\nkind: phrases\npatterns: ['法律顾问']"))
    text = doc("一、主要举措和成效", "开展普法宣传。")
    item = next(i for i in score_text(text, mine).items if i.id == "extra")
    assert item.status == "not_applicable" and item.detail == "只适用于陕西的报告"
    assert score_text(text, mine).score == score_text(text, pack).score
    shaanxi = doc("一、主要举措和成效", "开展普法宣传。", title="陕西省某局2023年度法治政府建设情况报告")
    assert next(i for i in score_text(shaanxi, mine).items if i.id == "extra").status == "fail"


def test_only_if_reads_a_traditional_name_as_simplified(tmp_path):
    mine = load_pack(overlay(tmp_path, "weight: 5\nonly_if: {level: [乡镇], region: ['西乡县']}\nkind: phrases\npatterns: ['法律顾问']"))
    text = doc("一、主要舉措和成效", "開展普法宣傳。", title="西鄉縣某鎮2023年度法治政府建設情況報告")
    item = next(i for i in score_text(text, mine).items if i.id == "extra")
    assert item.status == "fail", item.detail  # applies: 西鄉縣 is 西乡县, 鎮 a town
    result = score_text(text, mine)
    assert result.organization == "西鄉縣某鎮"  # quoted as written


# --- same sentence, near across parts --------------------------------------------------------


def test_same_sentence_is_explained(tmp_path):
    pack = load_pack(overlay(tmp_path, "weight: 1\nkind: phrases\npatterns: ['法律顾问']\nsame_sentence: ['审查']"))
    result = score_text(doc("一、主要举措和成效", "聘请法律顾问2名。审查合同28份。"), pack, explain=True)
    item = next(i for i in result.items if i.id == "extra")
    assert item.status == "fail"
    assert any("同一句中没有符合要求的审查" in note for note in item.explanation), item.explanation


def test_a_discarded_match_names_the_near_words_not_their_regex(tmp_path):
    """Why a match was set aside, in words a reader knows: each near pattern by the text it
    starts with, without its look-arounds or classes, and 等 past eight."""
    near = "['(?<![同并])研究', '组织[^，。]{0,12}学法', '主持', '听取', '召开', '审议', '签批', '审定', '督办']"
    pack = load_pack(overlay(tmp_path, f"weight: 1\nkind: phrases\npatterns: ['法治']\nnear: {{within: 6, patterns: {near}}}"))
    result = score_text(doc("一、主要举措和成效", "局长高度重视法治。全年办理案件32件。"), pack, explain=True)
    item = next(i for i in result.items if i.id == "extra")
    assert item.status == "fail"
    notes = [n for n in item.explanation if "字内没有" in n]
    assert notes and notes[0].endswith("6字内没有符合要求的研究、组织、主持、听取、召开、审议、签批、审定等"), notes
    assert not any(c in notes[0] for c in "[](?<!^{}"), notes


def test_a_word_every_match_needs_is_named_when_no_match_counts(tmp_path):
    """A failing phrases rule says the topic is mentioned (the one word a pattern needs in every
    match, here only in the guiding formula its look-ahead leaves out), rather than that nothing is."""
    pack = load_pack(overlay(tmp_path, "weight: 1\nkind: phrases\npatterns: ['习近平法治思想(?!为指导)']"))
    detail = lambda text: next(i for i in score_text(doc("一、主要举措和成效", text), pack).items if i.id == "extra").detail
    assert detail("坚持以习近平法治思想为指导，推进各项工作。") == "第3行提到「习近平法治思想」，但都不是符合要求的用法（规则排除的搭配）"
    # where: the lines of the first three mentions, and 等 for more
    formula = "坚持以习近平法治思想为指导。"
    assert detail("\n".join([formula] * 5)).startswith("第3、4、5行等提到「习近平法治思想」")
    assert detail("全年办理案件32件。") == "全文没有符合要求的表述"
    assert detail("专题学习习近平法治思想3次。") == "找到1处"


def test_a_rule_of_narrow_scope_says_where_it_looked(tmp_path):
    pack = load_pack(overlay(tmp_path, "weight: 1\nkind: phrases\nscope: [shortcomings]\npatterns: ['究其原因']"))
    detail = lambda *lines: next(i for i in score_text(doc(*lines), pack).items if i.id == "extra").detail
    assert detail("一、主要举措和成效", "全年办理案件32件。") == "报告中没有「存在的不足和原因」部分"
    assert detail("一、主要举措和成效", "全年办理案件32件。", "二、存在的问题", "执法人员不足。") == "「二、存在的问题」中没有符合要求的表述"


THEMATIC = doc(
    "一、全面加强党的领导",
    "主要负责人主持召开常务会议。",
    "二、深化依法行政",
    "落实第一责任人职责，全年学法4次。",
)


@pytest.mark.parametrize("across,status", [("part", "fail"), ("kind", "pass")])
def test_near_may_run_on_into_neighbouring_parts_of_the_same_kind(tmp_path, across, status):
    pack = load_pack(overlay(tmp_path, f"weight: 1\nkind: phrases\npatterns: ['第一责任人']\nnear: {{patterns: ['主持'], within: 30, across: {across}}}"))
    report = score_text(THEMATIC, pack)
    item = next(i for i in report.items if i.id == "extra")
    assert item.status == status, item


MIXED_NEAR = "weight: 1\nkind: phrases\npatterns: ['局长']\nnear: {patterns: ['主持', '(?<!同)部署', '听取'], within: 8}\n"


@pytest.mark.parametrize(
    "text,status",
    [
        ("局长主持召开会议。", "pass"),  # a plain word of the list, in the window
        ("局长亲自部署工作。", "pass"),  # the regex of the list
        ("局长做到同谋划、同部署。", "fail"),  # the regex's look-behind
        ("局长认真履行职责，始终坚持以人民为中心，年内主持会议。", "fail"),  # the word, past the window
        ("局长学习《主持》一书。", "fail"),  # the word, inside a citation
        ("局长看《主持》，听取汇报。", "pass"),  # another word of the list after it
    ],
)
def test_near_with_plain_words_and_regexes_finds_each_in_its_window(tmp_path, text, status):
    # plain words of a near list are looked for in the window only (and left out of the
    # pack's scan), the list's regexes through their hits: one verdict either way
    from scorer.patterns import rule_patterns, split_plain

    pack = load_pack(overlay(tmp_path, MIXED_NEAR))
    extra = next(r for r in pack.rules if r.id == "extra")
    assert split_plain(tuple(extra.near.patterns)) == (("主持", "听取"), ("(?<!同)部署",))
    scanned = rule_patterns([extra], plain_near=False)
    assert "(?<!同)部署" in scanned and "主持" not in scanned and "听取" not in scanned
    item = next(i for i in score_text(doc("一、主要举措和成效", text), pack).items if i.id == "extra")
    assert item.status == status, item


# --- vocabularies, refine that edits patterns, every error in one pass -----------------------


def test_a_vocabulary_stands_for_its_patterns_and_keeps_their_place(tmp_path):
    pack = write(tmp_path, OVERLAY.replace("rules:\n", "vocabularies:\n  审查用语: ['审查', '审核']\nrules:\n") + """\
    weight: 1
    kind: phrases
    patterns: ['合同', '@审查用语', '论证']
""")
    loaded = load(pack)
    assert loaded.pack.rule("extra").patterns == ["合同", "审查", "审核", "论证"]
    assert loaded.sources["extra"].where("patterns", 2)[1] == 12  # the line of '@审查用语'


def test_an_unknown_vocabulary_is_named_at_its_line(tmp_path):
    pack = write(tmp_path, OVERLAY.replace("rules:\n", "vocabularies:\n  审查用语: ['审查']\nrules:\n") + """\
    weight: 1
    kind: phrases
    patterns: ['@审查用词']
""")
    found = problems(pack)
    # (the list names the base pack's vocabularies too)
    assert len(found) == 1 and "mine.yaml:12:16: error: rule 'extra': unknown vocabulary '@审查用词' (did you mean '审查用语'?); vocabularies: " in found[0], found
    assert "审查用语" in found[0].rsplit("vocabularies: ", 1)[1]


def test_a_vocabulary_inside_a_pattern_is_one_group_of_its_alternatives(tmp_path):
    pack = write(tmp_path, OVERLAY.replace("rules:\n", "vocabularies:\n  众多: ['是?多方面', '有?很多']\nrules:\n") + """\
    weight: 1
    kind: phrases
    patterns: ['原因(?!{@众多})', '合同{0,1}审查']
""")
    loaded = load(pack)
    assert loaded.pack.rule("extra").patterns == ["原因(?!(?:是?多方面|有?很多))", "合同{0,1}审查"]
    assert "众多" in loaded.vocabularies_used and not [p for p in lint(pack) if "vocabulary" in p.message]
    item = lambda text: next(i for i in score_text(doc("一、主要举措和成效", text), load(pack).pack).items if i.id == "extra")
    assert item("原因是人员不足。").status == "pass"
    assert item("原因是多方面的。").status == "fail" and item("原因有很多。").status == "fail"


def test_an_unknown_vocabulary_inside_a_pattern_is_named_once_at_its_line(tmp_path):
    pack = write(tmp_path, OVERLAY + """\
    weight: 1
    kind: phrases
    patterns: ['原因(?!{@原因重多})']
""")
    found = problems(pack)
    assert len(found) == 1 and "mine.yaml:10:16: error: rule 'extra': unknown vocabulary '@原因重多' (did you mean '原因众多'?)" in found[0], found


def test_an_overlay_uses_the_vocabularies_of_its_base(tmp_path):
    write(tmp_path, "name: 基础\nversion: '1'\nvocabularies:\n  顾问: ['法律顾问', '公职律师']\n", "base.yaml")
    pack = write(tmp_path, OVERLAY.replace("extends: national", "extends: base.yaml") + "    weight: 1\n    kind: phrases\n    patterns: ['@顾问']\n")
    assert load(pack).pack.rule("extra").patterns == ["法律顾问", "公职律师"]


@pytest.mark.parametrize(
    "refine,message",
    [
        ("{remove_patterns: ['执法证'], add_patterns: ['法律服务']}", None),
        ("{remove_patterns: ['执法正']}", "mine.yaml:3:49: error: rule 'enforcement_certification': remove_patterns: the rule has no pattern '执法正' (did you mean '执法证'?)"),
        ("{add_patterns: ['执法证']}", "mine.yaml:3:46: error: rule 'enforcement_certification': add_patterns: the rule already has the pattern '执法证'"),
        ("{add_patterns: ['x'], patterns: ['y']}", "add_patterns and patterns together"),
        ("EVERY", "remove_patterns removes every pattern: skip the rule instead"),
        ("{add_patterns: ['(']}", "pattern '(' does not compile"),
    ],
)
def test_refine_adds_and_removes_patterns(tmp_path, refine, message):
    national = load_pack().rule("enforcement_certification").patterns
    if refine == "EVERY":
        refine = "{remove_patterns: %s}" % json.dumps(national, ensure_ascii=False)  # JSON is YAML
    pack = write(tmp_path, f"extends: national\nrefine:\n  enforcement_certification: {refine}\n")
    found = problems(pack)
    if message is None:
        expected = [p for p in national if p != "执法证"] + ["法律服务"]
        assert found == [] and load(pack).pack.rule("enforcement_certification").patterns == expected
    else:
        assert any(message in p for p in found), found


def test_a_kind_without_patterns_cannot_add_any(tmp_path):
    found = problems(write(tmp_path, "extends: national\nrefine:\n  submission_deadline: {add_patterns: ['x']}\n"))
    assert any("add_patterns: the rule has no 'patterns'" in p for p in found), found


def test_every_error_of_an_overlay_in_one_pass(tmp_path):
    pack = write(tmp_path, """\
extends: national
skip: [no_such_rule]
refine:
  legal_adviser: {wieght: 3}
rules:
  - id: broken
    title: 坏规则
    kind: phrases
""")
    found = problems(pack)
    assert any("mine.yaml:2" in p and "skip: no rule 'no_such_rule'" in p for p in found), found
    assert any("mine.yaml:4" in p and "unknown key 'wieght'" in p for p in found), found
    assert any("mine.yaml:6" in p and "missing required key" in p for p in found), found


# --- indentation mistakes in plain words -----------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("rules:\n  - id: a\n    title: b\n      weight: 3\n",
         "f.yaml:4:7: error: indentation: line 4 is indented more than line 3 ('title: b'), so it reads as part of that line's value; start it in column 5"),
        ("rules:\n  - id: a\n    title: b\n   weight: 3\n",
         "f.yaml:4:4: error: indentation: line 4 starts in column 4, but line 3 above it starts in column 5; the keys of one mapping, and the items of one list, must start in the same column"),
        ("rules:\n  - id: a\n    patterns:\n      - x\n     - y\n",
         "f.yaml:5:6: error: indentation: line 5 starts in column 6, but line 4 above it starts in column 7"),
        ("rules:\n  - id: a\n    examples: {pass: [x], fail: [y]\n    kind: z\n",
         "f.yaml:4:5: error: the '{' opened on line 3, column 15 is not closed: add '}' before line 4"),
        ("rules:\n  - id: a\n    message: 注意: 这里\n", "f.yaml:3:16: error: YAML: mapping values are not allowed here — a value that contains ': ' must be quoted"),
    ],
)  # fmt: skip
def test_indentation_mistakes_are_explained_at_their_line(text, expected):
    from scorer.pack import load_yaml

    with pytest.raises(PackError) as e:
        load_yaml(text, "f.yaml")
    assert str(e.value).startswith(expected), str(e.value)


def test_a_line_left_of_its_block_is_the_one_named():
    from scorer.pack import load_yaml

    with pytest.raises(PackError) as e:
        load_yaml("rules:\n  - id: a\n    title: b\nweight: 3\n  - id: c\n", "f.yaml")
    assert str(e.value).startswith("f.yaml:4:1: error: indentation: line 4 ('weight: 3') starts in column 1, left of the lines around it"), str(e.value)


# --- deduction scoring ----------------------------------------------------------------------


@pytest.mark.parametrize("count,floor,status,points", [(2, 0, "partial", 1.5), (3, 0, "fail", 0.0), (6, 1, "partial", 1.0), (1, 0, "pass", 3.0)])
def test_each_match_past_the_limit_costs_points_down_to_the_floor(tmp_path, count, floor, status, points):
    pack = load_pack(overlay(tmp_path, f"weight: 3\nkind: phrases\npatterns: ['进一步']\nscope: [all]\nnegation: false\nmax_count: 1\ndeduct: {{per: 1.5, floor: {floor}}}"))
    text = doc("一、主要举措和成效", *[f"进一步做好第{i}项工作。" for i in range(count)])
    item = next(i for i in score_text(text, pack).items if i.id == "extra")
    assert (item.status, item.points, item.max_points) == (status, points, 3.0)


@pytest.mark.parametrize(
    "keys,message",
    [("weight: 3\nmax_count: 1\ndeduct: {per: 1, floor: 3}", "deduct.floor (3) must be below the weight (3)"),
     ("weight: 3\ndeduct: {per: 1}", "deduct needs max_count"),
     ("severity: warning\nmax_count: 1\ndeduct: {per: 1}", "deduct needs a weight")],
)  # fmt: skip
def test_deduction_mistakes(tmp_path, keys, message):
    found = problems(overlay(tmp_path, keys + "\nkind: phrases\npatterns: ['进一步']"))
    assert any(message in p for p in found), found


def test_the_json_schema_covers_the_new_keys_and_refinements():
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    from scorer.pack import pack_json_schema

    schema = pack_json_schema()
    jsonschema.validate(yaml.safe_load(AUDITOR.read_text(encoding="utf-8")), schema)
    with pytest.raises(jsonschema.ValidationError):  # a typo in a refinement
        jsonschema.validate({"extends": "national", "refine": {"legal_adviser": {"add_patern": ["x"]}}}, schema)
    with pytest.raises(jsonschema.ValidationError):  # refine cannot change the kind
        jsonschema.validate({"extends": "national", "refine": {"legal_adviser": {"kind": "part"}}}, schema)


def test_lint_warns_about_a_vocabulary_no_rule_uses(tmp_path):
    pack = write(tmp_path, OVERLAY.replace("rules:\n", "vocabularies:\n  审查用语: ['审查']\n  没用: ['x']\nrules:\n") + "    weight: 1\n    kind: phrases\n    patterns: ['@审查用语']\n    examples: {pass: [{part: measures, text: 审查合同。}], fail: [{part: measures, text: 无。}]}\n")
    found = [str(p) for p in lint(pack) if "vocabulary" in p.message]
    assert len(found) == 1 and found[0].endswith("mine.yaml:4:3: warning: vocabulary '没用' is used by no rule (write '@没用' in a pattern list, or {@没用} inside a pattern)"), found


def test_rescale_weights_keeps_proportions_and_scores(tmp_path, pack):
    plain = overlay(tmp_path, "weight: 4\nkind: phrases\npatterns: ['公平竞争审查']")
    scaled = write(tmp_path, plain.read_text(encoding="utf-8").replace("extends: national\n", "extends: national\nrescale_weights: true\n"), "scaled.yaml")
    mine = load(scaled)
    weights = {r.id: r.weight for r in mine.pack.rules}
    assert sum(weights.values()) == pytest.approx(100)
    assert weights["extra"] / weights["legal_adviser"] == pytest.approx(4 / pack.rule("legal_adviser").weight)
    assert [str(p) for p in lint(scaled) if "weights" in p.message] == []
    assert any("weights sum to 104" in str(p) for p in lint(plain))
    text = doc("一、主要举措和成效", "聘请法律顾问审查合同28份，开展公平竞争审查3件。")
    assert score_text(text, mine.pack).score == score_text(text, load_pack(plain)).score


def test_a_mention_left_out_by_a_negative_look_around_names_the_words_it_left_out(tmp_path):
    """`scorer explain` on a topic named where no pattern matched: the collocation a pattern's
    negative look-around leaves out is quoted (ahead and behind, in the original text), so an
    auditor sees which exclusion applied; a missing positive look-around is no exclusion, and a
    heading is said to be one."""
    rule = "weight: 1\nkind: phrases\npatterns: ['政务公开(?!栏[^。]{0,10}执法)(?<!执法[^。]{0,4}政务公开)(?=[^。\\n]{0,14}\\d)']"
    pack = load_pack(overlay(tmp_path, rule))

    def notes(*lines):
        item = next(i for i in score_text(doc("一、主要举措和成效", *lines), pack, explain=True).items if i.id == "extra")
        assert item.status == "fail"
        return item.explanation

    assert notes("在镇政务公开栏张贴执法人员信息12条。") == ["第3行提到「政务公开」：「政务公开栏张贴执法」是规则排除的搭配"]
    assert notes("执法结果在政务公开网站发布23条。") == ["第3行提到「政务公开」：「执法结果在政务公开」是规则排除的搭配"]
    # two exclusions apply: the closer words are quoted (深入学习贯彻……, not the guide a clause before)
    both = "weight: 1\nkind: phrases\npatterns: ['法治思想(?<!指导[^。]{0,20}法治思想)(?<!学习贯彻法治思想)']"
    (tmp_path / "both").mkdir()
    pack2 = load_pack(overlay(tmp_path / "both", both))
    item = next(i for i in score_text(doc("一、主要举措和成效", "以新思想为指导，深入学习贯彻法治思想。"), pack2, explain=True).items if i.id == "extra")
    assert item.explanation == ["第3行提到「法治思想」：「学习贯彻法治思想」是规则排除的搭配"]
    # full-width forms are matched normalised and quoted as written
    assert notes("在政务公开栏公示执法依据１２项。") == ["第3行提到「政务公开」：「政务公开栏公示执法」是规则排除的搭配"]
    assert notes("深化政务公开，提升服务水平。") == ["第3行提到「政务公开」：是套语或泛泛提及，没有规则要求的写法"]
    assert notes("（一）政务公开", "全年办理案件32件。") == ["第3行提到「政务公开」：是套语或泛泛提及，没有规则要求的写法"]
    pack = load_pack(overlay(tmp_path, rule + "\nheadings: false"))
    assert notes("（一）政务公开", "全年办理案件32件。") == ["第3行提到「政务公开」：在标题中，标题不算写了做法"]


def test_a_near_word_left_out_by_a_negative_look_around_is_named_with_its_collocation(tmp_path):
    """A `near` word found in the window but in a use a pattern's exclusion leaves out
    (同部署 of the formula) is quoted with that use; otherwise the words are named as before."""
    near = "['(?<!同)部署', '主持']"
    pack = load_pack(overlay(tmp_path, f"weight: 1\nkind: phrases\npatterns: ['局长']\nnear: {{within: 12, patterns: {near}}}"))

    def notes(text):
        item = next(i for i in score_text(doc("一、主要举措和成效", text), pack, explain=True).items if i.id == "extra")
        assert item.status == "fail"
        return item.explanation

    assert notes("局长做到法治与业务同部署。全年办理案件32件。") == ["舍弃 第3行「局长做到法治与业务同部署。全年办理案件32件。」：12字内的「部署」在「同部署」中，是规则排除的搭配"]
    assert notes("局长高度重视。全年办理案件32件。") == ["舍弃 第3行「局长高度重视。全年办理案件32件。」：12字内没有符合要求的部署、主持"]


def test_explain_names_the_figures_left_out_and_why(tmp_path):
    """`scorer explain` on a figures rule lists the figures it left out beside those it counted: an earlier year's (with
    the date that makes it so), a requirement's target (with its cue) and the unit's profile (with the profile word)."""
    pack = load_pack(overlay(tmp_path, "weight: 1\nkind: figures\nmin_count: 2\nprofile: ['内设']"))
    text = "全年办理案件32件。2022年，全局共调处纠纷45件。各科室要组织培训120人次。局机关内设7个科室。"
    item = next(i for i in score_text(doc("一、主要举措和成效", text), pack, explain=True).items if i.id == "extra")
    assert item.status == "partial"
    assert item.explanation == [
        "数据 第3行「32件」",
        "舍弃 第3行「45件」：写的是2022年的事，不是本年度的成效（「2022年，」）",
        "舍弃 第3行「120人次」：写成要求、目标或计划（「要」）",
        "舍弃 第3行「7个」：在「内设」之后，写的是单位概况，不是做了什么",
    ]
