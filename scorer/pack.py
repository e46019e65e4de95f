"""Rule packs: YAML → validated :class:`Pack`, with errors that point at the file.

YAML is read with a safe loader that records the line and column of every
mapping, key and list item and rejects duplicate keys (PyYAML would silently
keep the last one).  Pydantic validation errors are translated back to
``file:line:col`` plus the id of the rule they occur in, so an auditor sees::

    rules/mine.yaml:42:7: rule 'legal_adviser': unknown key 'pattern' (did you mean 'patterns'?)

Nothing in a pack is ever evaluated as code.
"""

from __future__ import annotations

import difflib
import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, Field, ValidationError, model_validator

from .kinds import REGISTRY, Rule
from .kinds.base import StrictModel
from .matching import DEFAULT_NEGATION_CUES

BUNDLED_DIRS = (
    Path(__file__).resolve().parent / "_bundled_rules",  # installed from a wheel
    Path(__file__).resolve().parent.parent / "rules",  # a source checkout / editable install
)
DEFAULT_PACK = "national"


class PackError(Exception):
    """A rule pack cannot be used; ``problems`` lists every error found."""

    def __init__(self, problems: list["Problem"]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    column: int | None
    message: str
    rule: str | None = None
    severity: str = "error"

    def __str__(self) -> str:
        where = self.file
        if self.line is not None:
            where += f":{self.line}"
            if self.column is not None:
                where += f":{self.column}"
        rule = f"rule '{self.rule}': " if self.rule else ""
        return f"{where}: {self.severity}: {rule}{self.message}"


# --- YAML with positions ----------------------------------------------------------


class LineDict(dict):
    """A mapping that remembers where it and each of its keys stand."""

    pos: tuple[int, int] = (0, 0)
    key_pos: dict


class LineList(list):
    pos: tuple[int, int] = (0, 0)
    item_pos: list


class _Loader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: _Loader, node: yaml.MappingNode) -> LineDict:
    loader.flatten_mapping(node)
    out = LineDict()
    out.pos = (node.start_mark.line + 1, node.start_mark.column + 1)
    out.key_pos = {}
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        if not isinstance(key, str):
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} is not a string (quote it: YAML reads no/on/off/yes as booleans)", key_node.start_mark
            )
        if key in out:
            first = out.key_pos[key][0]
            raise yaml.constructor.ConstructorError(
                None, None, f"duplicate key '{key}' (first defined on line {first})", key_node.start_mark
            )
        out[key] = loader.construct_object(value_node, deep=True)
        out.key_pos[key] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
    return out


def _construct_sequence(loader: _Loader, node: yaml.SequenceNode) -> LineList:
    out = LineList(loader.construct_object(child, deep=True) for child in node.value)
    out.pos = (node.start_mark.line + 1, node.start_mark.column + 1)
    out.item_pos = [(c.start_mark.line + 1, c.start_mark.column + 1) for c in node.value]
    return out


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)


def load_yaml(text: str, file: str) -> Any:
    """Parse YAML text safely, keeping positions; raises PackError with file:line."""
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from SafeLoader
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        msg = " ".join(x for x in (e.context, e.problem) if x) or str(e)
        raise PackError([Problem(file, line, col, f"YAML: {msg}")]) from None
    except yaml.YAMLError as e:
        raise PackError([Problem(file, None, None, f"YAML: {e}")]) from None


# --- the pack model ---------------------------------------------------------------


class Grade(StrictModel):
    name: str = Field(min_length=1)
    min: float = Field(ge=0, description="lowest score (out of total) that earns this grade")


class Negation(StrictModel):
    cues: list[str] = Field(default_factory=lambda: list(DEFAULT_NEGATION_CUES), min_length=1)
    window: int = Field(10, ge=1, le=50, description="characters looked back from a match")


DEFAULT_GRADES = [Grade(name="优秀", min=90), Grade(name="良好", min=75), Grade(name="合格", min=60), Grade(name="不合格", min=0)]


class PackSpec(StrictModel):
    """The top level of a rule-pack file."""

    name: str = Field(min_length=1)
    version: str = Field(min_length=1)
    description: str | None = None
    total: float = Field(100, gt=0, description="score of a report that passes every applicable rule")
    grades: list[Grade] = Field(default_factory=lambda: list(DEFAULT_GRADES), min_length=1)
    critical_cap: str | None = Field("合格", description="best grade a report can get with a critical rule missing")
    negation: Negation = Field(default_factory=Negation)
    regex_timeout: float = Field(1.0, gt=0, le=30, description="seconds one pattern may run on one report")
    rules: list[Rule] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self):
        names = [g.name for g in self.grades]
        if self.critical_cap is not None and self.critical_cap not in names:
            raise ValueError(f"critical_cap '{self.critical_cap}' is not one of the grades {names}")
        seen: set[str] = set()
        for rule in self.rules:
            if rule.id in seen:
                raise ValueError(f"duplicate rule id '{rule.id}'")
            seen.add(rule.id)
        return self


class Pack(BaseModel):
    """A loaded, validated rule pack ready for evaluation."""

    spec: PackSpec
    source: str
    digest: str

    @property
    def name(self) -> str:
        return self.spec.name

    @property
    def version(self) -> str:
        return self.spec.version

    @property
    def rules(self) -> list:
        return self.spec.rules

    def grade_for(self, score: float) -> str:
        for g in sorted(self.spec.grades, key=lambda g: g.min, reverse=True):
            if score >= g.min - 1e-9:
                return g.name
        return sorted(self.spec.grades, key=lambda g: g.min)[0].name

    def rule(self, rule_id: str):
        for r in self.spec.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


