"""Where a hit is in the report: its part, scope bounds, citations (《…》), its clause
and its sentence."""

from __future__ import annotations

import functools
import re
from bisect import bisect_right

import regex

from ..document import Part
from .searcher import Hit

# Scope names a rule may use besides the part kinds themselves.
SCOPE_ALIASES = {
    "last_year": ("preamble", "measures", "first_responsible", "other"),  # 其他需要报告的情况: last year's too
    "all": ("preamble", "measures", "first_responsible", "shortcomings", "next_year_plan", "other"),
}
CLAUSE_BREAK = re.compile(r"[，,。；;！!？?\n]")
_LAST_CLAUSE_BREAK = regex.compile(r"(?r)[，,。；;！!？?\n]")  # searches backwards: the last one
_SENTENCE_BREAK = re.compile(r"[。；;！!？?\n]")
_LAST_SENTENCE_END = regex.compile(r"(?r)[。；;！!？?\n]")  # searches backwards: the last one
# (not the title of a talk given: 作《习近平法治思想与……》专题发言, ……为题的党课)
_CITATION = re.compile(r"《[^《》\n]{1,80}》(?!(?:为题的?)?(?:专题)?(?:发言|讲座|党课|辅导|授课|宣讲|讲话))")
# ... and what a document cited just before lays down, in the clause after it (印发了《……办法》（……号），对行政执法公示的内容、……
# 重大执法决定法制审核的范围和程序作出了规定): the document's words, not a practice
_LAID_DOWN = re.compile(r"》(?:[（(][^（()）\n]{0,24}[)）])?(?:等[^，,。；;\n]{0,12})?[，,]\s{0,2}(对[^。；;\n]{2,80}?(?:作出|做出|作)了?(?:明确|具体|详细|相应|统一|系统)?的?规定)")
# ... and what it is issued for, in the clause before its title (为加强镇政府法律顾问工作，印发了《……法律顾问工作规则》): its purpose, no
# practice either
_ISSUED_FOR = re.compile(r"(?:^|(?<=[，,。；;！!？?\n：:]))\s{0,2}(为了?(?:进一步)?(?:加强|规范|推进|做好|健全|完善|落实|强化|提升|提高|推动|深化)"
                         r"[^，,。；;\n《]{2,30}[，,]\s{0,2}[^，,。；;\n《]{0,12}?(?:制定|印发|出台|修订|制发|起草|修改)(?:并印发|并出台)?了?)《")


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` in order, those that overlap made one (a title inside what a document lays down)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start < out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


class Geometry:
    """The report-geometry part of :class:`~scorer.matching.Context`."""

    def part(self, hit: Hit) -> Part | None:
        return self.report.part_at(hit.start)

    def in_scope(self, hit: Hit, kinds: frozenset[str], *, headings: bool | str = True) -> bool:
        """Whether ``hit`` is in the parts of ``kinds``: with ``headings`` False not in a
        heading, with ``"sub"`` not in the part's own heading (its sub-headings count, and so does the
        heading of a part that continues one of its kind: 二、存在的问题 / 三、原因分析)."""
        if hit.start >= self.report.body_end:
            return False
        part = self.report.part_at(hit.start)
        if part is None or part.kind not in kinds:
            return False
        if headings is True:
            return True
        if headings == "sub":
            i = self.report.part_index(hit.start)  # (the index of ``part``)
            return hit.start >= part.body_start or (i > 0 and self.report.parts[i - 1].kind == part.kind)
        return hit.start >= part.body_start and not any(h.start <= hit.start < h.end for h in self.report.titles)

    def line(self, start: int, end: int | None = None) -> tuple[int, int]:
        """Bounds of the line (a paragraph) holding ``start``…``end`` (``end`` defaults to ``start``)."""
        norm = self.report.norm
        line_end = norm.find("\n", start if end is None else end)
        return norm.rfind("\n", 0, start) + 1, len(norm) if line_end < 0 else line_end

    def item_end(self, offset: int, limit: int) -> int:
        """Where the item holding ``offset`` ends, at ``limit`` at the latest: the start of the
        next heading at its heading's level or above ((一) ends at (二) or 二、, not at its own
        1.); before the first heading, at any heading."""
        report = self.report
        headings = report.headings
        i = bisect_right(report.heading_starts, offset) - 1
        level = headings[i].level if i >= 0 else 99
        for h in headings[i + 1 :]:
            if h.start >= limit:
                break
            if h.level <= level:
                return h.start
        return limit

    def scope(self, kinds: frozenset[str], headings: bool | str = True) -> list[int]:
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
                # ("sub": a part continuing one of its kind has its heading as a sub-heading of the run's)
                continues = headings == "sub" and i > 0 and parts[i - 1].kind == part.kind
                start = part.start if headings is True or continues else max(part.start, part.body_start)
                end = min(part.end, body_end)
                if i + 1 < len(parts):
                    end = min(end, parts[i + 1].start)
                if start >= end:
                    continue
                pieces = [(start, end)] if headings else _without_headings(start, end, report)  # "sub": keep them
                for start, end in pieces:
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

    def title_end(self, start: int, end: int) -> int | None:
        """Where the heading title (:attr:`Report.titles`) holding ``start``…``end`` ends, or None
        when no title holds it."""
        t_starts, t_ends = self.report.title_bounds
        i = bisect_right(t_starts, start) - 1
        return t_ends[i] if i >= 0 and end <= t_ends[i] else None

    def outside_citations(self, spans: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
        """Starts and ends of the ``spans`` (in order) that no citation holds (as
        :meth:`in_citation`), bisecting only past the citations before each."""
        starts, ends = self.citations()
        if not starts or not spans:
            return [s for s, _ in spans], [e for _, e in spans]
        kept_starts: list[int] = []
        kept_ends: list[int] = []
        i = -1  # the last citation starting at or before the span
        last = len(starts) - 1
        for s, e in spans:
            while i < last and starts[i + 1] <= s:
                i += 1
            if i < 0 or e > ends[i]:
                kept_starts.append(s)
                kept_ends.append(e)
        return kept_starts, kept_ends

    def citations(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the citations (《…》, what one lays down in the clause after it, ``_LAID_DOWN``, and what it is
        issued for in the clause before, ``_ISSUED_FOR``), in
        order: for rule kinds that test many hits (see :meth:`in_citation`)."""
        if self._citations is None:
            norm = self.report.norm
            spans = [m.span() for m in _CITATION.finditer(norm)]
            if spans:  # (what a title's document lays down, or is issued for: looked for only where a title is; merged once)
                beside = [m.span(1) for m in _LAID_DOWN.finditer(norm)] if "规定" in norm else []
                if "为" in norm:
                    beside += [m.span(1) for m in _ISSUED_FOR.finditer(norm)]
                if beside:
                    spans = _merged(spans + beside)
            self._citations = ([s for s, _ in spans], [e for _, e in spans])
        return self._citations

    def clause(self, hit: Hit) -> tuple[int, int]:
        """Bounds of the clause (between punctuation marks) containing ``hit``."""
        return self._between(hit, _LAST_CLAUSE_BREAK, CLAUSE_BREAK, 200)

    def clause_start_in(self, lo: int, hi: int) -> int:
        """Where the last clause in ``lo``…``hi`` starts: right after its last clause break, or ``lo`` when it holds none."""
        m = _LAST_CLAUSE_BREAK.search(self.report.norm, lo, hi)
        return m.end() if m else lo

    def sentence(self, hit: Hit) -> tuple[int, int]:
        """Bounds of the sentence (between 。！？； and line ends) containing ``hit``."""
        return self._between(hit, _LAST_SENTENCE_END, _SENTENCE_BREAK, 400)

    def _between(self, hit: Hit, last_break, next_break, reach: int) -> tuple[int, int]:
        """From after the last ``last_break`` before ``hit`` to the next ``next_break`` after
        it, looking at most ``reach`` characters either way."""
        norm = self.report.norm
        lo = max(0, hit.start - reach)
        m = last_break.search(norm, lo, hit.start)
        start = m.end() if m else lo
        limit = min(len(norm), hit.end + reach)
        m = next_break.search(norm, hit.end, limit)
        return start, (m.start() if m else limit)


@functools.lru_cache(maxsize=256)
def _scope_kinds(names: tuple[str, ...]) -> frozenset[str]:
    kinds: set[str] = set()
    for name in names:
        kinds.update(SCOPE_ALIASES.get(name, (name,)))
    return frozenset(kinds)


def scope_kinds(scope: list[str] | None, default: str = "last_year") -> frozenset[str]:
    return _scope_kinds(tuple(scope) if scope else (default,))


def _without_headings(start: int, end: int, report) -> list[tuple[int, int]]:
    """``[start, end)`` less the heading titles in it (sub-headings: （四）深化政务公开), but
    not numbered lines that are whole sentences (:attr:`Report.titles`)."""
    pieces = []
    for h in report.titles:
        if h.end <= start or h.start >= end:
            continue
        if h.start > start:
            pieces.append((start, h.start))
        start = max(start, h.end)
    if start < end:
        pieces.append((start, end))
    return pieces
