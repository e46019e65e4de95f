"""Command-line interface (thin: argument handling and exit codes only).

Exit codes:
  0  every input scored (and every --fail-under / --fail-on-missing check met)
  1  a scored report failed --fail-under or --fail-on-missing
  2  usage error (bad option or argument)
  3  one or more inputs could not be read (listed as error rows; the rest were scored)
  4  the rule pack (or waiver file) is invalid
  5  the output (--out, or a folder of pages) could not be written
  130  interrupted (Ctrl-C)
  141  standard output was closed early (broken pipe, e.g. `| head`): the rest is not written
When several of 0-5 apply, the highest wins.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from .cli_common import (
    EXIT_BROKEN_PIPE,
    EXIT_INPUT,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_OUTPUT,
    EXIT_PACK,
    EXIT_THRESHOLD,
    EXIT_USAGE,
    PACK_HELP,
    WAIVERS_HELP,
    _fail,
    _load_pack,
    _load_waivers,
    _rule_id,
    _shown,
)
from .cli_explain import explain

# the exit codes are imported from here too (tests, scripts)
__all__ = [
    "app", "main", "EXIT_OK", "EXIT_THRESHOLD", "EXIT_USAGE", "EXIT_INPUT", "EXIT_PACK", "EXIT_OUTPUT",
    "EXIT_INTERRUPTED", "EXIT_BROKEN_PIPE",
]  # fmt: skip

app = typer.Typer(
    name="scorer",
    help="为法治政府建设年度报告评分：按 YAML 规则包逐项检查，给出证据、得分和缺失项目。\n\n"
    "Scores Chinese annual rule-of-law government reports against a declarative YAML rule pack.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"scorer {version('scorer')}")
        except PackageNotFoundError:  # run from a source tree that is not installed
            typer.echo("scorer (not installed)")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="print the version and exit"),
) -> None:
    """为法治政府建设年度报告评分：按 YAML 规则包逐项检查，给出证据、得分和缺失项目。

    Scores Chinese annual rule-of-law government reports against a declarative YAML rule pack."""


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    xlsx = "xlsx"
    md = "md"
    html = "html"
    letters = "letters"



@app.command()
def score(
    paths: list[Path] = typer.Argument(..., metavar="PATH...", help="report files or folders (folders are searched recursively)"),
    pack: Optional[str] = typer.Option(None, "--pack", "-p", metavar="PACK", help=PACK_HELP),
    fmts: list[Format] = typer.Option(
        [Format.table], "--format", "-f", metavar="FORMAT",
        help="table, json, csv, xlsx, md, html or letters; repeat it to write several into --out DIR in one run (评分表.xlsx, 网页/, 反馈意见/ …)",
    ),
    detail: bool = typer.Option(False, "--detail", help="table, md: add every report's per-item table (with --previous, every item of last year's too)"),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="PATH", help="write to this file (atomically) instead of stdout; html, letters: the folder for the pages or letters"),
    include: list[str] = typer.Option([], "--include", metavar="GLOB", help="only files matching this glob (repeatable)"),
    exclude: list[str] = typer.Option([], "--exclude", metavar="GLOB", help="skip files matching this glob (repeatable)"),
    jobs: Optional[int] = typer.Option(
        None,
        "--jobs",
        "-j",
        min=1,
        metavar="N",
        help="at most N worker processes (default: one per idle CPU); a batch too small to gain from them (under ≈ 0.4 s of work), or a machine whose cores are busy, gets one process",
    ),
    fail_under: Optional[float] = typer.Option(None, "--fail-under", metavar="SCORE", help="exit 1 when a report scores below this"),
    fail_on_missing: list[str] = typer.Option([], "--fail-on-missing", metavar="RULE", help="exit 1 when a report misses this rule (id or Chinese title; repeatable)"),
    waivers_file: Optional[Path] = typer.Option(None, "--waivers", metavar="FILE", help=WAIVERS_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="no progress bar on stderr (it is shown only on a terminal)"),
    letter_template: Optional[Path] = typer.Option(None, "--letter-template", metavar="FILE", help="letters: YAML template of the letter's texts (copy scorer/output/letters/default.yaml)"),
    previous: Optional[Path] = typer.Option(
        None, "--previous", metavar="DIR",
        help="last year's reports (a folder or a file): each report is matched by organisation (else file name) "
        "and shown with its score change, last year's shortcomings and plan followed up, and the share copied from last year",
    ),
    copies_threshold: float = typer.Option(
        0.5, "--copies-threshold", min=0.05, max=1.0, metavar="SHARE",
        help="runs of two or more files: list pairs of reports sharing at least this share of their text",
    ),
    no_copies: bool = typer.Option(False, "--no-copies", help="do not look for copies across the batch"),
) -> None:
    """Score reports and print a scorecard (评分并输出评分表)."""
    from . import batch
    from .atomic import atomic_write
    from .output import NEEDS_OUT_DIR, MissingDependency, OutputOptions, writer_class
    from .output.multi import Tee, open_writers
    from .progress import Progress
    from .results import ErrorRow, PackInfo

    loaded = _load_pack(pack)
    waivers = _load_waivers(waivers_file, loaded)
    jobs = jobs or batch.usable_cpus()  # at most; batch.run starts a pool only where it pays
    fail_on_missing = [_rule_id(loaded, name, "--fail-on-missing") for name in fail_on_missing]

    inputs = batch.collect(paths, include or None, exclude or None)
    info = PackInfo(name=loaded.name, version=loaded.version, source=loaded.source, digest=loaded.digest or None)
    formats = list(dict.fromkeys(f.value for f in fmts))
    several = len(formats) > 1
    fmt = Format(formats[0])
    if several:
        if out is None or out.is_file():
            raise _fail("several --format options write into one folder: give it with --out DIR", EXIT_USAGE)
        for name in formats[1:]:
            try:
                writer_class(name)
            except MissingDependency as e:
                raise _fail(str(e), EXIT_USAGE) from None
    elif fmt.value in NEEDS_OUT_DIR and (out is None or out.is_file()):
        what = "letters" if fmt.value == "letters" else "pages"
        raise _fail(f"--format {fmt.value} writes a folder of {what}: give it with --out DIR", EXIT_USAGE)
    try:
        cls = writer_class(fmt.value)
    except MissingDependency as e:
        raise _fail(str(e), EXIT_USAGE) from None
    if letter_template is not None:
        if "letters" not in formats:
            raise _fail("--letter-template is for --format letters", EXIT_USAGE)
        from .output.letters import TemplateError, load_template

        try:
            load_template(letter_template)  # a broken template fails now, not after the batch
        except TemplateError as e:
            raise _fail(_shown(str(e)), EXIT_USAGE) from None
    if fmt.value == "xlsx" and out is None and sys.stdout.isatty():
        raise _fail("--format xlsx writes a binary workbook: give the file with --out FILE.xlsx", EXIT_USAGE)
    code = EXIT_OK
    counts = {"scored": 0}
    if out is not None:
        _check_out(out, several or fmt.value in NEEDS_OUT_DIR)  # before scoring: fail in a second, not after the batch
    # copies are looked for in batch runs (two or more files); last year's reports are
    # scored first, so each of this year's is compared as it is scored
    last_year = _previous_index(previous, loaded, waivers, jobs, include, exclude, quiet) if previous is not None else None
    compare = _comparisons(last_year, None if no_copies or len(inputs.files) < 2 else copies_threshold)

    options = OutputOptions(detail=detail, letter_template=letter_template)

    def emit(stream) -> int:
        status = EXIT_OK
        writer = stream if isinstance(stream, Tee) else cls(stream, options)
        writer.begin(info)
        for row in inputs.errors:
            writer.error(row)
            status = max(status, EXIT_INPUT)
        progress = Progress.for_batch(len(inputs.files), quiet)
        failed = 0
        prepare = None if several else cls.prepare
        if waivers is not None:
            from .waivers import Tally  # imported only with --waivers

            prepare = Tally(prepare)  # also tells which waivers applied
        applied: set[str] = set()
        run = batch.run(inputs.files, loaded, waivers, jobs, prepare=prepare, annotate=compare and compare.annotator)
        for item in run:
            result = compare.take(item) if compare else item
            if isinstance(result, tuple):  # Tally: the result and the waivers that applied
                result, used = result
                applied.update(used)
            if isinstance(result, ErrorRow):
                failed += 1
                progress.step(failed)
                writer.error(result)
                status = max(status, EXIT_INPUT)
                continue
            progress.step(failed)
            counts["scored"] += 1
            writer.report(result)
            if fail_under is not None and result.score < fail_under:
                status = max(status, EXIT_THRESHOLD)
            if any(i in result.missing for i in fail_on_missing):
                status = max(status, EXIT_THRESHOLD)
        progress.close()
        if compare and compare.threshold is not None:
            writer.copies(compare.copies())
        writer.end()
        for w in waivers.unused(applied) if waivers is not None and counts["scored"] else ():
            typer.echo(f"{_shown(w.where)}: warning: waiver of '{w.rule}' matched no report of this run (check its organization/file)", err=True)
        return status

    try:
        if several:
            with contextlib.ExitStack() as stack:
                code = emit(open_writers(stack, formats, out, options))
        elif fmt.value in NEEDS_OUT_DIR:
            code = emit(out)  # the writer writes its files into the folder itself (atomically)
        elif out is not None:
            with atomic_write(out, binary=cls.binary) as fh:
                code = emit(fh)
        else:
            stream = sys.stdout.buffer if cls.binary else sys.stdout
            code = emit(stream)
            stream.flush()
    except BrokenPipeError:
        if out is not None:
            raise _fail(_output_error(out, "broken pipe"), EXIT_OUTPUT) from None
        _silence_stdout()
        raise typer.Exit(EXIT_BROKEN_PIPE) from None
    except OSError as e:
        raise _fail(_output_error(out, e.strerror or str(e)), EXIT_OUTPUT) from None
    except KeyboardInterrupt:
        raise _fail("已中断 (interrupted)", EXIT_INTERRUPTED) from None
    if out is not None and not quiet:  # the scorecard went to a file: say what was written
        errors = len(inputs.errors) + len(inputs.files) - counts["scored"]
        typer.echo(f"已评分 {counts['scored']} 份" + (f"，{errors} 份无法读取" if errors else "") + f" → {_shown(out)}", err=True)
    raise typer.Exit(code)


def _comparisons(last_year, threshold):
    """The run's :class:`~scorer.compare.Comparisons`, or None when nothing is compared."""
    if last_year is None and threshold is None:
        return None
    from .compare import Comparisons

    return Comparisons(last_year, threshold)


