"""``kind: duplicates`` — no sentence or long clause is written twice.

Splits the report body into clauses at punctuation (，。；：、 and line ends),
ignores quoted titles (《…》, “…”) and white space, and fails when a clause of
at least ``min_chars`` characters occurs more than once — a sign of careless
copy-and-paste ("专职法制工作人员较少，专职法制工作人员较少").  With ``min_apart_chars``, a
clause repeated anywhere but right after its first copy needs that many characters: a short
fact or phrase said again in another part (全局持证执法人员42人 among the measures and among
the problems) is no copy, nor is a clause ending on a figure said again (出庭应诉率100% in a summary
of the year's figures) unless it has ``min_across_chars``; with ``min_across_chars``, a clause said again in a part of
another kind needs that many (严格落实禁牧休牧和草畜平衡制度 among the measures and again in the
plan names a work item twice), unless it is a whole sentence both times; with ``restated_with``,
a clause said again apart in a sentence that gives a cause (部分街道尚未配备公职律师，主要是由于……)
names a problem again to explain it, and needs ``min_across_chars`` too.  A whole sentence
(up to 。；！？ or a line end) of at least ``min_sentence_chars`` characters
written twice fails too, even when each of its clauses is short
(组建“服务专员”队伍86人，联系企业412家，解决用工、融资等问题139个。).  With
``min_shared_chars``, a clause that opens or ends on the same that many characters as another
in a part of the same kind is a copy too: a long clause copied under another opening
(同时，我局依托……提供合同审查 / 依托……提供合同审查); with ``min_shared_across_chars``, in a part of any kind
when that many are alike (a measure's long clause written again in the plan under 下一步，我镇将……).  With
``min_run_chars``, a run of clauses
copied together, in any parts, is a copy when it holds that many characters and a clause break
(，；。) — each clause short, the run long (通过以案释法等方式，引导群众知法守法，……意识普遍增强
among the measures and inside a problem); the clause before the run joins it with the end both copies share
(三是基层执法队伍力量不足，…… / 解决基层执法队伍力量不足，……).

Headings are not sentences: a sub-heading that echoes a phrase of the opening
(（一）深入学习贯彻习近平法治思想) is not a duplicate, and neither is a clause
that ``ignore`` matches whole (a standard formula), nor a run of clauses made of such formulas and documents' titles
(坚持以……思想为指导，深入学习贯彻习近平法治思想，认真贯彻落实《……》).  Page chrome (a title the web
page repeats) never reaches the rule: the parser blanks it.

::

    kind: duplicates
    min_chars: 10
    min_apart_chars: 12        # optional (default min_chars): a clause repeated further away
    min_across_chars: 20       # optional (default min_apart_chars): … in a part of another kind
    min_sentence_chars: 20     # optional (default 20)
    min_shared_chars: 20       # optional (default off): … opening or ending alike
    min_shared_across_chars: 26  # optional (default off): … so in parts of any kind
    min_run_chars: 30          # optional (default off): clauses copied together, in any parts
    ignore: ['深入学习贯彻习近平法治思想']
    restated_with: ['由于', '原因']   # optional: with min_apart_chars, a cause given in the sentence
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from itertools import accumulate
from typing import Literal

import regex
from pydantic import Field, field_validator

from ..matching import Context, Hit, compile_any
from ..parse.dates import is_org
from ..parse.markers import marker_length
from ..vocabulary import CN_NUMERALS
from .base import Outcome, RuleBase, check_patterns

# Clauses are the runs of characters between these.
_SEPARATORS = "，,。；;：:、！!？?\n“”\"《》()（）"
# Patterns of literal characters only run with the standard library's re, which scans such
# classes faster than regex (the white space class stays with regex: its \s differs from re's).
_TITLE = re.compile(r"《[^《》\n]{0,80}》")
_QUOTED = re.compile(_TITLE.pattern + r"|“[^“”\n]{0,40}”")
_SPACE = regex.compile(r"\s+")


class DuplicatesRule(RuleBase):
    kind: Literal["duplicates"]
    min_chars: int = Field(10, ge=4)
    min_sentence_chars: int = Field(20, ge=4, description="a whole sentence of at least this many characters may not occur twice, short clauses or not")
    min_apart_chars: int | None = Field(
        None,
        ge=4,
        description="a clause repeated apart from its first copy (not the clause right after it) needs at least this many "
        "characters (default: min_chars): a short fact or phrase restated later is no copy-and-paste",
    )
    min_across_chars: int | None = Field(
        None,
        ge=4,
        description="a clause repeated in a part of another kind (a measure named again in the plan) needs at least this many "
        "characters (default: min_apart_chars)",
    )
    min_shared_chars: int | None = Field(
        None,
        ge=8,
        description="a clause that opens or ends with the same this many characters as another clause in a part of the same "
        "kind is a copy too (a long clause copied under another opening: 我局依托……提供合同审查 / 依托……提供合同审查)",
    )
    min_shared_across_chars: int | None = Field(
        None,
        ge=8,
        description="with min_shared_chars: a clause that opens or ends with the same this many characters as another clause "
        "in a part of any kind is a copy too (a measure's long clause written again in the plan under another opening)",
    )
    min_run_chars: int | None = Field(
        None,
        ge=12,
        description="a run of clauses (one of them at least min_chars long) written twice, in any parts, is a copy when it "
        "holds this many characters and a clause break (，；。)",
    )
    ignore: list[str] = Field(default_factory=list, description="patterns of standard formulas (matched whole) that may repeat")
    restated_with: list[str] = Field(
        default_factory=list,
        description="with min_apart_chars: patterns of a cause given (由于, 原因): a clause said again apart from its first copy, "
        "shorter than min_across_chars, in a sentence that gives a cause names a problem again to explain it — no copy "
        "(……尚未配备公职律师。 among the problems, then ……尚未配备公职律师，主要是由于……。)",
    )

    _check = field_validator("ignore", "restated_with")(lambda cls, v: check_patterns(v))

    def passes_when(self) -> str:
        apart = (
            f" (a clause apart from its first copy: at least {self.min_apart_chars})"
            if self.min_apart_chars is not None and self.min_apart_chars > self.min_chars
            else ""
        )
        if self.min_across_chars is not None:
            apart += f" (in a part of another kind: at least {self.min_across_chars})"
        if self.restated_with and apart:
            apart += " (in a sentence that gives a cause: as in a part of another kind)"
        if self.min_shared_chars is not None:
            apart += f", nor a clause opening or ending on the same {self.min_shared_chars} characters as another in a part of the same kind,"
            if self.min_shared_across_chars is not None:
                apart += f" or on the same {self.min_shared_across_chars} in a part of any kind,"
        if self.min_run_chars is not None:
            apart += f", nor a run of clauses of {self.min_run_chars} characters or more written twice,"
        return (
            f"no clause of at least {self.min_chars} characters{apart}, and no sentence of at least {self.min_sentence_chars}, "
            "occurs twice in the body (quoted titles ignored)."
        )

    def evaluate(self, ctx: Context) -> Outcome:
        report = ctx.report
        titles = [h for h in report.titles if not _sentence_title(report.norm, h)]
        body = _without_markers(_without_headings(report.norm[: report.body_end], titles, report.headings))
        split = _split(body)
        first_seen, repeats = _clauses(body, self.min_chars, every=ctx.explain, split=split)
        if repeats and self.ignore:
            repeats = self._not_ignored(body, repeats)
        clauses = repeats  # every clause said twice, before the rules on where and how long
        if repeats and self.min_apart_chars is not None and self.min_apart_chars > self.min_chars:
            figure_min = max(self.min_apart_chars, self.min_across_chars or 0)
            restated = compile_any(tuple(self.restated_with))
            repeats = [r for r in repeats if _copied(body, r, self.min_apart_chars, figure_min, restated, ctx.timeout)]
        if repeats and self.min_across_chars is not None:
            repeats = [r for r in repeats if _across_copied(report, body, r, self.min_across_chars)]
        # a sentence of short clauses written twice (also beside the clauses found: each copy is told)
        sentences = _sentences(body, self.min_sentence_chars)
        if sentences and self.ignore:
            sentences = self._not_ignored(body, sentences)
        if sentences:
            repeats = sorted(repeats + _apart(repeats, sentences))
        if repeats:  # the unit's name alone on a line (a letterhead over a title that opens with it; a signature) is no sentence
            repeats = [r for r in repeats if not _unit_line(body, r[0], r[1])]
        if not repeats and self.min_shared_chars is not None:  # a long clause copied under another opening
            repeats = _shared_ends(report, body, split[1], self.min_shared_chars, compile_any(tuple(self.ignore)), self.min_shared_across_chars)
        if not repeats and self.min_run_chars is not None:  # short clauses copied together
            # (seeded by the clauses said twice, or by shorter ones: a run may end on a clause too short to count
            # alone, ……活动20场，受众约8000人次, its first clause under another opening, 全年开展……)
            seeds = clauses or _clauses(body, min(_RUN_SEED_CHARS, self.min_chars), every=False, split=split)[1]
            if seeds and not clauses and self.ignore:
                seeds = self._not_ignored(body, seeds)
            repeats = _runs(body, seeds, self.min_run_chars, compile_any(tuple(self.ignore)))
        if not repeats:
            notes = [f"检查了{len(first_seen)}个不少于{self.min_chars}字的分句"] if ctx.explain else []
            return Outcome("pass", 1.0, [], "没有重复语句", notes)
        repeats = [_trimmed_repeat(body, *r) for r in repeats]  # (past a marker blanked: 四是……)
        repeats = _joined(report.norm, repeats)  # one sentence's clauses copied together: one place
        # shown as far as both copies agree (two found apart may widen to the same place: told once)
        repeats = list(dict.fromkeys(_widened(report.norm, *r) for r in repeats))
        notes = []
        for start, end, first in repeats if ctx.explain else repeats[:1]:  # the first one is the detail
            line, first_line = report.line_of(start), report.line_of(first)
            where = "同一行前文" if line == first_line else f"第{first_line}行"
            notes.append(f"第{line}行「{report.text[start:end].strip()}」与{where}重复")
        # the first repeat's first copy, then the repeats: where it was said first is shown too
        start, end, first = repeats[0]
        hits = [Hit(first, min(first + end - start, len(report.norm)))] + [Hit(s, e) for s, e, _ in repeats[:2]]
        return Outcome("fail", 0.0, hits, f"{len(repeats)}处重复：" + notes[0] + _others_told(report, repeats), notes)


    def _not_ignored(self, body: str, repeats):
        """The repeats that are not a standard formula of ``ignore`` (matched whole, an item marker opening it blanked in
        ``body``: 一是深入学习贯彻习近平法治思想。)."""
        ignore = compile_any(tuple(self.ignore))
        return [r for r in repeats if not ignore.fullmatch(_SPACE.sub("", body[r[0] : r[1]]))]


# an item marker opening a sentence (……。三是, ……；2.): the break before it, the marker in group 1
# (the break matched first: ≈ 4× faster than a look-behind or a check of each marker found)
_MARKER = re.compile(r"[。；;！!？?：:\n]([ \t\u3000]*(?:[一二三四五六七八九十]{1,2}是|\d{1,2}[.．](?!\d)))")


def _without_markers(body: str) -> str:
    """``body`` with the item markers opening its sentences (三是, 2.) blanked with spaces (same
    length): 三是……提高。 copies ……提高。 written elsewhere without one."""
    spans = [m.span(1) for m in _MARKER.finditer(body)]
    if not spans:
        return body
    out, at = [], 0
    for start, end in spans:
        out += [body[at:start], " " * (end - start)]
        at = end
    out.append(body[at:])
    return "".join(out)


def _trimmed_repeat(body: str, start: int, end: int, first: int) -> tuple[int, int, int]:
    """A repeat (start, end, start of the first copy) without the white space at either end of
    each copy in ``body`` (an item marker blanked there, 四是, is white space): both copies then
    start on the same character, as :func:`_widened` needs."""
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    while first < len(body) and body[first].isspace():
        first += 1
    return start, end, first


def _joined(norm: str, repeats: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """``repeats`` (start, end, start of the first copy; in order) with those that follow each
    other both times — nothing but separators between them and between their first copies, or
    the same short text (a clause too short to count on its own) — joined into one: a sentence
    copied whole is one repeat, not one per clause."""
    joined: list[tuple[int, int, int]] = []
    for start, end, first in repeats:
        if joined:
            p_start, p_end, p_first = joined[-1]
            p_first_end = p_first + (p_end - p_start)
            between = norm[p_end:start]
            if 0 <= start - p_end <= _JOIN_GAP and (
                between == norm[p_first_end:first]  # the same text between them both times (a short clause)
                or (
                    0 <= first - p_first_end <= _JOIN_GAP
                    and not between.strip(_EDGE)
                    and not norm[p_first_end:first].strip(_EDGE)
                )
            ):
                joined[-1] = (p_start, end, p_first)
                continue
        joined.append((start, end, first))
    return joined


_JOIN_GAP = 24  # characters between two clauses of one copied sentence: separators, or a short clause in both
_EDGE = _SEPARATORS + " \t\u3000"  # what may stand between a copy's clauses, or at its ends, and say nothing
_SENTENCE_BREAKS = frozenset("。！!？?；;\n")
_SENTENCE_BREAK = re.compile("[。！!？?；;\n]")
_FULL_STOPS = "。！!？?"  # (a sentence's end, its list items' ； aside)


def _widened(norm: str, start: int, end: int, first: int) -> tuple[int, int, int]:
    """A repeat (start, end, start of the first copy) widened, for showing, over the characters both
    copies share on either side within their sentence: the clauses too short to count on their own
    (……问题，执法队能够及时到场处置，做到件件有回应) are quoted with the one that counts."""
    n = len(norm)
    while start < end and norm[start] in _EDGE:  # (a run that opens on its sentence's break: not widened past it)
        start += 1
        first += 1
    length = end - start
    while end < n and first + length < start and norm[end] == norm[first + length] and norm[end] not in _SENTENCE_BREAKS:
        end += 1
        length += 1
    while first > 0 and first + (end - start) < start and norm[start - 1] == norm[first - 1] and norm[start - 1] not in _SENTENCE_BREAKS and not norm[start - 1].isspace():
        start -= 1
        first -= 1
    if start < end and norm[start] == "是" and start and norm[start - 1] in CN_NUMERALS:  # (not the 是 of two markers, 一是/二是)
        start += 1
        first += 1
    while start < end and norm[start] in _EDGE:  # (not the separators they share at their ends)
        start += 1
        first += 1
    while end > start and norm[end - 1] in _EDGE:
        end -= 1
    if end < n and norm[end] == "”" and norm.count("“", start, end) > norm.count("”", start, end):
        end += 1  # (the quotation mark a quoted word opened inside it: 防止“非粮化”)
    return start, end, first


_SEPARATOR = re.compile("[" + re.escape(_SEPARATORS) + "]")
_CLAUSE_BREAKS = frozenset("，,；;。")
_A_DIGIT = re.compile(r"\d")  # a figure in a run of clauses (see _runs)


def _runs(body: str, clauses: list[tuple[int, int, int]], min_run: int, ignore=None) -> list[tuple[int, int, int]]:
    """The runs of clauses around each clause said twice (``clauses``: (start, end, start of
    the first)) that are the same both times, as (start, end, start of the first): those that
    hold ``min_run`` characters or more (white space, separators, documents' titles and the ``ignore`` formulas aside:
    坚持以……思想为指导，深入学习贯彻习近平法治思想，认真贯彻落实《……纲要》 is formulas only) and a clause break or a figure."""
    out: list[tuple[int, int, int]] = []
    taken = -1
    for start, end, first in clauses:
        if start < taken:
            continue  # a clause of a run already found
        lo, hi, f_lo = start, end, first
        f_hi = _piece_after(body, first - 1)
        while True:  # the clauses before, while alike
            a, b = _piece_before(body, lo), _piece_before(body, f_lo)
            if a is None or b is None or body[lo - 1] != body[f_lo - 1] or body[lo - 1] == "\n":
                break  # (nor across a line's end: a heading blanked over it is empty both times)
            if _bare(body[a : lo - 1]) != _bare(body[b : f_lo - 1]):  # (empty both times between ”“: alike)
                break
            lo, f_lo = a, b
        # (the clauses before it may differ in their openings and end alike: 三是教育系统……力量不足，…… / 解决教育系统……
        # 力量不足，……: the alike end belongs to the run)
        a, b = _piece_before(body, lo), _piece_before(body, f_lo)
        if a is not None and b is not None and body[lo - 1] == body[f_lo - 1] and body[lo - 1] != "\n":
            tail = _common_tail(body[a : lo - 1], body[b : f_lo - 1])
            if tail >= _RUN_TAIL:
                lo, f_lo = lo - 1 - tail, f_lo - 1 - tail
        while hi < len(body) and f_hi < lo:  # the clauses after, while alike (the first copy ending before the second)
            a, b = _piece_after(body, hi), _piece_after(body, f_hi)
            if body[hi] != body[f_hi] or body[hi] == "\n" or _bare(body[hi + 1 : a]) != _bare(body[f_hi + 1 : b]) or b > lo:
                break
            hi, f_hi = a, b
        run = body[lo:hi]
        # (a clause break in it, or a figure: items with their counts, 局长主持召开党组会议4次、局务会议6次……, are a fact
        # said twice; a list of names alone, 执法公示、全过程记录、法制审核……, may be named again)
        if (any(c in _CLAUSE_BREAKS for c in run) or _A_DIGIT.search(run)) and len(_SEPARATOR.sub("", _own_words(run, ignore))) >= min_run:
            out.append((lo, hi, f_lo))
            taken = hi
    return out


_OPEN_TITLE = re.compile(r"《[^《》\n]{0,80}$")  # a document's title cut open at the end of a run (see _own_words)


def _own_words(run: str, ignore=None) -> str:
    """``run`` without white space, its documents' titles (《……》, one cut open at its end too: ……《……纲要（2021－2025年) and
    the ``ignore`` formulas: the words a copy of it would copy (what is in quotes, “城管进社区”, stays: a run's own words)."""
    text = _OPEN_TITLE.sub("", _TITLE.sub("", _bare(run)))
    return ignore.sub("", text) if ignore is not None else text


_RUN_SEED_CHARS = 6  # the shortest clause said twice that may seed a run
_RUN_TAIL = 8  # characters the clauses before a run must end on alike, both times, for their end to join it


def _common_tail(x: str, y: str) -> int:
    """How many characters ``x`` and ``y`` end on alike."""
    k, most = 0, min(len(x), len(y))
    while k < most and x[-1 - k] == y[-1 - k]:
        k += 1
    return k


def _piece_before(body: str, at: int) -> int | None:
    """Where the clause that ends at the separator ``body[at - 1]`` starts: after the separator
    before it (None at the text's start, or past 200 characters)."""
    if at < 2 or body[at - 1] not in _SEPARATORS:
        return None
    m = None
    for m in _SEPARATOR.finditer(body, max(0, at - 201), at - 1):
        pass
    return m.end() if m is not None else (0 if at <= 201 else None)


def _piece_after(body: str, at: int) -> int:
    """Where the clause that starts after ``body[at]`` ends: at the next separator (or the text's end)."""
    m = _SEPARATOR.search(body, at + 1)
    return m.start() if m else len(body)


def _bare(text: str) -> str:
    return _SPACE.sub("", text)


def _unit_line(body: str, start: int, end: int) -> bool:
    """Whether ``start``…``end`` is a whole line that names an organisation and nothing else
    (衡阳市某某局 as a letterhead, and again as the first line of a title split in two)."""
    line_start = body.rfind("\n", 0, start) + 1
    line_end = body.find("\n", end)
    line = body[line_start : len(body) if line_end < 0 else line_end].strip()
    return line == body[start:end].strip() and is_org(line)


_FIGURE_END = re.compile(r"\d(?:[.．]\d+)?(?:%|‰|[件次人名个家项条份起场期户元]|万元|亿元|万人次|人次)?$")  # a clause ending on a figure


def _copied(body: str, repeat: tuple[int, int, int], min_apart: int, figure_min: int, restated=None, timeout=None) -> bool:
    """Whether a repeated clause counts: ``min_apart`` characters or more (white space aside) —
    ``figure_min`` for a clause that states a figure (负责人出庭应诉率100%: a figure said again in a
    summary of the year's figures is no copy), or for one in a sentence that ``restated`` finds a
    cause in (……未配备公职律师，主要是由于……: a problem named again to explain it) — or right after
    its first copy, only separators between (……较少，专职法制工作人员较少)."""
    start, end, first = repeat
    key = _SPACE.sub("", body[start:end])
    if len(key) >= (figure_min if _FIGURE_END.search(key) or _gives_cause(body, start, end, restated, timeout) else min_apart):
        return True
    if start - first > 2 * (end - start) + 8:  # far apart: not right after it (and no long text to edit)
        return False
    if "\n" in body[first:start]:  # another line (a heading blanked) between: not right after it
        return False
    between = _SPACE.sub("", body[first:start])
    return between.startswith(key) and all(c in _SEPARATORS for c in between[len(key) :])


def _gives_cause(body: str, start: int, end: int, restated, timeout=None) -> bool:
    """Whether the sentence (up to 。；！？ or a line end) around ``start``…``end`` holds a match of
    ``restated`` outside that clause (None: never)."""
    if restated is None:
        return False
    line = body.rfind("\n", 0, start) + 1  # (a line end breaks a sentence: the others are looked for in its line)
    lo = max(line, *(body.rfind(c, line, start) + 1 for c in _SENTENCE_BREAKS))
    m = _SENTENCE_BREAK.search(body, end)
    hi = m.start() if m else len(body)
    if restated.search(body, lo, start, timeout=timeout) is not None or restated.search(body, end, hi, timeout=timeout) is not None:
        return True
    # (or in the lead of a list of causes it is an item of: 原因主要是：……；……不够及时全面，……。)
    full = max(line, *(body.rfind(c, line, lo) + 1 for c in _FULL_STOPS))
    colon = max(body.rfind("：", full, lo), body.rfind(":", full, lo))
    return colon >= 0 and restated.search(body, full, colon, timeout=timeout) is not None


def _apart(found: list, others: list) -> list:
    """Those of ``others`` that overlap none of ``found`` (both (start, end, first)): each
    looked up among ``found`` by its start, not compared with every one (a long text copied
    many times has thousands of each)."""
    if not found:
        return list(others)
    spans = sorted((a, b) for a, b, _ in found)
    starts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))  # the furthest end of the spans so far
    kept = []
    for r in others:
        i = bisect_left(starts, r[1])  # the spans that start before r ends
        if i == 0 or reach[i - 1] <= r[0]:
            kept.append(r)
    return kept


