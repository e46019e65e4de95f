"""``kind: part`` — a part of the report is present and has content.

Passes when the report's top-level parts of the given kinds, taken together
(the thematic parts of a report are one measures part), have bodies
(everything under their headings, sub-headings included) that hold at least
``min_chars`` non-space characters and at least ``min_statements`` particular
clauses: clauses (between ，、。；：！？ and line ends) of 6 characters or more that
no ``generic`` pattern finds (还有提升空间, 再上新台阶), nor ``generic_lists``: patterns
of a whole list (its items between 、, as one text) that make every item of it generic
(承担行政许可、行政执法、防汛抗旱等职责 profiles the unit; 执法力量不足、装备落后 are two
problems).  A heading with nothing
under it, or one generic line, is not a part.  With ``max_generic_share``, parts
whose clauses are mostly generic (more than that share of them: 持续推进、进一步、
不断提升 with nothing done) fail too: slogans report no practice.  With ``requirements``, a
sentence written as a requirement (the pack's requirement words, 要/必须/应当…: 执法办公室要认真
落实……，做到……) is generic from its cue to its end, and so is a work plan's sentence (every clause
opening on stock words, a plan word, nothing done: 严格落实……制度，持续规范执法行为), but a clause that reports a count
(……，全年公示执法信息63条): a part of duties to perform reports no practice.  With ``copied_from``, a sentence of 12
characters or more found word for word in a part of those kinds is no statement: a plan repeating last year's text plans
nothing.  With ``generic_sentences``, a sentence is generic from a match on, counts too (建议县司法局……配备1名公职律师: a
request to another body plans nothing of the report's own).

::

    kind: part
    part: [shortcomings]
    min_chars: 20
    min_statements: 2
    generic: ['提升空间', '一定成效', '再上新台阶']
    generic_lists: ['承担.{0,40}职责']   # optional
    max_generic_share: 0.4    # optional
    requirements: true        # optional
    copied_from: [measures]   # optional
    generic_sentences: ['(?:^|(?<=[。；]))建议(?=[县市])']   # optional

Part kinds are found by the parser from heading wording (主要举措和成效,
存在的不足, 下一年度……安排, 第一责任人…), then by position and content.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from typing import Literal

from pydantic import Field, field_validator

from ..document import PART_LABELS
from ..matching import REPORTED, TARGET, Context, Hit
from ..normalize import compact
from ..parse.dates import is_org
from ..vocabulary import compile_fast
from .base import Outcome, PartKind, RuleBase, check_patterns


class PartRule(RuleBase):
    kind: Literal["part"]
    part: list[PartKind] = Field(min_length=1)
    min_chars: int = Field(30, ge=1)
    min_statements: int = Field(1, ge=1, description="clauses that are not generic the parts must hold together")
    generic: list[str] = Field(default_factory=list, description="patterns of clauses that say nothing particular")
    generic_lists: list[str] = Field(
        default_factory=list,
        description="patterns of lists (items between 、, matched as one text) that say nothing particular: every item of a list one finds is generic",
    )
    max_generic_share: float | None = Field(None, gt=0, le=1, description="fail when more of the clauses than this are generic")
    requirements: bool = Field(
        False,
        description="a sentence's clauses from a requirement cue (the pack's negation.requirement: 要/必须/应当…) to its end are "
        "generic, and so are a work plan's sentence's (negation.stock and plan_words: 严格落实……，持续规范……), but those that "
        "report a count (全年公示执法信息63条)",
    )

    generic_sentences: list[str] = Field(
        default_factory=list,
        description="patterns after whose match every clause of its sentence is generic, counts too (a request to another "
        "body opening a plan's sentence, 建议县司法局……为我乡配备1名公职律师, plans nothing of the report's own)",
    )
    copied_from: list[PartKind] = Field(
        default_factory=list,
        description="sentences of at least 12 characters found word for word in parts of these kinds say nothing of their "
        "own (a plan repeating last year's text: 通过以案释法……，全县……总体和谐稳定)",
    )

    _check = field_validator("generic", "generic_lists", "generic_sentences")(lambda cls, v: check_patterns(v))

    def passes_when(self) -> str:
        parts = "、".join(PART_LABELS.get(p, p) for p in self.part)
        return (
            f"the report has a part of kind {', '.join(self.part)} ({parts}) whose body holds at least {self.min_chars} characters; "
            "a heading with nothing under it is not a part."
        )

    def evaluate(self, ctx: Context) -> Outcome:
        report = ctx.report
        notes: list[str] = []
        found = []
        size = 0
        for p in report.parts:
            if p.kind not in self.part:
                continue
            n = _size(report.norm[p.body_start : p.end])
            found.append(p)
            size += n
            if ctx.explain:
                notes.append(f"「{p.label}」正文{n}字（第{report.line_of(p.start)}行）")
        if not found:
            if ctx.explain:
                seen = "、".join(f"「{p.label}」" for p in report.parts if p.heading) or "无"
                notes.append(f"没有识别为该部分的标题；识别到的一级标题：{seen}")
            return Outcome("fail", 0.0, [], "缺少该部分", notes)
        part = found[0]
        label = "".join(f"「{p.label}」" for p in found[:2]) + (f"等{len(found)}个部分" if len(found) > 2 else "")
        hit = Hit(part.start, part.body_start if part.body_start > part.start else part.start + 1)
        shown = [hit]
        opening = _opening(report.norm, part) if part.body_start > part.start else None  # (an unheaded part: quoted from its text)
        if opening is not None:  # (the body's first line beside its heading: what the part says, not only its title)
            shown.append(opening)
        if size < self.min_chars:
            return Outcome("fail", 0.0, shown, f"{label}内容过少（{size}字，至少{self.min_chars}字）", notes)
        generic = _generic_rx(tuple(self.generic))
        lists = _generic_rx(tuple(self.generic_lists))
        whole = _generic_rx(tuple(self.generic_sentences))
        statements = clauses = 0
        cue_starts = ctx.requirement_spans()[0] if self.requirements else []
        if self.requirements and (planned := ctx.plan_sentence_starts()):
            cue_starts = sorted(cue_starts + planned)  # a work plan's sentence (持续推进……，进一步……) likewise
        source = "".join(compact(report.norm[q.body_start : q.end]) for q in report.parts if q.kind in self.copied_from)
        for p in found:
            body = _without_unit_lines(report.norm[p.body_start : p.end])
            if source:
                body = _without_copies(body, source)
            required = _compact_offsets(body, [c - p.body_start for c in cue_starts if p.body_start <= c < p.end])
            particular, every = _statements(body, generic, lists, required, whole)
            statements += particular
            clauses += every
        said = "套话、要求或计划" if self.requirements else "套话"  # (a plan part is no less a plan for its plans)
        if statements < self.min_statements:
            return Outcome(
                "fail", 0.0, shown,
                f"{label}内容空泛：" + (f"只有{statements}句不是{said}" if statements else f"都是{said}，没有一句具体内容")
                + f"（至少需要{self.min_statements}句具体内容）",
                notes,
            )
        if self.max_generic_share is not None and clauses and (clauses - statements) / clauses > self.max_generic_share:
            share = round(100 * (clauses - statements) / clauses)
            most = f"{100 * self.max_generic_share:g}"
            return Outcome("fail", 0.0, shown, f"{label}内容空泛：{share}%的分句是{said}（上限{most}%），没有写做了什么", notes)
        return Outcome("pass", 1.0, shown, f"{label}正文{size}字", notes)


def _opening(norm: str, part) -> Hit | None:
    """Where the first line of ``part``'s body after its heading's line starts (white space skipped), or
    None when the body is empty or starts on the heading's line (一、……。全年……: quoted with it)."""
    at = norm.find("\n", part.start, part.end)
    while 0 <= at < part.end:
        at += 1
        while at < part.end and norm[at] in " \t\u3000":
            at += 1
        if at < part.end and norm[at] != "\n":
            return Hit(at, at + 1)
        at = norm.find("\n", at, part.end)
    return None


