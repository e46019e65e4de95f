"""Splitting the report into its top-level parts and classifying each: by heading wording,
by content for a thematic heading, combined headings cut in two, closing parts cut off."""

from __future__ import annotations

import re
from itertools import islice

from ..document import _CLAUSE_BREAKS, Heading, Meta, Part
from ..vocabulary import ACTED_ON, BODY_BEFORE_YEAR, LEADER_TITLES, REPORTED, Compiled
from .dates import YEAR_TEXT, year_value, years_in
from .markers import _LEAD_IN, _classify_heading, marker_length

# (not 将 as 把, what is put in or made something, 并将法治政府建设纳入……考核; nor a plan as a thing, 纳入……年度工作计划)
_PLAN_CUES = re.compile(r"将(?![^，,。；;\n]{0,20}?(?:纳入|列入|作为|列为))|计划(?<![作度]计划)|拟|下一步|继续|进一步|持续|力争|着力")
_FUTURE_WORDS = re.compile(r"明年|下一年|下一步")
# a count set as a target in its clause (力争培训4次, 不少于20场), not one of work done
_TARGET_CUES = re.compile(r"将|计划|拟|力争|确保|争取|预计|不少于|不低于|至少|达到")


def _split_parts(
    norm: str, headings: list[Heading], body_end: int, meta: Meta, vocab: Compiled, top_level: int
) -> list[Part]:
    """The top-level parts: one per heading of the report's highest numbered level (第X部分
    chapters when there are any, else 一、, ...) and per unnumbered part heading; the
    headings below them are the parts' inner structure."""
    if not headings:
        return _without_headings(norm, body_end, meta, vocab) if norm[:body_end].strip() else []
    tops = [h for h in headings if h.level == top_level]
    if not tops:  # numbered from （一） or 1. down, with no part heading above them
        if _plan_items_only(norm, headings[0].start, meta.year, vocab):
            return _without_headings(norm, body_end, meta, vocab)
        top_level = min(h.level for h in headings)
        tops = [h for h in headings if h.level == top_level]
    elif headings[0] is not tops[0] and (tops[0].style == "plain" or tops[0].value == 2 and headings[0].value == 1):
        # numbered items before the first unnumbered part heading: the report's first part
        # (its measures, unheaded), item by item, as when no part heading is above them; so are items from （一） before
        # parts numbered from 二、, part 一's with its heading left out (……一年来，主要做了以下几方面工作： / （一）…… / 二、存在的问题)
        before = headings[: headings.index(tops[0])]
        lead = min(h.level for h in before)
        tops = [h for h in before if h.level == lead] + tops
    parts: list[Part] = []
    if tops[0].start > 0:
        parts.append(Part("preamble", None, 0, 0, tops[0].start))
    for i, h in enumerate(tops):
        end = tops[i + 1].start if i + 1 < len(tops) else body_end
        parts.append(Part("", h, h.start, h.end, max(end, h.end)))
    # 1) wording of the heading
    worded: list[str | None] = []
    for p in parts:
        if p.heading is None:  # the preamble
            worded.append("preamble")
            continue
        title = norm[p.heading.start : p.heading.end]  # normalised (and simplified) wording
        kind = _classify_heading(title, vocab)
        years = years_in(title)
        if kind == "next_year_plan" and meta.year and vocab.done.search(title):
            # "2023年计划完成情况" reports last year's work: the plan wording names what was
            # carried out.  Plan wording alone makes a plan whatever its year.
            if not years or all(y <= meta.year for y in years):
                kind = "measures"
        elif kind in (None, "measures") and meta.year and years and all(y > meta.year for y in years):
            kind = "next_year_plan"  # 2024年主要举措 in a report on 2023: what is to come
        worded.append(kind)
    # 1b) a heading read as the plan only for its year's lead-in (一、2023年，我局重点从以下五个方面推进法治政府建设：), the year
    #    the report's or earlier and the shortcomings still to come, reports that year's work: its measures
    if meta.year:
        for i, (p, kind) in enumerate(zip(parts, worded)):
            if kind != "next_year_plan" or "shortcomings" not in worded[i + 1 :]:
                continue
            title = norm[p.heading.start : p.heading.end]
            years = years_in(title)
            if years and all(y <= meta.year for y in years) and _classify_heading(_A_YEAR.sub("", title), vocab) != "next_year_plan":
                worded[i] = "measures"
    # 2) a plan-worded heading of two clauses is a thematic one (明确工作安排，狠抓责任落实):
    #    its content decides, as for any thematic heading (a real plan's body is about next year)
    for i, (p, kind) in enumerate(zip(parts, worded)):
        if kind != "next_year_plan":
            continue
        title = norm[p.heading.start : p.heading.end]
        lead_in = _LEAD_IN.match(title.strip()) is not None or _opens_next_year(title[marker_length(title) :], meta.year)
        if not lead_in and meta.year:
            # (or one whose last clause names a later year and what is to come: 三、步子再稳一些，2026年我们这样干)
            last = _CLAUSE_SPLIT.split(title)[-1]
            lead_in = any(y > meta.year for y in years_in(last)) and _classify_heading(last, vocab) == "next_year_plan"
        if not _CLAUSE_BREAKS.isdisjoint(title) and not lead_in:
            # (not a line leading into the plan's items, 下一步，我们将着力抓好以下几项工作, nor one opening on a later year
            # and what is to come, 2026年，我局将围绕以下重点持续用力)
            worded[i] = None
    # 3) a thematic heading (一、全面加强党的领导): its own content decides. Written in the
    #    future tense about a later year, it is the plan; otherwise it reports measures. After
    #    the shortcomings (the regulation's order), any wording of what is to come makes it the
    #    plan (三、持续推进法治建设 / 一是继续……).
    after_shortcomings = False
    openers = [rx for kind, rx in vocab.openers if kind in ("shortcomings", "next_year_plan")]
    for p, kind in zip(parts, worded):
        if kind is None:
            if after_shortcomings and meta.year and _PLAN_CUES.search(norm, p.body_start, p.end):
                kind = "next_year_plan"
            elif meta.year and p.heading is not None and _names_later_years(norm[p.heading.start : p.heading.end], meta.year):
                kind = "next_year_plan"  # (a heading naming only a later year, 二、着眼2024：: what is to come)
            else:
                # (judged up to a paragraph that opens the shortcomings or the plan without a heading: 但也要看到，
                # ……还有不小差距：…… / 下一步，我乡将……, which _closing_parts cuts off)
                cut = min((at for rx in openers if (at := _paragraph_opening(norm, rx, p.body_start, p.end)) is not None), default=p.end)
                kind = _thematic_kind(norm[p.body_start : cut], meta.year)
        elif kind in ("shortcomings", "measures") and after_shortcomings and _opens_next_year(norm[p.body_start : p.end], meta.year):
            # 四、锚定短板再发力 / 第三部分 推进法治建设的思路举措 over 2026年，我局将……: a plan after the shortcomings
            kind = "next_year_plan"
        p.kind = kind
        after_shortcomings = after_shortcomings or kind == "shortcomings"
    # 4) a thematic part read as the plan by its content, between thematic measures parts before the
    #    shortcomings (……深化法治宣传：持续……，力争2025年……；加强基层治理：……), is one more measure: a plan
    #    does not come back to last year's work
    for i in range(1, len(parts) - 1):
        if worded[i] is None and parts[i].kind == "next_year_plan" and parts[i - 1].kind == "measures" and parts[i + 1].kind == "measures":
            parts[i].kind = "measures"
    parts = _closing_parts(_split_combined(parts, norm, headings, vocab, meta.year), norm, vocab, meta.year)
    parts = _unheaded_plan(_unheaded_shortcomings(parts, norm, headings, vocab), norm, headings, vocab, meta.year)
    parts = _causes_opening_the_plan(_topics_after_the_leaders(parts, norm), norm, vocab, meta.year)
    found = _plan_in_other_matters(parts, norm, meta.year)
    if found is not parts:  # (a plan found there: the unheaded shortcomings may be cut before it)
        found = _unheaded_shortcomings(found, norm, headings, vocab)
    found = _problems_in_other_matters(found, norm, vocab, meta.year)
    found = _plan_ending_problems(_problems_ending_a_measure(found, norm, headings, vocab, meta.year), norm, headings, vocab, meta.year)
    measures = _measures_in_the_preamble(found, norm, headings, meta.year)
    # (the measures found there may end on the shortcomings written without a heading before the plan: …… / 但也要看到，
    # ……还有一定差距。一是…… / 下一步，我局将重点抓好以下几项工作：)
    return measures if measures is found else _unheaded_shortcomings(measures, norm, headings, vocab)


