"""Dates, years, document numbers and the signature block at the end of a report."""

from __future__ import annotations

import datetime as dt
import re

import regex

from ..vocabulary import CN_DIGITS, cn_number
from ..vocabulary import CN_YEAR_DIGITS as _CN_YEAR_DIGITS
from ..vocabulary import YEAR_TEXT, Compiled  # YEAR_TEXT: also the parser's and year rules' (one reading of years)
from .markers import _SENTENCE_PUNCT, _match_marker

_YEAR = regex.compile(r"(?<!\d)(20\d{2})\s*年")
# 2024年2月20日, 2024年元月20日, 2024年2月20号, 2024.2.20, 2024/2/20, 2024-02-20
_DATE = regex.compile(
    r"(?<!\d)(20\d{2})\s*(?:年\s*(\d{1,2}|元)\s*月\s*(\d{1,2})\s*[日号]|([./-])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d))"
)
_CN_DATE = re.compile(rf"([{_CN_YEAR_DIGITS}]{{4}})年([元正十一二三四五六七八九]{{1,3}})月([十一二三四五六七八九]{{1,3}})[日号]")
_CN_YEAR = re.compile(rf"([{_CN_YEAR_DIGITS}]{{4}})\s*年")
_ANY_YEAR = regex.compile(YEAR_TEXT)
_MONTH_DATE = regex.compile(r"^(20\d{2})\s*年\s*(\d{1,2})\s*月$")  # a signature dated to the month
_SIGNER = re.compile(r"\s*签发人\s*[:：].*$")  # 签发人：张三 beside a document number
_DOCNO = regex.compile(r"^[\p{Han}A-Za-z]{1,20}[〔\[［(（](?P<year>\d{4})[〕\]］)）]\s*第?\s*\d{1,4}\s*号$")
_ORG_TAIL = re.compile(r"(?:局|委|办|院|厅|政府|室|中心|站|所|会|处|署|部|司|队|馆)$")


def _docno_match(s: str):
    """``_DOCNO.match(s)``; every document number ends with 号, so most lines need no regex."""
    return _DOCNO.match(s) if "号" in s else None


_FIRST_MONTH = {"元": 1, "正": 1}  # 元月, 正月: January


def _cn_year(digits: str) -> int | None:
    """二〇二三 → 2023 (four Chinese digits), else None."""
    y = "".join(str(CN_DIGITS.get(c, "")) for c in digits)
    return int(y) if len(y) == 4 else None


def year_value(written: str) -> int:
    """2024 or 二〇二四 (group 1 of ``YEAR_TEXT``) → 2024."""
    return int(written) if written.isdigit() else _cn_year(written)


def years_in(text: str) -> list[int]:
    """The years ``text`` names (2024年, 二〇二四年), in order."""
    return [year_value(y) for y in _ANY_YEAR.findall(text)]


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


_ATTACHMENT = re.compile(r"^附(?:件|表|录)\s*\d{0,2}\s*[:：]?")  # (附件：……; 附件1; 附表　2025年度……情况)
_ATTACHMENT_REACH = 80  # lines from the end an attachment's heading line may be


def _attachment_line(lines: list[str], n_lines: int, undated: bool = False) -> int:
    """Where to look for the signature block from: the last line, or — when a 附件 line near
    the end (附件：…, or 附件 / 附件1 alone; 附表 or 附录 and its title) has a dated line shortly above it (with
    ``undated``, a unit's name will do) — the line above it (the 附件 line and what follows
    it are attached)."""
    for k in range(n_lines - 1, max(n_lines - _ATTACHMENT_REACH, 0) - 1, -1):
        if "附" not in lines[k] or not _ATTACHMENT.match(lines[k].strip()):
            continue
        above = [ln.strip() for ln in lines[max(k - 12, 0) : k] if ln.strip()][-6:]
        # (undated: the unit's name last, or just above the 附件：… line that names the attachment)
        if any(len(ln) <= 20 and _parse_date(ln) for ln in above) or (undated and any(is_org(ln) for ln in above[-2:])):
            return k - 1
        break
    return n_lines - 1


def is_org(stripped: str) -> bool:
    """Whether a line is an organisation's name alone (某县人民政府, 某局)."""
    return len(stripped) <= 30 and not _SENTENCE_PUNCT.search(stripped) and _ORG_TAIL.search(stripped) is not None


_ORG_THEN_DATE = re.compile(r"^(\S.{0,40}?)\s+(\S{6,16})$")


def _org_then_date(stripped: str) -> tuple[int, dt.date] | None:
    """A signature line that names the organisation and then the date, apart (某市某区城市管理和综合执法局
    2025年1月20日): the organisation's length and the date; else None."""
    m = _ORG_THEN_DATE.match(stripped)
    if m is None or not is_org(m.group(1)):
        return None
    date = _only_date(m.group(2))
    return None if date is None else (len(m.group(1)), date)


