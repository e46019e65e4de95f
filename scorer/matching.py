"""The pattern machinery rules share, kept apart from the rule kinds.

A :class:`Context` wraps one parsed report for one evaluation run.  It finds a
pattern once per report (results are cached by pattern), knows where
citations (《…》) are, and decides whether a match is negated or in scope.
Every regex runs with the pack's time limit; a pattern that exceeds it raises
:class:`PatternTimeout`, which the engine turns into an ``error`` result.

Speed (see docs/performance.md).  Most rule patterns are plain words
(``法律顾问``); the others usually cannot match unless some word occurs
(``人大.{0,12}(监督|建议)`` needs ``人大`` and one of ``监督``/``建议``).
:func:`scorer.patterns.plan` works that out once per pattern, and a
:class:`~scorer.patterns.PatternSet` — built once per pack, see
:func:`~scorer.patterns.pattern_set` — puts the words in one Aho-Corasick
automaton (for each regex, those of one set of texts it needs).  A Context then
scans the report once for all of them: a plain-word pattern is answered from
that scan, and a regular expression runs only when a text of each set it needs
occurs, and then only in windows around the occurrences of the rarest set
(see :meth:`Context._find_near`).  Patterns the set does not know (or cannot
analyse) simply run as before, so the answers never depend on the set — only
the speed does.  Rule kinds ask for many patterns at once (:meth:`Context.found`)
and test hits against scope and citations by bisection in bounds computed once
per report (:meth:`Context.scope`, :meth:`Context.citations`).
"""

from __future__ import annotations

import functools
import re
import time
from bisect import bisect_left, bisect_right
from typing import Iterator, NamedTuple

import regex

from .document import Part, Report
from .patterns import PatternSet, plan
from .results import Evidence
from .vocabulary import compile_fast

# Scope names a rule may use besides the part kinds themselves.
SCOPE_ALIASES = {
    "last_year": ("preamble", "measures", "first_responsible"),
    "all": ("preamble", "measures", "first_responsible", "shortcomings", "next_year_plan", "other"),
}

# Text written as a requirement (要……、必须……、应当……) reports no practice: a match with one of
# these before it in its sentence does not count.  要 only as the modal verb (not 主要,
# 重要, 需要, 要求, 要点 …).
# (The look-behind follows the 要 it checks, so the pattern starts with a literal character
# and a search skips quickly to the candidates: ≈ 4× faster over a report.)
DEFAULT_REQUIREMENT_CUES = (r"要(?<![主重纪摘提概简只扼需紧首]要)(?![求点件素闻害职务])", "必须", "应当", "务必")
_SENTENCE_END = frozenset("。！!？?；;\n")
REQUIREMENT_REACH = 40  # characters looked back from a match for a requirement cue in its sentence

DEFAULT_NEGATION_CUES = ("尚未", "还未", "仍未", "未能", "从未", "没有", "未曾", "缺乏", "缺少", "尚无", "暂无", "未", "无")
# The fixed patterns below use only literal characters and '.', which mean the same in the
# standard library's re as in regex; re costs less per call on short strings.
# After a negation cue, these verbs turn "未发生行政复议案件" into a report of zero activity.
ZERO_ACTIVITY = re.compile(r"^(?:发生|出现|收到|受理|涉及|产生|新增|接到)")
# ... or the phrase is followed by a count noun ("无行政复议案件发生"); used with .match(text, pos).
ZERO_TAIL = regex.compile(r"[^，,。；;\n]{0,4}?(?:案件|申请|案|纠纷)")
CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")
_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[，,。；;！!？?\n]")  # searches backwards: the last one
_SENTENCE_BREAK = re.compile(r"[。；;！!？?\n]")
_LAST_SENTENCE_END = regex.compile(r"(?r)[。；;！!？?\n]")  # searches backwards: the last one
_CITATION = re.compile(r"《[^《》\n]{1,80}》")
_NEGATED_AFTER = re.compile(r"^.{0,14}?(尚未|仍未|还未|没有|未)(?!发生|出现|发现)")
_AHEAD = 17  # characters after a match that _NEGATED_AFTER may need (14 + a cue + its look-ahead)


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
def _requirement_rx(cues: tuple[str, ...]):
    return compile_fast("|".join(f"(?:{c})" for c in cues)) if cues else None


@functools.lru_cache(maxsize=64)
def _negation_rx(cues: tuple[str, ...]) -> re.Pattern:
    ordered = sorted(set(cues), key=len, reverse=True)
    return re.compile("(?:" + "|".join(re.escape(c) for c in ordered) + ")")  # literal words: as regex