def _measures_in_the_preamble(parts: list[Part], norm: str, headings: list[Heading], year: int | None) -> list[Part]:
    """The measures written under topic lines the parser does not take for headings (坚持党的领导，把法治建设责任压在
    主要领导肩上。 / 镇党委书记全年主持……), between the opening paragraph and the first part heading (工作中还存在一些
    短板：): when no part is the measures, the preamble's paragraphs after its first one are a part judged by its
    content, as in a report without a single heading (:func:`_without_headings`) — the measures when they read so.  Not
    when headings stand in the preamble (（一）…… （二）…… before 一、存在的问题: the opening's items, as they were)."""
    if len(parts) < 2 or parts[0].kind != "preamble" or any(p.kind == "measures" for p in parts):
        return parts
    preamble = parts[0]
    if headings and headings[0].start < preamble.end:
        return parts
    split = _split_opening(norm, preamble.end, year)
    return split + parts[1:] if split is not None and split[1].kind == "measures" else parts


def _opener_wanted(parts: list[Part], vocab: Compiled, kind: str):
    """The opener of ``kind`` (``openers``) when no part has that kind yet, else None (nothing to look for)."""
    if any(p.kind == kind for p in parts):
        return None
    return dict(vocab.openers).get(kind)


def _past_headings(part: Part, headings: list[Heading]) -> tuple[list[Heading], int]:
    """The headings inside ``part``'s body, and where its text after the last of them starts (its body's start when none)."""
    inner = [h for h in headings if part.body_start <= h.start < part.end]
    return inner, max((h.end for h in inner), default=part.body_start)


def _cut_at(part: Part, at: int, kind: str) -> list[Part]:
    """``part`` cut at ``at``: its own kind up to there, a part of ``kind`` under the same heading from there on."""
    return [Part(part.kind, part.heading, part.start, part.body_start, at), Part(kind, part.heading, at, at, part.end)]


def _headed_between_headed(parts: list[Part], kind: str, headings: list[Heading]):
    """(index, part, where its text after its last sub-heading starts) of each headed part of ``kind`` that a headed part
    follows: a part in the middle of the report, whose last paragraphs may be another kind's."""
    for i, part in enumerate(parts[:-1]):
        if part.kind == kind and part.heading is not None and parts[i + 1].heading is not None:
            yield i, part, _past_headings(part, headings)[1]


def _problems_ending_a_measure(parts: list[Part], norm: str, headings: list[Heading], vocab: Compiled, year: int | None) -> list[Part]:
    """Shortcomings written as the last paragraph of a headed measures part in the middle of the report (二、严格规范执法 /
    …… / 执法工作中也暴露出一些问题。一是……之所以出现这些问题，…… / 三、深化普法宣传): when no part has that kind, the first
    such part is cut at that paragraph when it opens them (``openers``) after the part's last sub-heading and some text of
    its own — and, when no part is the plan, at the first paragraph between its last sub-heading and them that opens the plan
    naming next year or leading into its items (…… / 下一步，街道将重点抓好以下几项工作。一是…… / 同时，…… / 存在的不足是：…… /
    二、……)."""
    rx = _opener_wanted(parts, vocab, "shortcomings")
    if rx is None:
        return parts
    for i, part, floor in _headed_between_headed(parts, "measures", headings):
        at, _ = _last_paragraph(norm, floor, part.end)
        if at <= floor or not norm[floor:at].strip() or _paragraph_opening(norm, rx, at - 1, part.end) is None:
            continue
        cut = _cut_at(part, at, "shortcomings")
        plan_rx = _opener_wanted(parts, vocab, "next_year_plan")
        plan = _plan_paragraph_in(norm, plan_rx, floor, at, year) if plan_rx is not None else None
        if plan is not None:
            cut = _cut_at(cut[0], plan, "next_year_plan") + cut[1:]
        return parts[:i] + cut + parts[i + 1 :]
    return parts


