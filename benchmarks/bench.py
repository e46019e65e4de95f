#!/usr/bin/env python3
"""Throughput, memory and start-up benchmark for ``scorer`` (a script, not a test).

Builds a deterministic corpus of N reports — perturbed copies of the samples in
``reports/`` (paragraphs shuffled within their part, figures swapped, years
shifted, organisation names varied) — under ``benchmarks/corpus/`` (git-ignored),
then measures:

* the engine in process (text already read: parse + evaluate + score), and a
  naive baseline on the same texts: one ``re.search`` per pattern of the pack
  (rule, element and ``near`` patterns) over the whole text;
* ``scorer score DIR --format json`` end to end, one process and ``--jobs 2``,
  with the fixed start (interpreter, imports, pack, worker pool) separated from
  the per-report cost by also timing a small batch;
* the machine's own ceiling for ``--jobs 2``: the in-process engine run alone,
  then in two processes at once (on a shared machine two busy processes rarely
  get two full cores);
* peak RSS of the CLI process for a small and a large batch (the ratio should
  stay near 1: the JSON writer streams and nothing accumulates per report);
* cold start of ``scorer --help`` and of scoring the samples.

Every timing is the median of several runs (the machine is shared).  Usage::

    python benchmarks/bench.py                 # N=1000, everything
    python benchmarks/bench.py -n 300 --skip-memory --skip-cli
    python benchmarks/bench.py --memory-sizes 100,10000 --repeat 5

The CLI is run through the ``scorer`` entry point installed next to the running
interpreter (not a pyenv shim, which adds ~0.1 s of bash to every start).
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "reports"
CORPUS = ROOT / "benchmarks" / "corpus"

def _naive_compile(pattern: str):
    """The naive baseline's pattern: `re`, or `regex` where `re` cannot compile it (a
    variable-width look-behind, \\p{Han}…), as the pack's patterns are written for `regex`."""
    try:
        return re.compile(pattern)
    except re.error:
        import regex

        return regex.compile(pattern)


# --------------------------------------------------------------------------- corpus

_HEADING = re.compile(
    r"^[\s\u3000]*(?:[一二三四五六七八九十]{1,3}\s*[、.,．]|第[一二三四五六七八九十]{1,3}(?:部分|章)"
    r"|[（(]\s*[一二三四五六七八九十]{1,3}\s*[)）]|[0-9０-９]{1,2}\s*[、.．](?![0-9])|[（(]\s*[0-9]{1,2}\s*[)）])"
)
_YEAR = re.compile(r"20\d\d(?=\s*[年〕\]）)\-－—–]|$)")
# a figure: not a year, a date part, a document number, or a heading/list marker
_FIGURE = re.compile(r"(?<![\d〔\[（(.．第])(\d+)(?![\d、.．)）月日年号〕\]])")
_REGIONS = (
    "西安市阎良区", "市中区", "石柱土家族自治县", "浑江区", "武乡县", "安吉县", "鄞州区", "海淀区", "南山区",
    "余杭区", "崇明区", "武侯区", "渝中区", "长沙县", "昆山市", "义乌市", "晋江市", "嘉兴市南湖区",
)  # fmt: skip
_OFFICES = (
    "民政局", "司法局", "市场监督管理局", "生态环境局", "人力资源和社会保障局", "自然资源局", "住房和城乡建设局",
    "交通运输局", "农业农村局", "卫生健康委员会", "应急管理局", "教育局", "文化和旅游局", "人民政府",
)  # fmt: skip


