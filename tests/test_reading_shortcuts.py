"""The readers' shortcuts give exactly what the plain forms they replace give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from scorer.reading.chinese import _HAN, _han_sample, _NOT_HAN, _SAMPLE, _SAMPLE_HAN, han_count
from scorer.reading.text import _is_blank, _plausible, _plausible_utf8

BYTES = st.lists(
    st.sampled_from([b" ", b"\t", b"\n", b"\r", b"\x0b", b"\xa1", b"\xa1\xa1", b"x", b"\xe6\xb3\x95"]), max_size=12
)
TEXT = st.text(
    alphabet=st.sampled_from(list("法治，、。“”\n 1a\x01\x05\x7f\x1c\u3000〇𠀀\ufeff")), max_size=60
)


@given(BYTES)
@settings(max_examples=800, deadline=None)
def test_is_blank(parts):
    data = b"".join(parts)
    assert _is_blank(data) == (not data.replace(b"\xa1\xa1", b"").strip())


@given(TEXT, st.booleans())
@settings(max_examples=400, deadline=None)
def test_plausible_utf8(text, bom):
    data = (b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8")
    decoded = data.decode("utf-8-sig")
    assert _plausible_utf8(decoded, data) == _plausible(decoded)


def test_plausible_utf8_long_text():
    text = "\x01" * 150 + "法" * 30000
    assert _plausible_utf8(text, text.encode()) == _plausible(text)


@given(TEXT, st.integers(min_value=-1, max_value=25))
@settings(max_examples=400, deadline=None)
def test_han_count_with_a_limit(text, limit):
    n = 0
    for _ in _HAN.finditer(text):
        n += 1
        if n >= limit:
            break
    assert han_count(text, limit) == n


@given(TEXT)
@settings(max_examples=150, deadline=None)
def test_han_sample(text):
    text = text * 200  # several chunks
    assert _han_sample(text) == _NOT_HAN.sub("", text[:_SAMPLE])[:_SAMPLE_HAN]