def _unheaded_shortcomings(parts: list[Part], norm: str, headings: list[Heading], vocab: Compiled) -> list[Part]:
    """Shortcomings written without a heading at the end of the measures part (or the principal leaders' part) right
    before a headed plan, or before the leaders' part that precedes it (……（七）自觉接受监督。…… / 对照上级要求，我乡……还存在一些
    差距和不足：一是…… / 三、下一步工作安排):
    when no part has that kind, that part is cut at the first paragraph opening it (``openers``) after its last
    sub-heading, or at its last item when that item's title names them (（八）正视工作中的短板弱项) — what follows is no
    further measure."""
    rx = _opener_wanted(parts, vocab, "shortcomings")
    if rx is None:
        return parts
    for i in range(1, len(parts)):
        plan = parts[i]
        if plan.kind != "next_year_plan" or plan.heading is None:
            continue
        # the part right before the plan, or the measures before the principal leaders' part (and the other matters) that
        # precede it (一、……主要举措和成效 …… 对照……，我区工作还存在一些差距：一是…… / 二、党政主要负责人履行…… / 三、……主要安排;
        # or the plan found in the other matters: …… / 二、党政主要负责人…… / 三、其他需要报告的情况 …… 2026年，我局将……)
        j = i - 1
        while j >= 0 and parts[j].kind in ("measures", "first_responsible", "other"):
            before = parts[j]
            inner, floor = _past_headings(before, headings)
            at = _paragraph_opening(norm, rx, floor, before.end)
            if at is None:
                at = _lead_into_list(norm, rx, inner, before.body_start)
            if at is None:
                item = _item_on_shortcomings(norm, inner, vocab)
                if item is not None and item[1] is not None:
                    # (an item in the middle: ……（七）正视存在的不足。……一是…… / （八）……: the measures go on after it)
                    at, end = item
                    cut = [
                        Part(before.kind, before.heading, before.start, before.body_start, at),
                        Part("shortcomings", before.heading, at, at, end),
                        Part(before.kind, before.heading, end, end, before.end),
                    ]
                    return parts[:j] + cut + parts[j + 1 :]
                at = None if item is None else item[0]
            if at is None:  # (or a sentence of its last paragraph: ……（六）深化普法。……。在肯定成绩的同时，……仍存在一些短板：一是……)
                last, text_end = _last_paragraph(norm, floor, before.end)
                at = _sentence_opening(norm, rx, max(floor, last), text_end, None, looks_back=False)
                if at is None and last > floor and norm[floor:last].strip() and vocab.causes.search(norm, last, text_end):
                    at = last  # (or the whole last paragraph, when it gives the causes of these problems: 一是……。究其原因，……)
            if at is not None:
                # (``at`` is past a line end after the part's body starts, or a sentence's start in its last paragraph: the
                # shortcomings' body is theirs from there)
                return parts[:j] + _cut_at(before, at, "shortcomings") + parts[j + 1 :]
            if before.kind == "measures":
                break
            j -= 1
        return parts
    return parts


# a paragraph opening on a topic, run in (学法用法。……; 规范执法。……), not on the leader's own act or the leader (带头学法。……;
# 亲自部署。……; ……。局长……)
_RUN_IN_TOPIC = re.compile(r"\s*(?![^。\n]{0,8}?(?:带头|亲自))[\u4e00-\u9fff]{2,8}。(?![^。\n]{0,6}?(?:" + LEADER_TITLES + "))")
_RUN_IN_LEAST = 3  # paragraphs so opened, to the part's end


def _topics_after_the_leaders(parts: list[Part], norm: str) -> list[Part]:
    """The year's work written without a heading after the principal leaders' own paragraphs (主要负责人履职情况 / 局主要负责人
    始终把…… / 学法用法。…… / 依法履职。…… / ……): when no part has the measures, the first headed leaders' part is cut
    at its paragraph, after its first, from which every paragraph to its end, at least :data:`_RUN_IN_LEAST` of them,
    opens on a topic (:data:`_RUN_IN_TOPIC`)."""
    if any(p.kind == "measures" for p in parts):
        return parts
    for i, part in enumerate(parts):
        if part.kind != "first_responsible" or part.heading is None:
            continue
        starts, pos = [], part.body_start  # the starts of the part's paragraphs with text
        for line in norm[part.body_start : part.end].split("\n"):
            if line.strip():
                starts.append(pos)
            pos += len(line) + 1
        starts = starts[1:]  # (after its first)
        k = len(starts)
        while k > 0 and _RUN_IN_TOPIC.match(norm, starts[k - 1], part.end):
            k -= 1
        if len(starts) - k >= _RUN_IN_LEAST:
            return parts[:i] + _cut_at(part, starts[k], "measures") + parts[i + 1 :]
        return parts
    return parts


def _causes_opening_the_plan(parts: list[Part], norm: str, vocab: Compiled, year: int | None) -> list[Part]:
    """The causes of the problems written as the first paragraph under the plan's heading, right after the shortcomings
    (三、下步打算 / 造成上述短板的原因，概括起来有三条：其一……。 / 一是……): that paragraph, up to a sentence in it that opens
    the plan (……其三，……。下一步，我镇将……), is the shortcomings', cut from the plan, whose heading keeps the rest (two parts
    of one kind are taken together)."""
    plan_rx = dict(vocab.openers).get("next_year_plan")
    for i in range(1, len(parts)):
        part = parts[i]
        if part.kind != "next_year_plan" or parts[i - 1].kind != "shortcomings" or part.heading is None or part.cut:
            continue
        at = part.body_start
        while at < part.end and norm[at] in " \t\u3000\n":
            at += 1
        line_end = norm.find("\n", at, part.end)
        cut = part.end if line_end < 0 else line_end + 1
        cause = vocab.causes.search(norm, at, min(cut, at + _CAUSE_LEAD))
        if cause is None:
            continue
        opens = _sentence_opening(norm, plan_rx, cause.end(), cut, year, looks_back=False) if plan_rx is not None else None
        cut = opens if opens is not None else cut
        if cut >= part.end:
            continue
        return parts[:i] + [
            Part("next_year_plan", part.heading, part.start, part.body_start, at),
            Part("shortcomings", part.heading, at, at, cut),
            Part("next_year_plan", part.heading, cut, cut, part.end),
        ] + parts[i + 1 :]
    return parts