def _organization(text: str) -> str | None:
    """The organisation named at the top (best effort, no scorer import)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.strip().startswith("[")][:3]
    for ln in lines:
        m = re.match(r"^(.{2,30}?(?:局|委员会|政府|办公室))(?:关于|20\d\d|法治|$)", ln)
        if m:
            return m.group(1)
    return None


def perturb(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    # 1) shuffle paragraphs (long lines) within each block between headings; short lines
    #    (titles, signature, dates) keep their place
    first_heading = next((i for i, ln in enumerate(lines) if _HEADING.match(ln)), len(lines))
    block: list[int] = []

    def flush() -> None:
        if len(block) > 1:
            moved = [lines[i] for i in block]
            rng.shuffle(moved)
            for i, ln in zip(block, moved):
                lines[i] = ln
        block.clear()

    for i in range(first_heading, len(lines)):
        if _HEADING.match(lines[i]):
            flush()
        elif len(lines[i].strip()) > 40:
            block.append(i)
    flush()
    out = "\n".join(lines)
    # 2) organisation name
    org = _organization(text)
    if org:
        out = out.replace(org, rng.choice(_REGIONS) + rng.choice(_OFFICES))
    # 3) years shifted consistently, figures swapped (same number of digits)
    shift = rng.choice((-2, -1, 0, 1, 2))
    out = _YEAR.sub(lambda m: str(int(m.group(0)) + shift), out)

    def figure(m: re.Match) -> str:
        digits = m.group(1)
        if rng.random() < 0.3:
            return digits
        first = str(rng.randint(1, 9)) if len(digits) > 1 or digits != "0" else "0"
        return first + "".join(str(rng.randint(0, 9)) for _ in range(len(digits) - 1))

    return _FIGURE.sub(figure, out)


def build_corpus(n: int, seed: int = 20240401, root: Path = CORPUS) -> Path:
    """``n`` perturbed reports in ``root/n{n}-s{seed}`` (reused when complete)."""
    folder = root / f"n{n}-s{seed}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    samples = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        text = perturb(samples[i % len(samples)], rng)
        (folder / f"r{i:06d}.txt").write_text(text, encoding="utf-8")
    marker.write_text(str(n))
    return folder


def corpus_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.txt"))


# --------------------------------------------------------------------------- helpers


def median_time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def scorer_cmd() -> list[str]:
    exe = Path(sys.executable).with_name("scorer")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "scorer"]


def run_cli(args: list[str], env: dict | None = None) -> float:
    t0 = time.perf_counter()
    p = subprocess.run(scorer_cmd() + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
    elapsed = time.perf_counter() - t0
    if p.returncode not in (0, 1, 3):
        raise SystemExit(f"scorer {' '.join(args)} failed ({p.returncode}): {p.stderr.decode()[-500:]}")
    return elapsed


_PEAK = (
    "import resource, subprocess, sys\n"
    "p = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, p.returncode)\n"
)


def peak_rss_mb(args: list[str]) -> float:
    """Peak RSS (MB) of the CLI, measured in a fresh parent so children never mix."""
    out = subprocess.run([sys.executable, "-c", _PEAK, *scorer_cmd(), *args], capture_output=True, text=True, check=True)
    kb, _rc = out.stdout.split()
    return int(kb) / 1024


def pack_patterns(pack) -> list[str]:
    """Every pattern of the pack: rule patterns, element patterns, near patterns."""
    out: list[str] = []
    for rule in pack.rules:
        out += list(getattr(rule, "patterns", None) or [])
        for element in getattr(rule, "elements", None) or []:
            out += list(element.patterns)
        near = getattr(rule, "near", None)
        if near is not None:
            out += list(near.patterns)
    return out


# --------------------------------------------------------------------------- main


_ENGINE_LOOP = (
    "import sys, time\n"
    "from pathlib import Path\n"
    "from scorer import load_pack, score_text\n"
    "texts = [p.read_text(encoding='utf-8') for p in sorted(Path(sys.argv[1]).glob('*.txt'))]\n"
    "pack = load_pack()\n"
    "for t in texts[:20]: score_text(t, pack)\n"
    "t0 = time.perf_counter()\n"
    "for t in texts: score_text(t, pack)\n"
    "print(time.perf_counter() - t0)\n"
)


# The floor of any scorer of these files: start an interpreter, read every file, decode it,
# NFKC-normalise it and run one Aho-Corasick pass of the pack's words over it (collecting
# where each word ends, as the engine's scan does).  Nothing is parsed, judged or written.
_FLOOR = (
    "import sys, unicodedata\n"
    "from pathlib import Path\n"
    "import ahocorasick\n"
    "automaton = ahocorasick.Automaton()\n"
    "for w in Path(sys.argv[1]).read_text(encoding='utf-8').split('\\n'):\n"
    "    automaton.add_word(w, w)\n"
    "automaton.make_automaton()\n"
    "for path in sorted(Path(sys.argv[2]).glob('*.txt')):\n"
    "    text = unicodedata.normalize('NFKC', path.read_bytes().decode('utf-8'))\n"
    "    found = {}\n"
    "    for end, word in automaton.iter(text):\n"
    "        found.setdefault(word, []).append(end)\n"
)


def floor_words() -> Path:
    """The pack's scan words in a file, for :data:`_FLOOR` (which must not import scorer)."""
    from scorer.pack import load_pack
    from scorer.patterns import pattern_set

    path = CORPUS / "floor-words.txt"
    CORPUS.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(sorted(pattern_set(load_pack().spec.rules).words)), encoding="utf-8")
    return path


def run_floor(words: Path, folder: Path) -> float:
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-c", _FLOOR, str(words), str(folder)], check=True)
    return time.perf_counter() - t0


