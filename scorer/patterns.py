"""What rule patterns need, worked out once per pattern and once per pack.

Most rule patterns are plain words (``法律顾问``); the others usually cannot
match unless some word occurs (``人大.{0,12}(监督|建议)`` needs ``人大`` and one
of ``监督``/``建议``).  :func:`plan` works that out from the pattern's text
with a small, deliberately conservative parser of the regex syntax (literals,
escaped punctuation, ``.``, classes, groups, alternation, bounded and unbounded
repeats, look-arounds); anything it does not understand — inline flags,
back-references, ``\\p{…}``, fuzzy matching — gets ``needs=None`` and simply runs
as a regex.

A :class:`PatternSet` — built once per pack and cached by its patterns, see
:func:`pattern_set` — puts the words in one Aho-Corasick automaton, which
:class:`scorer.matching.Context` runs once per report.  Nothing here decides
what is found, only how fast: see docs/performance.md.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

# --- what a pattern needs ----------------------------------------------------------------

_MAX_ALTERNATIVES = 16


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
    """

    literal: str | None
    needs: tuple[str, ...] | None
    reach: int | None = None
    around: int | None = None
    also: tuple[tuple[str, ...], ...] = ()


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
    Plan(literal='法律顾问', needs=('法律顾问',), reach=4, around=0, also=())
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
    except (_Unsupported, RecursionError):
        return Plan(None, None)
    literal = exact[0] if exact is not None and len(exact) == 1 and exact[0] else None
    if literal is not None:
        needs = (literal,)
    if not needs:
        return Plan(literal, needs)
    also = tuple(dict.fromkeys(s for s in sets if s != needs and len(s) <= _MAX_ALTERNATIVES))
    return Plan(literal, needs, reach, around, () if literal is not None else also)


def _overlaps_itself(word: str) -> bool:
    """Whether two occurrences of ``word`` can overlap (啊啊 in 啊啊啊): then its matches
    (left to right, without overlap) are not all its occurrences."""
    return any(word[:k] == word[-k:] for k in range(1, len(word)))


def _containment(candidates: set[str], texts: set[str]) -> dict[str, int]:
    """For each of ``texts``: in how many of ``candidates`` (other than itself) it occurs.

    One Aho-Corasick pass over the candidates, linear in their length and in the
    answer, where testing every text against every candidate was quadratic in the
    number of patterns (a pack of 12,300 rules spent over a minute here).
    """
    texts = {t for t in texts if t}
    counts = dict.fromkeys(texts, 0)
    if not texts:
        return counts
    import ahocorasick

    automaton = ahocorasick.Automaton()
    for t in texts:
        automaton.add_word(t, t)
    automaton.make_automaton()
    for c in candidates:
        found = {t for _, t in automaton.iter(c)}
        found.discard(c)
        for t in found:
            counts[t] += 1
    return counts


