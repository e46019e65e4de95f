"""The matcher's and the rule kinds' short cuts decide exactly what the plain algorithms decide.

Each faster form (regexes searched only in windows around the words they need, scope and
citation tests by bisection, near words looked for in the window only, duplicates by
splitting, figures searched only in scope, numbering with a stack, part sizes by
str.split) is compared here with the plain algorithm it replaced, on generated texts
made of the characters and words the short cuts depend on.
"""

from __future__ import annotations

import re
from bisect import bisect_right

import pytest
import regex
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from scorer.kinds.base import shown_apart
from scorer.kinds.duplicates import DuplicatesRule, _joined, _trimmed_repeat, _widened
from scorer.kinds.figures import DEFAULT_UNITS, FiguresRule, _figure_pattern, _figures_within
from scorer.kinds.numbering import _cn, _groups, _label
from scorer.kinds.part import _size
from scorer.kinds.phrases import PhrasesRule
from scorer.matching import Context, Hit, PatternTimeout, compile_pattern, scope_kinds
from scorer.patterns import PatternSet, plan
from scorer.normalize import compact
from scorer.parse import parse

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HEADER = {"id": "r", "title": "测试", "category": "测试", "weight": 1, "basis": "测试依据", "message": "请补充。"}

# --- regexes searched near the words they need ------------------------------------------

PATTERNS = [
    "人大.{0,12}(监督|建议)",
    "(监督|建议).{0,5}人大",
    "人大.{0,3}监督",
    "接受.{0,4}(人大|政协)",
    "(?<!副)(?:局长|县长)",
    "法律(?!顾问)顾",
    "(?<=人大)代表.{0,2}建议",
    "代表(?=.{0,3}建议)",
    "原因(主要)?(是|在于)",
    "裁量权?基准",
    "人大[、，]?\\s*监督",  # unbounded: searched from the first occurrence to the last
    "啊啊",
    "(啊啊|啊)啊.{0,2}人",
    "啊啊.{0,2}人",  # starts with a word that overlaps itself: tried at each occurrence
    "人大(?!监督)[、，]?代表",
    "建议.{0,30}建议",
    "人.{0,1}大",
]
WORDS = ["人大", "政协", "监督", "建议", "接受", "局长", "副局长", "县长", "法律顾问", "法律顾", "代表", "原因是",
         "原因主要在于", "裁量基准", "裁量权基准", "啊", "啊啊", "，", "、", "\n", " ", "《", "》", "x"]  # fmt: skip


def _filler(n: int) -> str:
    return "填" * n


texts = st.lists(
    st.one_of(st.sampled_from(WORDS), st.integers(0, 400).map(_filler)),
    max_size=40,
).map("".join)


@given(texts)
@SETTINGS
def test_windows_find_what_the_regex_finds(text):
    # long fillers put occurrences far apart: separate windows, joined windows, lone ones
    ctx = Context(parse(text), patterns=PatternSet(PATTERNS))
    for p in PATTERNS:
        want = [Hit(*m.span()) for m in compile_pattern(p).finditer(ctx.report.norm)]
        assert ctx.find(compile_pattern(p)) == want, p
        assert ctx.hits(p) == want, p
    assert [h for hits in ctx.found(PATTERNS) for h in hits] == [h for p in PATTERNS for h in ctx.hits(p)]


def _occurrences(text: str, word: str) -> list[int]:
    """Where every occurrence of ``word`` ends, overlapping ones too, by str.find."""
    out, i = [], text.find(word)
    while i >= 0:
        out.append(i + len(word) - 1)
        i = text.find(word, i + 1)
    return out


@given(st.lists(st.sampled_from(WORDS + ["\ud800", "😀", "\udfff"]), max_size=40).map("".join))
@SETTINGS
def test_the_scan_finds_every_occurrence_of_every_word(text):
    # the automaton reports character offsets, also after characters beyond the BMP and
    # around lone surrogates (which UTF-8 cannot encode)
    ps = PatternSet(PATTERNS + ["啊啊啊", "副局长"])
    want = {w: _occurrences(text, w) for w in ps.words}
    assert ps.ends(text) == {w: e for w, e in want.items() if e}


