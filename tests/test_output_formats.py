"""The scorecard formats: csv, xlsx, md, html (run through the CLI on the samples plus a hostile report)."""

from __future__ import annotations

import base64
import csv
import hashlib
import datetime as dt
import io
import re
import sys
import zipfile
from dataclasses import replace
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote

import pytest
from typer.testing import CliRunner

from scorer.cli import app
from scorer.engine import score_text
from scorer.output import FORMATS, OutputOptions, writer_class
from scorer.output.html import HtmlWriter, page_name
from scorer.output.html.common import static
from scorer.output.matrix import neutralise
from scorer.results import ErrorRow, PackInfo, WaiverInfo

from .conftest import REPORTS, SAMPLES, doc

EVIL_TITLE = '=HYPERLINK("http://x")<script>alert(1)</script>某|局2023年度法治政府建设情况报告'
SCRIPT = "<script>document.title='PWNED';document.body.setAttribute('data-pwned','1')</script>"
IMG = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">"


def evil_text() -> str:
    """A report whose title is a spreadsheet formula and whose text carries script and markup."""
    return doc(
        "一、主要举措和成效",
        f"我局全面落实法律顾问制度，法律顾问审核合同30件。{SCRIPT}",
        f"{IMG}行政复议案件办理5件。",
        "二、存在的不足和原因",
        "一是普法宣传形式单一。主要原因是人员不足。",
        "三、下一步工作安排",
        "2024年，我局将继续推进政务公开。",
        title=EVIL_TITLE,
    )


