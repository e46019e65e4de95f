"""Evaluate a parsed report against a rule pack, then score it.

``evaluate(report, pack)`` runs every rule and returns one
:class:`~scorer.results.ItemResult` each; ``score(...)`` turns them into a
:class:`~scorer.results.ReportResult`.  :func:`score_text` does it all for a
string and is the public entry point for callers with their own batch engine::

    from scorer import load_pack, score_text
    pack = load_pack()                      # the bundled national pack
    result = score_text(text, pack, file="a.txt")
    print(result.score, result.grade, result.missing)

Scoring model (XCCDF-like): each rule earns ``weight × fraction`` (1 for
pass, found/n for partial, 0 for fail).  ``not_applicable`` and ``error``
results, waived items and warnings (``severity: warning``, worth 0) leave the denominator; the score is
``total × earned / applicable``, rounded to one decimal.  A missed critical
rule caps the grade at the pack's ``critical_cap``.
"""

from __future__ import annotations

import time

from .document import Report
from .kinds.base import Outcome
from .matching import Context, Hit, PatternTimeout
from .patterns import pattern_set
from .pack import Pack
from .results import Evidence, ItemResult, ReportResult


def evaluate(report: Report, pack: Pack, *, explain: bool = False) -> list[ItemResult]:
    """One :class:`ItemResult` per rule.  With ``explain`` each item's ``explanation``
    lists the notes `scorer explain` shows (every match kept or discarded, and why);
    without it (the default) ``explanation`` is empty and the rest is the same."""
    spec = pack.spec
    ctx = Context(
        report,
        timeout=spec.regex_timeout,
        negation_cues=spec.negation.cues,
        negation_window=spec.negation.window,
        requirement_cues=tuple(spec.negation.requirement),
        stock_openers=tuple(spec.negation.stock),
        plan_words=tuple(spec.negation.plan_words),
        patterns=pattern_set(spec.rules),  # built once per pack: one scan finds every word
        explain=explain,
    )
    items = []
    # The report's time budget (report_timeout): each rule's patterns get what is left of
    # it, at most regex_timeout each; once it is spent, the rules with patterns that
    # remain are errors saying so (rules without patterns still run: they are cheap).
    budget = spec.report_timeout
    regex_timeout = spec.regex_timeout
    meta = report.meta
    clock = time.perf_counter
    started = clock()
    for rule, fixed in zip(spec.rules, _fixed_fields(spec.rules)):
        left = budget - (clock() - started)
        if left <= 0 and _has_patterns(rule):
            items.append(_item(fixed, ctx, "error", 0.0, [], _over_budget(budget), []))
            continue
        if rule.only_if is not None:
            outside = rule.only_if.excludes(meta)
            if outside is not None:
                items.append(_item(fixed, ctx, "not_applicable", 0.0, [], outside, []))
                continue
        limited = left < regex_timeout
        ctx.timeout = (left if left > 0.001 else 0.001) if limited else regex_timeout
        try:
            outcome = rule.evaluate(ctx)
        except PatternTimeout as e:
            detail = _over_budget(budget) if limited else f"模式运行超时（{regex_timeout}秒）：{e.pattern}"
            items.append(_item(fixed, ctx, "error", 0.0, [], detail, []))
            continue
        if rule.requires and outcome.status in _PASSING and (unmet := _unmet(rule.requires, items)):
            outcome = _without(outcome, unmet)
        items.append(_item(fixed, ctx, outcome.status, outcome.fraction, outcome.hits, outcome.detail, outcome.notes))
    return items


_PASSING = frozenset(("pass", "partial"))
_STATUS_TEXT = {"fail": "缺失", "partial": "部分缺失"}


def _unmet(required: list[str], items: list[ItemResult]) -> list[ItemResult]:
    """The items of the rules in ``required`` that are missing (fail or partial) among ``items`` so far (the
    loader made sure each comes before the rule that requires it)."""
    return [i for i in items if i.id in required and i.status in _MISSING]