def _across_copied(report, body: str, repeat: tuple[int, int, int], min_across: int) -> bool:
    """Whether a repeated clause counts as a copy for ``min_across_chars``: in parts of the same
    kind, as a whole sentence both times (强化……保障制度。 among the measures and among the
    problems), or ``min_across`` characters or more (white space aside); not a clause of a
    longer sentence named again in another part (……，严格落实……制度，…… in the plan)."""
    start, end, first = repeat
    here, there = report.part_at(start), report.part_at(first)
    if (here.kind if here else None) == (there.kind if there else None):
        return True
    if _whole_sentence(body, start, end) and _whole_sentence(body, first, first + (end - start)):
        return True
    return len(_SPACE.sub("", body[start:end])) >= min_across


def _whole_sentence(body: str, start: int, end: int) -> bool:
    """Whether ``start``…``end`` is a sentence of its own: a sentence end or a line end (or
    the text's ends) on either side, or a colon before it (报告如下：……。), white space aside."""
    before = body[:start].rstrip(" \t\u3000")
    after = body[end:].lstrip(" \t\u3000")
    return (not before or before[-1] in "。：:" + _SENTENCE_ENDS) and (not after or after[0] in "。" + _SENTENCE_ENDS)


_SENTENCE_TITLE = 26  # characters of a heading's title, marker included, that make it a long clause


