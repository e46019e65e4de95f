"""Validation errors translated back to ``file:line:col`` and plain words."""

from __future__ import annotations

import datetime as dt
import difflib
import types
import typing
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from ..kinds import REGISTRY, Rule
from .model import OVERLAY_KEYS
from .yamlpos import LineDict, Problem, _get, position

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


# Words that look alike and mean the opposite: never suggested for each other
# (max_count → min_count would silently invert a rule).
_OPPOSITES = (("max", "min"), ("pass", "fail"), ("before", "after"), ("add", "remove"))


def _opposite(word: str, option: str) -> bool:
    for a, b in _OPPOSITES:
        for x, y in ((a, b), (b, a)):
            if x in word and word.replace(x, y) == option:
                return True
    return False


def did_you_mean(word: str, options: list[str]) -> str:
    near = [o for o in difflib.get_close_matches(word, options, n=3, cutoff=0.6) if not _opposite(word, o)]
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

    from ..matching import compile_pattern

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
        local = path[2:] if label is not None and rule is None and (len(path) > 2 or path[:1] == ("rules",)) else path
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
