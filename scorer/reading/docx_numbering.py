"""What Word shows of a .docx paragraph beyond its text: the number of an automatically
numbered paragraph and whether a paragraph is shown as a heading (heading styles, outline
levels, short all-bold paragraphs).  Used by :mod:`scorer.reading.docx`."""

from __future__ import annotations

from ..vocabulary import stated_heading

# --- automatic list numbering ---------------------------------------------------------
# Word keeps the 一、 of an automatically numbered heading out of the paragraph's text: it is
# computed from numbering.xml when the document is shown.  A reviewer sees it, so the reader
# renders it: the paragraph's w:numPr (direct, or from its style and the styles that style is
# based on) names a list (numId) and a level (ilvl); the list's abstract definition gives
# each level's format (chineseCounting, decimal…), text (%1、 / （%2） / %1.) and start.

_CN_DIGITS = "〇一二三四五六七八九"


def _chinese(n: int) -> str:
    """一 … 九十九 (chineseCounting); larger numbers in Arabic digits."""
    if n <= 0 or n >= 100:
        return str(n)
    if n < 10:
        return _CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"


def _format_number(n: int, fmt: str) -> str:
    if fmt in ("chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional", "taiwaneseCounting"):
        return _chinese(n)
    if fmt in ("decimalEnclosedCircle", "decimalEnclosedCircleChinese") and 0 < n <= len(_CIRCLED):
        return _CIRCLED[n - 1]
    if fmt == "lowerLetter" and 0 < n <= 26:
        return chr(ord("a") + n - 1)
    if fmt == "upperLetter" and 0 < n <= 26:
        return chr(ord("A") + n - 1)
    if fmt in ("lowerRoman", "upperRoman") and 0 < n < 40:
        tens, ones = divmod(n, 10)
        roman = "x" * tens + ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"][ones]
        return roman.upper() if fmt == "upperRoman" else roman
    return str(n)  # decimal, decimalZero, decimalFullWidth … and anything unknown


def _style_chains(document) -> dict[str, list]:
    """For each paragraph style id, its w:style element followed by the styles it is based
    on, nearest first (a cycle ends the chain); {} when the styles cannot be read."""
    from docx.oxml.ns import qn

    try:
        styles = document.styles.element
    except Exception:
        return {}
    by_id = {st.get(qn("w:styleId"), ""): st for st in styles.iterchildren(qn("w:style"))}
    chains: dict[str, list] = {}
    for sid in by_id:
        chain, cur = [], sid
        while cur in by_id and by_id[cur] not in chain:
            chain.append(by_id[cur])
            base = by_id[cur].find(qn("w:basedOn"))
            cur = base.get(qn("w:val"), "") if base is not None else None
        chains[sid] = chain
    return chains