def write_evil(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "evil report.txt"
    path.write_text(evil_text(), encoding="utf-8")
    return path


def run(*args: str, code: int | None = 0):
    result = CliRunner().invoke(app, ["score", *args])
    if code is not None:
        assert result.exit_code == code, (result.exit_code, result.output, result.exception)
    return result


@pytest.fixture
def inputs(tmp_path) -> list[str]:
    """The five samples and the hostile report."""
    write_evil(tmp_path / "in")
    return [str(REPORTS), str(tmp_path / "in")]


@pytest.fixture
def with_error(tmp_path) -> list[str]:
    """The hostile report plus a file that cannot be read (an error row)."""
    folder = tmp_path / "bad"
    write_evil(folder)
    (folder / "broken.pdf").write_bytes(b"not a pdf")
    return [str(folder)]


N_REPORTS = len(SAMPLES) + 1


# --- formula neutralisation -------------------------------------------------------------------


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx", '=HYPERLINK("http://x")'])
def test_neutralise_formula_text(text):
    assert neutralise(text) == "'" + text


@pytest.mark.parametrize("value", ["某局", "", "1=1", " =x", 3, -2.5, None])
def test_neutralise_leaves_other_values(value):
    assert neutralise(value) == value


# --- csv ----------------------------------------------------------------------------------------


def parse_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 BOM for Excel"
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_matrix(inputs, pack):
    rows = parse_csv(run(*inputs, "--format", "csv").stdout_bytes)
    header, body = rows[0], rows[1:]
    titles = [r.title for r in pack.rules]
    # a batch run: the copies column follows (empty: the inputs are no copies of each other)
    assert header == ["名次", "文件", "单位", "年度", "得分", "等级", *titles, "缺失项目", "错误", "疑似雷同（重合度）"]
    assert len(body) == N_REPORTS
    assert all(len(r) == len(header) for r in body)
    scores = [float(r[4]) for r in body]
    assert scores == sorted(scores, reverse=True)
    assert [int(r[0]) for r in body] == sorted(int(r[0]) for r in body)
    evil = next(r for r in body if r[1].endswith("evil report.txt"))
    assert evil[2].startswith("'=HYPERLINK(")  # the unit comes from the untrusted title
    # numbers stay numbers: no quote, parseable
    for r in body:
        float(r[4])
        for cell in r[6 : 6 + len(titles)]:
            assert cell in ("豁免", "不适用", "错误") or float(cell) >= 0
    col = {t: 6 + i for i, t in enumerate(titles)}
    assert evil[col["法律顾问制度"]] == "4"
    assert evil[col["按时报告"]] == "不适用"
    assert "法律顾问制度" not in evil[-3] and "述法" in evil[-3].split("；")


def test_csv_error_rows(with_error):
    result = run(*with_error, "--format", "csv", code=3)
    rows = parse_csv(result.stdout_bytes)
    header = rows[0]
    err = [r for r in rows[1:] if r[1].endswith("broken.pdf")]
    assert len(err) == 1 and err[0][header.index("错误")] and err[0][0] == ""
    assert rows[-1] == err[0], "error rows come after the ranked reports"


def test_csv_line_ends_crlf(inputs):
    data = run(*inputs, "--format", "csv").stdout_bytes
    assert data.count(b"\r\n") == N_REPORTS + 1 and b"\n" not in data.replace(b"\r\n", b"")


# --- xlsx ---------------------------------------------------------------------------------------


def test_xlsx_workbook(inputs, pack, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    out = tmp_path / "score.xlsx"
    run(*inputs, "--format", "xlsx", "--out", str(out))
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["评分表", "汇总", "证据"]
    ws, ev = wb["评分表"], wb["证据"]
    header = [c.value for c in ws[1]]
    titles = [r.title for r in pack.rules]
    assert header[:6] == ["名次", "文件", "单位", "年度", "得分", "等级"] and header[-2:] == ["缺失项目", "错误"]
    assert [h.split("\n")[0] for h in header[6:-2:2]] == titles
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert len(rows) == N_REPORTS
    scores = [r[4] for r in rows]
    assert all(isinstance(s, (int, float)) for s in scores) and scores == sorted(scores, reverse=True)
    assert all(isinstance(r[0], int) for r in rows)
    evil = next(r for r in rows if r[1].endswith("evil report.txt"))
    assert evil[2].startswith("'=HYPERLINK(")
    assert all(c.data_type != "f" for row in ws.iter_rows() for c in row)
    # widths: CJK counts double, so the unit column is wider than its character count
    assert ws.column_dimensions["C"].width >= 2 * len("石柱土家族自治县民政局")
    # evidence: one row per item of every report
    assert ev.freeze_panes == "E2"
    assert ev.max_row - 1 == N_REPORTS * len(pack.rules)
    ev_header = [c.value for c in ev[1]]
    assert ev_header[:4] == ["文件", "单位", "规则编号", "项目"]
    ev_rows = [[c.value for c in row] for row in ev.iter_rows(min_row=2)]
    adviser = next(r for r in ev_rows if r[0].endswith("evil report.txt") and r[2] == "legal_adviser")
    assert adviser[ev_header.index("证据行")] == 3 and adviser[ev_header.index("得分")] == 4
    assert all(c.data_type != "f" for row in ev.iter_rows() for c in row)


def test_xlsx_control_characters(pack):
    """Extracted text can hold control characters XML cannot carry: they must not break the workbook."""
    openpyxl = pytest.importorskip("openpyxl")
    from scorer.output.xlsx import XlsxWriter

    result = score_text(doc("一、主要举措和成效", "落实法律顾问\x0c制度\x1b。", title="某\x07局\x002023年度法治政府建设情况报告"), pack, file="c.txt")
    buf = io.BytesIO()
    w = XlsxWriter(buf)
    w.begin(PackInfo(name="p", version="1", source="s"))
    w.report(result)
    w.end()
    wb = openpyxl.load_workbook(io.BytesIO(buf.getvalue()))
    assert wb["评分表"]["C3"].value == "某 局 "
    snippets = [row[10].value for row in wb["证据"].iter_rows(min_row=2) if row[2].value == "legal_adviser"]
    assert snippets == ["落实法律顾问 制度 。"]


def test_xlsx_fixed_timestamps(inputs, tmp_path):
    pytest.importorskip("openpyxl")
    out = tmp_path / "a.xlsx"
    run(*inputs, "--format", "xlsx", "--out", str(out))
    with zipfile.ZipFile(out) as z:
        assert {i.date_time for i in z.infolist()} == {(2000, 1, 1, 0, 0, 0)}
        core = z.read("docProps/core.xml").decode()
    assert "2000-01-01T00:00:00Z" in core and core.count("2000-01-01") == 2


def test_xlsx_without_openpyxl(inputs, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "openpyxl", None)  # import openpyxl now raises ImportError
    out = tmp_path / "x.xlsx"
    result = run(*inputs, "--format", "xlsx", "--out", str(out), code=2)
    assert "pip install 'scorer[xlsx]'" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert not out.exists() and not list(tmp_path.glob(".x.xlsx*"))


# --- markdown -----------------------------------------------------------------------------------


def unescaped_pipes(line: str) -> int:
    return len(re.findall(r"(?<!\\)\|", line))


def test_markdown_tables(inputs):
    text = run(*inputs, "--format", "md", "--detail").stdout
    lines = text.splitlines()
    assert "| 名次 | 文件 | 单位 | 年度 | 得分 | 等级 | 缺项数 | 缺失项目 |" in lines
    assert "|---|---|---|---|---|---|---|---|" in lines
    table = lines[lines.index("|---|---|---|---|---|---|---|---|") + 1 :][:N_REPORTS]
    assert all(unescaped_pipes(line) == 9 for line in table)
    scores = [float(line.split(" | ")[4]) for line in table]
    assert scores == sorted(scores, reverse=True)
    # the hostile title: its pipe, brackets and line cannot break out of the cell
    assert "<script>" not in text and "\\<script\\>" in text
    assert "某\\|局" in text
    # --detail: one item table per report
    assert text.count("| 项目 | 结果 | 得分 | 依据 | 说明 |") == N_REPORTS
    for line in lines:  # every row keeps its table's column count (8 scorecard, 5 item columns)
        if line.startswith("|"):
            assert unescaped_pipes(line) in (6, 9), line


def test_markdown_cell_newlines():
    from scorer.output.markdown import cell

    assert cell("a|b\nc\r\nd") == "a\\|b c d"
    assert cell(None) == "—" and cell(4.0) == "4" and cell(2.67) == "2.67"


# --- html ---------------------------------------------------------------------------------------


class _Audit(HTMLParser):
    """Collects what would make a page not self-contained or let script run."""

    def __init__(self):
        super().__init__()
        self.problems: list[str] = []
        self.hrefs: list[str] = []
        self.marks: list[dict] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "iframe", "object", "embed", "link", "img", "base", "form"):
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"{tag} {name}")
            if name in ("src", "href", "action", "srcset") and value and re.match(r"\s*([a-z][a-z0-9+.-]*:|//)", value, re.I):
                self.problems.append(f"{tag} {name}={value}")
        if tag == "a" and "href" in a:
            self.hrefs.append(a["href"])
        if tag == "mark":
            self.marks.append(a)


