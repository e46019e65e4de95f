"""Hostile or careless rule packs: nothing is evaluated as code, nothing hangs."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scorer.pack import PackError, load_pack


def write(tmp_path, text: str):
    p = tmp_path / "pack.yaml"
    p.write_text(text, encoding="utf-8")
    return p


@pytest.mark.parametrize(
    "tag",
    ["!!python/object/apply:os.system ['touch PWNED']", "!!python/name:os.system", "!!python/module:os"],
)
def test_object_building_tags_are_refused(tmp_path, tag, monkeypatch):
    monkeypatch.chdir(tmp_path)
    p = write(tmp_path, f"name: x\nversion: '1'\ndescription: {tag}\nrules: []\n")
    with pytest.raises(PackError) as e:
        load_pack(p)
    assert "pack.yaml:3" in str(e.value)
    assert not (tmp_path / "PWNED").exists()


def test_alias_bomb_is_bounded(tmp_path):
    # "billion laughs" with YAML anchors: PyYAML shares aliased nodes instead of copying them,
    # so this loads quickly and is then rejected as the wrong type.
    lines = ["a0: &a0 ['x','x','x','x','x','x','x','x','x','x']"]
    for i in range(1, 9):
        refs = ",".join([f"*a{i - 1}"] * 10)
        lines.append(f"a{i}: &a{i} [{refs}]")
    p = write(tmp_path, "\n".join(lines) + "\nname: x\nversion: '1'\nrules: []\n")
    with pytest.raises(PackError, match="unknown key 'a0'"):
        load_pack(p)


def test_pattern_is_data_not_code(tmp_path):
    p = write(
        tmp_path,
        "name: x\nversion: '1'\nrules:\n"
        "  - {id: a, title: 甲, category: 类, weight: 1, basis: 据, message: 补, kind: phrases,\n"
        "     patterns: ['(?{__import__(\"os\").system(\"touch PWNED\")})']}\n",
    )
    with pytest.raises(PackError, match="does not compile"):
        load_pack(p)
    assert not (tmp_path / "PWNED").exists()


@pytest.mark.parametrize(
    "fields, key",
    [
        ("kind: part, part: [measures], generic: ['ok', '(bad']", "generic"),
        ("kind: part, part: [measures], generic_lists: ['ok', '(bad']", "generic_lists"),
        ("kind: duplicates, ignore: ['ok', '(bad']", "ignore"),
        ("kind: phrases, patterns: ['x'], near: {patterns: ['y'], stop: ['ok', '(bad']}", "stop"),
    ],
)
def test_pattern_lists_of_every_kind_are_checked_at_load(tmp_path, fields, key):
    # (a bad one was an internal error on every report before)
    p = write(
        tmp_path,
        "name: x\nversion: '1'\nrules:\n"
        f"  - {{id: a, title: 甲, category: 类, weight: 1, basis: 据, message: 补,\n     {fields}}}\n",
    )
    with pytest.raises(PackError, match=rf"{key}: pattern '\(bad' does not compile"):
        load_pack(p)


def test_deep_nesting_never_reaches_libyaml():
    # libyaml (CSafeLoader) composes nodes by recursing in C: ~30,000 levels crash the
    # process.  Such texts go to the pure-Python loader, which stops at the recursion limit.
    from scorer.pack.yamlpos import _C_MAX_DEPTH, _depth_bound, load_yaml

    national = (Path(__file__).parent.parent / "rules" / "national.yaml").read_text(encoding="utf-8")
    assert _depth_bound(national) < _C_MAX_DEPTH  # the fast loader for real packs
    deep = (
        "a: " + "[" * 100_000 + "]" * 100_000,
        "- " * 100_000 + "x",
        "".join(" " * i + f"k{i}:\n" for i in range(3000)),
        "a: [" + "x,[" * 10_000 + "]" * 10_001,  # (after a comma)
        "{" + "k:{" * 10_000 + "}" * 10_001,  # (after a colon, no space)
    )
    for text in deep:
        assert _depth_bound(text) > _C_MAX_DEPTH
        with pytest.raises((RecursionError, PackError)):
            load_yaml(text, "deep.yaml")
    # a pattern's brackets open nothing: the quick bound leaves them out
    assert _depth_bound("patterns:\n" + "  - '[^，,][省市]{2}(?<=[县区]县)'\n" * 2_000) < 100


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.one_of(st.integers(0, 9), st.sampled_from(["x", "[^，,]", "a{2}", "k:v"])),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["a", "b"]), inner, max_size=2),
        max_leaves=40,
    ),
    st.integers(1, 40),
)
def test_depth_bound_is_an_upper_bound(data, width):
    """However the flow style is broken over lines, the quick bound is never below the depth libyaml's events show."""
    yaml = pytest.importorskip("yaml")
    from scorer.pack.yamlpos import _depth_bound, _event_depth

    for flow in (True, False, None):
        text = yaml.safe_dump({"p": data}, default_flow_style=flow, width=width, allow_unicode=True)
        assert _depth_bound(text) >= _event_depth(text)


def test_libyaml_and_pure_python_loaders_agree():
    yaml = pytest.importorskip("yaml")
    from scorer.pack.yamlpos import _load_slowly, load_yaml

    national = (Path(__file__).parent.parent / "rules" / "national.yaml").read_text(encoding="utf-8")

    def where(x):  # the data and every position the lint messages use
        if isinstance(x, dict):
            return (x.pos, dict(x.key_pos), {k: where(v) for k, v in x.items()})
        if isinstance(x, list):
            return (x.pos, list(x.item_pos), [where(v) for v in x])
        return x

    assert where(load_yaml(national, "n.yaml")) == where(_load_slowly(national, "n.yaml"))
    for broken in ('p: "\\d+"\n', "a:\n\tb: 1\n", "k: v: w\n", "a: [\n", "a:\n  b: 1\n  b: 2\n", "x: \x07\n"):
        with pytest.raises(PackError) as fast:
            load_yaml(broken, "b.yaml")
        with pytest.raises(PackError) as slow:
            _load_slowly(broken, "b.yaml")
        assert str(fast.value) == str(slow.value)