def _previous_index(folder: Path, loaded, waivers, jobs: int, include, exclude, quiet: bool):
    """Last year's reports, scored with the same pack (:func:`scorer.compare.score_previous`);
    a line on stderr says how many were read."""
    from .compare import score_previous
    from .progress import Progress

    if not folder.exists():
        raise _fail(f"--previous: 找不到上一年度的报告 {_shown(folder)} (no such file or folder)", EXIT_USAGE)
    try:
        index, failed = score_previous(folder, loaded, waivers, jobs, include, exclude, lambda n: Progress.for_batch(n, quiet))
    except KeyboardInterrupt:
        raise _fail("已中断 (interrupted)", EXIT_INTERRUPTED) from None
    if not quiet:
        scored = len(index.profiles)
        typer.echo(f"上一年度 {_shown(folder)}：已评分 {scored} 份" + (f"，{failed} 份无法读取" if failed else ""), err=True)
    return index


def _output_error(out: Optional[Path], why: str) -> str:
    from .names import printable

    where = printable(out) if out is not None else "标准输出 (standard output)"
    return f"无法写入输出 {where}：{why} (output could not be written)"


def _check_out(out: Path, folder: bool) -> None:
    """Refuse an --out that cannot be written (exit 5) before any report is scored.

    A file target must not be a folder, and the folder it goes in (created if missing)
    must take a new file; an html target is that folder itself.  A probe file is
    created and removed, which answers for permissions, read-only mounts and paths
    below a plain file alike.
    """
    import tempfile

    if not folder and out.is_dir():
        raise _fail(_output_error(out, "这是一个文件夹，请给出文件名 (is a folder: give a file name)"), EXIT_OUTPUT)
    where = out if folder else (out.parent if str(out.parent) else Path("."))
    try:
        where.mkdir(parents=True, exist_ok=True)
        fd, probe = tempfile.mkstemp(prefix=".scorer-probe-", dir=where)
        os.close(fd)
        os.unlink(probe)
    except FileExistsError:
        raise _fail(_output_error(out, "路径中有同名的普通文件 (a plain file is in the way)"), EXIT_OUTPUT) from None
    except NotADirectoryError:
        raise _fail(_output_error(out, "路径中有同名的普通文件 (a plain file is in the way)"), EXIT_OUTPUT) from None
    except PermissionError:
        raise _fail(_output_error(out, "没有写入权限 (permission denied)"), EXIT_OUTPUT) from None
    except OSError as e:
        raise _fail(_output_error(out, e.strerror or str(e)), EXIT_OUTPUT) from None


