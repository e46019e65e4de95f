"""``--format html --out DIR``: a static, self-contained HTML scorecard.

Writes ``DIR/index.html`` (the ranked scorecard, each row linking to its
report) and one page per report: header, score by category, missing items
with what to add, waived items, every item with its evidence, and the report
text with each evidence line highlighted (``<mark data-rule=…>``, anchors
``#L12``).  The text is read back from ``result.file``; a file that can no
longer be read gives a page without it.

Safety: every report-derived string is HTML-escaped (``html.escape(…,
quote=True)``); pages carry a Content-Security-Policy that allows no script
and no external resource, as a second line of defence.  CSS is inline, there
is no JavaScript and no external URL.  Page file names come from the input
file name through :func:`page_name` (limited charset and length, unique, never
a path), and every page is written atomically.  Pages that an earlier run
wrote into the same folder, for reports this run does not have, are deleted;
nothing else in the folder is touched.  A run holds a lock on the folder
(fcntl, on the folder itself) while it writes, so two runs into one folder wait for
each other (at most ``LOCK_WAIT`` seconds) instead of deleting each other's pages.

Plain ``html.escape`` and string building rather than a template engine: the
pages are small and fixed, and this keeps the format free of dependencies.
"""

from __future__ import annotations

import os
import re
import unicodedata
from html import escape
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import quote

from ..atomic import atomic_write
from ..names import shown as shown_name
from ..results import ErrorRow, ItemResult, ReportResult
from .base import ITEM_SEPARATOR, STATUS_LABELS, Writer, light, ranked, status_label
from .matrix import number_text

MAX_TEXT_LINES = 20000  # longer texts are shown truncated (evidence beyond is still listed)
_NAME_MAX = 60
_NAME_BAD = re.compile(r"[^0-9A-Za-z_\-\u3400-\u4dbf\u4e00-\u9fff]+")
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))}

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

CSS = """
*{box-sizing:border-box}
body{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:0;padding:24px 32px;color:#1f2328;background:#fff;line-height:1.55}
h1{font-size:1.45em;margin:0 0 .3em}
h2{font-size:1.15em;margin:1.6em 0 .5em;padding-bottom:.2em;border-bottom:1px solid #d0d7de}
a{color:#0b5cad}
table{border-collapse:collapse;margin:.4em 0 1em;font-size:.93em}
th,td{border:1px solid #d0d7de;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#f3f5f7}
td.num,th.num{text-align:right;white-space:nowrap}
.meta{color:#57606a;margin:.2em 0}
.score{font-size:1.3em;font-weight:bold}
.grade{display:inline-block;padding:0 .5em;border-radius:4px;background:#eef2f6;margin-left:.5em}
.bar{background:#eef2f6;width:160px;height:10px;border-radius:5px;overflow:hidden}
.bar span{display:block;height:100%;background:#2da44e}
.st{white-space:nowrap;font-weight:bold}
.st-pass{color:#1a7f37}.st-partial{color:#9a6700}.st-fail{color:#cf222e}.st-not_applicable,.st-error{color:#57606a}.st-waived{color:#8250df}
ul.list li{margin:.25em 0}
.text{font-family:"Noto Sans Mono CJK SC",monospace;font-size:.92em;border:1px solid #d0d7de;border-radius:6px;padding:6px 0;background:#fafbfc}
.ln{display:flex;padding:0 10px;scroll-margin-top:40px}
.ln:target{background:#fff8c5}
.no{flex:0 0 4.5em;color:#8c959f;text-align:right;padding-right:1em;user-select:none;text-decoration:none}
.tx{flex:1;white-space:pre-wrap;word-break:break-all}
mark{background:#fff3a3;padding:0 1px}
mark.m-fail,mark.m-partial{background:#ffd8b5}
.tag{font-size:.75em;margin-left:.5em;color:#57606a;white-space:nowrap}
.note{color:#57606a;font-size:.9em}
.nw{white-space:nowrap}
""".strip()


def e(value) -> str:
    """Escape anything for HTML text or a quoted attribute value."""
    return escape("" if value is None else str(value), quote=True)


