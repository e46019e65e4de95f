"""Overlays: `extends` a base pack, then skip → refine → add; errors point at the overlay."""

from __future__ import annotations

import pytest

from scorer import score_text
from scorer.lint import lint
from scorer.pack import PackError, load, load_pack
from scorer.ruletest import run_examples

BASE = """\
name: 基础包
version: "1"
total: 10
rules:
  - id: legal_adviser
    title: 法律顾问制度
    category: 依法决策
    weight: 4
    basis: 纲要
    message: 说明聘请法律顾问的情况。
    kind: phrases
    patterns: ['法律顾问']
    examples:
      pass: [{part: measures, text: 聘请法律顾问审查合同28份。}]
      fail: [{part: measures, text: 尚未聘请法律顾问。}]
  - id: open_government
    title: 政务公开
    category: 监督公开
    weight: 3
    basis: 条例
    message: 说明政务公开的情况。
    kind: phrases
    patterns: ['政务公开']
    examples:
      pass: [{part: measures, text: 推进政务公开。}]
      fail: [{part: shortcomings, text: 政务公开不够及时。}]
  - id: submission_deadline
    title: 按时报告
    category: 报告规范
    weight: 3
    basis: 督察工作规定
    message: 请核对落款日期。
    kind: deadline
    before: "04-01"
"""

NEW_RULE = """\
  - id: dispute_resolution
    title: 矛盾纠纷化解
    category: 矛盾化解
    weight: 3
    basis: 纲要
    message: 说明调解工作。
    kind: phrases
    patterns: ['调解']
    examples:
      pass: [{part: measures, text: 调解纠纷12件。}]
      fail: [{part: next_year_plan, text: 做好调解工作。}]
"""


def write(tmp_path, name: str, text: str):
    p = tmp_path / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


def problems(ref) -> str:
    with pytest.raises(PackError) as e:
        load_pack(ref)
    return str(e.value)


def report(signed: str) -> str:
    return (
        "武乡县民政局2023年法治政府建设情况报告\n"
        "一、主要举措和成效\n聘请法律顾问审查合同28份，推进政务公开。\n"
        f"武乡县民政局\n{signed}\n"
    )


def status(pack, rule_id: str, text: str) -> str:
    return next(i.status for i in score_text(text, pack).items if i.id == rule_id)


# --- the four operations and their order ----------------------------------------------------


def test_skip_refine_add(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    p = write(
        tmp_path,
        "sub/overlay.yaml",
        "extends: ../base.yaml\nname: 地方包\ntotal: 13\nskip: [open_government]\n"
        "refine:\n  legal_adviser:\n    weight: 7\n    critical: true\n    patterns: ['法律顾问', '公职律师']\n"
        "rules:\n" + NEW_RULE,
    )
    loaded = load(p)
    pack = loaded.pack
    assert [r.id for r in pack.rules] == ["legal_adviser", "submission_deadline", "dispute_resolution"]
    adviser = pack.rule("legal_adviser")
    assert (adviser.weight, adviser.critical, adviser.patterns) == (7, True, ["法律顾问", "公职律师"])
    assert adviser.message == "说明聘请法律顾问的情况。"  # not refined: kept from the base
    assert adviser.examples.pass_  # examples kept too
    assert (pack.name, pack.version, pack.spec.total) == ("地方包", "1", 13)  # version inherited
    assert loaded.files[-1].endswith("overlay.yaml") and loaded.files[0].endswith("base.yaml")
    assert all(r.ok for r in run_examples(loaded))
    # the refined patterns are the overlay's to test: lint points at them there
    (warning,) = lint(p)
    assert warning.severity == "warning" and (warning.file, warning.line) == (loaded.file, 9) and "'公职律师'" in warning.message


def test_refine_replaces_whole_values_and_validates_the_merged_rule(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nrefine:\n  submission_deadline:\n    before: \"03-01\"\n")
    assert load_pack(p).rule("submission_deadline").before == "03-01"
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nrefine:\n  submission_deadline:\n    before: \"02-30\"\n")
    assert f"{p}:4:5: error: rule 'submission_deadline': before:" in problems(p)


