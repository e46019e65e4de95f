"""`scorer rules lint`: every mistake in a pack file is named with file:line(:col) and rule id.

Each broken pack is a one-line change to VALID (line numbers in the comments),
written into tmp_path.  Most are checked through :func:`scorer.lint.lint`; a
few run the real CLI in a subprocess to prove no traceback escapes.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scorer.lint import lint
from scorer.pack import PackError, load_pack

from .conftest import ROOT

VALID = """\
name: 测试包
version: "1"
total: 4
rules:
  - id: legal_adviser
    title: 法律顾问制度
    category: 依法决策
    weight: 4
    basis: 《法治政府建设实施纲要（2021－2025年）》
    message: 说明聘请法律顾问的情况。
    kind: phrases
    patterns: ['法律顾问']
    examples:
      pass: [{part: measures, text: 聘请法律顾问审查合同28份。}]
      fail: [{part: measures, text: 尚未聘请法律顾问。}]
"""
# line:  1 name  2 version  3 total  4 rules  5 id  6 title  7 category  8 weight  9 basis
#       10 message  11 kind  12 patterns  13 examples  14 pass  15 fail

SECOND_RULE = """\
  - id: legal_adviser
    title: 公职律师
    category: 依法决策
    weight: 1
    basis: 纲要
    message: 说明公职律师的情况。
    kind: phrases
    patterns: ['公职律师']
    examples:
      pass: [{part: measures, text: 设立公职律师2名。}]
      fail: [{part: measures, text: 暂无公职律师。}]
