"""The parser's shortcuts give exactly what the regexes they stand for give.

``parse._match_marker`` tries only the markers a line's first character can start
(``parse._match_markers`` over all of ``_MARKERS`` is the reference), and
``parse._enumerations`` finds the 一是/二是 markers of ``parse._ENUM`` from each 是.
Both must agree with the regexes on every line.
"""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from scorer.parse import _ENUM, _MARKERS, _enumerations, _match_marker, _match_markers

# Marker characters, their punctuation, white space of several kinds (ASCII, ideographic,
# a regex-only one: U+001C is white space for str.strip but not for regex's \s), digits of
# other scripts, and ordinary Chinese characters around them.
ALPHABET = "一二十〇两（(）)109、.,，:：是否第部分章年 \u3000\t\x1c٣３a强"


def _same(line: str) -> None:
    assert _match_marker(line) == _match_markers(line, _MARKERS), line


def test_every_short_line_agrees():
    for n in range(1, 4):
        for chars in itertools.product(ALPHABET, repeat=n):
            _same("".join(chars))
    # the 4th character matters too: （一）强, 12.强
    for chars in itertools.product("一十（）)10、. \u3000\x1c是强年", repeat=4):
        _same("".join(chars))


@given(st.text(alphabet=st.sampled_from(list(ALPHABET)), min_size=1, max_size=12))
@settings(max_examples=1000, deadline=None)
def test_generated_lines_agree(line):
    _same(line)


@given(st.text(min_size=1, max_size=8))
@settings(max_examples=1000, deadline=None)
def test_arbitrary_lines_agree(line):
    _same(line)


ENUM_ALPHABET = "一二十三百是否的。，,;:！? \u3000\t\x1c\u2028强a"


def _same_enumerations(line: str) -> None:
    assert _enumerations(line) == [(m.start(), m.group("num")) for m in _ENUM.finditer(line)], line


def test_every_short_enumeration_line_agrees():
    for n in range(1, 5):
        for chars in itertools.product("一二十三是否。 \x1c强", repeat=n):
            _same_enumerations("".join(chars))


@given(st.text(alphabet=st.sampled_from(list(ENUM_ALPHABET)), max_size=16))
@settings(max_examples=1500, deadline=None)
def test_generated_enumeration_lines_agree(line):
    _same_enumerations(line)


@given(st.text(max_size=12))
@settings(max_examples=1000, deadline=None)
def test_arbitrary_enumeration_lines_agree(line):
    _same_enumerations(line)


def test_the_built_in_heading_cues_stay_on_the_standard_librarys_re():
    # compile_fast falls back to `regex` for a pattern `re` cannot take (a variable-width look-behind); the heading cues
    # run on every heading and are kept to fixed-width look-behinds (vocabulary._not_after) so they stay on `re`
    import re

    from scorer.vocabulary import compiled

    slow = [kind for kind, rx in compiled().heading_cues if not isinstance(rx, re.Pattern)]
    assert slow == []
