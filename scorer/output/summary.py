"""Batch figures an office reads first, shared by the workbook's summary sheet and the
HTML overview: per item how many reports pass, partly pass or miss it; per category
the average share of points; how many reports got each grade; the score distribution.

Pure functions of the results: no formatting here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..results import ItemResult, ReportResult

COUNTED = ("pass", "partial", "fail")


def item_state(item: ItemResult) -> str:
    """The state a scorecard shows for an item: its status, or ``waived``."""
    return "waived" if item.waived is not None else item.status


@dataclass
class ItemFigures:
    id: str
    title: str
    category: str
    max_points: float
    counts: dict[str, int] = field(default_factory=dict)  # state → reports
    earned: float = 0.0  # points, over the reports where the item counts

    @property
    def counted(self) -> int:
        return sum(self.counts.get(s, 0) for s in COUNTED)

    @property
    def missed(self) -> int:
        """Reports where the item is missing or only partly there."""
        return self.counts.get("fail", 0) + self.counts.get("partial", 0)

    @property
    def pass_rate(self) -> float | None:
        """Share of the reports where the item counts that pass it (None: it counted nowhere)."""
        return self.counts.get("pass", 0) / self.counted if self.counted else None

    @property
    def average(self) -> float | None:
        return round(self.earned / self.counted, 2) if self.counted else None


def category_scores(r: ReportResult) -> list[tuple[str, float, float, int, int]]:
    """(category, earned, max, items counted, items excluded) of one report, in pack order;
    not-applicable, error and waived items are excluded."""
    cats: dict[str, list] = {}
    for item in r.items:
        c = cats.setdefault(item.category, [0.0, 0.0, 0, 0])
        if item.status in COUNTED and item.waived is None:
            c[0] += item.points
            c[1] += item.max_points
            c[2] += 1
        else:
            c[3] += 1
    return [(name, round(v[0], 2), round(v[1], 2), v[2], v[3]) for name, v in cats.items()]


def item_figures(results: list[ReportResult]) -> list[ItemFigures]:
    """One entry per rule, in pack order."""
    by_id: dict[str, ItemFigures] = {}
    for r in results:
        for item in r.items:
            f = by_id.get(item.id)
            if f is None:
                f = by_id[item.id] = ItemFigures(item.id, item.title, item.category, item.max_points)
            state = item_state(item)
            f.counts[state] = f.counts.get(state, 0) + 1
            if state in COUNTED:
                f.earned += item.points
    return list(by_id.values())


def most_missed(results: list[ReportResult], limit: int = 10) -> list[ItemFigures]:
    """Items missing or partial in the most reports (at least one), most first, ties in pack order."""
    figures = [f for f in item_figures(results) if f.missed]
    return sorted(figures, key=lambda f: -f.missed)[:limit]


def category_averages(results: list[ReportResult]) -> list[tuple[str, float, float | None]]:
    """(category, its maximum, average share of its points 0–1 over the reports where it
    counts), in pack order."""
    shares: dict[str, list[float]] = {}
    maxima: dict[str, float] = {}
    for r in results:
        for name, earned, most, counted, _ in category_scores(r):
            maxima[name] = max(maxima.get(name, 0.0), most)
            bucket = shares.setdefault(name, [])
            if most:
                bucket.append(earned / most)
    return [(name, maxima[name], round(sum(v) / len(v), 4) if v else None) for name, v in shares.items()]


def grade_counts(results: list[ReportResult]) -> list[tuple[str, int]]:
    """(grade, reports), best grade first (grades ordered by the best score that got them)."""
    best: dict[str, float] = {}
    counts: dict[str, int] = {}
    for r in results:
        counts[r.grade] = counts.get(r.grade, 0) + 1
        best[r.grade] = max(best.get(r.grade, r.score), r.score)
    return sorted(counts.items(), key=lambda kv: (-best[kv[0]], kv[0]))


def histogram(results: list[ReportResult], width: float = 10.0, top: float = 100.0) -> list[tuple[float, float, int]]:
    """(low, high, reports scoring low ≤ score < high) in steps of ``width`` up to ``top``;
    the last bin includes ``top``."""
    bins = []
    low = 0.0
    while low < top:
        bins.append([low, min(low + width, top), 0])
        low += width
    for r in results:
        idx = min(int(max(r.score, 0.0) // width), len(bins) - 1)
        bins[idx][2] += 1
    return [(lo, hi, n) for lo, hi, n in bins]