def _sentence_title(norm: str, h) -> bool:
    """Whether the title of heading ``h`` is a long clause over a body on its line — （三）坚持把
    法治建设与乡村振兴、基层治理等中心工作同部署、同推进、同考核。将……: a copy of a long clause
    all the same, where a short title echoing a phrase ((一）强化组织领导。全年……) is not."""
    if h.end - h.start < _SENTENCE_TITLE or norm[h.end : h.end + 1] != "。":
        return False
    line_end = norm.find("\n", h.end)
    return norm[h.end + 1 : line_end if line_end >= 0 else len(norm)].strip() != ""


def _without_headings(body: str, titles, headings=()) -> str:
    """``body`` with each heading title replaced by line ends (same length): a heading is
    not a sentence, so it neither repeats nor is repeated.  A numbered line that is one
    whole sentence (（1）全面落实……制度，抽查案卷540宗。) is not among ``titles``
    (:attr:`Report.titles`): a sentence all the same, without its number (one of ``headings``:
    3．通过……风险。 copies ……，通过……风险。)."""
    spans = [(h.start, h.end) for h in titles]
    taken = {h.start for h in titles}
    numbers = [(h.start, h.start + marker_length(body[h.start : h.end])) for h in headings if h.start not in taken and h.style != "plain"]
    if numbers:
        spans = sorted(spans + numbers)
    if not spans:
        return body
    pieces = []
    at = 0
    for start, end in spans:
        if start >= len(body):
            break
        pieces.append(body[at:start])
        pieces.append("\n" * (min(end, len(body)) - start))
        at = min(end, len(body))
    pieces.append(body[at:])
    return "".join(pieces)


