"""Loading packs: bundled names, files and folders, ``extends`` overlays (skip →
refine → add), and where each rule was written."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..kinds import Rule
from .messages import RULE_ADAPTER, _describe, did_you_mean, translate
from .model import OVERLAY_KEYS, Pack, PackFile, PackSpec
from .reuse import PATTERN_EDITS, edit_patterns, expand, vocabularies_of
from .yamlpos import LineDict, PackError, Problem, display_path, position, read_yaml_file

BUNDLED_DIRS = (
    Path(__file__).resolve().parent.parent / "_bundled_rules",  # installed from a wheel
    Path(__file__).resolve().parent.parent.parent / "rules",  # a source checkout / editable install
)
DEFAULT_PACK = "national"
FIXTURE_SUFFIX = ".tests.yaml"  # rule-test fixture files live beside their pack: national.tests.yaml


def bundled_path(name: str) -> Path | None:
    if name.endswith(".tests"):
        return None
    for d in BUNDLED_DIRS:
        p = d / f"{name}.yaml"
        if p.is_file():
            return p
    return None


def bundled_names() -> list[str]:
    return sorted({f.stem for d in BUNDLED_DIRS if d.is_dir() for f in d.glob("*.yaml") if not f.name.endswith(FIXTURE_SUFFIX)})


def resolve(ref: str | Path | None) -> Path:
    """A pack argument: a file, a folder holding one pack, or a bundled name."""
    if ref is None or str(ref) in ("", "default"):
        ref = DEFAULT_PACK
    p = Path(ref)
    if p.is_file():
        return p
    if p.is_dir():
        files = sorted(f for f in p.glob("*.yaml") if not f.name.endswith(FIXTURE_SUFFIX))
        if len(files) == 1:
            return files[0]
        if (p / f"{DEFAULT_PACK}.yaml").is_file():
            return p / f"{DEFAULT_PACK}.yaml"
        if not files:
            raise PackError([Problem(str(p), None, None, "folder holds no rule pack (no *.yaml file); name a pack file")])
        raise PackError([Problem(str(p), None, None, "folder holds several packs; name one file")])
    if p.exists():  # a FIFO or device: reading it says why it is refused (never blocks)
        return p
    bundled = bundled_path(str(ref))
    if bundled is not None:
        return bundled
    raise PackError([Problem(str(ref), None, None, f"no such rule pack file or bundled pack (bundled: {', '.join(bundled_names())})")])


def fixture_path(pack_path: Path) -> Path:
    """Where the rule-test fixture file of a pack file lives: ``<stem>.tests.yaml`` beside it."""
    return pack_path.with_name(pack_path.stem + FIXTURE_SUFFIX)


@dataclass
class RuleSource:
    """Where a rule of a loaded pack was written: its definition, then each refinement."""

    layers: list[tuple[str, Any]]  # (file, YAML mapping with positions), oldest first

    def where(self, *path) -> tuple[str, int | None, int | None]:
        """``file, line, column`` of ``path`` inside the rule, from the last layer that sets ``path[0]``."""
        for file, data in reversed(self.layers):
            if path and isinstance(data, dict) and path[0] in data:
                line, col = position(data, path) or (None, None)
                return file, line, col
        file, data = self.layers[-1]
        line, col = getattr(data, "pos", None) or (None, None)
        return file, line, col


@dataclass
class LoadedPack:
    """A pack with where each of its parts came from (for lint, rule tests, ``rules show``)."""

    pack: Pack
    path: Path  # the file named (the top overlay)
    file: str  # its display name
    data: Any  # its YAML
    files: list[str] = field(default_factory=list)  # the extends chain, base first
    sources: dict[str, RuleSource] = field(default_factory=dict)
    vocabularies_used: set[str] = field(default_factory=set)  # names '@name' stood for, in it or its bases


def load_pack(ref: str | Path | None = None) -> Pack:
    """Load and validate a rule pack; raises :class:`PackError` listing every problem."""
    return load(ref).pack


def load(ref: str | Path | None = None) -> LoadedPack:
    """Load a pack file (applying ``extends`` overlays) with the position of every rule."""
    return _load(resolve(ref), ())


def build_pack(data: dict, file: str, digest: str = "") -> Pack:
    """Validate the YAML of a whole pack (no ``extends``) already parsed by :func:`load_yaml`."""
    return _build_whole(data, file, digest).pack


def _load(path: Path, chain: tuple[tuple[Path, str, tuple | None], ...]) -> LoadedPack:
    file = display_path(path)
    real = path.resolve()
    if any(real == p for p, _, _ in chain):
        names = [f for _, f, _ in chain] + [file]
        via_file, via_pos = chain[-1][1], chain[-1][2] or (None, None)
        raise PackError([Problem(via_file, *via_pos, f"'extends' makes a cycle: {' → '.join(names)}")])
    data, raw = read_yaml_file(path, file)
    digest = hashlib.sha256(raw).hexdigest()[:16]
    if data is None:
        raise PackError([Problem(file, 1, 1, "empty file: a rule pack is a mapping with 'name', 'version' and 'rules'")])
    if not isinstance(data, dict):
        # the top level's type only, never its text: a file named by mistake (/etc/passwd)
        # must not have its content echoed
        got = "plain text" if isinstance(data, str) else _describe(data)
        raise PackError([Problem(file, 1, 1, f"a rule pack is a mapping with 'name', 'version' and 'rules' (got {got})")])
    if "extends" not in data:
        loaded = _build_whole(data, file, digest)
        loaded.path = path
        return loaded
    return _load_overlay(path, file, data, digest, chain)


def _build_whole(data: dict, file: str, digest: str) -> LoadedPack:
    used: set[str] = set()
    problems = _duplicate_ids(data, file) + _expand_rules(data, vocabularies_of(data), file, used)
    spec = None
    try:
        spec = PackSpec.model_validate(data)
    except ValidationError as e:
        problems += translate(e, data, file, PackSpec)
    if problems:
        raise PackError(sorted(problems, key=Problem.sort_key))
    rules_raw = data.get("rules") or []
    sources = {r.id: RuleSource([(file, raw)]) for r, raw in zip(spec.rules, rules_raw)}
    if problems := _requires_problems(spec.rules, sources):
        raise PackError(problems)
    return LoadedPack(Pack(spec=_rescaled(spec), source=file, digest=digest), Path(file), file, data, [file], sources, used)


def _rescaled(spec: PackSpec) -> PackSpec:
    """With ``rescale_weights``, the scored rules' weights multiplied so that they sum to
    ``total`` (their proportions, and so every score, stay the same)."""
    weights = sum(r.points for r in spec.rules)
    if not spec.rescale_weights or not weights or abs(weights - spec.total) < 1e-9:
        return spec
    k = spec.total / weights
    rules = [r.model_copy(update={"weight": r.weight * k}) if r.weight is not None else r for r in spec.rules]
    return spec.model_copy(update={"rules": rules})


def _requires_problems(rules: list, sources: dict[str, RuleSource]) -> list[Problem]:
    """Each ``requires`` must name a rule that comes before its own (one an overlay skipped is gone)."""
    ids = [r.id for r in rules]
    problems: list[Problem] = []
    for at, rule in enumerate(rules):
        for i, rid in enumerate(rule.requires):
            if rid not in ids[:at]:
                why = (
                    "it is this rule" if rid == rule.id
                    else f"'{rid}' comes after this rule: move it before" if rid in ids
                    else f"no rule '{rid}' in the pack{did_you_mean(rid, ids)}"
                )  # fmt: skip
                problems.append(Problem(*sources[rule.id].where("requires", i), f"requires: {why}", rule.id))
    return problems


def _duplicate_ids(data: dict, file: str) -> list[Problem]:
    """Rules sharing an id: the error points at the second one."""
    rules = data.get("rules")
    problems: list[Problem] = []
    if not isinstance(rules, list):
        return problems
    first: dict[str, int | None] = {}
    for rule in rules:
        if isinstance(rule, dict) and isinstance(rule.get("id"), str):
            line, col = getattr(rule, "key_pos", {}).get("id", (None, None))
            if rule["id"] in first:
                where = f" (first defined on line {first[rule['id']]})" if first[rule["id"]] else ""
                problems.append(Problem(file, line, col, f"duplicate rule id '{rule['id']}'{where}", rule["id"]))
            else:
                first[rule["id"]] = line
    return problems


def _rule_id(raw: Any) -> str | None:
    return raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None


def _expand_rules(data: Any, vocabularies: dict, file: str, used: set[str]) -> list[Problem]:
    """Expand the ``'@name'`` references of the rules and refinements in ``data`` (the
    names expanded go to ``used``)."""
    problems: list[Problem] = []
    rules_raw = data.get("rules")
    for raw in rules_raw if isinstance(rules_raw, list) else ():
        problems += expand(raw, vocabularies, file, _rule_id(raw), used)
    refine_raw = data.get("refine")
    for rid, entry in refine_raw.items() if isinstance(refine_raw, dict) else ():
        problems += expand(entry, vocabularies, file, rid, used)
    return problems


def _base_of(path: Path, file: str, data: LineDict, chain) -> LoadedPack | None:
    """The pack an overlay extends (None when ``extends`` is malformed: validation says so)."""
    extends = data.get("extends")
    if not isinstance(extends, str) or not extends:
        return None
    extends_pos = data.key_pos["extends"]
    target = path.parent / extends
    if not target.is_file():
        target = bundled_path(extends)
        if target is None:
            raise PackError([Problem(file, *extends_pos, f"extends: no pack file '{extends}' next to this file and no bundled pack of that name (bundled: {', '.join(bundled_names())})")])
    return _load(target, chain + ((path.resolve(), file, extends_pos),))


def _validate_overlay(data: LineDict, file: str) -> tuple[PackFile | None, list, list[Problem]]:
    """The overlay's settings, its added rules with their YAML, and every mistake in them.

    When an added rule is malformed, the rest is still validated (and the overlay still
    applied by the caller) so that mistakes in ``skip`` and ``refine`` show in the same run."""
    rules_raw = data.get("rules") if isinstance(data.get("rules"), list) else []
    try:
        overlay = PackFile.model_validate(data)
        return overlay, list(zip(overlay.rules, rules_raw)), []
    except ValidationError as e:
        problems = translate(e, data, file, PackFile)
    try:
        overlay = PackFile.model_validate({k: v for k, v in data.items() if k != "rules"})
    except ValidationError:
        return None, [], problems
    added = []
    for raw in rules_raw:
        try:
            added.append((RULE_ADAPTER.validate_python(raw), raw))
        except ValidationError:
            continue  # reported above
    return overlay, added, problems


def _load_overlay(path: Path, file: str, data: LineDict, digest: str, chain) -> LoadedPack:
    problems = _duplicate_ids(data, file)
    base = _base_of(path, file, data, chain)
    vocabularies = {**(base.pack.spec.vocabularies if base else {}), **vocabularies_of(data)}
    used = set(base.vocabularies_used) if base else set()
    problems += _expand_rules(data, vocabularies, file, used)
    overlay, added, found = _validate_overlay(data, file)
    problems += found
    if overlay is None or base is None:
        raise PackError(sorted(problems, key=Problem.sort_key))

    rules = {r.id: r for r in base.pack.rules}
    sources = dict(base.sources)
    base_name = base.files[-1]
    # 1. skip
    skip_raw = data.get("skip")
    for i, rid in enumerate(overlay.skip):
        if rid in rules:
            del rules[rid]
            del sources[rid]
        else:
            problems.append(Problem(file, *position(skip_raw, (i,)), f"skip: no rule '{rid}' in {base_name}{did_you_mean(rid, list(rules))}", rid))
    # 2. refine
    refine_raw = data.get("refine") or LineDict()
    for rid, changes in overlay.refine.items():
        entry = refine_raw[rid]
        here = refine_raw.key_pos[rid]
        if rid not in rules:
            why = "it is skipped above" if rid in overlay.skip else f"no rule '{rid}' in {base_name}{did_you_mean(rid, list(rules))}"
            problems.append(Problem(file, *here, f"refine: {why}", rid))
            continue
        fixed = [k for k in ("id", "kind") if k in changes]
        if fixed:
            problems += [
                Problem(file, *entry.key_pos[k], f"refine cannot change '{k}': skip the rule and add a new one", rid) for k in fixed
            ]
            continue
        patterns, edits = edit_patterns(getattr(rules[rid], "patterns", None), entry, file, rid)
        if edits:
            problems += edits
            continue
        changes = {k: v for k, v in changes.items() if k not in PATTERN_EDITS}
        if patterns is not None:
            changes["patterns"] = patterns
        merged = {**rules[rid].model_dump(by_alias=True, exclude_unset=True), **changes}
        try:
            rules[rid] = RULE_ADAPTER.validate_python(merged)
        except ValidationError as e:
            problems += translate(e, entry, file, Rule, rule=rid)
            continue
        sources[rid] = RuleSource(sources[rid].layers + [(file, entry)])
    # 3. add
    for rule, raw in added:
        if rule.id in rules:
            bfile, bline, _ = sources[rule.id].where()
            problems.append(
                Problem(file, *raw.key_pos["id"], f"rule id '{rule.id}' already exists in {bfile}:{bline}; change it with 'refine' (or 'skip' it first)", rule.id)
            )
            continue
        rules[rule.id] = rule
        sources[rule.id] = RuleSource([(file, raw)])
    if problems:
        raise PackError(sorted(problems, key=Problem.sort_key))

    if problems := _requires_problems(list(rules.values()), sources):
        raise PackError(problems)
    # top-level settings of the overlay replace the base's
    settings = base.pack.spec.model_dump(exclude={"rules"})
    settings.update({k: getattr(overlay, k) for k in overlay.model_fields_set if k not in OVERLAY_KEYS and k != "rules"})
    try:
        spec = PackSpec.model_validate({**settings, "rules": list(rules.values())})
    except ValidationError as e:
        raise PackError(translate(e, data, file, PackSpec)) from None
    digest = hashlib.sha256((base.pack.digest + digest).encode()).hexdigest()[:16]
    return LoadedPack(Pack(spec=_rescaled(spec), source=file, digest=digest), path, file, data, base.files + [file], sources, used)
