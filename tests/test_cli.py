"""End to end: the CLI on the five sample reports and on small texts of its own."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from scorer.cli import EXIT_INPUT, EXIT_PACK, EXIT_THRESHOLD, EXIT_USAGE, app

from .conftest import REPORTS, ROOT, SAMPLES, doc

runner = CliRunner()
GOLD = ROOT.parent / "shared" / "gold" / "samples.yaml"


def run(*args: str):
    return runner.invoke(app, list(args))


@pytest.fixture(scope="module")
def sample_json():
    result = run("score", *map(str, SAMPLES), "--format", "json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_json_contract_on_the_samples(sample_json, pack):
    out = sample_json
    assert out["schema_version"] == 1
    assert out["rule_pack"]["name"] == pack.name
    assert out["errors"] == []
    assert [r["file"] for r in out["reports"]] == [str(p) for p in SAMPLES]
    ids = [r.id for r in pack.rules]
    for report in out["reports"]:
        assert [i["id"] for i in report["items"]] == ids
        missing = [i["id"] for i in report["items"] if i["status"] in ("fail", "partial")]
        assert report["missing"] == missing
        assert 0 <= report["score"] <= report["max_score"] == 100
        assert report["score"] == round(report["score"], 1)
        for item in report["items"]:
            assert item["status"] in ("pass", "partial", "fail", "not_applicable", "error")
            assert (item["message"] is None) == (item["status"] not in ("fail", "partial"))
            assert "explanation" not in item


def test_evidence_lines_point_at_the_quoted_text(sample_json):
    for report in sample_json["reports"]:
        lines = Path(report["file"]).read_text(encoding="utf-8").split("\n")
        for item in report["items"]:
            for ev in item["evidence"]:
                core = ev["text"].strip("…")
                assert core[:8] in lines[ev["line"] - 1], (item["id"], ev)


def test_metadata_is_extracted(sample_json):
    for report in sample_json["reports"]:
        assert report["title"] and "报告" in report["title"]
        assert report["organization"] and report["organization"] in report["title"]
        assert 2020 <= report["year"] <= 2030


@pytest.mark.skipif(not GOLD.is_file(), reason="shared/gold not beside the checkout")
def test_sample_verdicts_agree_with_the_gold_file(sample_json):
    gold = yaml.safe_load(GOLD.read_text(encoding="utf-8"))
    by_name = {Path(r["file"]).name: {i["id"]: i["status"] for i in r["items"]} for r in sample_json["reports"]}
    disagreements = []
    for name, labels in gold.items():
        for rule_id, want in labels.items():
            got = by_name[name][rule_id]
            if (want == "pass" and got != "pass") or (want == "miss" and got not in ("fail", "partial")):
                disagreements.append((name, rule_id, want, got))
    assert disagreements == []


def test_table_scorecard_is_ranked_with_chinese_columns():
    result = run("score", str(REPORTS))
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split()[:6] == ["名次", "文件", "单位", "年度", "得分", "等级"]
    rows = [line.split() for line in lines[2:] if line[:1].isdigit()]  # wrapped cells continue on indented lines
    assert [int(r[0]) for r in rows] == [1, 2, 3, 4, 5]
    scores = [float(r[4]) for r in rows]
    assert scores == sorted(scores, reverse=True)


def test_detail_adds_item_tables():
    result = run("score", str(SAMPLES[0]), "--detail")
    assert result.exit_code == 0
    assert "法律顾问制度" in result.stdout and "通过" in result.stdout


def test_explain_shows_parts_evidence_and_discarded_matches(tmp_path):
    f = tmp_path / "r.txt"
    f.write_text(doc("一、主要举措和成效", "目前尚未聘请法律顾问。", "二、2024年工作安排", "2024年将聘请法律顾问。"), encoding="utf-8")
    result = run("explain", str(f), "--rule", "legal_adviser")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "识别到的结构" in out and "[主要举措和成效]" in out
    assert "被否定（「尚未」）" in out
    assert "不在检查范围内" in out
    assert "■ 法律顾问制度（legal_adviser）  缺失  0/4" in out
    assert out.count("■ ") == 1  # --rule shows only that rule
    # an item that is not judged leaves the total: no points are shown for it (no signing date here)
    deadline = run("explain", str(f), "--rule", "submission_deadline").stdout
    assert "■ 按时报告（submission_deadline）  不适用  不计分" in deadline, deadline


def test_explain_evidence_outside_every_part_and_a_repeat_within_one_line(tmp_path):
    f = tmp_path / "r.txt"
    body = "组织开展执法人员专题培训两次，切实提升了全体人员的依法履职能力，切实提升了全体人员的依法履职能力。"
    f.write_text(doc("一、主要举措和成效", body, "某某局", "2024年3月1日"), encoding="utf-8")
    out = run("explain", str(f)).stdout
    assert "〔〕" not in out  # a signing date belongs to no part: no empty part label
    assert "与同一行前文重复" in out  # both copies on one line
    assert "证据：第5行2024年3月1日" in out


def test_explain_every_item_of_a_sample():
    result = run("explain", str(SAMPLES[3]))
    assert result.exit_code == 0
    assert result.stdout.count("■ ") == 29


def test_unreadable_input_is_an_error_row_and_the_rest_is_scored(tmp_path):
    missing = tmp_path / "不存在 (1).txt"
    result = run("score", str(SAMPLES[0]), str(missing), "--format", "json")
    assert result.exit_code == EXIT_INPUT
    out = json.loads(result.stdout)
    assert len(out["reports"]) == 1
    assert out["errors"][0]["file"] == str(missing)
    assert "不存在" in out["errors"][0]["error"]


def test_fail_under_and_fail_on_missing_set_the_exit_code():
    assert run("score", str(SAMPLES[0]), "--fail-under", "99").exit_code == EXIT_THRESHOLD
    assert run("score", str(SAMPLES[0]), "--fail-under", "10").exit_code == 0
    assert run("score", str(SAMPLES[3]), "--fail-on-missing", "legal_adviser").exit_code == EXIT_THRESHOLD
    assert run("score", str(SAMPLES[0]), "--fail-on-missing", "legal_adviser").exit_code == 0


def test_usage_errors_exit_2():
    assert run("score", str(SAMPLES[0]), "--fail-on-missing", "no_such_rule").exit_code == EXIT_USAGE
    assert run("score", str(SAMPLES[0]), "--format", "pdf").exit_code == EXIT_USAGE
    assert run("explain", str(SAMPLES[0]), "--rule", "no_such_rule").exit_code == EXIT_USAGE


def test_broken_pack_exits_4_naming_file_and_line(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nversion: '1'\nrules:\n  - id: a\n    kind: phrases\n    patternz: ['x']\n", encoding="utf-8")
    result = run("score", str(SAMPLES[0]), "--pack", str(bad))
    assert result.exit_code == EXIT_PACK
    assert "bad.yaml:6" in result.stderr
    assert "Traceback" not in result.output


def test_out_writes_the_file_atomically(tmp_path):
    target = tmp_path / "sub" / "card.json"
    result = run("score", str(SAMPLES[0]), "--format", "json", "--out", str(target))
    assert result.exit_code == 0
    assert json.loads(target.read_text(encoding="utf-8"))["schema_version"] == 1
    assert [p.name for p in target.parent.iterdir()] == ["card.json"]  # no temporary file left


def test_same_input_same_bytes():
    a = run("score", str(REPORTS), "--format", "json").stdout
    b = run("score", str(REPORTS), "--format", "json").stdout
    assert a == b


def test_worker_processes_write_the_same_bytes_and_exit_code(tmp_path, pool_always):
    """With --jobs the JSON lines are serialised in the workers; output and exit code must
    not change, for reports, error rows and both threshold options."""
    files = [*map(str, SAMPLES), str(SAMPLES[0]), str(tmp_path / "missing.txt")]
    for extra in ([], ["--fail-under", "99"], ["--fail-on-missing", "legal_adviser"]):
        one = run("score", *files, "--format", "json", *extra)
        two = run("score", *files, "--format", "json", "--jobs", "2", *extra)
        assert two.stdout == one.stdout
        assert two.exit_code == one.exit_code == EXIT_INPUT  # the missing file wins over a threshold
    assert run("score", *files[:-1], "--format", "json", "--jobs", "2", "--fail-under", "99").exit_code == EXIT_THRESHOLD
    assert run("score", *files[:-1], "--format", "json", "--jobs", "2", "--fail-under", "1").exit_code == 0


def test_module_entry_point_and_help():
    proc = subprocess.run([sys.executable, "-m", "scorer", "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0
    for command in ("score", "explain", "rules", "schema"):
        assert command in proc.stdout


def test_schema_output_describes_the_contract():
    result = run("schema", "output")
    schema = json.loads(result.stdout)
    assert "schema_version" in schema["properties"]
    item = schema["$defs"]["ItemResult"]["properties"]
    assert {"pass", "partial", "fail", "not_applicable", "error"} <= set(item["status"]["enum"])
    assert "explanation" not in item  # `scorer explain` shows it; the JSON never has it
    assert "line" in schema["$defs"]["Evidence"]["required"]


def test_version():
    r = subprocess.run([sys.executable, "-m", "scorer", "--version"], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0 and r.stdout.startswith("scorer ")


def test_out_files_get_the_umask_mode_and_keep_an_existing_mode(tmp_path):
    import os

    from scorer.atomic import atomic_write

    fresh = tmp_path / "a.csv"
    with atomic_write(fresh) as fh:
        fh.write("x")
    mask = os.umask(0o022)
    os.umask(mask)
    assert fresh.stat().st_mode & 0o777 == 0o666 & ~mask  # as open() would make it, not 0600
    kept = tmp_path / "b.csv"
    kept.write_text("old")
    kept.chmod(0o640)
    with atomic_write(kept) as fh:
        fh.write("new")
    assert kept.read_text() == "new" and kept.stat().st_mode & 0o777 == 0o640


def test_out_prints_a_summary_on_stderr_unless_quiet(tmp_path):
    out = tmp_path / "s.csv"
    missing = tmp_path / "gone.txt"
    r = subprocess.run(
        [sys.executable, "-m", "scorer", "score", *map(str, SAMPLES[:2]), str(missing), "--format", "csv", "--out", str(out)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert r.returncode == EXIT_INPUT and r.stdout == ""
    assert "已评分 2 份，1 份无法读取" in r.stderr and str(out) in r.stderr
    q = subprocess.run(
        [sys.executable, "-m", "scorer", "score", str(SAMPLES[0]), "--format", "csv", "--out", str(out), "--quiet"],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert q.returncode == 0 and q.stderr == ""


def test_rules_named_by_chinese_title(tmp_path):
    path = tmp_path / "r.txt"
    path.write_text(doc("一、主要举措和成效", "办理案件12件。", "三、存在的不足", "执法力量不足。"), encoding="utf-8")  # 三 after 一
    runner = CliRunner()
    r = runner.invoke(app, ["explain", str(path), "--rule", "序号连续"])
    assert r.exit_code == 0 and "（numbering_sequence）" in r.output and "（duplicate_text）" not in r.output
    r = runner.invoke(app, ["score", str(path), "--fail-on-missing", "序号连续", "--quiet"])
    assert r.exit_code == EXIT_THRESHOLD
    r = runner.invoke(app, ["explain", str(path), "--rule", "不存在的规则"])
    assert r.exit_code == EXIT_USAGE and "unknown rule id or title" in r.output


def test_the_command_list_is_never_cut_mid_sentence():
    result = CliRunner().invoke(app, ["--help"], env={"COLUMNS": "100"})
    listed = [line for line in result.output.splitlines() if line.startswith("  ") and not line.startswith("   ")]
    commands = [line.split()[0] for line in listed]
    assert {"score", "explain", "serve", "rules", "schema"} <= set(commands)
    assert not any(line.rstrip().endswith("...") for line in listed), listed


@pytest.mark.parametrize(
    "copied",
    [
        "全年开展执法人员业务培训四次，参训人员的依法行政能力得到明显提升",
        "全年开展执法人员业务培训四次，共120人，参训人员的依法行政能力得到明显提升",  # a short clause inside
        # short clauses after the one that counts, and before it: quoted with it as far as both copies agree
        "对沿街商户反映的占道经营问题，执法中队及时处置，做到件件有回应",
        "为此，执法中队及时处置，对沿街商户反映的占道经营问题逐一回复",
    ],
)
def test_a_sentence_copied_whole_is_one_repeat(tmp_path, copied):
    f = tmp_path / "r.txt"
    f.write_text(doc("一、主要举措和成效", f"聘请法律顾问审查合同28份，{copied}。", "主动公开政府信息120条，办理行政复议案件2件。", f"{copied}。"), encoding="utf-8")
    out = run("explain", str(f), "--rule", "duplicate_text").stdout
    assert f"结论：1处重复：第5行「{copied}」与第3行重复" in out, out


def test_short_clauses_copied_under_numbered_headings_are_quoted_from_their_own_line(tmp_path):
    # the run stops at the line's start: the headings blanked above both copies are not part of it
    f = tmp_path / "r.txt"
    measures = "（1）严格落实河长巡河制度，坚决整治河道“乱占乱采”、全面清理“乱堆乱建”，全年巡河1200次。"
    plan = "（一）严格落实河长巡河制度，坚决整治河道“乱占乱采”、全面清理“乱堆乱建”，推进幸福河湖建设。"
    f.write_text(doc("一、2023年主要举措和成效", "（二）加强河湖管护", measures, "二、2024年工作安排", plan), encoding="utf-8")
    out = run("explain", str(f), "--rule", "duplicate_text").stdout
    assert "结论：1处重复：第6行「严格落实河长巡河制度，坚决整治河道“乱占乱采”、全面清理“乱堆乱建”」与第4行重复" in out, out


def test_a_copy_after_an_item_marker_is_quoted_as_far_as_both_copies_agree(tmp_path):
    # 四是 before the second copy is no part of it: the quote runs on over the short clauses both copies share
    f = tmp_path / "r.txt"
    shared = "全县各执法单位全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，执法行为更加规范"
    f.write_text(doc("一、2023年主要举措和成效", f"（一）落实三项制度。{shared}。", "二、存在的不足和原因",
                     f"一是执法力量不足。二是培训偏少。三是经费紧张。四是{shared}，但公示信息更新不够及时。"), encoding="utf-8")  # fmt: skip
    out = run("explain", str(f), "--rule", "duplicate_text").stdout
    assert f"结论：1处重复：第5行「{shared}」与第3行重复" in out, out


def test_a_sentence_of_short_clauses_copied_is_told_beside_a_clause_copied(tmp_path):
    # the clause repeated inside a line and the whole sentence of short clauses written in two parts: both told
    f = tmp_path / "r.txt"
    sentence = "局党组坚持把法治建设摆在突出位置，定期研究解决重大问题，把法治要求贯穿工作全过程"
    f.write_text(doc("一、2023年主要举措和成效", f"{sentence}。全年办理行政复议案件3件。",
                     "坚持把普法宣传作为基础性工作来抓，组织宣讲12场，坚持把普法宣传作为基础性工作来抓。",
                     "二、2024年工作安排", f"{sentence}。开展执法培训4期。"), encoding="utf-8")  # fmt: skip
    out = run("explain", str(f), "--rule", "duplicate_text").stdout
    assert "结论：2处重复：" in out and "；另见第6行" in out, out  # (the detail quotes the first, names the other's line)
    assert f"· 第6行「{sentence}」与第3行重复" in out, out


def test_explain_says_when_a_missing_critical_item_caps_the_grade(tmp_path):
    header = {"title": "测试", "category": "测试", "basis": "测试依据", "message": "请补充。"}
    pack = {
        "name": "测试包", "version": "1", "critical_cap": "乙",
        "grades": [{"name": "甲", "min": 60}, {"name": "乙", "min": 30}, {"name": "丙", "min": 0}],
        "rules": [
            {**header, "id": "adviser", "weight": 9, "kind": "phrases", "patterns": ["法律顾问"]},
            {**header, "title": "执法公示", "id": "shown", "weight": 1, "critical": True, "kind": "phrases", "patterns": ["执法公示"]},
        ],
    }  # fmt: skip
    (tmp_path / "p.yaml").write_text(yaml.safe_dump(pack, allow_unicode=True), encoding="utf-8")
    f = tmp_path / "r.txt"
    f.write_text(doc("一、主要举措和成效", "聘请法律顾问审查合同12份。"), encoding="utf-8")
    out = run("explain", str(f), "--pack", str(tmp_path / "p.yaml")).stdout
    assert "等级：乙（按得分为甲；关键项「执法公示」缺失，等级最高为乙）" in out, out
    f.write_text(doc("一、主要举措和成效", "聘请法律顾问审查合同12份，执法公示信息30条。"), encoding="utf-8")
    out = run("explain", str(f), "--pack", str(tmp_path / "p.yaml")).stdout
    assert "等级：甲\n" in out, out