_CAUSE_LEAD = 12  # characters into a paragraph its cause cue may start (上述问题的产生，; 二〇二三年……造成上述短板的原因)


def _unheaded_plan(parts: list[Part], norm: str, headings: list[Heading], vocab: Compiled, year: int | None) -> list[Part]:
    """A plan written without a heading as the last paragraph of the measures part (or the principal leaders' part) right
    before the headed shortcomings (……（十）……。 / 2026年，我乡将重点抓好以下工作：一是…… / 二、存在的短板): when no part
    has that kind, that part is cut at the paragraph, after its last sub-heading, that opens the plan naming next year or
    leading into its items (see :func:`_plan_paragraph_before`)."""
    rx = _opener_wanted(parts, vocab, "next_year_plan")
    if rx is None:
        return parts
    for i in range(1, len(parts)):
        before = parts[i - 1]
        if parts[i].kind != "shortcomings" or parts[i].heading is None or before.kind not in ("measures", "first_responsible"):
            continue
        _, floor = _past_headings(before, headings)
        at = _plan_paragraph_before(norm, rx, floor, before.end, year)
        if at is None:
            return parts
        return parts[: i - 1] + _cut_at(before, at, "next_year_plan") + parts[i:]
    return parts


def _plan_ending_problems(parts: list[Part], norm: str, headings: list[Heading], vocab: Compiled, year: int | None) -> list[Part]:
    """A plan written without a heading as the last paragraph of a headed shortcomings part that other headed parts follow
    (二、存在的问题 / （一）…… / 造成上述问题的原因…… / 针对上述问题，2026年我局重点抓好三件事：一是…… / 三、主要负责人履职情况):
    when no part has that kind, that part is cut at the paragraph, after its last sub-heading, that opens the plan naming
    next year or leading into its items (see :func:`_plan_paragraph_before`)."""
    rx = _opener_wanted(parts, vocab, "next_year_plan")
    if rx is None:
        return parts
    for i, part, floor in _headed_between_headed(parts, "shortcomings", headings):
        at = _plan_paragraph_before(norm, rx, floor, part.end, year)
        if at is None:  # (or a sentence closing that paragraph: ……说到底，……。针对上述问题，2024年市政府将着重做好四件事：3月底前……)
            at = _plan_sentence_closing(norm, floor, part.end, year)
        if at is not None:
            return parts[:i] + _cut_at(part, at, "next_year_plan") + parts[i + 1 :]
    return parts


def _plan_sentence_closing(norm: str, start: int, end: int, year: int | None) -> int | None:
    """Where a sentence of the last paragraph of ``norm[start:end]`` starts that, after the problems named as its topic or
    not, says what is to come in a later year and leads, after a colon, into what is to be done (针对上述问题，2024年市政府将
    着重做好四件事：3月底前……；6月底前……。; ……将重点做好以下工作：……): the plan closing the paragraph; else None."""
    if year is None:
        return None
    at, text_end = _last_paragraph(norm, start, end)
    for begin, stop in _sentences(norm, max(at, start), text_end):
        if begin == at:
            continue  # (the paragraph's first sentence: _plan_paragraph_before's to judge)
        lead = _PROBLEMS_LEAD.match(norm, begin, text_end)
        sentence = norm[lead.end() if lead else begin : stop if stop >= 0 else text_end]
        if _says_later_year(sentence, year) and _COUNTED_LEAD.search(sentence):
            return begin
    return None


# what is to come in a year named (……县政府将于2026年重点抓好……; a sentence opening on the year, 2026年，我局将重点抓好……,
# or on that year's work as its topic, 关于2026年工作，区政府将重点抓好……)
_A_YEAR = re.compile(YEAR_TEXT + "度?")  # (a heading's year, left out to see what its other words say: see 1b above)
# (or the arrangements for it said to be settled: 关于2026年工作，我局已经研究确定以下安排：)
_LATER_WILL = re.compile(rf"将(?:于|在)?{YEAR_TEXT}|^\s*(?:关于|对于)?{YEAR_TEXT}(?:的?工作[，,])?[，,]?[^，。；;\n]{{0,8}}?(?:将|(?:已经?)?(?:研究)?(?:确定|明确|作出|制定)了?(?:以下|如下)(?:几项|几点)?(?:工作)?(?:安排|打算|计划|部署))")
_NEXT_YEAR_WILL = re.compile(r"\s*(?:明年|(?:在)?新的一年里?|新一年)[，,]?[^，。；;\n]{0,8}?将")  # (a sentence opening on next year in words)


def _says_later_year(sentence: str, year: int) -> bool:
    """Whether ``sentence`` says what is to come in a year later than ``year`` (:data:`_LATER_WILL`: 县政府将于2026年……;
    2026年，我局将……)."""
    will = _LATER_WILL.search(sentence)
    return will is not None and year_value(will.group(1) or will.group(2)) > year


