"""This year against last year: which of last year's reports is this report's, and
what became of last year's shortcomings and plan.

**Matching.**  A report is matched to the report of last year's folder with the
same organisation (the 单位 read from the report, compared without spaces and
punctuation); failing that, to the one whose file name is most alike (years,
digits and the words every file name has — 法治政府建设, 年度, 报告 … — left out; a
:mod:`difflib` ratio of at least :data:`NAME_SIMILARITY`).  Each report is matched
on its own, so two of this year's reports may name the same report of last year.

**Addressed / done.**  Each item of last year's shortcomings part (and of its plan
part) is split into keywords: the two-character sequences of its Chinese text,
without the generic words every such item uses (存在, 不足, 进一步, 加强, 工作 …,
:data:`GENERIC`) and without pairs holding a function character (的, 和, 是 …).
Each paragraph of this year's measures parts is searched for them; the paragraph
holding the largest share of the item's keywords is the evidence, and that share
(``coverage``) decides: at least :data:`ADDRESSED` → ``addressed`` (shortcoming
已回应, plan item 已报告落实), at least :data:`PARTLY` → ``partly``, below →
``not_found``.  An item with fewer than :data:`MIN_KEYWORDS` keywords is
``unclear``.  Paragraph by paragraph, not over the whole part: a long measures
part holds most common words somewhere, a paragraph about the same matter holds
them together.  The thresholds were set on the development corpus, where no
report answers another: each report's shortcoming and plan items searched in
the other 19 reports' measures reach ``partly`` for 9 % of the items and
``addressed`` for 0.9 % (at 0.25 and 0.5 it was 30 % and 3 %).  A verdict is a
pointer for the reviewer, with its evidence, not a finding.

**Copied from last year.**  ``copied_share`` is the share of this year's shingles
(:mod:`scorer.compare.profile`: the body without part headings, title and signature)
found in last year's report.
"""

from __future__ import annotations

import difflib
import unicodedata
from pathlib import PurePath

import numpy as np
import regex

from ..results import FollowUp, PreviousReport
from .profile import Profile

ADDRESSED = 0.6
PARTLY = 0.4
MIN_KEYWORDS = 3
NAME_SIMILARITY = 0.8
EVIDENCE_CHARS = 120

GENERIC = frozenset(
    """存在 不足 问题 原因 有待 待提 提高 提升 进一 一步 步加 加强 强化 工作 方面 还不 不够 够完 仍然 仍需 一些 个别 部分 需要
    主要 继续 持续 推进 深入 全面 不断 坚持 开展 落实 完善 健全 建设 积极 努力 切实 有效 一年 年度 明年 今年 下一 重点 进行
    相关 各项 各类 全年 我局 我镇 我县 我区 我市 我委 本局 以下 如下 一是 二是 三是 四是 五是 六是 七是 八是 九是 十是
    较为 比较 相对 仍有 尚未 尚需 依然 目前 当前 同时 全局 全县 全区 全市 全镇 取得 成效 措施 举措""".split()
)
_FUNCTION = frozenset("的了和与及等在是对为将把有不还较更要以其之于并或被也都而从向中上下")
_HAN_RUN = regex.compile(r"\p{Han}{2,}")
_NAME_NOISE = regex.compile(r"[^\p{Han}A-Za-z]+|法治政府建设|法治建设|年度|情况|工作|报告|关于|的")
_ORG_NOISE = regex.compile(r"[^\p{Han}A-Za-z0-9]+")


def keywords(text: str) -> set[str]:
    out = set()
    for run in _HAN_RUN.findall(text):
        for i in range(len(run) - 1):
            pair = run[i : i + 2]
            if pair not in GENERIC and pair[0] not in _FUNCTION and pair[1] not in _FUNCTION:
                out.add(pair)
    return out


def follow_up(item: str, paragraphs: list[str], index: list[set[str]] | None = None) -> FollowUp:
    """What this year's measures ``paragraphs`` say about last year's ``item``."""
    wanted = keywords(unicodedata.normalize("NFKC", item))
    if len(wanted) < MIN_KEYWORDS:
        return FollowUp(text=item, status="unclear", coverage=0.0, evidence=None)
    index = index if index is not None else [keywords(p) for p in paragraphs]
    best, where = 0, None
    for i, found in enumerate(index):
        hits = len(wanted & found)
        if hits > best:
            best, where = hits, i
    coverage = round(best / len(wanted), 3)
    status = "addressed" if coverage >= ADDRESSED else "partly" if coverage >= PARTLY else "not_found"
    evidence = None
    if where is not None and status != "not_found":
        text = paragraphs[where]
        evidence = text if len(text) <= EVIDENCE_CHARS else text[:EVIDENCE_CHARS] + "……"
    return FollowUp(text=item, status=status, coverage=coverage, evidence=evidence)


def organization_key(name: str | None) -> str:
    return _ORG_NOISE.sub("", unicodedata.normalize("NFKC", name or ""))


def name_key(file: str) -> str:
    stem = PurePath(file.replace("\\", "/")).stem
    return _NAME_NOISE.sub("", unicodedata.normalize("NFKC", stem))


class PreviousIndex:
    """Last year's profiles (with their part items), looked up by organisation or file name."""

    def __init__(self, profiles: list[Profile]):
        self.profiles = profiles
        self.by_org: dict[str, Profile] = {}
        for p in profiles:  # the first of two reports of one organisation (input order) wins
            key = organization_key(p.organization)
            if key:
                self.by_org.setdefault(key, p)
        self.names = [(name_key(p.file), p) for p in profiles]

    def match(self, profile: Profile) -> tuple[Profile, str] | None:
        key = organization_key(profile.organization)
        if key and key in self.by_org:
            return self.by_org[key], "organization"
        mine = name_key(profile.file)
        if not mine:
            return None
        best, found = NAME_SIMILARITY, None
        for theirs, p in self.names:
            if not theirs:
                continue
            ratio = difflib.SequenceMatcher(None, mine, theirs, autojunk=False).ratio()
            if ratio > best or (ratio == best and found is None):
                best, found = ratio, p
        return (found, "file_name") if found is not None else None

    def compare(self, profile: Profile) -> PreviousReport:
        matched = self.match(profile)
        if matched is None:
            return PreviousReport()
        last, how = matched
        index = [keywords(p) for p in profile.measures]
        shared = np.intersect1d(profile.shingles, last.shingles, assume_unique=True).size
        return PreviousReport(
            file=last.file,
            matched_by=how,
            organization=last.organization,
            year=last.year,
            score=last.score,
            score_change=round(profile.score - last.score, 2),
            copied_share=round(shared / len(profile.shingles), 3) if len(profile.shingles) else 0.0,
            shortcomings=[follow_up(item, profile.measures, index) for item in last.shortcomings],
            plan=[follow_up(item, profile.measures, index) for item in last.plan],
        )