def _without_unit_lines(body: str) -> str:
    """``body`` with every line that is a unit's name alone (某乡人民政府: an undated signature left
    in the last part) blanked with spaces (same length): no statement."""
    if "\n" not in body.rstrip():
        return body
    lines = body.split("\n")
    for i, line in enumerate(lines):
        if line.strip() and is_org(line.strip()):
            lines[i] = " " * len(line)
    return "\n".join(lines)


def _without_copies(body: str, source: str) -> str:
    """``body`` with every sentence of at least :data:`_COPY_MIN` characters that ``source`` (compact text) holds word for
    word blanked with spaces (same length): it says nothing of its own (``copied_from``)."""
    out = body
    for m in _SENTENCE.finditer(body):
        if m.end() - m.start() < _COPY_MIN:
            continue  # (too short with its white space, shorter without)
        sentence = compact(m.group())
        if len(sentence) >= _COPY_MIN and sentence in source:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


_COPY_MIN = 12
_SEPARATORS = "，,、。；;：:！!？?"  # what ends a clause, besides a line end
_SENTENCE_ENDS = "。；;！!？?\n"
_SENTENCE_END = re.compile(f"[{_SENTENCE_ENDS}]")
_SENTENCE = re.compile(f"[^{_SENTENCE_ENDS}]+")  # (a sentence between them: _without_copies)
_SPACE = re.compile(r"[^\S\n]")  # what str.split() cuts at (re's \s is str.isspace), but line ends
_LONG_LINE = re.compile(r"[^\n]{6,}")  # a clause of 6 characters or more (one match a line)


