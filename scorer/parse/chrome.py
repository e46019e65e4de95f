"""Blanking a web page's furniture (site bars, breadcrumbs, share buttons, footers) and the
page numbers of a text copied from a printed page."""

from __future__ import annotations

from ..vocabulary import Compiled
from .markers import _match_marker
from .meta import _SPACES, _is_title

_CHROME_TAIL_LINES = 40  # the page's footer is looked for among the last lines
_HEAD_LINES = 16  # lines at the top a page's header and the report's title may take


def _is_paragraph(stripped: str, vocab: Compiled) -> bool:
    """A line of the report's text: longer than any line of page furniture (over 100
    characters), or over 40 characters and not furniture."""
    n = len(stripped)
    return n > 100 or (n > 40 and not vocab.chrome.search(stripped))


def _blank_chrome(norm: str, lines: list[str], vocab: Compiled) -> tuple[str, list[str]]:
    """``norm`` and its ``lines`` with the lines of a web page's furniture blanked (spaces of
    the same length): site bars, breadcrumbs, publishing metadata, share and print buttons,
    related links and footers, and a title the page repeats above the article.

    Furniture sits above the report (up to its first heading or paragraph) and below it
    (among the last lines); lines between are the report's and are not looked at."""
    n = len(lines)
    head_end = min(n, _HEAD_LINES)  # the page's header ends where the report's body starts
    for i in range(head_end):
        stripped = lines[i].strip()
        if _is_paragraph(stripped, vocab) or _match_marker(stripped):
            head_end = i
            break
    def is_title(i: int) -> bool:
        return _is_title(_SPACES.sub("", lines[i]))

    chrome = set()
    for i in range(head_end):
        if lines[i].strip() and vocab.chrome.search(lines[i]):
            chrome.add(i)
    if chrome:
        # above the page's last furniture line everything is the page's (site name, menus, a
        # title it shows before the article repeats it), except the report's title when the
        # article does not repeat it below
        last_chrome = max(chrome)
        above = [i for i in range(last_chrome) if is_title(i)]
        chrome.update(i for i in range(last_chrome) if lines[i].strip())
        if above and not any(is_title(i) for i in range(last_chrome + 1, head_end)):
            chrome.discard(above[-1])
    # the footer: from the last line up, over short lines (signature, related links' titles)
    # and furniture, to the report's last paragraph; the title printed again below the article
    # by the page's template is furniture too
    at = next((i for i in range(min(n, _HEAD_LINES)) if is_title(i)), None)
    # (and any title-like line of the page's header: a breadcrumb naming 报告 may come before the title itself)
    titles = {_SPACES.sub("", lines[i]) for i in range(head_end) if is_title(i)}
    if at is not None:
        titles.add(_SPACES.sub("", lines[at]))
    tail = None
    for i in range(n - 1, max(head_end, n - _CHROME_TAIL_LINES) - 1, -1):
        stripped = lines[i].strip()
        if not stripped:
            continue
        if at is not None and i > at and _SPACES.sub("", stripped) in titles:
            chrome.add(i)
        elif vocab.chrome_tail.search(stripped):
            tail = i
        elif _is_paragraph(stripped, vocab):
            break
        elif vocab.chrome.search(stripped):
            chrome.add(i)
    if tail is not None:
        chrome.update(range(tail, n))
    # page numbers of a copied printed page, wherever they are (short lines only are looked at)
    pages = vocab.page_numbers
    chrome.update(i for i, line in enumerate(lines) if len(line) <= 24 and (s := line.strip()) and pages.search(s))
    if not chrome:
        return norm, lines
    lines = list(lines)
    for i in chrome:
        lines[i] = " " * len(lines[i])
    return "\n".join(lines), lines
