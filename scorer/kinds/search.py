"""Options shared by the kinds that search for phrases (``phrases``, ``elements``).

``scope``
    Which parts count: part kinds (``measures``, ``first_responsible``,
    ``shortcomings``, ``next_year_plan``, ``preamble``, ``other``) or the
    aliases ``last_year`` (preamble + measures + first_responsible, the
    default) and ``all``.  A mechanism named only in the plan was not practised.
``headings``
    Whether headings count (default true).  False: neither a part's own heading nor a
    sub-heading's title does (a slogan heading reports nothing done).  ``sub``: the
    sub-headings count, the part's own heading does not — "causes": 原因 in the heading
    存在的不足和原因 is not a cause, a sub-heading 二、原因分析 over the causes is.
``negation``
    Discard a match preceded in its clause by 未/尚未/没有/缺乏…, or in its sentence by
    a requirement (要/必须/应当…: text written as a requirement reports no practice; the
    pack's ``negation.requirement`` patterns) (default true).  A match continuing, in its clause, a negated
    match that starts before it is negated with it (没有通过其他渠道主动公开政府信息: 政府信息 with 主动公开).
``zero_ok``
    A negation followed by 发生/收到/受理… ("未发生行政复议案件") reports zero
    activity and still counts (default false).
``ignore_citations``
    Discard matches inside 《…》, and in the clause right after a title that says what the
    document lays down (《……办法》，对……作出了规定): quoting a regulation is not practice
    (default true).
``near``
    ``{patterns: [...], within: 30}``: a match counts only when one of these
    patterns occurs within ``within`` characters of it, in the same part
    (e.g. 主持/听取/部署 near 第一责任人); ``stop: [...]`` ends the window ahead at another actor — and
    when that actor is the agent (由) of an act in its clause, at the start of the clause before it, which
    tells what was the other's (全年召开……会议2次，均由分管副局长主持); ``across: kind`` lets the window run on
    into the neighbouring parts of the same kind (thematic parts that follow each other);
    ``subject: 10``: a match opening its sentence is the sentence's subject, and the window
    ahead runs to the sentence's end (县长……，[a long slogan]，全年主持召开……); with
    ``continues: [全年, 先后…]`` on to the end of a next sentence with no subject of its own,
    one that opens (after an item's number and at most two of these) with one of the patterns
    (县长……。全年主持召开……; ……议事日程。1.主持召开……).  A pattern's match said right before it not to
    have been done (年内没有开展述法) is no act, nor one in the topic label the match is in (二是关于主要负责人述法。).
``negated_sentence``
    With ``negation``: a match does not count when another match of the same patterns in its
    sentence is negated after it in its clause — a system said not to be in place in the sentence
    that mentions its use (执法记录仪仅配备2台，执法全过程记录制度尚未完全落实) (default false).
``denied_by``
    ``[part kinds]``, with ``negation``: when a match in a part of these kinds is negated (the shortcomings: ……三项制度尚未
    真正落地，执法记录设备配备不足; or the measures: 执法全过程记录方面，……目前尚未开展), a match elsewhere whose sentence
    reports nothing done (no count: 严格落实……三项制度，做到……) does not count, `scorer explain` naming the part that denies
    it; a shortfall of degree (还不够规范) is no denial, nor one of some units only (部分乡镇……配备不足) (default none).
    In a ``phrases`` rule a denial holds only against a match in its own paragraph or whose sentence names the words
    denied (its patterns may be alternatives: 我局没有在编的公职律师 says nothing of the 法律顾问 engaged elsewhere;
    法律顾问合同到期后未续聘 does deny 聘请……律师担任法律顾问); in an ``elements`` rule, against any match of the
    element (执法全过程记录……尚未 denies 执法全程留痕).
``other_body``
    ``{names: [...], between: PATTERN}``: a match right after a body's name in its clause (县政府常年法律顾问,
    县人民政府聘请的法律顾问团: ``between`` is what may stand between them, all of it; an earlier clause of its sentence
    when ``between`` takes a comma) is that body's, and
    counts only in that body's own report — one whose organisation's name ends with the name found, 人民
    aside (县政府 is 某县人民政府's own; in 某县民政局's or 某乡人民政府's report it is another body's), or is
    its short form (市林草局 for 某市林业和草原局), not standing whole inside it (市生态环境局 in 某市生态环境局
    某某分局's report: the parent's). A report whose organisation is unknown keeps the match.
    ``heads: {TITLE: BODY}``: a match opening with a head's title (``'([县区市])长'``) is the body's it heads
    (``'\\1政府'``: the title's groups as ``\\1``), the same way (县长 in 某县发展和改革局's report is another body's leader).
    ``stands_for: {NAME: BODY}``: a name right before a match, as ``names``, standing for a body (``'([县区市])委理论学习中心组'``:
    ``'\\1政府'``): 区委理论学习中心组 in 某区人民政府's report is its own, in 某区司法局's another body's.
    ``by_level: {LEVEL: [patterns]}``: wording that reports other bodies' practice in the report of an organisation
    of that type (乡镇, 部门, 政府, as ``only_if.level``): a match inside a match of one of them, in its sentence, counts
    only in a report of another type (组织全县39个县直部门主要负责人开展述法: in 某县民政局's report other departments'
    述法, in 某县人民政府's its own).
``same_sentence``
    ``[patterns]``: a match counts only when one of these patterns occurs in its
    sentence (between 。！？； or line ends), e.g. 法律顾问 with 审查/论证.
``restated``
    A share (0–1): a match does not count when the text from it to the end of its part
    mostly repeats the part's text before it — more than this share of its pairs
    of adjacent Chinese characters occur there (究其原因 followed by the problems again) —
    and so does its own sentence, when that holds 15 pairs or more.
``restated_stock``
    ``[phrases]``: stock wording that says nothing of why (与上级要求和群众期盼相比还有差距,
    上述问题长期存在); its pairs count as said before when ``restated`` judges a match.
``restated_new``
    A count: a match whose own sentence holds this many distinct character pairs said nowhere
    before it (nor in the stock wording, nor made of the frame's words) in one of its items (the pieces between ；,
    一是 or （一） labels) is no restatement, whatever its share — a cause that names enough of its own shares the
    problems' words too, but new words spread over a list of the problems rephrased name none; so is one whose
    paragraph holds such an item and at least half of its distinct pairs are new (究其原因，主要有以下几个方面：一是……
    二是……, the causes listed in words of their own).
``restated_frame``
    ``[words]``: the words that frame causes (既有……因素，也有……原因) and that every part uses; no
    pair is made of their characters nor across them, so they count neither as said before nor as
    new, and a cause given in the frame's words is judged by what it names (a frame that names
    nothing restates everything).
``restated_skip``
    ``[patterns]``: sentences that say nothing of why, neither restating nor new (a promise to look
    for the causes later: ……的深层次原因，镇党委将在……进一步查摆剖析); left out of the text judged,
    and a match inside one does not count (……将……逐项查找根源).
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right

from typing import ClassVar, Literal

import regex
from pydantic import Field, field_validator, model_validator

from ..document import Part
from ..matching import CLAUSE_BREAK, HOLLOW, SPELLED_OUT_CUE, TOPIC_WORDS, Context, Hit, compile_any, compile_pattern, scope_kinds
from ..patterns import split_plain
from ..vocabulary import REPORTED
from .applies import Level, level_of
from .base import ScopeName, StrictModel, check_patterns
from .describe import lead_word, lookarounds, quoted, words


@functools.lru_cache(maxsize=256)
def _any_word(words: tuple[str, ...]) -> re.Pattern:
    # plain words: the standard library's re finds them as regex would
    return re.compile("|".join(map(re.escape, words)))


_SENTENCE_ENDS = ("。", "！", "？", "；", "!", "?", ";")
# a clause naming the agent of what the clause before it tells (……会议3次，均由分管副镇长主持)
_BY = re.compile(r"\s{0,2}(?:会议|会上)?(?:均|都|皆|全部|分别|一律|主要)?由")
_AGENT_REACH = 12  # characters after 由 the other actor may start; and past the window its clause may end
_NOT_HAN = re.compile(r"[^\u4e00-\u9fff]+")
# an item of a run (……。三是强化督促推动。) opening a sentence, or its paragraph
_RUN_ITEM = re.compile(r"(?:(?<=[。；;：:\n])|^)\s{0,2}[一二三四五六七八九十]{1,3}是", re.M)
_ACTOR_REACH = 14  # characters from the first actor word the others may start (分管法治工作的副局长)
_RESTATED_MIN = 10  # distinct character pairs the text before must hold for a repeat to be judged
_RESTATED_SENTENCE_MIN = 15  # character pairs a match's sentence must hold to be judged on its own
_ITEMS = re.compile(r"[；;。]|[一二三四五六七八九十]{1,2}是|[（(][一二三四五六七八九十\d]{1,2}[)）]")  # where a list's items part (_new_enough)


def _clause_end(norm: str, at: int) -> int:
    """Where the clause holding ``at`` ends: at the next clause break, or the text's end."""
    m = CLAUSE_BREAK.search(norm, at)
    return m.start() if m else len(norm)


def _han_pairs(text: str) -> list[str]:
    """Pairs of adjacent Chinese characters of ``text``: none across a mark or a figure (……不到位、司法所: no 位司)."""
    return [run[i : i + 2] for run in _NOT_HAN.split(text) for i in range(len(run) - 1)]


def restated_share(before: str, after: str) -> float | None:
    """The share of ``after``'s character pairs that occur in ``before``, or None when
    ``before`` is too short to judge or ``after`` has no pair."""
    return _share(set(_han_pairs(before)), _han_pairs(after))


def _share(seen: set[str], pairs: list[str]) -> float | None:
    """:func:`restated_share` of the pairs of the text before (``seen``) and after (``pairs``)."""
    if len(seen) < _RESTATED_MIN or not pairs:
        return None
    return sum(p in seen for p in pairs) / len(pairs)


