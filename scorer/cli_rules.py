"""`scorer rules …` and `scorer schema …`: commands for rule-pack authors."""

from __future__ import annotations

from typing import Optional

import typer

rules_app = typer.Typer(help="rule-pack tools: list, test (规则包工具)", no_args_is_help=True, rich_markup_mode=None)
schema_app = typer.Typer(help="print JSON Schemas (rules, output)", no_args_is_help=True, rich_markup_mode=None)


@rules_app.command("list")
def list_rules(pack: Optional[str] = typer.Argument(None, help="rule pack (default: national)")) -> None:
    """List the rules of a pack: id, title, category, weight, kind."""
    from tabulate import tabulate

    from .cli import _load_pack

    loaded = _load_pack(pack)
    rows = [[r.id, r.title, r.category, f"{r.weight:g}", r.kind, "是" if r.critical else ""] for r in loaded.rules]
    typer.echo(tabulate(rows, headers=["id", "标题", "类别", "分值", "类型", "关键"], disable_numparse=True))


@rules_app.command("test")
def test_rules(pack: Optional[str] = typer.Argument(None, help="rule pack (default: national)")) -> None:
    """Run every rule's pass/fail examples; exit 1 naming each example that misbehaves."""
    from .cli import _load_pack
    from .ruletest import run_examples

    loaded = _load_pack(pack)
    results = run_examples(loaded)
    bad = [r for r in results if not r.ok]
    for r in bad:
        typer.echo("FAIL " + r.describe())
    typer.echo(f"{len(results) - len(bad)} passed, {len(bad)} failed")
    raise typer.Exit(1 if bad else 0)


@schema_app.command("output")
def schema_output() -> None:
    """JSON Schema of `scorer score --format json` (schema_version 1)."""
    import json

    from .results import RunResult

    typer.echo(json.dumps(RunResult.model_json_schema(), ensure_ascii=False, indent=2))
