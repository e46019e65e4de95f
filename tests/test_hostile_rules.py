"""Hostile or careless rule packs: nothing is evaluated as code, nothing hangs."""

from __future__ import annotations

import pytest

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