def _plan_in_other_matters(parts: list[Part], norm: str, year: int | None) -> list[Part]:
    """A plan written inside the headed other matters that end the report (四、其他需要报告的情况 / 无其他需要报告的情况。另外，
    ……县政府将于2026年重点抓好以下几项工作：一是……; ……。2026年，我局将重点抓好以下工作：一是……): that part is cut at the sentence saying what is to come in a later year
    (or next year in words: 新的一年，我乡将着力抓好以下工作：一是……) and leading into its items; from there it is a plan part."""
    if year is None or not parts or parts[-1].kind != "other" or parts[-1].heading is None:
        return parts
    last = parts[-1]
    for at, stop in _sentences(norm, last.body_start, last.end):
        sentence = norm[at : stop if stop >= 0 else last.end]
        # (or the next year in words opening it: 新的一年，我乡将着力抓好以下工作：一是……)
        if (_says_later_year(sentence, year) or _NEXT_YEAR_WILL.match(sentence)) and _into_items(norm, sentence, stop):
            return parts[:-1] + _cut_at(last, at, "next_year_plan")
    return parts


def _problems_in_other_matters(parts: list[Part], norm: str, vocab: Compiled, year: int | None) -> list[Part]:
    """Shortcomings written inside the headed other matters that end the report, when no part has that kind (四、其他需要
    报告的情况 / 对照……要求，我局法治政府建设还有一些方面需要改进：一是……): that part is cut at the first sentence that opens
    shortcomings (``openers``, a look back); from there it is a shortcomings part."""
    if not parts or parts[-1].kind != "other" or parts[-1].heading is None:
        return parts
    rx = _opener_wanted(parts, vocab, "shortcomings")
    if rx is None:
        return parts
    last = parts[-1]
    at = _sentence_opening(norm, rx, last.body_start, last.end, year, looks_back=True)
    return parts if at is None else parts[:-1] + _cut_at(last, at, "shortcomings")


def _item_on_shortcomings(norm: str, inner: list[Heading], vocab: Compiled) -> tuple[int, int | None] | None:
    """Where the first item of a part whose title names the shortcomings starts, and where the next item of its level
    starts (None when it is the last: ……（七）提升便民服务水平 / （八）正视工作中的短板弱项; ……（七）正视存在的不足 / （八）……):
    the item is the shortcomings written inside the part; else None.  Not when the title opens on acting on them
    (（八）补齐执法队伍短板: one more measure)."""
    if not inner:
        return None
    top = min(h.level for h in inner)
    items = [h for h in inner if h.level == top]
    for k, item in enumerate(items):
        title = norm[item.start : item.end]
        last = k + 1 == len(items)
        # (in the middle, a title after a measure's, not a clause of a list of problems: 1.执法人员专业能力不足，办案质量不高。 / 2.……)
        if not last and (k == 0 or not _CLAUSE_BREAKS.isdisjoint(title)):
            continue
        if title[marker_length(title) :].lstrip().startswith(ACTED_ON):
            continue
        if _classify_heading(title, vocab) == "shortcomings":
            return item.start, None if last else items[k + 1].start
    return None


def _lead_into_list(norm: str, rx, inner: list[Heading], floor: int) -> int | None:
    """Where the paragraph opening the shortcomings (``rx``) starts when it leads with a colon into a numbered list that
    ends the part, its items read as sub-headings (……我乡工作仍有一些差距和不足： / 1. 部分村干部…… / 2. ……); else None."""
    if not inner:
        return None
    k = len(inner) - 1
    while k > 0 and (inner[k - 1].level, inner[k - 1].style) == (inner[k].level, inner[k].style):
        k -= 1
    if inner[k].value != 1:
        return None
    start = inner[k - 1].end if k > 0 else floor
    line_end = inner[k].start
    while line_end > start and norm[line_end - 1].isspace():
        line_end -= 1
    at = norm.rfind("\n", start, line_end) + 1
    if at <= start or norm[line_end - 1 : line_end] not in ("：", ":"):
        return None
    return _paragraph_opening(norm, rx, at - 1, line_end)


def _paragraph_opening(norm: str, rx, start: int, end: int) -> int | None:
    """Offset of the first paragraph (a line, white space skipped) in ``norm[start:end]`` that ``rx`` matches at its start."""
    at = norm.find("\n", start, end)
    while at >= 0:
        at += 1
        while at < end and norm[at] in " \t\u3000":
            at += 1
        if at < end and rx.match(norm, at, end):
            return at
        at = norm.find("\n", at, end)
    return None


def _closing_parts(parts: list[Part], norm: str, vocab: Compiled, year: int | None) -> list[Part]:
    """Shortcomings and a plan written without headings at the end of the last part (a work
    summary's closing paragraph: ……但也存在一些不足：一是……。下一步，我们将……), or the principal
    leaders' duties after the plan (一年来，局党组书记……) or other matters (另外需要说明的是，……):
    when no part has that kind, the last
    part is cut at the first sentence that opens it (``openers``).  Headed other matters at the end
    (第四部分 其他需要报告的事项) are passed over: the part before them is the one cut."""
    if not parts:
        return parts
    k = len(parts) - 1
    while k > 0 and parts[k].kind == "other" and parts[k].heading is not None and not parts[k].cut:
        k -= 1
    last, tail = parts[k], parts[k + 1 :]
    have = {p.kind for p in parts}
    cuts: list[tuple[int, str]] = []
    floor = last.body_start
    for kind, rx in vocab.openers:
        if kind in have or last.kind not in _CLOSES.get(kind, ("measures", "preamble")):
            continue
        # from the shortcomings (and the leaders' part), only a sentence naming next year opens the plan: 下一步，区政府将
        # 针对上述问题，认真研究解决 is the problems' closing promise, not a plan
        dated = kind == "next_year_plan" and last.kind in ("shortcomings", "first_responsible")
        at = _sentence_opening(norm, rx, floor, last.end, year, looks_back=kind in _LOOKS_BACK, dated=dated)
        if at is not None:
            cuts.append((at, kind))
            floor = at + 1  # the plan comes after the shortcomings
    if len(cuts) == 1 and cuts[0][1] == "shortcomings" and "next_year_plan" not in have:
        # ... or, in the other order, right before them: a paragraph on next year that leads into its items
        # (新的一年，街道将……重点做好三方面工作：一是…… / 当然，对照上级要求，……还存在一些短板：一是……)
        plan = _plan_paragraph_before(norm, dict(vocab.openers).get("next_year_plan"), last.body_start, cuts[0][0], year)
        if plan is not None:
            cuts.insert(0, (plan, "next_year_plan"))
    if len(cuts) == 1 and cuts[0][1] == "next_year_plan" and "shortcomings" not in have and last.kind == "measures":
        # ... or a paragraph right before the plan that gives the causes of "these problems" (一是……；二是……。之所以出现
        # 这些问题，主要是……): the problems, with no lead line of their own
        at, text_end = _last_paragraph(norm, last.body_start, cuts[0][0])
        if at > last.body_start and vocab.causes.search(norm, at, text_end) is not None:
            cuts.insert(0, (at, "shortcomings"))
    if not cuts:
        return parts
    bounds = [last.start] + [at for at, _ in cuts] + [last.end]
    kinds = [last.kind] + [kind for _, kind in cuts]
    out = parts[:k]
    for i, kind in enumerate(kinds):
        body = last.body_start if i == 0 else bounds[i]
        out.append(Part(kind, last.heading, bounds[i], body, bounds[i + 1]))
    return out + tail


