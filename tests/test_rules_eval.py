"""`scorer rules eval`: agreement with an expert's verdicts, disagreements, and the verdicts
a pack change flips against a baseline."""

from __future__ import annotations

from typer.testing import CliRunner

from scorer.cli import app

from .conftest import doc

GOOD = doc(
    "一、主要举措和成效",
    "聘请法律顾问审查合同28份，办理行政复议案件5件，培训执法人员120人次。",
    "二、存在的不足",
    "执法力量不足，普法形式单一。",
)
NO_ADVISER = doc("一、主要举措和成效", "办理行政复议案件5件，培训执法人员120人次。")


def _corpus(tmp_path, gold: str):
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    (tmp_path / "weak.txt").write_text(NO_ADVISER, encoding="utf-8")
    path = tmp_path / "gold.yaml"
    path.write_text(gold, encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(app, ["rules", "eval", *map(str, args)])


def test_full_agreement_exits_0(tmp_path):
    gold = _corpus(tmp_path, "docs:\n  good.txt: {legal_adviser: pass}\n  weak.txt: {legal_adviser: miss, shufa: skip}\norder:\n  - [good.txt, weak.txt]\n")
    result = run(tmp_path, "--gold", gold)
    assert result.exit_code == 0, result.output
    assert "legal_adviser                      2/2" in result.output
    assert "gold agreement 2/2 (100.0%), orders 1/1" in result.output


def test_disagreements_are_listed_and_exit_1(tmp_path):
    gold = _corpus(tmp_path, "good.txt: {legal_adviser: miss}\nweak.txt: {legal_adviser: miss}\nmissing.txt: {legal_adviser: pass}\n")
    result = run(tmp_path, "--gold", gold)
    assert result.exit_code == 1
    assert "good.txt legal_adviser: 期望 miss，实际 pass" in result.output
    assert "missing.txt: 无法评分" in result.output
    assert "gold agreement 1/2" in result.output


def test_baseline_shows_the_verdicts_a_change_flips(tmp_path):
    gold = _corpus(tmp_path, "docs:\n  good.txt: {legal_adviser: pass}\n  weak.txt: {legal_adviser: miss}\n")
    overlay = tmp_path / "strict.yaml"
    overlay.write_text("extends: national\nrefine:\n  legal_adviser: {patterns: ['公职律师']}\n", encoding="utf-8")
    result = run(tmp_path, "--gold", gold, "--pack", overlay, "--baseline", "national")
    assert result.exit_code == 1
    assert "改错 good.txt legal_adviser: pass → fail（期望 pass）" in result.output


def test_a_bad_gold_file_is_a_usage_error(tmp_path):
    gold = _corpus(tmp_path, "good.txt: {legal_adviser: maybe}\n")
    result = run(tmp_path, "--gold", gold)
    assert result.exit_code == 2 and "pass|miss|skip" in result.output