def _without(outcome: Outcome, unmet: list[ItemResult]) -> Outcome:
    """``outcome`` failed for the required items ``unmet``: what it found is kept in the notes, not as evidence."""
    why = "、".join(f"「{i.title}」{_STATUS_TEXT[i.status]}" for i in unmet)
    detail = f"{why}，本项不计（本项以其为前提）" + (f"；本项自身：{outcome.detail}" if outcome.detail else "")
    return Outcome("fail", 0.0, [], detail, [*outcome.notes, f"前提项未通过：{why}，本项判为缺失"])


def _over_budget(budget: float) -> str:
    return f"本报告的规则运行总时间超过上限（report_timeout {budget:g}秒），此项未检查 (report time budget spent)"


def _has_patterns(rule) -> bool:
    from .patterns import rule_patterns

    return bool(rule_patterns([rule]))


_COUNTED = frozenset(("pass", "partial", "fail"))
_MISSING = frozenset(("fail", "partial"))
_last_fixed: tuple = (None, 0, ())  # (rules list, its length, their fixed fields), as patterns.pattern_set


def _fixed_fields(rules) -> tuple[tuple, ...]:
    """Each rule's part of its :class:`ItemResult` that no report changes (points, id, title,
    category, message, basis, critical, severity), read from the rules once per pack rather
    than once per report (a loaded pack is not edited in place; an edited copy is a new list)."""
    global _last_fixed
    last_rules, last_len, fixed = _last_fixed  # one read: safe if another thread replaces it
    if last_rules is not rules or last_len != len(rules):
        fixed = tuple(
            (r.points, r.id, r.title, r.category, r.message, r.basis, r.critical, "warning" if r.severity == "warning" else None)
            for r in rules
        )
        _last_fixed = (rules, len(rules), fixed)
    return fixed


def _item(fixed: tuple, ctx: Context, status: str, fraction: float, hits: list[Hit], detail, notes) -> ItemResult:
    max_points, id_, title, category, message, basis, critical, severity = fixed
    if hits:
        quote = ctx.evidence
        evidence = [quote(h) for h in hits[:3]]
        if len(evidence) > 1:  # (two hits quoted alike — one sentence for two elements, both copies of a repeat — shown once)
            kept: dict[tuple[int, str], Evidence] = {}
            for e in evidence:
                kept.setdefault((e.line, e.text), e)
            evidence = list(kept.values())
    else:
        evidence = []
    return ItemResult(
        id=id_,
        title=title,
        category=category,
        status=status,
        points=round(max_points * fraction, 2) if status in _COUNTED else 0.0,
        max_points=max_points,
        message=message if status in _MISSING else None,
        basis=basis,
        evidence=evidence,
        detail=detail,
        critical=critical,
        explanation=list(notes) if notes and ctx.explain else [],
        severity=severity,
    )


def score(items: list[ItemResult], report: Report, pack: Pack, file: str) -> ReportResult:
    spec = pack.spec
    earned = applicable = 0.0
    for item in items:
        if item.status in ("pass", "partial", "fail") and item.waived is None:
            earned += item.points
            applicable += item.max_points
    value = round(spec.total * earned / applicable, 1) if applicable else 0.0
    missing = [i.id for i in items if i.status in ("fail", "partial") and i.waived is None and i.severity is None]
    warned = [i.id for i in items if i.status in ("fail", "partial") and i.waived is None and i.severity == "warning"]
    critical_missing = [i.id for i in items if i.critical and i.id in missing]
    grade = pack.grade_for(value)
    if critical_missing and spec.critical_cap is not None:
        order = [g.name for g in sorted(spec.grades, key=lambda g: g.min, reverse=True)]
        if order.index(grade) < order.index(spec.critical_cap):
            grade = spec.critical_cap
    meta = report.meta
    return ReportResult(
        file=file,
        title=meta.title,
        organization=meta.organization,
        year=meta.year,
        signing_date=meta.signing_date,
        document_number=meta.document_number,
        score=value,
        max_score=spec.total,
        grade=grade,
        items=items,
        missing=missing,
        waived=[i.id for i in items if i.waived is not None],
        critical_missing=critical_missing,
        warnings=warned,
        text=report.text,
    )


