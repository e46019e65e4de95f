"""The parsed report: plain data produced by :mod:`scorer.parse`.

Offsets are character offsets into ``Report.text`` (the text as extracted from
the file) and ``Report.norm`` (its normalised copy of the same length).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from .vocabulary import REPORTED, REPORTED_NONE

# The kinds of top-level part a report is split into.
PART_KINDS = (
    "preamble",  # text before the first heading (recipient line, introduction)
    "measures",  # 主要举措和成效 and thematic parts that report last year's work
    "first_responsible",  # 党政主要负责人履行第一责任人职责情况
    "shortcomings",  # 存在的不足和原因
    "next_year_plan",  # 下一年度主要安排
    "other",  # 其他需要报告的情况, suggestions, anything after the plan
)

PART_LABELS = {
    "preamble": "开头部分",
    "measures": "主要举措和成效",
    "first_responsible": "第一责任人职责履行情况",
    "shortcomings": "存在的不足和原因",
    "next_year_plan": "下一年度主要安排",
    "other": "其他",
}
_PREAMBLE_LABEL = PART_LABELS["preamble"]


# Heading and Enumeration are frozen dataclasses with a hand-written __init__ (init=False).
# The generated one of a frozen dataclass sets each field through object.__setattr__, which
# made a Heading cost ≈ 1.1 µs; the parser creates ≈ 25 of these per report.  Filling the
# instance __dict__ directly is what that __init__ amounts to (no defaults, no
# __post_init__), at half the cost.  Fields, order, equality, hashing, repr and
# immutability are the dataclass's own.  Keep each __init__ in step with its fields.


@dataclass(frozen=True, init=False)
class Heading:
    level: int  # 1 = 一、/第一部分/unnumbered part heading, 2 = （一）, 3 = 1. / 1、, 4 = （1）
    style: str  # "cn" 一、, "part" 第一部分, "cn_paren" （一）, "num" 1., "num_paren" （1）, "plain"
    value: int | None  # the number the marker carries; None for unnumbered headings
    title: str  # the heading as written (original text), marker included
    line: int  # 1-based line number
    start: int  # offset of the heading's first character
    end: int  # offset just after the heading title (its body may follow on the same line)

    def __init__(self, level: int, style: str, value: int | None, title: str, line: int, start: int, end: int) -> None:
        self.__dict__.update(level=level, style=style, value=value, title=title, line=line, start=start, end=end)


@dataclass(frozen=True, init=False)
class Enumeration:
    """An inline enumeration marker such as 一是 / 二是."""

    value: int
    line: int
    start: int
    heading_index: int  # index into Report.headings of the nearest preceding heading, -1 if none

    def __init__(self, value: int, line: int, start: int, heading_index: int) -> None:
        self.__dict__.update(value=value, line=line, start=start, heading_index=heading_index)


@dataclass
class Part:
    kind: str
    heading: Heading | None
    start: int  # first offset of the part (its heading, if any)
    body_start: int  # first offset after the heading title
    end: int  # offset after the part's last character

    @property
    def cut(self) -> bool:
        """Whether the part was cut from the end of another and has no heading of its own (a closing paragraph:
        2025年，县政府将……): its ``heading`` is the one it comes after — none in a report without headings, where
        each part but the preamble is one."""
        if self.heading is None:
            return self.kind != "preamble"
        return self.start > self.heading.start

    @property
    def label(self) -> str:
        """The heading's title; for a part cut from the end of another (:attr:`cut`), that the part comes after its
        heading's text, and what it was read as (two such parts after one heading, the problems and the plan, are
        told apart)."""
        return f"{self.place}（{PART_LABELS[self.kind]}）" if self.cut else self.place

    @property
    def place(self) -> str:
        """Where the part is: its heading's title, or that it comes after that heading's text."""
        heading = self.heading
        if heading is None:
            return f"{_PREAMBLE_LABEL}之后的无标题段落" if self.cut else _PREAMBLE_LABEL
        return f"{heading.title}之后的无标题段落" if self.cut else heading.title


@dataclass
class Meta:
    title: str | None = None
    organization: str | None = None
    # the same, normalised (simplified characters, half-width, no spaces): what rules match
    # (西鄉縣民政局 is 西乡县民政局)
    title_key: str | None = None
    organization_key: str | None = None
    year: int | None = None
    year_source: str | None = None  # "title", "body" or "signature"
    signing_date: dt.date | None = None
    signing_line: int | None = None
    document_number: str | None = None
    document_number_year: int | None = None
    document_number_line: int | None = None


_CLAUSE_BREAKS = frozenset("，,；;")
_TITLE_MAX = 24  # characters of a two-phrase title with its body on the same line, marker included
_SENTENCE_ENDS = ("。", "；", ";")
_LIST_ENDS = ("；", ";")


@dataclass
class Report:
    text: str
    norm: str
    line_starts: list[int]
    headings: list[Heading]
    parts: list[Part]
    enumerations: list[Enumeration]
    meta: Meta
    body_end: int  # where the signature block starts (or len(text))
    # short unnumbered lines over a paragraph inside the parts that are not headings (依法履行管理职能
    # under 一、, a bold line in a .docx that numbers its parts): titles all the same
    subtitles: list[Heading] = field(default_factory=list)
    # items opened by an ordinal inside a line (第一，……；第二，……): counted like 一是, 二是
    ordinals: list[Enumeration] = field(default_factory=list)
    # lists numbered inside a line ((1)……；(2)……；(3)……), each of two items at least: counted from 1
    inline_lists: list[list[Enumeration]] = field(default_factory=list)
    _part_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._part_starts = [p.start for p in self.parts]

    def line_of(self, offset: int) -> int:
        """1-based line number of ``offset``."""
        return bisect_right(self.line_starts, offset)

    def line_text(self, line: int) -> str:
        start = self.line_starts[line - 1]
        end = self.line_starts[line] - 1 if line < len(self.line_starts) else len(self.text)
        return self.text[start:end]

    def is_sentence(self, h: Heading) -> bool:
        """A numbered line that opens with a sentence (（1）全面落实……制度，抽查案卷540宗。 /
        1．区政府主要负责同志……职责，全年主持……；): its "title" ends at a ； (an item of a list), or
        at a 。 and holds a clause break, or is the whole line and reports a count (1．全年收到复议申请
        2件，均维持), or reports none (3.全年未发生行政复议案件。……).  It is a statement, not a heading's
        title: duplicates and scopes read it as text.  (（一）强化组织领导。 and 补齐短板弱项，推进…… on a line of its own are titles.)"""
        norm = self.norm
        after = norm[h.end : h.end + 1]
        if after in _LIST_ENDS:
            return True  # a title ends at its full stop, a list's item at ；: 1．本局全年未被申请行政复议；……
        if after in _SENTENCE_ENDS:
            if _CLAUSE_BREAKS.isdisjoint(norm[h.start : h.end]):
                # (one that reports none is a statement: 3.全年本局未发生行政复议和行政诉讼案件。受理……)
                return REPORTED_NONE.search(norm, h.start, h.end) is not None
            # two short phrases over a body on the same line (（七）深化政务公开，自觉接受监督。全年……) are
            # a title; a whole line of one sentence, or one that reports a count, is a statement
            line_end = norm.find("\n", h.end)
            body_follows = norm[h.end + 1 : line_end if line_end >= 0 else len(norm)].strip() != ""
            return not body_follows or h.end - h.start > _TITLE_MAX or REPORTED.search(norm, h.start, h.end) is not None
        # a whole line without a full stop: a statement when it reports a count (1．全年收到复议申请2件，均维持)
        return REPORTED.search(norm, h.start, h.end) is not None

    @cached_property
    def heading_starts(self) -> list[int]:
        """Where each of ``headings`` starts, in order: for bisection."""
        return [h.start for h in self.headings]

    @cached_property
    def title_bounds(self) -> tuple[list[int], list[int]]:
        """Starts and ends of ``titles``, in order: for bisection."""
        titles = self.titles
        return [h.start for h in titles], [h.end for h in titles]

    @cached_property
    def enumeration_starts(self) -> list[int]:
        """Where each of ``enumerations`` (一是, 二是…) starts, in order: for bisection."""
        return [e.start for e in self.enumerations]

    @cached_property
    def titles(self) -> list[Heading]:
        """The headings that are titles, not numbered sentences (:meth:`is_sentence`): what a
        scope without headings and the duplicate check leave out; with the unnumbered
        sub-headings (``subtitles``), in order."""
        titles = [h for h in self.headings if not self.is_sentence(h)]
        if self.subtitles:
            titles = sorted(titles + self.subtitles, key=lambda h: h.start)
        return titles

    def part_index(self, offset: int) -> int:
        """Index in ``parts`` of the last part starting at or before ``offset`` (-1: none)."""
        return bisect_right(self._part_starts, offset) - 1

    def part_at(self, offset: int) -> Part | None:
        # Called for most hits, often more than once: bisect_right is bound at import.
        i = bisect_right(self._part_starts, offset) - 1
        if i < 0:
            return None
        part = self.parts[i]
        return part if offset < part.end else None

    def run(self, i: int) -> tuple[int, int]:
        """The first and last index of the run of neighbouring parts of ``parts[i]``'s kind
        (二、存在的问题 / 三、原因分析: one shortcomings part in two)."""
        parts = self.parts
        kind = parts[i].kind
        first = last = i
        while first > 0 and parts[first - 1].kind == kind:
            first -= 1
        while last + 1 < len(parts) and parts[last + 1].kind == kind:
            last += 1
        return first, last

    def parts_of(self, kind: str) -> list[Part]:
        return [p for p in self.parts if p.kind == kind]

    def outline(self, depth: int = 2) -> list[str]:
        """The structure as read, one line per part and per heading under it (down to
        ``depth`` levels below the parts), indented by level: what `scorer explain
        --structure` prints and docs/structure.md pictures."""
        top = self.parts[1].heading.level if len(self.parts) > 1 and self.parts[1].heading else 1
        out = []
        for part in self.parts:
            line = self.line_of(part.start)
            out.append(f"第{line}行 [{PART_LABELS[part.kind]}] {_short(part.place)}")
            for h in self.headings:
                if part.start <= h.start < part.end and 0 < h.level - top <= depth:  # (a cut part may open on one)
                    out.append(f"{'  ' * (h.level - top)}第{h.line}行 {_short(h.title)}")
        return out

    def in_heading(self, offset: int) -> bool:
        """True when ``offset`` falls inside a top-level part's heading title."""
        part = self.part_at(offset)
        return part is not None and part.heading is not None and offset < part.body_start


def _short(title: str, width: int = 30) -> str:
    return title if len(title) <= width else title[:width] + "……"