def page_name(file: str, used: set[str]) -> str:
    """A safe, unique page file name for a report (``reports/a b.txt`` → ``a_b.html``).

    Only the last path component is used (``/`` and ``\\`` both count as
    separators), reduced to ASCII letters, digits, ``_``, ``-`` and CJK
    ideographs, at most 60 characters, so it can never name another folder,
    contain ``..`` or clash with ``index.html``.  ``used`` holds the names
    taken so far (lower-cased: some file systems ignore case) and is updated.
    """
    base = PureWindowsPath(PurePosixPath(file).name).name
    stem = base.rsplit(".", 1)[0] if "." in base.lstrip(".") else base
    stem = _NAME_BAD.sub("_", unicodedata.normalize("NFC", stem)).strip("_-")[:_NAME_MAX].strip("_-") or "report"
    if stem.lower() in _WINDOWS_RESERVED or stem.lower() == "index":
        stem += "_"
    name, n = stem, 1
    while name.lower() in used:
        n += 1
        name = f"{stem}-{n}"
    used.add(name.lower())
    return name + ".html"


# Marks the pages scorer writes, so that a later run into the same folder can tell them
# from files of the user's (see HtmlWriter._remove_stale_pages).
GENERATOR = '<meta name="generator" content="scorer">'


def _page(title: str, body: str) -> str:
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{e(CSP)}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        f"{GENERATOR}\n"
        f"<title>{e(title)}</title>\n<style>\n{CSS}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    )


def _num(value: float) -> str:
    return number_text(value)


def _status(item: ItemResult) -> str:
    cls = "waived" if item.waived is not None else item.status
    return f'<span class="st st-{e(cls)}">{e(status_label(item))}</span>'


def _waiver_text(item: ItemResult) -> str:
    w = item.waived
    text = w.justification + (f"（有效期至{w.expires}）" if w.expires else "")
    return text + (f"〔{w.source}〕" if w.source else "")


def _categories(r: ReportResult) -> list[tuple[str, float, float, int, int]]:
    """(category, earned, max, items counted, items excluded) in pack order."""
    cats: dict[str, list] = {}
    for item in r.items:
        c = cats.setdefault(item.category, [0.0, 0.0, 0, 0])
        if item.status in ("pass", "partial", "fail") and item.waived is None:
            c[0] += item.points
            c[1] += item.max_points
            c[2] += 1
        else:
            c[3] += 1
    return [(name, round(v[0], 2), round(v[1], 2), v[2], v[3]) for name, v in cats.items()]


def _read_text(file: str) -> tuple[list[str] | None, str | None]:
    from ..reading import read_document

    try:
        text = read_document(Path(file)).text
    except Exception as exc:  # noqa: BLE001 - any failure means "page without text"
        return None, str(exc) or type(exc).__name__
    return text_lines(text), None


