"""Text → :class:`~scorer.document.Report`: headings, parts, metadata.

The parser never raises on odd input: any Unicode string gives a Report
(possibly with no parts).  It works on the normalised text and records offsets,
so evidence can quote the original.

Heading markers recognised (full- or half-width brackets and digits)::

    一、 / 第一部分           level 1
    （一） (一) (一） （一)   level 2
    1. 1、 1．               level 3
    （1） (1)                level 4
    下步打算 (a short line naming a part, no marker)   level 1, unnumbered

Top-level parts are classified by heading wording.  A thematic heading
(一、全面加强党的领导) says nothing of its kind, so its own content decides: written
in the future tense about a later year it is the plan, otherwise it reports last
year's measures (thematic parts stand where part 1 stands, before the
shortcomings).  Each part is classified on its own: removing one part never
changes the kind of another.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from itertools import accumulate

from ..document import Enumeration, Heading, Report
from ..normalize import normalize
from ..vocabulary import REPORTED, STATED_HEADINGS_LEAST, TOPIC_LINE_MAX, Compiled, cn_number, compiled, stated_heading
from .chrome import _blank_chrome
from .dates import YEAR_TEXT, _date_under_title, _docno_match, _parse_date, _signature, _signer
from .markers import (
    _CN_VALUES,
    _ENUM,
    _MARKERS,
    _SENTENCE_PUNCT,
    _TITLE_END,
    _enumerations,
    _match_marker,
    _match_markers,
    _inline_lists,
    _ordinals,
    _classify_heading,
    _plain_heading_kind,
)
from .meta import _is_title, _metadata, _title_line
from .parts import _paragraph_opening, _split_parts

# parse() is the package's interface; the marker helpers are imported from here too (tests)
__all__ = ["parse", "cn_number", "_ENUM", "_MARKERS", "_enumerations", "_match_marker", "_match_markers"]


def _line_starts(lines: list[str]) -> list[int]:
    """Offset of each of ``lines`` (a text split at LF) in that text."""
    # A running sum of the lengths plus one LF each: the parser splits the text into lines
    # anyway, and this is cheaper than looking for every LF again with str.find.
    return list(accumulate([len(line) + 1 for line in lines[:-1]], initial=0))


def parse(text: str, simplify=None, structure=None, heading_lines=()) -> Report:
    """Parse report text (as extracted, LF line ends) into a Report.

    ``structure`` is a pack's ``structure`` section (heading wording, page chrome; see
    :mod:`scorer.vocabulary`); None uses the built-in vocabulary.  ``heading_lines`` are
    1-based numbers of lines the file shows as headings without a number (a .docx's
    heading styles: :attr:`scorer.reading.Document.heading_lines`); after the title, each
    is an unnumbered heading even when its wording names no part (全面加强党的领导: its
    content decides its kind)."""
    vocab = structure if isinstance(structure, Compiled) else compiled(structure)
    if "\r" in text:  # most texts have LF line ends already: skip two copies
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    norm = normalize(text, simplify)
    lines = norm.split("\n")
    line_starts = _line_starts(lines)
    n_lines = len(line_starts)
    norm, lines = _blank_chrome(norm, lines, vocab)

    # --- signature block at the end: date line, organisation line, notes, distribution lines
    # (a report dated under its title may end with its unit's name alone: that is its signature)
    title_line = _title_line(lines)
    under_title = _date_under_title(lines, title_line, _is_title) if title_line is not None else (None, None)
    body_end, signing_date, signing_line = _signature(
        norm, lines, line_starts, n_lines, vocab, undated=under_title[0] is not None
    )
    attached = None if signing_date is not None else _attached_part(lines, n_lines, vocab)
    if attached is not None:
        # a part of the report attached after the signature (…… / 某街道办事处 / 2026年1月23日 / 附：党工委书记……履行……
        # 第一责任人职责情况 / ……): signed above it, and a part like the others, the body running on to it
        _, signing_date, signing_line = _signature(norm, lines, line_starts, attached, vocab)
    while body_end > 0 and norm[body_end - 1].isspace():
        body_end -= 1

    # --- the title line: headings come after it
    if signing_date is None:  # （2024年2月26日） under the title
        signing_date, signing_line = under_title
    hinted = frozenset(heading_lines)
    styled_only: set[int] = set()  # starts of headings known only by their style, not their wording
    topics: list[Heading] = []  # short unnumbered lines over a paragraph (党的领导 / 严格执法): maybe headings
    subtitles: list[Heading] = []  # such lines after a numbered heading: sub-headings without a number
    later_at = None  # where the first unnumbered shortcomings or plan heading starts
    thematic: set[int] = set()  # starts of unnumbered headings worded as measures or the leaders' part
    stated: list[tuple[bool, Heading]] = []  # topic lines written as sentences (坚持党的领导，……不断压实。), after a numbered heading or not

    # --- headings and enumerations
    headings: list[Heading] = []
    enumerations: list[Enumeration] = []
    ordinals: list[Enumeration] = []
    inline_lists: list[list[Enumeration]] = []
    numbered_seen = False
    first_content_line = None
    for li, line in enumerate(lines):
        s = line_starts[li]
        if s >= body_end:
            break
        stripped = line.strip()
        if not stripped:
            continue
        start = s + len(line) - len(line.lstrip())  # where ``stripped`` starts
        if first_content_line is None:
            first_content_line = li
        marker = _match_marker(stripped)
        if marker:
            level, style, value, mend = marker
            # the title ends at the first 。 (or with the line); an item of 1. or （1） whose first sentence, up to its 。,
            # opens on a year (1.2023年，我局未发生行政复议案件。……) has none: all of it is text (not a lead-in line,
            # 2. 2024年，我局法治建设的思路是：)
            m = _TITLE_END.search(stripped, mend)
            tend = len(stripped) if m is None else m.start()
            sentence = m is not None and style in ("num", "num_paren") and _YEAR_CLAUSE.match(stripped, mend) is not None
            if sentence:
                tend = mend
            if tend > mend or len(stripped) == mend or sentence:
                headings.append(Heading(level, style, value, text[start : start + tend].strip(), li + 1, start, start + tend))
                numbered_seen = True
        elif li == attached:  # 附：党工委书记……职责情况 after the signature: the attached part's heading
            heading = Heading(1, "plain", None, text[start : start + len(stripped)], li + 1, start, start + len(stripped))
            later_at = _part_heading(heading, _plain_heading_kind(_ATTACHED.match(stripped).group(1), vocab), headings, thematic, later_at)
        elif (tag := _TAG.match(stripped)) is not None and tag.end() < len(stripped) and (title_line is None or li > title_line):
            # 【行政执法】执法人员……: a bracketed tag heads the text after it on the line (its kind from its words)
            kind = _plain_heading_kind(tag.group(1), vocab)
            tagged = Heading(1, "plain", None, text[start : start + tag.end()], li + 1, start, start + tag.end())
            if kind is None:
                (subtitles if numbered_seen else topics).append(tagged)
            else:
                later_at = _part_heading(tagged, kind, headings, thematic, later_at)
        elif (li > title_line if title_line is not None else li > (first_content_line or 0) + 1) or numbered_seen:
            kind = _plain_heading_kind(stripped, vocab)
            if kind is not None and stripped.endswith("。") and headings and not text[headings[-1].end : s].strip():
                kind = None  # a lead-in sentence right under a heading (2025年工作思路 / ……，我局将重点做好以下工作。): the part's first words
            shown = li + 1 in hinted  # set as a heading in the file (Word's heading styles)
            if (kind is not None or shown) and vocab.captions.match(stripped):
                kind, shown = None, False  # 表1 2023年主要工作数据: a caption, not a heading
            if shown or kind is not None:  # (2023年法治政府建设主要举措和成效 too: a line of at most 30 characters: _PLAIN_HEADING_MAX)
                end = start + len(stripped)
                if kind is None:
                    styled_only.add(start)
                later_at = _part_heading(Heading(1, "plain", None, text[start:end], li + 1, start, end), kind, headings, thematic, later_at)
            elif (gap := _SPACED_HEAD.match(stripped)) is not None and (kind := _plain_heading_kind(gap.group(1), vocab)) is not None:
                # 存在的问题　一年来，……: a part's heading, white space, then its text on the same line
                later_at = _part_heading(Heading(1, "plain", None, text[start : start + len(gap.group(1))], li + 1, start, start + len(gap.group(1))), kind, headings, thematic, later_at)
            elif kind is None and not numbered_seen and gap is not None and _is_spaced_topic(gap, stripped, text, start, vocab):
                # 规范执法行为　全县……: a topic heading, a full-width space, then its paragraph on the same line
                topics.append(Heading(1, "plain", None, text[start : start + len(gap.group(1))], li + 1, start, start + len(gap.group(1))))
            elif kind is None and _is_topic_line(stripped, lines, li, vocab):
                topic = Heading(1, "plain", None, text[start : start + len(stripped)], li + 1, start, start + len(stripped))
                (subtitles if numbered_seen else topics).append(topic)
            elif kind is None and _is_stated_topic_line(line, stripped, lines, li, vocab):
                topic = Heading(1, "plain", None, text[s : s + len(stripped)], li + 1, s, s + len(stripped))
                stated.append((numbered_seen, topic))
        if "（" in line or "(" in line or "." in line or "．" in line:
            for items in _inline_lists(line, marker):
                inline_lists.append([Enumeration(value, li + 1, s + start, -1) for start, value in items])
        if "第" in line:
            for start, numeral in _ordinals(line):
                value = cn_number(numeral)
                if value:
                    ordinals.append(Enumeration(value, li + 1, s + start, -1))
        if "是" in line:
            for start, numeral in _enumerations(line):
                value = _CN_VALUES.get(numeral) or cn_number(numeral)  # mostly one numeral
                if value:
                    enumerations.append(Enumeration(value, li + 1, s + start, len(headings) - 1))

    if len(stated) >= STATED_HEADINGS_LEAST:  # (several: the topics' headings; one alone is a short paragraph)
        for numbered, topic in stated:
            (subtitles if numbered else topics).append(topic)
        topics.sort(key=lambda h: h.start)
        subtitles.sort(key=lambda h: h.start)
    beside = _beside_part(topics, headings, thematic, norm)
    if later_at is None and (len(topics) >= 2 or beside):
        later_at = _unheaded_later(norm, topics, headings, vocab, body_end)
    headings, enumerations, subtitles, top_level = _place_unnumbered(
        headings, enumerations, topics, subtitles, styled_only, thematic, later_at, norm, body_end, vocab, beside
    )

    meta = _metadata(text, norm, lines, line_starts, headings, body_end, title_line)
    meta.signing_date = signing_date
    meta.signing_line = signing_line
    if meta.organization is None and signing_line is not None:  # no title names it: the signature does
        signer = _signer(lines, line_starts, body_end, signing_line)
        if signer is not None:
            meta.organization = text[signer[0] : signer[1]].strip()
            meta.organization_key = "".join(norm[signer[0] : signer[1]].split())
    if meta.year is None and signing_date is not None:
        meta.year = signing_date.year - 1
        meta.year_source = "signature"

    parts = _split_parts(norm, headings, body_end, meta, vocab, top_level)
    return Report(text, norm, line_starts, headings, parts, enumerations, meta, body_end, subtitles, _under(ordinals, headings), inline_lists)


def _part_heading(heading: Heading, kind: str | None, headings: list[Heading], thematic: set[int], later_at: int | None) -> int | None:
    """Add an unnumbered heading to ``headings``, noting it in ``thematic`` when its words name
    measures or the leaders' part; return where the first shortcomings or plan heading starts
    (``later_at``, or this one's start if it is the first)."""
    headings.append(heading)
    if kind in _LATER:
        return heading.start if later_at is None else later_at
    if kind is not None:
        thematic.add(heading.start)
    return later_at


def _unheaded_later(norm: str, topics: list[Heading], headings: list[Heading], vocab: Compiled, body_end: int) -> int | None:
    """Where, after a run of topic lines with no numbered heading among or before them, a paragraph
    opens the shortcomings or the plan without a heading (党的领导 / …… / 严格执法 / …… / 但也要看到，我乡
    ……还有不小差距：…… / 下一步，我乡将……：（一）……): the topic lines head the parts before it, as they
    do before an unnumbered shortcomings or plan heading.  None when there is no such paragraph
    before the first numbered heading after them."""
    last = topics[-1].end
    numbered = [h.start for h in headings if h.style != "plain"]
    if any(at < last for at in numbered):
        return None
    end = min(numbered, default=body_end)
    openers = dict(vocab.openers)
    found = [at for kind in _LATER if (rx := openers.get(kind)) is not None and (at := _paragraph_opening(norm, rx, last, end)) is not None]
    return min(found, default=None)


def _place_unnumbered(headings, enumerations, topics, subtitles, styled_only, thematic, later_at, norm, body_end, vocab, beside=False):
    """Where the unnumbered lines go: part headings beside or above the numbered ones, topic
    lines as parts or as sub-headings (``subtitles``; one alone as a part only ``beside`` an unnumbered
    part heading: :func:`_beside_part`), styled lines as emphasis.  Returns the
    headings (with their final levels), the enumerations under them, the sub-headings and the
    level of the report's parts."""
    # Unnumbered part headings (存在的问题, 下步打算) stand with the report's top-level numbered
    # ones (一、, or 第X部分 chapters); in a report numbered only from （一） or 1. down they
    # stand above those (level 1), and the numbered items under each are its sub-parts.
    numbered_top = min((h.level for h in headings if h.style != "plain"), default=None)
    # (numbered items only from the shortcomings or the plan on, （一）加强执法力量…, leave the parts
    # before them unnumbered: their topic lines are headings as in a report that numbers nothing)
    unnumbered_parts = topics and later_at is not None and not any(h.style != "plain" and h.start < later_at for h in headings)
    # (the topics' reach: up to the unnumbered shortcomings or plan heading, or the whole body without one — the problems and
    # plan then unheaded at its end)
    reach = later_at if later_at is not None else body_end
    if not unnumbered_parts and _items_restart_under_topics(headings, topics + subtitles, reach, norm):
        # (党的领导 / 1.…2.…3.… / 依法行政 / 1.…2.…: the items are numbered anew under each topic line)
        topics, subtitles, unnumbered_parts = topics + subtitles, [], True
    if unnumbered_parts:
        headings, enumerations = _with_topics(headings, topics, reach, enumerations, norm, beside)
    elif later_at is not None and subtitles:
        # a line opening with a year after an unnumbered shortcomings or plan heading heads a part
        # (存在的问题和不足 / …… / 2025年重点工作 / （一）……): its content decides what part (a plan with
        # the wrong year is still the plan)
        dated = [t for t in subtitles if t.start > later_at and _YEAR_OPENING.match(norm, t.start)]
        if dated:
            headings = sorted(headings + dated, key=lambda h: h.start)
            subtitles = [t for t in subtitles if t not in dated]
            enumerations = _under(enumerations, headings)
    if styled_only and numbered_top is not None and numbered_top <= 1:
        # the report numbers its parts (一、 or 第X部分): a styled line whose wording names no
        # part is emphasis inside one (a bold 典型案例), not a part of its own
        subtitles += [h for h in headings if h.start in styled_only]
        headings = [h for h in headings if h.start not in styled_only]
        enumerations = _under(enumerations, headings)
    numbered_top = 1 if numbered_top is None else numbered_top
    top_level = min(numbered_top, 1)
    if numbered_top == 1 and (unnumbered_parts or _restarts_under_plain(headings, styled_only)):
        # 存在的问题和原因 / 一、存在的问题 / 二、原因分析: plain part headings as chapters; so are they when
        # the parts are unnumbered and only the plan numbers its items (2026年主要安排 / 一、……)
        top_level = 0
    if top_level != 1 or numbered_top != 1:
        headings = [
            Heading(top_level, h.style, h.value, h.title, h.line, h.start, h.end) if h.style == "plain" else h
            for h in headings
        ]

    headings = _nested_under_numbered(headings, norm, thematic, vocab)
    taken = {h.start for h in headings}
    first = headings[0].start if headings else body_end
    subtitles = sorted((t for t in topics + subtitles if t.start > first and t.start not in taken), key=lambda t: t.start)
    return headings, enumerations, subtitles, top_level


def _nested_under_numbered(headings: list[Heading], norm: str, thematic: set[int], vocab: Compiled) -> list[Heading]:
    """Unnumbered headings that stand inside a numbered part, one level below its heading:

    * one right under a numbered heading, with no text between them (第一部分　2025年主要工作 /
      党委履行第一责任人职责情况 / ……): a numbered part heading is never left empty — unless the two
      name different parts of the shortcomings and the plan (二、存在的问题 / 下步打算 / ……: the problems
      are left unwritten, the plan is a part of its own);
    * one worded as measures or the leaders' part (``thematic``) between two numbered headings of
      its level that follow each other (一、 … 局主要负责人带头推进法治建设 … 二、): a part beside
      them would have its own number.
    A part after the last numbered one (三、…… / 下步打算) stays a part."""
    out = headings
    last: dict[int, Heading] = {}  # the last numbered heading of each level so far
    for i, h in enumerate(headings):
        if h.style != "plain":
            last[h.level] = h
            continue
        above = headings[i - 1] if i else None
        inside = above is not None and above.style != "plain" and above.level <= h.level and not norm[above.end : h.start].strip()
        if inside and _another_later_part(above, h, vocab):
            continue
        if not inside and h.start in thematic and h.level in last:
            before = last[h.level]
            after = next((g for g in headings[i + 1 :] if g.level <= h.level and g.style != "plain"), None)
            inside = after is not None and after.level == h.level and after.style == before.style and after.value == before.value + 1
            above = before
        if inside:
            if out is headings:
                out = list(headings)
            out[i] = Heading(above.level + 1, h.style, h.value, h.title, h.line, h.start, h.end)
    return out


def _another_later_part(numbered: Heading, plain: Heading, vocab: Compiled) -> bool:
    """Whether a numbered heading and the unnumbered one right under it name different parts of
    the shortcomings and the plan (二、存在的问题 / 下步打算)."""
    kind = _plain_heading_kind(plain.title, vocab)
    if kind not in _LATER:
        return False
    above = _classify_heading(numbered.title, vocab)
    return above in _LATER and above != kind


def _items_restart_under_topics(headings: list[Heading], candidates: list[Heading], later_at: int, norm: str) -> bool:
    """Whether, before the first unnumbered shortcomings or plan heading (``later_at``), the
    numbered items start again at 1 right under at least two topic lines (or under one of three
    or more, the others over text of their own) and no run of them goes on across one, with no
    一、 or chapter among them: the topic lines head the parts (党的领导和理论学习 / 1.…2.…3.… /
    深化放管服改革 / 1.…2.…; 加强组织领导 / …… / 加强法治宣传 / 1.…2.…)."""
    numbered = [h for h in headings if h.style != "plain" and h.start < later_at]
    if not numbered or any(h.level <= 1 for h in numbered):
        return False
    tops = [t for t in candidates if t.start < later_at]
    starts = [h.start for h in headings]
    restarts = 0
    for k, t in enumerate(tops):
        i = bisect_right(starts, t.start)
        if i < len(headings) and headings[i].style != "plain" and headings[i].value == 1:
            # right under it, or after a paragraph of its own that opens its items (抓执法 / 街道……着力规范执法。 /
            # 1、…… 2、……): no other topic line between
            if not norm[t.end : headings[i].start].strip() or (k + 1 == len(tops) or tops[k + 1].start > headings[i].start):
                restarts += 1
    if restarts < 2 and not (restarts == 1 and len(tops) >= 3):
        return False  # (one topic line over items among three or more: the others head text of their own)
    top_starts = [t.start for t in tops]
    previous: dict[str, Heading] = {}
    for h in numbered:
        p = previous.get(h.style)
        previous[h.style] = h
        if p is not None and h.value != 1 and bisect_right(top_starts, h.start) != bisect_right(top_starts, p.start):
            return False  # （一）… / 党的领导 / （二）…: the topic line is inside an item
    return True


def _restarts_under_plain(headings: list[Heading], styled_only: set[int]) -> bool:
    """Whether the report's unnumbered part headings stand above its 一、 items, as chapters
    do: at least two headings whose wording names a part are each followed at once by a
    一、 that starts the numbering again (2023年工作开展情况 / 一、…二、… / 存在的问题和原因 /
    一、存在的问题 / 二、原因分析); or the report's only 一、 items follow at once the last of two
    or more such headings (2025年主要举措 / （一）… / 存在的问题 / 下一步工作安排 / 一、…七、)."""
    restarts = 0
    for h, after in zip(headings, headings[1:]):
        if h.style == "plain" and h.start not in styled_only:
            if after.style != "plain" and after.level == 1 and after.value == 1:
                restarts += 1
    if restarts != 1:
        return restarts >= 2
    first = next(i for i, h in enumerate(headings) if h.style != "plain" and h.level == 1)
    if first == 0 or headings[first - 1].style != "plain" or headings[first].value != 1:
        return False
    part_headings = sum(1 for h in headings[:first] if h.style == "plain" and h.start not in styled_only)
    return part_headings >= 2


_ATTACHED = re.compile(r"附(?:件\s*\d{0,2})?\s*[:：]\s*(\S.{3,40})$")  # 附：党工委书记……履行……职责情况
_ATTACHED_REACH = 40  # lines from the end its line may be


def _attached_part(lines: list[str], n_lines: int, vocab: Compiled) -> int | None:
    """The index of a line near the end that attaches a part of the report (附：党工委书记、办事处主任履行推进法治建设第一
    责任人职责情况): its title names a part's kind (not other matters), and text follows it; else None."""
    for k in range(n_lines - 1, max(n_lines - _ATTACHED_REACH, 0) - 1, -1):
        stripped = lines[k].strip()
        if not stripped.startswith("附") or (m := _ATTACHED.match(stripped)) is None:
            continue
        kind = _plain_heading_kind(m.group(1), vocab)
        if kind is not None and kind != "other" and any(line.strip() for line in lines[k + 1 : n_lines]):
            return k
    return None


# a bracketed tag opening a line, with the text it heads after it on the line (【依法决策】修订……)
# an unnumbered heading (no sentence punctuation, at most _PLAIN_HEADING_MAX characters) spaced from the text it heads
_YEAR_CLAUSE = re.compile(YEAR_TEXT + r"度?[，,]")  # a clause opening on a year (2023年，……): a sentence, not a title
_SPACED_HEAD = re.compile(r"([^\s。；;，,：:！!？?]{2,30})\s+(?=\S{8})")
_TAG = re.compile(r"【([^【】。；;，,：:\n]{2,20})】")
_TOPIC_MAX = TOPIC_LINE_MAX  # characters of a topic line (党的领导, 【规范执法】, 强化组织保障，压紧压实法治建设责任)
_PARAGRAPH_MIN = 30  # characters of the paragraph under it
_FIELD_LEAD = re.compile(r"在[^，,。；;：:！!？?\n]{2,20}?(?:方面|上)[：:]$")  # (在加强党的领导方面：)
_TOPIC_PUNCT = re.compile(r"[。；;:：!！?？]|[，,].*[，,]")  # sentence punctuation but one ， (two short phrases)


def _is_label(stripped: str, vocab: Compiled) -> bool:
    """Whether a short line (or a head) is a caption, a document number or a date: no topic's heading."""
    return vocab.captions.match(stripped) is not None or bool(_docno_match(stripped)) or bool(_parse_date(stripped))


def _opens_items(line: str) -> bool:
    """Whether ``line`` (its text from its first character) is an item numbered 1 (（1）集中学法。……; 1.乡党委书记……)."""
    marker = _match_marker(line)
    return marker is not None and marker[2] == 1


# a table row's figures, set apart after its label: by a wide gap, or two or more by single spaces (a tab read as one)
_NUMBER_CELLS = re.compile(r"(?:[ \u3000]{2,}|\t)[\d.,%]+(?:[ \u3000\t]+[\d.,%]+)*$|[ \u3000\t][\d.,%]+(?:[ \u3000\t]+[\d.,%]+)+$")


def _is_topic_line(stripped: str, lines: list[str], li: int, vocab: Compiled) -> bool:
    """A short line with no sentence punctuation (one ， between two short phrases aside), not a
    caption, document number, date, note (（此件公开发布）) or count (a table's row), with a paragraph or an item numbered 1 right under it: a
    heading in a report that numbers nothing, a sub-heading in one that does."""
    if _FIELD_LEAD.match(stripped):  # (在依法决策方面： / ……: a lead-in naming the field of the paragraph under it)
        stripped = stripped[:-1]
    elif stripped[-1:] in "：:" and _next_opens_items(lines, li):  # (依法履行自然资源管理职能： / 1．……: over items from 1)
        stripped = stripped[:-1]
    if len(stripped) > _TOPIC_MAX or _TOPIC_PUNCT.search(stripped):
        return False
    if REPORTED.search(stripped) or _NUMBER_CELLS.search(stripped):  # (a table's row, 主动公开政府信息　　118条: a count
        return False  # reported, no heading; or its unit in the label and the cells' figures after it, 隐患整改（处）　　4382　　3105)
    if _is_label(stripped, vocab) or vocab.signature_notes.search(stripped):  # (（此件公开发布） under the title)
        return False
    for nxt in lines[li + 1 : li + 3]:
        nxt = nxt.strip()
        if nxt:
            # (or over items numbered from 1 again: 学法用法 / （1）集中学法。……)
            return len(nxt) >= _PARAGRAPH_MIN or _opens_items(nxt)
    return False


def _next_opens_items(lines: list[str], li: int) -> bool:
    """Whether the next non-blank line after ``li`` (within two) opens items numbered from 1 (:func:`_opens_items`)."""
    for nxt in lines[li + 1 : li + 3]:
        nxt = nxt.strip()
        if nxt:
            return _opens_items(nxt)
    return False


_SPACED_TOPIC_GAP = re.compile(r"\u3000|\s{2}")  # (in the text as written: a full-width space, or two, not one typed between words)


def _is_spaced_topic(gap: re.Match, stripped: str, text: str, start: int, vocab: Compiled) -> bool:
    """A topic line and its paragraph on one line (规范执法行为　全县……): a short phrase without sentence punctuation, set off
    by a full-width space (or two spaces) in the text as written, before a paragraph of its own.  Like the topic lines
    over their paragraphs, such heads are headings only as a run before an unnumbered shortcomings or plan heading."""
    head = gap.group(1)
    if len(head) > _TOPIC_MAX or len(stripped) - gap.end() < _PARAGRAPH_MIN or _YEAR_OPENING.match(head):
        return False
    if _NUMBER_CELLS.search(stripped):  # (a table's row: 隐患整改（处）　　4382　　3105)
        return False
    if _is_label(head, vocab):
        return False
    return _SPACED_TOPIC_GAP.match(text, start + len(head)) is not None


def _is_stated_topic_line(line: str, stripped: str, lines: list[str], li: int, vocab: Compiled) -> bool:
    """A topic line written as a sentence (:func:`~scorer.vocabulary.stated_heading`: 坚持党的领导，法治建设责任体系不断压实。)
    set out of the paragraphs: flush with the margin, over an indented paragraph (　　区政府认真……) or over items numbered
    from 1 (1.乡党委书记……) — plain text's bold.
    A heading only when the report has several (:data:`~scorer.vocabulary.STATED_HEADINGS_LEAST`)."""
    if line[:1].isspace() or not stated_heading(stripped) or not _is_topic_line(stripped[:-1], lines, li, vocab):
        return False
    nxt = next((x for x in lines[li + 1 : li + 3] if x.strip()), "")
    return nxt[:1].isspace() or _opens_items(nxt)  # (or over its items numbered from 1: ……落到了实处。 / 1.乡党委书记……)


def _beside_part(topics: list[Heading], headings: list[Heading], thematic: set[int], norm: str) -> bool:
    """Whether the first topic line follows a part heading worded as measures or the leaders' part
    (``thematic``) after that part's text, with no numbered heading before it (党工委主要负责人履职情况 /
    …… / 依法履职和基层治理 / ……): a second unnumbered part heading, though alone as a topic line."""
    if not topics:
        return False
    first = topics[0]
    before = [h for h in headings if h.start < first.start]
    return (
        bool(before)
        and all(h.style == "plain" for h in before)
        and before[-1].start in thematic
        and bool(norm[before[-1].end : first.start].strip())
    )


def _with_topics(headings: list[Heading], topics: list[Heading], later_at: int, enumerations, norm: str, beside_part: bool = False):
    """In a report without numbered headings whose part headings are short lines (存在的不足,
    下一步打算, the first at ``later_at``), the short topic lines above them (党的领导 / 严格执法)
    are headings too: the thematic parts before the shortcomings, each classified by its content.
    A topic line that opens with a year (2021年重点工作) heads a part too, before or after it: the
    plan, when the year is a later one or the part speaks of what is to come.  One topic line alone
    counts only ``beside_part`` (see :func:`_beside_part`)."""
    extra = [t for t in topics if t.start < later_at]
    if len(extra) < 2 and not (extra and beside_part):  # one short line is a subtitle or a name, not a run of topics
        extra = []
    # ... after it, one opening with a year; before it, one that is a year and a few words without a comma
    # (二〇二六年重点工作 before 存在的问题), not a lead-in sentence (2023年，我们重点做好了以下几项工作)
    extra += [
        t for t in topics
        if t not in extra and _YEAR_OPENING.match(norm, t.start) and (t.start > later_at or _YEAR_HEADING.match(norm, t.start, t.end))
    ]
    if not extra:
        return headings, enumerations
    headings = sorted(headings + extra, key=lambda h: h.start)
    return headings, _under(enumerations, headings)


def _under(enumerations: list[Enumeration], headings: list[Heading]) -> list[Enumeration]:
    """Each enumeration under its nearest heading again, after headings were added or dropped."""
    starts = [h.start for h in headings]
    return [Enumeration(e.value, e.line, e.start, bisect_right(starts, e.start) - 1) for e in enumerations]


_LATER = ("shortcomings", "next_year_plan")
_YEAR_OPENING = re.compile(YEAR_TEXT)  # matched at a topic line's start: 2024年重点工作, 二〇二四年重点工作
_YEAR_HEADING = re.compile(YEAR_TEXT + r"度?[^，,。；;：:！!？?\n]{2,12}$")  # (matched on a topic line: 二〇二四年重点工作)