class _Numbering:
    """Renders the number Word shows before each automatically numbered paragraph."""

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}  # numId → ilvl → (fmt, text, start)
        self.counters: dict[str, dict[int, int]] = {}  # per abstract list
        self.abstract_of: dict[str, str] = {}
        self.style_num: dict[str, tuple[str | None, int | None]] = {}
        try:
            part = document.part.numbering_part
        except Exception:  # no numbering.xml: nothing is numbered automatically
            part = None
        if part is not None:
            self._read_numbering(part.element)
        self._read_styles(document)

    def _read_numbering(self, root) -> None:
        qn = self.qn
        val = qn("w:val")
        abstract: dict[str, dict[int, tuple[str, str, int]]] = {}
        for an in root.iterchildren(qn("w:abstractNum")):
            lv: dict[int, tuple[str, str, int]] = {}
            for lvl in an.iterchildren(qn("w:lvl")):
                try:
                    ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                    start_el = lvl.find(qn("w:start"))
                    start = int(start_el.get(val, "1")) if start_el is not None else 1
                except ValueError:
                    continue
                fmt_el, text_el = lvl.find(qn("w:numFmt")), lvl.find(qn("w:lvlText"))
                fmt = fmt_el.get(val, "decimal") if fmt_el is not None else "decimal"
                text = text_el.get(val, "") if text_el is not None else ""
                lv[ilvl] = (fmt, text, start)
            abstract[an.get(qn("w:abstractNumId"), "")] = lv
        for num in root.iterchildren(qn("w:num")):
            num_id = num.get(qn("w:numId"), "")
            ref = num.find(qn("w:abstractNumId"))
            aid = ref.get(val, "") if ref is not None else ""
            levels = dict(abstract.get(aid, {}))
            for override in num.iterchildren(qn("w:lvlOverride")):
                try:
                    ilvl = int(override.get(qn("w:ilvl"), "0"))
                except ValueError:
                    continue
                so = override.find(qn("w:startOverride"))
                if so is not None and ilvl in levels:
                    fmt, text, _ = levels[ilvl]
                    try:
                        levels[ilvl] = (fmt, text, int(so.get(val, "1")))
                    except ValueError:
                        pass
            self.levels[num_id] = levels
            self.abstract_of[num_id] = aid

    def _read_styles(self, document) -> None:
        qn = self.qn
        for sid, chain in _style_chains(document).items():  # a style inherits its base's numbering
            num_id = ilvl = None
            for st in chain:
                ppr = st.find(qn("w:pPr"))
                n, i = self._num_pr(ppr) if ppr is not None else (None, None)
                num_id = n if num_id is None else num_id
                ilvl = i if ilvl is None else ilvl
                if num_id is not None and ilvl is not None:
                    break
            if num_id is not None:
                self.style_num[sid] = (num_id, ilvl)

    def _num_pr(self, ppr) -> tuple[str | None, int | None]:
        qn = self.qn
        num_pr = ppr.find(qn("w:numPr"))
        if num_pr is None:
            return None, None
        n, i = num_pr.find(qn("w:numId")), num_pr.find(qn("w:ilvl"))
        num_id = n.get(qn("w:val")) if n is not None else None
        try:
            ilvl = int(i.get(qn("w:val"), "0")) if i is not None else None
        except ValueError:
            ilvl = None
        return num_id, ilvl

    def label(self, p) -> str:
        """The number Word shows before paragraph ``p`` ("" when it has none)."""
        if not self.levels:
            return ""
        qn = self.qn
        ppr = p.find(qn("w:pPr"))
        num_id = ilvl = None
        if ppr is not None:
            num_id, ilvl = self._num_pr(ppr)
            if num_id is None:
                ps = ppr.find(qn("w:pStyle"))
                if ps is not None:
                    num_id, style_ilvl = self.style_num.get(ps.get(qn("w:val"), ""), (None, None))
                    ilvl = style_ilvl if ilvl is None else ilvl
        if num_id is None or num_id == "0":  # numId 0: numbering switched off
            return ""
        ilvl = ilvl or 0
        levels = self.levels.get(num_id)
        if not levels or ilvl not in levels:
            return ""
        fmt, text, _ = levels[ilvl]
        if fmt in ("bullet", "none") or not text:
            return ""
        counters = self.counters.setdefault(self.abstract_of.get(num_id, num_id), {})
        counters[ilvl] = counters.get(ilvl, levels[ilvl][2] - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]  # a new 一、 restarts its （一）
        out = text
        for k in range(ilvl, -1, -1):  # %1 … %9: this level and those above it
            if f"%{k + 1}" in out:
                lk = levels.get(k)
                n = counters.get(k, lk[2] if lk else 1)
                out = out.replace(f"%{k + 1}", _format_number(n, lk[0] if lk else "decimal"))
        return out


class _HeadingStyles:
    """Which paragraphs Word shows as headings without a number in their text: a heading
    style (Heading 1…, 标题 1…, or any style with an outline level), an outline level on
    the paragraph, or a short paragraph set wholly in bold."""

    MAX_CHARS = 30  # longer bold paragraphs are emphasis, not headings

    def __init__(self, document) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        self.heading: set[str] = set()  # style ids, their own or inherited
        self.bold: set[str] = set()
        for sid, chain in _style_chains(document).items():
            for st in chain:
                name_el = st.find(qn("w:name"))
                name = (name_el.get(qn("w:val"), "") if name_el is not None else "").lower()
                ppr, rpr = st.find(qn("w:pPr")), st.find(qn("w:rPr"))
                outline = ppr.find(qn("w:outlineLvl")) if ppr is not None else None
                if name.startswith(("heading", "标题")) or (outline is not None and outline.get(qn("w:val"), "9") != "9"):
                    self.heading.add(sid)
                if rpr is not None and _on(rpr.find(qn("w:b")), qn):
                    self.bold.add(sid)

    def is_heading(self, p, text: str) -> bool | str:
        """True when Word shows ``p`` as a heading; "stated" when it does but it is written as a sentence (see
        :func:`~scorer.reading.chinese.stated_heading`: a heading only when the document has several); else False."""
        stripped = text.strip()
        if not stripped or stripped.endswith(("；", "：", ":")):
            return False
        if stripped.endswith("。"):
            return "stated" if stated_heading(stripped) and self._shown(p, stripped) else False
        return self._shown(p, stripped)

    def _shown(self, p, stripped: str) -> bool:
        qn = self.qn
        ppr = p.find(qn("w:pPr"))
        style = ""
        if ppr is not None:
            ps = ppr.find(qn("w:pStyle"))
            style = ps.get(qn("w:val"), "") if ps is not None else ""
            outline = ppr.find(qn("w:outlineLvl"))
            if outline is not None and outline.get(qn("w:val"), "9") != "9":
                return True
        if style in self.heading:
            return True
        if len(stripped) > self.MAX_CHARS:
            return False
        runs = [r for r in p.iter(qn("w:r")) if "".join(t.text or "" for t in r.iter(qn("w:t"))).strip()]
        if not runs:
            return False
        for r in runs:
            rpr = r.find(qn("w:rPr"))
            b = rpr.find(qn("w:b")) if rpr is not None else None
            if b is None and style not in self.bold:
                return False
            if b is not None and not _on(b, qn):
                return False
        return True


def _on(element, qn) -> bool:
    """A toggle property (w:b) that is present and not switched off."""
    return element is not None and element.get(qn("w:val"), "true") not in ("0", "false", "off")
