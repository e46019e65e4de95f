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


def test_is_traditional_decides_on_a_bounded_sample():
    from scorer.reading import chinese

    text = SAMPLES[0].read_text(encoding="utf-8")
    traditional = TO_TRADITIONAL.convert(text)
    assert chinese.is_traditional(traditional) and not chinese.is_traditional(text)
    simplified_first = text * 3 + traditional  # more than 3,000 Han characters before the traditional part
    assert len(chinese._han_sample(simplified_first)) == chinese._SAMPLE_HAN
    assert not chinese.is_traditional(simplified_first)
    assert chinese.is_traditional(traditional * 3 + text)
    han = chinese._han_sample(traditional)
    simplified = to_simplified(han)
    assert chinese._changed(han, simplified) == sum(a != b for a, b in zip(han, simplified))
    assert chinese._changed("法治政府建設", "法治政府建设", step=4) == 1
