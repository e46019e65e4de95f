"""Waivers: justified, optionally expiring exceptions that stay visible and do not count."""

from __future__ import annotations

import datetime as dt
import json
import pickle
import subprocess
import sys

import pytest

from scorer import batch, score_text
from scorer.pack import PackError
from scorer.waivers import Waivers, load_waivers

REPORT = (
    "武乡县民政局2023年法治政府建设情况报告\n"
    "一、主要举措和成效\n推进政务公开，主动公开信息215条。\n"
    "二、存在的不足和原因\n执法力量不足，主要原因是编制有限。\n"
    "武乡县民政局\n2024年2月20日\n"
)

WAIVERS = """\
waivers:
  - rule: legal_adviser
    organization: 武乡县民政局
    justification: 由县司法局统一派驻法律顾问，本局未单独聘请。
    expires: 2025-12-31
  - rule: legal_adviser
    file: '*/other/*.txt'
    justification: 另一批报告
"""


def write(tmp_path, text: str, name: str = "waivers.yaml"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def item(result, rule_id):
    return next(i for i in result.items if i.id == rule_id)


@pytest.fixture
def waivers(tmp_path, pack):
    return load_waivers(write(tmp_path, WAIVERS), pack, today=dt.date(2025, 6, 1))


def test_a_waiver_applies_and_keeps_the_status(pack, waivers):
    plain = score_text(REPORT, pack, file="a.txt")
    waived = score_text(REPORT, pack, file="a.txt", waivers=waivers)
    before, after = item(plain, "legal_adviser"), item(waived, "legal_adviser")
    assert before.status == after.status == "fail"
    assert before.waived is None
    assert after.waived.justification.startswith("由县司法局") and after.waived.expires == dt.date(2025, 12, 31)
    assert after.waived.source.endswith("waivers.yaml:2")
    assert "legal_adviser" in plain.missing and "legal_adviser" not in waived.missing
    assert waived.waived == ["legal_adviser"]
    # it leaves numerator and denominator: the score is that of the pack without the rule
    counted = [i for i in waived.items if i.status in ("pass", "partial", "fail") and i.id != "legal_adviser"]
    expected = round(pack.spec.total * sum(i.points for i in counted) / sum(i.max_points for i in counted), 1)
    assert waived.score == expected > plain.score


def test_only_the_matching_organization_or_file(pack, waivers):
    other = REPORT.replace("武乡县民政局", "沁县民政局")
    assert item(score_text(other, pack, file="a.txt", waivers=waivers), "legal_adviser").waived is None
    assert item(score_text(other, pack, file="x/other/b.txt", waivers=waivers), "legal_adviser").waived is not None
    assert item(score_text(REPORT, pack, file="a.txt", waivers=waivers), "open_government").waived is None


def test_organization_and_file_together_must_both_match(tmp_path, pack):
    w = load_waivers(
        write(tmp_path, "waivers:\n  - rule: legal_adviser\n    organization: 武乡县 民政局\n    file: '2023/*'\n    justification: x\n"),
        pack,
    )
    assert item(score_text(REPORT, pack, file="2023/a.txt", waivers=w), "legal_adviser").waived is not None
    assert item(score_text(REPORT, pack, file="2024/a.txt", waivers=w), "legal_adviser").waived is None


def test_an_expired_waiver_does_not_apply(tmp_path, pack):
    path = write(tmp_path, WAIVERS)
    on_the_day = load_waivers(path, pack, today=dt.date(2025, 12, 31))
    assert item(score_text(REPORT, pack, waivers=on_the_day), "legal_adviser").waived is not None
    after = load_waivers(path, pack, today=dt.date(2026, 1, 1))
    assert [w.rule for w in after.expired] == ["legal_adviser"]
    result = score_text(REPORT, pack, waivers=after)
    assert item(result, "legal_adviser").waived is None and "legal_adviser" in result.missing


def test_waivers_are_picklable_and_reach_worker_processes(tmp_path, pack, waivers, pool_always):
    assert pickle.loads(pickle.dumps(waivers)) == waivers
    files = []
    for i in range(5):
        p = tmp_path / f"r{i}.txt"
        p.write_text(REPORT, encoding="utf-8")
        files.append(p)
    results = list(batch.run(files, pack, waivers, jobs=2))
    assert [r.waived for r in results] == [["legal_adviser"]] * 5


# --- malformed files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,where,fragment",
    [
        ("waivers:\n  - rule: legal_adviser\n    justification: \"\\d\"\n", "3:22", "YAML"),
        ("waivers:\n  - rule: legal_adviser\n    organization: 某局\n", "2:5", "missing required key 'justification'"),
        ("waivers:\n  - rule: legal_adviser\n    organization: 某局\n    justification: '  '\n", "4:5", "justification: must not be empty"),
        ("waivers:\n  - rule: legal_adviser\n    organisation: 某局\n    justification: x\n", "3:5", "unknown key 'organisation' (did you mean 'organization'?)"),
        ("waivers:\n  - rule: legal_advisor\n    organization: 某局\n    justification: x\n", "2:5", "no rule 'legal_advisor' in pack"),
        ("waivers:\n  - rule: legal_adviser\n    organization: 某局\n    justification: x\n    expires: 2025-13-01\n", "5:14", "invalid date"),
        ("waivers:\n  - rule: legal_adviser\n    organization: 某局\n    justification: x\n    expires: 31.12.2025\n", "5:5", "YYYY-MM-DD"),
        ("waivers:\n  - rule: legal_adviser\n    justification: x\n", "2:5", "needs 'organization' or 'file'"),
        ("waivers:\n  - rule: legal_adviser\n    organization: no\n    justification: x\n", "3:5", "quote"),
        ("- rule: legal_adviser\n", "1:1", "a waiver file is a mapping"),
        ("", "1:1", "a waiver file is a mapping"),
        ("waivers: []\n", "1:1", "waivers needs at least 1 item"),
    ],
)
def test_malformed_waiver_files(tmp_path, pack, text, where, fragment):
    path = write(tmp_path, text)
    with pytest.raises(PackError) as e:
        load_waivers(path, pack)
    first = str(e.value).splitlines()[0]
    assert first.startswith(f"{path}:{where}:") and fragment in first, str(e.value)


