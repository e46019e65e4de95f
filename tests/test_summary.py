"""Batch figures shared by the workbook's summary sheet and the HTML overview."""

from __future__ import annotations

from scorer.output.summary import category_averages, grade_counts, histogram, item_figures, most_missed
from scorer.results import ItemResult, ReportResult, WaiverInfo


def item(rid, status, points, most=4.0, category="甲", waived=False):
    return ItemResult(
        id=rid, title=rid.upper(), category=category, status=status, points=points, max_points=most,
        waived=WaiverInfo(justification="x") if waived else None,
    )


def report(name, score, grade, items):
    missing = [i.id for i in items if i.status in ("fail", "partial") and i.waived is None]
    return ReportResult(file=name, score=score, max_score=100, grade=grade, items=items, missing=missing)


RESULTS = [
    report("a", 100.0, "优秀", [item("x", "pass", 4), item("y", "pass", 2, 2, "乙"), item("z", "not_applicable", 0)]),
    report("b", 55.0, "不合格", [item("x", "fail", 0), item("y", "partial", 1, 2, "乙"), item("z", "fail", 0, waived=True)]),
    report("c", 59.9, "不合格", [item("x", "partial", 2), item("y", "fail", 0, 2, "乙"), item("z", "error", 0)]),
]


def test_item_figures_count_states_and_rates():
    figures = {f.id: f for f in item_figures(RESULTS)}
    x = figures["x"]
    assert x.counts == {"pass": 1, "fail": 1, "partial": 1} and x.counted == 3 and x.missed == 2
    assert x.pass_rate == 1 / 3 and x.average == 2.0
    z = figures["z"]  # not applicable, waived and error: counted nowhere
    assert z.counted == 0 and z.pass_rate is None and z.average is None
    assert z.counts == {"not_applicable": 1, "waived": 1, "error": 1}


def test_most_missed_most_first_then_pack_order():
    assert [f.id for f in most_missed(RESULTS)] == ["x", "y"]
    assert most_missed(RESULTS, limit=1)[0].id == "x"
    assert most_missed(RESULTS[:1]) == []


def test_category_averages_exclude_what_does_not_count():
    averages = {name: (most, share) for name, most, share in category_averages(RESULTS)}
    # 甲: a 4/4 (z n/a), b 0/4 (z waived), c 2/4 (z error) → (1 + 0 + 0.5) / 3
    assert averages["甲"] == (4.0, round(1.5 / 3, 4))
    assert averages["乙"] == (2.0, round((1 + 0.5 + 0) / 3, 4))


def test_grade_counts_best_grade_first():
    assert grade_counts(RESULTS) == [("优秀", 1), ("不合格", 2)]


def test_histogram_bins_include_the_top_score():
    bins = histogram(RESULTS, width=10, top=100)
    assert len(bins) == 10 and bins[0][:2] == (0.0, 10.0) and bins[-1][:2] == (90.0, 100.0)
    counts = {lo: n for lo, _, n in bins}
    assert counts[90.0] == 1 and counts[50.0] == 2 and sum(counts.values()) == 3
