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


# `scorer` with the pool used for any batch with --jobs > 1, whatever the load (to show where it pays)
_POOL_FORCED = (
    "import os, sys, scorer.batch as b; b.POOL_MIN_MS = 0.0; b.usable_cpus = lambda: os.cpu_count() or 1; "
    "from scorer.cli import main; sys.argv[0] = 'scorer'; main()"
)


def run_cli(args: list[str], env: dict | None = None, pool: bool = False) -> float:
    cmd = [sys.executable, "-c", _POOL_FORCED] if pool else scorer_cmd()
    t0 = time.perf_counter()
    p = subprocess.run(cmd + args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
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
    "import ahocorasick_rs\n"
    "words = Path(sys.argv[1]).read_text(encoding='utf-8').split('\\n')\n"
    "automaton = ahocorasick_rs.AhoCorasick(words, implementation=ahocorasick_rs.Implementation.DFA)\n"
    "for path in sorted(Path(sys.argv[2]).glob('*.txt')):\n"
    "    text = unicodedata.normalize('NFKC', path.read_bytes().decode('utf-8'))\n"
    "    found = {}\n"
    "    for i, _, end in automaton.find_matches_as_indexes(text, overlapping=True):\n"
    "        found.setdefault(words[i], []).append(end - 1)\n"
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


def printed_reports() -> tuple[list[Path], str]:
    """The samples as a .txt, a .docx laid out like Word's (running header, page numbers)
    and that .docx printed to PDF by LibreOffice — or, without LibreOffice, a PDF written
    by tests/pdf_builder.py — under benchmarks/corpus/printed (reused).  Returns the
    stems' paths without suffix and what made the PDFs."""
    sys.path.insert(0, str(ROOT))
    from tests.office_pdf import soffice, to_pdf, word_docx
    from tests.pdf_builder import layout, write_pdf

    folder = CORPUS / "printed"
    maker = "LibreOffice" if soffice() else "tests/pdf_builder.py"
    stems = [folder / p.stem for p in sorted(SAMPLES.glob("*.txt"))]
    if not (folder / ".complete").exists():
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        docs = []
        for sample, stem in zip(sorted(SAMPLES.glob("*.txt")), stems):
            paras = [ln.strip() for ln in sample.read_text(encoding="utf-8").splitlines() if ln.strip()]
            stem.with_suffix(".txt").write_text("\n".join(paras) + "\n", encoding="utf-8")
            docs.append(word_docx(paras, stem.with_suffix(".docx")))
            if maker != "LibreOffice":
                write_pdf(stem.with_suffix(".pdf"), layout(paras), "identity")
        if maker == "LibreOffice":
            to_pdf(docs, folder)
        (folder / ".complete").write_text(maker)
    return stems, (folder / ".complete").read_text()


def formats_per_page(repeat: int) -> list[tuple[str, str]]:
    """PDF and .docx cost a page, side by side with the text they hold and PDFium's raw
    extraction (and pdfplumber's, if installed), in process."""
    import pypdfium2 as pdfium

    from scorer.batch import score_file
    from scorer.pack import load_pack
    from scorer.reading import read_document

    stems, maker = printed_reports()
    pack = load_pack()
    pdfs = [s.with_suffix(".pdf") for s in stems]
    datas = [p.read_bytes() for p in pdfs]
    pages = 0
    for data in datas:
        doc = pdfium.PdfDocument(data)
        pages += len(doc)
        doc.close()

    def raw() -> None:
        for data in datas:
            doc = pdfium.PdfDocument(data)
            for i in range(len(doc)):
                page = doc[i]
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
            doc.close()

    def each(suffix: str, fn) -> float:
        paths = [s.with_suffix(suffix) for s in stems]
        for p in paths:  # warm up: imports
            fn(p)
        return median_time(lambda: [fn(p) for p in paths], max(3, repeat)) / pages * 1000

    t_raw = median_time(raw, max(3, repeat)) / pages * 1000
    read_pdf = each(".pdf", read_document)
    score_pdf, score_txt, score_docx = (each(x, lambda p: score_file(p, pack)) for x in (".pdf", ".txt", ".docx"))
    out = [
        (f"PDF ({len(pdfs)} reports, {pages} pages, by {maker}): PDFium raw text", f"{t_raw:.2f} ms/page"),
        ("  scorer reads a PDF (text layer, lines joined, chrome dropped)", f"{read_pdf:.2f} ms/page ({read_pdf - t_raw:+.2f} over raw)"),
        ("  scoring a PDF / its text, per page", f"{score_pdf:.2f} / {score_txt:.2f} ms (PDF costs {score_pdf - score_txt:+.2f} ms/page more; target ≤ 10)"),
        (".docx: scoring it / its text, per page", f"{score_docx:.2f} / {score_txt:.2f} ms ({score_docx - score_txt:+.2f} ms/page more)"),
    ]
    try:
        import pdfplumber
    except ImportError:
        return out

    def plumber() -> None:
        import io

        for data in datas:
            with pdfplumber.open(io.BytesIO(data)) as pdf:
                for page in pdf.pages:
                    page.extract_text_lines(layout=False, strip=True, return_chars=True)
                    page.close()

    out.append(("  for comparison: pdfplumber's lines (the reader before)", f"{median_time(plumber, 3) / pages * 1000:.2f} ms/page"))
    return out


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
    ap.add_argument("--skip-jobs", action="store_true", help="skip the --jobs break-even runs")
    ap.add_argument("--jobs-sizes", default="25,100,200,400,1000", help="batch sizes for the --jobs break-even (default 25,100,200,400,1000)")
    ap.add_argument("--skip-formats", action="store_true", help="skip the PDF and .docx timings")
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
        # Linear in report size: one report made of many (the same clauses over and over, as a
        # careless copy or a merged file might be) against the same reports one by one.  A rule
        # step that is quadratic in the text, or in its repeats, shows here as a ratio far above 1.
        some = texts[:200]
        joined = "\n".join(some)
        t_one_by_one = median_time(lambda: [score_text(t, pack) for t in some], max(3, args.repeat // 2))
        t_joined = median_time(lambda: score_text(joined, pack), max(3, args.repeat // 2))
        row(
            f"one report of {len(some)} joined ({len(joined) / 1e6:.1f} M characters) / the {len(some)} one by one",
            f"{t_joined / t_one_by_one:.2f}× ({t_joined:.2f} s / {t_one_by_one:.2f} s)",
            "≤ 2× (linear in size)",
            t_joined / t_one_by_one <= 2,
        )

    if not args.skip_cli:
        # Side by side, alternately: the floor (fresh process: read, decode, NFKC, one
        # Aho-Corasick pass) and the CLI (fresh process: everything, JSON out), one process
        # and with the pool.  Each run pays a fixed start (interpreter, imports, pack, and
        # with --jobs the worker pool); timing a small batch too separates it from the
        # per-report cost, which is what --jobs divides and what a large batch sees.
        small = build_corpus(args.cli_small, args.seed)
        words = floor_words()
        plain = ["score", "--format", "json"]
        n, m = len(files), len(corpus_files(small))
        runs: dict[str, list[float]] = {k: [] for k in ("floor", "1", "1-nc", "auto", "j", "floor-s", "1-s", "j-s")}
        for _ in range(args.repeat):
            runs["floor"].append(run_floor(words, folder))
            runs["1"].append(run_cli([*plain, str(folder), "--jobs", "1"]))
            runs["1-nc"].append(run_cli([*plain, str(folder), "--jobs", "1", "--no-copies"]))
            runs["auto"].append(run_cli([*plain, str(folder)]))
            runs["j"].append(run_cli([*plain, str(folder), "--jobs", str(args.jobs)]))
            runs["floor-s"].append(run_floor(words, small))
            runs["1-s"].append(run_cli([*plain, str(small), "--jobs", "1"]))
            runs["j-s"].append(run_cli([*plain, str(small), "--jobs", str(args.jobs)], pool=True))
        t = {k: statistics.median(v) for k, v in runs.items()}
        row(f"floor: read+decode+NFKC+Aho-Corasick, {n:,} files, fresh process", f"{t['floor']:.2f} s ({t['floor'] / n * 1000:.2f} ms each)")
        for key, label in (("1", "--jobs 1"), ("auto", "default (one per CPU, pool if worth it)"), ("j", f"--jobs {args.jobs}")):
            ratio = t[key] / t["floor"]
            row(f"CLI score --format json, {label}", f"{n / t[key]:,.0f} reports/s ({t[key]:.2f} s, {ratio:.2f}× the floor)", "≤ 2× floor", ratio <= 2)
        copies = t["1"] - t["1-nc"]  # the corpus is perturbed copies of five samples: ≈ n²/10 pairs found
        row("  of which copies across the batch (--jobs 1 less --no-copies)", f"{copies:.2f} s ({copies / t['1']:.0%}); without them {t['1-nc'] / t['floor']:.2f}× the floor")
        row(f"  fixed start, 1 process / --jobs {args.jobs}", f"{t['1-s'] - (t['1'] - t['1-s']) / (n - m) * m:.2f} s / {t['j-s'] - (t['j'] - t['j-s']) / (n - m) * m:.2f} s")
        per1, perj, perf = (t["1"] - t["1-s"]) / (n - m), (t["j"] - t["j-s"]) / (n - m), (t["floor"] - t["floor-s"]) / (n - m)
        row("  per report: floor / 1 process", f"{perf * 1000:.2f} / {per1 * 1000:.2f} ms ({per1 / perf:.2f}×)")
        row(f"  per report, 1 process / --jobs {args.jobs}", f"{per1 * 1000:.2f} / {perj * 1000:.2f} ms ({per1 / perj:.2f}×)")

    if not args.skip_jobs:
        # Where the pool pays on this machine: --jobs 1 against a pool forced on (whatever
        # the batch) and against --jobs 2 as it chooses, for growing batches.
        sizes = [int(x) for x in args.jobs_sizes.split(",")]
        for size in sizes:
            f = build_corpus(size, args.seed)
            one, forced, chosen = [], [], []
            for _ in range(args.repeat):
                one.append(run_cli(["score", str(f), "--format", "json", "--jobs", "1"]))
                forced.append(run_cli(["score", str(f), "--format", "json", "--jobs", "2"], pool=True))
                chosen.append(run_cli(["score", str(f), "--format", "json", "--jobs", "2"]))
            a, b, c = (statistics.median(x) for x in (one, forced, chosen))
            row(f"--jobs, {size:,} reports: 1 / pool forced / --jobs 2", f"{a:.2f} / {b:.2f} / {c:.2f} s (--jobs 2: {c / a:.2f}× the time)", "≤ 1.1×", c / a <= 1.1)

    if not args.skip_formats:
        for name, value in formats_per_page(args.repeat):
            row(name, value)

    if not args.skip_memory:
        small, large = (int(x) for x in args.memory_sizes.split(","))
        peaks = {}
        for size in (small, large):
            f = build_corpus(size, args.seed)
            # --no-copies: what must stay flat is the streaming of reports; the copies section
            # holds every pair found, and this corpus (perturbed copies of five samples) pairs
            # each report with a fifth of the batch — ≈ 10 million pairs at 10,000 reports
            run = ["score", str(f), "--format", "json", "--no-copies"]
            peaks[size] = statistics.median(peak_rss_mb(run) for _ in range(max(1, args.repeat // 2)))
            row(f"peak RSS, CLI json, {size:,} reports", f"{peaks[size]:.1f} MB")
        ratio = peaks[large] / peaks[small]
        row(f"peak RSS {large:,} / {small:,}", f"{ratio:.2f}×", "≤ 1.5×", ratio <= 1.5)

    if not args.skip_cold:
        reps = max(args.repeat, 11)
        n_samples = len(list(SAMPLES.glob("*.txt")))
        # With the project's .pyc files (an installed scorer; written by a first run) and
        # without them: a copy of the package with no __pycache__, run with
        # PYTHONDONTWRITEBYTECODE=1, so its sources are compiled at every start (the
        # libraries keep theirs).  PYTHONDONTWRITEBYTECODE alone stops writing .pyc
        # files, not reading them.
        import tempfile

        base = {k: v for k, v in os.environ.items() if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
        scorer_dir = Path(__import__("scorer").__file__).parent
        fresh = Path(tempfile.mkdtemp(prefix="scorer-nopyc-"))
        shutil.copytree(scorer_dir, fresh / "scorer", ignore=shutil.ignore_patterns("__pycache__"))
        if (scorer_dir.parent / "rules").is_dir():  # a source checkout: the packs sit beside the package
            shutil.copytree(scorer_dir.parent / "rules", fresh / "rules")
        nopyc = {**base, "PYTHONDONTWRITEBYTECODE": "1", "PYTHONPATH": str(fresh)}
        run_cli(["score", str(SAMPLES), "--format", "json"], base)  # writes __pycache__ (git-ignored)
        envs = [(" (with .pyc)", base), (" (no .pyc: sources compiled each start)", nopyc)]
        for label, env in envs:
            t_help = statistics.median(run_cli(["--help"], env) for _ in range(reps))
            row(f"cold start: scorer --help{label}", f"{t_help:.3f} s", "≤ 0.25 s", t_help <= 0.25)
            t_five = statistics.median(run_cli(["score", str(SAMPLES), "--format", "json"], env) for _ in range(reps))
            row(f"cold start: score the {n_samples} samples{label}", f"{t_five:.3f} s", "≤ 0.6 s", t_five <= 0.6)
        shutil.rmtree(fresh, ignore_errors=True)

    row("load average (1 min) at the end, other work included", f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
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
