"""``kind: numbering`` — enumerations run without repeats or gaps.

Checks every numbered sequence of the report:

* headings of each level (一、 / （一） / 1. / （1）) under the same parent
  heading must run 1, 2, 3…; a run of 1. 2. … may also continue across the
  sub-parts of one part (items 1–15 numbered through （一）…（六）);
* a part heading without a number among numbered ones (下步打算 after 三、) is
  neither a repeat nor a gap: the numbered headings around it are checked as usual;
* a run may start again at 1 under an unnumbered sub-heading between it and the run before
  (……（3）…… / 依法履行管理职能 / （1）……: the parser's :attr:`Report.subtitles`), and in a part the
  parser found without a heading (……8.…… / 工作中也还存在一些问题，……如下： / 1.……: the problems' own list);
* inline enumerations 一是、二是… under one heading must count up by one
  (a new run may start again at 一是, also one written inside a clause: 这些问题一是源于……;
  a run nested in one item's line, 二是……：一是……；二是……；三是……。, leaves the outer run to go on
  from that item on the next line: 三是……);
  so must items opened by ordinals, 第一，…… 第二，…… (a run of their own);
* a list numbered inside a line (……三项工作：（1）……；（2）……；（3）……; ……。1.……。2.……) must count from 1 up by one
  (a run of 1. 2. may start again at 1 in a line: a heading run into it).

A heading run into the end of the paragraph before it (a web copy that lost the line
end: ……取得实效。　　（九）数字法治政府建设加快推进) still fills its place: the numbers
missing between two headings count when they stand in the text between them, in order, each
after white space or a sentence end (several run on in one paragraph: （一）……。（二）……。（三）……。
then （四） on a line of its own); so do those missing before the first of a run, in the text after
the heading before it (……把普法融入审计全过程。（1）普法宣传。…… then （2） on a line of its own).

Fails listing each break (``三是`` after ``四是``, ``（二）`` with no ``（一）``).

::

    kind: numbering
"""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import Literal

from ..matching import Context, Hit
from ..parse.markers import marker_length
from ..vocabulary import CN_NUMERALS
from .base import Outcome, RuleBase

_CN = "〇" + CN_NUMERALS


def _cn(n: int) -> str:
    if n >= 100:  # the parser reads at most 99 (九十九); never an IndexError
        return str(n)
    if n <= 10:
        return _CN[n]
    tens, ones = divmod(n, 10)
    return (_CN[tens] if tens > 1 else "") + "十" + (_CN[ones] if ones else "")


_LABELS = {"cn": "{cn}、", "part": "第{cn}部分", "cn_paren": "（{cn}）", "num": "{n}.", "num_paren": "（{n}）", "enum": "{cn}是", "ordinal": "第{cn}"}


def _label(style: str, n: int) -> str:
    template = _LABELS.get(style)
    return template.format(cn=_cn(n), n=n) if template else str(n)


def _written(report, h) -> str:
    """Heading ``h``'s number as the report writes it (3、, ３．), or its usual form when the text
    holds none (a number Word's automatic numbering drew is in the title as rendered)."""
    n = marker_length(report.norm[h.start : h.end])
    return report.text[h.start : h.start + n].strip() if n else _label(h.style, h.value)


# A heading run into the end of the paragraph before it (a web copy that lost the line end:
# ……取得实效。　　（九）数字法治政府建设加快推进): after a sentence end or white space.
_GLUED = {
    "cn_paren": "[\\s。；;][（(]{cn}[)）]",
    "num_paren": "[\\s。；;][（(]{n}[)）]",
    "cn": "[\\s。；;]{cn}[、，,]",
    # (an item whose number runs into a figure, 3.9个村……, read as the number 3.9)
    "num": "\\n{n}[.．、]",
}


def _glued(norm: str, prev, h, at: int | None = None) -> bool:
    """Whether the headings missing between ``prev`` and ``h`` are in the text between them, in
    order, each glued to the sentence before it (one run into the paragraph before ``h``, or
    several run on in ``prev``'s paragraph: （一）……。（二）……。（三）……。 / （四）……).  With
    ``prev`` None, the headings missing before the first of a run, from ``at`` (the heading
    before it: ……把普法融入审计全过程。（1）普法宣传。…… / （2）干部学法。)."""
    template = _GLUED.get(h.style)
    first = prev.value + 1 if prev is not None else 1
    if template is None or h.value <= first:
        return False
    at = prev.end if prev is not None else at
    for n in range(first, h.value):
        m = re.compile(template.format(cn=_cn(n), n=n)).search(norm, at, h.start)
        if m is None:
            return False
        at = m.end()
    return True


