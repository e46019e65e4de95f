"""Heading markers (一、, （一）, 1., （1）, 第一部分), Chinese numerals and the 一是/二是
enumerations inside a line; the kind a heading's wording names."""

from __future__ import annotations

import re

import regex

from ..vocabulary import CN_NUMERALS as _CN, ITEM_BEFORE_DATE, SENTENCE_PUNCT, Compiled, cn_number

_H1 = regex.compile(rf"^(?P<num>[{_CN}]{{1,3}})\s*[、.,]\s*")
_HPART = regex.compile(rf"^第(?P<num>[{_CN}]{{1,3}})(?:部分|章)\s*[、.:：]?\s*")
_H2 = regex.compile(rf"^[（(]\s*(?P<num>[{_CN}]{{1,3}})\s*[)）]\s*[、.]?\s*")
# 1、2024年…, 1.2025年工作情况, 3.4月…(item 3: in April); not 1.5
_H3 = regex.compile(rf"^(?P<num>\d{{1,2}})\s*(?:、|\.(?!\d)|\.{ITEM_BEFORE_DATE})\s*")
_H4 = regex.compile(r"^[（(]\s*(?P<num>\d{1,2})\s*[)）]\s*")
_MARKERS = ((_HPART, 0, "part"), (_H1, 1, "cn"), (_H2, 2, "cn_paren"), (_H3, 3, "num"), (_H4, 4, "num_paren"))

# Enumeration markers (一是, 二是) inside a line: the definition.  _enumerations() finds
# the same matches without running it (see there).
_ENUM = regex.compile(rf"(?:^|(?<=[。；;，,:：！？!?\s]))(?P<num>[{_CN}]{{1,3}})是(?![否的])")
# Ordinals opening an item inside a line (……；第二，……; 第三：……): after punctuation, white space or the line's start
_ORDINAL = re.compile(rf"(?:^|(?<=[。；;！!？?：:，,\s]))第([{_CN}]{{1,3}})[，,：:]")
_ENUM_AFTER = frozenset("。；;，,:：！？!?")  # what may precede the numeral, besides white space
_WHITE_SPACE = regex.compile(r"\s")  # regex's \s, as in _ENUM
_NOT_ENUM_NEXT = frozenset("否的")  # 一是否…, 一是的…

# Patterns made of literal characters, classes of them and `.` use the standard library's
# `re`: they mean the same there, and `re` costs less per call on the short strings they
# mostly see (titles, heading lines).  Patterns with \s, \d or \p{…} stay on `regex`
# (the two modules' \s and \d differ).

_SENTENCE_PUNCT = SENTENCE_PUNCT
_TITLE_END = re.compile(r"[。；;]")
# Which markers a line can start with, by its first character; a character not listed
# starts none, unless it is a non-ASCII, non-Chinese one (\d matches any Unicode digit).
_MARKERS_BY_FIRST = {"第": _MARKERS[:1], "（": _MARKERS[2::2], "(": _MARKERS[2::2]}
_MARKERS_BY_FIRST.update({c: _MARKERS[1:2] for c in _CN})
_MARKERS_BY_FIRST.update({c: _MARKERS[3:4] for c in "0123456789"})


_CN_CHARS = frozenset(_CN)
_CN_VALUES = {c: cn_number(c) for c in _CN}


def _match_marker(stripped: str):
    """(level, style, value, end of the marker) when ``stripped`` starts with a heading
    marker, else None: the first of its candidate ``_MARKERS`` that matches with a value.

    Only the markers the line's first character can start are tried (most lines start
    with none).  A hand-written decision of the common shapes without the regexes was
    removed: it saved ≈ 0.02 ms a report, under 1 % of `scorer score` (docs/performance.md)."""
    first = stripped[:1]
    markers = _MARKERS_BY_FIRST.get(first)
    if markers is None:
        if first < "\x80" or "\u4e00" <= first <= "\u9fff":
            return None
        markers = _MARKERS
    return _match_markers(stripped, markers)


# Items numbered inside a line, after punctuation (……三项工作：（1）建立……；（2）邀请……；（3）开展……), in
# brackets of either width; not a citation (第（一）项, 条例（二）); or 1. 2. (or 1、 2、) after a sentence's end or a colon, before
# words, a title or a quotation or a year or a month (（三）抓决策规范。1.完善决策程序。……2.发挥……; 。1．《……办法》等3项……; ：1.2026年组织……;
# 。3.7月……: item 3, in July), not a decimal (1.6万件) nor a range (。3、4月份……; the month after 、 is the range's).
_INLINE_ITEM = re.compile(rf"(?<=[。；;！!？?：:，,])[（(](?:([{_CN}]{{1,3}})|(\d{{1,2}}))[)）]|(?<=[。；;！!？?：:])(\d{{1,2}})(?:[.．、](?=\s{{0,2}}(?:[\u4e00-\u9fff《“]|(?:19|20)\d{{2}}年))|[.．](?=(?:1[0-2]|[1-9])月))")


