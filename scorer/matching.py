"""The pattern machinery rules share, kept apart from the rule kinds.

A :class:`Context` wraps one parsed report for one evaluation run.  It finds a
pattern once per report (results are cached by pattern), knows where
citations (《…》) are, and decides whether a match is negated or in scope.
Every regex runs with the pack's time limit; a pattern that exceeds it raises
:class:`PatternTimeout`, which the engine turns into an ``error`` result.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

import regex

from .document import Part, Report

# Scope names a rule may use besides the part kinds themselves.
SCOPE_ALIASES = {
    "last_year": ("preamble", "measures", "first_responsible"),
    "all": ("preamble", "measures", "first_responsible", "shortcomings", "next_year_plan", "other"),
}

DEFAULT_NEGATION_CUES = ("尚未", "还未", "仍未", "未能", "从未", "没有", "未曾", "缺乏", "缺少", "尚无", "暂无", "未", "无")
# After a negation cue, these verbs turn "未发生行政复议案件" into a report of zero activity.
ZERO_ACTIVITY = regex.compile(r"^(?:发生|出现|收到|受理|涉及|产生|新增|接到)")
# ... or the phrase is followed by a count noun ("无行政复议案件发生"); used with .match(text, pos).
ZERO_TAIL = regex.compile(r"[^，,。；;\n]{0,4}?(?:案件|申请|案|纠纷)")
CLAUSE_BREAK = regex.compile(r"[，,。；;！!？?\n]")
_CITATION = regex.compile(r"《[^《》\n]{1,80}》")


class PatternTimeout(Exception):
    def __init__(self, pattern: str):
        super().__init__(pattern)
        self.pattern = pattern


@dataclass(frozen=True)
class Hit:
    start: int
    end: int


@functools.lru_cache(maxsize=4096)
def compile_pattern(pattern: str) -> regex.Pattern:
    """Compile a rule pattern; raises ``regex.error`` on a bad one."""
    return regex.compile(pattern, regex.V0)


class Context:
    def __init__(self, report: Report, *, timeout: float = 1.0, negation_cues=DEFAULT_NEGATION_CUES, negation_window: int = 10):
        self.report = report
        self.timeout = timeout
        self.negation_window = negation_window
        cues = sorted(set(negation_cues), key=len, reverse=True)
        self._neg_before = regex.compile("(?:" + "|".join(regex.escape(c) for c in cues) + ")")
        self._cache: dict[str, list[Hit]] = {}
        self._citations: list[tuple[int, int]] | None = None

    # -- finding -----------------------------------------------------------------
    def find(self, rx: regex.Pattern) -> list[Hit]:
        hits = self._cache.get(rx.pattern)
        if hits is None:
            try:
                hits = [Hit(m.start(), m.end()) for m in rx.finditer(self.report.norm, timeout=self.timeout)]
            except TimeoutError:
                raise PatternTimeout(rx.pattern) from None
            self._cache[rx.pattern] = hits
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

    def in_citation(self, hit: Hit) -> bool:
        if self._citations is None:
            self._citations = [(m.start(), m.end()) for m in _CITATION.finditer(self.report.norm)]
        return any(s <= hit.start and hit.end <= e for s, e in self._citations)

    def clause(self, hit: Hit) -> tuple[int, int]:
        """Bounds of the clause (between punctuation marks) containing ``hit``."""
        norm = self.report.norm
        lo = max(0, hit.start - 200)
        start = lo
        for m in CLAUSE_BREAK.finditer(norm, lo, hit.start):
            start = m.end()
        m = CLAUSE_BREAK.search(norm, hit.end, min(len(norm), hit.end + 200))
        end = m.start() if m else min(len(norm), hit.end + 200)
        return start, end

    def negation(self, hit: Hit, *, zero_ok: bool = False) -> str | None:
        """The negation cue that voids ``hit`` (e.g. 尚未), or None.

        Looks back ``negation_window`` characters within the same clause, and a
        few characters ahead for 尚未/未/没有 + verb ("法律顾问制度尚未建立").
        With ``zero_ok`` a cue followed by 发生/收到/受理… reports zero activity
        ("全年未发生行政复议案件") and does not void the hit.
        """
        norm = self.report.norm
        c_start, c_end = self.clause(hit)
        w_start = max(c_start, hit.start - self.negation_window)
        window = norm[w_start : hit.start]
        for m in self._neg_before.finditer(window):
            cue = m.group(0)
            after = window[m.end() :] + norm[hit.start : hit.end]
            if zero_ok and (ZERO_ACTIVITY.match(after) or ZERO_TAIL.match(norm, hit.end, c_end)):
                continue
            if cue in ("无", "未") and m.end() < len(window) and window[m.end()] in "论须需需缝限":
                continue  # 无论, 无须, 无缝, 未须: not a negation of the phrase
            return cue
        ahead = norm[hit.end : min(c_end, hit.end + 6)]
        m = regex.match(r"^.{0,3}?(尚未|仍未|还未|没有|未)(?!发生|出现)", ahead)
        if m:
            return m.group(1)
        return None

    # -- evidence ------------------------------------------------------------------
    def snippet(self, hit: Hit, width: int = 36) -> str:
        report = self.report
        line = report.line_of(hit.start)
        ls = report.line_starts[line - 1]
        le = report.line_starts[line] - 1 if line < len(report.line_starts) else len(report.text)
        start = max(ls, hit.start - width // 2)
        end = min(le, max(hit.end, start + width))
        text = report.text[start:end].strip()
        prefix = "……" if start > ls else ""
        suffix = "……" if end < le else ""
        return prefix + text + suffix

    def section(self, hit: Hit) -> str | None:
        part = self.report.part_at(hit.start)
        return part.label if part else None

    def where(self, hit: Hit) -> str:
        return f"第{self.report.line_of(hit.start)}行"


def scope_kinds(scope: list[str] | None, default: str = "last_year") -> frozenset[str]:
    names = scope if scope else [default]
    kinds: set[str] = set()
    for name in names:
        kinds.update(SCOPE_ALIASES.get(name, (name,)))
    return frozenset(kinds)