def _without_space(pieces: list[str], sep: str) -> list[str]:
    """``pieces`` without their white space: joined, as no piece holds ``sep``, to test and
    edit them at once (``pieces`` itself when none has any)."""
    if not pieces:
        return pieces
    joined = sep.join(pieces)
    if not joined.isprintable():  # white space other than " " (or other unprintables)
        return _SPACE.sub("", joined).split(sep)
    if " " in joined:
        return joined.replace(" ", "").split(sep)
    return pieces


# Why not one regex pass over the body (a quoted title, or a run of at least min_chars
# characters that are not separators)?  It tests every character against the class in the
# regex engine: ≈ 65 µs a report.  Cutting the body at the separators with str.replace and
# str.split takes ≈ 30 µs, and comparing its long pieces with a set ≈ 10 µs more; most
# reports have no long piece twice, and need nothing else.


def _split(body: str) -> tuple[str, list[str]]:
    """``body`` with every separator replaced by the first, and its pieces between them (piece
    i starts sum(len(pieces[:i])) + i characters into ``body``)."""
    sep = _SEPARATORS[0]
    text = body
    for other in _SEPARATORS[1:]:
        text = text.replace(other, sep)  # a copy only when it occurs
    return text, text.split(sep)


def _clauses(body: str, min_chars: int, every: bool, split=None) -> tuple[dict[str, int], list[tuple[int, int, int]]]:
    """The clauses of ``min_chars`` characters or more (white space aside) outside quoted
    titles, by first offset, and every repeat as (start, end, start of the first).

    A clause is a piece of ``body`` between separators (``split``: :func:`_split` of it, when
    already made).  Unless ``every``, the clauses returned are only those that repeat (the rule
    needs no more).
    """
    sep = _SEPARATORS[0]
    text, pieces = split or _split(body)
    long = [p for p in pieces if len(p) >= min_chars]
    keys = _without_space(long, sep)
    if every:
        lengths = list(map(len, pieces))
        starts = list(accumulate(lengths, initial=0))
        found = [(starts[i] + i, j) for j, i in enumerate(i for i, n in enumerate(lengths) if n >= min_chars)]
    else:
        if len(set(keys)) == len(keys):
            return {}, []  # no long piece twice, so no clause twice (quoted ones are fewer)
        seen: set[str] = set()
        repeated: set[str] = set()
        for k in keys:
            if k in seen:
                repeated.add(k)
            else:
                seen.add(k)
        # Where the pieces that repeat are: the next occurrence of each, between separators,
        # after the one before (any earlier one would be such a piece too).
        padded = sep + text + sep
        found = []
        at = 0
        for j, k in enumerate(keys):
            if k in repeated:
                piece = long[j]
                at = padded.find(sep + piece + sep, at)  # the piece starts at `at` in body
                found.append((at, j))
                at += len(piece) + 1
    # quoted titles never overlap and end with a separator: a piece is inside one if it
    # starts inside it
    quotes = [m.span() for m in _QUOTED.finditer(body)]
    quote_starts = [s for s, _ in quotes]
    first_seen: dict[str, int] = {}
    repeats: list[tuple[int, int, int]] = []
    for start, j in found:
        key = keys[j]
        if len(key) < min_chars:
            continue
        q = bisect_right(quote_starts, start) - 1
        if q >= 0 and start < quotes[q][1]:
            continue
        if key in first_seen:
            repeats.append((start, start + len(long[j]), first_seen[key]))
        else:
            first_seen[key] = start
    return first_seen, repeats


