"""Finding patterns in a report: cached per pattern, answered from one scan of the pack's
words where the :class:`~scorer.patterns.PatternSet` knows them, each regex time-limited."""

from __future__ import annotations

import functools
import re
import time
from typing import Iterator, NamedTuple

import regex

from ..patterns import plan


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
def compile_any(patterns: tuple[str, ...]) -> regex.Pattern | None:
    """Rule patterns as one that matches any of them (compiled once for a tuple), or None when there are none."""
    return compile_pattern("|".join(f"(?:{p})" for p in patterns)) if patterns else None


# --- finding -----------------------------------------------------------------------------

_PLAIN_FLAGS = regex.compile("", regex.V0).flags  # a pattern compiled by compile_pattern, no inline flags
# Windows of a search (Context._find_near) closer than this are searched at once: one more
# search with a time limit costs ≈ 2 µs, about what a regex takes over a few hundred characters.
_JOIN_WITHIN = 256
# A search whose steps are bounded (Plan.work × the characters searched, or the places
# tried) runs without the regex module's time limit, which costs clock_gettime calls per
# search (≈ 1.7 µs, more than a search of a short window): when even at this many seconds a
# step (≈ 80× the most measured, with adversarial patterns, in regex and re: see
# docs/performance.md, Round 8) the whole pattern's searches would take less than a quarter
# of its time limit.  A pattern that could run longer keeps the limit: a catastrophic one is
# still an ``error`` item, never a hang.
_SECONDS_PER_STEP = 1e-7


def _hits_ending_at(ends, length: int) -> list[Hit]:
    """Hits of ``length`` characters whose last characters are at ``ends`` (a scan's offsets)."""
    n = length - 1
    return [_new_hit(Hit, (e - n, e + 1)) for e in ends]


class Searcher:
    """The finding part of :class:`~scorer.matching.Context` (``report``, ``timeout``,
    ``_cache``, ``_patterns`` and ``_ends`` are set by its constructor)."""

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
        cache = self._cache
        get = cache.get
        ends = self._ends
        literals = ps.literals
        plans = ps.plans
        for p in patterns:
            hits = get(p)
            if hits is None:
                word = literals.get(p)
                if word is not None:  # a plain word of the set: its occurrences are its hits
                    at = ends.get(word)
                    if at is None:
                        continue
                    hits = cache[p] = _hits_ending_at(at, len(word))
                    yield hits
                    continue
                known = plans.get(p)
                if known is not None:
                    hits = cache[p] = self._planned(p, known, None)
                else:
                    hits = self.hits(p)
            if hits:
                yield hits

    def _scan(self) -> None:
        """Scan the report for the set's words (once): where each occurs."""
        self._ends = self._patterns.ends(self.report.norm)

    def _lookup(self, pattern: str, rx: regex.Pattern) -> list[Hit]:
        """Every match of ``rx``, whose text is ``pattern`` and which has no flags."""
        ps = self._patterns
        if ps is not None:
            if self._ends is None:
                self._scan()
            word = ps.literals.get(pattern)
            if word is not None:
                return _hits_ending_at(self._ends.get(word, ()), len(word))
        return self._find(rx)

    def _find(self, rx: regex.Pattern) -> list[Hit]:
        norm = self.report.norm
        ps = self._patterns
        known = ps.plans.get(rx.pattern) if ps is not None and rx.flags == _PLAIN_FLAGS else None
        if known is not None:
            return self._planned(rx.pattern, known, rx)
        if rx.flags == _PLAIN_FLAGS and isinstance(rx.pattern, str):
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
        return self._finditer(rx)

    def _finditer(self, rx: regex.Pattern) -> list[Hit]:
        try:
            return [_new_hit(Hit, m.span()) for m in rx.finditer(self.report.norm, timeout=self.timeout)]
        except TimeoutError:
            raise PatternTimeout(rx.pattern) from None

    def _planned(self, pattern: str, known: tuple, rx: regex.Pattern | None) -> list[Hit]:
        """Every match of ``pattern`` (plain flags; ``rx``, compiled when needed), which the
        set knows: ``known`` is its entry in ``PatternSet.plans``."""
        if self._ends is None:
            self._scan()
        ends = self._ends
        literal, sets, reach, around, checks, work, fast, lead = known
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
        # matches (most patterns, most reports: one test each); otherwise the set with the
        # fewest occurrences says where to look.
        found = ends.keys()
        for texts in sets:
            if found.isdisjoint(texts):
                return []
        if rx is None:
            rx = compile_pattern(pattern)
        if not sets or reach is None or around is None:
            return self._finditer(rx)
        fewest = 0
        count = -1
        if len(sets) > 1 or lead is not None:
            for i, texts in enumerate(sets):
                n = 0
                for w in texts:
                    e = ends.get(w)
                    if e is not None:
                        n += len(e)
                if count < 0 or n < count:
                    fewest, count = i, n
        if lead is not None:
            starts = ends.get(lead, ())
            if len(starts) <= count and len(starts) * work * _SECONDS_PER_STEP <= self.timeout / 4:
                return self._match_at(rx if fast is None else fast, starts, len(lead))
        return self._find_near(rx, sets[fewest], reach, around, checks[fewest], work, fast)

    def _match_at(self, rx, ends, length: int) -> list[Hit]:
        """Every match of ``rx``, all of which start with a word of ``length`` characters
        whose occurrences end at ``ends``: tried at each occurrence (without a time limit:
        the caller has bounded the steps), left to right, skipping those inside the match
        before, as finditer would find them.  One match call an occurrence costs less than
        the windows and their searches when the word is no commoner than the rarest set."""
        norm = self.report.norm
        match = rx.match
        hits: list[Hit] = []
        last = 0
        n = length - 1
        for e in ends:
            start = e - n
            if start >= last:
                m = match(norm, start)
                if m is not None:
                    last = m.end()
                    hits.append(_new_hit(Hit, (start, last)))
        return hits

    def _find_near(
        self,
        rx: regex.Pattern,
        texts: tuple[str, ...],
        reach: int,
        around: int,
        checks: tuple,
        work: int | None = None,
        fast: re.Pattern | None = None,
    ) -> list[Hit]:
        """Every match of ``rx``, searched only near the occurrences of ``texts``.

        Every match holds one of those occurrences and is at most ``reach`` long, so it
        lies between ``reach`` before an occurrence's end and ``reach`` after its start,
        and what it is depends on at most ``around`` more characters on either side
        (look-behinds see the text before the start of a search).  Searching those
        windows, joined where they are close, finds what searching the whole text
        finds: no match starts between them.  A match starting at or after the end of
        its window belongs to the next one.  Every match also holds a text of each of
        the pattern's other needed sets, found by ``checks``: a window that lacks one
        holds no match and is not searched.  The windows run without a time limit when
        ``work`` (the steps a search takes from one position) bounds them well within it
        (see _SECONDS_PER_STEP), then with ``fast`` (the same pattern in the standard
        library's re, which costs less per search) when there is one.
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
        limited = True
        if work is not None:
            searched = 0
            for lo, hi in joined:
                searched += (size if hi + around > size else hi + around) - lo
            limited = searched * work * _SECONDS_PER_STEP > timeout / 4
        if not limited:
            finditer = rx.finditer if fast is None else fast.finditer
            for lo, hi in joined:
                for m in finditer(norm, lo, min(size, hi + around)):
                    start, end = m.span()
                    if start >= hi:
                        break
                    hits.append(_new_hit(Hit, (start, end)))
            return hits
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

