"""What a pattern needs: :func:`plan` reads a rule pattern's regex syntax (conservatively)
and says which texts every match holds, how long a match can be and how far it looks."""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

# --- what a pattern needs ----------------------------------------------------------------

_MAX_ALTERNATIVES = 24  # more and the words a pattern needs stop narrowing its search


class Plan(NamedTuple):
    """What :func:`plan` learnt about a pattern.

    ``literal``: the pattern matches exactly this text (no regex syntax), or None.
    ``needs``: texts of which at least one occurs in every match, or None when
    nothing is known (the pattern always runs).
    ``reach``: the longest text the pattern can match, when it is bounded, else None.
    ``around``: how far beyond its match the pattern may look (its look-arounds), when
    that is bounded, else None.  With both known, every match lies within ``reach``
    characters of an occurrence of a needed text, and what it is depends on the text
    at most ``around`` characters further.
    ``also``: other sets of texts, each also needed by every match (``人大`` and
    ``监督|建议`` in ``人大.{0,12}(监督|建议)``).
    ``work``: at most how many steps a backtracking search takes from one start position
    (:func:`_work`), when that is bounded, else None.
    ``lead``: the text every match starts with (look-arounds aside), or None.
    """

    literal: str | None
    needs: tuple[str, ...] | None
    reach: int | None = None
    around: int | None = None
    also: tuple[tuple[str, ...], ...] = ()
    work: int | None = None
    lead: str | None = None


class _Unsupported(Exception):
    pass