# ... and the first of such a list right after words (not a citation: 第（一）项)
_FIRST_AFTER_WORDS = {
    "cn_paren": re.compile(r"(?<=[\u4e00-\u9fff])(?<!第)[（(]一[)）]"),
    "num_paren": re.compile(r"(?<=[\u4e00-\u9fff])(?<!第)[（(]1[)）]"),
}


def _inline_lists(line: str, lead: tuple | None) -> list[list[tuple[int, int]]]:
    """The lists numbered inside ``line`` (see _INLINE_ITEM), one per style ((一) or (1)), each as
    (offset, value) of its items, when it has two items at least; ``lead`` is the line's own
    marker (_match_marker), which opens the list when of its style and one before its first
    item ((1)……；(2)……).  A list that goes on from another lead ((八)……。(九)……: a heading run
    into the line before it) is the headings' to check."""
    styles: dict[str, list[tuple[int, int]]] = {}
    for m in _INLINE_ITEM.finditer(line):
        style = "cn_paren" if m.group(1) else "num_paren" if m.group(2) else "num"
        value = cn_number(m.group(1) or m.group(2) or m.group(3))
        if value:
            styles.setdefault(style, []).append((m.start(), value))
    runs = []
    # (the 1. 2. items inside the line: a (1) after one of them starts its own list, ……1.……。（1）……（3）……。2.……。（1）……)
    upper = [at for at, _ in styles.get("num", ())]
    for style, items in styles.items():
        if style == "num":
            continue
        # (an item 2 whose list opens right after words, no punctuation before its first: 全年开展专题学习（1）3月……；（2）7月……;
        # a line may hold two such lists, each after its own words: 按照（1）……，（2）……的要求，……按照（1）……，（2）……的流程)
        afters = [m.start() for m in _FIRST_AFTER_WORDS[style].finditer(line)]
        run: list[tuple[int, int]] = []
        for k, (at, value) in enumerate(items):
            if value == 1 and run and style == "num_paren" and any(run[-1][0] < a < at for a in upper):
                runs.append((style, run))
                run = []
            if value == 2 and afters:
                before = items[k - 1][0] if k else 0
                first = max((a for a in afters if before <= a < at), default=None)  # (the last before it)
                if first is not None:
                    if run:
                        runs.append((style, run))
                    run = [(first, 1)]
            run.append((at, value))
        runs.append((style, run))
    if "num" in styles:  # (a run of 1. 2. may start again at 1: a heading run into the line, ……（六）优化营商环境。1.……)
        items = styles["num"]
        starts = [k for k, (_, value) in enumerate(items) if value == 1 and k > 0]
        runs += [("num", items[k:end]) for k, end in zip([0] + starts, starts + [len(items)])]
    lists = []
    for style, items in runs:
        if len(items) < 2:
            continue
        if lead is not None and lead[1] == style and items[0][1] == lead[2] + 1:
            if lead[2] != 1:
                continue
            items.insert(0, (len(line) - len(line.lstrip()), 1))
        lists.append(items)
    return lists


def _ordinals(line: str) -> list[tuple[int, str]]:
    """(offset, numeral) of each item a line opens with an ordinal (第一，…… 第二：……)."""
    return [(m.start(), m.group(1)) for m in _ORDINAL.finditer(line)]


def marker_length(title: str) -> int:
    """How many characters of ``title`` (a numbered heading as normalised: 3.通过……) its number
    takes, white space after it included; 0 when it opens with none."""
    marker = _match_marker(title)
    return 0 if marker is None else marker[3]


def _match_markers(stripped: str, markers):
    for rx, level, style in markers:
        m = rx.match(stripped)
        if m:
            value = cn_number(m.group(1))  # "num", by index: a named lookup costs 0.3 µs in `regex`
            if value is None or value == 0:
                continue
            return level, style, value, m.end()
    return None


# characters of an unnumbered part heading (区政府主要负责人履行推进法治建设第一责任人职责情况: 26)
_PLAIN_HEADING_MAX = 30


