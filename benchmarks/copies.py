#!/usr/bin/env python3
"""Benchmark of the copies check (scorer.compare.copies) at office batch sizes.

Builds N synthetic report bodies (random sentences over a 3,000-character
vocabulary, ≈ 4,000 characters each, a shared pool of policy formulas quoted by
every report, and ``--copies`` planted pairs: a report re-used by another
department with a quarter of its sentences rewritten), then times:

* shingling (``shingle_hashes``, done in the scoring workers in a real run);
* ``find_copies`` (exact counts, numpy sort) — what scorer uses; ``--template``
  makes part of the batch share a template below the common-wording cut, the
  worst case for the pair count;
* MinHash + LSH from datasketch (128 permutations, Jaccard threshold 0.3) plus
  the exact count for the candidate pairs, when datasketch is installed — the
  alternative that was measured and not chosen.

It checks that every planted pair is found and reports the others flagged.
Usage::

    python benchmarks/copies.py -n 500
    python benchmarks/copies.py -n 200,500,1000 --repeat 3
    python benchmarks/copies.py -n 500 --template 0.45   # 45 % of the batch on one template
"""

from __future__ import annotations

import argparse
import random
import statistics
import time

from scorer.compare.copies import find_copies
from scorer.compare.profile import shingle_hashes


def _vocabulary(rng: random.Random) -> list[str]:
    return [chr(c) for c in rng.sample(range(0x4E00, 0x9FA5), 3000)]


def _sentence(rng: random.Random, vocab: list[str]) -> str:
    return "".join(rng.choice(vocab) for _ in range(rng.randint(15, 45))) + "。"


def corpus(n: int, planted: int, seed: int = 7, template: float = 0.0) -> tuple[list[str], set[tuple[int, int]]]:
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    formulas = [_sentence(rng, vocab) for _ in range(12)]  # every report quotes most of these
    common = [_sentence(rng, vocab) for _ in range(40)]  # a template some reports fill in
    texts = []
    for k in range(n):
        sentences = [_sentence(rng, vocab) for _ in range(rng.randint(100, 150))]
        if k >= 2 * planted and k < 2 * planted + template * n:
            sentences += [s for s in common if rng.random() < 0.9]
        sentences += rng.sample(formulas, 10)
        rng.shuffle(sentences)
        texts.append("\n".join(sentences))
    pairs = set()
    for k in range(planted):
        a, b = 2 * k, 2 * k + 1
        sentences = texts[a].split("\n")
        for i in rng.sample(range(len(sentences)), len(sentences) // 4):
            sentences[i] = _sentence(rng, vocab)
        texts[b] = "\n".join(sentences)
        pairs.add((a, b))
    return texts, pairs


def _time(fn, repeat: int):
    times, out = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def _datasketch(shingles, threshold: float):
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=0.3, num_perm=128)
    sketches = []
    for i, s in enumerate(shingles):
        m = MinHash(num_perm=128)
        m.update_batch(s.view("S8"))  # the shingle hashes as 8-byte strings
        sketches.append(m)
        lsh.insert(i, m)
    found = []
    for i, m in enumerate(sketches):
        for j in lsh.query(m):
            if j > i:
                shared = len(set(shingles[i].tolist()) & set(shingles[j].tolist()))
                if shared / min(len(shingles[i]), len(shingles[j])) >= threshold:
                    found.append((i, j))
    return found


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", default="500", help="batch sizes, comma-separated")
    ap.add_argument("--copies", type=int, default=10, help="planted pairs")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--template", type=float, default=0.0, help="share of the batch filling in one common template (its 40 sentences, 90 %% kept each)")
    args = ap.parse_args()
    for n in (int(x) for x in args.n.split(",")):
        texts, planted = corpus(n, args.copies, template=args.template)
        t_shingle, shingles = _time(lambda: [shingle_hashes(t) for t in texts], args.repeat)
        t_find, pairs = _time(lambda: find_copies(shingles), args.repeat)
        found = {(p.a, p.b) for p in pairs}
        print(f"n={n}: {sum(len(t) for t in texts) // n} chars a report, {sum(len(s) for s in shingles) // n} shingles")
        print(f"  shingling        {t_shingle * 1000:8.1f} ms ({t_shingle / n * 1000:.2f} ms a report)")
        print(f"  find_copies      {t_find * 1000:8.1f} ms   planted found {len(planted & found)}/{len(planted)}, others {len(found - planted)}")
        try:
            t_ds, ds = _time(lambda: _datasketch(shingles, 0.5), 1)
            print(f"  datasketch LSH   {t_ds * 1000:8.1f} ms   planted found {len(planted & set(ds))}/{len(planted)}")
        except ImportError:
            print("  datasketch not installed: MinHash LSH not measured")


if __name__ == "__main__":
    main()
