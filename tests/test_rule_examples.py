"""Every example of every bundled pack is its own test, so a broken rule fails CI.

Ids are ``<rule>-<pass|fail>-<n>`` for the default pack (``legal_adviser-pass-1``)
and ``<pack>:<rule>-<pass|fail>-<n>`` for the others; numbering covers the
rule's inline examples first, then the cases of the pack's fixture file
(``rules/<pack>.tests.yaml``).
"""

from __future__ import annotations

import pytest

from scorer.pack import DEFAULT_PACK, bundled_names, load
from scorer.ruletest import collect, run_case

LOADED = {name: load(name) for name in bundled_names()}
CASES = [
    pytest.param(name, case, id=case.id if name == DEFAULT_PACK else f"{name}:{case.id}")
    for name, loaded in LOADED.items()
    for case in collect(loaded)
]


@pytest.mark.parametrize("pack_name,case", CASES)
def test_example(pack_name, case):
    result = run_case(case, LOADED[pack_name].pack)
    if result.todo is not None:
        assert result.ok, result.describe()  # a todo case that now behaves: remove its todo
        pytest.xfail(result.todo)
    assert result.ok, result.describe()


def test_every_rule_of_every_bundled_pack_has_pass_and_fail_examples():
    for name, loaded in LOADED.items():
        cases = collect(loaded)
        for rule in loaded.pack.rules:
            kinds = {c.expected for c in cases if c.rule == rule.id}
            assert kinds == {"pass", "fail"}, f"{name}: {rule.id} has only {kinds or 'no'} examples"


def test_the_default_pack_and_shaanxi_are_collected():
    assert {"national", "shaanxi-county"} <= set(LOADED)
    ids = [p.id for p in CASES]
    assert "legal_adviser-pass-1" in ids and "shaanxi-county:submission_deadline-fail-1" in ids
    assert len(ids) == len(set(ids))