# --- errors back to positions -----------------------------------------------------


def _position(data: Any, loc: tuple) -> tuple[tuple[int, int] | None, str | None]:
    """Deepest known position along ``loc`` and the id of the rule it is in."""
    node, pos, rule_id = data, getattr(data, "pos", None), None
    for i, key in enumerate(loc):
        if isinstance(node, LineDict) and key in node:
            pos = node.key_pos.get(key, pos)
            node = node[key]
        elif isinstance(node, LineList) and isinstance(key, int) and key < len(node):
            pos = node.item_pos[key]
            node = node[key]
            if i == 1 and loc[0] == "rules" and isinstance(node, dict):
                rule_id = node.get("id") if isinstance(node.get("id"), str) else f"#{key + 1}"
        elif isinstance(key, str) and key in REGISTRY:
            continue  # the discriminator tag pydantic inserts for unions
        else:
            break
        if isinstance(node, (LineDict, LineList)) and not isinstance(key, int):
            pos = pos  # the key's position is the most precise one
    return pos, rule_id


def _allowed_keys(data: Any, loc: tuple) -> list[str]:
    """Valid keys at the place an unknown key was found (for suggestions)."""
    if len(loc) >= 3 and loc[0] == "rules":
        rules = data.get("rules") if isinstance(data, dict) else None
        if isinstance(rules, list) and isinstance(loc[1], int) and loc[1] < len(rules):
            kind = rules[loc[1]].get("kind") if isinstance(rules[loc[1]], dict) else None
            model = REGISTRY.get(kind)
            if model is not None and len(loc) == 4:
                return list(model.model_fields)
            if model is not None:
                # nested: walk the field annotations is overkill; offer the union of nested names
                return ["patterns", "within", "name", "part", "text", "pass", "fail"]
    if len(loc) == 1:
        return list(PackSpec.model_fields) + ["extends", "skip", "refine"]
    return []


def _translate(e: ValidationError, data: Any, file: str) -> list[Problem]:
    problems = []
    for err in e.errors():
        loc = tuple(err["loc"])
        pos, rule_id = _position(data, loc)
        line, col = pos if pos else (None, None)
        field = ".".join(str(x) for x in loc if not (isinstance(x, str) and x in REGISTRY))
        etype = err["type"]
        if etype == "extra_forbidden":
            key = str(loc[-1])
            allowed = _allowed_keys(data, loc)
            near = difflib.get_close_matches(key, allowed, n=1)
            msg = f"unknown key '{key}'" + (f" (did you mean '{near[0]}'?)" if near else "")
        elif etype == "missing":
            msg = f"missing required key '{loc[-1]}'"
            pos2, _ = _position(data, loc[:-1])
            if pos2:
                line, col = pos2
        elif etype == "union_tag_invalid" or etype == "union_tag_not_found":
            kinds = ", ".join(REGISTRY)
            msg = f"'kind' must be one of: {kinds}" if etype == "union_tag_invalid" else f"missing 'kind' (one of: {kinds})"
        else:
            msg = f"{field}: {err['msg']}"
            if etype.startswith(("bool", "int", "float", "string", "list", "dict")) and "input" in err:
                msg += f" (got {err['input']!r})"
        if msg.startswith("Value error, "):
            msg = msg[len("Value error, ") :]
        msg = msg.replace(": Value error, ", ": ")
        problems.append(Problem(file, line, col, msg, rule_id))
    return problems


# --- loading ----------------------------------------------------------------------


def bundled_path(name: str) -> Path | None:
    for d in BUNDLED_DIRS:
        p = d / f"{name}.yaml"
        if p.is_file():
            return p
    return None


def resolve(ref: str | Path | None) -> Path:
    """A pack argument: a file, a folder holding one pack, or a bundled name."""
    if ref is None or str(ref) in ("", "default"):
        ref = DEFAULT_PACK
    p = Path(ref)
    if p.is_file():
        return p
    if p.is_dir():
        files = sorted(p.glob("*.yaml"))
        if len(files) == 1:
            return files[0]
        if (p / f"{DEFAULT_PACK}.yaml").is_file():
            return p / f"{DEFAULT_PACK}.yaml"
        raise PackError([Problem(str(p), None, None, "folder holds several packs; name one file")])
    bundled = bundled_path(str(ref))
    if bundled is not None:
        return bundled
    names = ", ".join(sorted({f.stem for d in BUNDLED_DIRS if d.is_dir() for f in d.glob("*.yaml")}))
    raise PackError([Problem(str(ref), None, None, f"no such rule pack file or bundled pack (bundled: {names})")])


def load_pack(ref: str | Path | None = None) -> Pack:
    """Load and validate a rule pack; raises :class:`PackError` listing every problem."""
    path = resolve(ref)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise PackError([Problem(str(path), None, None, f"cannot read: {e.strerror}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise PackError([Problem(str(path), None, None, f"not UTF-8 text (byte {e.start})")]) from None
    file = _display(path)
    data = load_yaml(text, file)
    if not isinstance(data, dict):
        raise PackError([Problem(file, 1, 1, "a rule pack is a mapping with 'name', 'version' and 'rules'")])
    return build_pack(data, file, hashlib.sha256(raw).hexdigest()[:16])


def build_pack(data: dict, file: str, digest: str = "") -> Pack:
    try:
        spec = PackSpec.model_validate(data)
    except ValidationError as e:
        raise PackError(_translate(e, data, file)) from None
    return Pack(spec=spec, source=file, digest=digest)


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)
