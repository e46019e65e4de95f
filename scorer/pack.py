"""Rule packs: YAML → validated :class:`Pack`, with errors that point at the file.

YAML is read with a safe loader that records the line and column of every
mapping, key and list item and rejects duplicate keys (PyYAML would silently
keep the last one).  Pydantic validation errors are translated back to
``file:line:col`` plus the id of the rule they occur in, so an auditor sees::

    rules/mine.yaml:42:7: error: rule 'legal_adviser': unknown key 'pattern' (did you mean 'patterns'?)

A pack file is either a whole pack or an *overlay* that ``extends`` another
pack and then ``skip``\\s, ``refine``\\s and adds rules (in that order; see
:func:`load` and docs/authoring-rules.md).  Nothing in a pack is ever
evaluated as code.
"""

from __future__ import annotations

import datetime as dt
import difflib
import errno
import hashlib
import os
import stat
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, TypeAdapter, ValidationError, field_validator, model_validator

from .kinds import REGISTRY, Rule
from .kinds.base import StrictModel, check_patterns
from .matching import DEFAULT_NEGATION_CUES, DEFAULT_REQUIREMENT_CUES

BUNDLED_DIRS = (
    Path(__file__).resolve().parent / "_bundled_rules",  # installed from a wheel
    Path(__file__).resolve().parent.parent / "rules",  # a source checkout / editable install
)
DEFAULT_PACK = "national"
FIXTURE_SUFFIX = ".tests.yaml"  # rule-test fixture files live beside their pack: national.tests.yaml


class PackError(Exception):
    """A rule pack (or a file read with its loader) cannot be used; ``problems`` lists every error found."""

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

    def sort_key(self) -> tuple:
        return (self.file, self.line or 0, self.column or 0)


# --- YAML with positions ----------------------------------------------------------


class LineDict(dict):
    """A mapping that remembers where it and each of its keys stand."""

    pos: tuple[int, int] = (0, 0)
    key_pos: dict


class LineList(list):
    pos: tuple[int, int] = (0, 0)
    item_pos: list


