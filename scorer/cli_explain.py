"""`scorer explain FILE`: every item's verdict, evidence and reasoning for one report."""

from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from .cli_common import EXIT_INPUT, PACK_HELP, WAIVERS_HELP, _fail, _load_pack, _load_waivers, _rule_id


def explain(
    file: Path = typer.Argument(..., metavar="FILE", help="one report file"),
    rule: Optional[str] = typer.Option(None, "--rule", "-r", metavar="RULE", help="explain only this rule (id or Chinese title)"),
    pack: Optional[str] = typer.Option(None, "--pack", "-p", metavar="PACK", help=PACK_HELP),
    waivers_file: Optional[Path] = typer.Option(None, "--waivers", metavar="FILE", help=WAIVERS_HELP),
    structure: bool = typer.Option(False, "--structure", help="print only the structure read: parts and the headings under them"),
) -> None:
    """Show every item's verdict, evidence and reasoning for one report (逐项说明)."""
    from .names import printable
    from .output.base import status_label
    from .output.summary import COUNTED, item_state
    from .pipeline import Pipeline
    from .reading import ReadError, read_document
    from .results import ErrorRow

    loaded = _load_pack(pack)
    waivers = _load_waivers(waivers_file, loaded)
    if rule is not None:
        rule = _rule_id(loaded, rule, "--rule")
    try:
        doc = read_document(file)
    except ReadError as e:
        raise _fail(f"{printable(file)}: {e}", EXIT_INPUT) from None
    # the same pipeline as `scorer score`, keeping the parsed report
    result, report = Pipeline(loaded, waivers).document(doc, str(file), explain=True)
    if isinstance(result, ErrorRow):
        raise _fail(f"{printable(file)}: {result.error}", EXIT_INPUT)

    echo = typer.echo
    if structure:
        echo(printable(file))
        echo("\n".join(report.outline(depth=3)))
        raise typer.Exit(0)
    echo(printable(file))
    echo(f"标题：{result.title or '—'}    单位：{result.organization or '—'}    年度：{result.year or '—'}")
    capped = ""
    by_score = loaded.grade_for(result.score)
    if result.critical_missing and by_score != result.grade:  # (the pack's critical_cap)
        titles = "、".join(i.title for i in result.items if i.id in result.critical_missing)
        capped = f"（按得分为{by_score}；关键项「{titles}」缺失，等级最高为{result.grade}）"
    echo(f"得分：{result.score:.1f}/{result.max_score:g}    等级：{result.grade}{capped}")
    echo("识别到的结构：")
    for line in report.outline(depth=1):
        echo(f"  {line}")
    for item in result.items:
        if rule is not None and item.id != rule:
            continue
        echo("")
        # (not applicable, an error, waived or a warning: out of the denominator, so no points to show)
        counted = item_state(item) in COUNTED and item.severity is None
        points = f"{item.points:g}/{item.max_points:g}" if counted else "不计分"
        echo(f"■ {item.title}（{item.id}）  {status_label(item)}  {points}")
        if item.detail:
            echo(f"  结论：{item.detail}")
        if item.waived is not None:
            echo(f"  豁免：{item.waived.justification}")
        for ev in item.evidence:
            where = f"〔{ev.section}〕" if ev.section else ""
            echo(f"  证据：{ev.place}{where}{ev.text}")
        if item.message:
            echo(f"  建议：{item.message}")
        if rule is not None or item.status != "pass":
            rule_obj = loaded.rule(item.id)
            if hasattr(rule_obj, "scope"):
                scope = ", ".join(rule_obj.scope) if rule_obj.scope else f"{rule_obj.default_scope}（默认）"
                echo(f"  检查范围：{scope}")
            for note in item.explanation[:40]:
                echo(f"    · {note}")
            if len(item.explanation) > 40:
                echo(f"    · ……另有{len(item.explanation) - 40}条")

