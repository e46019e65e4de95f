"""``kind: duplicates`` — no sentence or long clause is written twice.

Splits the report body into clauses at punctuation (，。；：、 and line ends),
ignores quoted titles (《…》, “…”) and white space, and fails when a clause of
at least ``min_chars`` characters occurs more than once — a sign of careless
copy-and-paste ("专职法制工作人员较少，专职法制工作人员较少").

::

    kind: duplicates
    min_chars: 10
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar, Literal

import regex
from pydantic import Field

from ..matching import Context, Hit
from .base import Outcome, RuleBase

_CLAUSE_CHAR = r"[^，,。；;：:、！!？?\n“”\"《》()（）]"
_CLAUSE = regex.compile(_CLAUSE_CHAR + "+")
# Patterns of literal characters only run with the standard library's re, which scans such
# classes faster than regex (the white space class stays with regex: its \s differs from re's).
_QUOTED = re.compile(r"《[^《》\n]{0,80}》|“[^“”\n]{0,40}”")
_SPACE = regex.compile(r"\s+")


@functools.lru_cache(maxsize=16)
def _quotes_or_long_clauses(min_chars: int) -> re.Pattern:
    """One pass over the body: a quoted title (skipped, as if blanked out with 、) or a run of
    _CLAUSE characters at least ``min_chars`` long.  Shorter clauses can never reach
    ``min_chars`` once white space is dropped, so they are not even collected; quotes open
    with characters that end a clause, so no clause ever runs into one."""
    return re.compile(_QUOTED.pattern + "|" + _CLAUSE_CHAR + "{%d,}" % min_chars)


class DuplicatesRule(RuleBase):
    kind: Literal["duplicates"]
    min_chars: int = Field(10, ge=4)

    name: ClassVar[str] = "duplicates"

    def evaluate(self, ctx: Context) -> Outcome:
        report = ctx.report
        body = report.norm[: report.body_end]
        first_seen: dict[str, int] = {}
        repeats: list[tuple[int, int, int]] = []  # (start, end, first start)
        min_chars = self.min_chars
        for m in _quotes_or_long_clauses(min_chars).finditer(body):
            key = m.group(0)
            if key[0] in "《“":
                continue  # a quoted title: not a clause
            if " " in key or not key.isprintable():  # every other white space is unprintable
                key = _SPACE.sub("", key)
                if len(key) < min_chars:
                    continue
            if key in first_seen:
                repeats.append((m.start(), m.end(), first_seen[key]))
            else:
                first_seen[key] = m.start()
        if not repeats:
            notes = [f"检查了{len(first_seen)}个不少于{self.min_chars}字的分句"] if ctx.explain else []
            return Outcome("pass", 1.0, [], "没有重复语句", notes)
        notes = []
        for start, end, first in repeats if ctx.explain else repeats[:1]:  # the first one is the detail
            notes.append(
                f"第{report.line_of(start)}行「{report.text[start:end].strip()}」与第{report.line_of(first)}行重复"
            )
        hits = [Hit(s, e) for s, e, _ in repeats[:3]]
        return Outcome("fail", 0.0, hits, f"{len(repeats)}处重复：" + notes[0], notes)