@functools.lru_cache(maxsize=64)
def _generic_rx(patterns: tuple[str, ...]):
    """``generic`` as one multiline pattern for :func:`_statements` (None without patterns).

    The patterns that open with ^ (a whole clause: ^……$) share one ^ in front of them: the
    standard library tries every alternative at every offset, and one ^ fails at once where
    no line starts.  Where a match starts (all :func:`_statements` reads) is the same."""
    if not patterns:
        return None
    anchored, rest = [], []
    for p in patterns:
        if _opens_line(p):
            anchored.append(p[1:])
        else:
            rest.append(f"(?:{p})")
    if anchored:
        rest.insert(0, "^(?:" + "|".join(f"(?:{p})" for p in anchored) + ")")
    return compile_fast("|".join(rest), multiline=True)


def _opens_line(pattern: str) -> bool:
    """Whether every match of ``pattern`` opens with its ^: it starts with one, and no | outside
    brackets or a group ends that first alternative (^a|b)."""
    if not pattern.startswith("^"):
        return False
    depth = 0
    in_class = False
    escaped = False
    for i, c in enumerate(pattern):
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:  # (a ] first in the class, or after its ^, is one of its characters)
            in_class = c != "]" or pattern[i - 1] == "[" or pattern[i - 2 : i] == "[^"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return False
    return True


def _compact_offsets(body: str, offsets: list[int]) -> list[int]:
    """Where the (ordered) ``offsets`` of ``body`` are in the text :func:`_statements` reads
    (each line without its white space): each less the white space before it but line ends."""
    if not offsets:
        return offsets
    spaces = [m.start() for m in _SPACE.finditer(body)]
    return [at - bisect_left(spaces, at) for at in offsets]


# opening a paragraph or a clause: （三） 1. 三是
_ITEM_NUMBER = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．](?!\d)|[一二三四五六七八九十]{1,2}是)", re.M)


def _blank_lines(m: re.Match) -> str:
    """As many line ends as ``m`` has characters (the offsets kept)."""
    return "\n" * len(m.group(0))


