"""`scorer rules …` and `scorer schema …`: commands for rule-pack authors.

Exit codes of `scorer rules lint` / `test`: 0 fine; 1 a rule example misbehaves
(test) or warnings under --strict (lint); 4 the pack, its fixture file or
another file it reads is invalid.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

rules_app = typer.Typer(
    help="rule-pack tools: list, show, lint, test, eval, doc (规则包工具)", no_args_is_help=True, rich_markup_mode=None
)
schema_app = typer.Typer(help="print JSON Schemas (rules, output)", no_args_is_help=True, rich_markup_mode=None)

PACK_ARG = "rule pack: a YAML file, a folder, or a bundled name (default: national)"
EXIT_PACK = 4


def _checked(what: str, load, *args):
    """``load(*args)``; a PackError is printed (every problem, file:line) and exits 4."""
    from .pack import PackError

    try:
        return load(*args)
    except PackError as e:
        typer.echo(f"{what}:\n{e}", err=True)
        raise typer.Exit(EXIT_PACK) from None


def _load(ref):
    from .pack import load

    return _checked("规则包有错误 (invalid rule pack)", load, ref)


def _fixtures(loaded):
    from .ruletest import load_fixtures

    return _checked("规则测试文件有错误 (invalid rule-test fixture file)", load_fixtures, loaded)


@rules_app.command("list")
def list_rules(pack: Optional[str] = typer.Argument(None, help=PACK_ARG)) -> None:
    """List the rules of a pack: id, title, category, weight, kind."""
    from tabulate import tabulate

    loaded = _load(pack).pack
    rows = [[r.id, r.title, r.category, f"{r.weight:g}" if r.weight is not None else "警示", r.kind, "是" if r.critical else ""] for r in loaded.rules]
    typer.echo(tabulate(rows, headers=["id", "标题", "类别", "分值", "类型", "关键"], disable_numparse=True))
    typer.echo(f"\n{loaded.name} {loaded.version} ({loaded.source}): {len(loaded.rules)} rules, weights {sum(r.points for r in loaded.rules):g}, total {loaded.spec.total:g}")


@rules_app.command("show")
def show_rule(
    rule_id: str = typer.Argument(..., metavar="ID", help="rule id (see `scorer rules list`)"),
    pack: Optional[str] = typer.Option(None, "--pack", "-p", help=PACK_ARG),
) -> None:
    """Show one rule: where it is written, header, basis, kind options, examples."""
    from .pack import did_you_mean
    from .ruledoc import show

    loaded = _load(pack)
    ids = [r.id for r in loaded.pack.rules]
    if rule_id not in ids:
        typer.echo(f"unknown rule id '{rule_id}'{did_you_mean(rule_id, ids)} (see `scorer rules list`)", err=True)
        raise typer.Exit(2)
    typer.echo(show(loaded, rule_id, _fixtures(loaded)), nl=False)


@rules_app.command("lint")
def lint_rules(
    packs: Optional[list[str]] = typer.Argument(None, help="rule packs to check (default: national)"),
    strict: bool = typer.Option(False, "--strict", help="exit 1 on warnings too"),
) -> None:
    """Check packs without scoring: errors (file:line:col, rule id) and semantic warnings."""
    from .lint import lint

    errors = warnings = 0
    for ref in packs or [None]:
        for problem in lint(ref):
            typer.echo(str(problem))
            if problem.severity == "error":
                errors += 1
            else:
                warnings += 1
    typer.echo(f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}")
    raise typer.Exit(EXIT_PACK if errors else 1 if strict and warnings else 0)


@rules_app.command("test")
def test_rules(
    pack: Optional[str] = typer.Argument(None, help=PACK_ARG),
    rule: list[str] = typer.Option([], "--rule", "-r", help="only this rule id (repeatable)"),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="list every example, not only failures"),
) -> None:
    """Run every rule's pass/fail examples (inline and <pack>.tests.yaml); exit 1 naming each that misbehaves."""
    from .ruletest import collect, run_case

    loaded = _load(pack)
    fixtures = _fixtures(loaded)
    unknown = [r for r in rule if r not in {x.id for x in loaded.pack.rules}]
    if unknown:
        typer.echo(f"unknown rule id(s): {', '.join(unknown)}", err=True)
        raise typer.Exit(2)
    results = [run_case(c, loaded.pack) for c in collect(loaded, fixtures, rule or None)]
    bad = [r for r in results if not r.ok]
    for r in results if verbose else [r for r in results if not r.ok or r.todo]:
        typer.echo(f"{r.label:<5}" + r.describe())
    untested = [x.id for x in loaded.pack.rules if (not rule or x.id in rule) and not any(r.rule == x.id for r in results)]
    if untested:
        typer.echo(f"no examples: {', '.join(untested)}")
    todo = sum(1 for r in results if r.todo and r.ok)
    typer.echo(f"{len(results) - len(bad) - todo} passed, {len(bad)} failed" + (f", {todo} todo" if todo else ""))
    raise typer.Exit(1 if bad else 0)


@rules_app.command("eval")
def eval_rules(
    corpus: Path = typer.Argument(..., help="folder holding the reports the gold file names"),
    gold: Path = typer.Option(..., "--gold", help="expert verdicts: file name → {rule id: pass | miss | skip}, optional order pairs"),
    pack: Optional[str] = typer.Option(None, "--pack", help=PACK_ARG),
    baseline: Optional[str] = typer.Option(None, "--baseline", help="another pack: list the verdicts the change flips"),
) -> None:
    """Agreement of a pack with an expert's verdicts, per rule, with every disagreement; exit 1 unless all agree."""
    from .goldeval import GoldError, evaluate_gold, load_gold, render

    loaded = _load(pack).pack
    base = _load(baseline).pack if baseline is not None else None
    if not corpus.is_dir():
        typer.echo(f"{corpus}: 不是文件夹 (not a folder)", err=True)
        raise typer.Exit(2)
    try:
        data = load_gold(gold)
    except GoldError as e:
        typer.echo(str(e), err=True)
        raise typer.Exit(2) from None
    result = evaluate_gold(data, corpus, loaded, base)
    typer.echo(render(result))
    raise typer.Exit(0 if result.perfect else 1)


@rules_app.command("doc")
def doc_rules(
    pack: Optional[str] = typer.Argument(None, help=PACK_ARG),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="write the Markdown to this file"),
) -> None:
    """Print a Markdown catalogue of a pack: per category, each rule and what makes it pass."""
    from .ruledoc import catalogue

    text = catalogue(_load(pack))
    if out is None:
        typer.echo(text, nl=False)
    else:
        from .atomic import atomic_write

        with atomic_write(out) as fh:
            fh.write(text)


def rules_schema_text() -> str:
    """The JSON Schema of pack files, as committed in docs/rules.schema.json."""
    from .pack import pack_json_schema

    return json.dumps(pack_json_schema(), ensure_ascii=False, indent=2) + "\n"


@schema_app.command("rules")
def schema_rules() -> None:
    """JSON Schema of rule-pack files (whole packs and overlays), for editors."""
    typer.echo(rules_schema_text(), nl=False)


@schema_app.command("output")
def schema_output() -> None:
    """JSON Schema of `scorer score --format json` (schema_version 1)."""
    from .results import output_schema

    typer.echo(json.dumps(output_schema(), ensure_ascii=False, indent=2))
