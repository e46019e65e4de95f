"""What every page of the HTML scorecard shares: escaping, the page frame with its
Content-Security-Policy, the stylesheet, safe page names."""

from __future__ import annotations

import base64
import functools
import hashlib
from html import escape
from importlib.resources import files

from ...names import safe_stem
from ...results import ItemResult
from ..base import status_label
from ..matrix import number_text

# No script and no external resource; a page with our own script allows exactly that
# script, by its hash (report text is never put inside it).
CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"

# Marks the pages scorer writes, so that a later run into the same folder can tell them
# from files of the user's (see HtmlWriter._remove_stale_pages).
GENERATOR = '<meta name="generator" content="scorer">'


@functools.cache
def static(name: str) -> str:
    """A file of the ``static`` folder next to this module (stylesheet, script)."""
    return files(__package__).joinpath("static", name).read_text(encoding="utf-8")


def e(value) -> str:
    """Escape anything for HTML text or a quoted attribute value."""
    return escape("" if value is None else str(value), quote=True)


def num(value: float) -> str:
    return number_text(value)


def page_name(file: str, used: set[str]) -> str:
    """A safe, unique page file name for a report (``reports/a b.txt`` → ``a_b.html``;
    see :func:`scorer.names.safe_stem`; ``index`` is taken by the index page)."""
    return safe_stem(file, used, reserved={"index"}) + ".html"


def page(title: str, body: str, script: str | None = None, css: str = "") -> str:
    """A whole page; ``script`` (a constant of ours, never report text) is inlined and
    allowed by its hash in the Content-Security-Policy; ``css`` is added to the stylesheet."""
    csp = CSP
    tail = ""
    if script is not None:
        digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
        csp = CSP.replace("default-src 'none';", f"default-src 'none'; script-src 'sha256-{digest}';")
        tail = f"<script>{script}</script>\n"
    return (
        "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n"
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"{e(csp)}\">\n"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        "<meta name=\"referrer\" content=\"no-referrer\">\n"
        f"{GENERATOR}\n"
        f"<title>{e(title)}</title>\n<style>\n{static('style.css').strip()}\n{css}</style>\n</head>\n<body>\n{body}{tail}</body>\n</html>\n"
    )


def status_span(item: ItemResult) -> str:
    cls = "waived" if item.waived is not None else item.status
    return f'<span class="st st-{e(cls)}">{e(status_label(item))}</span>'