def score_report(report: Report, pack: Pack, file: str = "<text>", waivers=None, *, explain: bool = False) -> ReportResult:
    items = evaluate(report, pack, explain=explain)
    if waivers is not None:
        waivers.apply(items, report, file)
    return score(items, report, pack, file)


def score_text(text: str, pack: Pack | str | None = None, file: str = "<text>", waivers=None, *, explain: bool = False) -> ReportResult:
    """Score one report given as text (already decoded) with a loaded pack.

    This is the function to map over your own batch engine (a process pool, a
    task queue, a web form's handler): it is pure — no I/O, no global state
    beyond caches — and a loaded :class:`~scorer.pack.Pack` pickles, so it can
    be sent to worker processes::

        from concurrent.futures import ProcessPoolExecutor
        from functools import partial
        from scorer import load_pack, score_text

        pack = load_pack()
        with ProcessPoolExecutor() as pool:
            results = pool.map(partial(score_text, pack=pack), texts, chunksize=64)

    Load the pack once and reuse it: everything derived from it (compiled
    patterns, the Aho-Corasick automaton of its words) is built on first use
    and cached per process, keyed by the pack's patterns.  One 8 KB report
    takes about 1.8–1.9 ms on a shared 2.3 GHz Xeon core (docs/performance.md, Round 9).  ``file`` is only echoed
    into the result; reading files (``.docx``, ``.pdf``…, encodings) is
    :func:`scorer.reading.read_document`'s job, and :func:`scorer.batch.run`
    does reading, scoring and worker processes for a list of paths.
    ``explain=True`` fills each item's ``explanation`` (what `scorer explain`
    prints); it is excluded from JSON and costs ≈ 30 %, so it is off by default.

    ``pack`` may also be a bundled pack's name or a path (loaded on each call: pass
    a loaded pack when scoring many) or None (the bundled national pack).  Text that
    is not ``str`` is a :class:`TypeError`; empty or blank text is the
    :class:`~scorer.reading.ReadError` `scorer score` reports for an empty file.  Text in
    traditional characters is matched as simplified, as for files (a ReadError naming
    ``pip install opencc`` if the converter cannot be loaded).
    """
    if not isinstance(text, str):
        if isinstance(text, (bytes, bytearray, memoryview)):
            raise TypeError(
                "score_text() 需要已解码的文本 (str)，收到的是字节串 (bytes)：请先解码，例如 "
                "scorer.reading.decode_text(data)[0]，或用 scorer.reading.read_document(path) 读取文件 "
                "(score_text() takes decoded text, got bytes: decode them first)"
            )
        raise TypeError(f"score_text() 需要报告文本 (str)，收到的是 {type(text).__name__} (score_text() takes text as str)")
    if not text.strip():
        from .reading import ReadError

        raise ReadError("文件为空，没有文字内容 (empty: no text)")  # what `scorer score` says of such a file
    from .pipeline import Pipeline  # above this module: it reads, parses and calls score_report

    # traditional Chinese is matched as simplified, as `scorer score` does for files
    return Pipeline(_as_pack(pack), waivers).text(text, file, explain=explain)


def _as_pack(pack) -> Pack:
    """A loaded pack, or a pack name / path loaded here (cheaper to load once and pass it)."""
    if isinstance(pack, Pack):
        return pack
    if pack is None or isinstance(pack, str) or hasattr(pack, "__fspath__"):
        from .pack import load_pack

        return load_pack(pack)
    raise TypeError(
        f"score_text() 的 pack 参数需要 load_pack() 返回的规则包、规则包名称或路径，收到的是 {type(pack).__name__} "
        "(pack must be a loaded Pack, a bundled name or a path)"
    )