# --- finding -----------------------------------------------------------------------------

_PLAIN_FLAGS = regex.compile("", regex.V0).flags  # a pattern compiled by compile_pattern, no inline flags
# Windows of a search (Context._find_near) closer than this are searched at once: one more
# search with a time limit costs ≈ 2 µs, about what a regex takes over a few hundred characters.
_JOIN_WITHIN = 256


def _hits_ending_at(ends, length: int) -> list[Hit]:
    """Hits of ``length`` characters whose last characters are at ``ends`` (a scan's offsets)."""
    n = length - 1
    return [_new_hit(Hit, (e - n, e + 1)) for e in ends]


class Context:
    def __init__(
        self,
        report: Report,
        *,
        timeout: float = 1.0,
        negation_cues=DEFAULT_NEGATION_CUES,
        negation_window: int = 10,
        requirement_cues=DEFAULT_REQUIREMENT_CUES,
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
        self._requirement_rx = _requirement_rx(tuple(requirement_cues))
        self._requirement_cues: tuple[list[int], list[int]] | None = None  # starts, ends in the text
        self._cache: dict = {}  # pattern text (or text and flags) → hits
        self._citations: tuple[list[int], list[int]] | None = None
        self._scopes: dict = {}  # (part kinds, headings) → scope bounds
        self._patterns = patterns
        self._ends: dict[str, list[int]] | None = None  # the set's words → where they end

    # -- finding -----------------------------------------------------------------
    def find(self, rx: regex.Pattern) -> list[Hit]:
        """Every match of ``rx`` in the normalised text, as ``rx.finditer`` finds them.

        Cached per pattern (text and flags).  With a :class:`PatternSet`, the first
        call scans the report for all the set's words; a plain-word pattern of the set
        is then answered from that scan.
        """
        plain = rx.flags == _PLAIN_FLAGS
        key = rx.pattern if plain else (rx.pattern, rx.flags)
        hits = self._cache.get(key)
        if hits is None:
            hits = self._cache[key] = self._lookup(key, rx) if plain else self._find(rx)
        return hits

    def hits(self, pattern: str) -> list[Hit]:
        """``find(compile_pattern(pattern))``, without compiling or looking the pattern up
        when the report has been searched for it already."""
        hits = self._cache.get(pattern)
        if hits is None:
            rx = compile_pattern(pattern)
            if rx.flags == _PLAIN_FLAGS:
                hits = self._cache[pattern] = self._lookup(pattern, rx)
            else:
                hits = self.find(rx)  # inline flags: cached under (pattern, flags)
        return hits

    def found(self, patterns) -> Iterator[list[Hit]]:
        """The hits of each of ``patterns`` (as :meth:`hits`) that has any, in order.

        Rule kinds call this for every pattern of every rule, and most plain words of a
        pack do not occur in a given report: those are known absent from the scan
        without a call or an empty list each.  Lazy: a pattern is searched (and may time
        out) only once the hits of the patterns before it have been checked, as before
        (a check may search a ``near`` pattern).
        """
        ps = self._patterns
        if ps is None:
            for p in patterns:
                hits = self.hits(p)
                if hits:
                    yield hits
            return
        if self._ends is None:
            self._scan()
        get = self._cache.get
        literals = ps.literals
        for p in patterns:
            hits = get(p)
            if hits is None:
                if p in literals:
                    continue  # a plain word of the set, not in this report (see _scan)
                hits = self.hits(p)
            if hits:
                yield hits

    def _scan(self) -> None:
        """Scan the report for the set's words, and answer the plain-word patterns of the
        words that occur (entries already cached win)."""
        ends = self._ends = self._patterns.ends(self.report.norm)
        answers = self._patterns.answers
        cache = self._cache
        for word, offsets in ends.items():
            patterns = answers.get(word)
            if patterns is not None:
                for p in patterns:
                    if p not in cache:
                        cache[p] = _hits_ending_at(offsets, len(word))

    def _lookup(self, pattern: str, rx: regex.Pattern) -> list[Hit]:
        """Every match of ``rx``, whose text is ``pattern`` and which has no flags."""
        ps = self._patterns
        if ps is not None:
            if self._ends is None:
                self._scan()
                hits = self._cache.get(pattern)
                if hits is not None:
                    return hits
            word = ps.literals.get(pattern)
            if word is not None:
                return _hits_ending_at(self._ends.get(word, ()), len(word))
        return self._find(rx)

    def _find(self, rx: regex.Pattern) -> list[Hit]:
        norm = self.report.norm
        ps = self._patterns
        known = ps.plans.get(rx.pattern) if ps is not None and rx.flags == _PLAIN_FLAGS else None
        if known is not None:
            if self._ends is None:
                self._scan()
            ends = self._ends
            literal, sets, reach, around, checks = known
            if literal is not None:
                # a plain word that can overlap itself (啊啊): keep occurrences left to right
                # that do not overlap the one kept before (as finditer)
                hits = []
                last = 0
                n = len(literal) - 1
                for e in ends.get(literal, ()):
                    if e - n >= last:
                        hits.append(_new_hit(Hit, (e - n, e + 1)))
                        last = e + 1
                return hits
            # Every match holds an occurrence of one text of each set: without one, nothing
            # matches; otherwise the set with the fewest occurrences says where to look.
            fewest = -1
            count = 0
            for i, texts in enumerate(sets):
                n = 0
                for w in texts:
                    e = ends.get(w)
                    if e is not None:
                        n += len(e)
                if not n:
                    return []
                if fewest < 0 or n < count:
                    fewest, count = i, n
            if fewest >= 0 and reach is not None and around is not None:
                return self._find_near(rx, sets[fewest], reach, around, checks[fewest])
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

    def _find_near(self, rx: regex.Pattern, texts: tuple[str, ...], reach: int, around: int, checks: tuple) -> list[Hit]:
        """Every match of ``rx``, searched only near the occurrences of ``texts``.

        Every match holds one of those occurrences and is at most ``reach`` long, so it
        lies between ``reach`` before an occurrence's end and ``reach`` after its start,
        and what it is depends on at most ``around`` more characters on either side
        (look-behinds see the text before the start of a search).  Searching those
        windows, joined where they are close, finds what searching the whole text
        finds: no match starts between them.  A match starting at or after the end of
        its window belongs to the next one.  Every match also holds a text of each of
        the pattern's other needed sets, found by ``checks``: a window that lacks one
        holds no match and is not searched — each search costs ≈ 2 µs, mostly the two
        clock() calls of its time limit.
        """
        norm = self.report.norm
        ends = self._ends
        windows: list[list[int]] = []
        for w in texts:
            low = 1 - reach  # window of an occurrence ending at e: e + low … e + high
            high = 1 - len(w) + reach
            for e in ends.get(w, ()):
                lo = e + low
                if lo < 0:
                    lo = 0
                hi = e + high
                for check in checks:
                    if check(norm, lo, hi) is None:
                        break
                else:
                    windows.append([lo, hi])
        if not windows:
            return []
        if len(texts) > 1:
            windows.sort()
        # one more search costs about as much as scanning a few hundred characters: join
        # the windows that are close
        joined = [windows[0]]
        for lo, hi in windows[1:]:
            last = joined[-1]
            if lo <= last[1] + around + _JOIN_WITHIN:
                if hi > last[1]:
                    last[1] = hi
            else:
                joined.append([lo, hi])
        hits: list[Hit] = []
        size = len(norm)
        timeout = self.timeout
        deadline = time.perf_counter() + timeout if len(joined) > 1 else 0.0
        try:
            for i, (lo, hi) in enumerate(joined):
                if i:  # the pattern's time limit is for the whole report
                    timeout = deadline - time.perf_counter()
                    if timeout <= 0:
                        raise TimeoutError
                for m in rx.finditer(norm, lo, min(size, hi + around), timeout=timeout):
                    start, end = m.span()
                    if start >= hi:
                        break
                    hits.append(_new_hit(Hit, (start, end)))
        except TimeoutError:
            raise PatternTimeout(rx.pattern) from None
        return hits

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

    def scope(self, kinds: frozenset[str], headings: bool = True) -> list[int]:
        """Where :meth:`in_scope` holds, as bounds ``[start, end, start, end, …]`` in order:
        a hit is in scope when ``bisect_right(bounds, hit.start)`` is odd.

        One bisection per hit instead of a part lookup; computed once per report for
        each scope (most rules share a few).
        """
        key = (kinds, headings)
        bounds = self._scopes.get(key)
        if bounds is None:
            bounds = self._scopes[key] = []
            report = self.report
            parts = report.parts
            body_end = report.body_end
            for i, part in enumerate(parts):
                if part.kind not in kinds:
                    continue
                # the offsets part_at gives this part: from its start (its body's, without
                # headings) to its end, the next part's start or the signature
                start = part.start if headings else max(part.start, part.body_start)
                end = min(part.end, body_end)
                if i + 1 < len(parts):
                    end = min(end, parts[i + 1].start)
                if start >= end:
                    continue
                if bounds and bounds[-1] == start:
                    bounds[-1] = end
                else:
                    bounds += (start, end)
        return bounds

    def in_citation(self, hit: Hit) -> bool:
        starts, ends = self.citations()
        # citations never overlap: only the last one starting at or before the hit can hold it
        i = bisect_right(starts, hit.start) - 1
        return i >= 0 and hit.end <= ends[i]

    def citations(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the citations (《…》), in order: for rule kinds that test many
        hits (see :meth:`in_citation`)."""
        if self._citations is None:
            spans = [m.span() for m in _CITATION.finditer(self.report.norm)]
            self._citations = ([s for s, _ in spans], [e for _, e in spans])
        return self._citations

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

    def sentence(self, hit: Hit) -> tuple[int, int]:
        """Bounds of the sentence (between 。！？； and line ends) containing ``hit``."""
        norm = self.report.norm
        lo = max(0, hit.start - 400)
        m = _LAST_SENTENCE_END.search(norm, lo, hit.start)
        start = m.end() if m else lo
        limit = min(len(norm), hit.end + 400)
        m = _SENTENCE_BREAK.search(norm, hit.end, limit)
        return start, (m.start() if m else limit)

    def negation(self, hit: Hit, *, zero_ok: bool = False) -> str | None:
        """The negation cue that voids ``hit`` (e.g. 尚未), or None.

        Looks back ``negation_window`` characters within the same clause, and a
        few characters ahead for 尚未/未/没有 + verb ("法律顾问制度尚未建立").
        With ``zero_ok`` a cue followed by 发生/收到/受理… reports zero activity
        ("全年未发生行政复议案件") and does not void the hit.
        """
        norm = self.report.norm
        start, end = hit
        cue = self.requirement(hit)
        if cue:
            return cue
        # Quick answers for most hits: no cue at all in the widest possible window before the
        # hit, and none after it in its clause (every cue looked for after has 未 or 没有).
        lo = start - self.negation_window
        if self._neg_before.search(norm, lo if lo > 0 else 0, start) is None:
            after = norm[end : end + _AHEAD]
            if "未" not in after and "没有" not in after:
                return None
            m = CLAUSE_BREAK.search(after)
            m = _NEGATED_AFTER.match(after[: m.start()] if m else after)
            return m.group(1) if m else None
        c_start, c_end = self.clause(hit)
        w_start = max(c_start, start - self.negation_window)
        window = norm[w_start:start]
        for m in self._neg_before.finditer(window):
            cue = m.group(0)
            if zero_ok and (ZERO_ACTIVITY.match(window[m.end() :] + norm[start:end]) or ZERO_TAIL.match(norm, end, c_end)):
                continue
            if cue in ("无", "未") and m.end() < len(window) and window[m.end()] in "论须需需缝限":
                continue  # 无论, 无须, 无缝, 未须: not a negation of the phrase
            return cue
        ahead = norm[end : min(c_end, end + _AHEAD)]
        if ahead:
            m = _NEGATED_AFTER.match(ahead)
            if m:
                return m.group(1)
        return None

    def requirement(self, hit: Hit) -> str | None:
        """The requirement cue (要/必须/应当…) before ``hit`` in its sentence, or just after
        it in its clause (主要负责人要……), or None: text written as a requirement or a work
        plan reports no practice."""
        cues = self._requirement_cues
        if cues is None:
            rx = self._requirement_rx
            # every cue of the report, found once (one pass costs less than a look per hit)
            found = [m.span() for m in rx.finditer(self.report.norm)] if rx is not None else []
            cues = self._requirement_cues = ([s for s, _ in found], [e for _, e in found])
        starts, ends = cues
        if not starts:
            return None
        norm = self.report.norm
        start, end = hit
        j = bisect_left(starts, end)  # the first cue starting at or after the hit's end
        if j < len(starts) and starts[j] - end <= 4:
            between = norm[end : starts[j]]
            if not any(c in _SENTENCE_END or c in "，," for c in between):
                return norm[starts[j] : ends[j]]
        i = bisect_right(ends, start) - 1  # the last cue ending before the hit
        if i >= 0 and start - ends[i] <= REQUIREMENT_REACH:
            if not any(c in _SENTENCE_END for c in norm[ends[i] : start]):
                return norm[starts[i] : ends[i]]
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

    def evidence(self, hit: Hit, width: int = 36) -> Evidence:
        """The :class:`~scorer.results.Evidence` of ``hit``: line and section as
        :meth:`Report.line_of` and :meth:`section`, text as :meth:`snippet`."""
        line, text = self._quote(hit, width)
        part = self.report.part_at(hit.start)
        return Evidence(line=line, section=part.label if part else None, text=text)

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