def engine_processes(folder: Path, count: int) -> float:
    """Seconds the in-process engine takes over ``folder`` in each of ``count`` processes
    started together (the slowest of them)."""
    procs = [
        subprocess.Popen([sys.executable, "-c", _ENGINE_LOOP, str(folder)], stdout=subprocess.PIPE, text=True)
        for _ in range(count)
    ]
    return max(float(p.communicate()[0]) for p in procs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("-n", type=int, default=1000, help="reports in the throughput corpus (default 1000)")
    ap.add_argument("--seed", type=int, default=20240401)
    ap.add_argument("--repeat", type=int, default=5, help="runs per timing; the median is reported")
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for the parallel CLI run")
    ap.add_argument("--cli-small", type=int, default=100, help="reports in the small CLI batch that measures the fixed start (default 100)")
    ap.add_argument("--memory-sizes", default="100,10000", help="small,large batch for the peak-RSS ratio")
    ap.add_argument("--skip-engine", action="store_true", help="skip the in-process engine and naive timings")
    ap.add_argument("--skip-cli", action="store_true", help="skip the end-to-end CLI throughput")
    ap.add_argument("--skip-memory", action="store_true", help="skip the peak-RSS runs (the large one takes a while)")
    ap.add_argument("--skip-cold", action="store_true", help="skip the cold-start timings")
    ap.add_argument("--build-only", action="store_true", help="only build the corpus and print its folder")
    args = ap.parse_args(argv)

    folder = build_corpus(args.n, args.seed)
    files = corpus_files(folder)
    if args.build_only:
        print(folder)
        return 0
    texts = [p.read_text(encoding="utf-8") for p in files]
    avg_kb = sum(p.stat().st_size for p in files) / len(files) / 1024
    rows: list[tuple[str, str, str, str]] = []  # measure, value, target, ok

    def row(name: str, value: str, target: str = "", ok: bool | None = None) -> None:
        rows.append((name, value, target, "" if ok is None else ("yes" if ok else "NO")))

    print(f"corpus: {len(files)} reports, {avg_kb:.1f} KB average, {folder.relative_to(ROOT)}", flush=True)
    if not args.skip_engine:
        from scorer.engine import evaluate, score, score_text
        from scorer.pack import load_pack
        from scorer.parse import parse

        pack = load_pack()
        names = [str(p) for p in files]
        for t, f in zip(texts[:20], names):  # warm up: compile caches, imports
            score_text(t, pack, f)

        def engine() -> None:
            for t, f in zip(texts, names):
                score_text(t, pack, f)

        reports = [parse(t) for t in texts]

        def parse_only() -> None:
            for t in texts:
                parse(t)

        def evaluate_only() -> None:
            for r, f in zip(reports, names):
                score(evaluate(r, pack), r, pack, f)

        compiled = [_naive_compile(p) for p in pack_patterns(pack)]

        def naive() -> None:
            for t in texts:
                for rx in compiled:
                    rx.search(t)

        from scorer.matching import Context, compile_pattern

        rule_rx = [compile_pattern(p) for p in dict.fromkeys(pack_patterns(pack))]
        try:
            from scorer.patterns import pattern_set
        except ImportError:  # an older scorer: in scorer.matching, or no word automaton at all
            import scorer.matching

            pattern_set = getattr(scorer.matching, "pattern_set", None)
        options = {"patterns": pattern_set(pack.rules)} if pattern_set else {}

        def finding() -> None:  # the engine's matcher alone: every occurrence of every pattern
            for r in reports:
                ctx = Context(r, **options)
                for rx in rule_rx:
                    ctx.find(rx)

        t_engine = median_time(engine, args.repeat)
        t_parse = median_time(parse_only, args.repeat)
        t_eval = median_time(evaluate_only, args.repeat)
        t_naive = median_time(naive, args.repeat)
        t_find = median_time(finding, args.repeat)
        n = len(texts)
        rps = n / t_engine
        row("engine, in process (parse+evaluate+score)", f"{rps:,.0f} reports/s ({t_engine / n * 1000:.3f} ms each)", "≥ 1,000/s", rps >= 1000)
        row("  of which parse", f"{t_parse / n * 1000:.3f} ms/report")
        row("  of which evaluate+score", f"{t_eval / n * 1000:.3f} ms/report")
        row(f"naive: re.search × {len(compiled)} patterns", f"{t_naive / n * 1000:.3f} ms/report")
        ratio = t_engine / t_naive
        row("engine / naive time", f"{ratio:.2f}×", "≤ 0.5×", ratio <= 0.5)
        row("matcher alone: all matches of every pattern", f"{t_find / n * 1000:.3f} ms/report")
        row("matcher alone / naive", f"{t_find / t_naive:.2f}×")
        solo = statistics.median(engine_processes(folder, 1) for _ in range(max(3, args.repeat // 2)))
        pair = statistics.median(engine_processes(folder, 2) for _ in range(max(3, args.repeat // 2)))
        row("engine in 2 processes at once, vs 1", f"{2 * solo / pair:.2f}× the work per second (ceiling for --jobs 2)")

    if not args.skip_cli:
        # Each run pays a fixed start (interpreter, imports, pack, and with --jobs the worker
        # pool) that no number of processes shortens.  Timing a small batch too separates it
        # from the per-report cost, which is what --jobs divides and what a large batch sees.
        small = build_corpus(args.cli_small, args.seed)
        plain = ["score", "--format", "json"]
        jobs = ["--jobs", str(args.jobs)]

        def timed(extra: list[str], where: Path) -> float:
            return statistics.median(run_cli([*plain, str(where), *extra]) for _ in range(args.repeat))

        t1, tj = timed([], folder), timed(jobs, folder)
        s1, sj = timed([], small), timed(jobs, small)
        n, m = len(files), len(corpus_files(small))
        row("CLI score --format json, 1 process", f"{n / t1:,.0f} reports/s ({t1:.2f} s)")
        row(f"CLI score --format json, --jobs {args.jobs}", f"{n / tj:,.0f} reports/s ({t1 / tj:.2f}× of 1 process)")
        row(f"  fixed start, 1 process / --jobs {args.jobs}", f"{s1 - (t1 - s1) / (n - m) * m:.2f} s / {sj - (tj - sj) / (n - m) * m:.2f} s")
        per1, perj = (t1 - s1) / (n - m), (tj - sj) / (n - m)
        speedup = per1 / perj
        row(
            f"  per report, 1 process / --jobs {args.jobs}",
            f"{per1 * 1000:.2f} / {perj * 1000:.2f} ms ({speedup:.2f}×)",
            f"≈ {args.jobs}×",
            speedup >= 0.9 * args.jobs,
        )

    if not args.skip_memory:
        small, large = (int(x) for x in args.memory_sizes.split(","))
        peaks = {}
        for size in (small, large):
            f = build_corpus(size, args.seed)
            peaks[size] = statistics.median(peak_rss_mb(["score", str(f), "--format", "json"]) for _ in range(max(1, args.repeat // 2)))
            row(f"peak RSS, CLI json, {size:,} reports", f"{peaks[size]:.1f} MB")
        ratio = peaks[large] / peaks[small]
        row(f"peak RSS {large:,} / {small:,}", f"{ratio:.2f}×", "≤ 1.5×", ratio <= 1.5)

    if not args.skip_cold:
        reps = max(args.repeat, 11)
        n_samples = len(list(SAMPLES.glob("*.txt")))
        envs = [("", None)]
        if os.environ.get("PYTHONDONTWRITEBYTECODE"):
            # This environment never caches bytecode, so every start compiles the project's
            # sources; an installed scorer has its .pyc files.  Measure both.
            cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
            run_cli(["score", str(SAMPLES), "--format", "json"], cached)  # writes __pycache__ (git-ignored)
            envs = [(" (no .pyc: PYTHONDONTWRITEBYTECODE=1)", None), (" (with .pyc)", cached)]
        for label, env in envs:
            t_help = statistics.median(run_cli(["--help"], env) for _ in range(reps))
            row(f"cold start: scorer --help{label}", f"{t_help:.3f} s", "≤ 0.25 s", t_help <= 0.25)
            t_five = statistics.median(run_cli(["score", str(SAMPLES), "--format", "json"], env) for _ in range(reps))
            row(f"cold start: score the {n_samples} samples{label}", f"{t_five:.3f} s", "≤ 0.6 s", t_five <= 0.6)

    _print_table(rows)
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} cpu, {_cpu_model()}; medians of {args.repeat}+ runs")
    return 0


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown cpu"


def _print_table(rows) -> None:
    headers = ("measure", "value", "target", "met")
    widths = [max(_width(r[i]) for r in [headers, *rows]) for i in range(4)]
    line = lambda cells: "  ".join(c + " " * (w - _width(c)) for c, w in zip(cells, widths)).rstrip()  # noqa: E731
    print(line(headers))
    print(line(["-" * w for w in widths]))
    for r in rows:
        print(line(r))


def _width(s: str) -> int:
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


if __name__ == "__main__":
    sys.exit(main())