# a line leading into what follows, its commas no sentence's: into next year's items (新的一年，我们将
# 重点做好以下几项工作; 下一步，我乡将重点从以下几个方面着力; 关于明年的工作，我镇将在以下方面精准发力; their count after the verb:
# 新的一年，重点抓好四个方面工作) or,
# after a colon, into the problems (对照要求，我们清醒认识到工作中存在的不足及原因：)
_LEAD_IN = re.compile(
    r"^[^。；;！!？?：:]+(?:以下(?:[几两一二三四五六七八九十]|\d)?|(?:抓好|做好|抓实|抓牢|突出|聚焦|办好)(?:[几两三四五六七八九十]|\d))(?:个|项|点|条)?(?:方面)?的?(?:精准|持续|集中|全力|重点)?(?:工作|任务|重点|着力|发力|用力|入手|努力)[：:。]?$"
    # (or its count of things to do: 新的一年，重点抓好四件事：; 新的一年，重点抓好以下几件事：)
    r"|^[^。；;！!？?：:]+(?:抓好|做好|抓实|办好|干好)(?:以下)?(?:[几两三四五六七八九十]|\d)件(?:大|实|要)?事[：:。]?$"
    # (or from its aspects, what is done, to its colon: 过去一年，我局主要从以下几方面推进法治审计建设：)
    # (or their count named: 2026年，我局将着力从五个方面推动法治政府建设取得新突破：)
    r"|^[^。；;！!？?：:]+(?:从|围绕|在)(?:以下(?:[几两一二三四五六七八九十]|\d)?|[几两三四五六七八九十]|\d)(?:个)?方面[^。；;！!？?：:，,]{1,16}[：:]$"
    # (or its aspects alone, to its colon: 一年来，我局重点抓了以下几个方面：)
    r"|^[^。；;！!？?：:]+以下(?:[几两一二三四五六七八九十]|\d)?个?方面[：:]$"
    # (or saying how it will be done: 新的一年，我们这样干：)
    r"|^[^。；;！!？?：:]+[，,]\s*(?:我们|我局|我委|我镇|我乡|街道)?(?:这样干|这么干|怎么干)[：:。]?$"
)
_LEAD_IN_PROBLEMS = re.compile(
    r"^[^。；;！!？?：:]+(?:不足|问题|差距|短板|薄弱环节)(?:[和及与](?:不足|问题|差距|短板|原因))?(?:[，,](?:主要|具体)(?:是|有|表现在|体现在))?[：:]$"
    # (or those that follow announced, to a full stop: ……工作中还存在以下问题。)
    r"|^[^。；;！!？?：:]+(?:以下|如下)(?:几个方面的?|几点)?(?:不足|问题|差距|短板|薄弱环节)。$"
)  # (……还存在一些薄弱环节，主要是：)


def _plain_heading_kind(stripped: str, vocab: Compiled) -> str | None:
    """Kind of an unnumbered heading line such as 下步打算, or None.  The other part only when
    the line opens with its word (其他需要报告的情况), not for one inside it (与其他部门协作).
    A line leading into the plan's items, the year's work or the problems (新的一年，我们将重点做好以下几项工作;
    过去一年，我局主要做了以下几方面工作：; 对照要求，我们清醒认识到工作中存在的不足及原因：) may hold commas."""
    if len(stripped) > _PLAIN_HEADING_MAX:
        # (two titles joined by a dash, each short: 其他需要报告的情况——党政主要负责人履行推进法治建设第一责任人职责情况 is
        # the second's part)
        head, dash, tail = stripped.partition("——")
        if dash and 0 < len(head) <= _PLAIN_HEADING_MAX and 0 < len(tail) <= _PLAIN_HEADING_MAX:
            return _plain_heading_kind(tail, vocab) or _plain_heading_kind(head, vocab)
        return None
    if _SENTENCE_PUNCT.search(stripped.rstrip(":：")):
        if _LEAD_IN.match(stripped) is not None:
            wanted = ("next_year_plan", "measures")  # (or back on the year's work: 过去一年，我局主要做了以下几方面工作：)
        elif _LEAD_IN_PROBLEMS.match(stripped) is not None:
            wanted = ("shortcomings",)
        else:
            return None
        kind = _classify_heading(stripped, vocab)
        return kind if kind in wanted else None
    for kind, rx in vocab.heading_cues:
        if (rx.search(stripped) if kind != "other" else rx.match(stripped)) is not None:
            return kind
    return None


def _classify_heading(title: str, vocab: Compiled) -> str | None:
    for kind, rx in vocab.heading_cues:
        if rx.search(title):
            return kind
    return None


def _enumerations(line: str) -> list[tuple[int, str]]:
    """(offset, numeral) of each match of ``_ENUM`` in ``line``, as ``finditer`` gives them.

    Found from each 是 backwards, without the regex: a line holds few 是, while
    ``_ENUM`` tries every position (≈ 0.7 µs a match).  A match is the whole run of
    1–3 numerals just before a 是 — a longer run has no match, since no numeral may
    precede the match — at the start of the line or after punctuation or white
    space, with neither 否 nor 的 after the 是.  Each match holds one 是, so they
    never overlap.  tests/test_parse_shortcuts.py compares this with ``_ENUM``.
    """
    found = []
    j = line.find("是")
    while j >= 0:
        p = j
        while p > 0 and line[p - 1] in _CN_CHARS and j - p < 4:
            p -= 1
        if (
            0 < j - p <= 3
            and (p == 0 or line[p - 1] in _ENUM_AFTER or _WHITE_SPACE.match(line[p - 1]))
            and line[j + 1 : j + 2] not in _NOT_ENUM_NEXT
        ):
            found.append((p, line[p:j]))
        j = line.find("是", j + 1)
    return found
