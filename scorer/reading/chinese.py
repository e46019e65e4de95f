"""Chinese-text helpers for readers: Han counts and traditional → simplified.

Matching runs on simplified text; evidence quotes the original.  A reader that
finds mostly traditional text sets ``Document.simplify`` to :func:`to_simplified`,
which :func:`scorer.normalize.normalize` applies to its length-preserving copy.

opencc is a required dependency.  Should it be missing or broken anyway, a report
in traditional characters is refused with the command to run (a ReadError from
:func:`simplifier_for`), never scored unconverted: the parser would miss its title,
organisation and part headings.
"""

from __future__ import annotations

import functools
import operator

import regex

_HAN = regex.compile(r"\p{Han}")
_NOT_HAN = regex.compile(r"\P{Han}+")
# The commonest characters between Han ones in a report.  str.replace removes each in
# one pass in C; _NOT_HAN.sub then has far fewer runs left to remove (it costs ≈ 0.25 µs
# a run, and a report has one every ten characters).
_COMMON_NOT_HAN = ("，", "、", "。", "“", "”")

MIN_HAN = 20  # fewer Han characters than this: not a report
TRADITIONAL_SHARE = 0.10  # share of Han characters t2s changes above which text counts as traditional
_SAMPLE = 20000  # characters inspected by is_traditional ...
_SAMPLE_HAN = 3000  # ... for at most this many Han characters (the first ones)
_CHUNK = 4000  # characters taken at a time while collecting them

_converter = None  # opencc.OpenCC('t2s'), created on first use; False when opencc is missing


@functools.lru_cache(maxsize=8)
def _at_least(limit: int):
    """A regex that matches (at the start) a text holding ``limit`` or more Han characters.

    Possessive, so a text with fewer fails in one pass without backtracking."""
    return regex.compile(r"(?:\P{Han}*+\p{Han}){%d}" % limit)


def han_count(text: str, limit: int | None = None) -> int:
    """Number of Han characters in ``text``; stops counting at ``limit`` when given."""
    if limit is None:
        return sum(1 for _ in _HAN.finditer(text))
    # Most texts reach the limit at once: one regex call instead of one match per character.
    if limit > 0 and _at_least(limit).match(text):
        return limit
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


def _han_sample(text: str) -> str:
    """The first ``_SAMPLE_HAN`` Han characters among the first ``_SAMPLE`` characters."""
    limit = min(len(text), _SAMPLE)
    han = ""
    pos = 0
    while pos < limit and len(han) < _SAMPLE_HAN:
        end = min(limit, pos + _CHUNK)
        chunk = text[pos:end]
        for c in _COMMON_NOT_HAN:
            chunk = chunk.replace(c, "")
        han += _NOT_HAN.sub("", chunk)  # one string, not a list of characters
        pos = end
    return han[:_SAMPLE_HAN]


def _changed(a: str, b: str, step: int = 256) -> int:
    """Positions where two texts of the same length differ.  Equal slices (most of a
    simplified text) are skipped by one string comparison each."""
    n = 0
    for i in range(0, len(a), step):
        x, y = a[i : i + step], b[i : i + step]
        if x != y:
            n += sum(map(operator.ne, x, y))
    return n


def is_traditional(text: str) -> bool:
    """True when the text is mostly written in traditional characters (needs opencc).

    Looks at the first 3,000 Han characters (within the first 20,000 characters):
    enough to tell, and it keeps the check at ≈ 0.1 ms a report whatever its length.
    """
    conv = _t2s()
    if conv is None:
        return False
    han = _han_sample(text)
    if len(han) < MIN_HAN:
        return False
    simplified = conv.convert(han)
    if len(simplified) != len(han):
        simplified = "".join(_char(c) for c in han)
    return _changed(han, simplified) >= TRADITIONAL_SHARE * len(han)


simplifier = to_simplified  # the callable scorer.normalize.normalize() takes as ``simplify``


# Frequent characters that only traditional text has (their simplified forms differ): the
# check used when opencc cannot be loaded, so such text is refused rather than misread.
_TRADITIONAL_ONLY = frozenset(
    "國們來時對會這說為與發關經於個過實現體區縣務開報門點頭長問題進從處動員機當義應進將還監"
    "導種設總職責與幹執審議規範讓認識聽達創權辦營衛療醫證書業環資優護運傳統條例據"
)


def _looks_traditional(text: str) -> bool:
    han = _han_sample(text)
    return len(han) >= MIN_HAN and sum(c in _TRADITIONAL_ONLY for c in han) >= 0.05 * len(han)


def simplifier_for(text: str):
    """The simplifier to attach to a Document for ``text``: :func:`to_simplified` or None.

    Raises ReadError when the text is traditional and opencc cannot be loaded."""
    if _t2s() is None:
        if _looks_traditional(text):
            from .errors import ReadError

            raise ReadError(
                "这是繁体中文报告，需要繁简转换组件 opencc 才能正确评分：pip install opencc "
                "(traditional Chinese needs opencc)"
            )
        return None
    return to_simplified if is_traditional(text) else None
