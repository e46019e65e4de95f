"""What the commands of the command-line interface share: exit codes, loading the rule
pack and the waivers with a clear message, failing with an exit code."""

from __future__ import annotations

import typer

EXIT_OK, EXIT_THRESHOLD, EXIT_USAGE, EXIT_INPUT, EXIT_PACK = 0, 1, 2, 3, 4
EXIT_OUTPUT, EXIT_INTERRUPTED, EXIT_BROKEN_PIPE = 5, 130, 141


def _rule_id(loaded, name: str, option: str) -> str:
    """The id of the rule ``name`` names: its id, or its Chinese title (序号连续)."""
    by_title = {r.title: r.id for r in loaded.rules}
    if name in {r.id for r in loaded.rules}:
        return name
    if name in by_title:
        return by_title[name]
    raise _fail(f"{option}: unknown rule id or title '{name}' (see `scorer rules list`)", EXIT_USAGE)


PACK_HELP = "rule pack: a YAML file, a folder, or a bundled name (default: national)"


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(message, err=True)
    return typer.Exit(code)


def _load_pack(ref):
    from .pack import PackError, load_pack

    try:
        return load_pack(ref)
    except PackError as e:
        raise _fail(f"规则包有错误 (invalid rule pack):\n{e}", EXIT_PACK) from None


WAIVERS_HELP = "YAML file of waivers (rule + organization name/glob(s) or file glob + justification [+ expires, approver, document]); see docs/authoring-rules.md"


def _shown(text) -> str:
    from .names import printable

    return printable(text)


def _load_waivers(path, pack):
    """The waivers of --waivers (None without it); warns on stderr about expired entries."""
    if path is None:
        return None
    from .pack import PackError
    from .waivers import load_waivers

    try:
        waivers = load_waivers(path, pack)
    except PackError as e:
        raise _fail(f"豁免文件有错误 (invalid waiver file):\n{e}", EXIT_PACK) from None
    for w in waivers.expired:
        typer.echo(f"{_shown(w.where)}: warning: waiver of '{w.rule}' expired on {w.expires}; not applied", err=True)
    return waivers

