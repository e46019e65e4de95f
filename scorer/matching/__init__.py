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
(see :meth:`Context._find_near`) or at the occurrences of the word all its matches
start with; without the regex time limit (and with the standard library's ``re`` when
it means the same) when :func:`~scorer.patterns.plan` bounds the steps well within it.
Patterns the set does not know (or cannot analyse) simply run as before, so the answers never depend on the set — only
the speed does.  Rule kinds ask for many patterns at once (:meth:`Context.found`)
and test hits against scope and citations by bisection in bounds computed once
per report (:meth:`Context.scope`, :meth:`Context.citations`).
"""

from __future__ import annotations

from ..document import Report
from ..patterns import PatternSet
from .evidence import Quoting
from .geometry import CLAUSE_BREAK, SCOPE_ALIASES, Geometry, scope_kinds
from .lexicon import (
    DEFAULT_NEGATION_CUES, DEFAULT_REQUIREMENT_CUES, DEFAULT_PLAN_WORDS, DEFAULT_STOCK_OPENERS, HOLLOW, REPORTED, REQUIREMENT_REACH, SPELLED_OUT_CUE, TARGET, TOPIC_WORDS, ZERO_ACTIVITY, ZERO_TAIL,
    Negation, _alternation_rx, _negation_rx, _stock_rx,
)  # fmt: skip
from .searcher import Hit, PatternTimeout, Searcher, compile_any, compile_pattern


class Context(Searcher, Geometry, Negation, Quoting):
    """One parsed report for one evaluation run: finding (:mod:`.searcher`), where a hit
    is (:mod:`.geometry`), negation (:mod:`.lexicon`) and quoting (:mod:`.evidence`)."""

    def __init__(
        self,
        report: Report,
        *,
        timeout: float = 1.0,
        negation_cues=DEFAULT_NEGATION_CUES,
        negation_window: int = 10,
        requirement_cues=DEFAULT_REQUIREMENT_CUES,
        stock_openers=DEFAULT_STOCK_OPENERS,
        plan_words=DEFAULT_PLAN_WORDS,
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
        self._requirement_rx = _alternation_rx(tuple(requirement_cues))
        self._requirement_cues: tuple[list[int], list[int]] | None = None  # starts, ends in the text
        self._stock_rx = _stock_rx(tuple(stock_openers))
        self._plan_rx = _alternation_rx(tuple(plan_words))
        self._work_plan: tuple[list[int], list[int], list[str]] | None = None  # its sentences, found once
        self._hollow: list[tuple[int, int]] | None = None  # lines of a measures part written as a plan reporting nothing done, found once
        self._double_negatives: list[tuple[int, int]] | None = None  # 未发生……未经……的情况, found once
        self._terms: list[tuple[int, int, str]] | None = None  # 聘期已于2024年12月届满 (an earlier year), 聘期自2026年……起 (a later), found once
        self._cache: dict = {}  # pattern text (or text and flags) → hits
        self._citations: tuple[list[int], list[int]] | None = None
        self._scopes: dict = {}  # (part kinds, headings) → scope bounds
        self._patterns = patterns
        self._ends: dict[str, list[int]] | None = None  # the set's words → where they end


__all__ = [
    "CLAUSE_BREAK", "Context", "DEFAULT_NEGATION_CUES", "DEFAULT_PLAN_WORDS", "DEFAULT_REQUIREMENT_CUES", "DEFAULT_STOCK_OPENERS", "HOLLOW", "Hit", "PatternTimeout", "SPELLED_OUT_CUE",
    "REPORTED", "REQUIREMENT_REACH", "SCOPE_ALIASES", "TARGET", "TOPIC_WORDS", "ZERO_ACTIVITY", "ZERO_TAIL", "compile_any", "compile_pattern", "scope_kinds",
]  # fmt: skip
