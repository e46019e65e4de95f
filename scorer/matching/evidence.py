"""Quoting a hit: its line, a snippet of the original text, its section."""

from __future__ import annotations

import re
from bisect import bisect_right

from ..results import Evidence
from .searcher import Hit


# where a snippet may start or end: just after a clause's punctuation, or at the line's
# start or end, at most _SNAP characters wider than its width (else where the width falls)
_CLAUSE_PUNCT = "。；;，,：:！!？?、"
_LAST_PUNCT = re.compile(f"[{_CLAUSE_PUNCT}][^{_CLAUSE_PUNCT}]*$")  # (searched up to a position: the last before it)
_FIRST_PUNCT = re.compile(f"[{_CLAUSE_PUNCT}]")
_SNAP = 8


def _clause_start(text: str, start: int, line_start: int) -> int:
    """Just after the last punctuation at most _SNAP characters before ``start``, or the
    line's start within that reach; else ``start``."""
    floor = max(line_start, start - _SNAP)
    m = _LAST_PUNCT.search(text, floor, start)
    if m is not None:
        return m.start() + 1
    return line_start if floor == line_start else start


def _clause_end(text: str, end: int, line_end: int) -> int:
    """Just after the first punctuation at most _SNAP characters after ``end``, or the
    line's end within that reach; else ``end``."""
    ceiling = min(line_end, end + _SNAP)
    m = _FIRST_PUNCT.search(text, end, ceiling)
    if m is not None:
        return m.start() + 1
    return line_end if ceiling == line_end else end


class Quoting:
    """The evidence part of :class:`~scorer.matching.Context`."""

    def _quote(self, hit: Hit, width: int) -> tuple[int, str]:
        """1-based line of ``hit`` and about ``width`` characters of its line around it,
        from the original text, with …… where the line goes on."""
        line, text, _, _ = self._located_quote(hit, width)
        return line, text

    def _located_quote(self, hit: Hit, width: int) -> tuple[int, str, tuple[int, int] | None, tuple[int, int]]:
        """:meth:`_quote` plus where the hit's words are: (start, end) in the snippet
        (None when stripping cut into them) and (start, end) columns in its line."""
        report = self.report
        text = report.text
        line_starts = report.line_starts
        h_start, h_end = hit
        line = bisect_right(line_starts, h_start)
        ls = line_starts[line - 1]
        le = line_starts[line] - 1 if line < len(line_starts) else len(text)
        start = h_start - width // 2
        if start < ls:
            start = ls
        end = start + width
        if end < h_end:
            end = h_end
        if end > le:
            end = le
        if start > ls:  # from a clause's start (……局主要负责人……, not ……要负责人……)
            start = _clause_start(text, start, ls)
        if end < le:  # to a clause's end, its punctuation shown
            end = _clause_end(text, end, le)
        raw = text[start:end]
        quote = raw.strip()
        offset = h_start - start - (len(raw) - len(raw.lstrip()))
        if start > ls:
            quote = "……" + quote
            offset += 2
        if end < le:
            quote += "……"
        size = (h_end if h_end < end else end) - h_start
        mark = (offset, offset + size) if offset >= 0 and size > 0 and offset + size <= len(quote) else None
        return line, quote, mark, (h_start - ls, (h_end if h_end < le else le) - ls)

    def snippet(self, hit: Hit, width: int = 36) -> str:
        return self._quote(hit, width)[1]

    def evidence(self, hit: Hit, width: int = 36) -> Evidence:
        """The :class:`~scorer.results.Evidence` of ``hit``: line and section as
        :meth:`Report.line_of` and :meth:`section`, text as :meth:`snippet`."""
        line, text, mark, columns = self._located_quote(hit, width)
        part = self.report.part_at(hit.start)
        return Evidence(line=line, section=part.label if part else None, text=text, mark=mark, columns=columns)

    def section(self, hit: Hit) -> str | None:
        part = self.report.part_at(hit.start)
        return part.label if part else None

    def where(self, hit: Hit) -> str:
        return f"第{self.report.line_of(hit.start)}行"


