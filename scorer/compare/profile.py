"""What the comparisons need of one parsed report (taken where it was scored).

* ``shingles``: the sorted, distinct 64-bit hashes of the report body's
  :data:`SHINGLE`-character shingles.  The body is the report's sentences as
  normalised (simplified, page chrome blanked) with the formulas every report
  shares left out: the signature block, the parts' headings (一、主要举措和成效 …),
  and the lines before the first part that hold no sentence (the title,
  某某县人民政府：).  Sub-headings stay: （一）…  is often a sentence of its own.
  Only Han characters, ASCII letters and digits are kept, so punctuation, spacing
  and line breaks do not hide a copy.
* ``shortcomings`` / ``plan``: the items of the shortcomings and next-year-plan
  parts, as written (see :func:`part_items`).
* ``measures``: the paragraphs of the measures parts (normalised), for
  :mod:`scorer.compare.previous`.

The hash is a polynomial over the characters' code points, computed with numpy
in a few microseconds per report and the same in every process and run, so a
batch's findings do not depend on ``--jobs`` or on Python's hash seed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import regex

from ..document import Report

SHINGLE = 8  # characters: longer than the common policy words, shorter than a clause
MAX_ITEMS = 40  # items kept per part
_KEEP = regex.compile(r"[^\p{Han}A-Za-z0-9]+")
_SENTENCE = regex.compile(r"[^。！？；!?;\n]+[。！？；!?;]?")
_HAN = regex.compile(r"\p{Han}")
_SPACES = regex.compile(r"\s+")
_BASE = np.uint64(0x100000001B3)  # the FNV prime: odd, so every power is invertible mod 2**64


@dataclass
class Profile:
    file: str
    organization: str | None
    year: int | None
    score: float
    shingles: np.ndarray  # sorted distinct uint64 hashes
    shortcomings: list[str] = field(default_factory=list)
    plan: list[str] = field(default_factory=list)
    measures: list[str] = field(default_factory=list)  # paragraphs, normalised


def shingle_hashes(text: str, k: int = SHINGLE) -> np.ndarray:
    """Sorted distinct hashes of the ``k``-character shingles of ``text`` as kept for
    comparing (Han, ASCII letters and digits; everything else dropped)."""
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    codes = codes[_kept(codes)].astype(np.uint64)
    if len(codes) < k:
        return np.empty(0, dtype=np.uint64)
    n = len(codes) - k + 1
    h = codes[:n].copy()
    for j in range(1, k):  # in place, mod 2**64 (unsigned integers wrap silently)
        h *= _BASE
        h += codes[j : j + n]
    h.sort()
    return h[np.concatenate(([True], h[1:] != h[:-1]))]  # distinct (np.unique is several times slower here)


# Which code points a profile keeps, learnt from _KEEP one new character at a time: a
# report's characters are looked up in a table instead of a regex removing the runs
# between them (≈ 0.09 ms a report).  np.zeros maps its pages only when written.
_KEPT = np.zeros(0x110000, dtype=bool)
_KNOWN = np.zeros(0x110000, dtype=bool)


def _kept(codes: np.ndarray) -> np.ndarray:
    """For each code point of ``codes``, whether _KEEP keeps it (a boolean mask)."""
    new = codes[~_KNOWN[codes]]
    if len(new):
        new = np.unique(new)
        chars = new.tobytes().decode("utf-32-le", "surrogatepass")
        _KEPT[new] = [not _KEEP.fullmatch(c) for c in chars]
        _KNOWN[new] = True
    return _KEPT[codes]


def body_text(report: Report) -> str:
    """The report's sentences without part headings, title lines and signature (see the module doc)."""
    norm, end = report.norm, report.body_end
    pieces: list[str] = []
    for part in report.parts:
        lo, hi = part.body_start, min(part.end, end)
        if lo >= hi:
            continue
        text = norm[lo:hi]
        if part.kind == "preamble":  # title, addressee, date lines: formulas, not sentences
            text = "\n".join(line for line in text.split("\n") if "。" in line)
        pieces.append(text)  # from body_start: the part's heading is left out
    return "\n".join(pieces)


def part_items(report: Report, kind: str) -> list[str]:
    """The items of the parts of ``kind`` as written: the blocks under the part's
    highest sub-headings (（一） …), else its 一是/二是 enumerations, else its sentences.
    Text before the first sub-heading or enumeration is the list's framing, not an item."""
    items: list[str] = []
    for part in report.parts_of(kind):
        lo, hi = part.body_start, min(part.end, report.body_end)
        subs = [h for h in report.headings if lo <= h.start < hi]
        if subs:
            top = min(h.level for h in subs)
            cuts = [h.start for h in subs if h.level == top]
        else:
            cuts = [e.start for e in report.enumerations if lo <= e.start < hi]
        if cuts:
            bounds = [*cuts, hi]  # text before the first item frames the list (存在以下不足：)
            pieces = [report.text[a:b] for a, b in zip(bounds, bounds[1:])]
        else:
            pieces = [m.group() for m in _SENTENCE.finditer(report.text, lo, hi)]
        items += [t for t in (_SPACES.sub(" ", p).strip() for p in pieces) if len(_HAN.findall(t)) >= 4]
    return items[:MAX_ITEMS]


def measures_paragraphs(report: Report) -> list[str]:
    out: list[str] = []
    for part in report.parts_of("measures"):
        text = report.norm[part.body_start : min(part.end, report.body_end)]
        out += [p.strip() for p in text.split("\n") if p.strip()]
    return out


def profile_of(report: Report, result, *, items: bool = False) -> Profile:
    """The profile of a scored report; ``items`` adds the part items (for last year's reports)."""
    return Profile(
        file=result.file,
        organization=result.organization,
        year=result.year,
        score=result.score,
        shingles=shingle_hashes(body_text(report)),
        shortcomings=part_items(report, "shortcomings") if items else [],
        plan=part_items(report, "next_year_plan") if items else [],
        measures=measures_paragraphs(report),
    )