@pytest.mark.parametrize(
    "refine,where,fragment",
    [
        ("  legal_adviser:\n    weight: 0\n", "4:5", "weight should be greater than 0"),
        ("  legal_adviser:\n    patern: ['x']\n", "4:5", "unknown key 'patern' (did you mean 'patterns'?)"),
        ("  legal_adviser:\n    before: '03-01'\n", "4:5", "unknown key 'before' (a key of kind deadline)"),
        ("  legal_adviser:\n    near: {withn: 3, patterns: ['聘请']}\n", "4:12", "unknown key 'withn' (did you mean 'within'?)"),
        ("  legal_adviser:\n    near: {within: 3}\n", "4:5", "missing required key 'near.patterns'"),
        ("  legal_adviser:\n    patterns: ['ok', '(bad']\n", "4:22", "pattern '(bad' does not compile"),
        ("  legal_adviser:\n    scope: [plan]\n", "4:13", "scope names a part that does not exist: 'plan'"),
        ("  legal_adviser:\n    message: ''\n", "4:5", "message must not be empty"),
        ("  legal_adviser:\n    kind: elements\n", "4:5", "refine cannot change 'kind'"),
        ("  legal_adviser:\n    id: other\n", "4:5", "refine cannot change 'id'"),
        ("  legal_advisor:\n    weight: 2\n", "3:3", "no rule 'legal_advisor' in"),
        ("  legal_adviser: 5\n", "3:3", "refine.legal_adviser must be a mapping"),
    ],
)
def test_refine_errors_point_at_the_overlay(tmp_path, refine, where, fragment):
    write(tmp_path, "base.yaml", BASE)
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nrefine:\n" + refine)
    text = problems(p)
    line = next((x for x in text.splitlines() if x.startswith(f"{p}:{where}:")), None)
    assert line is not None, text
    assert fragment in line and "rule 'legal_advis" in line, line