def _told(text: str, frame) -> list[str] | None:
    """The pairs of Chinese characters of ``text`` outside the words of ``frame`` (a compiled
    alternation of ``restated_frame``, or None): no pair is made of a frame word's characters nor
    across one (既有客观方面的因素，执法人员多为转岗人员 → 多为、为转、转岗).  None when every pair of the
    text is the frame's (a frame that names nothing: nothing new)."""
    if frame is None:
        return _han_pairs(text)
    told = [p for piece in frame.split(text) for p in _han_pairs(piece)]
    return None if not told and _han_pairs(text) else told


_SENTENCES = re.compile(r"[^。！!？?；;\n]*(?:[。！!？?；;\n]|$)")


def _skipping(text: str, skip) -> str:
    """``text`` less its sentences that ``skip`` finds (``restated_skip``)."""
    if skip is None or skip.search(text) is None:
        return text
    return "".join(m.group(0) for m in _SENTENCES.finditer(text) if skip.search(m.group(0)) is None)


_HAN = re.compile(r"[\u4e00-\u9fff]")


def _put_off_under(ctx: Context, hit: Hit, skip) -> bool:
    """Whether ``hit`` is in a heading (四、原因分析) under which ``skip``'s sentences are all there is:
    the causes are only promised for later (其成因尚需进一步分析研判，待分析清楚后另行报告)."""
    report = ctx.report
    starts, ends = report.title_bounds
    i = bisect_right(starts, hit.start) - 1
    if i < 0 or hit.start >= ends[i]:
        return False
    part = ctx.part(hit)
    if part is None:
        return False
    under = report.norm[ends[i] : ctx.item_end(hit.start, part.end)]
    return skip.search(under) is not None and _HAN.search(_skipping(under, skip)) is None


# an item's label as a short sentence of its own (一是亲自部署。), its item's text after it
_ARABIC_ITEM = re.compile(r"(?:[ \t\u3000]{0,2}(?:[(（]\d{1,2}[)）]|\d{1,2}[.．、](?!\d)))?")  # (matches, maybe empty; not across a line end)
_RUN_NUMBER = re.compile(r"[一二三四五六七八九十]{1,3}是")  # (一是 opening a sentence that is no label: 一是带头学法，主持……)
_ITEM_LABEL = re.compile(r"[一二三四五六七八九十]是[^，,。；;！!？?\n]{1,12}[。；;]\s{0,2}")
# a sentence that is a topic's label, after an item's number (二是关于主要负责人述法。)
_ABOUT_LABEL = re.compile(r"\s{0,2}(?:[一二三四五六七八九十]{1,3}是|\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])?\s{0,2}(?:关于|对于)[^，,。；;：:！!？?\n]{1,16}[。：:]")
# a paragraph opening on a short unnumbered label with no figure, its body after it on the line (依法办理行政复议和应诉案件。
# 全年……; not （一）亲自研究部署。: the leader's own sub-headings)
_TOPIC_LABEL_LINE = re.compile(r"\n[ \t\u3000]{0,4}(?![（(一二三四五六七八九十第])[^，,。；;：:！!？?、\d\n]{4,16}。(?=[^\n])")


@functools.lru_cache(maxsize=16)
def _openers(words: tuple[str, ...]):
    """At most two of ``words`` (each with its comma) and the white space around them."""
    return compile_pattern(r"[ \t\u3000]{0,2}(?:(?:" + "|".join(words) + r")[，,]?[ \t\u3000]{0,2}){0,2}")


@functools.lru_cache(maxsize=16)
def _frame(words: tuple[str, ...]):
    """``restated_frame``'s words as one pattern (longest first), or None."""
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None


_DATE_LEAD = re.compile(r"\s*(?:\d{4}年(?:\d{1,2}月份?)?[，,]\s*)?")


_PLAN_CUE_OPENINGS = ("将", "下一步", "下步", "今后", "力争", "拟", "计划")


def _written_as(cue: str) -> str:
    """What a requirement cue makes of its text, in a word: a plan (a cue naming a year, 2026年起 / 拟于明年 / 力争年内, or
    what is to come, 下一步 / 将继续 / 拟聘请), a promise (表示 / 表态), else a requirement (要, 必须…)."""
    return "承诺" if cue.startswith("表") else "计划" if "年" in cue or cue.startswith(_PLAN_CUE_OPENINGS) else "要求"


def required(ctx: Context, hit: Hit, cue: str) -> tuple[str, str]:
    """Why ``hit`` is set aside for a cue of :meth:`~scorer.matching.Context.requirement` (要, 必须,
    2026年起…), in a few words and as `scorer explain` says it: of the text under the heading that holds
    it when the cue is not on its line (依法化解矛盾纠纷 over 要……); an earlier year's work for a sentence
    opening on its date (2024年12月，……; 2024年度，……), a later year's for one opening on its month that names it again
    (2026年1月，……召开2026年……部署会)."""
    year = ctx.dated_year(cue, hit.end)
    if year is not None:
        return (EARLIER if year < ctx.report.meta.year else LATER), f"写的是{year}年的事，不是本年度的做法（「{cue}」）"
    line_start, line_end = ctx.line(hit.start, hit.end)
    what = _written_as(cue)
    starts = ctx.requirement_spans()[0]  # (the cues found, not the text: the 要 of 主要负责人 is none)
    k = bisect_left(starts, line_start)
    if k == len(starts) or starts[k] >= line_end:
        return REQUIRED, f"其下正文写成{what}而非做法（「{cue}」）"
    return REQUIRED, f"写成{what}而非做法（「{cue}」）"


def scope_reason(part: Part | None) -> str:
    """Why a match in ``part`` (None: the signature block) is set aside for where it is, as `scorer explain` says it."""
    return f"不在检查范围内（位于「{part.label if part else '签署部分'}」）"


CITATION_REASON = "位于书名号《》内，属于引用文件名"
# (a match in a paragraph reporting nothing done, of a measures part written as a plan: Context.in_hollow_part)
HOLLOW_REASON = "所在部分通篇写成要求或计划，这一段没有写做了什么"


def plan_reason(cue: str) -> str:
    """Why a match is set aside in a work plan's sentence opening on ``cue`` (持续, 坚持…)."""
    return f"写成工作打算（「{cue}」……），未写做了什么"


class Near(StrictModel):
    patterns: list[str] = Field(min_length=1)
    within: int = Field(30, gt=0, le=500)
    before: int | None = Field(None, ge=0, le=500, description="characters looked back (default: within)")
    across: Literal["sentence", "part", "kind"] = Field(
        "part",
        description="sentence: looking back stops at the start of the match's sentence or line (ahead, at the end of its item — "
        "the next heading at its heading's level or above, or a next paragraph opening on a short unnumbered label, "
        "依法办理行政复议和应诉案件。…… — or its part); "
        "part: the window stops at the match's part; kind: it runs on into neighbouring parts of the same kind",
    )
    stop: list[str] = Field(
        default_factory=list,
        description="words or patterns that end the window ahead of the match (another actor: 分管, 副局长, "
        "(?<!主要)负责人): what follows is not its",
    )
    subject: int | None = Field(
        None,
        ge=0,
        le=50,
        description="a match at most this many characters after its sentence's start is the sentence's subject: "
        "the window ahead then runs at least to the sentence's end (县长……，……，全年主持召开……: a long slogan "
        "between the leader and the first action)",
    )
    continues: list[str] | None = Field(
        None,
        description="with subject: the openers (全年, 先后, 年内…) of a next sentence that has no subject of its own — "
        "it opens, after an item's number (1. （1）) and at most two of them, with one of patterns (县长……。全年主持召开……; "
        "……议事日程。1.主持召开……): that sentence, in the "
        "same paragraph, is the subject's too, and the window runs on to its end",
    )

    _check = field_validator("patterns", "stop", "continues")(lambda cls, v: check_patterns(v) if v is not None else v)


# Why a match or a mention does not count, in a few words (a failing item's detail; `scorer explain` gives each in
# full): the kinds that both a match set aside (SearchOptions.reason) and a mention no pattern matched
# (PhrasesRule._mentions) can have.
OUT_OF_SCOPE = "不在检查范围内"
IN_TITLE = "在标题中"
CITED = "引用文件名"
REQUIRED = "写成要求或计划"
EARLIER = "写的是往年的事"
LATER = "写的是以后年份的事"
PLANNED = "写成工作打算"
HOLLOW_PART = "所在部分通篇写成要求或计划"
NO_NEAR = "附近没有符合要求的用词"  # a `near` window without a counted word
OTHER_BODY = "属于其他单位"  # a match right after another body's name (other_body)
OTHER_ACTOR = "属于其他主体"  # a `near` window cut by another actor (near.stop) before the words it needs


