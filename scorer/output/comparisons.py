"""What the terminal, Markdown and CSV formats show of the comparisons: last year
(``ReportResult.previous``) and copies across the batch (``RunResult.copies``).

Labels and cells only; each format lays them out its own way.
"""

from __future__ import annotations

from ..names import shown
from ..results import Copies, FollowUp, PreviousReport, ReportResult

SHORTCOMING_LABELS = {"addressed": "已回应", "partly": "部分回应", "not_found": "未见回应", "unclear": "无法判断"}
PLAN_LABELS = {"addressed": "已报告落实", "partly": "部分落实", "not_found": "未见报告", "unclear": "无法判断"}

PREVIOUS_HEADERS = ["文件", "上年报告", "上年得分", "得分变化", "与上年重合", "上年不足已回应", "上年计划已落实"]
COPIES_HEADERS = ["报告A", "报告B", "重合度", "A中重合", "B中重合"]
NO_MATCH = "未找到上年报告"


def percent(share: float | None) -> str:
    return "—" if share is None else f"{share * 100:.0f}%"


def signed(change: float | None) -> str:
    return "—" if change is None else f"{change:+.1f}"


def tally(items: list[FollowUp]) -> str:
    """``2/3``: items addressed (plan: reported done) out of those that could be judged;
    partly-addressed ones are added in brackets."""
    judged = [i for i in items if i.status != "unclear"]
    if not judged:
        return "—"
    done = sum(i.status == "addressed" for i in judged)
    partly = sum(i.status == "partly" for i in judged)
    return f"{done}/{len(judged)}" + (f"（另{partly}项部分）" if partly else "")


def previous_values(r: ReportResult) -> list:
    """A row under :data:`PREVIOUS_HEADERS` with numbers as numbers (score, change, share
    copied), for formats that keep them (the workbook); None when there is no report."""
    p = r.previous or PreviousReport()
    if p.file is None:
        return [shown(r.file), NO_MATCH, None, None, None, None, None]
    return [shown(r.file), shown(p.file), p.score, p.score_change, p.copied_share, tally(p.shortcomings), tally(p.plan)]


def previous_row(r: ReportResult) -> list[str]:
    """A row under :data:`PREVIOUS_HEADERS` (text cells)."""
    file, last, score, change, share, shortcomings, plan = previous_values(r)
    if r.previous is None or r.previous.file is None:
        return [file, last, "—", "—", "—", "—", "—"]
    return [file, last, f"{score:.1f}", signed(change), percent(share), shortcomings, plan]


def follow_up_lines(p: PreviousReport) -> list[tuple[str, str, str]]:
    """(last year's item, verdict, evidence) for the shortcomings then the plan items."""
    out = []
    for title, items, labels in (("不足", p.shortcomings, SHORTCOMING_LABELS), ("计划", p.plan, PLAN_LABELS)):
        for item in items:
            verdict = f"{labels[item.status]}（{percent(item.coverage)}）" if item.status != "unclear" else labels[item.status]
            out.append((f"上年{title}：{item.text}", verdict, item.evidence or ""))
    return out


def copies_rows(copies: Copies) -> list[list[str]]:
    return [
        [shown(p.file_a), shown(p.file_b), percent(p.overlap), percent(p.share_a), percent(p.share_b)] for p in copies.pairs
    ]


def copies_by_file(copies: Copies) -> dict[str, str]:
    """For each report's row, the other reports it overlaps with, in the pairs' order:
    ``b.txt 83%；c.txt 61%`` (reports in no pair are absent).  One pass over the pairs,
    not one per report: a batch of near copies has hundreds of thousands."""
    others: dict[str, list[str]] = {}
    for p in copies.pairs:
        others.setdefault(p.file_a, []).append(f"{shown(p.file_b)} {percent(p.overlap)}")
        if p.file_b != p.file_a:
            others.setdefault(p.file_b, []).append(f"{shown(p.file_a)} {percent(p.overlap)}")
    return {file: "；".join(cells) for file, cells in others.items()}


def copies_title(copies: Copies) -> str:
    return f"疑似雷同的报告（文字重合度 ≥ {percent(copies.threshold)}）"


def matrix_columns(results: list[ReportResult], copies: Copies | None) -> list[tuple[str, object]]:
    """Extra scorecard-matrix columns (:func:`scorer.output.matrix.build`'s ``extra``):
    last year's when any report was compared with last year, the copies when checked.
    Numbers stay numbers (score, change, percent copied)."""
    columns: list[tuple[str, object]] = []
    if any(r.previous is not None for r in results):

        def prev(r: ReportResult) -> PreviousReport:
            return r.previous or PreviousReport()

        columns += [
            ("上年报告", lambda r: shown(prev(r).file) if prev(r).file else (NO_MATCH if r.previous is not None else None)),
            ("上年得分", lambda r: prev(r).score),
            ("得分变化", lambda r: prev(r).score_change),
            ("与上年重合（%）", lambda r: None if prev(r).copied_share is None else round(prev(r).copied_share * 100, 1)),
            ("上年不足已回应", lambda r: tally(prev(r).shortcomings) if prev(r).file else None),
            ("上年计划已落实", lambda r: tally(prev(r).plan) if prev(r).file else None),
        ]
    if copies is not None:
        by_file = copies_by_file(copies)
        columns.append(("疑似雷同（重合度）", lambda r: by_file.get(r.file)))
    return columns
