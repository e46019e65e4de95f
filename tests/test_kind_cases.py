"""Kind-level cases (sqlfluff-style): ``tests/kinds/<kind>.yaml`` holds cases with an
inline rule for one kind.  Every kind the registry finds must have its file, so a new
kind is one module in scorer/kinds/ plus one case file here."""

from __future__ import annotations

from pathlib import Path

import pytest

from scorer.kinds import REGISTRY
from scorer.pack import PackError
from scorer.ruletest import load_kind_cases, run_case

KINDS = Path(__file__).resolve().parent / "kinds"
CASES = [pytest.param(case, pack, id=f"{f.stem}:{case.id}") for f in sorted(KINDS.glob("*.yaml")) for case, pack in load_kind_cases(f)]


@pytest.mark.parametrize("case,pack", CASES)
def test_kind_case(case, pack):
    result = run_case(case, pack)
    if result.todo is not None:
        assert result.ok, result.describe()  # a todo case that now behaves: remove its todo
        pytest.xfail(result.todo)
    assert result.ok, result.describe()


def test_every_kind_has_a_case_file_with_pass_and_fail():
    for name in REGISTRY:
        path = KINDS / f"{name}.yaml"
        assert path.is_file(), f"kind '{name}' has no case file tests/kinds/{name}.yaml"
        expected = {case.expected for case, _ in load_kind_cases(path)}
        assert expected == {"pass", "fail"}, f"{path.name}: only {expected}"


def test_every_kind_says_when_it_passes():
    # the contract: the registry, rules doc and rules show read these from the kind itself
    for name, cls in REGISTRY.items():
        assert cls.kind_name() == name and cls.summary(), name
    for f in sorted(KINDS.glob("*.yaml")):
        for _, pack in load_kind_cases(f):
            assert pack.rules[0].passes_when().rstrip().endswith("."), f.name


def test_a_malformed_case_file_names_its_line(tmp_path):
    path = tmp_path / "phrases.yaml"
    path.write_text("kind: phrases\ncases:\n  - name: a\n    rule: {patterns: ['x'], min_cuont: 2}\n    pass: [x]\n", encoding="utf-8")
    with pytest.raises(PackError) as e:
        load_kind_cases(path)
    assert "phrases.yaml:4:29: error: rule 'a': unknown key 'min_cuont' (did you mean 'min_count'?)" in str(e.value)
    path.write_text("kind: phrase\ncases: [{name: a, pass: [x]}]\n", encoding="utf-8")
    with pytest.raises(PackError, match="unknown kind 'phrase' \\(did you mean 'phrases'\\?\\)"):
        load_kind_cases(path)