def _without_headings(norm: str, body_end: int, meta: Meta, vocab: Compiled) -> list[Part]:
    """The parts of a report without a single heading: its preamble, and when paragraphs open the shortcomings or the plan
    (存在的不足：一是…… / 2026年，我们将重点抓好以下工作：……, :func:`_closing_parts`), the paragraphs between its first one
    (2025年，……现将有关情况报告如下。) and them as a part judged by its content, as a thematic part is (the measures
    written under sentence or unnumbered topic lines the parser does not take for headings)."""
    parts = _closing_parts([Part("preamble", None, 0, 0, body_end)], norm, vocab, meta.year)
    if len(parts) == 1:
        return parts
    split = _split_opening(norm, parts[0].end, meta.year)
    return split + parts[1:] if split is not None else parts


def _split_opening(norm: str, end: int, year: int | None) -> list[Part] | None:
    """A preamble ending at ``end`` cut after its first paragraph of body text (2025年，……现将有关情况报告如下。): the
    preamble, and the paragraphs after it as one part judged by its content (:func:`_thematic_kind`); None when no text
    follows that paragraph."""
    start = _first_paragraph_end(norm, end)
    if start is None or not norm[start:end].strip():
        return None
    return [Part("preamble", None, 0, 0, start), Part(_thematic_kind(norm[start:end], year), None, start, start, end)]


def _plan_items_only(norm: str, first: int, year: int | None, vocab: Compiled) -> bool:
    """Whether the report's first numbered line (at ``first``, none of them a part heading) is the first item of a plan
    led into by the paragraph right before it, with the work done written as paragraphs between the opening and that
    line (2025年，……报告如下。 / 一是……。 …… 十是……。 / 2026年，我们将： / （1）…… （2）……): the report is then read as one
    without headings, its numbered lines the plan's items."""
    start = _first_paragraph_end(norm, first)
    if start is None:
        return False
    lead = _plan_paragraph_before(norm, dict(vocab.openers).get("next_year_plan"), start, first, year)
    return lead is not None and bool(norm[start:lead].strip())


def _first_paragraph_end(norm: str, end: int) -> int | None:
    """Where the line after the first paragraph of body text (a line of at least :data:`_OPENING_MIN` characters, the
    title's and a recipient's lines passed over) starts, before ``end``; or None."""
    at = 0
    while at < end:
        line_end = norm.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        if len(norm[at:line_end].strip()) >= _OPENING_MIN:
            return line_end + 1 if line_end < end else None
        at = line_end + 1
    return None


_OPENING_MIN = 40  # characters of the opening paragraph (a title or 县人民政府： is shorter)


def _plan_paragraph_before(norm: str, rx, start: int, end: int, year: int | None) -> int | None:
    """Where the paragraph right before ``end`` (the unheaded shortcomings' start) starts, when it opens the plan
    (``rx``) naming next year or leading into its items (see :func:`_sentence_opening` with ``dated``), after ``start``;
    else None."""
    if rx is None:
        return None
    at, line_end = _last_paragraph(norm, start, end)
    if at <= start:
        return None
    opening = _sentence_opening(norm, rx, at, line_end, year, looks_back=False, dated=True)
    return at if opening is not None and not norm[at:opening].strip() else None


def _plan_paragraph_in(norm: str, rx, start: int, end: int, year: int | None) -> int | None:
    """Where the first paragraph of ``norm[start:end]`` (after its first line) starts that opens the plan (``rx``, see
    :func:`_paragraph_opening`) naming next year or leading into its items (see :func:`_sentence_opening` with ``dated``);
    None when none does."""
    at = _paragraph_opening(norm, rx, start, end)
    while at is not None:
        line_end = norm.find("\n", at, end)
        line_end = end if line_end < 0 else line_end
        if _sentence_opening(norm, rx, at, line_end, year, looks_back=False, dated=True) == at:
            return norm.rfind("\n", start, at) + 1
        at = _paragraph_opening(norm, rx, line_end, end)
    return None


def _last_paragraph(norm: str, start: int, end: int) -> tuple[int, int]:
    """(where the last paragraph of ``norm[start:end]`` starts — right after the line end before it, 0 when there is none —,
    where its text ends): the blank lines and the indent before ``end`` passed over."""
    text_end = end
    while text_end > start and norm[text_end - 1].isspace():
        text_end -= 1
    return norm.rfind("\n", start, text_end) + 1, text_end


# the kinds of last part each closing part may be cut from (by default a measures part); the
# plan also from the shortcomings, when its heading was a slogan the parser could not see
# (存在的问题 …… 锚定新目标 展现新作为 / 2023年，街道将……), and from the principal leaders' part that ends
# a report (主要负责人履职情况 …… / 2026年，我局将……着力做好以下几方面工作：); the shortcomings also from a plan that
# ends the report (明年重点抓好这几件事 …… / 存在的不足是：（1）……) or from the leaders' part that does (三、……第一责任人职责落到实处
# …… / 存在的不足是：一是……)
_CLOSES = {
    "shortcomings": ("measures", "preamble", "next_year_plan", "first_responsible"),
    "first_responsible": ("next_year_plan",),
    "next_year_plan": ("measures", "preamble", "shortcomings", "first_responsible"),
    "other": ("next_year_plan", "shortcomings"),
}


