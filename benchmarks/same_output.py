"""Write everything scorer outputs for a fixed set of inputs, to compare two versions.

Performance work must not change a single byte of output.  Run this once with the
code before a change and once after, then compare the two folders::

    git worktree add /tmp/before HEAD
    python benchmarks/same_output.py /tmp/out-before --code /tmp/before
    python benchmarks/same_output.py /tmp/out-after
    diff -r /tmp/out-before /tmp/out-after && echo identical

The inputs are the samples, a 500-report corpus (``bench.py``'s), and fuzzed copies
of corpus reports that stress the matcher's edge cases: negations put before
keywords, keywords quoted as titles 《…》, full-width digits and letters, zero-activity
phrases, renumbered headings.  The outputs are every format (``--format json`` with
one and two processes, csv, md, table, xlsx, html) and ``scorer explain`` of some
reports.  ``--code`` runs the scorer found in another checkout (through
``PYTHONPATH``), so the same inputs go through both versions.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench import CORPUS, ROOT, SAMPLES, build_corpus, corpus_files  # noqa: E402

_CUES = ("未", "尚未", "没有", "缺乏", "无", "未能", "全年未发生", "没有收到")
_WORDS = (
    "法律顾问", "行政复议", "行政诉讼", "规范性文件", "重大行政决策", "行政执法", "第一责任人",
    "政务公开", "普法", "述法", "营商环境", "合法性审核", "案件", "人大", "政协",
)  # fmt: skip
_FULL = str.maketrans("0123456789%ABC.", "０１２３４５６７８９％ＡＢＣ．")


def fuzz(text: str, rng: random.Random) -> str:
    """A copy of ``text`` with edge cases put in at random places."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        r = rng.random()
        word = rng.choice(_WORDS)
        if word in line and r < 0.25:
            line = line.replace(word, rng.choice(_CUES) + word, 1)
        elif word in line and r < 0.4:
            line = line.replace(word, "《" + word + "》", 1)
        elif r < 0.5:
            line = line.translate(_FULL)
        elif r < 0.55:
            line = line.replace("一、", "第一部分 ", 1).replace("（二）", "(二)", 1).replace("1.", "1、", 1)
        elif r < 0.6 and len(line) > 20:
            line = line + rng.choice(("本年度未发生行政复议案件。", "尚未建立法律顾问制度。", "无行政诉讼案件。"))
        lines[i] = line
    if rng.random() < 0.2:
        lines = [ln for ln in lines if not ln.startswith(("四、", "三、"))]
    return "\n".join(lines)


def build_fuzzed(n: int, seed: int = 7) -> Path:
    folder = CORPUS / f"fuzz{n}-s{seed}"
    if (folder / ".complete").exists():
        return folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    sources = corpus_files(build_corpus(500))
    for i in range(n):
        rng = random.Random(seed * 1_000_003 + i)
        text = sources[i % len(sources)].read_text(encoding="utf-8")
        (folder / f"f{i:05d}.txt").write_text(fuzz(text, rng), encoding="utf-8")
    (folder / ".complete").write_text(str(n))
    return folder


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("out", type=Path, help="folder to write the outputs to (replaced)")
    ap.add_argument("--code", type=Path, help="a checkout whose scorer to run (default: the installed one)")
    ap.add_argument("--fuzz", type=int, default=600, help="fuzzed reports (default 600)")
    args = ap.parse_args(argv)

    env = dict(os.environ)
    if args.code:
        env["PYTHONPATH"] = str(args.code.resolve())
    corpus = build_corpus(500)
    fuzzed = build_fuzzed(args.fuzz)
    small = sorted(corpus_files(corpus))[:60]
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)

    def scorer(*cli: str, out: str | None = None) -> None:
        p = subprocess.run([sys.executable, "-m", "scorer", *cli], capture_output=True, env=env, cwd=args.code or ROOT)
        if p.returncode not in (0, 1, 3):
            raise SystemExit(f"scorer {' '.join(cli)} failed ({p.returncode}): {p.stderr.decode()[-800:]}")
        if out is not None:
            (args.out / out).write_bytes(p.stdout)

    every = [str(SAMPLES), str(corpus), str(fuzzed)]
    scorer("score", *every, "--format", "json", out="all.json")
    scorer("score", *every, "--format", "json", "--jobs", "2", out="all-jobs2.json")
    for fmt in ("csv", "md", "table"):
        scorer("score", str(SAMPLES), *map(str, small), "--format", fmt, "--detail", out=f"some.{fmt}")
    scorer("score", str(SAMPLES), *map(str, small), "--format", "xlsx", "--out", str(args.out / "some.xlsx"))
    scorer("score", str(SAMPLES), "--format", "html", "--out", str(args.out / "html"))
    explained = sorted(SAMPLES.glob("*.txt")) + small[:15] + sorted(corpus_files(fuzzed))[:15]
    for path in explained:
        scorer("explain", str(path), out=f"explain-{path.parent.name}-{path.stem}.txt")
    print(f"wrote {sum(1 for _ in args.out.rglob('*'))} files to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
