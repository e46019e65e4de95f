"""A published web page (``.html`` / ``.htm``) → the report's text.

Government sites wrap the report in navigation, banners, share buttons and
footers.  The reader drops those (by tag, and by class/id words such as nav,
menu, breadcrumb, footer, header, sidebar, share), then keeps the main article
container: ``<article>``, ``<main>`` or a div whose class/id names the content
(content, article, text, zoom, TRS_Editor ...) that holds most of the page's
Chinese text, else the element whose own paragraphs hold the most Chinese text.
Block elements become separate lines; table cells are joined by a tab.  The
page's ``<h1>`` (or ``<title>``) is put first when the container lacks it, so
the parser still finds the report title.

Bytes are decoded by BOM, then the ``<meta charset>`` declaration, then the
plain-text decoder.
"""

from __future__ import annotations

import codecs

import regex

from ..vocabulary import STATED_HEADINGS_LEAST, stated_heading
from .chinese import han_count
from .errors import ReadError
from .text import decode_text

_META_CHARSET = regex.compile(rb"""<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]{1,40})""", regex.I)
_GB_ALIASES = {"gb2312", "gbk", "gb_2312-80", "x-gbk", "cp936", "euc-cn", "gb18030", "x-euc-cn"}

DROP_TAGS = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "iframe", "svg", "button", "select", "textarea", "input", "object", "embed", "canvas", "map",
)  # fmt: skip
_NOISE = regex.compile(
    r"nav|menu|breadcrumb|crumb|footer|sidebar|share|copyright|toolbar|topbar|"
    r"(?:^|[-_\s])(?:header|head|foot|side|top|bottom|login|search|related|pager|pagination|banner|ad|ads|weixin|wechat|print|close)(?:$|[-_\s\d])",
    regex.I,
)
_CONTENT = regex.compile(r"content|article|text|zoom|trs_editor|detail|main|body|zw|wenzhang|conn|news_con", regex.I)
BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure h1 h2 h3 "
    "h4 h5 h6 hr li main ol p pre section summary table tbody thead tfoot tr ul caption".split()
)
PARAGRAPH_TAGS = frozenset("p h1 h2 h3 h4 h5 h6 li pre blockquote dd dt center".split())
CONTAINER_TAGS = BLOCK_TAGS | {"td", "th"}  # where an article may sit (old sites lay pages out in tables)
MAX_TAGS = 200_000  # "<" in the page, counted before parsing
MAX_NODES = 400_000  # elements and text nodes of a page; a long report has a few thousand
_LINE = "\ue000"  # private-use sentinels, inserted into the tree before get_text()
_CELL = "\ue001"
_WS = regex.compile(r"[ \t\r\n\f\v]+")
# A source line break between two Chinese characters is no word space: drop it.
_CJK_BREAK = regex.compile(r"(?<=[\p{Han}\u3000-\u303f\uff00-\uffef“”‘’])[ \t\r\f\v]*\n[ \t\r\n\f\v]*(?=[\p{Han}\u3000-\u303f\uff00-\uffef“”‘’])")
_TITLE_SPLIT = regex.compile(r"\s*(?:[_|｜]|--|——|-\s|(?<!\d)-(?!\d))\s*")  # (not 2021-2025)