def audit(page: str) -> _Audit:
    p = _Audit()
    p.feed(page)
    return p


def test_html_pages(inputs, tmp_path, pack):
    out = tmp_path / "site"
    run(*inputs, "--format", "html", "--out", str(out))
    pages = sorted(p.name for p in out.iterdir())
    assert "index.html" in pages and len(pages) == N_REPORTS + 1
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "no temporary files left"
    index = (out / "index.html").read_text(encoding="utf-8")
    a = audit(index)
    assert a.problems == ["<script>"]  # one script, our own constant, allowed by its hash
    (script,) = re.findall(r"<script>(.*?)</script>", index, re.S)
    assert script == static("overview.js")
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    assert f"script-src &#x27;sha256-{digest}&#x27;" in index
    linked = [h for h in a.hrefs if h.endswith(".html")]
    assert len(linked) == N_REPORTS and all((out / unquote(h)).is_file() for h in linked)
    assert "evil_report.html" in linked
    for name in pages:
        page = (out / name).read_text(encoding="utf-8")
        if name == "index.html":
            page = page.replace(f"<script>{script}</script>", "")
        assert "<script" not in page.lower() and "<img" not in page.lower()
        assert "Content-Security-Policy" in page
        assert audit(page).problems == [], name
    evil = (out / "evil_report.html").read_text(encoding="utf-8")
    assert "&lt;script&gt;document.title=&#x27;PWNED&#x27;" in evil
    assert "&lt;img src=x onerror=&quot;" in evil
    a = audit(evil)
    ids = {rid for m in a.marks for rid in m["data-rule"].split()}
    assert {"legal_adviser", "administrative_reconsideration"} <= ids
    assert '<div class="ln" id="L3">' in evil and 'href="#L3"' in evil
    result = score_text(evil_text(), pack, file="x")
    for rid in result.missing:
        assert f'href="#item-{rid}"' in evil