def _silence_stdout() -> None:
    """After a broken pipe: point stdout at /dev/null so the flush at exit is quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        pass


app.command(short_help="Every item's verdict, evidence and reasoning for one report (逐项说明).")(explain)  # in cli_explain.py


@app.command(short_help="Score over HTTP for submission portals (评分服务).")
def serve(
    host: str = typer.Option("127.0.0.1", "--host", metavar="ADDRESS", help="address to listen on (loopback by default; anything else: use --token-file)"),
    port: int = typer.Option(8000, "--port", min=0, max=65535, metavar="PORT", help="TCP port (0: any free port)"),
    pack: Optional[str] = typer.Option(None, "--pack", "-p", metavar="PACK", help=PACK_HELP),
    waivers_file: Optional[Path] = typer.Option(None, "--waivers", metavar="FILE", help=WAIVERS_HELP),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", min=1, metavar="N", help="scoring processes (default: CPUs, at most 4)"),
    queue_size: int = typer.Option(8, "--queue-size", min=0, metavar="N", help="requests that may wait for a worker; beyond, 503 with Retry-After"),
    token_file: Optional[Path] = typer.Option(None, "--token-file", metavar="FILE", help="file holding a bearer token required on /v1/* (healthz/readyz stay open)"),
    max_upload_mb: float = typer.Option(20.0, "--max-upload-mb", min=0.001, metavar="MB", help="largest request body in MB; larger gets 413"),
    timeout: float = typer.Option(30.0, "--timeout", min=0.001, metavar="SECONDS", help="seconds per request: an upload still arriving gets 408, unfinished scoring gives timeout error rows (html: 504)"),
    cors_origins: list[str] = typer.Option([], "--cors-origin", metavar="ORIGIN", help="allow browser calls from this origin (repeatable; default: no CORS)"),
) -> None:
    """Serve scoring over HTTP for submission portals (评分服务): POST /v1/score, GET /v1/rules, /docs."""
    from .service import missing_packages

    missing = missing_packages()
    if missing:
        raise _fail(f"scorer serve 需要安装 {', '.join(missing)}：pip install 'scorer[serve]'", EXIT_USAGE)
    from .service.run import serve as run_server

    loaded = _load_pack(pack)
    waivers = _load_waivers(waivers_file, loaded)
    raise typer.Exit(
        run_server(host, port, loaded, waivers, workers, queue_size, token_file, max_upload_mb, timeout, cors_origins)
    )


from .cli_rules import rules_app, schema_app  # noqa: E402

app.add_typer(rules_app, name="rules")
app.add_typer(schema_app, name="schema")


class _Interrupted(BaseException):
    """Ctrl-C, raised by main()'s SIGINT handler: click turns a KeyboardInterrupt into
    "Aborted!" and exit 1, but lets this through to main()."""


def _on_sigint(signum, frame):
    raise _Interrupted


def main() -> None:
    import signal

    try:
        signal.signal(signal.SIGINT, _on_sigint)
    except ValueError:  # not the main thread
        pass
    try:
        app()
    except (_Interrupted, KeyboardInterrupt):
        typer.echo("已中断 (interrupted)", err=True)
        sys.exit(EXIT_INTERRUPTED)


if __name__ == "__main__":  # pragma: no cover
    main()
