"""Chinese-text helpers for readers: Han counts and traditional → simplified.

Matching runs on simplified text; evidence quotes the original.  A reader that
finds mostly traditional text sets ``Document.simplify`` to :func:`to_simplified`,
which :func:`scorer.normalize.normalize` applies to its length-preserving copy.

opencc is an optional extra (``pip install 'scorer[opencc]'``): without it
traditional text is still read and scored, just not converted.
"""

from __future__ import annotations

import functools

import regex

_HAN = regex.compile(r"\p{Han}")

MIN_HAN = 20  # fewer Han characters than this: not a report
TRADITIONAL_SHARE = 0.10  # share of Han characters t2s changes above which text counts as traditional
_SAMPLE = 20000  # characters inspected by is_traditional

_converter = None  # opencc.OpenCC('t2s'), created on first use; False when opencc is missing


def han_count(text: str, limit: int | None = None) -> int:
    """Number of Han characters in ``text``; stops counting at ``limit`` when given."""
    if limit is None:
        return sum(1 for _ in _HAN.finditer(text))
    n = 0
    for _ in _HAN.finditer(text):
        n += 1
        if n >= limit:
            break
    return n


def _t2s():
    global _converter
    if _converter is None:
        try:
            import opencc

            _converter = opencc.OpenCC("t2s")
        except Exception:  # not installed, or its data files are missing
            _converter = False
    return _converter or None


@functools.lru_cache(maxsize=8192)
def _char(c: str) -> str:
    conv = _t2s()
    out = conv.convert(c) if conv is not None else c
    return out if len(out) == 1 else c


def to_simplified(text: str) -> str:
    """Simplified form of ``text`` with exactly the same length (identity without opencc).

    opencc converts phrase by phrase; when that changes the length anywhere the
    text is converted character by character instead, so offsets never move.
    A module-level function, so a Document carrying it stays picklable.
    """
    conv = _t2s()
    if conv is None or not text:
        return text
    out = conv.convert(text)
    if len(out) == len(text):
        return out
    return "".join(_char(c) for c in text)


def is_traditional(text: str) -> bool:
    """True when the text is mostly written in traditional characters (needs opencc)."""
    conv = _t2s()
    if conv is None:
        return False
    han = "".join(_HAN.findall(text[:_SAMPLE]))
    if len(han) < MIN_HAN:
        return False
    simplified = conv.convert(han)
    if len(simplified) != len(han):
        simplified = "".join(_char(c) for c in han)
    changed = sum(a != b for a, b in zip(han, simplified))
    return changed >= TRADITIONAL_SHARE * len(han)


simplifier = to_simplified  # the callable scorer.normalize.normalize() takes as ``simplify``


def simplifier_for(text: str):
    """The simplifier to attach to a Document for ``text``: :func:`to_simplified` or None."""
    return to_simplified if is_traditional(text) else None