_INTENT = re.compile("将|打算|计划|拟")  # what is to come, opening a sentence on a year (2023年，我局计划……: the year's own plan, no next)


def _sentence_opening(
    norm: str, rx, start: int, end: int, year: int | None, looks_back: bool, dated: bool = False
) -> int | None:
    """Offset of the first sentence in ``norm[start:end]`` that ``rx`` matches at its start
    (after a line end or a 。, white space skipped).  A sentence about what is to come (将, or
    a year after ``year``) opens a plan but never a look back; one with 将 (or 打算, 计划, 拟) naming a year up to
    ``year`` opens no plan (2023年，我局将……纳入: 将 as a preposition) unless it leads into items.  With ``dated``, only
    one whose opening names a year after ``year`` counts, or one leading into the items that follow it
    (下一步，我委将……着力抓好以下几方面工作。一是……)."""
    for at, stop in _sentences(norm, start, end):
        m = rx.match(norm, at, end)
        if m:
            sentence = norm[at : stop if stop >= 0 else end]
            years = years_in(m.group(0))
            if looks_back:
                ahead = "将" in sentence or (year is not None and any(y > year for y in years))
                if not ahead:
                    return at
            elif dated:  # (a later year named, or next year in words: 明年，; 新的一年，; or leading into items, 下一步，……着力抓好以下几方面工作。一是……)
                if (year is not None and any(y > year for y in years)) or _NEXT_YEAR.match(m.group(0)) or _into_items(norm, sentence, stop):
                    return at
                # (or naming a later year in its lead, before its colon: 下一步，……将围绕以下四个方面抓好2024年法治政府建设：1.……)
                lead_end = min((i for i in (sentence.find("："), sentence.find(":")) if i >= 0), default=-1)
                if lead_end >= 0 and year is not None and any(y > year for y in years_in(sentence[:lead_end])):
                    return at
                # (or naming a later year anywhere in it, its first item right after it: 下一步，我局将围绕以上问题，扎实做好2024年……
                # 工作。一是……)
                if year is not None and stop >= 0 and _FIRST_ITEM.match(norm, stop + 1) and any(y > year for y in years_in(sentence)):
                    return at
                # (or into that year's work: 下一步，我局将重点做好以下工作：2025年，争取……)
                lead = _LEADS_INTO_YEAR.search(sentence)
                if lead is not None and year is not None and year_value(lead.group(1)) > year:
                    return at
                # (or the next sentence of its paragraph opening on a later year: 下一步，我局将针对上述问题抓好整改落实。2026年，
                # 重点做好以下五件事：一是……)
                then = _YEAR_OPENING.match(norm, stop + 1) if stop >= 0 and norm[stop] == "。" else None
                if then is not None and year is not None and year_value(then.group(1)) > year:
                    return at
            elif not (year and _INTENT.search(m.group(0)) and any(y <= year for y in years)) or _into_items(norm, sentence, stop):
                return at  # (a plan with the wrong year leading into its items is still the plan: 2025年，我乡将……抓好以下工作：一是……)
    return None


def _sentences(norm: str, start: int, end: int):
    """(start, stop) of each sentence in ``norm[start:end]``: its first character after white space, and the 。 or line
    end that closes it (-1 for the last, unclosed one)."""
    at = start
    while at < end:
        while at < end and norm[at] in " \t\n\u3000":
            at += 1
        stop = min((i for i in (norm.find("。", at, end), norm.find("\n", at, end)) if i >= 0), default=-1)
        if at < end:
            yield at, stop
        if stop < 0:
            return
        at = stop + 1


_LOOKS_BACK = frozenset({"first_responsible"})
# (……着力抓好以下几方面工作, ……确定以下安排; or counted, ……着重做好三件事 / 四项工作 / 三个方面的工作)
_LEAD = r"(?:以下[^，,。；;：:\n]{0,8}(?:工作|任务|重点|方面|措施|安排)|[两三四五六七八九十几](?:件事|项(?:工作|任务|重点)?|个方面的?(?:工作|任务)?))"
_LEAD_VERB = r"[^，,。；;：:的\n]{0,4}"  # (a verb after the lead: ……将在以下方面着力：一是……)
_LEADS_INTO = re.compile(_LEAD + _LEAD_VERB + "[：:]?$")
_COUNTED_LEAD = re.compile(_LEAD + _LEAD_VERB + "[：:]")  # (……着重做好四件事：3月底前……: what is to be done, its colon, then it)
_FIRST_ITEM = re.compile(r"\s*(?:一是|其一|[（(][一1][)）]|一、|1[.．、])")  # (（1） too: ……以下几个方面的工作：（1）……)
# ... or the first item after its colon in the same sentence (……重点做好以下几个方面的工作：一是……，……。)
_LEADS_INTO_ITEM = re.compile(_LEAD + _LEAD_VERB + r"[：:]\s*(?:一是|其一|[（(][一1][)）]|1[.．、])")
# ... or a later year's work after its colon (……重点做好以下工作：2025年，争取……)
_LEADS_INTO_YEAR = re.compile(_LEAD + _LEAD_VERB + r"[：:]\s*" + YEAR_TEXT)
_YEAR_OPENING = re.compile(r"[ \t\u3000]*" + YEAR_TEXT + r"度?[，,]")  # a sentence opening on a year (2026年，……)


def _into_items(norm: str, sentence: str, stop: int) -> bool:
    """Whether ``sentence`` (ending at ``stop``) leads into a list whose first item follows it (……着力抓好以下几方面工作。一是……;
    ……以下几个方面的工作：一是……)."""
    if _LEADS_INTO_ITEM.search(sentence) is not None:
        return True
    return stop >= 0 and _LEADS_INTO.search(sentence) is not None and _FIRST_ITEM.match(norm, stop + 1) is not None
_NEXT_YEAR = re.compile(r"明年|(?:在)?新的一年|新一年")


