"""``kind: part`` — a part of the report is present and has content.

Passes when the report has a top-level part of one of the given kinds whose
body (everything under its heading, sub-headings included) holds at least
``min_chars`` non-space characters.  A heading with nothing under it, or one
generic line, is not a part.

::

    kind: part
    part: [shortcomings]
    min_chars: 20

Part kinds are found by the parser from heading wording (主要举措和成效,
存在的不足, 下一年度……安排, 第一责任人…), then by position and content.
"""

from __future__ import annotations

from typing import ClassVar, Literal

from pydantic import Field

from ..matching import Context, Hit
from ..normalize import compact
from .base import Outcome, PartKind, RuleBase


class PartRule(RuleBase):
    kind: Literal["part"]
    part: list[PartKind] = Field(min_length=1)
    min_chars: int = Field(30, ge=1)

    name: ClassVar[str] = "part"

    def evaluate(self, ctx: Context) -> Outcome:
        report = ctx.report
        notes: list[str] = []
        best = None
        for p in report.parts:
            if p.kind not in self.part:
                continue
            size = _size(report.norm[p.body_start : p.end])
            if ctx.explain:
                notes.append(f"「{p.label}」正文{size}字（第{report.line_of(p.start)}行）")
            if best is None or size > best[1]:
                best = (p, size)
        if best is None:
            if ctx.explain:
                found = "、".join(f"「{p.label}」" for p in report.parts if p.heading) or "无"
                notes.append(f"没有识别为该部分的标题；识别到的一级标题：{found}")
            return Outcome("fail", 0.0, [], "缺少该部分", notes)
        part, size = best
        hit = Hit(part.start, part.body_start if part.body_start > part.start else part.start + 1)
        if size < self.min_chars:
            return Outcome("fail", 0.0, [hit], f"「{part.label}」内容过少（{size}字，至少{self.min_chars}字）", notes)
        return Outcome("pass", 1.0, [hit], f"「{part.label}」正文{size}字", notes)


def _size(text: str) -> int:
    """``len(compact(text))``: the characters that are not white space.

    Counted from ``str.split()``, which cuts at the same white space as the regex's
    ``\\s`` except U+001C–U+001F (str.isspace is true for those; they are not
    printable) — ≈ 2× faster than removing the white space with the regex.
    """
    if not text.isprintable() and ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text):
        return len(compact(text))
    return sum(map(len, text.split()))

