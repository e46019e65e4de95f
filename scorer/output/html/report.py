"""One report's page: header, score by category, missing items with what to add, waived
items, every item with its evidence (the matched words marked inside the quote), and
the report text with the matched words marked (``<mark data-rule=…>``, line anchors
``#L12``).

Everything comes from the result: the text is ``ReportResult.text`` (carried from the
scoring, never read back from the input file), the marked words ``Evidence.mark`` and
``Evidence.columns``.  A result without text gives a page without it.  Printed, the
page leaves out the full text (the evidence quotes stay) so it fits on a few A4 pages.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from ...names import shown as shown_name
from ...results import Evidence, ItemResult, ReportResult
from .. import comparisons as cmp
from ..base import ITEM_SEPARATOR, STATUS_LABELS
from ..summary import category_scores
from .common import e, num, page, status_span

MAX_TEXT_LINES = 20000  # longer texts are shown truncated (evidence beyond is still listed)


def text_lines(text: str) -> list[str]:
    """The lines a report page shows for a report's text."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _waiver_text(item: ItemResult) -> str:
    w = item.waived
    text = w.justification + (f"（有效期至{w.expires}）" if w.expires else "")
    return text + (f"〔{w.source}〕" if w.source else "")


def _tip(items: list[ItemResult]) -> str:
    return "；".join(f"{i.title}（{STATUS_LABELS.get(i.status, i.status)}）" for i in items)


def _mark_class(items: list[ItemResult]) -> str:
    return "m-fail" if any(i.status in ("fail", "partial") for i in items) else "m-pass"


def _mark(text: str, items: list[ItemResult]) -> str:
    ids = " ".join(dict.fromkeys(i.id for i in items))
    return f'<mark class="{_mark_class(items)}" data-rule="{e(ids)}" title="{e(_tip(items))}">{e(text)}</mark>'


def quote_html(ev: Evidence, item: ItemResult) -> str:
    """An evidence quote with the matched words marked (the whole quote when their place is unknown)."""
    if ev.mark is None:
        return e(ev.text)
    a, b = ev.mark
    return e(ev.text[:a]) + _mark(ev.text[a:b], [item]) + e(ev.text[b:])


def line_html(line: str, spans: list[tuple[int, int, ItemResult]]) -> str:
    """A line of the text with each span of matched words marked; overlapping spans are
    split at their edges, each piece marked with every item covering it.  A span of at
    most one character (a verdict on the line as a whole) marks the line's text."""
    stripped = line.strip()
    lead = len(line) - len(line.lstrip())
    cuts: list[tuple[int, int, ItemResult]] = []
    for a, b, item in spans:
        if b - a <= 1:
            a, b = lead, lead + len(stripped)
        a, b = max(0, a), min(len(line), b)
        if a < b:
            cuts.append((a, b, item))
    if not cuts:
        return e(line)
    edges = sorted({0, len(line), *(a for a, _, _ in cuts), *(b for _, b, _ in cuts)})
    out = []
    for lo, hi in zip(edges, edges[1:]):
        covering = [item for a, b, item in cuts if a <= lo and hi <= b]
        piece = line[lo:hi]
        out.append(_mark(piece, covering) if covering else e(piece))
    return "".join(out)


def _missing_counts(r: ReportResult) -> str:
    """缺失 3 项, or 缺失 3 项（其中部分 1 项）: an item only partly there is not counted as absent."""
    partial = sum(1 for i in r.items if i.id in r.missing and i.status == "partial")
    return f"　缺失 {len(r.missing)} 项" + (f"（其中部分 {partial} 项）" if partial else "")


def _previous(r: ReportResult) -> str:
    """The 与上年对比 section (--previous): last year's score, and its shortcomings and plan
    items each with the verdict and the paragraph of this year's measures that answers it."""
    row = cmp.previous_row(r)
    out = ['<h2 id="previous">与上年对比</h2>\n<table>\n<tr>']
    out += [f"<th>{e(h)}</th>" for h in cmp.PREVIOUS_HEADERS[1:]]
    out.append("</tr>\n<tr>" + "".join(f"<td>{e(c)}</td>" for c in row[1:]) + "</tr>\n</table>\n")
    lines = cmp.follow_up_lines(r.previous) if r.previous.file is not None else []
    if lines:
        out.append('<table>\n<tr><th>上年事项</th><th>本年</th><th>本年相关段落</th></tr>\n')
        out += [f"<tr><td>{e(item)}</td><td class=\"nw\">{e(verdict)}</td><td>{e(ev)}</td></tr>\n" for item, verdict, ev in lines]
        out.append("</table>\n")
    return "".join(out)


