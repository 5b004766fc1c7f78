"""Scoring and text-analysis throughput, each beside a baseline measured in the same run.

    python bench/bench_scoring.py [--evaluations N] [--megabytes M]

Prints figures; asserts nothing. Aims (issue 3): >= 10,000 evaluations/s; text analysis
>= 5 MB/s and <= 3x a single compiled-regex pass over the same text.
"""
from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions import load_bank, load_evaluation  # noqa: E402
from scoring import analyze, score  # noqa: E402
from scoring.rules import EVIDENCE_ORDER  # noqa: E402


def varied_evaluations(n: int, seed: int = 7):
    """n different evaluations: the examples with answers dropped and evidence shuffled."""
    rng = random.Random(seed)
    examples = [load_evaluation(p) for p in sorted((ROOT / "examples").glob("*.json"))]
    out = []
    for i in range(n):
        ev = examples[i % len(examples)]
        answers = [a.model_copy(update={"evidence": rng.choice(EVIDENCE_ORDER[1:])})
                   for a in ev.answers if rng.random() < 0.85]
        out.append(ev.model_copy(update={"answers": answers, "proposal_text": ""}))
    return out


def proposal_corpus(megabytes: float) -> str:
    """Realistic vendor prose: the examples' proposal texts and the seed articles, repeated."""
    parts = [load_evaluation(p).proposal_text for p in sorted((ROOT / "examples").glob("*.json"))]
    seeds = ROOT.parent / "shared" / "seeds"
    parts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))] if seeds.exists() else []
    block = "\n\n".join(parts)
    return (block * (int(megabytes * 1_000_000 / len(block.encode())) + 1))[: int(megabytes * 1_000_000)]


def best_of(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    args = argparse.ArgumentParser()
    args.add_argument("--evaluations", type=int, default=4000)
    args.add_argument("--megabytes", type=float, default=5.0)
    opts = args.parse_args()
    load_bank()
    evaluations = varied_evaluations(opts.evaluations)
    score(evaluations[0])  # compile the bank's rules and word lists once

    t_bank = best_of(lambda: [ev.answers for ev in evaluations], 3)[1]  # loop overhead, for scale
    _, t_score = best_of(lambda: [score(ev) for ev in evaluations], 3)
    print(f"scoring: {len(evaluations):,} evaluations in {t_score:.3f} s = {len(evaluations) / t_score:,.0f} evaluations/s "
          f"(aim >= 10,000/s; bare loop {t_bank * 1e3:.1f} ms)")

    text = proposal_corpus(opts.megabytes)
    size_mb = len(text.encode()) / 1e6
    words = re.compile(r"\w+")
    _, t_regex = best_of(lambda: sum(1 for _ in words.finditer(text)))
    _, t_read = best_of(lambda: analyze(text))
    reading = analyze(text)
    print(f"text analysis: {size_mb:.1f} MB, {len(reading.sentences):,} sentences in {t_read:.3f} s = {size_mb / t_read:.1f} MB/s "
          f"(aim >= 5 MB/s)")
    print(f"baseline, one compiled-regex pass (\\w+) over the same text: {t_regex:.3f} s = {size_mb / t_regex:.1f} MB/s")
    print(f"ratio analysis / regex pass: {t_read / t_regex:.2f}x (aim <= 3x)")


if __name__ == "__main__":
    main()