def _shared_ends(report, body: str, pieces: list[str], n: int, ignore=None, across: int | None = None) -> list[tuple[int, int, int]]:
    """Every clause (a piece between separators, white space and the ``ignore`` formulas aside,
    outside quoted titles) that opens or ends with the same ``n`` characters as an earlier one in
    a part of the same kind — or with the same ``across`` characters in a part of any kind —, as
    (start, end, start of the first) of those characters: a long clause copied with another opening
    or ending (同时，我局依托……提供合同审查 / 依托……提供合同审查); ``pieces``: :func:`_split` of ``body``."""
    sep = _SEPARATORS[0]
    keys = _without_space([p for p in pieces if len(p) >= n], sep)
    if len(keys) < 2:
        return []
    heads = [k[:n] for k in keys]
    tails = [k[-n:] for k in keys]
    if len(set(heads)) == len(heads) and len(set(tails)) == len(tails):
        return []  # most reports: no two long clauses open or end alike (before the formulas are left out)
    long = [i for i, p in enumerate(pieces) if len(p) >= n]
    if ignore is not None:
        keys = [ignore.sub("", k) for k in keys]  # a standard formula opening a clause is no copy
        heads = [k[:n] if len(k) >= n else None for k in keys]
        tails = [k[-n:] if len(k) >= n else None for k in keys]
    starts = list(accumulate(map(len, pieces), initial=0))
    quotes = [m.span() for m in _QUOTED.finditer(body)]
    quote_starts = [q for q, _ in quotes]
    first_at: dict[tuple[str, str, str], int] = {}  # (end, part kind, characters) -> index in long
    repeats = []
    for j, i in enumerate(long):
        if heads[j] is None:
            continue
        start = starts[i] + i
        q = bisect_right(quote_starts, start) - 1
        if q >= 0 and start < quotes[q][1]:
            continue
        part = report.part_at(start)
        kind = part.kind if part is not None else ""
        ends = [(end, kind, key, n) for end, key in (("head", heads[j]), ("tail", tails[j]))]
        if across is not None and len(keys[j]) >= across:  # (kind "*": any part)
            ends += [("head", "*", keys[j][:across], across), ("tail", "*", keys[j][-across:], across)]
        for end, where, key, size in ends:
            first = first_at.setdefault((end, where, key), j)
            if first != j and end == "head" and _other_figures(keys[j][size:], keys[first][size:]):
                continue  # (one opening going on to other counts: ……常务会议6次 / ……常务会议会前学法12次, two facts)
            if first != j:
                here, there = _ends_span(pieces, starts, long, keys, j, size, end), _ends_span(pieces, starts, long, keys, first, size, end)
                repeats.append((here[0], here[1], there[0]))
                break
    return repeats