# The parser below understands a deliberately small part of the regex syntax: literal
# characters, escaped punctuation, . \d \s \w (and negations), [classes], groups (…) and
# (?:…), look-arounds (which match no text), alternation, and the quantifiers ? * + {m,n}
# (lazy or possessive).  Anything else (anchors, inline flags, named groups, back-references, \p{…}, POSIX classes, fuzzy
# matching…) gives up, and the pattern simply runs on every report.
_CLASS_ESCAPES = set("dDsSwW")
_PUNCT = set("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_QUANT = re.compile(r"\{([0-9]*)(?:(,)([0-9]*))?\}")  # ASCII digits only: a{１} is literal text


def _parse(p: str, i: int, depth: int) -> tuple[list[list], int]:
    """Alternatives of sequences of atoms, from ``p[i]`` to the closing ``)`` or the end."""
    branches: list[list] = []
    seq: list = []
    n = len(p)
    while i < n:
        c = p[i]
        if c == "|":
            branches.append(seq)
            seq = []
            i += 1
            continue
        if c == ")":
            if depth == 0:
                raise _Unsupported
            break
        if c == "(":
            zero_width = False
            if p.startswith("(?:", i):
                j = i + 3
            elif p.startswith(("(?=", "(?!"), i):
                j, zero_width = i + 3, True
            elif p.startswith(("(?<=", "(?<!"), i):
                j, zero_width = i + 4, True
            elif p.startswith("(?", i):
                raise _Unsupported
            else:
                j = i + 1
            sub, j = _parse(p, j, depth + 1)
            if j >= n or p[j] != ")":
                raise _Unsupported
            # a look-around matches no text of its own: it neither needs nor adds a word (but
            # it looks at text around its place, see _extent)
            atom: tuple = ("look", sub) if zero_width else ("alt", sub)
            i = j + 1
            if zero_width:
                if i < n and p[i] in "*+?{":
                    raise _Unsupported
                seq.append(atom)
                continue
        elif c == "[":
            j = i + 1
            if j < n and p[j] == "^":
                j += 1
            if j < n and p[j] == "]":
                j += 1
            while j < n and p[j] != "]":
                if p[j] == "[":
                    raise _Unsupported  # POSIX classes, nested sets
                j += 2 if p[j] == "\\" else 1
            if j >= n:
                raise _Unsupported
            atom = ("any",)
            i = j + 1
        elif c == ".":
            atom = ("any",)
            i += 1
        elif c == "\\":
            if i + 1 >= n:
                raise _Unsupported
            d = p[i + 1]
            if d in _CLASS_ESCAPES:
                atom = ("any",)
            elif d in _PUNCT:
                atom = ("lit", d)
            else:
                raise _Unsupported
            i += 2
        elif c in "*+?{^$":
            raise _Unsupported
        else:
            atom = ("lit", c)
            i += 1
        if i < n and p[i] in "*+?{":
            q = p[i]
            if q == "{":
                m = _QUANT.match(p, i)
                if m is None or (m.group(1) == "" and m.group(2) is None):
                    raise _Unsupported
                low = int(m.group(1) or 0)
                high = low if m.group(2) is None else (int(m.group(3)) if m.group(3) else None)
                i = m.end()
            else:
                low, high = {"*": (0, None), "+": (1, None), "?": (0, 1)}[q]
                i += 1
            if i < n and p[i] in "?+":
                i += 1  # lazy or possessive: same texts
            if i < n and p[i] in "*+?{":
                raise _Unsupported
            atom = ("rep", atom, low, high)
        seq.append(atom)
    branches.append(seq)
    return branches, i


def _better(a: tuple[str, ...] | None, b: tuple[str, ...] | None) -> tuple[str, ...] | None:
    """The more selective of two 'one of these must occur' sets."""
    if a is None:
        return b
    if b is None:
        return a
    ka = (min(map(len, a)), -len(a))
    kb = (min(map(len, b)), -len(b))
    return b if kb > ka else a


def _cross(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...] | None:
    if len(a) * len(b) > _MAX_ALTERNATIVES:
        return None
    return tuple(dict.fromkeys(x + y for x in a for y in b))


def _analyse(node: tuple) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    """(exact, needs) of a node: the finite set of texts it matches (or None), and texts
    of which one occurs in every match (or None)."""
    kind = node[0]
    if kind == "lit":
        return (node[1],), (node[1],)
    if kind == "any":
        return None, None
    if kind == "rep":
        _, atom, low, high = node
        exact, needs = _analyse(atom)
        if low == 0:
            if high == 1 and exact is not None:
                return tuple(dict.fromkeys(("", *exact))), None
            return None, None
        if low == 1 and high == 1:
            return exact, needs
        return None, needs
    # "alt": alternatives of sequences
    exacts: list[str] | None = []
    needs_union: list[str] | None = []
    for seq in node[1]:
        e, nd, _ = _sequence(seq)
        if exacts is not None:
            exacts = None if e is None else exacts + list(e)
        if needs_union is not None:
            needs_union = None if nd is None else needs_union + list(nd)
    exact = tuple(dict.fromkeys(exacts)) if exacts is not None and len(set(exacts)) <= _MAX_ALTERNATIVES else None
    needs = tuple(dict.fromkeys(needs_union)) if needs_union else None
    if needs is not None and (len(needs) > _MAX_ALTERNATIVES or "" in needs):
        needs = None
    return exact, needs


def _extent(node: tuple) -> tuple[int | None, int | None]:
    """(longest text a node can match, farthest its look-arounds look outside that text);
    None where unbounded."""
    kind = node[0]
    if kind in ("lit", "any"):
        return 1, 0
    if kind == "look":
        # a look-around of width w at any place of a match looks at most w characters
        # before the match's start (look-behind) or after its end (look-ahead)
        width, around = _extent(("alt", node[1]))
        return 0, (None if width is None or around is None else width + around)
    if kind == "rep":
        inner, around = _extent(node[1])
        return (None if inner is None or node[3] is None else inner * node[3]), around
    longest: int | None = 0
    farthest: int | None = 0
    for seq in node[1]:
        total: int | None = 0
        for atom in seq:
            width, around = _extent(atom)
            total = None if total is None or width is None else total + width
            farthest = None if farthest is None or around is None else max(farthest, around)
        longest = None if longest is None or total is None else max(longest, total)
    return longest, farthest


_WORK_CAP = 10**12  # more steps than any search is allowed: "unbounded" for our purpose


def _work(node: tuple) -> tuple[int, int] | None:
    """(ways a node can match from one position, steps a backtracking matcher takes to try
    them all), both at most; None where a repeat is unbounded.

    A sequence tries its second atom once for each way its first matched; a repeat
    ``X{m,n}`` is ``n`` copies of ``X``, each optional; an alternation tries each branch
    (of words, as many match at one place as there are words that begin one of them).  A
    look-around (atomic in ``regex`` and ``re``: never backtracked into) costs its own
    steps and continues one way.  Each literal or class tests one character: one step.
    """
    kind = node[0]
    if kind in ("lit", "any"):
        return 1, 1
    if kind == "look":
        inner = _work(("alt", node[1]))
        return None if inner is None else (1, inner[1])
    if kind == "rep":
        _, atom, _, high = node
        inner = _work(atom)
        if inner is None or high is None:
            return None
        ways, cost = inner
        paths = steps = 0
        reached = 1  # ways to have matched k copies
        for k in range(high + 1):
            paths = min(_WORK_CAP, paths + reached)
            if k < high:
                steps = min(_WORK_CAP, steps + reached * cost)
            reached = min(_WORK_CAP, reached * ways)
        return paths, steps
    texts = [_literal(seq) for seq in node[1]]
    if all(t is not None for t in texts):
        # words (处罚|执法|许可): two match at one place only when one begins the other
        return max(sum(t.startswith(u) for u in texts) for t in texts), sum(map(len, texts)) or 1
    paths = steps = 0
    for seq in node[1]:
        ways, cost = 1, 0
        for atom in seq:
            one = _work(atom)
            if one is None:
                return None
            cost = min(_WORK_CAP, cost + ways * one[1])
            ways = min(_WORK_CAP, ways * one[0])
        paths = min(_WORK_CAP, paths + ways)
        steps = min(_WORK_CAP, steps + cost)
    return paths, steps


def _lead(seq: list) -> str | None:
    """The literal characters a sequence of atoms starts with (look-arounds, which match no
    text, aside), or None."""
    chars = []
    for atom in seq:
        if atom[0] == "lit":
            chars.append(atom[1])
        elif atom[0] != "look":
            break
    return "".join(chars) or None


def _literal(seq: list) -> str | None:
    """The text a sequence of atoms matches when it is all literal characters, else None."""
    if all(atom[0] == "lit" for atom in seq):
        return "".join(atom[1] for atom in seq)
    return None


def _sequence(seq: list) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None, list[tuple[str, ...]]]:
    """(exact, needs) of a sequence of atoms, and every set of texts each match needs: the
    runs of exact atoms at their longest and the needs of the other atoms."""
    best: tuple[str, ...] | None = None
    run: tuple[str, ...] | None = ("",)  # texts of the current run of exact atoms
    whole: tuple[str, ...] | None = ("",)
    sets: list[tuple[str, ...]] = []
    for atom in seq:
        if atom[0] == "look":
            # a look-around: the texts around it still meet, but which texts match is no
            # longer exactly known
            whole = None
            continue
        exact, needs = _analyse(atom)
        best = _better(best, needs)
        if exact is None:
            if needs is not None:
                sets.append(needs)
            if run is not None and "" not in run:
                best = _better(best, run)
                sets.append(run)
            run = ("",)
            whole = None
            continue
        longer = _cross(run, exact) if run is not None else None
        if longer is None and run is not None and "" not in run:
            sets.append(run)  # too many alternatives: the run ends before this atom
        run = longer
        if run is not None and "" not in run:
            best = _better(best, run)
        if whole is not None:
            whole = _cross(whole, exact)
        if run is None:
            run = ("",)
    if run is not None and "" not in run:
        best = _better(best, run)
        sets.append(run)
    if best is not None and "" in best:
        best = None
    return whole, best, sets


