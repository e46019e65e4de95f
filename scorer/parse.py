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

import datetime as dt
import re
from bisect import bisect_right
from itertools import accumulate, islice

import regex

from .document import Enumeration, Heading, Meta, Part, Report
from .normalize import normalize
from .vocabulary import Compiled, compiled

CN_DIGITS = {"〇": 0, "零": 0, "○": 0, "◯": 0, "O": 0, "o": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN = "一二三四五六七八九十"


def cn_number(s: str) -> int | None:
    """Value of a Chinese numeral up to 99 (一, 十, 十二, 二十三)."""
    if not s:
        return None
    if s.isdigit():
        return int(s)
    if "十" in s:
        head, _, tail = s.partition("十")
        tens = CN_DIGITS.get(head, 0) if head else 1
        ones = CN_DIGITS.get(tail, 0) if tail else 0
        if (head and head not in CN_DIGITS) or (tail and tail not in CN_DIGITS):
            return None
        return tens * 10 + ones
    if len(s) == 1:
        return CN_DIGITS.get(s)
    return None


_H1 = regex.compile(rf"^(?P<num>[{_CN}]{{1,3}})\s*[、.,]\s*")
_HPART = regex.compile(rf"^第(?P<num>[{_CN}]{{1,3}})(?:部分|章)\s*[、.:：]?\s*")
_H2 = regex.compile(rf"^[（(]\s*(?P<num>[{_CN}]{{1,3}})\s*[)）]\s*[、.]?\s*")
_H3 = regex.compile(r"^(?P<num>\d{1,2})\s*(?:、|\.(?!\d))\s*")  # 1、2024年…, not 1.5
_H4 = regex.compile(r"^[（(]\s*(?P<num>\d{1,2})\s*[)）]\s*")
_MARKERS = ((_HPART, 0, "part"), (_H1, 1, "cn"), (_H2, 2, "cn_paren"), (_H3, 3, "num"), (_H4, 4, "num_paren"))

# Enumeration markers (一是, 二是) inside a line: the definition.  _enumerations() finds
# the same matches without running it (see there).
_ENUM = regex.compile(rf"(?:^|(?<=[。；;，,:：！？!?\s]))(?P<num>[{_CN}]{{1,3}})是(?![否的])")
_ENUM_AFTER = frozenset("。；;，,:：！？!?")  # what may precede the numeral, besides white space
_WHITE_SPACE = regex.compile(r"\s")  # regex's \s, as in _ENUM
_NOT_ENUM_NEXT = frozenset("否的")  # 一是否…, 一是的…

# Patterns made of literal characters, classes of them and `.` use the standard library's
# `re`: they mean the same there, and `re` costs less per call on the short strings they
# mostly see (titles, heading lines).  Patterns with \s, \d or \p{…} stay on `regex`
# (the two modules' \s and \d differ).

_PLAN_CUES = re.compile(r"将|计划|拟|下一步|继续|进一步|持续|力争|着力")
_SENTENCE_PUNCT = re.compile(r"[。；;，,:：!！?？]")
_CLAUSE_PUNCT = re.compile(r"[，,；;]")
_YEAR = regex.compile(r"(?<!\d)(20\d{2})\s*年")
# 2024年2月20日, 2024年元月20日, 2024年2月20号, 2024.2.20, 2024/2/20, 2024-02-20
_DATE = regex.compile(
    r"(?<!\d)(20\d{2})\s*(?:年\s*(\d{1,2}|元)\s*月\s*(\d{1,2})\s*[日号]|([./-])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d))"
)
_CN_YEAR_DIGITS = "〇零○◯Oo一二三四五六七八九"  # 二○二三, 二O二三: a circle or a letter typed for 〇
_CN_DATE = re.compile(rf"([{_CN_YEAR_DIGITS}]{{4}})年([元正十一二三四五六七八九]{{1,3}})月([十一二三四五六七八九]{{1,3}})[日号]")
_CN_YEAR = re.compile(rf"([{_CN_YEAR_DIGITS}]{{4}})\s*年")
_MONTH_DATE = regex.compile(r"^(20\d{2})\s*年\s*(\d{1,2})\s*月$")  # a signature dated to the month
_SIGNER = re.compile(r"\s*签发人\s*[:：].*$")  # 签发人：张三 beside a document number
_DOCNO = regex.compile(r"^[\p{Han}A-Za-z]{1,20}[〔\[［(（](?P<year>\d{4})[〕\]］)）]\s*第?\s*\d{1,4}\s*号$")
_ORG_TAIL = re.compile(r"(?:局|委|办|院|厅|政府|室|中心|站|所|会|处|署|部|司|队|馆)$")
_TITLE_END = re.compile(r"[。；;]")
_FUTURE_WORDS = re.compile(r"明年|下一年|下一步")
_SPACES = regex.compile(r"\s+")
_ORG_PREFIX = regex.compile(r"^(?P<org>.+?)(?:关于|20\d{2}\s*年|法治政府|年度|依法行政)")
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


def _match_markers(stripped: str, markers):
    for rx, level, style in markers:
        m = rx.match(stripped)
        if m:
            value = cn_number(m.group(1))  # "num", by index: a named lookup costs 0.3 µs in `regex`
            if value is None or value == 0:
                continue
            return level, style, value, m.end()
    return None


def _plain_heading_kind(stripped: str, vocab: Compiled) -> str | None:
    """Kind of an unnumbered heading line such as 下步打算, or None."""
    if len(stripped) > 24 or _SENTENCE_PUNCT.search(stripped.rstrip(":：")):
        return None
    for kind, rx in vocab.heading_cues:
        if kind != "other" and rx.search(stripped):
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


def _line_starts(lines: list[str]) -> list[int]:
    """Offset of each of ``lines`` (a text split at LF) in that text."""
    # A running sum of the lengths plus one LF each: the parser splits the text into lines
    # anyway, and this is cheaper than looking for every LF again with str.find.
    return list(accumulate([len(line) + 1 for line in lines[:-1]], initial=0))


def _docno_match(s: str):
    """``_DOCNO.match(s)``; every document number ends with 号, so most lines need no regex."""
    return _DOCNO.match(s) if "号" in s else None


_FIRST_MONTH = {"元": 1, "正": 1}  # 元月, 正月: January


def _cn_year(digits: str) -> int | None:
    """二〇二三 → 2023 (four Chinese digits), else None."""
    y = "".join(str(CN_DIGITS.get(c, "")) for c in digits)
    return int(y) if len(y) == 4 else None


def _date_from_cn(m) -> dt.date | None:
    y = _cn_year(m.group(1))
    mo, d = _FIRST_MONTH.get(m.group(2)) or cn_number(m.group(2)), cn_number(m.group(3))
    try:
        return dt.date(int(y), mo or 0, d or 0)
    except (TypeError, ValueError):
        return None


def _parse_date(s: str) -> dt.date | None:
    m = _DATE.search(s)
    if m:
        year, month, day = m.group(1), m.group(2) or m.group(5), m.group(3) or m.group(6)
        try:
            return dt.date(int(year), _FIRST_MONTH.get(month) or int(month), int(day))
        except ValueError:
            return None
    m = _CN_DATE.search(s)
    if m:
        return _date_from_cn(m)
    m = _MONTH_DATE.match(s)
    if m and 1 <= int(m.group(2)) <= 12:  # dated to the month: its last day, the latest it can be
        year, month = int(m.group(1)), int(m.group(2))
        return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return None


_TITLE_WITHOUT_REPORT = re.compile(r"法治政府建设.{0,8}(?:情况|总结)$")


def _is_title(line: str) -> bool:
    """A report's title line: names a 报告 (or, in a title the page cut short, the year's
    法治政府建设……情况/总结), is not a sentence and not a recipient line."""
    if len(line) > 80 or line.endswith(("。", "：", ":")):
        return False
    return "报告" in line or (_TITLE_WITHOUT_REPORT.search(line) is not None and "年" in line)


def _title_line(lines: list[str]) -> int | None:
    """Index of the report's title line: the first of its first five non-blank lines that
    :func:`_is_title` accepts (chrome is blanked by then), or None."""
    seen = 0
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if _is_title(stripped):
            return i
        seen += 1
        if seen >= 5:
            return None
    return None


_CHROME_TAIL_LINES = 40  # the page's footer is looked for among the last lines


def _is_paragraph(stripped: str, vocab: Compiled) -> bool:
    """A line of the report's text: longer than any line of page furniture (over 100
    characters), or over 40 characters and not furniture."""
    n = len(stripped)
    return n > 100 or (n > 40 and not vocab.chrome.search(stripped))


def _blank_chrome(norm: str, lines: list[str], vocab: Compiled) -> tuple[str, list[str]]:
    """``norm`` and its ``lines`` with the lines of a web page's furniture blanked (spaces of
    the same length): site bars, breadcrumbs, publishing metadata, share and print buttons,
    related links and footers, and a title the page repeats above the article.

    Furniture sits above the report (up to its first heading or paragraph) and below it
    (among the last lines); lines between are the report's and are not looked at."""
    n = len(lines)
    head_end = min(n, 16)  # the page's header ends where the report's body starts
    for i in range(head_end):
        stripped = lines[i].strip()
        if _is_paragraph(stripped, vocab) or _match_marker(stripped):
            head_end = i
            break
    chrome = set()
    for i in range(head_end):
        if lines[i].strip() and vocab.chrome.search(lines[i]):
            chrome.add(i)
    if chrome:
        # above the page's last furniture line everything is the page's (site name, menus, a
        # title it shows before the article repeats it), except the report's title when the
        # article does not repeat it below
        last_chrome = max(chrome)

        def is_title(i: int) -> bool:
            return _is_title(_SPACES.sub("", lines[i]))

        above = [i for i in range(last_chrome) if is_title(i)]
        chrome.update(i for i in range(last_chrome) if lines[i].strip())
        if above and not any(is_title(i) for i in range(last_chrome + 1, head_end)):
            chrome.discard(above[-1])
    # the footer: from the last line up, over short lines (signature, related links' titles)
    # and furniture, to the report's last paragraph
    tail = None
    for i in range(n - 1, max(head_end, n - _CHROME_TAIL_LINES) - 1, -1):
        stripped = lines[i].strip()
        if not stripped:
            continue
        if vocab.chrome_tail.search(stripped):
            tail = i
        elif _is_paragraph(stripped, vocab):
            break
        elif vocab.chrome.search(stripped):
            chrome.add(i)
    if tail is not None:
        chrome.update(range(tail, n))
    if not chrome:
        return norm, lines
    lines = list(lines)
    for i in chrome:
        lines[i] = " " * len(lines[i])
    return "\n".join(lines), lines


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
    body_end = len(norm)
    signing_date = None
    signing_line = None
    i = _attachment_line(lines, n_lines)  # a table attached after the signature is not its end
    seen = 0
    while i >= 0 and seen < 6:
        s = line_starts[i]
        stripped = lines[i].strip()
        if not stripped:
            i -= 1
            continue
        date = _parse_date(stripped) if len(stripped) <= 20 else None
        is_date = date is not None and not _SENTENCE_PUNCT.search(stripped)
        if is_date and signing_date is None:
            signing_date = date
            signing_line = i + 1
        else:
            is_note = len(stripped) <= 60 and vocab.signature_notes.search(stripped) is not None
            is_org = len(stripped) <= 30 and not _SENTENCE_PUNCT.search(stripped) and _ORG_TAIL.search(stripped)
            if not (is_note or is_org) or _match_marker(stripped):
                break
        body_end = s
        seen += 1
        i -= 1
    if signing_date is None:
        body_end = len(norm)  # a trailing organisation line alone is not a signature block
    # keep trailing blank lines out of the last part anyway
    while body_end > 0 and norm[body_end - 1].isspace():
        body_end -= 1

    # --- the title line: headings come after it
    title_line = _title_line(lines)
    hinted = frozenset(heading_lines)
    styled_only: set[int] = set()  # starts of headings known only by their style, not their wording

    # --- headings and enumerations
    headings: list[Heading] = []
    enumerations: list[Enumeration] = []
    numbered_seen = False
    first_content_line = None
    for li, line in enumerate(lines):
        s = line_starts[li]
        if s >= body_end:
            break
        stripped = line.strip()
        if not stripped:
            continue
        if first_content_line is None:
            first_content_line = li
        marker = _match_marker(stripped)
        if marker:
            level, style, value, mend = marker
            # the title ends at the first 。 (or with the line)
            m = _TITLE_END.search(stripped, mend)
            tend = len(stripped) if m is None else m.start()
            if tend > mend or len(stripped) == mend:
                start = s + len(line) - len(line.lstrip())  # where ``stripped`` starts
                headings.append(Heading(level, style, value, text[start : start + tend].strip(), li + 1, start, start + tend))
                numbered_seen = True
        elif (li > title_line if title_line is not None else li > (first_content_line or 0) + 1) or numbered_seen:
            kind = _plain_heading_kind(stripped, vocab)
            shown = li + 1 in hinted  # set as a heading in the file (Word's heading styles)
            if (kind is not None or shown) and vocab.captions.match(stripped):
                kind, shown = None, False  # 表1 2023年主要工作数据: a caption, not a heading
            if shown or (kind is not None and (numbered_seen or kind != "measures" or len(stripped) <= 16)):
                start = s + len(line) - len(line.lstrip())
                end = start + len(stripped)
                if kind is None:
                    styled_only.add(start)
                headings.append(Heading(1, "plain", None, text[start:end], li + 1, start, end))
        if "是" in line:
            for start, numeral in _enumerations(line):
                value = _CN_VALUES.get(numeral) or cn_number(numeral)  # mostly one numeral
                if value:
                    enumerations.append(Enumeration(value, li + 1, s + start, len(headings) - 1))

    # Unnumbered part headings (存在的问题, 下步打算) stand with the report's top-level numbered
    # ones (一、, or 第X部分 chapters); in a report numbered only from （一） or 1. down they
    # stand above those (level 1), and the numbered items under each are its sub-parts.
    numbered_top = min((h.level for h in headings if h.style != "plain"), default=None)
    if styled_only and numbered_top is not None and numbered_top <= 1:
        # the report numbers its parts (一、 or 第X部分): a styled line whose wording names no
        # part is emphasis inside one (a bold 典型案例), not a part of its own
        headings = [h for h in headings if h.start not in styled_only]
        starts = [h.start for h in headings]  # each enumeration under its nearest heading again
        enumerations = [
            Enumeration(e.value, e.line, e.start, bisect_right(starts, e.start) - 1) for e in enumerations
        ]
    numbered_top = 1 if numbered_top is None else numbered_top
    top_level = min(numbered_top, 1)
    if top_level != 1 or numbered_top != 1:
        headings = [
            Heading(top_level, h.style, h.value, h.title, h.line, h.start, h.end) if h.style == "plain" else h
            for h in headings
        ]

    meta = _metadata(text, norm, lines, line_starts, headings, body_end, title_line)
    meta.signing_date = signing_date
    meta.signing_line = signing_line
    if meta.year is None and signing_date is not None:
        meta.year = signing_date.year - 1
        meta.year_source = "signature"

    parts = _split_parts(norm, headings, body_end, meta, vocab, top_level)
    return Report(text, norm, line_starts, headings, parts, enumerations, meta, body_end)


def _split_parts(
    norm: str, headings: list[Heading], body_end: int, meta: Meta, vocab: Compiled, top_level: int
) -> list[Part]:
    """The top-level parts: one per heading of the report's highest numbered level (第X部分
    chapters when there are any, else 一、, ...) and per unnumbered part heading; the
    headings below them are the parts' inner structure."""
    if not headings:
        return [Part("preamble", None, 0, 0, body_end)] if norm[:body_end].strip() else []
    tops = [h for h in headings if h.level == top_level]
    if not tops:  # numbered from （一） or 1. down, with no part heading above them
        top_level = min(h.level for h in headings)
        tops = [h for h in headings if h.level == top_level]
    elif tops[0].style == "plain" and headings[0] is not tops[0]:
        # numbered items before the first unnumbered part heading: the report's first part
        # (its measures, unheaded), item by item, as when no part heading is above them
        before = headings[: headings.index(tops[0])]
        lead = min(h.level for h in before)
        tops = [h for h in before if h.level == lead] + tops
    parts: list[Part] = []
    if tops[0].start > 0:
        parts.append(Part("preamble", None, 0, 0, tops[0].start))
    for i, h in enumerate(tops):
        end = tops[i + 1].start if i + 1 < len(tops) else body_end
        parts.append(Part("", h, h.start, h.end, max(end, h.end)))
    # 1) wording of the heading
    worded: list[str | None] = []
    for p in parts:
        if p.heading is None:  # the preamble
            worded.append("preamble")
            continue
        title = norm[p.heading.start : p.heading.end]  # normalised (and simplified) wording
        kind = _classify_heading(title, vocab)
        years = [int(y) for y in _YEAR.findall(title)]
        if kind == "next_year_plan" and meta.year and vocab.done.search(title):
            # "2023年计划完成情况" reports last year's work: the plan wording names what was
            # carried out.  Plan wording alone makes a plan whatever its year.
            if not years or all(y <= meta.year for y in years):
                kind = "measures"
        elif kind in (None, "measures") and meta.year and years and all(y > meta.year for y in years):
            kind = "next_year_plan"  # 2024年主要举措 in a report on 2023: what is to come
        worded.append(kind)
    # 2) a plan-worded heading of two clauses is a thematic one (明确工作安排，狠抓责任落实):
    #    its content decides, as for any thematic heading (a real plan's body is about next year)
    for i, (p, kind) in enumerate(zip(parts, worded)):
        if kind == "next_year_plan" and _CLAUSE_PUNCT.search(norm, p.heading.start, p.heading.end):
            worded[i] = None
    # 3) a thematic heading (一、全面加强党的领导): its own content decides. Written in the
    #    future tense about a later year, it is the plan; otherwise it reports measures.
    for p, kind in zip(parts, worded):
        p.kind = kind or _thematic_kind(norm[p.body_start : p.end], meta.year)
    return _closing_parts(_split_combined(parts, norm, headings, vocab), norm, vocab, meta.year)


_ATTACHMENT = re.compile(r"^附件\s*\d{0,2}\s*[:：]?")
_ATTACHMENT_REACH = 80  # lines from the end an attachment's heading line may be


def _attachment_line(lines: list[str], n_lines: int) -> int:
    """Where to look for the signature block from: the last line, or — when a 附件 line near
    the end has a dated line shortly above it — that 附件 line (what follows it is attached)."""
    for k in range(n_lines - 1, max(n_lines - _ATTACHMENT_REACH, 0) - 1, -1):
        if "附件" not in lines[k] or not _ATTACHMENT.match(lines[k].strip()):
            continue
        above = [ln.strip() for ln in lines[max(k - 12, 0) : k] if ln.strip()][-6:]
        if any(len(ln) <= 20 and _parse_date(ln) for ln in above):
            return k
        break
    return n_lines - 1


def _closing_parts(parts: list[Part], norm: str, vocab: Compiled, year: int | None) -> list[Part]:
    """Shortcomings and a plan written without headings at the end of the last part (a work
    summary's closing paragraph: ……但也存在一些不足：一是……。下一步，我们将……), or the principal
    leaders' duties after the plan (一年来，局党组书记……): when no part has that kind, the last
    part is cut at the first sentence that opens it (``openers``)."""
    last = parts[-1] if parts else None
    if last is None:
        return parts
    have = {p.kind for p in parts}
    cuts: list[tuple[int, str]] = []
    floor = last.body_start
    for kind, rx in vocab.openers:
        if kind in have or last.kind not in _CLOSES.get(kind, ("measures", "preamble")):
            continue
        at = _sentence_opening(norm, rx, floor, last.end, year, looks_back=kind in _LOOKS_BACK)
        if at is not None:
            cuts.append((at, kind))
            floor = at + 1  # the plan comes after the shortcomings
    if not cuts:
        return parts
    bounds = [last.start] + [at for at, _ in cuts] + [last.end]
    kinds = [last.kind] + [kind for _, kind in cuts]
    out = parts[:-1]
    for i, kind in enumerate(kinds):
        body = last.body_start if i == 0 else bounds[i]
        out.append(Part(kind, last.heading, bounds[i], body, bounds[i + 1]))
    return out


# the kinds of last part each closing part may be cut from (by default a measures part)
_CLOSES = {"first_responsible": ("next_year_plan",)}


def _sentence_opening(norm: str, rx, start: int, end: int, year: int | None, looks_back: bool) -> int | None:
    """Offset of the first sentence in ``norm[start:end]`` that ``rx`` matches at its start
    (after a line end or a 。, white space skipped).  A sentence about what is to come (将, or
    a year after ``year``) opens a plan but never a look back; one with 将 naming a year up to
    ``year`` opens no plan (2023年，我局将……纳入: 将 as a preposition)."""
    at = start
    while at < end:
        while at < end and norm[at] in " \t\n\u3000":
            at += 1
        stop = min((i for i in (norm.find("。", at, end), norm.find("\n", at, end)) if i >= 0), default=-1)
        m = rx.match(norm, at, end)
        if m:
            sentence = norm[at : stop if stop >= 0 else end]
            years = [int(y) for y in _YEAR.findall(m.group(0))]
            if looks_back:
                ahead = "将" in sentence or (year is not None and any(y > year for y in years))
                if not ahead:
                    return at
            elif not (year and "将" in m.group(0) and any(y <= year for y in years)):
                return at
        if stop < 0:
            return None
        at = stop + 1
    return None


_LOOKS_BACK = frozenset({"first_responsible"})


_ORDER = {"measures": 0, "shortcomings": 1, "next_year_plan": 2}  # the regulation's order of parts


def _split_combined(parts: list[Part], norm: str, headings: list[Heading], vocab: Compiled) -> list[Part]:
    """A part headed for two kinds (二、存在的问题和下一步打算) is cut at its first sub-heading
    worded as the second kind (（二）下一步打算): the problems and the plan, each its own part."""
    out: list[Part] = []
    for p in parts:
        out.append(p)
        if p.heading is None or p.kind == "preamble":
            continue
        title = norm[p.heading.start : p.heading.end]
        if p.kind not in _ORDER or not any(c in title for c in "和及与、"):  # two parts are joined by one
            continue
        others = [k for k, rx in vocab.heading_cues if _ORDER.get(k, -1) > _ORDER[p.kind] and rx.search(title)]
        if not others:
            continue
        for h in headings:
            if p.body_start <= h.start < p.end and h.level > p.heading.level:
                kind = _classify_heading(norm[h.start : h.end], vocab)
                if kind in others:
                    out[-1] = Part(p.kind, p.heading, p.start, p.body_start, h.start)
                    out.append(Part(kind, h, h.start, h.end, p.end))
                    break
        else:  # no such sub-heading: the first paragraph that opens with the second kind's words
            at = norm.find("\n", p.body_start, p.end)
            while 0 <= at < p.end:
                opening = norm[at + 1 : at + 13].lstrip()[:8]  # 下一步，一是……
                kind = next((k for k in others if dict(vocab.heading_cues)[k].search(opening)), None)
                if kind is not None:
                    out[-1] = Part(p.kind, p.heading, p.start, p.body_start, at + 1)
                    out.append(Part(kind, p.heading, at + 1, at + 1, p.end))
                    break
                at = norm.find("\n", at + 1, p.end)
    return out


def _thematic_kind(body: str, year: int | None) -> str:
    # three plan cues are enough: stop looking after the third (bodies can be long)
    if year is not None and sum(1 for _ in islice(_PLAN_CUES.finditer(body), 3)) >= 3:
        if any(int(y) > year for y in _YEAR.findall(body)) or _FUTURE_WORDS.search(body):
            return "next_year_plan"
    return "measures"


def _metadata(
    text: str, norm: str, lines: list[str], line_starts: list[int], headings: list[Heading], body_end: int,
    title_line: int | None,
) -> Meta:
    meta = Meta()
    first_heading = headings[0].start if headings else body_end
    head_lines = []
    for i, s in enumerate(line_starts):
        if s >= first_heading or len(head_lines) >= 8:
            break
        stripped = lines[i].strip()
        if stripped:
            head_lines.append((i, s, s + len(lines[i]), stripped))

    title_idx = next((k for k, (i, _, _, _) in enumerate(head_lines) if i == title_line), None)
    if title_idx is not None:
        # The title is quoted as written; it is analysed in its normalised (simplified) form,
        # which has the same length, so spans found in one cut the other.
        li, s, e, st = head_lines[title_idx]
        title, title_norm = text[s:e].strip(), st
        org_line = org_norm = None
        if title_idx > 0:
            _, ps, pe, pst = head_lines[title_idx - 1]
            if len(pst) <= 30 and not _SENTENCE_PUNCT.search(pst) and not _docno_match(pst):
                org_line, org_norm = text[ps:pe].strip(), pst
        if org_line and not title_norm.startswith(org_norm):
            title, title_norm = org_line + title, org_norm + title_norm
        meta.title, title_norm = _SPACES.sub("", title), _SPACES.sub("", title_norm)
        m = _ORG_PREFIX.match(title_norm)
        # "org", by index (cheaper in `regex`); a title that starts with its year or with 关于
        # names no organisation (2023年度法治政府建设情况报告 has no unit "2023")
        if m and len(m.group(1)) >= 2 and not m.group(1)[0].isdigit() and not m.group(1).startswith("关于"):
            meta.organization = meta.title[: m.end(1)]
        elif org_line:
            meta.organization = org_line
        y = _YEAR.search(title_norm)
        if y:
            meta.year, meta.year_source = int(y.group(1)), "title"
        else:
            y = _CN_YEAR.search(title_norm)  # 二〇二三年度……报告
            if y and _cn_year(y.group(1)):
                meta.year, meta.year_source = _cn_year(y.group(1)), "title"
    # document number: a line of its own near the top
    for li, s, e, st in head_lines:
        if "号" not in st:  # it ends every document number: no need to compact the line
            continue
        compact = _SPACES.sub("", _SIGNER.sub("", st))
        m = _DOCNO.match(compact)
        if m:
            meta.document_number = compact
            meta.document_number_year = int(m.group("year"))
            meta.document_number_line = li + 1
            break
    if meta.year is None:
        # the first year named in the opening of the body ("2023年，在县委……")
        y = _first_own_year(norm, min(len(norm), first_heading + 600))
        if y:
            meta.year, meta.year_source = y, "body"
    return meta


_RANGE_DASH = frozenset("—–-~～至到")


def _first_own_year(norm: str, end: int) -> int | None:
    """The first year the text names before ``end`` that is not in a quoted title (《…纲要
    （2021—2025年）》) nor the end of a range of years: the report's own year."""
    for y in _YEAR.finditer(norm, 0, end):
        start = y.start()
        if start and norm[start - 1] in _RANGE_DASH:
            continue
        if norm.rfind("《", 0, start) > norm.rfind("》", 0, start):
            continue
        return int(y.group(1))
    return None
