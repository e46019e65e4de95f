"""The report's title line and its metadata: title, organisation, year, document number."""

from __future__ import annotations

import re

import regex

from ..document import Heading, Meta
from .dates import _CN_YEAR, _DOCNO, _SIGNER, _YEAR, _cn_year, _docno_match, _first_own_year
from .markers import _SENTENCE_PUNCT

_SPACES = regex.compile(r"\s+")
_ORG_PREFIX = regex.compile(r"^(?P<org>.+?)(?:关于|20\d{2}\s*年|法治政府|年度|依法行政)")


_DASHES = "—－-─"  # a subtitle's opening dash (——某局2023年……报告)
_BRACKETED = re.compile(r"[（(【\[][^）)】\]]*[）)】\]]")  # a line that is a note in brackets
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
            # (not a note in brackets over it: （此件公开发布）)
            if len(pst) <= 30 and not _SENTENCE_PUNCT.search(pst) and not _docno_match(pst) and not _BRACKETED.fullmatch(pst):
                org_line, org_norm = text[ps:pe].strip(), pst
        if org_line and not title_norm.startswith(org_norm):
            title, title_norm = org_line + title, org_norm + title_norm
        meta.title, title_norm = _SPACES.sub("", title), _SPACES.sub("", title_norm)
        m = _ORG_PREFIX.match(title_norm)
        # "org", by index (cheaper in `regex`); a title that starts with its year or with 关于
        # names no organisation (2023年度法治政府建设情况报告 has no unit "2023")
        meta.title_key = title_norm
        # (a subtitle under the report's main title, a slogan: 深入学习贯彻……建设 / ——某市商务局2023年……报告 — its
        # organisation is the subtitle's, not the slogan joined to it)
        at = 0
        if org_line and st[:1] in _DASHES:
            below = len(title_norm) - len(_SPACES.sub("", st).lstrip(_DASHES))
            if (sub := _ORG_PREFIX.match(title_norm[below:])) is not None:
                m, at = sub, below
        if m and len(m.group(1)) >= 2 and not m.group(1)[0].isdigit() and not m.group(1).startswith("关于"):
            meta.organization = meta.title[at : at + m.end(1)]
            meta.organization_key = title_norm[at : at + m.end(1)]
        elif org_line:
            meta.organization = org_line
            meta.organization_key = _SPACES.sub("", org_norm)
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
        y = _first_own_year(norm, min(body_end, first_heading + 600))  # (not the signing date)
        if y:
            meta.year, meta.year_source = y, "body"
    return meta