@functools.lru_cache(maxsize=4096)
def plan(pattern: str) -> Plan:
    """What a rule pattern (compiled by :func:`scorer.matching.compile_pattern`) matches or needs.

    >>> plan('法律顾问')
    Plan(literal='法律顾问', needs=('法律顾问',), reach=4, around=0, also=(), work=4, lead='法律顾问')
    >>> plan('人大.{0,12}(监督|建议)').needs, plan('人大.{0,12}(监督|建议)').also
    (('人大',), (('监督', '建议'),))
    """
    try:
        branches = _parse(pattern, 0, 0)[0]
        tree = ("alt", branches)
        exact, needs = _analyse(tree)
        reach, around = _extent(tree)
        # in a pattern without top-level alternatives every such set is needed too
        sets = _sequence(branches[0])[2] if len(branches) == 1 else []
        work = _work(tree)
        lead = _lead(branches[0]) if len(branches) == 1 else None
    except (_Unsupported, RecursionError):
        return Plan(None, None)
    literal = exact[0] if exact is not None and len(exact) == 1 and exact[0] else None
    if literal is not None:
        needs = (literal,)
    if not needs:
        return Plan(literal, needs)
    also = tuple(dict.fromkeys(s for s in sets if s != needs and len(s) <= _MAX_ALTERNATIVES))
    return Plan(literal, needs, reach, around, () if literal is not None else also, None if work is None else work[1], lead)
