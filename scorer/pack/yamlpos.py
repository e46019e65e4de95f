"""YAML with positions: a safe loader that records where every mapping, key and list
item stands and rejects duplicate keys, and the :class:`Problem` a pack error is."""

from __future__ import annotations

import errno
import re
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

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
# nest deeper than this go to the pure-Python loader.  (5,000 is six times below the crash
# and clears the national pack's quick bound: ≈ 2,100, the brackets that may open a collection.
# Counting every bracket, those inside its patterns too, it had passed 5,000 as its wording grew.)
_C_MAX_DEPTH = 5_000
_BRACKET = re.compile(r"[\[{]")
# what may stand right before a bracket that opens a flow collection: white space (libyaml's
# line breaks and the byte order mark too), another opener, a comma, or a : ? - indicator.
# After anything else it is a plain scalar's character (a pattern's [^，,]) or libyaml
# refuses the text (a[ in a flow collection; an anchor or alias must end in a blank).
_BEFORE_OPENER = frozenset(" \t\r\n\x85\u2028\u2029\ufeff[{,:?-")


def _depth_bound(text: str) -> int:
    """An upper bound on how deep ``text``'s collections nest.  Each flow level opens with
    [ or { (after one of :data:`_BEFORE_OPENER`, or at the start); a block collection starts
    after the line's indentation and - ? : indicators, at least one column further in than the
    one holding it every second level (a sequence may sit at its key's column), and block
    collections never sit inside flow ones."""
    lead = max((len(line) - len(line.lstrip(" -?:")) for line in text.splitlines()), default=0)
    openers = sum(1 for m in _BRACKET.finditer(text) if m.start() == 0 or text[m.start() - 1] in _BEFORE_OPENER)
    return openers + 2 * lead + 3


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
        plain = _indentation(e, text)
        if plain is not None:
            words, at = plain  # at: the 0-based line out of place
            where = text.splitlines()[at]
            raise PackError([Problem(file, at + 1, _indent(where) + 1, f"{words} (YAML: {msg})")]) from None
        for needle, hint in _YAML_HINTS:
            if needle in msg:
                msg += f" — {hint}"
        raise PackError([Problem(file, line, col, f"YAML: {msg}")]) from None
    except yaml.YAMLError as e:
        raise PackError([Problem(file, None, None, f"YAML: {e}")]) from None


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _indentation(e: yaml.MarkedYAMLError, text: str) -> tuple[str, int] | None:
    """Plain words for the YAML errors an indentation mistake causes, and the (0-based)
    line out of place; or None."""
    mark, problem = e.problem_mark, e.problem or ""
    if mark is None:
        return None
    lines = text.splitlines()
    n = mark.line  # 0-based
    if n >= len(lines):
        return None
    above = [(i, ln) for i, ln in enumerate(lines[:n]) if ln.strip() and not ln.lstrip().startswith("#")]
    prev = above[-1] if above else None
    here = lines[n]
    if "expected <block end>" in problem and prev is not None:
        i, ln = prev
        return (
            f"indentation: line {n + 1} starts in column {_indent(here) + 1}, but line {i + 1} above it starts in column "
            f"{_indent(ln) + 1}; the keys of one mapping, and the items of one list, must start in the same column"
        ), n
    if "mapping values are not allowed" in problem and prev is not None and ": " in here.strip() + " ":
        i, ln = prev
        before = above[-2] if len(above) > 1 else None
        if before is not None and _indent(ln) < min(_indent(before[1]), _indent(here)):
            # the line above is the one out of place: it left the block of the lines around it
            return (
                f"indentation: line {i + 1} ({ln.strip()[:30]!r}) starts in column {_indent(ln) + 1}, left of the lines around "
                f"it (line {before[0] + 1}: column {_indent(before[1]) + 1}, line {n + 1}: column {_indent(here) + 1}); "
                "indent it like the keys of its mapping"
            ), i
        if _indent(here) > _indent(ln) and not ln.rstrip().endswith(":") and not ln.lstrip().startswith("- "):
            return (
                f"indentation: line {n + 1} is indented more than line {i + 1} ({ln.strip()[:30]!r}), so it reads as part of "
                f"that line's value; start it in column {_indent(ln) + 1} like the key above it (or quote a value that contains ': ')"
            ), n
    if e.context in ("while parsing a flow mapping", "while parsing a flow sequence") and e.context_mark is not None:
        opened, closer = ("{", "}") if "mapping" in e.context else ("[", "]")
        c = e.context_mark
        return f"the '{opened}' opened on line {c.line + 1}, column {c.column + 1} is not closed: add '{closer}' before line {n + 1}", n
    return None


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



def display_path(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)

