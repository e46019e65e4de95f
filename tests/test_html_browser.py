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
