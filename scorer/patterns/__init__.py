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

from .planner import Plan, plan
from .sets import PatternSet, _containment, pattern_set, split_plain, rule_patterns

__all__ = ["Plan", "PatternSet", "pattern_set", "split_plain", "plan", "rule_patterns", "_containment"]