def decode_html(data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        return decode_text(data)
    m = _META_CHARSET.search(data[:8192])
    if m:
        name = m.group(1).decode("ascii").lower()
        if name in _GB_ALIASES:
            name = "gb18030"  # a superset: pages labelled gb2312 often use GBK characters
        try:
            codecs.lookup(name)
        except LookupError:
            name = ""
        if name:
            try:
                return data.decode(name).replace("\r\n", "\n").replace("\r", "\n"), name
            except UnicodeDecodeError:
                pass  # a few bad bytes, or the declaration lies: let the detector decide first
            try:
                return decode_text(data)
            except ReadError:
                text = data.decode(name, errors="replace")
                if text.count("\ufffd") <= max(5, len(text) // 1000):  # a few broken bytes in a real page
                    return text.replace("\r\n", "\n").replace("\r", "\n"), name
                raise
    return decode_text(data)


def _attr_words(el) -> str:
    attrs = getattr(el, "attrs", None) or {}
    cls = attrs.get("class") or []
    if isinstance(cls, str):
        cls = [cls]
    return " ".join([*cls, str(attrs.get("id") or "")])


def _han_counts(root) -> dict[int, int]:
    """Han characters under every tag of ``root`` (by id), in one pass over the tree.

    Text inside dropped tags (script, style ...) and comments does not count.
    """
    from bs4 import NavigableString, Tag
    from bs4.element import Comment

    counts: dict[int, int] = {id(root): 0}
    nodes = list(root.descendants)  # pre-order, iterative (no recursion on deep pages)
    for node in reversed(nodes):  # children before their parents
        parent = node.parent
        if isinstance(node, Tag):
            n = counts.setdefault(id(node), 0)
            if node.name in DROP_TAGS:
                n = 0
        elif isinstance(node, NavigableString) and not isinstance(node, Comment):
            n = han_count(str(node))
        else:
            n = 0
        if parent is not None:
            counts[id(parent)] = counts.get(id(parent), 0) + n
    return counts


def _remove_noise(body) -> None:
    """Drop non-content tags and navigation-like elements, never most of the page's text."""
    from bs4 import Tag
    from bs4.element import Comment

    counts = _han_counts(body)
    total = max(1, counts[id(body)])
    doomed = []
    stack = [body]
    while stack:  # pre-order; a doomed element's subtree is not visited
        el = stack.pop()
        for index, child in enumerate(el.contents):
            if isinstance(child, Comment):
                doomed.append((child, index))
            elif isinstance(child, Tag):
                if child.name in DROP_TAGS or (
                    _NOISE.search(_attr_words(child)) and counts.get(id(child), 0) < 0.5 * total
                ):
                    doomed.append((child, index))
                else:
                    stack.append(child)
    # extracted by known index, last first within each parent: extract() without it
    # scans the parent's children (quadratic on a page of many siblings)
    for el, index in sorted(doomed, key=lambda d: (id(d[0].parent), -d[1])):
        el.extract(_self_index=index)


def _main_container(body):
    from bs4 import NavigableString, Tag

    counts = _han_counts(body)
    total = counts[id(body)]
    tags = [el for el in body.descendants if isinstance(el, Tag)]
    candidates = []
    for el in tags:
        if el.name in ("article", "main") or (el.name in ("div", "section", "td") and _CONTENT.search(_attr_words(el))):
            if counts[id(el)] >= 0.5 * total:
                candidates.append((counts[id(el)], el))
    if candidates:
        return min(candidates, key=lambda t: t[0])[1]  # the most specific one
    # No named container: the element whose own paragraphs (and loose text) hold the most.
    best, best_own = None, 0
    for el in tags:
        if el.name not in CONTAINER_TAGS:
            continue
        own = 0
        for c in el.children:
            if isinstance(c, Tag):
                if c.name in PARAGRAPH_TAGS or c.name not in CONTAINER_TAGS:
                    own += counts[id(c)]
            elif isinstance(c, NavigableString):
                own += han_count(str(c))
        if own > best_own:
            best, best_own = el, own
    if best is not None and counts[id(best)] >= 0.3 * total:
        return best
    return body


_REPORT_TITLE = regex.compile(r"报告|总结|情况")


def _page_title(soup) -> str:
    """The report's title from ``<h1>`` or ``<title>`` (not the site's name), or ''."""
    candidates = []
    h1 = soup.find("h1")
    if h1 is not None:
        candidates.append(_WS.sub(" ", h1.get_text()).strip())
    title = soup.find("title")
    if title is not None:
        candidates += _TITLE_SPLIT.split(_WS.sub(" ", title.get_text()).strip())
    for text in candidates:
        if han_count(text) >= 6 and _REPORT_TITLE.search(text):
            return text
    return ""


def _lines(container) -> list[str]:
    """The container's text as lines, in one pass over its tree (linear in its size).

    Block elements start and end a line, ``<br>`` ends one, table cells are joined by
    a tab; comments, declarations and processing instructions are left out; within
    each text node white space is collapsed and a line break between Chinese
    characters is dropped.  (It used to insert sentinel nodes into the tree and call
    get_text(), which is quadratic in the number of siblings: bs4 finds an element's
    place by scanning its parent's children.)
    """
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    left_out = (Comment, Declaration, Doctype, ProcessingInstruction)
    parts: list[str] = []
    add = parts.append
    stack = [iter(container.contents)]
    ends: list[str] = [""]  # what each open element adds when it closes
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            end = ends.pop()
            if end:
                add(end)
            continue
        if isinstance(node, Tag):
            name = node.name
            if name == "br":
                add(_LINE)
                continue
            block = name in BLOCK_TAGS
            if block:
                add(_LINE)
            stack.append(iter(node.contents))
            ends.append((_CELL if name in ("td", "th") else "") + (_LINE if block else ""))
        elif isinstance(node, NavigableString) and not isinstance(node, left_out):
            add(_WS.sub(" ", _CJK_BREAK.sub("", str(node))))
    text = "".join(parts)
    lines = []
    for line in text.split(_LINE):
        cells = [c.strip(" \u3000\xa0") for c in line.split(_CELL)]
        line = "\t".join(c for c in cells if c)
        if line.strip():
            lines.append(line)
    return lines


# a paragraph set wholly in bold (<p><strong>把牢方向，抓实学法用法</strong></p>) or a heading element is a heading
# without a number in its text, as a .docx's bold paragraph is (scorer.reading.docx_numbering); longer bold
# paragraphs, and ones ending a sentence, are emphasis — unless the page has several short ones with no figure
_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BOLD_TAGS = ("strong", "b")
_HEADING_MAX = 30


def _shown_headings(container) -> set[str]:
    """The texts (white space removed) of the container's paragraphs the page shows as headings."""
    found = set()
    stated = set()  # bold paragraphs ending on 。: headings written as sentences, when the page has several
    for el in container.find_all((*_HEADING_TAGS, "p", "div")):
        heading = el.name in _HEADING_TAGS
        if not heading and el.find(("p", "div")) is not None:
            continue  # (a block holding paragraphs: its text is theirs, not read again here)
        text = "".join(el.get_text().split())
        if not text or len(text) > _HEADING_MAX or text.endswith(("；", "：", ":")):
            continue
        if heading or "".join("".join(b.get_text().split()) for b in el.find_all(_BOLD_TAGS, recursive=False)) == text:
            if not text.endswith("。"):
                found.add(text)
            elif stated_heading(text):
                stated.add(text)
    return found | stated if len(stated) >= STATED_HEADINGS_LEAST else found


def read_html(data: bytes) -> tuple[str, str, tuple[int, ...]]:
    """Return (text, encoding, heading lines): the 1-based numbers of the lines the page shows as headings (a
    paragraph set wholly in bold, an ``<h1>``…``<h6>``), hints for the parser as a .docx's are."""
    text, encoding = decode_html(data)
    try:
        from bs4 import BeautifulSoup
    except ImportError:
        raise ReadError(
            "读取网页需要安装 beautifulsoup4：pip install 'scorer[html]' (beautifulsoup4 not installed)"
        ) from None
    try:
        # the parse itself takes ≈ 20 µs a tag: a page with far more tags than a report has
        # is refused before it
        tags = text.count("<")
        if tags > MAX_TAGS:
            raise ReadError(f"网页元素过多（约 {tags} 个标签，上限 {MAX_TAGS} 个），不像是一篇报告 (HTML page too large: too many tags)")
        soup = BeautifulSoup(text, "html.parser")
        nodes = sum(1 for _ in soup.descendants)
        if nodes > MAX_NODES:
            raise ReadError(f"网页元素过多（{nodes} 个，上限 {MAX_NODES} 个），不像是一篇报告 (HTML page too large: too many elements)")
        title = _page_title(soup)
        body = soup.body or soup
        _remove_noise(body)
        container = _main_container(body)
        lines = _lines(container)
        shown = _shown_headings(container)
    except ReadError:
        raise
    except RecursionError:
        raise ReadError("网页结构嵌套过深，无法解析 (HTML nested too deeply)") from None
    except Exception as e:
        raise ReadError(f"无法解析网页 (cannot parse HTML: {type(e).__name__})") from None
    if title and not any(title.replace(" ", "") in ln.replace(" ", "") for ln in lines[:5]):
        lines.insert(0, title)
    headings = tuple(i for i, ln in enumerate(lines, 1) if shown and "".join(ln.split()) in shown)
    return "\n".join(lines), encoding, headings