# --- the CLI ----------------------------------------------------------------------------------


def cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "scorer", *args], capture_output=True, text=True, cwd=cwd, timeout=120)


@pytest.fixture
def workdir(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT, encoding="utf-8")
    write(tmp_path, WAIVERS.replace("2025-12-31", "2999-12-31"))
    return tmp_path


def test_cli_json_shows_the_waiver(workdir):
    r = cli("score", "r.txt", "--waivers", "waivers.yaml", "--format", "json", cwd=workdir)
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)["reports"][0]
    assert report["waived"] == ["legal_adviser"] and "legal_adviser" not in report["missing"]
    waived = next(i for i in report["items"] if i["id"] == "legal_adviser")
    assert waived["status"] == "fail"
    assert waived["waived"] == {"justification": "由县司法局统一派驻法律顾问，本局未单独聘请。", "expires": "2999-12-31", "source": "waivers.yaml:2"}


def test_cli_table_shows_the_waiver(workdir):
    r = cli("score", "r.txt", "--waivers", "waivers.yaml", "--detail", cwd=workdir)
    assert r.returncode == 0, r.stderr
    assert "豁免：法律顾问制度" in r.stdout  # summary row
    assert "缺失（豁免）" in r.stdout and "豁免：由县司法局" in r.stdout  # per-item table


def test_cli_explain_shows_the_waiver(workdir):
    r = cli("explain", "r.txt", "--rule", "legal_adviser", "--waivers", "waivers.yaml", cwd=workdir)
    assert r.returncode == 0, r.stderr
    assert "豁免：由县司法局" in r.stdout


def test_cli_warns_about_expired_waivers(workdir):
    write(workdir, WAIVERS.replace("2025-12-31", "2020-01-01"))
    r = cli("score", "r.txt", "--waivers", "waivers.yaml", "--format", "json", cwd=workdir)
    assert r.returncode == 0
    assert "waivers.yaml:2: warning: waiver of 'legal_adviser' expired on 2020-01-01" in r.stderr
    assert json.loads(r.stdout)["reports"][0]["waived"] == []


def test_cli_malformed_waivers_exit_4(workdir):
    write(workdir, "waivers:\n  - rule: legal_adviser\n    organization: 某局\n")
    for command in (["score", "r.txt"], ["explain", "r.txt"]):
        r = cli(*command, "--waivers", "waivers.yaml", cwd=workdir)
        assert r.returncode == 4
        assert "waivers.yaml:2:5: error: rule 'legal_adviser': missing required key 'justification'" in r.stderr
        assert "Traceback" not in r.stderr


def test_waivers_default_to_today():
    assert Waivers().today == dt.date.today()


# --- approver, document number, organisations as globs or lists, unused waivers ------------

APPROVED = """\
waivers:
  - rule: legal_adviser
    organization: ['*镇人民政府', '武乡县*局']
    justification: 由县司法局统一派驻法律顾问。
    approver: 武乡县司法局
    document: 武司发〔2024〕3号
  - rule: shufa
    organization: 某某县民政局
    justification: 不会用到
"""


def test_organisations_as_globs_and_lists_with_approver_and_document(tmp_path, pack):
    waivers = load_waivers(write(tmp_path, APPROVED), pack, today=dt.date(2025, 6, 1))
    waived = item(score_text(REPORT, pack, file="a.txt", waivers=waivers), "legal_adviser").waived
    assert waived is not None and waived.approver == "武乡县司法局" and waived.document == "武司发〔2024〕3号"
    assert waived.to_dict()["document"] == "武司发〔2024〕3号"
    other = REPORT.replace("武乡县民政局", "武乡县民政厅")
    assert item(score_text(other, pack, file="a.txt", waivers=waivers), "legal_adviser").waived is None


def test_json_of_a_waiver_without_approver_keeps_its_shape(pack, waivers):
    waived = item(score_text(REPORT, pack, file="a.txt", waivers=waivers), "legal_adviser").waived
    assert set(waived.to_dict()) == {"justification", "expires", "source"}


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_cli_warns_about_a_waiver_that_matched_no_report(workdir, jobs):
    write(workdir, APPROVED)
    for i in range(3):  # four files, so that --jobs 2 uses worker processes
        (workdir / f"r{i}.txt").write_text(REPORT, encoding="utf-8")
    r = cli("score", ".", "--waivers", "waivers.yaml", "--format", "json", "--jobs", jobs, cwd=workdir)
    assert r.returncode == 0, r.stderr
    assert "waivers.yaml:7: warning: waiver of 'shufa' matched no report of this run" in r.stderr
    assert "waivers.yaml:2" not in r.stderr  # the one that applied