def test_a_bounded_catastrophic_regex_still_times_out_in_its_windows():
    slow = "(?:a|aa){0,60}b"  # bounded, so searched in windows around each b
    text = "\n".join(("a" * 60 + "cb" + _filler(600)) for _ in range(3))  # three windows
    ctx = Context(parse(text), patterns=PatternSet([slow]), timeout=0.05)
    with pytest.raises(PatternTimeout):
        ctx.find(compile_pattern(slow))


def test_work_bounds_the_steps_of_a_search_from_one_position():
    # 人, 大, up to 3 of any (3 steps, 4 ways on), then 监 and 督 once for each way
    assert plan("人大.{0,3}监督").work == 1 + 1 + 3 + 4 + 4
    # a look-around costs its steps but is never backtracked into: one way on
    assert plan("(?<!副)局长").work == 1 + 1 + 1
    assert plan("(?:a|aa){0,60}b").work > 10**12 - 1  # exponential: capped, so always time-limited
    assert plan("人大.*监督").work is None  # unbounded
    # words: only those that begin one another match at one place (a, ab, abc: three ways on)
    assert plan("(?:a|ab|abc)x").work == (1 + 2 + 3) + 3 * 1
    assert plan("(?:处罚|执法|许可)x").work == 6 + 1


def test_lead_is_the_text_every_match_starts_with():
    assert plan("(?<!副)局长.{0,3}主持").lead == "局长"
    assert plan("法律(?!顾问)顾").lead == "法律顾"  # look-arounds match no text
    assert plan("(?:局长|县长)主持").lead is None
    assert plan("人大|政协").lead is None


def test_a_tiny_time_limit_still_applies_to_bounded_windows():
    # at the end of a report's budget the limit can be below what even a bounded search may
    # take: then the windows are searched with it (and time out), not without it
    text = _filler(500) + "人大常委会监督" + _filler(500) + "人大代表建议" + _filler(500)
    for p in ["人大.{0,12}(监督|建议)", "(监督|建议).{0,5}人大"]:
        ctx = Context(parse(text), patterns=PatternSet([p]), timeout=1e-12)
        with pytest.raises(PatternTimeout):
            ctx.find(compile_pattern(p))


def test_windows_run_with_re_only_where_it_means_what_regex_means():
    from scorer.patterns.sets import _as_re

    assert _as_re("(?<!副)(?:局长|县长).{0,3}[^，。]") is not None
    assert _as_re("人大[、，]?\\s*监督") is None  # \s differs between re and regex
    assert _as_re("[\\d.]+件") is None
    assert _as_re("执法[^。；;\\n]{0,8}公示") is not None  # \n means the same in both
    assert _as_re("(?<!村委|村委会)主任") is None  # a look-behind of variable width: regex only
    ps = PatternSet(PATTERNS)
    assert sum(entry[-1] is not None for entry in ps.plans.values()) >= 5  # the windows of these run with re


@pytest.mark.parametrize("timeout", [0.05, 1.0])
def test_windows_with_a_small_work_bound_find_the_same_without_the_time_limit(timeout):
    text = "\n".join(f"第{i}段人大常委会监督{_filler(i * 97)}建议人大" for i in range(30))
    patterns = ["人大.{0,12}(监督|建议)", "(监督|建议).{0,5}人大"]
    ctx = Context(parse(text), patterns=PatternSet(patterns), timeout=timeout)
    for p in patterns:
        assert ctx.find(compile_pattern(p)) == [Hit(*m.span()) for m in compile_pattern(p).finditer(ctx.report.norm)]


# --- scope and citations by bisection ------------------------------------------------------

HEADINGS = ["一、主要举措和成效", "二、存在的不足和原因", "三、下一年度工作计划", "党政主要负责人履行第一责任人职责情况", "其他"]
LINES = ["聘请法律顾问。", "引用《法律顾问工作规定》。", "", "某局", "2024年3月1日", "主要负责人主持会议，研究部署。"]
reports = st.lists(st.sampled_from(HEADINGS + LINES), max_size=14).map(lambda lines: "标题\n" + "\n".join(lines) + "\n")
SCOPES = [None, ["measures"], ["shortcomings"], ["all"], ["next_year_plan", "preamble"]]