def render_report(r: ReportResult) -> str:
    """One report's page."""
    out: list[str] = []
    w = out.append
    heading = r.title or r.organization or shown_name(PurePosixPath(r.file).name)
    w('<p class="meta noprint"><a href="index.html">← 返回评分表</a></p>\n')
    w(f"<h1>{e(heading)}</h1>\n")
    meta = [
        ("单位", r.organization),
        ("年度", r.year),
        ("文号", r.document_number),
        ("成文日期", r.signing_date),
        ("文件", shown_name(r.file)),
    ]
    w('<p class="meta">' + "　".join(f"{k}：{e(v)}" for k, v in meta if v not in (None, "")) + "</p>\n")
    w(
        f'<p><span class="score">得分 {e(f"{r.score:.1f}")} / {e(num(r.max_score))}</span>'
        f'<span class="grade">{e(r.grade)}</span>'
        + _missing_counts(r) + (f"　豁免 {len(r.waived)} 项" if r.waived else "") + "</p>\n"
    )
    if r.critical_missing:
        by_id = {i.id: i for i in r.items}
        w('<p class="st st-fail">关键项目缺失：' + ITEM_SEPARATOR.join(e(by_id[c].title) for c in r.critical_missing if c in by_id) + "</p>\n")

    w('<h2 id="categories">分类得分</h2>\n<table>\n<tr><th>类别</th><th class="num">得分</th><th class="num">满分</th><th></th><th class="num">计分项目</th><th class="num">不计分</th></tr>\n')
    for name, earned, most, counted, excluded in category_scores(r):
        pct = round(100 * earned / most) if most else 0
        w(
            f'<tr><td class="nw">{e(name)}</td><td class="num">{e(num(earned))}</td><td class="num">{e(num(most))}</td>'
            f'<td><div class="bar" title="{pct}%"><span style="width:{pct}%"></span></div></td>'
            f'<td class="num">{counted}</td><td class="num">{excluded or ""}</td></tr>\n'
        )
    w("</table>\n")
    w('<p class="note">不适用、出错和豁免的项目不计入满分；总分 = 满分 × 得分合计 ÷ 计分项目满分合计。</p>\n')

    items = {i.id: i for i in r.items}
    w(f'<h2 id="missing">缺失项目（{len(r.missing)}）</h2>\n')
    if r.missing:
        w('<ul class="list">\n')
        for mid in r.missing:
            i = items[mid]
            w(
                f'<li><a href="#item-{e(i.id)}">{e(i.title)}</a> {status_span(i)} '
                f"{e(num(i.points))}/{e(num(i.max_points))}" + (f"：{e(i.message)}" if i.message else "") + "</li>\n"
            )
        w("</ul>\n")
    else:
        w("<p>无。</p>\n")

    waived = [i for i in r.items if i.waived is not None]
    if waived:
        w(f'<h2 id="waived">豁免项目（{len(waived)}）</h2>\n<ul class="list">\n')
        for i in waived:
            w(f'<li><a href="#item-{e(i.id)}">{e(i.title)}</a>：{e(_waiver_text(i))}</li>\n')
        w("</ul>\n")

    if r.previous is not None:
        w(_previous(r))

    lines = text_lines(r.text) if r.text is not None else None
    shown = min(len(lines), MAX_TEXT_LINES) if lines is not None else 0
    w('<h2 id="items">逐项结果</h2>\n<table>\n<tr><th>项目</th><th>类别</th><th>结果</th><th class="num">得分</th><th>证据</th><th>说明</th></tr>\n')
    for i in r.items:
        evidence = []
        for ev in i.evidence:
            where = ev.place
            link = f'<a href="#L{ev.line}">{e(where)}</a>' if 1 <= ev.line <= shown else e(where)
            section = f"〔{e(ev.section)}〕" if ev.section else ""
            evidence.append(f"{link}{section} {quote_html(ev, i)}")
        notes = []
        if i.waived is not None:
            notes.append("豁免：" + e(_waiver_text(i)))
        if i.message:  # printed once, in the list of missing items
            notes.append('<span class="noprint">建议：' + e(i.message) + "</span>")
        if i.detail:
            notes.append(f'<span class="note">{e(i.detail)}</span>')
        crit = ' <span class="note">（关键）</span>' if i.critical else ""
        w(
            f'<tr id="item-{e(i.id)}"><td>{e(i.title)}{crit}<span class="note noprint"><br>{e(i.id)}</span></td>'
            f'<td class="nw">{e(i.category)}</td><td>{status_span(i)}</td>'
            f'<td class="num">{e(num(i.points))}/{e(num(i.max_points))}</td>'
            f"<td>{'<br>'.join(evidence)}</td><td>{'<br>'.join(notes)}</td></tr>\n"
        )
    w("</table>\n")

    w('<section id="text">\n<h2>报告原文</h2>\n')
    if lines is None:
        w('<p class="note">评分结果未附报告原文。</p>\n')
    else:
        w('<p class="note" id="text-note">（打印时略去原文，证据摘录见上表。）</p>\n')
        spans: dict[int, list[tuple[int, int, ItemResult]]] = {}
        for i in r.items:
            for ev in i.evidence:
                if ev.columns is not None:
                    spans.setdefault(ev.line, []).append((*ev.columns, i))
        w('<div class="text">\n')
        for n, line in enumerate(lines[:shown], 1):
            hits = spans.get(n)
            body = line_html(line, hits) if hits else e(line)
            if hits:
                tagged = list(dict.fromkeys(item.id for *_, item in hits))
                body += "".join(f'<a class="tag" href="#item-{e(t)}">{e(items[t].title)}</a>' for t in tagged)
            w(f'<div class="ln" id="L{n}"><a class="no" href="#L{n}">{n}</a><span class="tx">{body}</span></div>\n')
        w("</div>\n")
        if len(lines) > shown:
            w(f'<p class="note">原文共{len(lines)}行，仅显示前{shown}行。</p>\n')
    w("</section>\n")
    return page(f"{heading} — 评分", "".join(out))