"""


def replace_line(n: int, new: str, text: str = VALID) -> str:
    lines = text.splitlines()
    lines[n - 1] = new
    return "\n".join(lines) + "\n"


def insert_after(n: int, new: str, text: str = VALID) -> str:
    lines = text.splitlines()
    lines[n:n] = new.splitlines()
    return "\n".join(lines) + "\n"


def write(tmp_path: Path, text: str | bytes, name: str = "pack.yaml") -> Path:
    p = tmp_path / name
    if isinstance(text, bytes):
        p.write_bytes(text)
    else:
        p.write_text(text, encoding="utf-8")
    return p


def errors(path: Path) -> list[str]:
    return [str(p) for p in lint(path) if p.severity == "error"]


def warnings(path: Path) -> list[str]:
    return [str(p) for p in lint(path) if p.severity == "warning"]


def one_error(path: Path, where: str, *fragments: str, rule: str | None = "legal_adviser") -> str:
    """The problem at ``path:where`` containing every fragment (and the rule id)."""
    found = [e for e in errors(path) if e.startswith(f"{path}:{where}:") or e.startswith(f"{path}:{where} ")]
    assert found, f"nothing at {path.name}:{where} in {errors(path)}"
    message = found[0]
    for f in fragments:
        assert f in message, message
    if rule:
        assert f"rule '{rule}'" in message, message
    return message


def test_the_valid_pack_is_clean(tmp_path):
    p = write(tmp_path, VALID)
    assert lint(p) == []
    assert load_pack(p).rules[0].id == "legal_adviser"


# --- errors -------------------------------------------------------------------------


CASES = [
    # (name, text, "line:col", fragments, rule id or None)
    ("yaml-syntax", replace_line(12, "    patterns: [\"\\d+件\"]"), "12", ["YAML", "unknown escape", "single quotes"], None),
    ("tab", replace_line(12, "\tpatterns: ['法律顾问']"), "12", ["YAML", "tab"], None),
    ("unknown-key", replace_line(12, "    pattern: ['法律顾问']"), "12:5", ["unknown key 'pattern'", "did you mean 'patterns'"], "legal_adviser"),
    ("unknown-nested-key", insert_after(12, "    near: {withn: 30, patterns: ['聘请']}"), "13:12", ["unknown key 'withn'", "did you mean 'within'"], "legal_adviser"),
    ("unknown-examples-key", replace_line(14, "      pas: [{part: measures, text: 聘请法律顾问。}]"), "14:7", ["unknown key 'pas'", "did you mean 'pass'"], "legal_adviser"),
    ("unknown-example-key", replace_line(14, "      pass: [{prt: measures, text: 聘请法律顾问。}]"), "14:15", ["unknown key 'prt'", "did you mean 'part'"], "legal_adviser"),
    ("key-of-another-kind", insert_after(12, "    min_chars: 30"), "13:5", ["unknown key 'min_chars'", "a key of kind duplicates/length/part"], "legal_adviser"),
    ("duplicate-mapping-key", insert_after(6, "    title: 又一个标题"), "7:5", ["duplicate key 'title'", "first defined on line 6"], None),
    ("duplicate-rule-id", VALID + SECOND_RULE, "16:5", ["duplicate rule id 'legal_adviser'", "first defined on line 5"], "legal_adviser"),
    ("missing-field", replace_line(9, "    # basis removed"), "5:5", ["missing required key 'basis'"], "legal_adviser"),
    ("wrong-type", replace_line(8, "    weight: 四分"), "8:5", ["weight must be a number", "'四分'"], "legal_adviser"),
    ("weight-zero", replace_line(8, "    weight: 0"), "8:5", ["weight should be greater than 0"], "legal_adviser"),
    ("weight-negative", replace_line(8, "    weight: -2"), "8:5", ["weight should be greater than 0", "-2"], "legal_adviser"),
    ("bad-pattern", replace_line(12, "    patterns: ['法律顾问', '法律(顾问']"), "12:24", ["'法律(顾问'", "does not compile"], "legal_adviser"),
    ("word-boundary", replace_line(12, "    patterns: ['\\b法律顾问']"), "12", ["\\b", "never matches"], "legal_adviser"),
    ("unknown-scope", insert_after(12, "    scope: [measure]"), "13:13", ["scope names a part that does not exist: 'measure'", "did you mean 'measures'"], "legal_adviser"),
    ("empty-message", replace_line(10, '    message: ""'), "10:5", ["message must not be empty"], "legal_adviser"),
    ("blank-message", replace_line(10, '    message: "   "'), "10:5", ["message", "must not be empty"], "legal_adviser"),
    ("boolean-message", replace_line(10, "    message: no"), "10:5", ["message must be text", "quote"], "legal_adviser"),
    ("number-version", replace_line(2, "version: 2025.1"), "2:1", ["version must be text", "quote"], None),
    ("boolean-key", insert_after(3, "no: 1"), "4:1", ["not a string", "quote"], None),
    ("bad-date", replace_line(2, "version: 2025-13-01"), "2:10", ["invalid date", "2025-13-01"], None),
    ("unknown-kind", replace_line(11, "    kind: phrase"), "11:5", ["unknown kind 'phrase'", "did you mean 'phrases'"], "legal_adviser"),
    ("missing-kind", replace_line(11, "    # no kind"), "5:5", ["missing 'kind'"], "legal_adviser"),
    ("rules-not-a-list", "name: x\nversion: '1'\nrules:\n  a: 1\n", "3:1", ["rules must be a list", "mapping"], None),
    ("rule-is-a-string", "name: x\nversion: '1'\nrules:\n  - legal_adviser\n", "4:5", ["a rule must be a mapping", "legal_adviser"], "#1"),
    ("top-level-list", "- name: x\n- version: 1\n", "1:1", ["a rule pack is a mapping", "a list"], None),
    ("empty-file", "", "1:1", ["empty file"], None),
    ("comment-only-file", "# nothing here\n", "1:1", ["empty file"], None),
    ("overlay-key-without-extends", VALID + "skip: [x]\n", "16:1", ["'skip' is only allowed in an overlay"], None),
    ("bad-critical-cap", insert_after(3, "critical_cap: 优"), "4:1", ["critical_cap '优' is not one of the grades"], None),
    ("requires-unknown", insert_after(12, "    requires: [legal_advisor]"), "13:16", ["requires: no rule 'legal_advisor'", "did you mean 'legal_adviser'"], "legal_adviser"),
    ("requires-itself", insert_after(12, "    requires: [legal_adviser]"), "13:16", ["requires: it is this rule"], "legal_adviser"),
    ("requires-later", insert_after(12, "    requires: [public_lawyer]") + SECOND_RULE.replace("id: legal_adviser", "id: public_lawyer"), "13:16",
     ["requires: 'public_lawyer' comes after this rule"], "legal_adviser"),
    ("other-body-empty", insert_after(12, "    other_body: {between: '的'}"), "13", ["other_body needs names, heads, stands_for or by_level"], "legal_adviser"),
]


@pytest.mark.parametrize("name,text,where,fragments,rule", CASES, ids=[c[0] for c in CASES])
def test_each_error_is_positioned(tmp_path, name, text, where, fragments, rule):
    p = write(tmp_path, text)
    one_error(p, where, *fragments, rule=rule)
    with pytest.raises(PackError):
        load_pack(p)


def test_not_utf8(tmp_path):
    p = write(tmp_path, VALID.encode("gb18030"))
    (message,) = errors(p)
    assert message.startswith(f"{p}: error: not UTF-8")


def test_all_errors_of_a_file_are_reported_at_once(tmp_path):
    text = replace_line(8, "    weight: 0", replace_line(12, "    pattern: ['法律顾问']"))
    found = errors(write(tmp_path, text))
    assert any(":8:5:" in e for e in found) and any(":12:5:" in e for e in found)


def test_elements_keys_are_suggested(tmp_path):
    text = replace_line(
        12,
        "    elements:\n      - {name: 聘请, patterns: ['法律顾问']}\n      - {nam: 律师, patterns: ['公职律师']}",
        replace_line(11, "    kind: elements"),
    )
    one_error(write(tmp_path, text), "14:10", "unknown key 'nam'", "did you mean 'name'")


# --- warnings -----------------------------------------------------------------------


def test_rule_without_examples_warns(tmp_path):
    text = "\n".join(VALID.splitlines()[:12]) + "\n"
    p = write(tmp_path, text)
    assert errors(p) == []
    (w,) = warnings(p)
    assert w.startswith(f"{p}:5:5: warning: rule 'legal_adviser': no examples")


def test_missing_fail_example_warns(tmp_path):
    p = write(tmp_path, replace_line(15, "      fail: []"))
    (w,) = warnings(p)
    assert f"{p}:13:5: warning: rule 'legal_adviser': no fail example" == w


def test_missing_pass_example_warns(tmp_path):
    p = write(tmp_path, replace_line(14, "      pass: []"))
    (w,) = warnings(p)
    assert "no pass example" in w and w.startswith(f"{p}:13:5")


def test_pattern_no_pass_example_uses_warns(tmp_path):
    p = write(tmp_path, replace_line(12, "    patterns: ['法律顾问', '公职律师']"))
    (w,) = warnings(p)
    assert w.startswith(f"{p}:12:24: warning: rule 'legal_adviser':") and "'公职律师'" in w


def test_pattern_without_length_limit_warns(tmp_path):
    # \s* lets a match run on: the pattern is searched over the whole report, not near 法律顾问
    p = write(tmp_path, replace_line(12, "    patterns: ['法律顾问', '(?:聘请|外聘)\\s*法律顾问']"))
    (w,) = warnings(p)
    assert w.startswith(f"{p}:12:") and "no length limit" in w and "(?:聘请|外聘)\\\\s*法律顾问" in w and "rule 'legal_adviser'" in w
    # bounded, the same pattern is searched only near its words; opening on a word, the
    # regex skips to that word: no warning
    for pattern in ("(?:聘请|外聘)\\s{0,3}法律顾问", "聘请\\s*法律顾问"):
        assert warnings(write(tmp_path, replace_line(12, f"    patterns: ['法律顾问', '{pattern}']"))) == [], pattern


def test_weights_not_summing_to_total_warn(tmp_path):
    p = write(tmp_path, replace_line(3, "total: 100"))
    (w,) = warnings(p)
    assert w.startswith(f"{p}:3:1: warning:") and "sum to 4 but total is 100" in w


def test_bundled_packs_lint_clean():
    for name in ("national", "shaanxi-county"):
        assert lint(name) == [], name


# --- the CLI --------------------------------------------------------------------------


def cli(*args: str, cwd: Path):
    return subprocess.run([sys.executable, "-m", "scorer", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.mark.parametrize(
    "text,expected",
    [
        (replace_line(12, '    patterns: ["\\d+件"]'), "pack.yaml:12:"),
        (replace_line(12, "    pattern: ['法律顾问']"), "pack.yaml:12:5: error: rule 'legal_adviser': unknown key 'pattern' (did you mean 'patterns'?)"),
        (VALID + SECOND_RULE, "pack.yaml:16:5: error: rule 'legal_adviser': duplicate rule id"),
        ("name: x\nversion: '1'\nrules:\n  - legal_adviser\n", "pack.yaml:4:5: error: rule '#1': a rule must be a mapping"),
        ("- a\n- b\n", "pack.yaml:1:1: error: a rule pack is a mapping"),
        (VALID.encode("gb18030"), "pack.yaml: error: not UTF-8"),
    ],
    ids=["yaml-syntax", "unknown-key", "duplicate-id", "rule-string", "top-list", "not-utf8"],
)
def test_cli_lint_reports_without_traceback(tmp_path, text, expected):
    write(tmp_path, text)
    r = cli("rules", "lint", "pack.yaml", cwd=tmp_path)
    assert r.returncode == 4, r.stdout + r.stderr
    assert expected in r.stdout
    assert "Traceback" not in r.stdout + r.stderr


def test_cli_lint_strict_fails_on_warnings(tmp_path):
    write(tmp_path, replace_line(3, "total: 100"))
    assert cli("rules", "lint", "pack.yaml", cwd=tmp_path).returncode == 0
    r = cli("rules", "lint", "--strict", "pack.yaml", cwd=tmp_path)
    assert r.returncode == 1 and "1 warning" in r.stdout


def test_cli_lint_several_packs(tmp_path):
    write(tmp_path, VALID, "good.yaml")
    write(tmp_path, replace_line(8, "    weight: 0"), "bad.yaml")
    r = cli("rules", "lint", "good.yaml", "bad.yaml", "national", cwd=tmp_path)
    assert r.returncode == 4 and "bad.yaml:8:5" in r.stdout and "good.yaml" not in r.stdout


def test_scoring_with_a_broken_pack_exits_4_without_traceback(tmp_path):
    write(tmp_path, replace_line(12, "    pattern: ['法律顾问']"))
    (tmp_path / "r.txt").write_text("某局2023年度法治政府建设情况报告\n", encoding="utf-8")
    r = cli("score", "r.txt", "--pack", "pack.yaml", cwd=tmp_path)
    assert r.returncode == 4 and "pack.yaml:12:5" in r.stderr and "Traceback" not in r.stderr


# --- rule tests (`scorer rules test`) and fixture files ---------------------------------


def test_rules_test_names_the_broken_example(tmp_path):
    text = (ROOT / "rules" / "national.yaml").read_text(encoding="utf-8")
    patterns = "patterns: ['法律顾问(?!"
    assert patterns in text  # legal_adviser's
    (tmp_path / "national.yaml").write_text(text.replace(patterns, "patterns: ['法律顾向(?!"), encoding="utf-8")
    r = cli("rules", "test", "national.yaml", cwd=tmp_path)
    assert r.returncode == 1
    lines = [x for x in r.stdout.splitlines() if x.startswith("FAIL")]
    # the rule's pass examples that need 法律顾问, and its fail examples whose 公职律师 is voided by a negated 法律顾问 in the
    # same clause (negated_sentence)
    passes = [x for x in lines if "legal_adviser-pass-" in x]
    fails = [x for x in lines if "legal_adviser-fail-" in x]
    assert len(passes) == 9 and len(fails) == 2 and len(lines) == 11
    assert all("got 'fail'" in x and "national.yaml:" in x for x in passes)
    assert all("got 'pass'" in x and "national.yaml:" in x for x in fails)
    assert lines == sorted(lines, key=lambda x: int(x.split("national.yaml:")[1].split(":")[0]))  # in the file's order
    assert "11 failed" in r.stdout and "Traceback" not in r.stderr


def test_fixture_file_cases_run_and_are_numbered_after_inline_examples(tmp_path):
    write(tmp_path, VALID)
    write(
        tmp_path,
        "cases:\n  - rule: legal_adviser\n    pass:\n      - {part: measures, text: 公职律师和法律顾问参与审查。}\n"
        "    fail:\n      - {part: next_year_plan, text: 将聘请法律顾问。}\n      - {part: measures, text: 聘请法律顾问。}\n",
        "pack.tests.yaml",
    )
    r = cli("rules", "test", "pack.yaml", "--verbose", cwd=tmp_path)
    assert r.returncode == 1, r.stdout
    assert "ok   pack.tests.yaml:4: legal_adviser-pass-2" in r.stdout
    assert "FAIL pack.tests.yaml:7: legal_adviser-fail-3" in r.stdout
    assert "4 passed, 1 failed" in r.stdout


def test_fixture_file_errors_are_positioned(tmp_path):
    write(tmp_path, VALID)
    write(tmp_path, "cases:\n  - rule: legal_advisor\n    pass: ['x']\n  - rule: legal_adviser\n    pas: []\n", "pack.tests.yaml")
    found = errors(tmp_path / "pack.yaml")
    assert any(e.startswith(f"{tmp_path / 'pack.tests.yaml'}:5:5:") and "did you mean 'pass'" in e for e in found), found
    write(tmp_path, "cases:\n  - rule: legal_advisor\n    pass: ['x']\n", "pack.tests.yaml")
    (e,) = errors(tmp_path / "pack.yaml")
    assert ":2:5:" in e and "no rule 'legal_advisor'" in e and "did you mean 'legal_adviser'" in e
    r = cli("rules", "test", "pack.yaml", cwd=tmp_path)
    assert r.returncode == 4 and "pack.tests.yaml:2:5" in r.stderr


def test_fixture_file_is_not_taken_for_a_pack(tmp_path):
    write(tmp_path, VALID)
    write(tmp_path, "cases:\n  - rule: legal_adviser\n    pass: ['x']\n", "pack.tests.yaml")
    assert load_pack(tmp_path).rules[0].id == "legal_adviser"  # the folder holds one pack


# --- discoverability: show, doc, schema ---------------------------------------------------


def test_committed_schema_is_the_generated_one():
    from scorer.cli_rules import rules_schema_text

    assert (ROOT / "docs" / "rules.schema.json").read_text(encoding="utf-8") == rules_schema_text()


def test_bundled_packs_match_the_schema_and_declare_it():
    jsonschema = pytest.importorskip("jsonschema")
    import yaml

    schema = json.loads((ROOT / "docs" / "rules.schema.json").read_text(encoding="utf-8"))
    for name in ("national", "shaanxi-county"):
        path = ROOT / "rules" / f"{name}.yaml"
        assert path.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=../docs/rules.schema.json\n")
        jsonschema.validate(yaml.safe_load(path.read_text(encoding="utf-8")), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"version": "1", "rules": []}, schema)  # no name and no extends


def test_rules_show_and_doc(tmp_path):
    r = cli("rules", "show", "legal_adviser", cwd=ROOT)
    assert r.returncode == 0
    for text in ("id: legal_adviser", "kind: phrases", "basis:", "patterns:", "examples:", "rules/national.yaml:", "national.tests.yaml"):
        assert text in r.stdout
    r = cli("rules", "show", "legal_advisor", cwd=ROOT)
    assert r.returncode == 2 and "did you mean 'legal_adviser'" in r.stderr
    r = cli("rules", "doc", "shaanxi-county", cwd=ROOT)
    assert r.returncode == 0
    pack = load_pack("shaanxi-county")
    for rule in pack.rules:
        assert f"(`{rule.id}`)" in r.stdout
    assert "## 行政执法" in r.stdout and "before 03-01" in r.stdout


PART_RULE = """\
name: 测试包
version: "1"
total: 5
rules:
  - id: next_year_plan
    title: 下一年度主要安排
    category: 结构完整
    weight: 5
    basis: 纲要
    message: 写明明年的安排。
    kind: part
    part: [next_year_plan]
    min_statements: 1
    generic: ['再上新台阶$']
    examples:
      pass: [{part: next_year_plan, text: 2024年3月前完成执法人员轮训，6月前修订决策规则。}]
      fail: [{part: next_year_plan, text: 推动法治建设再上新台阶。}]
"""
# line 14: generic


def test_a_joined_pattern_opening_with_a_look_behind_warns(tmp_path):
    # the generic patterns are joined into one: one opening with a look-behind has it tried at every position
    p = write(tmp_path, replace_line(14, "    generic: ['再上新台阶$', '(?<=在[^\\n]{2,24})上出实效$']", PART_RULE))
    (w,) = warnings(p)
    assert w.startswith(f"{p}:14:") and "opens with a look-behind" in w and "rule 'next_year_plan'" in w, w
    # the words in the match: no warning
    assert warnings(write(tmp_path, replace_line(14, "    generic: ['再上新台阶$', '在[^\\n]{2,24}上出实效$']", PART_RULE))) == []
