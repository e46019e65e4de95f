"""The pattern machinery rules share, kept apart from the rule kinds.

A :class:`Context` wraps one parsed report for one evaluation run.  It finds a
pattern once per report (results are cached by pattern), knows where
citations (《…》) are, and decides whether a match is negated or in scope.
Every regex runs with the pack's time limit; a pattern that exceeds it raises
:class:`PatternTimeout`, which the engine turns into an ``error`` result.

Speed (see docs/performance.md).  Most rule patterns are plain words
(``法律顾问``); the others usually cannot match unless some word occurs
(``人大.{0,12}(监督|建议)`` needs ``人大``).  :func:`plan` works that out once
per pattern, and a :class:`PatternSet` — built once per pack, see
:func:`pattern_set` — puts every such word in one Aho-Corasick automaton.  A
Context then scans the report once for all of them: a plain-word pattern is
answered from that scan, and a regular expression runs only when a word it
needs occurs.  Patterns the set does not know (or cannot analyse) simply run
as before, so the answers never depend on the set — only the speed does.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from typing import NamedTuple

import regex

from .document import Part, Report

# Scope names a rule may use besides the part kinds themselves.
SCOPE_ALIASES = {
    "last_year": ("preamble", "measures", "first_responsible"),
    "all": ("preamble", "measures", "first_responsible", "shortcomings", "next_year_plan", "other"),
}

DEFAULT_NEGATION_CUES = ("尚未", "还未", "仍未", "未能", "从未", "没有", "未曾", "缺乏", "缺少", "尚无", "暂无", "未", "无")
# The fixed patterns below use only literal characters and '.', which mean the same in the
# standard library's re as in regex; re costs less per call on short strings.
# After a negation cue, these verbs turn "未发生行政复议案件" into a report of zero activity.
ZERO_ACTIVITY = re.compile(r"^(?:发生|出现|收到|受理|涉及|产生|新增|接到)")
# ... or the phrase is followed by a count noun ("无行政复议案件发生"); used with .match(text, pos).
ZERO_TAIL = regex.compile(r"[^，,。；;\n]{0,4}?(?:案件|申请|案|纠纷)")
CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")
_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[，,。；;！!？?\n]")  # searches backwards: the last one
_CITATION = re.compile(r"《[^《》\n]{1,80}》")
_NEGATED_AFTER = re.compile(r"^.{0,3}?(尚未|仍未|还未|没有|未)(?!发生|出现)")


class PatternTimeout(Exception):
    def __init__(self, pattern: str):
        super().__init__(pattern)
        self.pattern = pattern


class Hit(NamedTuple):
    """A match: ``start``/``end`` offsets into the report text (end exclusive)."""

    start: int
    end: int


_new_hit = tuple.__new__  # _new_hit(Hit, (start, end)): a Hit, faster in the hot loops


@functools.lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> regex.Pattern:
    """Compile a rule pattern; raises ``regex.error`` on a bad one."""
    return regex.compile(pattern, regex.V0)


@functools.lru_cache(maxsize=64)
def _negation_rx(cues: tuple[str, ...]) -> re.Pattern:
    ordered = sorted(set(cues), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(c) for c in ordered) + ")")  # literal words: as regex


# --- what a pattern needs ----------------------------------------------------------------

_PLAIN_FLAGS = regex.compile("", regex.V0).flags  # a pattern compiled by compile_pattern, no inline flags
_MAX_ALTERNATIVES = 16


class Plan(NamedTuple):
    """What :func:`plan` learnt about a pattern.

    ``literal``: the pattern matches exactly this text (no regex syntax), or None.
    ``needs``: texts of which at least one occurs in every match, or None when
    nothing is known (the pattern always runs).
    ``reach``: the longest text the pattern can match, when it is bounded and the
    pattern looks at nothing outside its match (no look-around), else None.  Every
    match then lies within ``reach`` characters of an occurrence of a needed text.
    """

    literal: str | None
    needs: tuple[str, ...] | None
    reach: int | None = None


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
            # a look-around matches no text of its own: it neither needs nor adds a word
            atom: tuple = ("empty",) if zero_width else ("alt", sub)
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
        e, nd = _sequence(seq)
        if exacts is not None:
            exacts = None if e is None else exacts + list(e)
        if needs_union is not None:
            needs_union = None if nd is None else needs_union + list(nd)
    exact = tuple(dict.fromkeys(exacts)) if exacts is not None and len(set(exacts)) <= _MAX_ALTERNATIVES else None
    needs = tuple(dict.fromkeys(needs_union)) if needs_union else None
    if needs is not None and (len(needs) > _MAX_ALTERNATIVES or "" in needs):
        needs = None
    return exact, needs


def _reach(node: tuple) -> int | None:
    """Longest text a node can match; None when unbounded or it holds a look-around."""
    kind = node[0]
    if kind in ("lit", "any"):
        return 1
    if kind == "empty":
        return None
    if kind == "rep":
        inner = _reach(node[1])
        return None if inner is None or node[3] is None else inner * node[3]
    longest = 0
    for seq in node[1]:
        total = 0
        for atom in seq:
            r = _reach(atom)
            if r is None:
                return None
            total += r
        longest = max(longest, total)
    return longest


def _sequence(seq: list) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None]:
    best: tuple[str, ...] | None = None
    run: tuple[str, ...] | None = ("",)  # texts of the current run of exact atoms
    whole: tuple[str, ...] | None = ("",)
    for atom in seq:
        if atom[0] == "empty":
            # a look-around: the texts around it still meet, but which texts match is no
            # longer exactly known
            whole = None
            continue
        exact, needs = _analyse(atom)
        best = _better(best, needs)
        if exact is None:
            if run is not None and "" not in run:
                best = _better(best, run)
            run = ("",)
            whole = None
            continue
        run = _cross(run, exact) if run is not None else None
        if run is not None and "" not in run:
            best = _better(best, run)
        if whole is not None:
            whole = _cross(whole, exact)
        if run is None:
            run = ("",)
    if run is not None and "" not in run:
        best = _better(best, run)
    if best is not None and "" in best:
        best = None
    return whole, best


@functools.lru_cache(maxsize=4096)
def plan(pattern: str) -> Plan:
    """What a rule pattern (compiled by :func:`compile_pattern`) matches or needs.

    >>> plan('法律顾问')
    Plan(literal='法律顾问', needs=('法律顾问',))
    >>> plan('人大.{0,12}(监督|建议)').needs
    ('人大',)
    """
    try:
        tree = ("alt", _parse(pattern, 0, 0)[0])
        exact, needs = _analyse(tree)
        reach = _reach(tree)
    except (_Unsupported, RecursionError):
        return Plan(None, None)
    literal = exact[0] if exact is not None and len(exact) == 1 and exact[0] else None
    if literal is not None:
        needs = (literal,)
    return Plan(literal, needs, reach if needs else None)


class PatternSet:
    """The words a pack's patterns are or need, in one Aho-Corasick automaton.

    Built once per pack (:func:`pattern_set`); shared by every report scored
    with that pack.  Holds no per-report state.
    """

    def __init__(self, patterns):
        words: dict[str, None] = {}
        # plain-word patterns whose word cannot overlap itself: (pattern, word); a report's
        # scan answers them all at once
        self.literals: list[tuple[str, str]] = []
        # the other patterns whose needed words are all in the automaton:
        # pattern → (literal or None, needs, reach)
        self.plans: dict[str, tuple] = {}
        for p in dict.fromkeys(patterns):
            pl = plan(p)
            if not pl.needs:
                continue
            words.update(dict.fromkeys(pl.needs))
            lit = pl.literal
            if lit is not None and not any(lit[:k] == lit[-k:] for k in range(1, len(lit))):
                self.literals.append((p, lit))
            else:
                self.plans[p] = (lit, pl.needs, pl.reach)
        self.words = frozenset(words)
        self.automaton = None
        if self.words:
            import ahocorasick

            automaton = ahocorasick.Automaton()
            for w in self.words:
                automaton.add_word(w, (w, len(w)))
            automaton.make_automaton()
            self.automaton = automaton

    def scan(self, text: str) -> dict[str, list[Hit]]:
        """Every occurrence of every word (overlapping ones too): word → hits, in order."""
        found: dict[str, list[Hit]] = {}
        if self.automaton is not None:
            get = found.get
            new = _new_hit
            for end, (word, n) in self.automaton.iter(text):
                hits = get(word)
                if hits is None:
                    found[word] = [new(Hit, (end - n + 1, end + 1))]
                else:
                    hits.append(new(Hit, (end - n + 1, end + 1)))
        return found


def rule_patterns(rules) -> tuple[str, ...]:
    """Every pattern string of ``rules``: ``patterns``, ``elements[].patterns``, ``near.patterns``."""
    out: list[str] = []
    for rule in rules:
        ps = getattr(rule, "patterns", None)
        if ps:
            out.extend(ps)
        for element in getattr(rule, "elements", None) or ():
            out.extend(getattr(element, "patterns", None) or ())
        near = getattr(rule, "near", None)
        if near is not None:
            out.extend(getattr(near, "patterns", None) or ())
    return tuple(p for p in out if isinstance(p, str))


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
    key = rule_patterns(rules)
    ps = _SETS.get(key)
    if ps is None:
        if len(_SETS) >= 32:
            _SETS.clear()
        ps = _SETS[key] = PatternSet(key)
    _last = (rules, len(rules), ps)
    return ps


class Context:
    def __init__(
        self,
        report: Report,
        *,
        timeout: float = 1.0,
        negation_cues=DEFAULT_NEGATION_CUES,
        negation_window: int = 10,
        patterns: PatternSet | None = None,
        explain: bool = False,
    ):
        self.report = report
        # Whether rule kinds write their explanation notes (采用/舍弃 第N行「…」…): only
        # `scorer explain` shows them, and building them costs a snippet per candidate match.
        self.explain = explain
        self.timeout = timeout
        self.negation_window = negation_window
        self._neg_before = _negation_rx(tuple(negation_cues))
        self._cache: dict = {}  # pattern text (or text and flags) → hits
        self._citations: list[tuple[int, int]] | None = None
        self._citation_starts: list[int] = []
        self._patterns = patterns
        self._words: dict[str, list[Hit]] | None = None

    # -- finding -----------------------------------------------------------------
    def find(self, rx: regex.Pattern) -> list[Hit]:
        """Every match of ``rx`` in the normalised text, as ``rx.finditer`` finds them.

        Cached per pattern (text and flags).  With a :class:`PatternSet`, the first
        call scans the report for all the set's words and answers every plain-word
        pattern of the set at once.
        """
        key = rx.pattern if rx.flags == _PLAIN_FLAGS else (rx.pattern, rx.flags)
        hits = self._cache.get(key)
        if hits is None:
            if self._words is None and self._patterns is not None:
                self._scan()
                hits = self._cache.get(key)
                if hits is not None:
                    return hits
            hits = self._cache[key] = self._find(rx)
        return hits

    def _scan(self) -> None:
        ps = self._patterns
        words = self._words = ps.scan(self.report.norm)
        get = words.get
        # the plain-word patterns, answered at once (a fresh list for each word not found);
        # entries already cached win
        self._cache = {**{pattern: get(word) or [] for pattern, word in ps.literals}, **self._cache}

    def _find(self, rx: regex.Pattern) -> list[Hit]:
        norm = self.report.norm
        ps = self._patterns
        known = ps.plans.get(rx.pattern) if ps is not None else None
        if known is not None and rx.flags == _PLAIN_FLAGS:
            words = self._words
            literal, needs, reach = known
            if literal is not None:
                # a plain word that can overlap itself (啊啊): keep occurrences left to right
                # that do not overlap the one kept before (as finditer)
                hits = []
                last = 0
                for hit in words.get(literal, ()):
                    if hit.start >= last:
                        hits.append(hit)
                        last = hit.end
                return hits
            present = [w for w in needs if w in words]
            if not present:
                return []
            if reach is not None:
                # every match holds an occurrence of a needed word and is at most `reach`
                # long, and the pattern looks at nothing outside its match: searching from
                # `reach` before the first occurrence to `reach` after the last finds the
                # same matches as searching the whole text
                first = min(words[w][0].start for w in present)
                last = max(words[w][-1].end for w in present)
                try:
                    return [
                        _new_hit(Hit, m.span())
                        for m in rx.finditer(norm, max(0, first - reach), min(len(norm), last + reach), timeout=self.timeout)
                    ]
                except TimeoutError:
                    raise PatternTimeout(rx.pattern) from None
        elif rx.flags == _PLAIN_FLAGS and isinstance(rx.pattern, str):
            pl = plan(rx.pattern)  # a pattern the set does not know: the same shortcuts, by str
            if pl.needs is not None:
                if pl.literal is not None:
                    lit, n = pl.literal, len(pl.literal)
                    hits = []
                    i = norm.find(lit)
                    while i >= 0:
                        hits.append(Hit(i, i + n))
                        i = norm.find(lit, i + n)
                    return hits
                elif not any(w in norm for w in pl.needs):
                    return []
        try:
            return [_new_hit(Hit, m.span()) for m in rx.finditer(norm, timeout=self.timeout)]
        except TimeoutError:
            raise PatternTimeout(rx.pattern) from None

    # -- where a hit is ----------------------------------------------------------
    def part(self, hit: Hit) -> Part | None:
        return self.report.part_at(hit.start)

    def in_scope(self, hit: Hit, kinds: frozenset[str], *, headings: bool = True) -> bool:
        if hit.start >= self.report.body_end:
            return False
        part = self.report.part_at(hit.start)
        if part is None or part.kind not in kinds:
            return False
        return headings or hit.start >= part.body_start

    def in_citation(self, hit: Hit) -> bool:
        if self._citations is None:
            self._citations = [m.span() for m in _CITATION.finditer(self.report.norm)]
            self._citation_starts = [s for s, _ in self._citations]
        # citations never overlap: only the last one starting at or before the hit can hold it
        i = bisect_right(self._citation_starts, hit.start) - 1
        if i < 0:
            return False
        s, e = self._citations[i]
        return s <= hit.start and hit.end <= e

    def clause(self, hit: Hit) -> tuple[int, int]:
        """Bounds of the clause (between punctuation marks) containing ``hit``."""
        norm = self.report.norm
        lo = max(0, hit.start - 200)
        m = _LAST_CLAUSE_BREAK.search(norm, lo, hit.start)
        start = m.end() if m else lo
        limit = min(len(norm), hit.end + 200)
        m = CLAUSE_BREAK.search(norm, hit.end, limit)
        end = m.start() if m else limit
        return start, end

    def negation(self, hit: Hit, *, zero_ok: bool = False) -> str | None:
        """The negation cue that voids ``hit`` (e.g. 尚未), or None.

        Looks back ``negation_window`` characters within the same clause, and a
        few characters ahead for 尚未/未/没有 + verb ("法律顾问制度尚未建立").
        With ``zero_ok`` a cue followed by 发生/收到/受理… reports zero activity
        ("全年未发生行政复议案件") and does not void the hit.
        """
        norm = self.report.norm
        # Quick answer for most hits: no cue at all in the widest possible window before the
        # hit, and neither 未 nor 没有 just after it (every cue looked for after has one).
        if self._neg_before.search(norm, max(0, hit.start - self.negation_window), hit.start) is None:
            after = norm[hit.end : hit.end + 6]
            if "未" not in after and "没有" not in after:
                return None
        c_start, c_end = self.clause(hit)
        w_start = max(c_start, hit.start - self.negation_window)
        window = norm[w_start : hit.start]
        for m in self._neg_before.finditer(window):
            cue = m.group(0)
            if zero_ok and (ZERO_ACTIVITY.match(window[m.end() :] + norm[hit.start : hit.end]) or ZERO_TAIL.match(norm, hit.end, c_end)):
                continue
            if cue in ("无", "未") and m.end() < len(window) and window[m.end()] in "论须需需缝限":
                continue  # 无论, 无须, 无缝, 未须: not a negation of the phrase
            return cue
        ahead = norm[hit.end : min(c_end, hit.end + 6)]
        if ahead:
            m = _NEGATED_AFTER.match(ahead)
            if m:
                return m.group(1)
        return None

    # -- evidence ------------------------------------------------------------------
    def _quote(self, hit: Hit, width: int) -> tuple[int, str]:
        """1-based line of ``hit`` and about ``width`` characters of its line around it,
        from the original text, with …… where the line goes on."""
        report = self.report
        line_starts = report.line_starts
        line = bisect_right(line_starts, hit.start)
        ls = line_starts[line - 1]
        le = line_starts[line] - 1 if line < len(line_starts) else len(report.text)
        start = max(ls, hit.start - width // 2)
        end = min(le, max(hit.end, start + width))
        text = report.text[start:end].strip()
        if start > ls:
            text = "……" + text
        if end < le:
            text += "……"
        return line, text

    def snippet(self, hit: Hit, width: int = 36) -> str:
        return self._quote(hit, width)[1]

    def evidence(self, hit: Hit, width: int = 36) -> dict:
        """``{"line", "section", "text"}`` of an :class:`~scorer.results.Evidence`: line and
        section as :meth:`Report.line_of` and :meth:`section`, text as :meth:`snippet`."""
        line, text = self._quote(hit, width)
        part = self.report.part_at(hit.start)
        return {"line": line, "section": part.label if part else None, "text": text}

    def section(self, hit: Hit) -> str | None:
        part = self.report.part_at(hit.start)
        return part.label if part else None

    def where(self, hit: Hit) -> str:
        return f"第{self.report.line_of(hit.start)}行"


@functools.lru_cache(maxsize=256)
def _scope_kinds(names: tuple[str, ...]) -> frozenset[str]:
    kinds: set[str] = set()
    for name in names:
        kinds.update(SCOPE_ALIASES.get(name, (name,)))
    return frozenset(kinds)


def scope_kinds(scope: list[str] | None, default: str = "last_year") -> frozenset[str]:
    return _scope_kinds(tuple(scope) if scope else (default,))
