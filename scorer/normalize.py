"""Length-preserving normalisation of report text.

Matching runs on a normalised copy of the text whose every character sits at
the same offset as in the original, so evidence (line numbers, snippets) can
always quote the original while rules see one canonical form:

* full-width digits, Latin letters, ``％`` and ``．`` become half-width;
* the ideographic space (U+3000), no-break spaces and tabs become a plain space;
* conversion artifacts such as ``[bookmark: _GoBack]`` or ``[image: …]`` are
  blanked out with spaces;
* optionally, traditional characters are mapped to simplified ones (see
  :func:`to_simplified`), character by character so offsets never move.

Chinese punctuation (，。：；（）) is left alone: rule patterns are written with
it, and the parser accepts both full- and half-width brackets in headings.
"""

from __future__ import annotations

import re

import regex

_FULLWIDTH = {}
for _cp in range(0xFF10, 0xFF1A):  # ０-９
    _FULLWIDTH[_cp] = _cp - 0xFEE0
for _cp in range(0xFF21, 0xFF3B):  # Ａ-Ｚ
    _FULLWIDTH[_cp] = _cp - 0xFEE0
for _cp in range(0xFF41, 0xFF5B):  # ａ-ｚ
    _FULLWIDTH[_cp] = _cp - 0xFEE0
_FULLWIDTH.update(
    {
        0xFF05: ord("%"),  # ％
        0xFF0E: ord("."),  # ．
        0x3000: ord(" "),  # ideographic space
        0x00A0: ord(" "),  # no-break space
        0x2002: ord(" "),
        0x2003: ord(" "),
        0x2009: ord(" "),
        0x200B: ord(" "),  # zero-width space: keep the offset, drop the meaning
        0xFEFF: ord(" "),  # stray BOM inside the text
        0x09: ord(" "),
        0x0D: ord(" "),  # a lone CR left inside a line
    }
)

# The characters the table changes, in runs: translating only those runs gives the same
# text as translating everything, several times faster on Chinese text (str.translate
# looks every character up in the table).  The run is written ``[…][…]*`` rather than
# ``[…]+``: a pattern that starts with a character class lets `re` skip, in C, to the
# next character of the class, which halves the scan of a report with few such runs.
# The ideographic space, which indents most paragraphs, is left to str.replace (one
# pass in C instead of a Python call for each run); the table maps each character on
# its own, so the order does not matter.
_TRANSLATED_CLASS = "[" + "".join(re.escape(chr(c)) for c in sorted(_FULLWIDTH) if c != 0x3000) + "]"
_TRANSLATED_RUN = re.compile(_TRANSLATED_CLASS + _TRANSLATED_CLASS + "*")

_ARTIFACT = regex.compile(r"\[(?:bookmark|image|page|footnote|comment)\s*:[^\]\n]{0,200}\]", regex.I)


def _translate_run(match: re.Match) -> str:
    return match.group(0).translate(_FULLWIDTH)


def _blank(match: regex.Match) -> str:
    return " " * len(match.group(0))


def normalize(text: str, simplify=None) -> str:
    """Return a normalised copy of ``text`` with exactly the same length.

    ``simplify`` is an optional callable mapping one string to its simplified
    form (see :func:`scorer.reading.chinese.simplifier`); it is applied only
    where it preserves length.
    """
    out = _TRANSLATED_RUN.sub(_translate_run, text.replace("\u3000", " "))
    if "[" in out:  # every artifact starts with one
        out = _ARTIFACT.sub(_blank, out)
    if simplify is not None:
        converted = simplify(out)
        if len(converted) == len(out):
            out = converted
    assert len(out) == len(text)
    return out


_SPACE = regex.compile(r"\s+")


def compact(text: str) -> str:
    """Drop every kind of white space: used to compare sentences."""
    return _SPACE.sub("", text)
