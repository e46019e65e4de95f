"""One feedback letter as .docx bytes (python-docx), laid out as an official letter."""

from __future__ import annotations

import io
import re

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from ...results import ItemResult, ReportResult
from ..ooxml import FIXED_TIME, fixed_zip
from .template import LetterTemplate

_DIGITS = "零一二三四五六七八九"
BODY_FONT, TITLE_FONT, HEADING_FONT, QUOTE_FONT = "仿宋_GB2312", "方正小标宋简体", "黑体", "楷体_GB2312"
BODY_SIZE, TITLE_SIZE = Pt(16), Pt(22)  # 三号, 二号
# XML 1.0 cannot carry most control characters (extracted text may hold some)
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def cn_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 29 → 二十九 (1–99)."""
    tens, ones = divmod(n, 10)
    head = ("" if tens == 1 else _DIGITS[tens]) + "十" if tens else ""
    return head + (_DIGITS[ones] if ones or not tens else "")


def _clean(text: str) -> str:
    return _ILLEGAL.sub(" ", text)


def _para(doc, text: str, *, font: str = BODY_FONT, size=BODY_SIZE, bold: bool = False, align=None, indent: bool = True):
    p = doc.add_paragraph()
    fmt = p.paragraph_format
    fmt.line_spacing = Pt(max(28, round(size.pt * 1.5)))  # body: fixed 28 pt, 22 lines a page, as official letters
    fmt.space_before = fmt.space_after = Pt(0)
    if indent:
        fmt.first_line_indent = Pt(size.pt * 2)
    if align is not None:
        p.alignment = align
    run = p.add_run(_clean(text))
    run.font.size = size
    run.font.bold = bold
    run.font.name = font
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), font)
    return p


def _item_paragraphs(doc, items: list[ItemResult], template: LetterTemplate, values: dict[str, str], with_evidence: bool) -> None:
    for n, item in enumerate(items, 1):
        own = {**values, "n": cn_number(n), "title": item.title, "advice": item.message or ""}
        _para(doc, template.fill("item", own))
        if with_evidence and item.evidence:
            quoted = "；".join(f"“{ev.text}”（{ev.place}）" for ev in item.evidence)
            _para(doc, template.fill("evidence", {**own, "evidence": quoted}), font=QUOTE_FONT)


def _previous_paragraphs(doc, p, template: LetterTemplate, values: dict[str, str]) -> None:
    """Last year's shortcomings and plan items this year's report does not answer (--previous)."""
    open_items = [("不足", i.text) for i in p.shortcomings if i.status == "not_found"]
    open_items += [("计划", i.text) for i in p.plan if i.status == "not_found"]
    own = {
        **values,
        "score_change": f"{p.score_change:+.1f}" if p.score_change is not None else "—",
        "shortcomings_total": str(len(p.shortcomings)),
        "plan_total": str(len(p.plan)),
        "open_count": str(len(open_items)),
    }
    if not open_items:
        _para(doc, template.fill("previous_none", own))
        return
    _para(doc, template.fill("previous", own))
    for n, (kind, text) in enumerate(open_items, 1):
        _para(doc, template.fill("previous_item", {**own, "n": cn_number(n), "kind": kind, "text": text}))


def build_letter(r: ReportResult, template: LetterTemplate, values: dict[str, str]) -> bytes:
    """The letter for ``r``: title, salutation, opening, the missing items, the partly
    present ones with the evidence found, closing, signature and date."""
    if template.docx is not None:
        doc = Document(str(template.docx))  # the office's letterhead: its page, headers and styles
    else:
        doc = Document()
        for section in doc.sections:  # GB/T 9704: A4, margins 37/35/28/26 mm
            section.page_width, section.page_height = Mm(210), Mm(297)
            section.top_margin, section.bottom_margin = Mm(37), Mm(35)
            section.left_margin, section.right_margin = Mm(28), Mm(26)
    _para(doc, template.fill("title", values), font=TITLE_FONT, size=TITLE_SIZE, align=WD_ALIGN_PARAGRAPH.CENTER, indent=False)
    _para(doc, "", indent=False)
    _para(doc, template.fill("salutation", values), indent=False)
    _para(doc, template.fill("opening", values))

    fails = [i for i in r.items if i.id in r.missing and i.status == "fail"]
    partials = [i for i in r.items if i.id in r.missing and i.status == "partial"]
    heading = 0
    for key, items, with_evidence in (("missing_heading", fails, False), ("partial_heading", partials, True)):
        if not items:
            continue
        heading += 1
        _para(doc, f"{cn_number(heading)}、" + template.fill(key, values), font=HEADING_FONT)
        _item_paragraphs(doc, items, template, values, with_evidence)
    if not heading:
        _para(doc, template.fill("complete", values))
    if r.previous is not None and r.previous.file is not None:
        heading += 1
        _para(doc, f"{cn_number(heading)}、" + template.fill("previous_heading", values), font=HEADING_FONT)
        _previous_paragraphs(doc, r.previous, template, values)
    _para(doc, template.fill("closing", values))
    _para(doc, "", indent=False)
    for key in ("signature", "date"):
        text = template.fill(key, values)
        if text.strip():
            p = _para(doc, text, indent=False, align=WD_ALIGN_PARAGRAPH.RIGHT)
            p.paragraph_format.right_indent = Pt(BODY_SIZE.pt * 2)

    props = doc.core_properties
    props.title = _clean(template.fill("title", values))
    props.author = props.last_modified_by = "scorer"
    props.created = props.modified = props.last_printed = FIXED_TIME
    props.revision = 1
    raw = io.BytesIO()
    doc.save(raw)
    return fixed_zip(raw.getvalue())