def test_adding_an_existing_id_is_an_error_use_refine(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nrules:\n" + NEW_RULE.replace("dispute_resolution", "legal_adviser"))
    text = problems(p)
    assert f"{p}:3:5: error: rule 'legal_adviser': rule id 'legal_adviser' already exists in" in text
    assert "base.yaml:5" in text and "refine" in text


def test_precedence_skip_before_refine_before_add(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    # a skipped rule cannot be refined ...
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nskip: [legal_adviser]\nrefine:\n  legal_adviser: {weight: 2}\n")
    assert f"{p}:4:3: error: rule 'legal_adviser': refine: it is skipped above" in problems(p)
    # ... but it can be replaced: skip, then add a rule with the same id
    new = NEW_RULE.replace("dispute_resolution", "legal_adviser")
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nskip: [legal_adviser]\nrules:\n" + new)
    pack = load_pack(p)
    assert [r.id for r in pack.rules] == ["open_government", "submission_deadline", "legal_adviser"]
    assert pack.rule("legal_adviser").patterns == ["调解"]
    # a rule added by the overlay cannot be refined by the same overlay (refine comes first)
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nrefine:\n  dispute_resolution: {weight: 2}\nrules:\n" + NEW_RULE)
    assert "refine: no rule 'dispute_resolution'" in problems(p)


def test_skip_of_an_unknown_rule(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nskip:\n  - open_govenment\n")
    assert f"{p}:3:5: error: rule 'open_govenment': skip: no rule 'open_govenment'" in problems(p)
    assert "did you mean 'open_government'" in problems(p)


def test_overlay_of_an_overlay_later_settings_win(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    write(tmp_path, "mid.yaml", "extends: base.yaml\nname: 中间\nversion: '2'\nrefine:\n  legal_adviser: {weight: 5}\n")
    p = write(tmp_path, "top.yaml", "extends: mid.yaml\nversion: '3'\nrefine:\n  legal_adviser: {critical: true}\n")
    loaded = load(p)
    rule = loaded.pack.rule("legal_adviser")
    assert (loaded.pack.name, loaded.pack.version, rule.weight, rule.critical) == ("中间", "3", 5, True)
    assert [f.rsplit("/", 1)[-1] for f in loaded.files] == ["base.yaml", "mid.yaml", "top.yaml"]
    assert len(loaded.sources["legal_adviser"].layers) == 3


def test_overlay_extends_a_bundled_pack_by_name(tmp_path):
    p = write(tmp_path, "o.yaml", "extends: national\nrefine:\n  legal_adviser: {weight: 5}\n")
    pack = load_pack(p)
    assert pack.rule("legal_adviser").weight == 5 and pack.name == load_pack().name
    assert len(pack.rules) == len(load_pack().rules)


def test_errors_in_the_base_name_the_base_file(tmp_path):
    write(tmp_path, "base.yaml", BASE.replace("    weight: 4", "    weight: 0"))
    p = write(tmp_path, "o.yaml", "extends: base.yaml\n")
    assert "base.yaml:8:5: error: rule 'legal_adviser': weight should be greater than 0" in problems(p)


def test_missing_base(tmp_path):
    p = write(tmp_path, "o.yaml", "# overlay\nextends: nowhere.yaml\n")
    assert f"{p}:2:1: error: extends: no pack file 'nowhere.yaml'" in problems(p)


def test_overlay_keys_are_validated(tmp_path):
    write(tmp_path, "base.yaml", BASE)
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nskip: legal_adviser\nrefin: {}\n")
    text = problems(p)
    assert f"{p}:2:1: error: skip must be a list" in text
    assert f"{p}:3:1: error: unknown key 'refin' (did you mean 'refine'?)" in text


# --- cycles -----------------------------------------------------------------------------------


def test_a_pack_extending_itself(tmp_path):
    p = write(tmp_path, "self.yaml", "name: x\nextends: self.yaml\n")
    assert f"{p}:2:1: error: 'extends' makes a cycle: " in problems(p)
    assert "self.yaml → " in problems(p)


def test_a_cycle_of_two_names_the_chain(tmp_path):
    write(tmp_path, "a.yaml", "extends: b.yaml\n")
    write(tmp_path, "b.yaml", "extends: a.yaml\n")
    text = problems(tmp_path / "a.yaml")
    assert "'extends' makes a cycle:" in text
    assert text.split("cycle: ")[1].count("→") == 2
    assert "a.yaml" in text and "b.yaml" in text


# --- the bundled Shaanxi overlay ------------------------------------------------------------


@pytest.fixture(scope="module")
def shaanxi():
    return load_pack("shaanxi-county")


def test_shaanxi_deadline_acceptance(pack, shaanxi):
    late = report("2024年3月15日")
    assert status(pack, "submission_deadline", late) == "pass"
    assert status(shaanxi, "submission_deadline", late) == "fail"
    early = report("2024年2月20日")
    assert status(pack, "submission_deadline", early) == "pass"
    assert status(shaanxi, "submission_deadline", early) == "pass"


def test_shaanxi_keeps_the_weights_consistent_and_lints_clean(pack, shaanxi):
    assert sum(r.points for r in shaanxi.rules) == shaanxi.spec.total == pack.spec.total  # warnings are worth 0
    assert {r.id for r in shaanxi.rules if r.severity == "warning"} == {"abolished_office", "vague_plan"}
    assert lint("shaanxi-county") == []
    assert shaanxi.rule("submission_deadline").before == "03-01"
    assert "陕西" in shaanxi.rule("submission_deadline").basis
    assert "enforcement_supervision" not in {r.id for r in shaanxi.rules}
    assert shaanxi.rule("enforcement_coordination_supervision").kind == "elements"


def test_shaanxi_examples_pass(shaanxi):
    results = run_examples(load("shaanxi-county"))
    assert results and [r.describe() for r in results if not r.ok] == []


def test_an_overlay_runs_the_base_fixture_cases_of_the_rules_it_leaves_alone(tmp_path):
    from scorer.ruletest import collect, run_case

    write(tmp_path, "base.tests.yaml", """\
cases:
  - rule: legal_adviser
    pass: [{part: measures, text: 设立公职律师2名。}]
  - rule: shufa
    pass: [{part: measures, text: 主要负责人开展述法。}]
""")
    write(tmp_path, "base.yaml", "extends: national\nname: 基础\n")
    mine = write(tmp_path, "mine.yaml", "extends: base.yaml\nrefine:\n  shufa: {weight: 2}\n")
    loaded = load(mine)
    where = {c.rule: [c.where for c in collect(loaded, rule_ids=[c.rule]) if "base.tests.yaml" in (c.where or "")] for c in collect(loaded)}
    assert len(where["legal_adviser"]) == 1  # left alone: the base's case runs under the overlay
    assert where["shufa"] == []  # refined: only the overlay's own examples
    case = next(c for c in collect(loaded) if c.where and "base.tests.yaml" in c.where)
    assert run_case(case, loaded.pack).ok


def test_skipping_a_rule_another_requires_is_an_error(tmp_path):
    # open_government requires legal_adviser: skipping legal_adviser leaves the requirement pointing at nothing
    write(tmp_path, "base.yaml", BASE.replace("    kind: phrases\n    patterns: ['政务公开']", "    kind: phrases\n    requires: [legal_adviser]\n    patterns: ['政务公开']"))
    assert load_pack(tmp_path / "base.yaml").rule("open_government").requires == ["legal_adviser"]
    p = write(tmp_path, "o.yaml", "extends: base.yaml\nskip: [legal_adviser]\n")
    text = problems(p)
    assert "rule 'open_government': requires: no rule 'legal_adviser'" in text
    assert "base.yaml:" in text
