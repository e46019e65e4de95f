"""Traditional-Chinese reports are matched as simplified, and quoted as written."""

from __future__ import annotations

import pytest

from scorer.engine import score_report
from scorer.parse import parse

from .conftest import SAMPLES

opencc = pytest.importorskip("opencc")
from scorer.reading.chinese import to_simplified  # noqa: E402

TO_TRADITIONAL = opencc.OpenCC("s2t")


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem[:3] for p in SAMPLES])
def test_traditional_copy_gets_the_same_verdicts(pack, sample):
    text = sample.read_text(encoding="utf-8")
    traditional = TO_TRADITIONAL.convert(text)
    assert traditional != text
    simple = score_report(parse(text), pack)
    trad = score_report(parse(traditional, to_simplified), pack)
    assert [(i.id, i.status) for i in trad.items] == [(i.id, i.status) for i in simple.items]
    assert trad.score == simple.score
    # metadata and evidence quote the traditional original
    assert trad.title == TO_TRADITIONAL.convert(simple.title)
    assert trad.organization == TO_TRADITIONAL.convert(simple.organization)
    for a, b in zip(trad.items, simple.items):
        assert [e.line for e in a.evidence] == [e.line for e in b.evidence]