def _org_and_date(stripped: str) -> dt.date | None:
    """The date of a signature line that names the organisation and then the date, apart
    (某市某区城市管理和综合执法局　　2025年1月20日), too long for a date line alone; else None."""
    found = _org_then_date(stripped)
    return None if found is None else found[1]


def _only_date(s: str) -> dt.date | None:
    """The date ``s`` is, when it is nothing but a date (2024年2月26日, 二〇二四年二月二十六日)."""
    return _parse_date(s) if len(s) <= 16 and (_DATE.fullmatch(s) or _CN_DATE.fullmatch(s)) else None


def _signature(
    norm: str, lines: list[str], line_starts: list[int], n_lines: int, vocab: Compiled, undated: bool = False
) -> tuple[int, dt.date | None, int | None]:
    """(where the body ends, signing date, its 1-based line) from the signature block at the
    end: date line, organisation line, notes, distribution lines, and an official document's
    print line (某县人民政府办公室  2021年1月18日印发), whose date stands in for a signature
    without one.  Without a date the block is no signature — unless ``undated`` (the report is
    dated elsewhere, under its title) or the block holds a note or a distribution line
    (（此件公开发布）, 抄送：……), which only a signature block does."""
    body_end = len(norm)
    signing_date = None
    signing_line = None
    i = _attachment_line(lines, n_lines, undated)  # a table attached after the signature is not its end
    seen = 0
    printed = None
    noted = False  # a publication note or a distribution line: a signature block's, dated or not
    while i >= 0 and seen < 6:
        s = line_starts[i]
        stripped = lines[i].strip()
        if not stripped:
            i -= 1
            continue
        date = _parse_date(stripped) if len(stripped) <= 20 else _org_and_date(stripped)
        is_date = date is not None and not _SENTENCE_PUNCT.search(stripped)
        if is_date and signing_date is None:
            signing_date = date
            signing_line = i + 1
        elif stripped.endswith("印发") and len(stripped) <= 60 and printed is None and (on := _parse_date(stripped)):
            printed = (on, i + 1)  # the print line of an official document: 某县人民政府办公室  2021年1月18日印发
        else:
            is_note = len(stripped) <= 60 and vocab.signature_notes.search(stripped) is not None
            named = is_org(stripped)
            if not (is_note or named) or _match_marker(stripped):
                break
            noted = noted or is_note
        body_end = s
        seen += 1
        i -= 1
    if signing_date is None and printed is not None:  # signed without a date: the print date
        signing_date, signing_line = printed
    if signing_date is None and not undated and not noted:
        body_end = len(norm)  # a trailing organisation line alone is not a signature block
    # keep trailing blank lines out of the last part anyway
    return body_end, signing_date, signing_line


def _signer(lines: list[str], line_starts: list[int], body_end: int, signing_line: int) -> tuple[int, int] | None:
    """Where (start, end in the text) the signature block names its unit: the first line from the
    body's end to the signing date's line that is an organisation's name alone (洛南县教育局 over
    2026年2月25日), or the name before the date on one line; else None."""
    for i in range(len(line_starts)):
        if line_starts[i] < body_end:
            continue
        if i >= signing_line:
            break
        line = lines[i]
        stripped = line.strip()
        if not stripped:
            continue
        at = line_starts[i] + len(line) - len(line.lstrip())
        if is_org(stripped):
            return at, at + len(stripped)
        found = _org_then_date(stripped)
        if found is not None:
            return at, at + found[0]
    return None


_BRACKETED = re.compile(r"^[（(]\s*(.{6,20}?)\s*[)）]$")


def _date_under_title(lines: list[str], title_line: int, is_title) -> tuple[dt.date | None, int | None]:
    """(date, its 1-based line) of a date alone on one of the two lines under the title, in
    brackets or not — （2024年2月26日）, or the unit's name over 2024年2月26日 or before it on its
    line (某街道办事处　2026年1月12日): the report's
    date when its signature has none — or (None, None).  A title repeated (a web page's
    copy: ``is_title`` accepts it) is not one of those lines."""
    seen = 0
    for i in range(title_line + 1, len(lines)):
        stripped = lines[i].strip()
        if not stripped or is_title(stripped):
            continue
        m = _BRACKETED.match(stripped)
        date = _only_date(m.group(1) if m else stripped)
        if date is None:  # (某街道办事处　2026年1月12日)
            date = _org_and_date(stripped)
        if date is not None:
            return date, i + 1
        seen += 1
        if seen >= 2:
            break
    return None, None


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