class OtherBody(StrictModel):
    names: list[str] = Field(default_factory=list, description="patterns naming a body that may be another's (县政府, 县人民政府)")
    between: str = Field(
        "", description="a pattern for all that may stand between the name and the match (聘请的, 常年); default: nothing"
    )
    heads: dict[str, str] = Field(
        default_factory=dict,
        description="a pattern of a head's title a match may open with (([县区市])长), and the body it heads (\\1政府: "
        "the pattern's groups as \\1, \\2): a match so opened is that body's (县长 in a 县发改局's report is another body's leader)",
    )
    stands_for: dict[str, str] = Field(
        default_factory=dict,
        description="like names, a pattern of a name right before a match, with the body it stands for (([县区市])委理论学习中心组: "
        "\\1政府, the groups as in heads): the match is that body's (区委理论学习中心组 in 某区人民政府's report is its own, "
        "in 某区司法局's another body's)",
    )
    departments: bool = Field(
        False,
        description="in a government's report, a department of its own place and level found by names (县司法局 in "
        "某县人民政府's report) is its own: the government reports its departments' work (the enforcement they do)",
    )
    by_level: dict[Level, list[str]] = Field(
        default_factory=dict,
        description="wording that reports other bodies' practice in the report of an organisation of that type (乡镇, 部门, "
        "政府; see only_if.level): a match inside a match of one of its patterns counts only in a report of another type "
        "(组织全县39个县直部门主要负责人开展述法 in a department's report: other departments' 述法; in the county government's, its own)",
    )

    _check = field_validator("names")(lambda cls, v: check_patterns(v))
    _check_between = field_validator("between")(lambda cls, v: check_patterns([v])[0])
    _check_heads = field_validator("heads", "stands_for")(lambda cls, v: dict(zip(check_patterns(list(v)), v.values())))
    _check_by_level = field_validator("by_level")(lambda cls, v: {level: check_patterns(ps) for level, ps in v.items()})

    @model_validator(mode="after")
    def _some(self):
        if not self.names and not self.heads and not self.stands_for and not self.by_level:
            raise ValueError("other_body needs names, heads, stands_for or by_level")
        return self


_BODY_REACH = 24  # characters before a match that a body's name and what stands between may take
_TOPIC_WORDS_REACH = 80  # characters either side of a match a topic's word (TOPIC_WORDS) is looked for
_OWN_BETWEEN = re.compile("我|本[局委办单位镇乡街县区市厅]|自身|自行")  # the organisation naming itself (see _named_before_as_others)
_SECTION_BEFORE = regex.compile(r"[\u4e00-\u9fff]{1,4}?(?:处|科|股)")  # a section named right before a match (法制处公职律师)
_PHRASE_REACH = 12  # characters before a match the start of a match it continues may be (see _continues_negated)
_SECTION_REACH = 6  # characters before a match such a section's name may take


@functools.lru_cache(maxsize=64)
def _body_before(names: tuple[str, ...], between: str) -> regex.Pattern:
    """A body's name and what may follow it, ending where the text searched ends: the name in group 1."""
    return compile_pattern(f"({'|'.join(f'(?:{n})' for n in names)})(?:{between})\\Z")


@functools.lru_cache(maxsize=64)
def _name_before(name: str, between: str) -> regex.Pattern:
    """One name (see ``OtherBody.stands_for``) and what may follow it, ending where the text searched ends: the
    name's own groups as they are, and what follows it in the last group."""
    return compile_pattern(f"(?:{name})((?:{between}))\\Z")


@functools.lru_cache(maxsize=64)
def _one_pattern(pattern: str) -> regex.Pattern:
    """One pattern of ``other_body`` compiled once: a head's title (``heads``, matched where a match starts) or a wording
    of ``by_level`` (searched in a match's sentence)."""
    return compile_pattern(pattern)


_DENIED_REASON = "所在句子没有写做了什么（无数据），而「{}」说它尚未落实，不算"  # (see ``denied_by``)
_DEGREE = ("不够", "有待", "需", "亟待", "还需", "仍需", "尚需")  # a shortfall of degree (还不够规范), not a denial (see ``denied_by``)
_SOME = re.compile("部分|个别|少数|有的")  # ... nor one of some units only, opening its clause (部分乡镇执法记录仪配备不足)


def _own_name(name: str) -> str:
    """A body's name as compared with the organisation's: 人民 left out (县人民政府 is 县政府)."""
    return name.replace("人民", "")


_LEVELS = frozenset("省市县区旗盟州镇乡")  # the levels a body's name may name


def _department_of(own: str, name: str) -> bool:
    """Whether ``name`` (县司法局) is a department of the government ``own`` (某县人民政府): the government's report, the name
    opening on its place's level and ending on a department's word (局, 委, 厅, 办)."""
    own = _own_name(own)
    place = own[: -len("政府")] if own.endswith("政府") else None
    return bool(place) and place[-1] in _LEVELS and name[:1] == place[-1] and name[-1:] in "局委厅办"


def _is_own(own: str, name: str) -> bool:
    """Whether ``name`` (a body named in the text) is the organisation ``own``: its name's end (县政府 for 某县人民政府), or
    its short form, the name's characters in order up to its end (市林草局 for 林芝市林业和草原局) — but not a body whose name
    stands whole inside it (市生态环境局 in 太原市生态环境局小店分局: the branch's parent).  An organisation named by its
    place alone (五常市山河镇, a title without 人民政府) is that place's government."""
    own, name = _own_name(own), _own_name(name)
    if own and own[-1] in _LEVELS:
        own += "政府"
    if own.endswith(name):
        return True
    if not name or name in own or own[-1] != name[-1]:
        return False
    at = len(own) - 1
    after = at  # (where the short form's second character was found)
    for c in reversed(name[:-1]):  # (each character of the short form, further back in the full name)
        after, at = at, own.rfind(c, 0, at)
        if at < 0:
            return False
    # (not when the full name has a lower level between the short form's level and the rest: 市城市管理局 is not
    # 海口市龙华区城市管理局, the district's)
    return not (name[0] in _LEVELS and any(c in _LEVELS for c in own[at + 1 : after]))