_DIGITS = re.compile(r"\d+")


def _other_figures(rest: str, other: str) -> bool:
    """Whether two clauses that open alike go on, after what they share, to figures of their own
    (……会议6次 / ……会议会前学法12次: two facts told in the same words, not one copied)."""
    mine, theirs = _DIGITS.findall(rest), _DIGITS.findall(other)
    return bool(mine) and bool(theirs) and mine != theirs


def _ends_span(pieces, starts, long, keys, j, n, end) -> tuple[int, int]:
    """Where the ``n`` characters that open (``end`` "head") or end the ``j``-th long piece are;
    the whole piece when a standard formula was left out of its key."""
    i = long[j]
    piece, start = pieces[i], starts[i] + i
    if len(keys[j]) != len(piece) - sum(c.isspace() for c in piece):
        return start, start + len(piece)
    return _span_of(piece, start, n, end == "head")


def _span_of(piece: str, start: int, n: int, head: bool) -> tuple[int, int]:
    """Where the first (``head``) or last ``n`` characters of ``piece`` (white space aside) are,
    ``piece`` starting at ``start``."""
    kept = [k for k, c in enumerate(piece) if not c.isspace()]
    if head:
        return start + kept[0], start + kept[n - 1] + 1
    return start + kept[-n], start + kept[-1] + 1