@given(reports)
@SETTINGS
def test_scope_bounds_agree_with_in_scope(text):
    ctx = Context(parse(text))
    for scope in SCOPES:
        kinds = scope_kinds(scope)
        for headings in (True, False):
            bounds = ctx.scope(kinds, headings)
            for offset in range(len(text) + 1):
                hit = Hit(offset, offset + 1)
                assert ctx.in_scope(hit, kinds, headings=headings) == bool(bisect_right(bounds, offset) & 1)


CITED = ["《", "》", "要", "必须", "法治", "\n", "《规定》", "要求", _filler(3)]


@given(st.lists(st.sampled_from(CITED), max_size=30).map("".join))
@SETTINGS
def test_requirement_cues_outside_citations_by_one_walk(text):
    # the cues kept are those in_citation keeps, tested one by one
    ctx = Context(parse(text))
    spans = [m.span() for m in ctx._requirement_rx.finditer(ctx.report.norm)]
    kept = [s for s in spans if not ctx.in_citation(Hit(*s))]
    assert ctx.outside_citations(spans) == ([s for s, _ in kept], [e for _, e in kept])
    ctx.requirement(Hit(0, 1))
    assert ctx._requirement_cues == ([s for s, _ in kept], [e for _, e in kept])


def _plain_quote(report, hit: Hit, width: int):
    """The evidence snippet as it was first written (kept as the reference)."""
    line = bisect_right(report.line_starts, hit.start)
    ls = report.line_starts[line - 1]
    le = report.line_starts[line] - 1 if line < len(report.line_starts) else len(report.text)
    start = max(ls, hit.start - width // 2)
    end = min(le, max(hit.end, start + width))
    # ... then widened to a clause's punctuation, or the line's start or end, at most 8 characters away
    before = report.text[max(ls, start - 8) : start]
    cuts = [before.rfind(c) for c in "。；;，,：:！!？?、"]
    if max(cuts) >= 0:
        start = start - len(before) + max(cuts) + 1
    elif start - 8 <= ls:
        start = ls
    after = report.text[end : min(le, end + 8)]
    cuts = [after.find(c) for c in "。；;，,：:！!？?、" if c in after]
    if cuts:
        end = end + min(cuts) + 1
    elif end + 8 >= le:
        end = le
    raw = report.text[start:end]
    text = raw.strip()
    offset = hit.start - start - (len(raw) - len(raw.lstrip()))
    if start > ls:
        text, offset = "……" + text, offset + 2
    if end < le:
        text += "……"
    size = min(hit.end, end) - hit.start
    mark = (offset, offset + size) if offset >= 0 and size > 0 and offset + size <= len(text) else None
    return line, text, mark, (hit.start - ls, min(hit.end, le) - ls)


@given(st.lists(st.sampled_from(["法治", " ", "\n", "　", "，", "。", _filler(7), _filler(40)]), min_size=1, max_size=20).map("".join), st.data())
@SETTINGS
def test_evidence_quote_as_first_written(text, data):
    ctx = Context(parse(text))
    size = len(ctx.report.text)
    start = data.draw(st.integers(0, size - 1))
    hit = Hit(start, data.draw(st.integers(start + 1, min(size, start + 60))))
    for width in (24, 36):
        assert ctx._located_quote(hit, width) == _plain_quote(ctx.report, hit, width)


# --- near words in the window only -----------------------------------------------------------

NEAR = ["人主", "主持", "研究", "部署", "组织", "主持研究"]  # 人主 overlaps the hit in 负责人主持
near_texts = st.lists(st.sampled_from(NEAR + ["主要负责人", "《主持》", "，", "\n", "未"] + [_filler(n) for n in (3, 20, 40)]), max_size=25)


@given(near_texts.map(lambda parts: "标题\n一、主要举措和成效\n" + "".join(parts) + "\n"))
@SETTINGS
def test_plain_near_words_decide_as_the_regex_did(text):
    # '主[持]' is the same regex as '主持', but not a plain word: the per-pattern search
    rules = [
        PhrasesRule.model_validate({**HEADER, "kind": "phrases", "patterns": ["主要负责人"], "near": {"patterns": near, "within": 8}})
        for near in (NEAR, [p[0] + "[" + p[1] + "]" + p[2:] for p in NEAR])
    ]
    for explain in (False, True):
        ctx = Context(parse(text), explain=explain)
        plain, regexes = (r.evaluate(ctx) for r in rules)
        assert (plain.status, plain.hits, plain.detail) == (regexes.status, regexes.hits, regexes.detail)


# --- duplicates by splitting -------------------------------------------------------------------


def _old_duplicates(ctx: Context, min_chars: int) -> tuple:
    """The rule as it was: one regex pass over the body (kept as the reference)."""
    clause = r"[^，,。；;：:、！!？?\n“”\"《》()（）]"
    rx = re.compile(r"《[^《》\n]{0,80}》|“[^“”\n]{0,40}”|" + clause + "{%d,}" % min_chars)
    report = ctx.report
    body = report.norm[: report.body_end]
    for h in report.headings:  # a heading is not a sentence (blanked, same length)
        body = body[: h.start] + "\n" * (min(h.end, len(body)) - h.start) + body[h.end :] if h.start < len(body) else body
    first_seen: dict[str, int] = {}
    repeats = []
    for m in rx.finditer(body):
        key = m.group(0)
        if key[0] in "《“":
            continue
        if " " in key or not key.isprintable():
            key = regex.sub(r"\s+", "", key)
            if len(key) < min_chars:
                continue
        if key in first_seen:
            repeats.append((m.start(), m.end(), first_seen[key]))
        else:
            first_seen[key] = m.start()
    if not repeats:
        notes = [f"检查了{len(first_seen)}个不少于{min_chars}字的分句"] if ctx.explain else []
        return "pass", [], "没有重复语句", notes
    repeats = [_trimmed_repeat(body, *r) for r in repeats]  # (each copy without white space at its ends, likewise)
    repeats = _joined(report.norm, repeats)  # (the same joining of a sentence's clauses, under test elsewhere)
    repeats = [_widened(report.norm, *r) for r in repeats]  # (and the same widening for showing, likewise)
    notes = [
        f"第{report.line_of(start)}行「{report.text[start:end].strip()}」与"
        + ("同一行前文" if report.line_of(start) == report.line_of(first) else f"第{report.line_of(first)}行")
        + "重复"
        for start, end, first in (repeats if ctx.explain else repeats[:1])
    ]
    s0, e0, f0 = repeats[0]
    hits = [Hit(f0, min(f0 + e0 - s0, len(report.norm)))] + [Hit(s, e) for s, e, _ in repeats[:2]]
    others: list[int] = []  # (the other repeats' lines, each once)
    for s, _, _ in repeats[1:]:
        if report.line_of(s) not in others:
            others.append(report.line_of(s))
    told = ("；另见" + "、".join(f"第{n}行" for n in others[:3]) + ("等" if len(others) > 3 else "")) if others else ""
    return "fail", hits, f"{len(repeats)}处重复：" + notes[0] + told, notes


CLAUSES = ["专职法制工作人员较少", "专职法制 工作人员较少", "专职法制\t工作人员较少", "专职法制\u3000工作人员较少",
           "执法力量不足问题突出", "短句", "          ", "专职法制工作人员较少了", "\u200b专职法制工作人员较少"]  # fmt: skip
SEPARATORS = list("，,。；;：:、！!？?\n“”\"《》()（）")
dup_texts = st.lists(st.one_of(st.sampled_from(CLAUSES), st.sampled_from(SEPARATORS)), max_size=40).map("".join)


@given(dup_texts, st.sampled_from([4, 10, 12]))
@SETTINGS
def test_duplicates_by_splitting_find_what_the_regex_found(text, min_chars):
    # the clause check alone (whole sentences are a second check, with its own cases)
    rule = DuplicatesRule.model_validate({**HEADER, "kind": "duplicates", "min_chars": min_chars, "min_sentence_chars": 10**6})
    for explain in (False, True):
        ctx = Context(parse(text), explain=explain)
        got = rule.evaluate(ctx)
        assert (got.status, got.hits, got.detail, got.notes) == _old_duplicates(ctx, min_chars)


def _plain_sentences(body: str, min_chars: int) -> list[tuple[int, int, int]]:
    """What duplicates._sentences finds, the plain way: every sentence by a regex, compared
    whole, without its first one to three or its last one to three clauses, or without one to
    four characters opening its first clause, one by one."""
    found = []
    for m in regex.finditer(r"[^。；;！!？?\n]+", body):
        key = regex.sub(r"\s+", "", m.group(0)).replace(",", "，")
        if len(m.group(0)) < min_chars:
            continue
        lead = len(m.group(0)) - len(m.group(0).lstrip())
        found.append((m.start() + lead, m.start() + len(m.group(0).rstrip()), key))
    first_at: dict[str, int] = {}
    pairs = set()  # (repeat, first, the text they share: "" for all of both)
    for i, (_, _, key) in enumerate(found):
        if len(key) < min_chars or ("《" in key and len(re.sub(r"《[^《》\n]{0,80}》", "", key)) < min_chars):
            continue
        if key in first_at:
            pairs.add((i, first_at[key], ""))
        else:
            first_at[key] = i
    for i, (_, _, key) in enumerate(found):
        clauses = key.split("，")
        cut = min(3, len(clauses) - 1)
        for end in ["，".join(clauses[n:]) for n in range(1, cut + 1)] + ["，".join(clauses[:-n]) for n in range(1, cut + 1)]:
            if end in first_at:
                j = first_at[end]
                pairs.add((max(i, j), min(i, j), end))
        # ... and, when it has two clauses or more, without one to four characters opening its first
        for n in range(1, min(4, len(clauses[0]) - 1) + 1):
            end = key[n:]
            if end in first_at and "，" in end.strip("，"):
                j = first_at[end]
                pairs.add((max(i, j), min(i, j), end))

    def shared(k: int, end: str) -> tuple[int, int]:
        # the longer sentence is quoted as the part both share: its first or its last clauses
        start, stop, key = found[k]
        if not end or end == key:
            return start, stop
        kept = [n for n in range(start, stop) if not body[n].isspace()]
        return (kept[0], kept[len(end) - 1] + 1) if key.startswith(end + "，") else (kept[-len(end)], kept[-1] + 1)

    return [(*shared(i, end), shared(j, end)[0]) for i, j, end in sorted(pairs, key=lambda p: (p[0], p[1], len(p[2])))]


SENTENCE_BITS = ["组建服务专员队伍86人", "联系企业412家", "解决用工、融资等问题", "出台清单", "普法12场", "《某某条例》",
                 "，", ",", "。", "；", "\n", " ", "\u3000"]  # fmt: skip


@given(st.lists(st.sampled_from(SENTENCE_BITS), max_size=40).map("".join), st.sampled_from([6, 12, 20]))
@example("，组建服务专员队伍86人，。组建服务专员队伍86人，", 6)  # the longer copy ends as the other: its last clauses
@example("组建服务专员队伍86人，。出台清单组建服务专员队伍86人，", 6)  # another opening, one clause and a stray ，: no copy
@example("组建服务专员队伍86人，联系企业412家。出台清单组建服务专员队伍86人，联系企业412家", 6)  # ... two clauses: a copy
@SETTINGS
def test_sentences_by_splitting_find_what_a_plain_search_finds(body, min_chars):
    from scorer.kinds.duplicates import _sentences

    assert _sentences(body, min_chars) == _plain_sentences(body, min_chars)


# --- figures searched in scope only ------------------------------------------------------------

FIGURE_BITS = ["3", "12", ".", "5", " ", "\n", "件", "人次", "万", "余", "个工作日", "%", "第", "〔", "2023年", "，", "《", "》",
               "一、主要举措和成效\n", "二、存在的不足和原因\n", "三、下一年度工作计划\n", "\u0663",
               "十", "二", "两", "百", "一", "〇", "事", "项"]  # fmt: skip


@given(
    st.lists(st.sampled_from(FIGURE_BITS + ["G5", "G"]), max_size=40).map("".join),
    st.lists(st.integers(0, 60), max_size=6),
    st.sampled_from([DEFAULT_UNITS, ("件", "G5", "次")]),  # a unit with a digit: a figure inside a figure
)
@example("3 件", [0, 2], DEFAULT_UNITS)  # a figure running out of the range
@example("3 G5次", [2, 6], ("件", "G5", "次"))  # one running into it
@example("两件事", [0, 2], DEFAULT_UNITS)  # a look-ahead past the range (两件事 is no figure)
@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_figures_within_ranges_are_those_of_a_whole_text_search(text, cuts, units):
    ctx = Context(parse(text))
    bounds = sorted(set(min(c, len(text)) for c in cuts))
    bounds = bounds[: len(bounds) // 2 * 2]  # [start, end, start, end, …]
    rx = _figure_pattern(units)
    want = [
        Hit(*m.span())
        for m in rx.finditer(ctx.report.norm)
        if any(bounds[k] <= m.start() < bounds[k + 1] for k in range(0, len(bounds), 2))
    ]
    assert _figures_within(ctx, rx, units, bounds) == want


@given(st.lists(st.sampled_from(FIGURE_BITS), max_size=60).map(lambda bits: "标题\n" + "".join(bits)))
@SETTINGS
def test_figures_in_scope_are_those_of_a_whole_text_search(text):
    rule = FiguresRule.model_validate({**HEADER, "kind": "figures", "min_count": 2})
    ctx = Context(parse(text))
    kinds = scope_kinds(None, default="measures")
    want = [
        Hit(*m.span())
        for m in _figure_pattern(DEFAULT_UNITS).finditer(ctx.report.norm)
        if ctx.in_scope(Hit(*m.span()), kinds) and not ctx.in_citation(Hit(*m.span()))
    ]
    got = rule.evaluate(ctx)
    assert got.hits == shown_apart(ctx, want)  # (the quoting's choice among them: close ones quoted once)
    assert got.detail.startswith(f"{len(want)}个带单位的数据")


# --- numbering with a stack ----------------------------------------------------------------------

MARKERS = ["一、", "二、", "四、", "（一）", "（二）", "（三）", "1.", "2.", "3.", "（1）", "（2）", "第一部分", "第三部分", ""]
TITLES = ["加强监督", "一是建立台账。二是完善流程。", "存在的不足", "下一步工作安排"]


def _old_groups(headings) -> tuple[dict, dict]:
    """Groups of numbered headings as they were found: each heading's parent and level-1
    heading by looking back (kept as the reference)."""
    groups: dict = {}
    top_of: dict = {}
    for i, h in enumerate(headings):
        parent = next((j for j in range(i - 1, -1, -1) if headings[j].level < h.level), -1)
        top = next((j for j in range(i, -1, -1) if headings[j].level == 1), -1)
        if h.value is not None:
            groups.setdefault((parent, h.level), []).append(i)
            top_of.setdefault((parent, h.level), top)
    return groups, top_of


@given(st.lists(st.tuples(st.sampled_from(MARKERS), st.sampled_from(TITLES)), max_size=20))
@SETTINGS
def test_numbering_groups_headings_as_before(lines):
    text = "某局2023年度报告\n" + "\n".join(m + t for m, t in lines) + "\n"
    headings = parse(text).headings
    assert _groups(headings) == _old_groups(headings)
    assert list(_groups(headings)[0]) == list(_old_groups(headings)[0])  # same order too


def _old_label(style: str, n: int) -> str:
    return {
        "cn": f"{_cn(n)}、",
        "part": f"第{_cn(n)}部分",
        "cn_paren": f"（{_cn(n)}）",
        "num": f"{n}.",
        "num_paren": f"（{n}）",
        "enum": f"{_cn(n)}是",
    }.get(style, str(n))


def test_labels_are_written_as_before():
    beyond = {"cn": "120、", "part": "第120部分", "cn_paren": "（120）", "num": "120.", "num_paren": "（120）", "enum": "120是", "plain": "120"}
    for style, expected in beyond.items():
        for n in range(100):  # the parser reads numbers up to 99 (九十九)
            assert _label(style, n) == _old_label(style, n)
        # beyond, no Chinese numerals (the old code wrote 十十 for 100 and raised
        # IndexError from 110): Arabic digits, never an exception
        assert _label(style, 120) == expected


# --- part sizes by str.split ----------------------------------------------------------------------


def test_str_split_cuts_at_the_regex_white_space_and_at_u001c_u001f():
    every = "".join(map(chr, range(0x110000))).encode("utf-8", "surrogatepass").decode("utf-8", "replace")
    regex_space = set(regex.findall(r"\s", every))
    str_space = {c for c in every if c.isspace()}
    assert str_space - regex_space == set("\x1c\x1d\x1e\x1f")
    assert regex_space <= str_space
    assert not any(c.isprintable() for c in "\x1c\x1d\x1e\x1f")


@given(st.text(alphabet=st.sampled_from(list("法治 \t\n\r\u3000\xa0\x1c\x1d\x1e\x1f\u200b\u2028x")), max_size=60))
@settings(max_examples=300, deadline=None)
def test_part_size_is_the_compacted_length(text):
    assert _size(text) == len(compact(text))


# --- generic clauses: the alternatives that open a line share one ^ --------------------------------

GENERIC = ["^回顾(?:一年来|全年)的?工作$", "^(?:进一步)?加强[^\n]{0,6}建设$", "持续", "内设(?<=^内设)", "^总结|经验$",
           "^[]|]会", "^(?:主要|是)?不够高$", r"^\(一\)"]  # fmt: skip
GENERIC_BITS = ["回顾", "一年来", "全年", "工作", "进一步", "加强", "队伍", "建设", "持续", "内设", "总结", "经验", "]", "|",
                "会", "主要", "是", "不够高", "(一)", "，", "。", "；", "、", "\n", " ", "x"]  # fmt: skip


@given(
    st.lists(st.sampled_from(GENERIC_BITS), max_size=50).map("".join),
    st.lists(st.sampled_from(GENERIC), min_size=1, max_size=6, unique=True),
    st.lists(st.sampled_from(GENERIC), max_size=3, unique=True),
)
@example("总结工作经验\n回顾全年工作", ["^总结|经验$"], [])  # ^a|b: b is not held to a line's start
@example("会议，]会", ["^[]|]会"], [])  # a ] first in its class: the | is one of its characters
@SETTINGS
def test_generic_clauses_with_one_shared_caret_are_those_of_the_plain_alternation(body, generic, lists):
    from scorer.kinds.part import _generic_rx, _statements

    def plain(patterns):
        return re.compile("|".join(f"(?:{p})" for p in patterns), re.M) if patterns else None

    assert _statements(body, _generic_rx(tuple(generic)), _generic_rx(tuple(lists))) == _statements(body, plain(generic), plain(lists))


def test_only_a_caret_that_every_match_opens_with_is_shared():
    from scorer.kinds.part import _opens_line

    assert _opens_line("^(?:a|b)c") and _opens_line("^[|]a") and _opens_line("^[]|]a") and _opens_line(r"^a\|b")
    assert not _opens_line("^a|b") and not _opens_line(r"^\(a|b") and not _opens_line("^[a](b)|c") and not _opens_line("a^")


# --- duplicates: sentences apart from the clauses found, and a sentence's bounds, by lookup -------


@given(st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=8), st.lists(st.tuples(st.integers(0, 40), st.integers(1, 12)), max_size=8))
@SETTINGS
def test_sentences_apart_from_the_clauses_found_by_lookup_are_those_by_comparison(found, others):
    from scorer.kinds.duplicates import _apart

    found = [(a, a + n, 0) for a, n in found]
    others = [(a, a + n, 0) for a, n in others]
    assert _apart(found, others) == [r for r in others if not any(a < r[1] and r[0] < b for a, b, _ in found)]


@given(st.lists(st.sampled_from(["由于", "人员不足", "。", "；", "！", "?", "\n", "，", "x"]), max_size=30).map("".join), st.data())
@SETTINGS
def test_a_sentence_giving_a_cause_is_bounded_as_by_every_break(body, data):
    from scorer.kinds.duplicates import _SENTENCE_BREAKS, _gives_cause

    start = data.draw(st.integers(0, len(body)))
    end = data.draw(st.integers(start, len(body)))
    cause = regex.compile("由于")
    lo = max(body.rfind(c, 0, start) for c in _SENTENCE_BREAKS) + 1
    ends = [i for i in (body.find(c, end) for c in _SENTENCE_BREAKS) if i >= 0]
    hi = min(ends) if ends else len(body)
    plain = cause.search(body, lo, start) is not None or cause.search(body, end, hi) is not None
    assert _gives_cause(body, start, end, cause) == plain