def test_html_rerun_removes_its_own_stale_pages_only(tmp_path):
    out = tmp_path / "site"
    run(str(SAMPLES[0]), str(SAMPLES[1]), "--format", "html", "--out", str(out))
    (out / "notes.html").write_text("<html>the office's own notes</html>", encoding="utf-8")
    (out / "keep.txt").write_text("x", encoding="utf-8")
    run(str(SAMPLES[1]), "--format", "html", "--out", str(out))
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(["index.html", SAMPLES[1].stem + ".html", "notes.html", "keep.txt"])
    assert SAMPLES[0].stem not in (out / "index.html").read_text(encoding="utf-8")


def test_html_needs_out_dir(inputs, tmp_path):
    result = run(*inputs, "--format", "html", code=2)
    assert "--out" in result.output
    target = tmp_path / "file.html"
    target.write_text("x")
    run(*inputs, "--format", "html", "--out", str(target), code=2)


def test_html_page_text_comes_from_the_result(pack, tmp_path):
    """The page shows the text scored, carried in the result: the input file is never read
    back (it may be gone, or changed since)."""
    result = score_text(evil_text(), pack, file=str(tmp_path / "gone.txt"))  # no such file
    w = HtmlWriter(tmp_path / "site")
    w.begin(PackInfo(name="p", version="1", source="s"))
    w.report(result)
    w.report(replace(result, file=str(tmp_path / "bare.txt"), text=None))
    w.end()
    page = (tmp_path / "site" / "gone.html").read_text(encoding="utf-8")
    assert '<div class="ln" id="L3">' in page and "<mark" in page and "<script" not in page
    bare = (tmp_path / "site" / "bare.html").read_text(encoding="utf-8")
    assert "评分结果未附报告原文" in bare and 'id="L1"' not in bare


@pytest.mark.parametrize(
    "file, expected",
    [
        ("reports/000_abc.txt", "000_abc.html"),
        ("../../etc/passwd", "passwd.html"),
        ("..\\..\\windows\\x.docx", "x.html"),
        ("a/..", "report.html"),
        ("..", "report.html"),
        ("/tmp/.hidden", "hidden.html"),
        ("index.txt", "index_.html"),
        ("CON.txt", "CON_.html"),
        ("d/阎良区 2023 报告.docx", "阎良区_2023_报告.html"),
        ('<script>"x"</script>.txt', "script.html"),  # "/" separates: only the last part counts
        ("<img src=x onerror=alert(1)>.txt", "img_src_x_onerror_alert_1.html"),
        ("x" * 300 + ".txt", "x" * 60 + ".html"),
    ],
)
def test_page_name_is_safe(file, expected):
    assert page_name(file, set()) == expected


def test_page_names_unique():
    used: set[str] = set()
    names = [page_name(f, used) for f in ["a/r.txt", "b/r.txt", "R.docx", "r-2.txt"]]
    assert names == ["r.html", "r-2.html", "R-3.html", "r-2-2.html"]


# --- waived, not applicable (writers driven directly) -----------------------------------------


def waived_result(pack, file: str):
    """The hostile report with its 述法 item excused by a waiver."""
    result = score_text(evil_text(), pack, file=file)
    waiver = WaiverInfo(justification="本单位不设<b>述法</b>环节", expires=dt.date(2030, 1, 1), source="w.yaml")
    items = [replace(i, waived=waiver) if i.id == "shufa" else i for i in result.items]
    return replace(result, items=items, waived=["shufa"], missing=[m for m in result.missing if m != "shufa"])


def drive(fmt: str, results, errors=(), out=None, detail=False):
    cls = writer_class(fmt)
    stream = out if out is not None else (io.BytesIO() if cls.binary else io.StringIO())
    w = cls(stream, OutputOptions(detail=detail))
    w.begin(PackInfo(name="p", version="1", source="s"))
    for r in results:
        w.report(r)
    for e in errors:
        w.error(e)
    w.end()
    return stream.getvalue() if out is None else None


def test_waived_item_in_every_format(pack, tmp_path):
    file = str(write_evil(tmp_path / "in"))
    result = waived_result(pack, file)
    rows = parse_csv(drive("csv", [result]))
    header, row = rows[0], rows[1]
    assert row[header.index("述法")] == "豁免" and row[header.index("按时报告")] == "不适用"
    assert "述法" not in row[header.index("缺失项目")].split("；")
    md = drive("md", [result], detail=True)
    assert "通过（豁免）" in md or "缺失（豁免）" in md
    assert "豁免：本单位不设\\<b\\>述法\\</b\\>环节" in md
    drive("html", [result], out=tmp_path / "site")
    page = (tmp_path / "site" / "evil_report.html").read_text(encoding="utf-8")
    section = page[page.index('id="waived"') : page.index('id="items"')]
    assert "本单位不设&lt;b&gt;述法&lt;/b&gt;环节" in section and "2030-01-01" in section
    assert 'href="#item-shufa"' not in page[page.index('id="missing"') : page.index('id="waived"')]