class SearchOptions(StrictModel):
    scope: list[ScopeName] | None = None
    headings: bool | Literal["sub"] = True
    negation: bool = True
    zero_ok: bool = False
    ignore_citations: bool = True
    near: Near | None = None
    same_sentence: list[str] | None = Field(None, min_length=1, description="a match counts only with one of these patterns in its sentence")
    other_body: OtherBody | None = Field(
        None,
        description="a match right after a body's name in its clause (县政府常年法律顾问) counts only in that body's own "
        "report: one whose organisation's name ends with the name found (人民 aside) or is its short form (市林草局 for "
        "某市林业和草原局), not standing whole inside it (a branch's parent)",
    )
    negated_sentence: bool = Field(
        False, description="with negation: a match does not count when another match of the same patterns in its sentence is negated"
    )
    denied_by: list[ScopeName] = Field(
        default_factory=list,
        description="with negation: when a match in a part of these kinds (shortcomings, measures) is negated — the report says the thing "
        "is not in place, not for some units only (部分乡镇……) — a match elsewhere whose sentence reports nothing done "
        "(no count) does not count — in a phrases rule, only one in the same paragraph or whose sentence names the words denied",
    )
    restated_stock: list[str] = Field(
        default_factory=list,
        description="with restated: stock wording that says nothing of why (与上级要求相比还有差距); its pairs of "
        "Chinese characters count as said before",
    )
    restated_frame: list[str] = Field(
        default_factory=list,
        description="with restated: words that frame causes (主观, 客观, 因素, 既有) or that every part uses (人员, 工作); no pair "
        "of Chinese characters is made of them nor across them: they count neither as said before nor as new",
    )
    restated: float | None = Field(
        None,
        gt=0,
        lt=1,
        description="a match does not count when the text from it to its part's end repeats the part's "
        "text before it: more than this share of its pairs of Chinese characters occur there (and in its own "
        "sentence, when that holds 15 pairs or more)",
    )
    restated_skip: list[str] = Field(
        default_factory=list,
        description="with restated: patterns of sentences that say nothing of why (……将……进一步剖析); left out of the text "
        "from a match to its part's end, and a match inside one does not count",
    )
    restated_new: int | None = Field(
        None,
        gt=0,
        description="with restated: a match whose own sentence holds, in one of its items (pieces between ；, 一是 or "
        "（一） labels), at least this many distinct pairs of Chinese characters that occur nowhere before it in its part "
        "(nor in the stock wording, nor made of the frame's words) is no restatement, whatever its share: a cause that "
        "names enough of its own shares the problems' words too; nor is one whose paragraph holds such an item and at "
        "least half of its distinct pairs are new (a lead-in, 究其原因，有以下几个方面：, and the causes listed after it in "
        "words of their own)",
    )

    _check_sentence = field_validator("same_sentence", "restated_skip")(lambda cls, v: check_patterns(v) if v else v)

    default_scope: ClassVar[str | None] = "last_year"

    def search_patterns(self) -> list[tuple[str, tuple]]:
        found = list(self.own_patterns())
        if self.near is not None:
            found += [(p, ("near", "patterns", i)) for i, p in enumerate(self.near.patterns)]
        found += [(p, ("same_sentence", i)) for i, p in enumerate(self.same_sentence or ())]
        return found

    def caveats(self) -> list[str]:
        """What the search options discard, in words (for ``passes_when``)."""
        out = []
        if self.negation:
            out.append("a negated mention (尚未/没有/未… just before it) does not count")
            if self.zero_ok:
                out.append("but a reported zero (未发生/未收到…) does")
        if self.ignore_citations:
            out.append("a match inside 《…》 (a quoted title), or in the clause after one saying what it lays down (对……作出了规定), does not count")
        if self.headings is False:
            out.append("a heading (the part's, or a sub-heading's title) does not count")
        elif self.headings == "sub":
            out.append("the part's own heading does not count (its sub-headings do, and so does that of a part continuing one of its kind)")
        if self.near is not None:
            where = {"sentence": "in its part, not looking back past its sentence's or line's start nor ahead past its item's end", "part": "in the same part"}.get(
                self.near.across, "in the same run of parts of its kind"
            )
            out.append(f"a match counts only with one of {quoted(self.near.patterns)} within {self.near.within} characters {where}")
            if self.near.subject is not None:
                out.append(f"a match at most {self.near.subject} characters into its sentence looks to the sentence's end")
                if self.near.continues:
                    out.append(
                        f"and on to the end of a next sentence in its paragraph that opens, after an item's number and at most two of "
                        f"{quoted(self.near.continues)}, with one of the patterns"
                    )
        if self.same_sentence:
            out.append(f"a match counts only with one of {quoted(self.same_sentence)} in the same sentence")
        if self.denied_by:
            alike = " (and is in the same paragraph or names the words said so)" if self.DENIED_ALIKE else ""
            out.append(f"a match whose sentence reports no count{alike} does not count when a match in {', '.join(self.denied_by)} says it is not in place")
        if self.other_body is not None and self.other_body.names:
            out.append(
                f"a match right after a body's name ({quoted(self.other_body.names)}) counts only in that body's own report"
            )
        if self.other_body is not None and self.other_body.heads:
            out.append(
                f"a match opening with a head's title ({quoted(list(self.other_body.heads))}) counts only in the report of the body it heads"
            )
        if self.other_body is not None and self.other_body.stands_for:
            out.append(
                f"a match right after a name standing for a body ({quoted(list(self.other_body.stands_for))}) counts only in that body's own report"
            )
        for level, patterns in self.other_body.by_level.items() if self.other_body is not None else ():
            out.append(f"in a {level} report, a match inside {quoted(patterns)} (its sentence) is other bodies' practice")
        if self.restated is not None:
            out.append(
                f"a match does not count when what follows it in its part, and its own sentence, repeat the part's text before it "
                f"(more than {self.restated:.0%} of their character pairs"
                + (f", unless its sentence holds {self.restated_new} pairs said nowhere before" if self.restated_new else "")
                + ")"
                + (f", stock wording ({quoted(self.restated_stock)}) counting as said before" if self.restated_stock else "")
                + (f", the pairs of {quoted(self.restated_frame)} left out" if self.restated_frame else "")
            )
            if self.restated_skip:
                out.append(f"nor when its sentence holds one of {quoted(self.restated_skip)}, which is left out of what follows a match")
        return out

    # whether a ``denied_by`` denial holds only against a match in its paragraph or whose sentence names the words
    # denied (a phrases rule's patterns may be alternatives, 法律顾问 or 公职律师: one said not to be in place says
    # nothing of the other), or against any (an element's patterns are one mechanism's wordings)
    DENIED_ALIKE: ClassVar[bool] = False
    REASONS: ClassVar[tuple[str, ...]] = ("scope", "citation", "other_body", "negated", "near", "sentence", "deferred", "restated")  # reject's codes, in order
    # (and, from _search, "negated_beside": see ``negated_sentence``; "topic": see :meth:`_topic_of_later`; "denied": see
    # ``denied_by``)

    def search(self, ctx: Context, patterns: list[str], notes: list[str]) -> list[Hit]:
        """All hits of ``patterns`` that survive scope, citation, negation and proximity.

        With ``ctx.explain``, one note per candidate match (kept or discarded, and why)
        goes to ``notes``; otherwise ``notes`` is left alone.
        """
        return self._search(ctx, patterns, notes)[0]

    def _search(self, ctx: Context, patterns: list[str], notes: list[str]) -> tuple[list[Hit], dict[int, str | None]]:
        """:meth:`search`, and where the patterns matched at all: each start, kept (None) or the reason
        code that set it aside (empty when none matched)."""
        accepted: list[Hit] = []
        seen: dict[int, str | None] = {}
        told: set[tuple[int, str | None]] = set()  # (sentence, reason) of the notes written
        matched = False
        explain = ctx.explain
        found = list(ctx.found(patterns))
        # every match of the patterns, by start: a match may continue one of another pattern (_continues_negated)
        if len(found) == 1 or not self.negation:
            spans = found[0] if found else []
        else:
            spans = sorted(hit for hits in found for hit in hits)
        for hits in found:
            if not matched:
                matched = True
                # scope and citations as bounds computed once per report: one bisection per hit
                scope = ctx.scope(scope_kinds(self.scope, self.default_scope), self.headings)
                cited = ctx.citations()
                denials = self._denied(ctx, patterns) if self.denied_by and self.negation else []
            for hit in hits:
                if hit.start in seen:
                    continue
                code = self.reject(ctx, hit, scope, cited)
                if code is None and self.negated_sentence and self.negation and self._negated_beside(ctx, patterns, hit):
                    code = "negated_beside"
                if code is None and self.negation and self._continues_negated(ctx, spans, hit):
                    code = "negated_beside"
                if code is None and self._topic_of_later(ctx, patterns, hit, labels=self.headings is not True):
                    code = "topic"
                denied = None
                if code is None and denials and not REPORTED.search(ctx.report.norm, *ctx.sentence(hit)):
                    denied = self._denial(ctx, hit, denials)
                    if denied is not None:
                        code = "denied"
                seen[hit.start] = code
                if explain:
                    # several matches of one sentence kept, or set aside for one reason: one note
                    key = (ctx.sentence(hit)[0], code)
                    if key not in told:
                        told.add(key)
                        quote = f"{ctx.where(hit)}「{ctx.snippet(hit, 24)}」"
                        if code is None:
                            note = f"采用 {quote}（{ctx.section(hit)}）"
                        else:  # (a denial names the part that denies: known here, not to reason_text)
                            reason = _DENIED_REASON.format(denied.place) if code == "denied" else self.reason_text(ctx, hit, code)
                            note = f"舍弃 {quote}：{reason}"
                        if note not in notes:  # (two sentences close enough to be quoted alike: one note)
                            notes.append(note)
                if code is None:
                    accepted.append(hit)
        if len(accepted) < 2:
            return accepted, seen
        accepted.sort()  # by start: no two hits kept share a start (`seen`), so no key needed
        # one place in the text counts once, even when several patterns match it
        # (主要原因是: '主要原因' and '原因是')
        distinct: list[Hit] = []
        for hit in accepted:
            if distinct and hit.start < distinct[-1].end:
                continue
            distinct.append(hit)
        return distinct, seen

    def reject(self, ctx: Context, hit: Hit, scope: list[int], cited: tuple[list[int], list[int]]) -> str | None:
        """The reason code of the first filter that discards ``hit`` (see ``REASONS``), or
        None to keep it: the one decision, for scoring and for `scorer explain` alike.
        ``scope`` and ``cited`` are the report's bounds (:meth:`Context.scope`,
        :meth:`Context.citations`).  In this order: the proximity checks may run a
        regex, which may time out."""
        start = hit.start
        if not bisect_right(scope, start) & 1:
            return "scope"
        if self.ignore_citations:
            cited_from, cited_to = cited
            i = bisect_right(cited_from, start) - 1
            if i >= 0 and hit.end <= cited_to[i]:
                return "citation"
        if self.other_body is not None and self._other_body(ctx, hit) is not None:
            return "other_body"
        if self.negation and ctx.negation(hit, zero_ok=self.zero_ok):
            return "negated"
        if self.near is not None and not self._near(ctx, hit):
            return "near"
        if self.same_sentence is not None and not self._in_sentence(ctx, hit):
            return "sentence"
        if self.restated is not None:
            skip = compile_any(tuple(self.restated_skip))
            if skip is not None and (skip.search(ctx.report.norm, *ctx.sentence(hit)) or _put_off_under(ctx, hit, skip)):
                return "deferred"  # (a match inside a promise to look for the causes later: ……将……逐项查找根源)
            if (self._restated(ctx, hit) or 0) > self.restated and not self._new_enough(ctx, hit):
                return "restated"
        return None

    def _denial(self, ctx: Context, hit: Hit, denials: list[tuple[Part, str, int, int]]) -> Part | None:
        """The part of the first of ``denials`` that holds against ``hit`` (see ``DENIED_ALIKE``: in its paragraph, or
        naming its words in ``hit``'s sentence; not an earlier year's act told in ``hit``'s own sentence), or None."""
        if not self.DENIED_ALIKE:
            return denials[0][0]
        norm = ctx.report.norm
        start, end = ctx.sentence(hit)
        line = ctx.line(hit.start)[0]
        return next(
            (part for part, words, at, dated in denials if dated != start and (at == line or norm.find(words, start, end) >= 0)), None
        )

    def _denied(self, ctx: Context, patterns) -> list[tuple[Part, str, int, int]]:
        """The parts of a ``denied_by`` kind holding a match of ``patterns`` negated as not in place (……三项制度尚未真正
        落地，执法记录设备配备不足): not a requirement, a plan or a mere degree (还不够规范), nor of some units only (部分乡镇
        执法记录仪等装备配备不足) — each with the words denied, where its paragraph starts and, when it tells of an earlier
        year (局长曾于2022年12月在述职中……), where its sentence starts (else -1: see :meth:`_denial`); only the first unless
        ``DENIED_ALIKE``."""
        kinds = set(self.denied_by)
        found: list[tuple[Part, str, int, int]] = []
        for hits in ctx.found(patterns):
            for hit in hits:
                part = ctx.part(hit)
                if part is None or part.kind not in kinds:
                    continue
                if _SOME.search(ctx.report.norm, ctx.clause(hit)[0], hit.start) is not None:
                    continue  # (部分乡镇执法记录仪等装备配备不足: some places short of it, not the system denied)
                cue = ctx.negation(hit, zero_ok=self.zero_ok)
                if (
                    cue
                    and cue != HOLLOW
                    and not ctx.is_requirement_cue(cue)
                    and not ctx.opens_plan_sentence(cue)
                    and not cue.startswith(_DEGREE)
                    and not SPELLED_OUT_CUE.match(cue)  # (what a document provides says nothing of its practice, either way)
                ):
                    if not self.DENIED_ALIKE:
                        return [(part, "", 0, -1)]
                    dated = ctx.sentence(hit)[0] if ctx.dated_year(cue, hit.end) is not None else -1
                    found.append((part, ctx.report.norm[hit.start : hit.end], ctx.line(hit.start)[0], dated))
        return found

    def _other_body(self, ctx: Context, hit: Hit, named_only: bool = False) -> str | None:
        """Why ``hit`` is another body's (see ``other_body``): whose it is, or None when it is the report's own.  With
        ``named_only``, only a body named for it counts (not ``by_level`` wording, nor its words said before)."""
        own = ctx.report.meta.organization_key
        if own is None:
            return None
        name = None
        for title, body in self.other_body.heads.items():  # (县长……: the match opens with a head's title)
            if (m := _one_pattern(title).match(ctx.report.norm, hit.start, hit.end, timeout=ctx.timeout)) is not None:
                name = m.expand(body)
                break
        if name is None and (self.other_body.names or self.other_body.stands_for):
            # (the name in the match's sentence, right before it with what ``between`` allows: in its clause, or across a
            # comma when ``between`` takes one — 市委理论学习中心组举行专题学习会，集中学习了……)
            lo = max(ctx.sentence(hit)[0], hit.start - _BODY_REACH)
        if name is None and self.other_body.names:
            m = _body_before(tuple(self.other_body.names), self.other_body.between).search(
                ctx.report.norm, lo, hit.start, timeout=ctx.timeout
            )
            name = m.group(1) if m is not None else None
        shown = name
        if name is None and self.other_body.stands_for:  # (区委理论学习中心组……: a name standing for a body)
            for pattern, body in self.other_body.stands_for.items():
                m = _name_before(pattern, self.other_body.between).search(ctx.report.norm, lo, hit.start, timeout=ctx.timeout)
                if m is not None:
                    name = m.expand(body)
                    shown = ctx.report.norm[m.start() : m.start(m.re.groups)]
                    break
        if name is not None and not _is_own(own, name) and not (self.other_body.departments and _department_of(own, name)):
            return f"是「{shown}」的，不是本单位（{own}）的"
        if named_only:
            return None
        if name is None and (earlier := self._named_before_as_others(ctx, hit)) is not None:
            return earlier
        # (组织……39个县直部门主要负责人……述法 in a department's report)
        return self._other_by_level(ctx, hit, own) if self.other_body.by_level else None

    def _named_before_as_others(self, ctx: Context, hit: Hit) -> str | None:
        """Why ``hit`` is another body's when its own words stand earlier in its sentence as a body's named for them
        (``names``, ``heads``, ``stands_for``), nothing of the organisation's own between them (完成第五届市政府法律顾问遴选，聘任法律顾问37名: the city government's advisers
        still) — or the section named right before it stands so (……由市交管局法制处统一指导，法制处公职律师……) — or None."""
        norm = ctx.report.norm
        lo = ctx.sentence(hit)[0]
        words = norm[hit.start : hit.end]
        at = norm.rfind(words, lo, hit.start)
        # (or the section it is named by, named earlier after a body: ……由市交管局法制处统一指导，法制处公职律师到支队……; the
        # longest such name found earlier: 由法制处公职律师 is 法制处's)
        for k in range(_SECTION_REACH, 1, -1) if at < 0 else ():
            if hit.start - k >= lo and _SECTION_BEFORE.fullmatch(norm, hit.start - k, hit.start) is not None:
                words = norm[hit.start - k : hit.start]
                if (at := norm.rfind(words, lo, hit.start - k)) >= 0:
                    break
        if at < 0 or _OWN_BETWEEN.search(norm, at + len(words), hit.start) is not None:
            return None
        return self._other_body(ctx, Hit(at, at + len(words)), named_only=True)

    def _other_by_level(self, ctx: Context, hit: Hit, own: str) -> str | None:
        """Why ``hit`` is other bodies' when it stands inside wording of ``other_body.by_level`` for the organisation's
        type, in its sentence, or None."""
        level = level_of(own)
        lo, hi = ctx.sentence(hit)
        for pattern in self.other_body.by_level.get(level, ()) if level is not None else ():
            for m in _one_pattern(pattern).finditer(ctx.report.norm, lo, hi, timeout=ctx.timeout):
                if m.start() <= hit.start and hit.end <= m.end():
                    return f"在{level}（{own}）的报告中，「{ctx.report.norm[m.start() : m.end()]}」写的是其他单位的做法"
        return None

    def _restated(self, ctx: Context, hit: Hit) -> float | None:
        """How much of the text from ``hit`` on repeats its part's text before it (see
        :func:`restated_share`): of the text to the part's end, or of the match's paragraph
        or its own sentence (to its 。) when that is long enough to judge and repeats less — a cause
        given in new words counts even when the sentences after it name the problems again
        (……，都与此有关).  From the match, not its sentence's start: a problem named again to
        introduce its cause (执法人员能力不足，主要原因是……) is no restatement."""
        part = ctx.part(hit)
        if part is None:
            return None
        lo = hit.start
        norm = ctx.report.norm
        seen = self._said_before(ctx.report, lo)  # once, for both shares
        frame = _frame(tuple(self.restated_frame))
        skip = compile_any(tuple(self.restated_skip))
        told = _told(_skipping(norm[lo : part.end], skip), frame)
        whole = 1.0 if told is None and len(seen) >= _RESTATED_MIN else _share(seen, told or [])
        if whole is None:
            return whole
        # ... or of its paragraph, or of its own sentence, when long enough to judge (究其原因，有以下几点。: judged
        # with what follows) and repeating less: causes in a paragraph of their own count even when a problem is
        # written again after it
        for end in (norm.find("\n", lo, part.end), norm.find("。", lo, part.end)):
            if end < 0 or len(_han_pairs(norm[lo:end])) < _RESTATED_SENTENCE_MIN:
                continue
            own = _told(_skipping(norm[lo:end], skip), frame)
            share = 1.0 if own is None else _share(seen, own)
            if share is not None and share < whole:
                whole = share
        return whole

    @staticmethod
    def _topic_of_later(ctx: Context, patterns, hit: Hit, labels: bool = False) -> bool:
        """Whether ``hit`` only names the topic its paragraph's label names (述法方面。……; with ``labels``, for a rule whose
        headings do not count: the label is one), or the topic its sentence opens on (关于法律顾问工作，……; 法律顾问方面，……) and the
        patterns match again in what the topic introduces, in the sentence: those matches tell what is said of it and are
        judged on their own (关于法律顾问工作，区司法局组建的区政府法律顾问团……: another body's)."""
        norm = ctx.report.norm
        # (a topic needs one of its words near: most matches have none, and need no clause looked for; see Lexicon.topic_end)
        if TOPIC_WORDS.search(norm, max(0, hit.start - _TOPIC_WORDS_REACH), hit.end + _TOPIC_WORDS_REACH) is None:
            return False
        body = ctx.topic_end(hit.start, hit.end)
        s_end = ctx.sentence(hit)[1]
        if body is None:
            # (or the label opening its paragraph, 述法方面。……: a label, as a heading is, reports nothing — the matches of
            # the paragraph it heads, if any, tell what was done)
            return labels and ctx.topic_label_end(hit.start, hit.end) is not None
        for pattern in patterns:
            others = ctx.hits(pattern)
            k = bisect_left(others, (body,))
            if k < len(others) and others[k].start < s_end:
                return True
        return False

    def _negated_beside(self, ctx: Context, patterns, hit: Hit) -> Hit | None:
        """Another match of ``patterns`` in ``hit``'s sentence that is negated (see ``negated_sentence``), or None.  A
        match in an item's label (三是执法过程留痕。) is judged with the sentence the label heads, and a topic opening its
        paragraph (执法全过程记录方面，……) with the whole paragraph."""
        s_start, s_end = ctx.sentence(hit)
        label_end = ctx.enumeration_label_end(hit.start, hit.end)
        if label_end is not None and label_end + 1 < len(ctx.report.norm):
            s_end = max(s_end, ctx.sentence(Hit(label_end + 1, label_end + 2))[1])
        line_start, line_end = ctx.line(hit.start)
        if line_end > s_end and not ctx.report.norm[line_start : ctx.clause(hit)[0]].strip() and ctx.topic_end(hit.start, hit.end) is not None:
            s_end = line_end  # (a topic opening its paragraph, judged with all of it: 执法全过程记录方面，……。……至今尚未配备，……)
        for pattern in patterns:
            others = ctx.hits(pattern)
            for k in range(bisect_left(others, (s_start,)), len(others)):
                other = others[k]
                if other.start >= s_end:
                    break
                # (not what the other is, 法律顾问是……保障: it says nothing of the use told beside it)
                if other.start != hit.start and (cue := ctx.negation(other, zero_ok=self.zero_ok)) and not ctx.is_definition(cue):
                    # said of the other match itself, after it in its clause (……记录制度尚未完全落实) or as the object of a
                    # verb of setting up negated right before it (……，街道至今尚未建立执法全过程记录制度), not of a topic it
                    # opens (……法制审核方面，本单位尚无专职审核人员，由……审核……9件)
                    norm = ctx.report.norm
                    clause = ctx.clause(other)
                    if norm.find(cue, other.end, clause[1]) >= 0 or _NOT_SET_UP.search(norm, max(0, other.start - 12), other.start):
                        return other
                    # (a promise later in the sentence, the cue found first, over what the other's own clause says of it:
                    # 持续加强乡法律顾问队伍建设，乡法律顾问选聘工作正在按程序推进，力争年内完成聘任工作)
                    if ctx.is_requirement_cue(cue) and ctx.negated_after(other, self.zero_ok, clause[1]):
                        return other
                    # (or in a later clause, of the clause both open the sentence with, its subject: 局里常年法律顾问的聘请和
                    # 公职律师的培养，……，到年底仍未落地; or of a topic the sentence opens on, all of it about that: 关于执法全过程
                    # 记录，全市……配发执法记录仪326台；但……，过程记录实际上还没有形成制度)
                    if clause == ctx.clause(hit) and norm.find(cue, clause[1], s_end) >= 0:
                        return other
                    if other.start < hit.start and ctx.topic_end(other.start, other.end) is not None:
                        stop = min((i for i in (norm.find("。", other.end), norm.find("\n", other.end)) if i >= 0), default=len(norm))
                        # (to the full stop, past ； too; said after this match — a lack named before it, 尚无专职审核人员，由法律顾问
                        # 审核……9件, is what was done despite it)
                        if norm.find(cue, max(clause[1], hit.end), stop) >= 0:
                            return other
        return None

    def _continues_negated(self, ctx: Context, spans: list[Hit], hit: Hit) -> bool:
        """Whether ``hit`` continues a negated match among ``spans`` (the rule's matches, by start) that starts before it
        and runs up to it or into it: one phrase, negated whole (没有通过其他渠道主动公开政府信息 — 政府信息, past the
        negation's reach, after 主动公开 within it), in one clause (not a match running on from a negated clause:
        未制发……文件，清理以往文件14件)."""
        k = bisect_left(spans, (hit.start,)) - 1
        lo = None
        while k >= 0 and spans[k].start >= hit.start - _PHRASE_REACH:
            other = spans[k]
            if other.end >= hit.start:
                lo = ctx.clause(hit)[0] if lo is None else lo
                if other.start >= lo and (cue := ctx.negation(other, zero_ok=self.zero_ok)) and not ctx.is_definition(cue):
                    return True
            k -= 1
        return False

    def _new_enough(self, ctx: Context, hit: Hit) -> bool:
        """Whether an item of ``hit``'s own sentence (from it to its 。 or line end, or its part's end; an item: a piece
        between ；, 一是 or （一） labels) holds ``restated_new`` distinct pairs that its part's text before it, the stock wording
        and the frame do not — new words spread over a list of the problems rephrased (……一是人员不足，……；二是……不高，……)
        name no cause."""
        if self.restated_new is None:
            return False
        part = ctx.part(hit)
        norm = ctx.report.norm
        # (to its 。 or its line's end: a heading over the causes, 三、原因分析, is a sentence of its own)
        stop = min((i for i in (norm.find("。", hit.start, part.end), norm.find("\n", hit.start, part.end)) if i >= 0), default=part.end)
        frame = _frame(tuple(self.restated_frame))
        seen = self._said_before(ctx.report, hit.start)
        if self._new_item(norm[hit.start : stop], frame, seen):
            return True
        # (or its paragraph, when at least half of what it names is new: a lead-in, 究其原因，主要有以下几个方面：, and the
        # causes listed after it in words of their own — the problems' words they share, 执法、队伍、经费, restate nothing)
        end = norm.find("\n", hit.start, part.end)
        end = part.end if end < 0 else end
        if end <= stop:
            return False
        text = _skipping(norm[hit.start : end], compile_any(tuple(self.restated_skip)))
        pairs = set(_told(text, frame) or [])
        return 2 * len(pairs - seen) >= len(pairs) and self._new_item(text, frame, seen)

    def _new_item(self, text: str, frame, seen: set[str]) -> bool:
        """Whether an item of ``text`` (see :meth:`_new_enough`) holds ``restated_new`` distinct pairs not in ``seen``."""
        return any(len(set(_told(item, frame) or []) - seen) >= self.restated_new for item in _ITEMS.split(text))

    def _said_before(self, report, lo: int) -> set[str]:
        """The character pairs said before ``lo`` in its part (its body up to there, from the first body of its run of
        parts of its kind: causes under 三、原因分析 restate the problems of 二、存在的问题) and in the stock wording."""
        first, _ = report.run(report.part_index(lo))
        before = report.norm[report.parts[first].body_start : lo]
        if self.restated_stock:
            before += "。" + "。".join(self.restated_stock)
        return set(_han_pairs(before))

    def _named(self, norm: str, lo: int, hi: int) -> str:
        """The leading words of ``near``'s patterns that occur between ``lo`` and ``hi`` (at
        most three, in the text's order, joined by 、), or ""."""
        # (a word of one character, 向 of 向……报告, names no action by itself)
        found = {w: i for p in self.near.patterns if (w := lead_word(p)) and len(w) > 1 and (i := norm.find(w, lo, hi)) >= 0}
        # (a word inside another found one is not named twice: 组织 beside 组织学习)
        found = {w: i for w, i in found.items() if not any(w != o and w in o for o in found)}
        return "、".join(sorted(found, key=found.get)[:3])

    def reason_text(self, ctx: Context, hit: Hit, code: str) -> str:
        """The words `scorer explain` shows for a reason code of :meth:`reject`."""
        return self.reason(ctx, hit, code)[1]

    def reason(self, ctx: Context, hit: Hit, code: str, text: bool = True) -> tuple[str, str]:
        """A reason code of :meth:`reject` for ``hit``: its kind in a few words (a failing item's
        detail) and in full (`scorer explain`; "" without ``text``, which skips what only the full
        words need).  The kinds follow the decision, not the description: whatever words `near`
        names in its window, none counted (NO_NEAR)."""
        if code == "scope":
            part = ctx.part(hit)
            if part is not None and part.kind in scope_kinds(self.scope, self.default_scope) and self.headings is not True:
                return IN_TITLE, "只出现在标题中"
            if not text:
                return OUT_OF_SCOPE, ""
            where = scope_reason(part)
            # (and said not to be in place there: 本局至今未聘请法律顾问 among the shortcomings)
            # (a rule that takes negated wording, as causes do — 由于尚未聘请……: not said of it)
            cue = None if not self.negation or ctx.requirement(hit) else ctx.negation(hit, zero_ok=self.zero_ok)  # (a plan's 2026年 is none)
            if cue and cue != HOLLOW and not ctx.is_requirement_cue(cue) and not ctx.opens_plan_sentence(cue) and not cue.startswith("是"):
                where += f"，且被否定（「{cue}」）"
            return OUT_OF_SCOPE, where
        if code == "citation":
            return CITED, CITATION_REASON
        if code == "negated":
            cue = ctx.requirement(hit)
            if cue and cue.startswith(("纳入", "列入")):
                return "列入以后的工作安排", f"已列入以后的工作安排（「{cue}」），未写做了什么"
            if cue:
                return required(ctx, hit, cue)
            cue = ctx.negation(hit, zero_ok=self.zero_ok)
            if ctx.is_requirement_cue(cue) or cue.startswith("将"):  # (将……于2026年: what is to come)
                return required(ctx, hit, cue)
            if cue == HOLLOW:
                return HOLLOW_PART, HOLLOW_REASON
            if cue.startswith("是"):
                return "只说明其作用", f"只说明其作用（「{cue}」），未写做了什么"
            if SPELLED_OUT_CUE.match(cue):
                return "只写了文件的规定", f"只写了文件对它的规定（「{cue}」），未写做了什么"
            if ctx.opens_plan_sentence(cue):  # (also the cue of the hit's own plan sentence: plan_wording(hit))
                return PLANNED, plan_reason(cue)
            return "被否定", f"被否定（「{cue}」）"
        if code == "near":
            lo, hi, cut, reach, _ = self._near_window(ctx, hit)
            norm = ctx.report.norm
            # (the acts from where the window ends: at the other actor, or at the clause whose agent it is, to the end
            # of the agent's clause: ……会议2次，均由分管……副局长主持)
            until = reach if cut is None or cut == hi else max(reach, _clause_end(norm, cut))
            if cut is not None and self._occurs(ctx, tuple(self.near.patterns), hit, hi, until):
                at = _DATE_LEAD.match(norm, cut).end()  # (the actor after a date: 2024年，局党组会议……)
                actor = norm[at : at + 12].split("，")[0].split("。")[0]
                acts = self._named(norm, hi, until) or words(self.near.patterns, 3)
                return OTHER_ACTOR, f"其后的「{acts}」属于另一主体（「{actor}……」），不算"
            cues, cue_ends = ctx.requirement_spans()
            k = bisect_left(cues, hi)
            if k < len(cues) and cues[k] == hi:  # (the window ended at a requirement or promise cue: 局长表态，将亲自部署……)
                later = self._named(norm, cue_ends[k], min(ctx.sentence(hit)[1], hi + self.near.within))
                if later:
                    cue = norm[cues[k] : cue_ends[k]]
                    return REQUIRED, f"其后的「{later}」在「{cue}」之后，写成{_written_as(cue)}而非做法" if text else ""
            if not text:
                return NO_NEAR, ""
            named = self._named(norm, lo, hi)
            if named:  # the words are there, in a use that does not count (亲自部署、亲自过问……: the formula)
                for word in named.split("、"):  # (the one a pattern's exclusion leaves out: 同部署)
                    if quote := excluded_collocation(ctx, self.near.patterns, word, norm.find(word, lo, hi)):
                        return NO_NEAR, f"{self.near.within}字内的「{word}」在「{quote}」中，是规则排除的搭配"
                return NO_NEAR, f"{self.near.within}字内的「{named}」不是符合要求的用法（套语或名词）"
            return NO_NEAR, f"{self.near.within}字内没有符合要求的{words(self.near.patterns)}"
        if code == "other_body":
            return OTHER_BODY, self._other_body(ctx, hit)
        if code == "sentence":
            return "同一句中没有符合要求的用词", f"同一句中没有符合要求的{words(self.same_sentence)}"
        if code == "negated_beside":
            return "同一句说尚未落实或写成要求", "同一句（以它为话题开头的段落：同一段）中另有表述说它尚未落实、被否定或写成要求，不算"
        if code == "topic":
            return "只是话题", "只是句子开头的话题，由句中其后的表述判断"
        if code == "denied":
            return "别处说尚未落实", _DENIED_REASON.format("另一部分")
        if code == "deferred":
            if _put_off_under(ctx, hit, compile_any(tuple(self.restated_skip))):
                return "只承诺以后查找原因", "标题下的文字只承诺以后分析查找原因，未说明原因"
            return "只承诺以后查找原因", "所在句子只承诺以后分析查找原因，未说明原因"
        if code == "restated":
            return "重复前文", f"其后的文字重复前文（{self._restated(ctx, hit):.0%}的字词已在前文出现），未说明原因"
        return code, code

    def others_acting(self, ctx: Context, most: int = 2, skip=lambda where: False) -> list[tuple[Hit, str, str]]:
        """The first ``most`` sentences in scope where another actor (the plain words of ``near.stop``:
        分管, 副局长, 班子成员…) does what ``near.patterns`` name (分管副局长主持召开……): actions that are
        not the subject's, each as (the actor's first word, the actions named, the actor), for when too
        few counted; sentences whose place (第N行) ``skip`` answers true for are left out."""
        near = self.near
        if near is None or not near.stop:
            return []
        kinds = scope_kinds(self.scope, self.default_scope)
        norm = ctx.report.norm
        # (the actors named by plain words, 分管, 副局长, 班子成员: not the patterns for bodies and staff opening a
        # sentence, whose other business — 乡政府签订……, 全体干部参加…… — would be noise here)
        words = split_plain(tuple(near.stop))[0]
        if not words:
            return []
        stops = sorted({h for hits in ctx.found(list(words)) for h in hits})
        found: list[tuple[Hit, str, str]] = []
        told: set[int] = set()
        for stop in stops:
            s_start, s_end = ctx.sentence(stop)
            part = ctx.part(stop)
            if s_start in told or part is None or part.kind not in kinds:
                continue
            told.add(s_start)
            if ctx.requirement(stop) or ctx.plan_wording(stop) or ctx.in_hollow_part(stop):
                continue  # (what a requirement or a plan asks of them: 要将述法纳入领导班子……述职内容)
            acts = self._named(norm, stop.end, s_end)
            if not acts or not self._occurs(ctx, tuple(near.patterns), stop, stop.end, s_end) or skip(ctx.where(stop)):
                continue
            # (the actor as far as the actor words run: 分管法治工作的副局长, not 分管)
            actor_end = max([h.end for h in stops if stop.start <= h.start < min(s_end, stop.start + _ACTOR_REACH)])
            found.append((stop, acts, norm[stop.start : actor_end].strip()))
            if len(found) >= most:
                break
        return found

    def _others(self, ctx: Context, patterns, hit: Hit, lo: int, hi: int, acts: bool = False) -> bool:
        """Whether a match of one of ``patterns`` lies within ``lo``…``hi``, apart from
        ``hit`` that counts (:meth:`_counts`)."""
        for pattern in patterns:
            others = ctx.hits(pattern)  # in order of start: skip to the window
            for k in range(bisect_left(others, (lo,)), len(others)):
                other = others[k]
                if other.start > hi:
                    break
                if other.end <= hi and not (other.start < hit.end and hit.start < other.end):
                    if self._counts(ctx, other, acts):
                        return True
        return False

    def _counts(self, ctx: Context, occurrence: Hit, acts: bool) -> bool:
        """Whether an occurrence found by :meth:`_occurs` or :meth:`_others` counts: outside citations when those are
        ignored, and with ``acts`` not said right before it not to have been done (:func:`_not_done`) nor dated in brackets
        right after it to another year (:meth:`~scorer.matching.lexicon.Negation.dated_after`: 带头出庭应诉1次（2024年11月）)."""
        if self.ignore_citations and ctx.in_citation(occurrence):
            return False
        return not (acts and (_not_done(ctx.report.norm, occurrence.start, occurrence.end) or ctx.dated_after(occurrence)))

    def _in_sentence(self, ctx: Context, hit: Hit) -> bool:
        lo, hi = ctx.sentence(hit)
        return self._occurs(ctx, tuple(self.same_sentence), hit, lo, hi)

    def _near_part(self, ctx: Context, hit: Hit) -> tuple[int, int]:
        """Where the ``near`` window may run: the match's part, or with ``across: kind``
        the run of neighbouring parts of its kind."""
        report = ctx.report
        part = ctx.part(hit)
        if part is None:
            return 0, len(report.norm)
        if self.near.across == "part":
            return part.start, part.end
        first, last = report.run(report.part_index(hit.start))  # (part_index: the index of `part`, part_at's)
        return report.parts[first].start, report.parts[last].end

    def _near(self, ctx: Context, hit: Hit) -> bool:
        lo, hi, _, _, dated = self._near_window(ctx, hit)
        patterns = tuple(self.near.patterns)
        if dated is None or dated[0] >= hi:
            return self._occurs(ctx, patterns, hit, lo, hi, acts=True)
        # (an earlier year's act between, a clause on a year of its own after it: 委主任在2024年曾带头出庭应诉……，2025年……)
        return self._occurs(ctx, patterns, hit, lo, dated[0], acts=True) or self._occurs(ctx, patterns, hit, dated[1], hi, acts=True)

    def _near_window(self, ctx: Context, hit: Hit) -> tuple[int, int, int | None, int, tuple[int, int] | None]:
        """Where ``near`` looks for its patterns around ``hit``: (lo, hi, where a ``stop``
        (another actor) cut the window ahead or None, where it would have ended without it, and the stretch
        inside it that tells an earlier year's acts or None: from the first earlier year's date after ``hit``
        in its sentence to the clause on a year of its own that ends its reach, 局长曾于2024年……，2025年又主持……)."""
        within = self.near.within
        before = within if self.near.before is None else self.near.before
        first, last = self._near_part(ctx, hit)
        lo = max(first, hit.start - before)
        hi = min(last, hit.end + within)
        norm = ctx.report.norm
        start, end = ctx.sentence(hit)
        if self.near.subject is not None and len(norm[start : hit.start].strip()) <= self.near.subject:
            # the subject of its sentence: the sentence's verbs are its, and those of a next one
            # without a subject of its own (县长……。全年主持召开……)
            if end > hi:
                hi = min(last, end)
            if self.near.continues and end < last and norm[end] in "。；;":
                hi = max(hi, min(last, self._continued(ctx, end + 1)))
        # from a requirement or a plan on, later in the sentence (……会议上表态，2026年将亲自研究部署……) or in a later one
        # (下一步，主要负责人将……), no action is told
        # (an earlier year's date whose reach ends at a clause on a year of its own before the sentence's end does not end
        # it, 局长曾于2024年……，2025年又主持……; the stretch up to that clause, ``dated``, tells that year's acts)
        cues, cue_ends = ctx.requirement_spans()
        k = bisect_left(cues, hit.end)
        dated = None
        while k < len(cues) and cues[k] < hi and cues[k] < end:
            reach_ends = ctx.dated_reach(norm[cues[k] : cue_ends[k]], cue_ends[k], end)
            if reach_ends is None:
                break
            if dated is None:
                dated = (cues[k], reach_ends)
            k += 1
        if k < len(cues) and cues[k] < hi:
            hi = cues[k]
        if self.near.across == "sentence":  # a verb of the sentence before is not this one's, nor one of the line above
            # (a heading over the paragraph: 强化统筹部署 / 县政府主要负责同志认真履行……)
            lo = max([lo, norm.rfind("\n", lo, hit.start) + 1] + [norm.rfind(c, lo, hit.start) + 1 for c in _SENTENCE_ENDS])
            if norm.find("关于", lo, hit.start) >= 0 or norm.find("对于", lo, hit.start) >= 0:
                label = _ABOUT_LABEL.match(norm, lo)  # a topic label the match is in names no act (二是关于主要负责人述法。……)
                if label is not None and label.end() >= hit.end:
                    lo = label.end()
            hi = ctx.item_end(hit.start, hi)  # nor one of the next item (2．落实述法制度。……)
            # nor one of a next paragraph opening on a topic label of its own (……认真履行第一责任人职责。/ 依法办理行政复议和
            # 应诉案件。全年……): an unnumbered item
            m = _TOPIC_LABEL_LINE.search(norm, end, hi)
            if m is not None:
                hi = m.start()
            if hi > end:  # nor one under a heading's numbered sub-headings (第二部分 ……主要负责同志履职情况 / 一、加强统筹部署。……)
                hi = min(hi, _heading_over_items_end(ctx.report, hit, end))
            if hi > end:  # ... nor of the next item of a run the match's own sentence is in (二是……。三是……)
                if _RUN_ITEM.search(norm, ctx.line(hit.start)[0], start + 1) is not None:
                    m = _RUN_ITEM.search(norm, end, hi)
                    if m is not None:
                        hi = m.start()
        reach, cut = hi, None
        words, patterns = split_plain(tuple(self.near.stop))
        for word in words:  # another actor ahead: 分管法制工作的副局长主持……
            i = norm.find(word, hit.end, hi)
            if i >= 0:
                hi = cut = i
        for pattern in patterns:  # (?<!主要)负责人: 管委会负责人研究部署……
            m = compile_pattern(pattern).search(norm, hit.end, hi)
            if m is not None:
                hi = cut = m.start()
        agent = self._agent(ctx, hit, hi, cut, words, patterns)
        if agent is not None:
            hi, cut = agent
        return lo, hi, cut, reach, dated

    def _agent(self, ctx: Context, hit: Hit, hi: int, cut: int | None, words, patterns) -> tuple[int, int] | None:
        """Where the window ahead of ``hit`` ends, and where the other actor starts, when another actor is the agent
        (由) of what the clause before it tells (全年召开……会议3次，均由分管副镇长主持): that actor's clause is the one
        ``cut`` falls in, or when nothing cut the window the one it ends in or the one right after; the window then
        ends at the start of the clause before it (the meetings were the other's).  None when there is no such agent."""
        norm = ctx.report.norm
        edge = hi if cut is None else cut
        if norm.find("由", hit.end, edge + 2 * _AGENT_REACH) < 0:  # (one look rules out most)
            return None
        c_start = ctx.clause_start_in(hit.end, edge)
        if cut is None and (c_start <= hit.end or not _BY.match(norm, c_start)):  # (the agent's clause after the one the window ends in)
            m = CLAUSE_BREAK.search(norm, max(hit.end, hi - 1), hi + _AGENT_REACH)
            if m is None or m.group() not in "，,":
                return None
            c_start = m.end()
        if c_start <= hit.end:
            return None
        c_end = _clause_end(norm, c_start)
        by = _BY.match(norm, c_start, c_end)
        if by is None:
            return None
        at = by.end()
        actor = [i for w in words if (i := norm.find(w, at, at + _AGENT_REACH)) >= 0]
        actor += [m.start() for p in patterns if (m := compile_pattern(p).search(norm, at, min(c_end, at + _AGENT_REACH)))]
        if not actor or not self._occurs(ctx, tuple(self.near.patterns), hit, min(actor), c_end):
            return None
        return ctx.clause_start_in(hit.end, c_start - 1), min(actor)

    def _continued(self, ctx: Context, at: int) -> int:
        """The end of the sentence from ``at`` when it opens, after an item's number (1. （1）; 一是) and
        at most two of the ``continues`` openers, with one of the ``near`` patterns — or of the sentence after it,
        when it is an item's label (一是亲自部署。) or opens on an opener itself (全年先后4次在……会上……研究；3月主持召开……)
        — else ``at``."""
        norm = ctx.report.norm
        openers = _openers(tuple(self.near.continues))
        p = _ARABIC_ITEM.match(norm, at).end()  # (past an item's number: ……议事日程。1.主持召开……)
        words, patterns = split_plain(tuple(self.near.patterns))
        for _ in range(2):  # the sentence, or the one after an item's label (一是亲自部署。2025年3月主持召开……)
            if p >= len(norm):
                return at
            start = p
            end = ctx.sentence(Hit(p, p + 1))[1]
            p = openers.match(norm, p).end()
            if any(norm.startswith(w, p, end) for w in words) or any(compile_pattern(x).match(norm, p, end) for x in patterns):
                return end
            label = _ITEM_LABEL.match(norm, p) or _RUN_NUMBER.match(norm, p)  # (or past 一是: 一是带头学法，主持……)
            if label is not None:
                p = label.end()
            elif p > start and norm[start:p].strip() and end < len(norm) and norm[end] in "。；;":
                # (or past a sentence of its own that opens on an opener, its act at its end, when the one after it opens
                # with one: ……亲自督办。全年先后4次在局党组会上把法治工作作为第一议题研究；3月主持召开……)
                p = end + 1
            else:
                return at
        return at

    def _occurs(self, ctx: Context, patterns: tuple[str, ...], hit: Hit, lo: int, hi: int, acts: bool = False) -> bool:
        """Whether a match of one of ``patterns`` lies within ``lo``…``hi``, apart from
        ``hit`` (and outside citations when those are ignored): first the plain words among
        them (the usual case), then the others (:meth:`_others`), each in turn, a later one
        searched only if needed.  With ``acts`` (``near``'s actions), not one said right before it
        not to have been done (……均于2025年下半年到任，年内没有开展述法)."""
        words, others = split_plain(patterns)
        if words:
            # Plain words: their matches are their occurrences, so look for them between lo
            # and hi only (they are left out of the scan, see patterns.rule_patterns).  First
            # in one search for any of them, which finds most of those that count, or shows
            # that none occurs; occurrences it steps over (those overlapping one it found) by
            # each word in turn.
            norm = ctx.report.norm
            occurs = False
            for m in _any_word(words).finditer(norm, lo, hi):
                occurs = True
                i, j = m.span()
                if not (i < hit.end and hit.start < j):
                    if self._counts(ctx, Hit(i, j), acts):
                        return True
            if occurs:
                find = norm.find
                for word in words:
                    n = len(word)
                    i = find(word, lo, hi)
                    while i >= 0:
                        if not (i < hit.end and hit.start < i + n):
                            if self._counts(ctx, Hit(i, i + n), acts):
                                return True
                        i = find(word, i + n, hi)
        return self._others(ctx, others, hit, lo, hi, acts) if others else False