def _under_subtitle(report, prev, h) -> bool:
    """Whether ``h`` (（1）) starts a new run under an unnumbered sub-heading between it and
    ``prev`` (……（3）…… / 依法履行管理职能 / （1）……: :attr:`Report.subtitles`)."""
    if h.value != 1:
        return False
    subtitles = report.subtitles
    i = bisect_left(subtitles, prev.end, key=lambda t: t.start)
    return i < len(subtitles) and subtitles[i].start < h.start


def _in_new_part(report, prev, h) -> bool:
    """Whether ``h`` (1.) starts a new run in a part that begins between it and ``prev`` (an unheaded part: the
    problems opened by a lead-in line after the measures' items)."""
    return h.value == 1 and any(prev.end <= p.start < h.start for p in report.parts)


def _restarted(norm: str, prev, e) -> bool:
    """Whether ``e`` (二是) continues a new run whose 一是 opens inside a clause, after the run
    of ``prev`` (……四是……。这些问题一是源于……，二是……): 一是 stands between them."""
    return e.value == 2 and prev.value >= 2 and "一是" in norm[prev.start + 2 : e.start]


def _opened_inside(norm: str, e) -> bool:
    """Whether ``e`` (二是) follows a 一是 inside a clause of its own sentence (实行一是……，二是……:
    the 一是 glued to the verb before it)."""
    at = max(norm.rfind("。", 0, e.start), norm.rfind("\n", 0, e.start)) + 1
    return e.value == 2 and "一是" in norm[at : e.start]


def _run_breaks(members, style: str, again=None, opened=None) -> list[tuple[int, str]]:
    """Where a run of items (一是…, 第一…, a list inside a line) breaks, as (offset, text): it
    starts at one — or ``opened(first)`` says its one stands before it — and counts up by one,
    except where ``again(prev, item)`` lets it start anew."""
    first = members[0]
    breaks = []
    if first.value != 1 and not (opened is not None and opened(first)):
        breaks.append((first.start, f"第{first.line}行「{_label(style, first.value)}」之前缺少「{_label(style, 1)}」"))
    k = 1
    swapped = None  # after 二是、四是、三是: the 四是, which the next item follows
    outer = None  # the item whose own line holds a run nested in it (二是……：一是……；二是……。), which the next line's item follows
    while k < len(members):
        prev, e = members[k - 1], members[k]
        if swapped is not None:
            prev, swapped = swapped, None
        nxt = members[k + 1] if k + 1 < len(members) else None
        k += 1
        if outer is not None and e.line != prev.line:
            prev, outer = outer, None
        if e.value == prev.value + 1 or (again is not None and again(prev, e)):
            if e.value == 1 and e.line == prev.line:
                outer = prev
            continue
        says, was = _label(style, e.value), _label(style, prev.value)
        if nxt is not None and not (again is not None and again(e, nxt)):
            # one slip, one note: 一是、二是、二是、四是 (the second 二是 is 三是); 二是、四是、三是 (swapped)
            if nxt.value == prev.value + 2:
                breaks.append((e.start, f"第{e.line}行「{says}」接在「{was}」之后，应为「{_label(style, prev.value + 1)}」"))
                k += 1
                continue
            if e.value == prev.value + 2 and nxt.value == prev.value + 1:
                breaks.append((e.start, f"第{e.line}行「{says}」与其后的「{_label(style, nxt.value)}」顺序颠倒"))
                k += 1
                swapped = e
                continue
        breaks.append((e.start, f"第{e.line}行「{says}」接在「{was}」之后"))
    return breaks


def _groups(headings, top_level: int = 1, parents: list[int] | None = None) -> tuple[dict[tuple[int, int], list[int]], dict[tuple[int, int], int]]:
    """The numbered headings (indexes) by (parent, level), in order; and for each group the
    top-level heading (第X部分 when the report has chapters, else 一、) at or before its
    first member (-1 if none).

    The parent of a heading is the nearest earlier heading of a higher rank (a smaller
    level): :func:`_parents` (``parents``, when the caller has them already).
    """
    groups: dict[tuple[int, int], list[int]] = {}
    top_of: dict[tuple[int, int], int] = {}
    top = -1
    for i, (h, parent) in enumerate(zip(headings, _parents(headings) if parents is None else parents)):
        level = h.level
        if level == top_level:
            top = i
        if h.value is None:
            continue
        key = (parent, level)
        members = groups.get(key)
        if members is None:
            groups[key] = [i]
            top_of[key] = top
        else:
            members.append(i)
    return groups, top_of