def _statements(body: str, generic, lists=None, required=(), whole=None) -> tuple[int, int]:
    """(particular, all): the clauses of at least 6 non-space characters in ``body``, and
    those of them that neither ``generic`` finds nor ``lists`` finds in their list (both
    from :func:`_generic_rx`, or None), nor lie from a requirement cue to its sentence's end
    (``required``: the cues' offsets, in ``body`` without its white space) without a count,
    nor from a match of ``whole`` (likewise, or None; found in the sentences) to its sentence's end.

    With white space removed and every clause on a line of its own, ^ and $ (multiline) are
    a clause's ends, and the generic words are looked for once in the whole text, not once
    per clause; ``lists`` likewise in the same text with each list on one line (its 、 kept)."""
    listed = "\n".join(["".join(line.split()) for line in body.split("\n")])  # a line: a paragraph
    sentences = listed
    for sep in _SEPARATORS:
        if sep != "、" and sep in listed:
            listed = listed.replace(sep, "\n")
    # one character for one: the same offsets, where listed keeps the 、 between items
    text = listed.replace("、", "\n") if "、" in listed else listed
    every = len(_LONG_LINE.findall(text))
    if (generic is None and lists is None and not required and whole is None) or not every:
        return every, every
    size = len(text)
    generic_lines: set[int] = set()  # their starts

    def mark(i: int) -> int:
        """Note the line of ``text`` holding offset ``i`` when it is a clause; the offset after it."""
        start = text.rfind("\n", 0, i) + 1
        end = text.find("\n", i)
        end = size if end < 0 else end
        if end - start >= 6:
            generic_lines.add(start)
        return end

    # (a number is none of its words: （三）持续规范执法行为 and 三是持续规范执法行为 are the slogan 持续规范执法行为 — looked for without
    # it, the clause counted with it)
    bare = _ITEM_NUMBER.sub(_blank_lines, text) if generic is not None else text
    bare_lists = _ITEM_NUMBER.sub(_blank_lines, listed) if lists is not None else listed  # (二是依法行政、依法办事水平……)
    for rx, lines in ((generic, bare), (lists, bare_lists)):
        if rx is None:
            continue
        pos = 0
        while pos < size:
            m = rx.search(lines, pos)
            if m is None:
                break
            # the clause (or every clause of the list) holding the match is decided
            end = lines.find("\n", m.start())
            end = size if end < 0 else end
            at = lines.rfind("\n", 0, m.start()) + 1
            while at < end:
                at = mark(at) + 1
            pos = end + 1
    stop = -1
    for cue in required:  # the sentence from the cue on, but the clauses that report a count
        if cue < stop:
            continue  # (a later cue of a sentence already taken)
        m = _SENTENCE_END.search(sentences, cue)
        stop = m.start() if m else size
        at = text.rfind("\n", 0, cue) + 1
        while at < stop:
            end = text.find("\n", at)
            end = size if end < 0 else end
            if not (REPORTED.search(text, at, end) and not TARGET.search(text, at, end)):
                mark(at)
            at = end + 1
    if whole is not None:  # the sentence from the match on, every clause of it
        for m in whole.finditer(sentences):
            end = _SENTENCE_END.search(sentences, m.start())
            stop = end.start() if end else size
            at = text.rfind("\n", 0, m.start()) + 1
            while at < stop:
                at = mark(at) + 1
    return every - len(generic_lines), every


def _size(text: str) -> int:
    """``len(compact(text))``: the characters that are not white space.

    Counted from ``str.split()``, which cuts at the same white space as the regex's
    ``\\s`` except U+001C–U+001F (str.isspace is true for those; they are not
    printable) — ≈ 2× faster than removing the white space with the regex.
    """
    if not text.isprintable() and ("\x1c" in text or "\x1d" in text or "\x1e" in text or "\x1f" in text):
        return len(compact(text))
    return sum(map(len, text.split()))

