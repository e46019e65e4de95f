"""The index page: an overview an office head reads first.

Figures (reports, average, grades), the score distribution (a histogram), the items
most often missing, and the scorecard as a heat map — one row per report (ranked),
one cell per item coloured by its status and linked to the item on the report's
page.  Rows can be filtered (unit or file name, grade, a missed item) and sorted
by clicking a column header, in the browser, with one small script of ours
(``static/overview.js``): it reads only ``data-`` attributes of the page, and no
report text is ever put inside it.  Unreadable files are listed at the end.
"""

from __future__ import annotations

from pathlib import PurePosixPath
from urllib.parse import quote

from ...names import shown as shown_name
from ...results import ErrorRow, ReportResult
from .. import comparisons as cmp
from ..base import STATUS_LABELS, ranked
from ..matrix import rule_columns
from ..summary import grade_counts, histogram, item_state, most_missed
from .common import e, num, page, static

SYMBOLS = {"pass": "✓", "partial": "◐", "fail": "✗", "not_applicable": "–", "error": "!", "waived": "免"}
STATE_NAMES = STATUS_LABELS | {"waived": "豁免"}
# the heat map is wide: the overview prints landscape (report pages print portrait)
PRINT_CSS = "@media print{@page{size:A4 landscape;margin:10mm}}\n"


def _figures(results: list[ReportResult], errors: list[ErrorRow]) -> str:
    cards = [("评分", f"{len(results)} 份"), ("出错", f"{len(errors)} 份")]
    if results:
        average = sum(r.score for r in results) / len(results)
        cards.append(("平均得分", f"{average:.1f}"))
        cards += [(grade, f"{n} 份") for grade, n in grade_counts(results)]
    return '<div class="cards">' + "".join(f'<div class="card">{e(k)}<b>{e(v)}</b></div>' for k, v in cards) + "</div>\n"


def _histogram(results: list[ReportResult]) -> str:
    top = max((r.max_score for r in results), default=100.0)
    bins = histogram(results, width=top / 10, top=top)
    peak = max((n for *_, n in bins), default=0) or 1
    cols = "".join(
        f'<div class="col" title="{e(num(lo))}–{e(num(hi))} 分：{n} 份"><span class="n">{n or ""}</span>'
        f'<div class="b" style="height:{round(100 * n / peak)}%"></div></div>'
        for lo, hi, n in bins
    )
    labels = "".join(f"<span>{e(num(round(lo)))}</span>" for lo, _, _ in bins)
    return (
        '<div><h2 id="histogram">得分分布</h2>\n'
        f'<div class="hist" role="img" aria-label="得分分布直方图">{cols}</div>\n<div class="hist-x">{labels}</div></div>\n'
    )


def _most_missed(results: list[ReportResult]) -> str:
    out = ['<div><h2 id="most-missed">缺失最多的项目</h2>\n']
    top = most_missed(results)
    if not top:
        return out[0] + "<p>无。</p></div>\n"
    out.append('<table class="missed">\n')
    for f in top:
        pct = round(100 * f.missed / f.counted) if f.counted else 0
        parts = [f"缺失 {f.counts.get('fail', 0)}"] + ([f"部分 {f.counts['partial']}"] if f.counts.get("partial") else [])
        out.append(
            f'<tr><td><a href="#item={e(quote(f.id))}" data-item="{e(f.id)}">{e(f.title)}</a></td>'
            f'<td><div class="bar" title="{pct}%"><span style="width:{pct}%"></span></div></td>'
            f'<td class="num">{e("，".join(parts))} / {f.counted} 份</td></tr>\n'
        )
    out.append("</table></div>\n")
    return "".join(out)


def _filters(results: list[ReportResult], columns: list[tuple[str, str]]) -> str:
    grades = [g for g, _ in grade_counts(results)]
    return (
        '<div class="filters noprint">'
        '<label>单位或文件 <input id="f-text" type="search" placeholder="输入关键词"></label>'
        '<label>等级 <select id="f-grade"><option value="">全部</option>'
        + "".join(f'<option value="{e(g)}">{e(g)}</option>' for g in grades)
        + '</select></label><label>缺失项目 <select id="f-item"><option value="">全部</option>'
        + "".join(f'<option value="{e(rid)}">{e(title)}</option>' for rid, title in columns)
        + f'</select></label><span>显示 <b id="f-count">{len(results)}</b> / {len(results)} 份</span></div>\n'
    )


