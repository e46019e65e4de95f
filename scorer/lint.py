"""``scorer rules lint``: check a rule pack without scoring anything.

Errors are everything :func:`scorer.pack.load` rejects (YAML syntax, unknown
or duplicate keys, duplicate rule ids, missing or mistyped fields, weights ≤ 0,
patterns that do not compile, unknown scope names, empty messages, overlay
mistakes) plus a malformed fixture file.  Warnings are semantic:

* a rule with no examples, or without a ``pass`` or a ``fail`` example;
* a pattern (``patterns`` of a phrases rule, an element's ``patterns``) that
  matches none of the rule's pass examples (inline and fixture cases) — an
  untested pattern, or one with a typo;
* a pattern that can match, or look at, text of any length (``\\s*``, ``.+``, ``(…)*``)
  although it needs words, and does not open on one: it is searched over the whole
  report rather than near those words — on every report, often the dearest pattern
  of its rule — where a bound (``\\s{0,3}``) keeps it fast;
* rule weights that do not sum to ``total``;
* a vocabulary no rule uses.

For an overlay, the example and pattern warnings cover the rules the overlay
itself adds or refines; lint the base pack for the others.
"""

from __future__ import annotations

from .kinds.base import Example
from .pack import LoadedPack, PackError, Problem, load


def lint(ref) -> list[Problem]:
    """Every error and warning of a pack (and of its fixture file), in file order."""
    from .ruletest import load_fixtures

    try:
        loaded = load(ref)
    except PackError as e:
        return e.problems
    problems: list[Problem] = []
    try:
        fixtures = load_fixtures(loaded)
    except PackError as e:
        problems += e.problems
        fixtures = []
    problems += warnings(loaded, fixtures)
    return problems


def _warn(where: tuple, message: str, rule: str | None = None) -> Problem:
    file, line, col = where
    return Problem(file, line, col, message, rule, severity="warning")


def warnings(loaded: LoadedPack, fixtures: list) -> list[Problem]:
    pack = loaded.pack
    extra: dict[str, tuple[list[Example], list[Example]]] = {}
    for case, _, _ in fixtures:
        p, f = extra.setdefault(case.rule, ([], []))
        p.extend(case.pass_)
        f.extend(case.fail)
    out: list[Problem] = []
    for rule in pack.rules:
        source = loaded.sources.get(rule.id)
        if source is None or not any(file == loaded.file for file, _ in source.layers):
            continue  # defined and left alone by a base pack: lint that pack
        more_pass, more_fail = extra.get(rule.id, ([], []))
        passes = list(rule.examples.pass_ if rule.examples else []) + more_pass
        fails = list(rule.examples.fail if rule.examples else []) + more_fail
        if not passes and not fails:
            out.append(_warn(source.where("id"), "no examples: add 'examples: {pass: [...], fail: [...]}' so `scorer rules test` checks the rule", rule.id))
            continue
        if not passes:
            out.append(_warn(source.where("examples"), "no pass example", rule.id))
        if not fails:
            out.append(_warn(source.where("examples"), "no fail example", rule.id))
        if passes:
            out += _untested_patterns(rule, passes, source, pack.spec.regex_timeout)
        out += _unbounded_patterns(rule, source)
        out += _joined_look_behinds(rule, source)
    out += _weights(loaded)
    out += _unused_vocabularies(loaded)
    return out


def _unused_vocabularies(loaded: LoadedPack) -> list[Problem]:
    defined = loaded.data.get("vocabularies") if isinstance(loaded.data, dict) else None
    if not isinstance(defined, dict):
        return []
    return [
        _warn((loaded.file, *defined.key_pos[name]), f"vocabulary '{name}' is used by no rule (write '@{name}' in a pattern list, or {{@{name}}} inside a pattern)")
        for name in defined
        if name not in loaded.vocabularies_used and hasattr(defined, "key_pos")
    ]


def _untested_patterns(rule, passes: list[Example], source, timeout: float) -> list[Problem]:
    patterns = rule.own_patterns()
    if not patterns:
        return []
    from .matching import compile_pattern
    from .parse import parse
    from .ruletest import example_text

    texts = [parse(example_text(e)).norm for e in passes]
    dead = []
    for pattern, path in patterns:
        rx = compile_pattern(pattern)
        try:
            if not any(rx.search(t, timeout=timeout) for t in texts):
                dead.append((pattern, path))
        except TimeoutError:
            return [_warn(source.where(*path), f"pattern {pattern!r} ran longer than regex_timeout on a pass example", rule.id)]
    return _listed(
        rule, source, dead, ("pattern matches", "patterns match"),
        "none of the rule's pass examples: {} — add a pass example that uses each (a typo shows up here too)",
    )  # fmt: skip


def _unbounded_patterns(rule, source) -> list[Problem]:
    from .patterns import plan

    found = []
    for pattern, path in rule.search_patterns():
        pl = plan(pattern)
        # one opening on a word is cheap anyway: the regex module skips to that word
        if pl.needs and (pl.reach is None or pl.around is None) and pl.lead is None:
            found.append((pattern, path))
    return _listed(
        rule, source, found, ("pattern has", "patterns have"),
        "no length limit (*, + or an unbounded look-around), so each is searched over the whole report instead of only "
        "near the words it needs: {} — bound the repeat, e.g. \\s{{0,3}} for \\s*",
    )  # fmt: skip


def _joined_look_behinds(rule, source) -> list[Problem]:
    """A pattern of a list joined into one (``generic``, ``generic_lists``, ``generic_sentences``: see kinds/part.py) that
    opens with a look-behind leaves the joined pattern nothing to look for first: every alternative is then tried at every
    position of every part (docs/performance.md, Round 56)."""
    found = [
        (pattern, (key, i))
        for key in ("generic", "generic_lists", "generic_sentences")
        for i, pattern in enumerate(getattr(rule, key, None) or ())
        if pattern.startswith(("(?<=", "(?<!"))
    ]
    return _listed(
        rule, source, found, ("pattern opens", "patterns open"),
        "with a look-behind, and a list's patterns are joined into one, so every one of them is then tried at every "
        "position of every part: {} — put the words looked behind for in the match (在[^\\n]{{2,24}}上出实效$, not "
        "(?<=在[^\\n]{{2,24}})上出实效$)",
    )  # fmt: skip


def _listed(rule, source, patterns: list, nouns: tuple[str, str], message: str) -> list[Problem]:
    """One warning at the first of ``patterns`` ((pattern, key path) pairs) listing them all, or none:
    ``message`` with ``{}`` for the list, after the noun for one or for several."""
    if not patterns:
        return []
    listed = ", ".join(repr(p) for p, _ in patterns)
    noun = nouns[0] if len(patterns) == 1 else f"{len(patterns)} {nouns[1]}"
    return [_warn(source.where(*patterns[0][1]), f"{noun} {message.format(listed)}", rule.id)]


def _weights(loaded: LoadedPack) -> list[Problem]:
    spec = loaded.pack.spec
    total = sum(r.points for r in spec.rules)
    if not spec.rules or abs(total - spec.total) < 1e-9:
        return []
    data = loaded.data if isinstance(loaded.data, dict) else {}
    key = "total" if "total" in data else "rules" if "rules" in data else None
    line, col = data.key_pos[key] if key else (1, 1)
    return [
        _warn(
            (loaded.file, line, col),
            f"rule weights sum to {total:g} but total is {spec.total:g}: set 'total: {total:g}' or adjust the weights",
        )
    ]