_ORDER = {"measures": 0, "shortcomings": 1, "next_year_plan": 2}  # the regulation's order of parts


def _split_combined(parts: list[Part], norm: str, headings: list[Heading], vocab: Compiled, year: int | None) -> list[Part]:
    """A part headed for two kinds (二、存在的问题和下一步打算) is cut at its first sub-heading
    worded as the second kind (（二）下一步打算), else at the first paragraph that opens with its words
    or, after the problems named as its topic or not, with a later year and what is to come (针对上述问题，2026年
    我局将……; 2026年，我局将重点做好以下工作：), else at the first sentence that opens the plan (……仍有一些差距。下一步，
    区政府将……): the problems and the plan, each its own part."""
    out: list[Part] = []
    for p in parts:
        out.append(p)
        if p.heading is None or p.kind == "preamble":
            continue
        title = norm[p.heading.start : p.heading.end]
        if p.kind not in _ORDER or not any(c in title for c in "和及与、"):  # two parts are joined by one
            continue
        others = {k: rx for k, rx in vocab.heading_cues if _ORDER.get(k, -1) > _ORDER[p.kind] and rx.search(title)}
        if not others:
            continue
        for h in headings:
            if p.body_start <= h.start < p.end and h.level > p.heading.level:
                kind = _classify_heading(norm[h.start : h.end], vocab)
                if kind in others:
                    out[-1] = Part(p.kind, p.heading, p.start, p.body_start, h.start)
                    out.append(Part(kind, h, h.start, h.end, p.end))
                    break
        else:  # no such sub-heading: the first paragraph that opens with the second kind's words
            at = norm.find("\n", p.body_start, p.end)
            while 0 <= at < p.end:
                begin = at + 1
                while begin < p.end and norm[begin] in " \t\u3000":
                    begin += 1
                # (after the problems named as its topic: 针对上述问题，2026年我局将着力做好以下工作：)
                lead = _PROBLEMS_LEAD.match(norm, begin, p.end)
                first = lead.end() if lead else begin
                opening = norm[first : min(p.end, first + 60)]  # (its first clause, not the rest of the part)
                kind = next((k for k, rx in others.items() if rx.search(opening[:8])), None)  # 下一步，一是……
                # (with or without that topic: a paragraph opening on a later year and what is to come, 2026年，我局将重点做好
                # 以下工作：)
                if kind is None and "next_year_plan" in others and _opens_next_year(opening, year):
                    kind = "next_year_plan"
                if kind is not None:
                    out[-1] = Part(p.kind, p.heading, p.start, p.body_start, at + 1)
                    out.append(Part(kind, p.heading, at + 1, at + 1, p.end))
                    break
                at = norm.find("\n", at + 1, p.end)
            else:  # (nor a paragraph: a sentence of one that opens the plan, ……仍有一些差距。下一步，区政府将……)
                rx = dict(vocab.openers).get("next_year_plan") if "next_year_plan" in others else None
                at = _sentence_opening(norm, rx, p.body_start, p.end, year, looks_back=False) if rx is not None else None
                if at is not None and at > p.body_start:
                    out[-1] = Part(p.kind, p.heading, p.start, p.body_start, at)
                    out.append(Part("next_year_plan", p.heading, at, at, p.end))
    return out


# the problems named as the topic of what follows (针对上述问题，; 对照以上不足，)
# (and the body named right before the year: 针对上述问题，街道2024年将重点抓好四件事：)
_PROBLEMS_LEAD = re.compile(
    r"(?:针对|对照|围绕|结合|就)(?:上述|以上|这些|前述|存在的)(?:问题|不足|短板|差距)[^，,。\n]{0,6}[，,]\s*"
    rf"(?:{BODY_BEFORE_YEAR}(?=20\d{{2}}|二[〇零○◯Oo]))?"
)
_OPENING = re.compile(rf"(?:展望|在)?{YEAR_TEXT}[^。：:；;\n]{{0,60}}")  # a body's first clause, opened by a year (2025年, 二〇二五年)


_CLAUSE_SPLIT = re.compile("[" + "".join(sorted(_CLAUSE_BREAKS)) + "：:]")  # a heading's clauses (its breaks, and a colon)


def _opens_next_year(body: str, year: int | None) -> bool:
    """Whether ``body`` opens with a later year and what is to come (2025年，县政府将重点做好以下工作：……)."""
    opening = _OPENING.match(body.lstrip())
    return bool(year and opening and year_value(opening.group(1)) > year and _PLAN_CUES.search(opening.group(0)))


_BARE_YEAR = re.compile(r"(?<![\d.．%])(20\d{2})(?![\d.．%])")  # (a year without its 年: 着眼2025)


def _names_later_years(title: str, year: int) -> bool:
    """Whether ``title`` names years, all after ``year`` (三、奋战2025年; 二、着眼2025： — a heading's year may go without its 年)."""
    years = years_in(title) or [int(y) for y in _BARE_YEAR.findall(title)]
    return bool(years) and all(y > year for y in years)


def _thematic_kind(body: str, year: int | None) -> str:
    if year is None:
        return "measures"
    if _opens_next_year(body, year):
        return "next_year_plan"
    # three plan cues are enough: stop looking after the third (bodies can be long) — unless the body
    # counts work done (全年组织集中学法8次……，全年讲法21次): a measure naming next year's plan in passing
    if sum(1 for _ in islice(_PLAN_CUES.finditer(body), 3)) >= 3:
        if (any(y > year for y in years_in(body)) or _FUTURE_WORDS.search(body)) and not _counts_done(body):
            return "next_year_plan"
    return "measures"


def _counts_done(body: str, least: int = 2) -> bool:
    """Whether ``body`` reports at least ``least`` counts (REPORTED: 8次, 312人) that no target cue
    before them in their clause sets as a target (力争培训4次, 不少于20场)."""
    done = 0
    for m in REPORTED.finditer(body):
        cut = max(body.rfind(c, 0, m.start()) for c in "，,。；;：:\n")
        if not _TARGET_CUES.search(body, cut + 1, m.start()):
            done += 1
            if done >= least:
                return True
    return False
