"""Reuse inside packs, resolved on the YAML before validation: named vocabularies
(``'@name'`` as an item of a pattern list, ``{@name}`` inside a pattern) and a
``refine`` that adds or removes patterns.

::

    vocabularies:
      决策程序: ['公众参与', '专家论证', '风险评估', '合法性审查', '集体讨论决定']
      原因众多: ['是?多方面', '有?(?:很多|较多)']
    rules:
      - id: major_decision_procedure
        patterns: ['@决策程序', '重大行政决策']     # '@决策程序' stands for its five patterns
      - id: causes
        patterns: ['主要原因(?!{@原因众多})']       # (?!(?:是?多方面|有?(?:很多|较多)))

    refine:                                     # in an overlay
      legal_adviser:
        add_patterns: ['法律服务团队']
        remove_patterns: ['公司律师']
"""

from __future__ import annotations

import re
from typing import Any

from .messages import did_you_mean
from .yamlpos import LineDict, LineList, Problem, position

_REFERENCE = re.compile(r"@([\w\-]+)")
_INLINE = re.compile(r"\{@([\w\-]+)\}")  # never valid regex: a quantifier's braces hold digits
PATTERN_EDITS = ("add_patterns", "remove_patterns")


def vocabularies_of(data: Any) -> dict[str, list[str]]:
    """The well-formed vocabularies of a pack file's YAML (validation reports the others)."""
    found = data.get("vocabularies") if isinstance(data, dict) else None
    if not isinstance(found, dict):
        return {}
    return {k: list(v) for k, v in found.items() if isinstance(k, str) and isinstance(v, list) and all(isinstance(p, str) for p in v)}


def expand(node: Any, vocabularies: dict[str, list[str]], file: str, rule: str | None = None, used: set[str] | None = None) -> list[Problem]:
    """Replace, in place, every ``'@name'`` item of a list in ``node`` (a rule or a
    refinement; its examples are left alone) by the patterns of that vocabulary.
    Expanded items keep the position of the reference; an unknown name is a problem.
    The names expanded are added to ``used``."""
    problems: list[Problem] = []
    stack = [node]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(v for k, v in value.items() if k != "examples" and isinstance(v, (dict, list)))
        elif isinstance(value, list):
            if any(isinstance(x, str) and (_REFERENCE.fullmatch(x) or "{@" in x) for x in value):
                problems += _expand_list(value, vocabularies, file, rule, used if used is not None else set())
            stack.extend(v for v in value if isinstance(v, (dict, list)))
    return problems


def _expand_list(items: list, vocabularies: dict[str, list[str]], file: str, rule: str | None, used: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    out, where = [], []
    known = getattr(items, "item_pos", None)
    for i, item in enumerate(items):
        pos = known[i] if known else None
        m = _REFERENCE.fullmatch(item) if isinstance(item, str) else None
        if m is None:
            if isinstance(item, str) and "{@" in item:
                item = _INLINE.sub(lambda r: _inline(r.group(1), vocabularies, file, rule, pos, used, problems), item)
            out.append(item)
            where.append(pos)
            continue
        name = m.group(1)
        if name not in vocabularies:
            problems.append(_unknown(name, vocabularies, file, rule, pos))
            out.append(item)  # left as it is: the list stays as long as written (no second error)
            where.append(pos)
            continue
        out += vocabularies[name]
        used.add(name)
        where += [pos] * len(vocabularies[name])
    items[:] = out
    if isinstance(items, LineList):
        items.item_pos = where
    return problems


def _inline(name: str, vocabularies: dict[str, list[str]], file: str, rule: str | None, pos, used: set[str], problems: list[Problem]) -> str:
    """What ``{@name}`` inside a pattern stands for: its patterns as one group of alternatives."""
    if name not in vocabularies:
        problems.append(_unknown(name, vocabularies, file, rule, pos))
        return "{@" + name + "}"  # left as written; the pattern itself is not reported again
    used.add(name)
    return "(?:" + "|".join(vocabularies[name]) + ")"


def _unknown(name: str, vocabularies: dict[str, list[str]], file: str, rule: str | None, pos) -> Problem:
    names = list(vocabularies)
    listed = f"; vocabularies: {', '.join(names)}" if names else "; define it under 'vocabularies:'"
    return Problem(file, *(pos or (None, None)), f"unknown vocabulary '@{name}'{did_you_mean(name, names)}{listed}", rule)


def edit_patterns(current: list[str] | None, entry: LineDict, file: str, rule: str) -> tuple[list[str] | None, list[Problem]]:
    """The rule's ``patterns`` after the ``add_patterns``/``remove_patterns`` of a
    refinement (None when it has neither), and its mistakes."""
    if not any(k in entry for k in PATTERN_EDITS):
        return None, []
    if current is None:
        key = next(k for k in PATTERN_EDITS if k in entry)
        return None, [Problem(file, *position(entry, (key,)), f"{key}: the rule has no 'patterns' (its kind keeps its patterns elsewhere)", rule)]
    if "patterns" in entry:
        key = next(k for k in PATTERN_EDITS if k in entry)
        return None, [Problem(file, *position(entry, (key,)), f"{key} and patterns together: give the whole list in 'patterns', or edit it with {' and '.join(PATTERN_EDITS)}", rule)]
    problems: list[Problem] = []
    patterns = list(current)
    for key in PATTERN_EDITS:
        given = entry.get(key, [])
        if not isinstance(given, list) or not all(isinstance(p, str) for p in given):
            problems.append(Problem(file, *position(entry, (key,)), f"{key} must be a list of patterns", rule))
            continue
        for i, p in enumerate(given):
            if key == "remove_patterns":
                if p in patterns:
                    patterns.remove(p)
                else:
                    problems.append(Problem(file, *position(entry, (key, i)), f"remove_patterns: the rule has no pattern {p!r}{did_you_mean(p, patterns)}", rule))
            elif p in patterns:
                problems.append(Problem(file, *position(entry, (key, i)), f"add_patterns: the rule already has the pattern {p!r}", rule))
            else:
                patterns.append(p)
    if not patterns and not problems:
        problems.append(Problem(file, *position(entry, ("remove_patterns",)), "remove_patterns removes every pattern: skip the rule instead", rule))
    return patterns, problems