class PatternSet:
    """The words a pack's patterns are or need, in one Aho-Corasick automaton.

    Built once per pack (:func:`pattern_set`); shared by every report scored
    with that pack.  Holds no per-report state.
    """

    def __init__(self, patterns):
        words: dict[str, None] = {}
        # plain-word patterns whose word cannot overlap itself: pattern → word; a report's
        # scan answers them all at once
        self.literals: dict[str, str] = {}
        self.answers: dict[str, list[str]] = {}  # the reverse: word → patterns
        # the other patterns with needed words: pattern → (literal or None, the sets of
        # needed texts whose words are in the automaton, reach, around, and for each of
        # those sets the searches for the pattern's other sets of needed texts)
        self.plans: dict[str, tuple] = {}
        others: list[tuple[str, Plan]] = []
        for p in dict.fromkeys(patterns):
            pl = plan(p)
            if not pl.needs:
                continue
            lit = pl.literal
            if lit is not None and not _overlaps_itself(lit):
                self.literals[p] = lit
                words[lit] = None
                self.answers.setdefault(lit, []).append(p)
            else:
                others.append((p, pl))
        # A pattern needs only one of its sets in the automaton: prefer one already there
        # (述职 for 法治.{0,20}述职), else one whose words few others contain — a word inside
        # many of the pack's words is a common one (执法), which costs an entry in the
        # scan for each of its many occurrences and a wide search around them.
        candidates = set(words).union(*(w for _, pl in others for w in (pl.needs, *pl.also)))
        contained = _containment(candidates, {t for _, pl in others for texts in (pl.needs, *pl.also) for t in texts})

        def commonness(texts: tuple[str, ...]) -> int:
            # how many of the candidate words contain each text (other than itself)
            return sum(contained.get(t, 0) for t in texts)

        for _, pl in others:
            sets = (pl.needs, *pl.also)
            if not any(all(w in words for w in texts) for texts in sets):
                best = max(sets, key=lambda texts: (min(map(len, texts)), -commonness(texts), -len(texts)))
                words.update(dict.fromkeys(best))
        for p, pl in others:
            sets = (pl.needs, *pl.also)
            found = tuple(texts for texts in sets if all(w in words for w in texts))
            # plain texts: the standard library's re finds them as regex would, faster
            searches = {texts: re.compile("|".join(map(re.escape, texts))).search for texts in sets}
            checks = tuple(tuple(searches[o] for o in sets if o is not texts) for texts in found)
            self.plans[p] = (pl.literal, found, pl.reach, pl.around, checks)
        self.words = frozenset(words)
        self.automaton = None
        if self.words:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for w in self.words:
                automaton.add_word(w, w)
            automaton.make_automaton()
            self.automaton = automaton

    def ends(self, text: str) -> dict[str, list[int]]:
        """Where every occurrence of every word ends (overlapping ones too): word → offsets
        of their last characters, in order.

        Offsets rather than :class:`~scorer.matching.Hit` objects: building one for every occurrence costs
        ≈ 25 µs a report, and many occurrences are only counted or looked near (the words
        regexes need).
        """
        found: dict[str, list[int]] = {}
        if self.automaton is not None:
            get = found.get
            for end, word in self.automaton.iter(text):
                ends = get(word)
                if ends is None:
                    found[word] = [end]
                else:
                    ends.append(end)
        return found



@functools.lru_cache(maxsize=1024)
def plain_words(patterns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The words ``patterns`` are, when each is a plain word that cannot overlap itself
    (its matches are then all its occurrences, which ``str.find`` finds), else None."""
    words = []
    for p in patterns:
        lit = plan(p).literal
        if lit is None or _overlaps_itself(lit):
            return None
        words.append(lit)
    return tuple(words)


def rule_patterns(rules, *, plain_near: bool = True) -> tuple[str, ...]:
    """Every pattern string of ``rules``, as each kind declares them (``search_patterns``).

    ``plain_near=False`` leaves out ``near`` patterns that are plain words: what a
    :class:`PatternSet` should know.  Those are only looked for within a few
    characters of a hit (see ``SearchOptions._near``), where ``str.find`` finds them
    at once; each word in the automaton costs every scan ≈ 1 µs when it adds a first
    character (near words, such as 主持/部署/组织, add about 15), and more for each
    occurrence.
    """
    out: list[str] = []
    for rule in rules:
        found = rule.search_patterns()  # the kind says which (scorer.kinds.base.RuleBase)
        out.extend(p for p, path in found if path[0] not in _NEAR_KEYS)
        for key in _NEAR_KEYS:  # looked for around a hit only
            near_patterns = tuple(p for p, path in found if path[0] == key)
            if near_patterns and (plain_near or plain_words(near_patterns) is None):
                out.extend(near_patterns)
    return tuple(p for p in out if isinstance(p, str))


_NEAR_KEYS = ("near", "same_sentence")


_SETS: dict[tuple[str, ...], PatternSet] = {}
_last: tuple = (None, 0, None)  # (rules list, its length, its PatternSet): skips rebuilding the key


def pattern_set(rules) -> PatternSet:
    """The :class:`PatternSet` of a pack's rules, built once and cached by content.

    The cache key is the patterns themselves, so an edited or rebuilt pack gets
    its own set; the set only ever speeds finding up (see :class:`Context`).
    """
    global _last
    last_rules, last_len, last_set = _last  # one read: safe if another thread replaces it
    if last_rules is rules and last_len == len(rules):
        return last_set
    key = rule_patterns(rules, plain_near=False)
    ps = _SETS.get(key)
    if ps is None:
        if len(_SETS) >= 32:
            _SETS.clear()
        ps = _SETS[key] = PatternSet(key)
    _last = (rules, len(rules), ps)
    return ps