def text_lines(text: str) -> list[str]:
    """The lines a report page shows for a report's text."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def render_report(r: ReportResult, lines: list[str] | None, read_error: str | None = None) -> str:
    """One report's page."""
    out: list[str] = []
    w = out.append
    heading = r.title or r.organization or shown_name(PurePosixPath(r.file).name)
    w('<p class="meta"><a href="index.html">← 返回评分表</a></p>\n')
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
        f'<p><span class="score">得分 {e(f"{r.score:.1f}")} / {e(_num(r.max_score))}</span>'
        f'<span class="grade">{e(r.grade)}</span>'
        f"　缺失 {len(r.missing)} 项" + (f"　豁免 {len(r.waived)} 项" if r.waived else "") + "</p>\n"
    )
    if r.critical_missing:
        by_id = {i.id: i for i in r.items}
        w('<p class="st st-fail">关键项目缺失：' + ITEM_SEPARATOR.join(e(by_id[c].title) for c in r.critical_missing if c in by_id) + "</p>\n")

    # score by category
    w('<h2 id="categories">分类得分</h2>\n<table>\n<tr><th>类别</th><th class="num">得分</th><th class="num">满分</th><th></th><th class="num">计分项目</th><th class="num">不计分</th></tr>\n')
    for name, earned, most, counted, excluded in _categories(r):
        pct = round(100 * earned / most) if most else 0
        w(
            f'<tr><td class="nw">{e(name)}</td><td class="num">{e(_num(earned))}</td><td class="num">{e(_num(most))}</td>'
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
                f'<li><a href="#item-{e(i.id)}">{e(i.title)}</a> {_status(i)} '
                f"{e(_num(i.points))}/{e(_num(i.max_points))}" + (f"：{e(i.message)}" if i.message else "") + "</li>\n"
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

    # every item
    shown = len(lines) if lines is not None else 0
    shown = min(shown, MAX_TEXT_LINES)
    w('<h2 id="items">逐项结果</h2>\n<table>\n<tr><th>项目</th><th>类别</th><th>结果</th><th class="num">得分</th><th>证据</th><th>说明</th></tr>\n')
    for i in r.items:
        evidence = []
        for ev in i.evidence:
            where = f"第{ev.line}行"
            link = f'<a href="#L{ev.line}">{e(where)}</a>' if 1 <= ev.line <= shown else e(where)
            section = f"〔{e(ev.section)}〕" if ev.section else ""
            evidence.append(f"{link}{section} {e(ev.text)}")
        notes = []
        if i.waived is not None:
            notes.append("豁免：" + e(_waiver_text(i)))
        if i.message:
            notes.append("建议：" + e(i.message))
        if i.detail:
            notes.append(f'<span class="note">{e(i.detail)}</span>')
        crit = ' <span class="note">（关键）</span>' if i.critical else ""
        w(
            f'<tr id="item-{e(i.id)}"><td>{e(i.title)}{crit}<br><span class="note">{e(i.id)}</span></td>'
            f'<td class="nw">{e(i.category)}</td><td>{_status(i)}</td>'
            f'<td class="num">{e(_num(i.points))}/{e(_num(i.max_points))}</td>'
            f"<td>{'<br>'.join(evidence)}</td><td>{'<br>'.join(notes)}</td></tr>\n"
        )
    w("</table>\n")

    # the text, evidence lines highlighted
    w('<h2 id="text">报告原文</h2>\n')
    if lines is None:
        w(f'<p class="note">原文无法读取：{e(read_error)}</p>\n')
    else:
        marks: dict[int, list[ItemResult]] = {}
        for i in r.items:
            for ln in sorted({ev.line for ev in i.evidence}):
                marks.setdefault(ln, []).append(i)
        w('<div class="text">\n')
        for n, line in enumerate(lines[:shown], 1):
            body = e(line)
            hits = marks.get(n)
            if hits:
                ids = " ".join(i.id for i in hits)
                tip = "；".join(f"{i.title}（{STATUS_LABELS.get(i.status, i.status)}）" for i in hits)
                worst = "m-fail" if any(i.status in ("fail", "partial") for i in hits) else "m-pass"
                tags = "".join(f'<a class="tag" href="#item-{e(i.id)}">{e(i.title)}</a>' for i in hits)
                body = f'<mark class="{worst}" data-rule="{e(ids)}" title="{e(tip)}">{body}</mark>{tags}'
            w(f'<div class="ln" id="L{n}"><a class="no" href="#L{n}">{n}</a><span class="tx">{body}</span></div>\n')
        w("</div>\n")
        if len(lines) > shown:
            w(f'<p class="note">原文共{len(lines)}行，仅显示前{shown}行。</p>\n')
    return _page(f"{heading} — 评分", "".join(out))


def render_index(pack, rows: list[tuple[ReportResult, str]], errors: list[ErrorRow]) -> str:
    out: list[str] = []
    w = out.append
    w("<h1>法治政府建设年度报告评分表</h1>\n")
    w(f'<p class="meta">规则包：{e(pack.name)} {e(pack.version)}　评分 {len(rows)} 份，出错 {len(errors)} 份</p>\n')
    pages = {id(r): name for r, name in rows}
    order = ranked([r for r, _ in rows])
    if order:
        w(
            '<table>\n<tr><th class="num">名次</th><th>单位</th><th class="num">年度</th><th class="num">得分</th>'
            '<th>等级</th><th class="num">缺项数</th><th>报告</th></tr>\n'
        )
        for rank, r in order:
            href = quote(pages[id(r)])
            label = r.title or shown_name(PurePosixPath(r.file).name)
            w(
                f'<tr><td class="num">{rank}</td><td>{e(r.organization or "—")}</td><td class="num">{e(r.year or "—")}</td>'
                f'<td class="num">{e(f"{r.score:.1f}")}</td><td>{e(r.grade)}</td><td class="num">{len(r.missing)}</td>'
                f'<td><a href="{e(href)}">{e(label)}</a><br><span class="note">{e(shown_name(r.file))}</span></td></tr>\n'
            )
        w("</table>\n")
    else:
        w("<p>没有可评分的报告。</p>\n")
    if errors:
        w(f"<h2>无法评分的文件（{len(errors)}）</h2>\n<table>\n<tr><th>文件</th><th>原因</th></tr>\n")
        for err in sorted(errors, key=lambda x: shown_name(x.file)):
            w(f"<tr><td>{e(shown_name(err.file))}</td><td>{e(shown_name(err.error))}</td></tr>\n")
        w("</table>\n")
    return _page("评分表", "".join(out))


LOCK_WAIT = 60.0  # seconds a run waits for another run writing into the same folder


class FolderBusy(OSError):
    """Another run holds the folder's lock beyond LOCK_WAIT."""


class _FolderLock:
    def __init__(self, fd: int):
        self.fd = fd

    def close(self) -> None:
        os.close(self.fd)  # releases the lock


def _lock_folder(folder: Path):
    """Hold an exclusive lock on ``folder`` itself (fcntl.flock on the folder's descriptor,
    so no lock file is left behind; closing it unlocks).

    Two runs into the same folder at once would delete each other's pages as stale:
    the second waits for the first, at most LOCK_WAIT seconds, then gives up with
    :class:`FolderBusy`.  Without fcntl (Windows) or where folders cannot be locked,
    there is no lock.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows
        return None
    import time

    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return None
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            return _FolderLock(fd)
        except BlockingIOError:
            if time.monotonic() >= deadline:
                os.close(fd)
                raise FolderBusy(
                    0, f"另一个 scorer 正在写入该文件夹，等待 {LOCK_WAIT:g} 秒后仍未结束，请稍后再试 (folder busy: another run is writing it)"
                ) from None
            time.sleep(0.1)
        except OSError:
            os.close(fd)
            return None  # a file system without locks: write unlocked, as before


class HtmlWriter(Writer):
    """Writes files into a folder: ``out`` is the folder's path, not a stream."""

    def __init__(self, out, options=None):
        if not isinstance(out, (str, Path)):
            raise TypeError("the html format writes a folder: pass its path as `out`")
        super().__init__(out, options)
        self.dir = Path(out)

    def begin(self, pack) -> None:
        super().begin(pack)
        self.dir.mkdir(parents=True, exist_ok=True)
        self._lock = _lock_folder(self.dir)
        self.rows: list[tuple[ReportResult, str]] = []
        self.errors: list[ErrorRow] = []
        self.used: set[str] = set()

    def report(self, result: ReportResult) -> None:
        name = page_name(result.file, self.used)
        lines, err = _read_text(result.file)
        with atomic_write(self.dir / name) as fh:
            fh.write(render_report(result, lines, err))
        self.rows.append((light(result), name))

    def error(self, row: ErrorRow) -> None:
        self.errors.append(row)

    def end(self) -> None:
        try:
            with atomic_write(self.dir / "index.html") as fh:
                fh.write(render_index(self.pack, self.rows, self.errors))
            self._remove_stale_pages()
        finally:
            if self._lock is not None:
                self._lock.close()  # releases the lock
                self._lock = None

    def _remove_stale_pages(self) -> None:
        """Delete the pages an earlier run wrote here for reports this run does not have:
        left in place they would look current.  Only pages scorer wrote (its generator
        tag in their head) are deleted; any other file in the folder is left alone."""
        keep = self.used | {"index"}
        for path in sorted(self.dir.glob("*.html")):
            if path.stem.lower() in keep or not path.is_file() or path.is_symlink():
                continue
            try:
                with path.open("rb") as fh:
                    head = fh.read(1024)
                if GENERATOR.encode() in head:
                    path.unlink()
            except OSError:
                continue  # unreadable or not ours to delete: keep it