def test_errors_only(tmp_path):
    errors = [ErrorRow(file="b.pdf", error="=bad"), ErrorRow(file="a.docx", error="损坏")]
    rows = parse_csv(drive("csv", [], errors))
    assert rows[0] == ["名次", "文件", "单位", "年度", "得分", "等级", "缺失项目", "错误"]
    assert [r[1] for r in rows[1:]] == ["a.docx", "b.pdf"] and rows[2][-1] == "'=bad"
    assert "没有可评分的报告" in drive("md", [], errors)
    drive("html", [], errors, out=tmp_path / "site")
    assert "=bad" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


# --- determinism --------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "md", "html"])
def test_same_input_same_bytes(fmt, inputs, tmp_path):
    if fmt == "xlsx":
        pytest.importorskip("openpyxl")

    def once(name: str) -> dict[str, bytes]:
        out = tmp_path / name
        run(*inputs, "--format", fmt, "--detail", "--out", str(out))
        if out.is_dir():
            return {p.name: p.read_bytes() for p in sorted(out.iterdir())}
        return {"": out.read_bytes()}

    first = once("one")
    if fmt == "xlsx":
        import time

        time.sleep(2.1)  # zip entries record the time in 2-second steps
    assert once("two") == first


def test_every_format_registered():
    assert {"csv", "xlsx", "md", "html"} <= set(FORMATS)
    for name in ("csv", "md", "html"):
        assert writer_class(name)


def test_missing_items_are_separated_by_a_mark_titles_do_not_use():
    from scorer.output.base import ITEM_SEPARATOR
    from scorer.pack import load_pack

    titles = [r.title for r in load_pack().rules]
    assert not any(ITEM_SEPARATOR in t for t in titles)  # titles may hold 、, never the separator


def test_pdf_evidence_is_cited_by_page_on_report_pages(tmp_path):
    """A PDF's evidence is cited as 第P页，全文第N行 (Evidence.place), not by line alone."""
    import dataclasses

    from scorer import load_pack, score_text
    from scorer.output.html.report import render_report

    result = score_text(SAMPLES[0].read_text(encoding="utf-8"), load_pack(), file="a.pdf")
    items = []
    for item in result.items:
        evidence = [dataclasses.replace(ev, page=2) for ev in item.evidence]
        items.append(dataclasses.replace(item, evidence=evidence))
    result = dataclasses.replace(result, items=items)
    line = next(ev.line for i in result.items for ev in i.evidence)
    assert f"第2页，全文第{line}行" in render_report(result)


def test_json_names_the_pack_by_digest_and_each_item_by_its_basis(tmp_path):
    """Which rules scored (a digest of the pack's file) and why each item is asked for."""
    import json

    runner = CliRunner()
    data = json.loads(runner.invoke(app, ["score", str(SAMPLES[0]), "--format", "json"]).stdout)
    digest = data["rule_pack"]["digest"]
    assert re.fullmatch(r"[0-9a-f]{16}", digest)
    item = next(i for i in data["reports"][0]["items"] if i["id"] == "legal_adviser")
    assert item["basis"].startswith("《法治政府建设实施纲要")
    # the same rules under another name give another digest: it is the file's, not the name's
    pack = (Path(__file__).parent.parent / "rules" / "national.yaml").read_text(encoding="utf-8")
    (tmp_path / "mine.yaml").write_text(pack.replace("message: 说明上一年度聘请法律顾问", "message: 请说明上一年度聘请法律顾问"), encoding="utf-8")
    other = json.loads(runner.invoke(app, ["score", str(SAMPLES[0]), "--format", "json", "--pack", str(tmp_path / "mine.yaml")]).stdout)
    assert other["rule_pack"]["digest"] != digest
    again = json.loads(runner.invoke(app, ["score", str(SAMPLES[0]), "--format", "json"]).stdout)
    assert again["rule_pack"]["digest"] == digest
