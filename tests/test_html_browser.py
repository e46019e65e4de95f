"""The HTML scorecard in a real browser: hostile report text must not run, highlights must render.

Drives Debian's Chromium through its own headless command line (``--dump-dom``
gives the DOM after any script would have run, ``--screenshot`` a PNG); nothing
is downloaded.  Skipped when no Chromium is installed.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
from html.parser import HTMLParser
from urllib.parse import quote

import pytest
from typer.testing import CliRunner

from scorer.cli import app
from scorer.engine import score_text

from .conftest import ROOT
from .test_output_formats import evil_text, write_evil

ARTIFACTS = ROOT / "test-artifacts"


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def headless(browser: str, profile, *args: str, timeout: float = 30) -> subprocess.CompletedProcess:
    cmd = [
        browser,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-extensions",
        "--no-first-run",
        "--no-default-browser-check",
        f"--user-data-dir={profile}",
        *args,
    ]
    # own process group, so a hung browser is ended with all its helper processes
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail(f"chromium did not finish in {timeout}s (a script from the report, e.g. alert(), may have run)")
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # helpers left behind by a finished browser
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


class _Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.body_attrs: dict = {}
        self.title = ""
        self._in_title = False
        self.marks: list[dict] = []
        self.pwned: list[str] = []
        self.missing_links: list[str] = []
        self._in_missing = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "data-pwned" in a:
            self.pwned.append(tag)
        if tag == "body":
            self.body_attrs = a
        elif tag == "title":
            self._in_title = True
        elif tag == "mark":
            self.marks.append(a)
        elif tag == "h2":
            self._in_missing = a.get("id") == "missing"
        elif tag == "a" and self._in_missing and a.get("href", "").startswith("#item-"):
            self.missing_links.append(a["href"][len("#item-") :])

    def handle_endtag(self, tag):
        if tag == "title":
            self._in_title = False
        elif tag == "ul":
            self._in_missing = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


@pytest.fixture(scope="module")
def browser():
    path = find_chromium()
    if path is None:
        pytest.skip("chromium not installed (Debian: apt-get install chromium)")
    return path


def test_report_page_in_browser(browser, tmp_path, pack):
    report = write_evil(tmp_path / "in")
    site = tmp_path / "site"
    result = CliRunner().invoke(app, ["score", str(report), "--format", "html", "--out", str(site)])
    assert result.exit_code == 0, result.output
    page = site / "evil_report.html"
    assert page.is_file()

    run = headless(browser, tmp_path / "profile", "--virtual-time-budget=2000", "--dump-dom", page.as_uri())
    dom_text = run.stdout.decode("utf-8", "replace")
    assert run.returncode == 0 and "<body" in dom_text, run.stderr.decode("utf-8", "replace")[-2000:]
    dom = _Dom()
    dom.feed(dom_text)

    # nothing from the report ran: no data-pwned attribute anywhere, title untouched, no script/img element
    assert dom.pwned == [] and "data-pwned" not in dom.body_attrs
    assert "PWNED" not in dom.title and dom.title.endswith("评分")
    assert not re.search(r"<script\b", dom_text, re.I) and not re.search(r"<img\b", dom_text, re.I)
    # ... and the hostile markup is shown as text
    assert "&lt;script&gt;document.title='PWNED'" in dom_text
    assert "&lt;img src=x onerror=" in dom_text

    scored = score_text(evil_text(), pack, file=str(report))
    # every passing rule's evidence line is highlighted, with the rule id and a tooltip
    marked = {rid for m in dom.marks for rid in m.get("data-rule", "").split()}
    passing = {i.id for i in scored.items if i.status == "pass" and i.evidence}
    assert passing and passing <= marked
    assert all(m.get("title") for m in dom.marks)
    # the missing items are listed, in pack order
    assert dom.missing_links == scored.missing

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html-report.png"
    shot.unlink(missing_ok=True)
    run = headless(browser, tmp_path / "profile", "--hide-scrollbars", "--window-size=1280,2000", f"--screenshot={shot}", page.as_uri())
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 20_000


# --- the overview (index.html) -----------------------------------------------------------------


class _Board(HTMLParser):
    """The heat map's rows as the browser left them: hidden or not, their cells' states."""

    def __init__(self):
        super().__init__()
        self.rows: list[dict] = []
        self.headers: list[str] = []
        self.ids: set[str] = set()
        self._in_board = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if "id" in a:
            self.ids.add(a["id"])
        if tag == "table" and a.get("id") == "board":
            self._in_board = True
        elif self._in_board and tag == "tr" and "data-grade" in a:
            self.rows.append({**a, "hidden": "hidden" in a, "states": []})
        elif self._in_board and tag == "td" and "data-state" in a and self.rows:
            self.rows[-1]["states"].append(a["data-state"])
        elif self._in_board and tag == "th" and "aria-sort" in a:
            self.headers.append(f'{a.get("data-sort")}:{a["aria-sort"]}')

    def handle_endtag(self, tag):
        if tag == "table":
            self._in_board = False


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from .conftest import REPORTS

    folder = tmp_path_factory.mktemp("in")
    write_evil(folder)
    (folder / "broken.pdf").write_bytes(b"not a pdf")
    out = tmp_path_factory.mktemp("site")
    result = CliRunner().invoke(app, ["score", str(REPORTS), str(folder), "--format", "html", "--out", str(out)])
    assert result.exit_code == 3, result.output
    return out


def _dom(browser, profile, url: str) -> str:
    run = headless(browser, profile, "--virtual-time-budget=3000", "--dump-dom", url)
    text = run.stdout.decode("utf-8", "replace")
    assert run.returncode == 0 and "<body" in text, run.stderr.decode("utf-8", "replace")[-2000:]
    return text


def test_overview_heat_map_in_browser(browser, site, tmp_path, pack):
    index = site / "index.html"
    board = _Board()
    board.feed(_dom(browser, tmp_path / "profile", index.as_uri()))
    n_reports = len(list(site.glob("*.html"))) - 1
    assert len(board.rows) == n_reports and not any(r["hidden"] for r in board.rows)
    # one coloured cell per item of every report
    assert all(len(r["states"]) == len(pack.rules) for r in board.rows)
    states = {s for r in board.rows for s in r["states"]}
    assert {"pass", "fail", "partial"} <= states
    assert {"histogram", "most-missed", "heatmap", "errors"} <= board.ids
    # ranked: scores do not rise down the table
    scores = [float(r["data-k-score"]) for r in board.rows]
    assert scores == sorted(scores, reverse=True)


def test_overview_filter_and_sort_in_browser(browser, site, tmp_path):
    index = site / "index.html"
    everyone = _Board()
    everyone.feed(_dom(browser, tmp_path / "profile", index.as_uri()))
    grades = [r["data-grade"] for r in everyone.rows]
    grade = grades[-1]
    # the script reads a filter from the address: only reports with that grade stay visible
    board = _Board()
    board.feed(_dom(browser, tmp_path / "profile", index.as_uri() + "#grade=" + quote(grade)))
    visible = [r for r in board.rows if not r["hidden"]]
    assert len(visible) == grades.count(grade) and all(r["data-grade"] == grade for r in visible)
    assert len(board.rows) == len(everyone.rows)
    # a missed item: only the reports missing it
    missing = everyone.rows[0]["data-missing"].split()[0]
    board = _Board()
    board.feed(_dom(browser, tmp_path / "profile", index.as_uri() + "#item=" + missing))
    expected = [r["data-search"] for r in everyone.rows if missing in r["data-missing"].split()]
    assert [r["data-search"] for r in board.rows if not r["hidden"]] == expected
    # text filter on the unit: report text put there as markup stays text and does not break it
    board = _Board()
    board.feed(_dom(browser, tmp_path / "profile", index.as_uri() + "#q=" + quote("<script>")))
    visible = [r for r in board.rows if not r["hidden"]]
    assert len(visible) == 1 and "evil report.txt" in visible[0]["data-search"]
    # sorted by score, lowest first
    board = _Board()
    board.feed(_dom(browser, tmp_path / "profile", index.as_uri() + "#sort=score"))
    scores = [float(r["data-k-score"]) for r in board.rows]
    assert scores == sorted(scores) and "score:ascending" in board.headers


def test_overview_screenshot(browser, site, tmp_path):
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "html-overview.png"
    shot.unlink(missing_ok=True)
    run = headless(browser, tmp_path / "profile", "--hide-scrollbars", "--window-size=1400,1100", f"--screenshot={shot}", (site / "index.html").as_uri())
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")[-2000:]
    data = shot.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 50_000


def _printed_pages(browser, profile, page, pdf, landscape: bool = False) -> int:
    pdfplumber = pytest.importorskip("pdfplumber")
    run = headless(browser, profile, "--no-pdf-header-footer", f"--print-to-pdf={pdf}", page.as_uri())
    assert run.returncode == 0 and pdf.is_file(), run.stderr.decode("utf-8", "replace")[-2000:]
    width, height = (842, 595) if landscape else (595, 842)  # A4, in points
    with pdfplumber.open(pdf) as doc:
        first = doc.pages[0]
        assert abs(first.width - width) < 3 and abs(first.height - height) < 3
        return len(doc.pages)


def test_overview_prints_landscape(browser, site, tmp_path):
    assert _printed_pages(browser, tmp_path / "profile", site / "index.html", tmp_path / "index.pdf", landscape=True) <= 2


def test_report_page_prints_on_few_a4_pages(browser, site, tmp_path):
    from .conftest import SAMPLES

    longest = max(SAMPLES, key=lambda p: len(p.read_text(encoding="utf-8")))
    page = site / (longest.stem + ".html")
    lines = len(longest.read_text(encoding="utf-8").splitlines())
    assert lines > 25  # the text alone would take pages; printed, it is left out
    assert _printed_pages(browser, tmp_path / "profile", page, tmp_path / "report.pdf") <= 4


def test_report_page_marks_the_matched_words(browser, site, tmp_path, pack):
    page = site / "evil_report.html"
    marked = re.findall(r"<mark[^>]*>([^<]*)</mark>", _dom(browser, tmp_path / "profile", page.as_uri()))
    assert marked
    lines = evil_text().splitlines()
    # a mark covers the words that matched, not the whole line they stand on
    adviser_line = next(line for line in lines if "法律顾问" in line)
    assert any(m and m in adviser_line and len(m) < len(adviser_line.strip()) for m in marked)