_SENTENCE_ENDS = "；;！!？?\n"
_ADDED_CLAUSES = 3  # clauses a copy of a sentence may add before or after it


def _trimmed(key: str) -> list[str]:
    """``key`` without its first one, two… or last one, two… clauses (up to ``_ADDED_CLAUSES``
    each way, at its ，): what is left when a copied sentence's added clauses are cut off.
    Bounded, so a long sentence of many clauses costs a few slices, not one per clause."""
    out = []
    i = -1
    for _ in range(_ADDED_CLAUSES):
        i = key.find("，", i + 1)
        if i < 0:
            break
        out.append(key[i + 1 :])
    j = len(key)
    for _ in range(_ADDED_CLAUSES):
        j = key.rfind("，", 0, j)
        if j < 0:
            break
        out.append(key[:j])
    return out


_REOPENED = 8  # characters a copy of a sentence may add to the opening of its first clause (全市农业执法机构开展……)


def _reopened(key: str) -> list[str]:
    """``key`` without its first one to ``_REOPENED`` characters, when they are inside its first
    clause: what is left when a copied sentence's first clause was given another opening
    (街道执法队员……，持证上岗14人 / 执法队员……，持证上岗14人)."""
    comma = key.find("，")
    return [key[i:] for i in range(1, min(_REOPENED, comma - 1) + 1)] if comma > 1 else []