def _parents(headings) -> list[int]:
    """For each heading, the index of its parent: the nearest earlier heading of a higher rank (a smaller level), -1 if
    none — found with a stack of the headings still open (levels strictly rising) rather than by looking back from each."""
    parents: list[int] = []
    open_levels: list[int] = []
    open_indexes: list[int] = []
    for i, h in enumerate(headings):
        while open_levels and open_levels[-1] >= h.level:
            open_levels.pop()
            open_indexes.pop()
        parents.append(open_indexes[-1] if open_indexes else -1)
        open_levels.append(h.level)
        open_indexes.append(i)
    return parents


class NumberingRule(RuleBase):
    kind: Literal["numbering"]

    def evaluate(self, ctx: Context) -> Outcome:
        report = ctx.report
        headings = report.headings
        problems: list[tuple[int, str]] = []  # (offset, text)

        top_level = min((h.level for h in headings), default=1)
        parents = _parents(headings)
        groups, top_of = _groups(headings, top_level, parents)

        last_in_top: dict[tuple[int, int], int] = {}  # (top heading, level) -> last value seen
        for (parent, level), members in groups.items():
            first = headings[members[0]]
            top = top_of[(parent, level)] if level > top_level else -1
            carried = last_in_top.get((top, level))
            if (
                first.value != 1
                and not (carried is not None and first.value == carried + 1)
                and not _glued(report.norm, None, first, headings[members[0] - 1].end if members[0] else 0)
            ):
                problems.append((first.start, f"第{first.line}行「{_label(first.style, first.value)}」之前缺少「{_label(first.style, 1)}」"))
            prev = first
            for idx in members[1:]:
                h = headings[idx]
                if (
                    h.value != prev.value + 1
                    and not _glued(report.norm, prev, h)
                    and not _under_subtitle(report, prev, h)
                    and not _in_new_part(report, prev, h)
                ):
                    kind = "重复" if h.value == prev.value else "不连续"
                    problems.append(
                        (h.start, f"第{h.line}行「{_written(report, h)}」接在「{_written(report, prev)}」之后，序号{kind}")
                    )
                prev = h
            last_in_top[(top, level)] = headings[members[-1]].value

        # (a run of 一是 or 第一， may start again at one; one of 一是 also inside a clause: _restarted)
        norm = report.norm
        for items, style, again, opened in (
            (report.enumerations, "enum", lambda prev, e: e.value == 1 or _restarted(norm, prev, e), lambda e: _opened_inside(norm, e)),
            (report.ordinals, "ordinal", lambda prev, e: e.value == 1, None),
        ):
            # (one that opens a heading line, 二是抓制度、建机制：, runs on from those opening its siblings' lines)
            groups: dict[tuple[bool, int], list] = {}
            for e in items:
                if e.start < report.body_end:
                    i = e.heading_index
                    if i >= 0 and not norm[headings[i].start : e.start].strip():
                        groups.setdefault((True, parents[i]), []).append(e)
                    else:
                        groups.setdefault((False, i), []).append(e)
            for members in groups.values():
                problems += _run_breaks(members, style, again, opened)

        # lists numbered inside a line: (1)……；(2)……；(4)……, 。1.……。2.……。4.……
        for items in report.inline_lists:
            if items[0].start < report.body_end:
                at = items[0].start
                problems += _run_breaks(items, "num" if norm[at].isdigit() else "num_paren" if norm[at + 1].isdigit() else "cn_paren")

        problems.sort()
        counted = len(report.enumerations) + len(report.ordinals) + sum(map(len, report.inline_lists))
        notes = [f"检查了{len(headings)}个标题（含行首的（1）式序号）、{counted}个句中的“一是”“第一，”“（1）”式序号"] if ctx.explain else []
        if not problems:
            return Outcome("pass", 1.0, [], "序号连续", notes)
        hits = [Hit(off, off + 1) for off, _ in problems[:3]]
        texts = [t for _, t in problems]
        return Outcome("fail", 0.0, hits, "；".join(texts[:3]) + ("……" if len(texts) > 3 else ""), notes + texts if ctx.explain else [])