# an act said not to have been done, right before its word (年内没有开展述法; 未主持召开……)
# (or with its matter between: 也未就第一责任人职责履行情况进行专门研究; or the head whose act it is: 本年度未组织开展局主要负责人述法工作)
_NOT_DONE = re.compile(
    r"(?:没有|尚未|还未|仍未|未能|没能|从未|未曾|未)(?:单独|专门|亲自)?(?:开展|组织|进行|举行|安排|参加)?$"
    r"|(?:没有|尚未|未)就[^，,。；;\n]{1,20}?进行(?:专门|专题)?$"
    r"|(?:没有|尚未|未)(?:组织)?开展[^，,。；;\n]{0,8}?(?:主要负责人|主要负责同志|局长|书记|主任)$"
)
_NOT_DONE_REACH = 30  # characters before an act's word that _NOT_DONE looks at
# ... or after it, the act the topic of its clause, which ends saying it was not done (2025年度述法工作因……尚未开展)
_NOT_DONE_AFTER = re.compile(r"(?:工作|活动)[^，,。；;\n]{0,12}?(?:没有|尚未|还未|仍未|未能|未)(?:开展|进行|组织|举行|启动)(?=[，,。；;\n]|$)")


def _not_done(norm: str, at: int, end: int) -> bool:
    """Whether the act whose word is at ``at``…``end`` is said right before it not to have been done (:data:`_NOT_DONE`),
    or after it in its clause (:data:`_NOT_DONE_AFTER`)."""
    return _NOT_DONE.search(norm, max(0, at - _NOT_DONE_REACH), at) is not None or _NOT_DONE_AFTER.match(norm, end) is not None