class _Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe loading with libyaml when PyYAML was built with it (≈ 9 against ≈ 60 ms for
    the national pack); the same constructors, so the same data and positions."""


class _PyLoader(yaml.SafeLoader):
    """The pure-Python loader: its error messages (and their marks) are the ones users see."""


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


def _construct_timestamp(loader: _Loader, node: yaml.ScalarNode):
    # PyYAML raises a bare ValueError (no position) for 2025-13-01; give it one.
    try:
        return yaml.constructor.SafeConstructor.construct_yaml_timestamp(loader, node)
    except ValueError as e:
        raise yaml.constructor.ConstructorError(None, None, f"invalid date {node.value!r}: {e}", node.start_mark) from None


for _cls in (_Loader, _PyLoader):
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
    _cls.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_sequence)
    _cls.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)

_YAML_HINTS = (
    ("unknown escape character", "in double quotes a backslash starts an escape: write regular expressions in single quotes, e.g. '\\d+件'"),
    ("cannot start any token", "YAML does not allow tab characters for indentation; indent with spaces"),
    ("mapping values are not allowed", "a value that contains ': ' must be quoted"),
)


MAX_NESTING = 100  # collections inside collections; real packs and waiver files nest about 6 deep


def _nesting(data: Any) -> int:
    """How deep ``data``'s lists and mappings nest (iteratively: no recursion limit).

    Each collection is visited once: YAML aliases share one object between many places
    (an alias bomb shares 10 objects a billion ways), and its depth is the same in each."""
    height: dict[int, int] = {}  # id of a collection → levels of collections from it down
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        value, done = stack.pop()
        if not isinstance(value, (dict, list)):
            continue
        children = [v for v in (value.values() if isinstance(value, dict) else value) if isinstance(v, (dict, list))]
        if done:
            height[id(value)] = 1 + max((height.get(id(c), 0) for c in children), default=0)
            if height[id(value)] > MAX_NESTING:
                return height[id(value)]
        elif id(value) not in height:
            height[id(value)] = 0  # in progress: a cycle (never built by safe loading) adds nothing
            stack.append((value, True))
            stack.extend((c, False) for c in children if id(c) not in height)
    return height.get(id(data), 0)


def load_yaml(text: str, file: str) -> Any:
    """Parse YAML text safely, keeping positions; raises PackError with file:line.

    A document nested deeper than MAX_NESTING is an error (the loaders and the checks
    after them recurse)."""
    try:
        data = _load_yaml(text, file)
    except RecursionError:
        data = None
    else:
        if _nesting(data) <= MAX_NESTING:
            return data
    raise PackError([Problem(file, None, None, f"YAML nested too deeply (more than {MAX_NESTING} levels of lists or mappings)")])


def _load_yaml(text: str, file: str) -> Any:
    if _Loader.__bases__[0] is yaml.SafeLoader or (_depth_bound(text) > _C_MAX_DEPTH and _event_depth(text) > _C_MAX_DEPTH):
        return _load_slowly(text, file)
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader derives from CSafeLoader
    except yaml.YAMLError:
        pass
    # libyaml words its errors differently (and marks some a character earlier): parse the
    # broken file again with the pure-Python loader, whose messages the hints and docs know
    return _load_slowly(text, file)


# libyaml's composer recurses in C, outside Python's recursion limit: a document nested
# some 30,000 deep crashes the process instead of raising RecursionError.  Texts that might
# nest deeper than this go to the pure-Python loader.
_C_MAX_DEPTH = 500


def _depth_bound(text: str) -> int:
    """An upper bound on how deep ``text``'s collections nest.  Each flow level opens with
    [ or {; a block collection starts after the line's indentation and - ? : indicators, at
    least one column further in than the one holding it every second level (a sequence may
    sit at its key's column), and block collections never sit inside flow ones."""
    lead = max((len(line) - len(line.lstrip(" -?:")) for line in text.splitlines()), default=0)
    return text.count("[") + text.count("{") + 2 * lead + 3


def _event_depth(text: str) -> float:
    """How deep ``text``'s collections nest, exactly, from libyaml's parser events (its
    parser keeps an explicit stack: only the composer recurses).  For texts the quick
    bound cannot clear — a big pack in flow style has thousands of brackets — so they
    still get the fast loader (a 12,300-rule pack: 12 s with the pure-Python one).
    Infinity when libyaml refuses the text (the pure-Python loader words the error)."""
    depth = deepest = 0
    try:
        for event in yaml.parse(text, Loader=_Loader):
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                if depth > deepest:
                    deepest = depth
                    if deepest > _C_MAX_DEPTH:
                        break
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
    except yaml.YAMLError:
        return float("inf")
    return deepest


def _load_slowly(text: str, file: str) -> Any:
    try:
        return yaml.load(text, Loader=_PyLoader)  # noqa: S506 - derives from SafeLoader
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark else None
        col = mark.column + 1 if mark else None
        msg = " ".join(x for x in (e.context, e.problem) if x) or str(e)
        for needle, hint in _YAML_HINTS:
            if needle in msg:
                msg += f" — {hint}"
        raise PackError([Problem(file, line, col, f"YAML: {msg}")]) from None
    except yaml.YAMLError as e:
        raise PackError([Problem(file, None, None, f"YAML: {e}")]) from None


MAX_YAML_BYTES = 64 * 1024 * 1024


def _read_regular(path: Path) -> bytes:
    """The bytes of a regular file: a FIFO or device (which could block open() or read()
    forever) and a file over MAX_YAML_BYTES are OSErrors with a reason."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0))
    with os.fdopen(fd, "rb") as fh:
        st = os.fstat(fd)
        if stat.S_ISDIR(st.st_mode):
            raise OSError(errno.EISDIR, "is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            raise OSError(errno.EINVAL, "not a regular file (a FIFO, device or socket)")
        data = fh.read(MAX_YAML_BYTES + 1)
    if len(data) > MAX_YAML_BYTES:
        raise OSError(errno.EFBIG, f"file larger than {MAX_YAML_BYTES // (1024 * 1024)} MB")
    return data


def read_yaml_file(path: Path, file: str | None = None) -> tuple[Any, bytes]:
    """Read and parse a YAML file (UTF-8); every failure is a PackError naming the file."""
    file = file or display_path(path)
    try:
        raw = _read_regular(path)
    except OSError as e:
        raise PackError([Problem(file, None, None, f"cannot read: {e.strerror}")]) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise PackError([Problem(file, None, None, f"not UTF-8 text (byte {e.start}); save the file as UTF-8")]) from None
    return load_yaml(text, file), raw


# --- the pack model ---------------------------------------------------------------


class Grade(StrictModel):
    name: str = Field(min_length=1)
    min: float = Field(ge=0, description="lowest score (out of total) that earns this grade")


class Negation(StrictModel):
    cues: list[str] = Field(default_factory=lambda: list(DEFAULT_NEGATION_CUES), min_length=1)
    window: int = Field(10, ge=1, le=50, description="characters looked back from a match")
    requirement: list[str] = Field(
        default_factory=lambda: list(DEFAULT_REQUIREMENT_CUES),
        description="patterns of requirement wording (要/必须/应当); a match after one in its sentence reports no practice",
    )

    _check = field_validator("requirement")(lambda cls, v: check_patterns(v))


class Structure(StrictModel):
    """How the parser reads a report's structure (see docs/structure.md and
    scorer/vocabulary.py): any list given replaces the built-in one."""

    headings: dict[Literal["first_responsible", "shortcomings", "next_year_plan", "measures", "other"], list[str]] = Field(
        default_factory=dict, description="part kind → patterns of heading wording that name it"
    )
    openers: dict[Literal["shortcomings", "next_year_plan", "first_responsible"], list[str]] = Field(
        default_factory=dict, description="part kind → patterns of a sentence opening that part without a heading, in the last part"
    )
    done: list[str] | None = Field(None, description="heading wording that makes plan wording last year's (完成情况)")
    chrome: list[str] | None = Field(None, description="patterns of web-page lines that are not the report")
    chrome_tail: list[str] | None = Field(None, description="patterns of a line after which the page is chrome")
    signature_notes: list[str] | None = Field(None, description="patterns of lines of the signature block (抄送, notes)")
    captions: list[str] | None = Field(None, description="patterns of table or figure captions (never headings)")

    @model_validator(mode="after")
    def _patterns_compile(self):
        lists = [*self.headings.values(), *self.openers.values(), self.done, self.chrome, self.chrome_tail, self.signature_notes, self.captions]
        check_patterns([p for lst in lists if lst for p in lst])
        return self


DEFAULT_GRADES = [Grade(name="优秀", min=90), Grade(name="良好", min=75), Grade(name="合格", min=60), Grade(name="不合格", min=0)]


class _PackFields(StrictModel):
    """The top-level keys a whole pack and an overlay share."""

    name: str | None = Field(None, min_length=1, description="the pack's name, shown in every output")
    version: str | None = Field(None, min_length=1, description='quote it: "2025.1"')
    description: str | None = None
    total: float = Field(100, gt=0, description="score of a report that passes every applicable rule; rule weights should sum to it")
    grades: list[Grade] = Field(default_factory=lambda: list(DEFAULT_GRADES), min_length=1)
    critical_cap: str | None = Field("合格", description="best grade a report can get with a critical rule missing")
    negation: Negation = Field(default_factory=Negation)
    structure: Structure = Field(default_factory=Structure)
    regex_timeout: float = Field(1.0, gt=0, le=30, description="seconds one pattern may run on one report")
    report_timeout: float = Field(
        5.0, gt=0, le=600,
        description="seconds the rules together may run on one report; after that, the remaining rules with patterns are errors",
    )  # fmt: skip
    rules: list[Rule] = Field(default_factory=list)


class PackSpec(_PackFields):
    """A complete rule pack (an overlay, once applied, gives one too)."""

    name: str = Field(min_length=1, description="the pack's name, shown in every output")
    version: str = Field(min_length=1, description='quote it: "2025.1"')

    @model_validator(mode="after")
    def _consistent(self):
        names = [g.name for g in self.grades]
        if self.critical_cap is not None and self.critical_cap not in names:
            raise ValueError(f"critical_cap '{self.critical_cap}' is not one of the grades {names}")
        return self


OVERLAY_KEYS = ("extends", "skip", "refine")


class PackFile(_PackFields):
    """A rule-pack file: a whole pack, or an overlay that ``extends`` one.

    An overlay applies, in this order: the base pack → ``skip`` → ``refine`` →
    its own ``rules`` (added); its top-level settings replace the base's.
    """

    extends: str | None = Field(None, min_length=1, description="base pack: a path relative to this file, or a bundled name")
    skip: list[str] = Field(default_factory=list, description="ids of base rules to drop")
    refine: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="rule id → keys to replace in that base rule (any key its kind accepts, except id and kind)",
    )


def pack_json_schema() -> dict:
    """JSON Schema for pack files (whole packs and overlays), for editors."""
    schema = PackFile.model_json_schema(by_alias=True)
    schema = {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "scorer rule pack",
        **{k: v for k, v in schema.items() if k != "title"},
    }
    # A whole pack names itself; an overlay may inherit name and version from its base.
    schema["anyOf"] = [{"required": ["extends"]}, {"required": ["name", "version"]}]
    schema["properties"]["refine"]["propertyNames"] = {"pattern": "^[a-z][a-z0-9_]*$"}
    schema["properties"]["refine"]["additionalProperties"] = {
        "type": "object",
        "not": {"anyOf": [{"required": ["id"]}, {"required": ["kind"]}]},
        "description": "keys of the rule to replace, e.g. weight, critical, message, patterns, before",
    }
    return schema


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

RULE_ADAPTER: TypeAdapter = TypeAdapter(Rule)


def _strip(t: Any) -> Any:
    """``X | None`` → X; ``Annotated[X, …]`` → X (keeping discriminated unions intact)."""
    while True:
        origin = typing.get_origin(t)
        if origin is typing.Annotated:
            if t is Rule:
                return t
            t = typing.get_args(t)[0]
            continue
        if origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(t) if a is not type(None)]
            if len(args) == 1:
                t = args[0]
                continue
        return t


def _union_tags(t: Any) -> dict[str, Any] | None:
    """The names pydantic puts into an error location for each member of a union."""
    if t is Rule:
        return dict(REGISTRY)
    if typing.get_origin(t) in (typing.Union, types.UnionType):
        return {getattr(a, "__name__", str(a)): a for a in typing.get_args(t)}
    return None


def _field(model: type[BaseModel], key: str):
    for name, f in model.model_fields.items():
        if key == name or key == f.alias:
            return f
    return None


def _keys_of(model: type[BaseModel]) -> list[str]:
    return [f.alias or name for name, f in model.model_fields.items()]


@dataclass
class _Where:
    path: tuple  # keys through the YAML data (union tags removed)
    model: type[BaseModel] | None  # the model whose field the last key names
    tag: tuple | None = None  # (prefix length, member name, member is a model) of a plain union crossed


def _walk(root: Any, loc: tuple) -> _Where:
    """Follow a pydantic error location through the models, separating data keys from union tags."""
    t, path, model, tag = root, [], None, None
    for key in loc:
        t = _strip(t)
        tags = _union_tags(t)
        if tags is not None and isinstance(key, str) and key in tags:
            member = tags[key]
            if t is not Rule:
                tag = (len(path), key, isinstance(member, type) and issubclass(member, BaseModel))
            t = member
            continue
        path.append(key)
        if isinstance(t, type) and issubclass(t, BaseModel):
            model = t
            f = _field(t, key) if isinstance(key, str) else None
            t = f.annotation if f is not None else None
        elif typing.get_origin(t) in (list, tuple):
            t = typing.get_args(t)[0] if typing.get_args(t) else None
        elif typing.get_origin(t) is dict:
            t = typing.get_args(t)[1] if typing.get_args(t) else None
        else:
            t = None
    return _Where(tuple(path), model, tag)


def position(data: Any, path: tuple) -> tuple[int, int] | None:
    """Deepest known position along a data path."""
    node, pos = data, getattr(data, "pos", None)
    for key in path:
        if isinstance(node, LineDict) and key in node:
            pos = node.key_pos.get(key, pos)
            node = node[key]
        elif isinstance(node, LineList) and isinstance(key, int) and 0 <= key < len(node):
            pos = node.item_pos[key]
            node = node[key]
        else:
            break
    return pos


def _get(data: Any, path: tuple) -> Any:
    node = data
    for key in path:
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            return None
    return node


def _rule_label(data: Any, path: tuple) -> str | None:
    """The id of the rule a data path is in (rules, refine, fixture cases, waivers)."""
    if len(path) >= 2 and path[0] == "refine" and isinstance(path[1], str):
        return path[1]
    if len(path) >= 2 and path[0] in ("rules", "cases", "waivers") and isinstance(path[1], int):
        item = _get(data, path[:2])
        if isinstance(item, dict):
            for key in ("id", "rule"):
                if isinstance(item.get(key), str):
                    return item[key]
        return f"#{path[1] + 1}"
    return None


def _describe(value: Any) -> str:
    if isinstance(value, bool):
        return f"{str(value).lower()} — YAML reads unquoted yes/no/on/off/true/false as booleans; quote the value"
    if isinstance(value, (int, float)):
        return f"the number {value!r} — quote it if you mean text"
    if isinstance(value, (dt.date, dt.datetime)):
        return f"the date {value.isoformat()} — quote it if you mean text"
    if value is None:
        return "nothing (null)"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"text {value[:40]!r}"
    return type(value).__name__


def did_you_mean(word: str, options: list[str]) -> str:
    near = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    return f" (did you mean '{near[0]}'?)" if near else ""


def _dotted(path: tuple) -> str:
    out = ""
    for k in path:
        out += f"[{k}]" if isinstance(k, int) else ("." if out else "") + str(k)
    return out


def _bad_pattern_index(value: Any) -> int | None:
    if not isinstance(value, list):
        return None
    import regex

    from .matching import compile_pattern

    for i, p in enumerate(value):
        if not isinstance(p, str):
            continue
        if r"\b" in p:
            return i
        try:
            compile_pattern(p)
        except regex.error:
            return i
    return None


def translate(e: ValidationError, data: Any, file: str, root: Any, *, rule: str | None = None) -> list[Problem]:
    """Pydantic errors → problems at ``file:line:col`` of the YAML ``data`` validated as ``root``.

    ``rule`` names the rule when ``data`` is a single rule (a refinement).
    """
    errors = e.errors()
    walked = [_walk(root, tuple(err["loc"])) for err in errors]
    # A value of a plain union (an example: text or {part, text}) fails against every member;
    # when it is a mapping, only the errors of the model members are worth showing.
    keep = []
    for err, w in zip(errors, walked):
        if w.tag is not None and isinstance(_get(data, w.path[: w.tag[0]]), dict) and not w.tag[2]:
            continue
        keep.append((err, w))
    problems, seen = [], set()
    for err, w in keep:
        path = w.path
        etype = err["type"]
        pos = position(data, path)
        label = rule or _rule_label(data, path)
        # inside a rule, name keys relative to the rule (the rule's id is shown anyway)
        local = path[2:] if label is not None and rule is None and len(path) > 2 else path
        shown = _dotted(local)
        if etype == "extra_forbidden":
            key = str(path[-1])
            allowed = _keys_of(w.model) if w.model is not None else []
            msg = f"unknown key '{key}'" + did_you_mean(key, allowed)
            if not did_you_mean(key, allowed) and w.model is not None and "kind" in w.model.model_fields and len(path) <= 3:
                owners = [k for k, m in REGISTRY.items() if key in m.model_fields]
                if owners:
                    msg += f" (a key of kind {'/'.join(owners)})"
            if rule is None and len(path) == 1 and key in OVERLAY_KEYS:
                msg = f"'{key}' is only allowed in an overlay (a pack with 'extends')"
        elif etype == "missing":
            msg = f"missing required key '{shown}'"
            pos = position(data, path[:-1])
        elif etype == "union_tag_invalid":
            kinds = list(REGISTRY)
            tag = err.get("ctx", {}).get("tag", "")
            msg = f"unknown kind '{tag}'{did_you_mean(str(tag), kinds)}; kinds: {', '.join(kinds)}"
            pos = position(data, path + ("kind",))
        elif etype == "union_tag_not_found":
            msg = f"missing 'kind' (one of: {', '.join(REGISTRY)})"
        elif etype in ("model_type", "model_attributes_type", "dict_type"):
            what = "a rule" if len(path) == 2 and path[0] == "rules" else (shown or "the value")
            msg = f"{what} must be a mapping of keys (got {_describe(err.get('input'))})"
        elif etype == "list_type":
            msg = f"{shown} must be a list (got {_describe(err.get('input'))})"
        elif etype == "literal_error":
            expected = (err.get("ctx") or {}).get("expected", "")
            value = err.get("input")
            options = [x.strip(" '") for x in expected.replace(" or ", ", ").split(",")]
            got = f"'{value}'{did_you_mean(value, options)}" if isinstance(value, str) else _describe(value)
            if "scope" in path:
                msg = f"scope names a part that does not exist: {got}; parts and aliases: {', '.join(options)}"
            else:
                msg = f"{shown}: {got} is not one of {', '.join(options)}"
        elif etype == "string_type":
            msg = f"{shown} must be text (got {_describe(err.get('input'))})"
        elif etype in ("bool_type", "bool_parsing", "int_type", "int_parsing", "float_type", "float_parsing", "int_from_float"):
            expected = {"b": "true or false", "i": "a whole number", "f": "a number"}[etype[0]]
            msg = f"{shown} must be {expected} (got {_describe(err.get('input'))})"
        elif etype in ("greater_than", "greater_than_equal", "less_than", "less_than_equal"):
            msg = f"{shown} should be {err['msg'].removeprefix('Input should be ')} (got {err.get('input')!r})"
        elif etype in ("string_too_short",) and (err.get("ctx") or {}).get("min_length") == 1:
            msg = f"{shown} must not be empty"
        elif etype == "too_short" and isinstance(err.get("input"), list):
            n = (err.get("ctx") or {}).get("min_length")
            msg = f"{shown} needs at least {n} item{'s' if n != 1 else ''}"
        else:
            text = err["msg"]
            if text.startswith("Value error, "):
                text = text[len("Value error, ") :]
            if text.startswith("Assertion failed, "):
                text = text[len("Assertion failed, ") :]
            msg = f"{shown}: {text}" if shown else text
            if not path and isinstance(data, LineDict) and text.split(" ", 1)[0] in data:
                pos = data.key_pos[text.split(" ", 1)[0]]  # a whole-pack check about one key: point at it
            if etype == "value_error" and path and path[-1] == "patterns":
                i = _bad_pattern_index(err.get("input"))
                if i is not None:
                    pos = position(data, path + (i,))
        line, col = pos if pos else (None, None)
        key = (line, col, msg)
        if key in seen:
            continue
        seen.add(key)
        problems.append(Problem(file, line, col, msg, label))
    return problems


# --- loading ----------------------------------------------------------------------


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
    problems = _duplicate_ids(data, file)
    spec = None
    try:
        spec = PackSpec.model_validate(data)
    except ValidationError as e:
        problems += translate(e, data, file, PackSpec)
    if problems:
        raise PackError(sorted(problems, key=Problem.sort_key))
    rules_raw = data.get("rules") or []
    sources = {r.id: RuleSource([(file, raw)]) for r, raw in zip(spec.rules, rules_raw)}
    return LoadedPack(Pack(spec=spec, source=file, digest=digest), Path(file), file, data, [file], sources)


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


def _load_overlay(path: Path, file: str, data: LineDict, digest: str, chain) -> LoadedPack:
    problems = _duplicate_ids(data, file)
    try:
        overlay = PackFile.model_validate(data)
    except ValidationError as e:
        raise PackError(sorted(problems + translate(e, data, file, PackFile), key=Problem.sort_key)) from None
    if problems:
        raise PackError(problems)
    extends_pos = data.key_pos["extends"]
    target = path.parent / overlay.extends
    if not target.is_file():
        target = bundled_path(overlay.extends)
        if target is None:
            raise PackError([Problem(file, *extends_pos, f"extends: no pack file '{overlay.extends}' next to this file and no bundled pack of that name (bundled: {', '.join(bundled_names())})")])
    base = _load(target, chain + ((path.resolve(), file, extends_pos),))

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
        merged = {**rules[rid].model_dump(by_alias=True, exclude_unset=True), **changes}
        try:
            rules[rid] = RULE_ADAPTER.validate_python(merged)
        except ValidationError as e:
            problems += translate(e, entry, file, Rule, rule=rid)
            continue
        sources[rid] = RuleSource(sources[rid].layers + [(file, entry)])
    # 3. add
    rules_raw = data.get("rules") or []
    for rule, raw in zip(overlay.rules, rules_raw):
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

    # top-level settings of the overlay replace the base's
    settings = base.pack.spec.model_dump(exclude={"rules"})
    settings.update({k: getattr(overlay, k) for k in overlay.model_fields_set if k not in OVERLAY_KEYS and k != "rules"})
    try:
        spec = PackSpec.model_validate({**settings, "rules": list(rules.values())})
    except ValidationError as e:
        raise PackError(translate(e, data, file, PackSpec)) from None
    digest = hashlib.sha256((base.pack.digest + digest).encode()).hexdigest()[:16]
    return LoadedPack(Pack(spec=spec, source=file, digest=digest), path, file, data, base.files + [file], sources)


def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)