def _board(rows: list[tuple[ReportResult, str]], columns: list[tuple[str, str]]) -> str:
    pages = {id(r): name for r, name in rows}
    out = ['<div class="wrap"><table id="board">\n<thead><tr>']
    out.append(
        '<th class="num" data-sort="rank" data-type="num" aria-sort="ascending">名次</th>'
        '<th data-sort="unit">单位 / 报告</th>'
        '<th class="num" data-sort="score" data-type="num">得分</th>'
        '<th data-sort="grade">等级</th>'
        '<th class="num" data-sort="missing" data-type="num">缺项</th>'
    )
    out += [f'<th class="it" title="{e(title)}">{e(title)}</th>' for _, title in columns]
    out.append("</tr></thead>\n<tbody>\n")
    for rank, r in ranked([r for r, _ in rows]):
        href = quote(pages[id(r)])
        unit = r.organization or "—"
        label = r.title or shown_name(PurePosixPath(r.file).name)
        search = " ".join(x for x in (r.organization, r.title, shown_name(r.file)) if x)
        by_id = {i.id: i for i in r.items}
        out.append(
            f'<tr data-search="{e(search)}" data-grade="{e(r.grade)}" data-missing="{e(" ".join(r.missing))}" '
            f'data-k-rank="{rank}" data-k-unit="{e(unit)}" data-k-score="{r.score}" data-k-grade="{e(r.grade)}" '
            f'data-k-missing="{len(r.missing)}">'
            f'<td class="num">{rank}</td>'
            f'<td><a href="{e(href)}">{e(unit)}</a><br><span class="note">{e(label)}</span></td>'
            f'<td class="num">{e(f"{r.score:.1f}")}</td><td class="nw">{e(r.grade)}</td><td class="num">{len(r.missing)}</td>'
        )
        for rid, title in columns:
            item = by_id.get(rid)
            if item is None:
                out.append('<td class="hm"></td>')
                continue
            state = item_state(item)
            tip = f"{title}：{STATE_NAMES.get(state, state)} {num(item.points)}/{num(item.max_points)}"
            out.append(
                f'<td class="hm h-{e(state)}" title="{e(tip)}" data-state="{e(state)}">'
                f'<a href="{e(href)}#item-{e(quote(rid))}">{SYMBOLS.get(state, "")}</a></td>'
            )
        out.append("</tr>\n")
    out.append("</tbody></table></div>\n")
    return "".join(out)


def _legend() -> str:
    return '<p class="legend">' + "".join(
        f'<span class="h-{s}">{SYMBOLS[s]} {e(STATE_NAMES[s])}</span>' for s in SYMBOLS
    ) + "</p>\n"


def render_index(pack, rows: list[tuple[ReportResult, str]], errors: list[ErrorRow], copies=None) -> str:
    """The index page; ``rows`` are (result, its page's file name) in input order;
    ``copies`` the batch's copies section (listed when it found pairs)."""
    results = [r for r, _ in rows]
    out = ["<h1>法治政府建设年度报告评分表</h1>\n"]
    out.append(f'<p class="meta">规则包：{e(pack.name)} {e(pack.version)}　评分 {len(rows)} 份，出错 {len(errors)} 份</p>\n')
    script = None
    if results:
        columns = rule_columns(results)
        out.append(_figures(results, errors))
        out.append('<div class="panels">' + _histogram(results) + _most_missed(results) + "</div>\n")
        out.append('<h2 id="heatmap">各单位逐项情况</h2>\n')
        out.append(_legend())
        out.append(_filters(results, columns))
        out.append(_board(rows, columns))
        script = static("overview.js")
    else:
        out.append("<p>没有可评分的报告。</p>\n")
    if copies is not None and copies.pairs:
        out.append(f'<h2 id="copies">{e(cmp.copies_title(copies))}</h2>\n<table>\n<tr>')
        out += [f"<th>{e(h)}</th>" for h in cmp.COPIES_HEADERS]
        out.append("</tr>\n" + "".join("<tr>" + "".join(f"<td>{e(c)}</td>" for c in row) + "</tr>\n" for row in cmp.copies_rows(copies)))
        out.append("</table>\n")
    if errors:
        out.append(f'<h2 id="errors">无法评分的文件（{len(errors)}）</h2>\n<table>\n<tr><th>文件</th><th>原因</th></tr>\n')
        for err in sorted(errors, key=lambda x: shown_name(x.file)):
            out.append(f"<tr><td>{e(shown_name(err.file))}</td><td>{e(shown_name(err.error))}</td></tr>\n")
        out.append("</table>\n")
    return page("评分表", "".join(out), script, PRINT_CSS)