def _sentences(body: str, min_chars: int) -> list[tuple[int, int, int]]:
    """Every repeat of a whole sentence of ``min_chars`` characters or more (white space and
    quoted titles aside), as (start, end, start of the first): the pieces of ``body`` between sentence ends
    and line ends, compared without their white space — also with up to ``_ADDED_CLAUSES``
    clauses at the start or at the end of another sentence left out, as when a sentence is
    copied into one that adds a clause or two (出台服务清单，组建……139个。 and 组建……139个。), or with up to
    ``_REOPENED`` characters opening another's first clause left out, as when a sentence of two
    clauses or more is copied under another opening (街道执法队员……，持证上岗14人。 and 执法队员……，持证上岗14人。)."""
    text = body.replace(",", "，")  # one clause break for the clauses left out below
    for other in _SENTENCE_ENDS:
        text = text.replace(other, "。")  # a copy only when it occurs
    long = [p for p in text.split("。") if len(p) >= min_chars]
    if len(long) < 2:
        return []
    keys = _without_space(long, "。")
    # Most reports repeat no sentence: set operations in C tell, before any loop in Python.
    # A repeat is a sentence that equals another, or what is left of another without some of
    # its first or its last clauses — so the two share their first or their last clause.
    whole = set(keys)
    firsts = [k.partition("，")[0] for k in keys]
    lasts = [k.rpartition("，")[2] for k in keys]
    if len(whole) == len(keys) and len(set(firsts)) == len(firsts) and len(set(lasts)) == len(lasts):
        return []
    first_at: dict[str, int] = {}
    found: list[tuple[int, int, int]] = []  # (piece that repeats, piece it repeats, shared key's length or 0 for whole), by index in long
    for k, key in enumerate(keys):
        if len(key) < min_chars or ("《" in key and len(_TITLE.sub("", key)) < min_chars):
            continue  # short, or long only by a quoted title (学习《……实施条例》)
        first = first_at.setdefault(key, k)
        if first != k:
            found.append((k, first, 0))
    shared_first = {c for c, n in Counter(firsts).items() if n > 1}
    shared_last = {c for c, n in Counter(lasts).items() if n > 1}
    for k, key in enumerate(keys):
        if firsts[k] not in shared_first and lasts[k] not in shared_last:
            continue  # no other sentence starts or ends as this one: no copy of a part of it
        for end in _trimmed(key):
            other = first_at.get(end)
            if other is not None:
                found.append((max(k, other), min(k, other), len(end)))
        for end in _reopened(key):
            other = first_at.get(end)
            if other is not None and "，" in end.strip("，"):  # (two clauses: not one with a stray ， after it)
                found.append((max(k, other), min(k, other), len(end)))
    if not found:
        return []
    # where the long pieces are: each the next occurrence, between sentence ends, after the one
    # before
    padded = "。" + text + "。"
    starts = []
    at = 0
    for piece in long:
        at = padded.find("。" + piece + "。", at)  # the piece starts at `at` in body
        starts.append(at)
        at += len(piece) + 1
    repeats = []
    for k, j, shared in sorted(set(found)):
        both = min(keys[k], keys[j], key=len) if shared else ""  # (the copy that is whole is the text both share)
        span, first_at_ = _shared_span(long[k], starts[k], keys[k], both), _shared_span(long[j], starts[j], keys[j], both)
        repeats.append((span[0], span[1], first_at_[0]))
    return repeats


def _shared_span(piece: str, start: int, key: str, shared: str) -> tuple[int, int]:
    """Where in ``piece`` (starting at ``start``; ``key`` it without white space) the text both
    copies share (``shared``, "" for all of it) is: the piece's first or last clauses, white space
    aside, when it is the longer copy (clauses added after or before the sentence copied), else all
    of it."""
    if not shared or len(shared) >= len(key):
        return start + len(piece) - len(piece.lstrip()), start + len(piece.rstrip())
    # its first clauses when it opens with them (what follows was added), else its last
    return _span_of(piece, start, len(shared), key.startswith(shared + "，"))


def _others_told(report, repeats) -> str:
    """The lines of the repeats after the first, for the detail (；另见第25行、第31行): `scorer explain`
    quotes each, the detail the first only."""
    lines = list(dict.fromkeys(report.line_of(start) for start, _, _ in repeats[1:]))
    if not lines:
        return ""
    return "；另见" + "、".join(f"第{n}行" for n in lines[:3]) + ("等" if len(lines) > 3 else "")