# a verb of setting up, negated, right before a match (尚未建立执法全过程记录制度): said of the match itself
# (……尚未建立执法全过程记录制度; ……，尚未实现执法全过程记录)
_NOT_SET_UP = re.compile(r"(?:尚未|还未|仍未|未|没有|尚无|未能)(?:建立|设立|建成|形成|出台|制定|实行|推行|实现|做到)(?:起|了)?[^，,。；;\n]{0,4}$")


_QUOTE_MOST = 40  # characters of an excluded collocation quoted whole (longer: its ends)
_LOOK_BACK = 200  # positions before a mention a negative look-behind's words may start (excluded_collocation)
_QUOTE_TRIM = " \t\u3000、，,。；;：:"  # (an exclusion's words may end on the comma after them)


def excluded_collocation(ctx: Context, patterns, word: str, at: int) -> str | None:
    """The collocation that a negative look-around of a pattern leading with ``word`` leaves out
    at ``at`` (``政务公开(?!栏[^。]{0,30}张贴[^。]{0,8}执法)`` on 政务公开栏张贴执法人员信息), quoted from
    the original text: the pattern matches there without its negative look-arounds, and this one's
    words are where it looks. None when no pattern does so."""
    norm, text = ctx.report.norm, ctx.report.text
    for p in patterns:
        if lead_word(p) != word:
            continue
        negative = [(s, e) for s, e in lookarounds(p) if p.startswith(("(?!", "(?<!"), s)]
        if not negative:
            continue
        marked, last = [], 0  # each negative look-around replaced by an empty group that marks its place
        for k, (s, e) in enumerate(negative):
            marked += [p[last:s], f"(?P<_at{k}>)"]
            last = e
        try:
            m = compile_pattern("".join(marked) + p[last:]).match(norm, at, timeout=ctx.timeout)
            if m is None:
                continue
            spans = []  # of each look-around whose words are where it looks
            for k, (s, e) in enumerate(negative):
                where = m.start(f"_at{k}")
                if p.startswith("(?!", s):
                    x = compile_pattern(p[s + 3 : e - 1]).match(norm, where, timeout=ctx.timeout)
                    if x:
                        spans.append((min(at, where), x.end()))
                else:  # (the shortest text that ends where it looks)
                    rx = compile_pattern(f"(?:{p[s + 4 : e - 1]})\\Z")
                    # (one search first: most look-behinds of the pattern are not the one that left it out, and the scan
                    # for the closest start, one match a position, is then all futile)
                    first, lo = max(0, where - _LOOK_BACK + 1), None
                    if rx.search(norm, first, where, timeout=ctx.timeout) is not None:
                        lo = next((i for i in range(where, first - 1, -1) if rx.match(norm, i, where, timeout=ctx.timeout)), None)
                    if lo is not None:
                        spans.append((lo, max(where, at + len(word))))
        except (TimeoutError, regex.error):
            continue
        if spans:  # the closest words (深入学习贯彻习近平法治思想, not ……为指导，深入学习贯彻习近平法治思想)
            a, b = min(spans, key=lambda span: span[1] - span[0])
            quote = text[a:b].strip(_QUOTE_TRIM)
            if len(quote) > _QUOTE_MOST:
                quote = quote[: _QUOTE_MOST // 2] + "……" + quote[-_QUOTE_MOST // 2 :]
            return quote
    return None


def _heading_over_items_end(report, hit: Hit, end: int) -> int:
    """``end`` (the match's sentence end) when ``hit`` is in a heading with a titled numbered sub-heading right under it
    (……主要负责同志履职情况 / 一、加强统筹部署。……): the acts under it are told item by item, each under its own title
    with its own subject; else the report's end.  Not over items that are sentences (县长履行第一责任人职责情况 /
    1.主持召开常务会议4次……: the heading is their subject)."""
    headings = report.headings
    i = bisect_right(report.heading_starts, hit.start) - 1
    if i < 0 or i + 1 >= len(headings) or not headings[i].start <= hit.start < headings[i].end:
        return len(report.norm)
    below = headings[i + 1]
    if below.level <= headings[i].level or below.style == "plain" or report.norm[headings[i].end : below.start].strip():
        return len(report.norm)
    return len(report.norm) if report.is_sentence(below) else end
