"""Scoring, re-scoring and text-analysis throughput, each beside a baseline measured in the same run.

    python bench/bench_scoring.py [--evaluations N] [--library N] [--megabytes M]

Prints figures; asserts nothing. Aims (issue 10): headline scoring >= 10,000 evaluations/s on
one core; re-scoring a library of 10,000 saved evaluations (parse the JSON + headline) <= 2 s;
text analysis <= 3x a single compiled-regex pass over the same text.

Times are CPU seconds of this process (the best of a few runs): "on one core" is what the aims
ask, and on a machine shared with other work CPU time is steadier than the wall clock, which is
printed beside it.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import random
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reading import collector  # noqa: E402
from questions import Evaluation, load_bank, load_evaluation  # noqa: E402
from reading import analyze  # noqa: E402
from scoring import engine_for, headline, headlines  # noqa: E402
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
        out.append(ev.model_copy(update={"answers": answers, "documents": []}))
    return out


def proposal_corpus(megabytes: float) -> str:
    """Realistic vendor prose: the examples' proposal texts and the seed articles, repeated."""
    parts = [load_evaluation(p).proposal_text for p in sorted((ROOT / "examples").glob("*.json"))]
    seeds = ROOT.parent / "shared" / "seeds"
    parts += [p.read_text(encoding="utf-8") for p in sorted(seeds.glob("*.txt"))] if seeds.exists() else []
    block = "\n\n".join(parts)
    return (block * (int(megabytes * 1_000_000 / len(block.encode())) + 1))[: int(megabytes * 1_000_000)]


def timed(fn, repeat: int = 3) -> tuple[float, float]:
    """(CPU seconds, wall seconds) of fn(), each the best of `repeat` runs."""
    cpu, wall = [], []
    for _ in range(repeat):
        c, w = time.process_time(), time.perf_counter()
        fn()
        cpu.append(time.process_time() - c)
        wall.append(time.perf_counter() - w)
    return min(cpu), min(wall)


def one_by_one(score, evaluations) -> None:
    """Score each evaluation and let it go, as a page that shows one scorecard does."""
    for ev in evaluations:
        score(ev)


def scoring(evaluations, bank) -> None:
    engine = engine_for(bank)
    n = len(evaluations)
    bare = timed(lambda: [(a.evidence, a.choices) for ev in evaluations for a in ev.answers])
    head = timed(lambda: one_by_one(lambda ev: headline(ev, bank), evaluations))
    full = timed(lambda: one_by_one(engine.score, evaluations))
    print(f"baseline, a bare loop over every answer of {n:,} evaluations: {bare[0] * 1e3:.1f} ms")
    for name, (cpu, wall) in (("headline", head), ("full scorecard (every reason)", full)):
        print(f"{name:30} {n / cpu:9,.0f} evaluations/s  ({cpu * 1e6 / n:5.0f} us each, wall {n / wall:,.0f}/s; "
              f"{cpu / bare[0]:.0f}x the bare loop)")
    print("aim: >= 10,000 evaluations/s")


def paused(fn):
    """fn with the cyclic collector paused, as store.refresh_headlines runs: parsing 10,000 evaluations
    makes millions of objects, none in a cycle, and the collector would re-walk them all many times."""
    def run():
        gc.disable()
        try:
            return fn()
        finally:
            gc.enable()
    return run


def rescoring(library: list[bytes], bank) -> None:
    n = len(library)
    parsed = [Evaluation.model_validate_json(raw) for raw in library]
    parse_all = lambda: [Evaluation.model_validate_json(raw) for raw in library]  # noqa: E731
    loads = timed(paused(lambda: [json.loads(raw) for raw in library]))
    parse = timed(paused(parse_all))
    heads = timed(paused(lambda: headlines(parsed, bank)))
    both = timed(paused(lambda: headlines(parse_all(), bank)))
    running = timed(lambda: headlines(parse_all(), bank), 1)
    print(f"re-scoring a library of {n:,} saved evaluations ({sum(map(len, library)) / n / 1e3:.1f} kB of JSON each), "
          "cyclic collector paused (the store runs it at reading/collector.py's thresholds, as fast):")
    print(f"  baseline, json.loads of the same bytes:   {loads[0]:6.2f} s")
    print(f"  parse (Evaluation.model_validate_json):   {parse[0]:6.2f} s  ({parse[0] / loads[0]:.1f}x json.loads)")
    print(f"  headlines of the parsed evaluations:      {heads[0]:6.2f} s  ({heads[0] / loads[0]:.1f}x json.loads)")
    print(f"  parse + headlines:                        {both[0]:6.2f} s  ({both[0] / loads[0]:.1f}x json.loads, "
          f"wall {both[1]:.2f} s)  aim <= 2 s")
    print(f"  parse + headlines, collector running:     {running[0]:6.2f} s")


def text_analysis(megabytes: float, rounds: int = 7) -> None:
    text = proposal_corpus(megabytes)
    size_mb = len(text.encode()) / 1e6
    words = re.compile(r"\w+")
    analyze(text[:10_000])  # build and cache the reader once, as the app does
    # Rounds time the regex pass and the analysis back to back, so a busy moment on a shared
    # machine weighs on both; the median of the rounds' ratios is the figure.
    pairs = [(timed(lambda: sum(1 for _ in words.finditer(text)), 1)[0], timed(lambda: analyze(text), 1)[0])
             for _ in range(rounds)]
    regex, read = min(p[0] for p in pairs), min(p[1] for p in pairs)
    reading = analyze(text)
    print(f"text analysis: {size_mb:.1f} MB, {len(reading.sentences):,} sentences in {read:.3f} s = "
          f"{size_mb / read:.1f} MB/s")
    print(f"baseline, one compiled-regex pass (\\w+) over the same text: {regex:.3f} s = {size_mb / regex:.1f} MB/s")
    print(f"ratio analysis / regex pass: {statistics.median(r / g for g, r in pairs):.2f}x, median of {rounds} rounds "
          f"(best against best {read / regex:.2f}x; aim <= 3x)")


def main() -> None:
    collector.tune()  # the collector settings the app and the CLI run with (reading/collector.py)
    args = argparse.ArgumentParser()
    args.add_argument("--evaluations", type=int, default=4000)
    args.add_argument("--library", type=int, default=10_000)
    args.add_argument("--megabytes", type=float, default=5.0)
    opts = args.parse_args()
    load_before = os.getloadavg()[0]
    bank = load_bank()
    evaluations = varied_evaluations(max(opts.evaluations, opts.library))
    engine_for(bank).score(evaluations[0])  # compile the bank's rules and word lists once
    scoring(evaluations[:opts.evaluations], bank)
    rescoring([ev.model_dump_json().encode() for ev in evaluations[:opts.library]], bank)
    text_analysis(opts.megabytes)
    print(f"load average (1 min) before/after: {load_before:.1f}/{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; "
          "figures from a busy machine are noisy")


if __name__ == "__main__":
    main()
