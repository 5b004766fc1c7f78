"""Drafting a 100-page proposal PDF against `analyze` of the same file, in the same run.

    python bench/bench_draft.py [--pages N] [--runs R] [--profile]

Both start from the PDF's bytes (extraction in the warm worker, as in the app and the CLI):
`analyze` = extract_text + reading every sentence; `draft` = extract_text + drafting the whole
evaluation (which reads every sentence too). Aim: draft <= 1.5x analyze. Also prints the
drafting figures on the held-out corpus. Prints figures; asserts nothing. `--profile` prints
where one draft of the text spends its time (cProfile) instead. On a shared machine the figures
move with the load: the load average is printed beside them.
"""
from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests"), str(ROOT / "bench")]

from reading import collector  # noqa: E402
from bench_extract import proposal_pdf  # noqa: E402
from proposals import extract_text  # noqa: E402
from questions import load_bank  # noqa: E402
from reading import analyze  # noqa: E402
from reading.draft import draft, drafter_for  # noqa: E402


def timed(fn) -> float:
    spare_settled()
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def spare_settled(most: float = 10.0) -> None:
    """Wait until the spare worker started after the previous extraction has done its imports
    (its CPU time stops growing): on a loaded machine a fixed second was too short, and the
    spare's start-up then ran inside whichever case came next (always `draft`)."""
    from proposals import runner
    time.sleep(runner.SPARE_DELAY_SECONDS + 0.2)
    spare, until, used = runner._spare, time.monotonic() + most, -1
    while spare is not None and spare.poll() is None and time.monotonic() < until:
        now = _cpu_ticks(spare.pid)
        if now == used:
            return
        used = now
        time.sleep(0.2)


def _cpu_ticks(pid: int) -> int:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return -1  # not Linux, or gone: nothing to wait for
    return int(fields[11]) + int(fields[12])  # utime + stime


def main() -> None:
    collector.tune()  # the collector settings the app and the CLI run with (reading/collector.py)
    args = argparse.ArgumentParser()
    args.add_argument("--pages", type=int, default=100)
    args.add_argument("--runs", type=int, default=5)
    args.add_argument("--profile", action="store_true", help="print where one draft of the text spends its time")
    options = args.parse_args()
    bank = load_bank()
    data = proposal_pdf(options.pages)
    text = extract_text("bench.pdf", data).text
    analyze(text, bank), drafter_for(bank)  # compile both once, as the app does
    drafted = draft(text, bank)
    if options.profile:
        profile(lambda: draft(text, bank))
        return
    print(f"{options.pages}-page PDF: {len(text.encode()) / 1e6:.2f} MB of text, "
          f"{len(drafted.answers)} answers drafted; median of {options.runs} runs")
    targets = many_targets()
    cases = {"analyze (baseline)": lambda: analyze(extract_text("bench.pdf", data).text, bank),
             "draft": lambda: draft(extract_text("bench.pdf", data).text, bank),
             "analyze, text only": lambda: analyze(text, bank),
             "draft, text only": lambda: draft(text, bank),
             "analyze, many targets": lambda: analyze(targets, bank),
             "draft, many targets": lambda: draft(targets, bank)}
    rounds = [{name: timed(fn) for name, fn in cases.items()} for _ in range(options.runs)]
    for name in cases:
        seconds = statistics.median(r[name] for r in rounds)
        base = "analyze, " + name.split(", ", 1)[1] if ", " in name else "analyze (baseline)"
        ratio = statistics.median(r[name] / r[base] for r in rounds)
        print(f"{name:22} {seconds:7.3f} s  {ratio:5.2f}x {base}")
    print(f"load average (1 min): {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    from drafting_corpus import report
    print(report("tuning", bank, draft)[1])  # a speed bench measures no held-out set (tests/test_draft_accuracy.py does)


def many_targets(lines: int = 3000) -> str:
    """A long text whose every sixth line states a target with no baseline: each target looks back for
    one (reading/kpi_pairing.py), and must not read the whole text again each time (it did: 20 s here)."""
    said = []
    for i in range(lines):
        said.append(f"Line {i} runs two shifts and the operators log each stop on paper.")
        if i % 6 == 0:
            said.append(f"We will bring the scrap of press {i} to {i % 90 + 5}% on that line.")
    return " ".join(said)


def profile(fn, top: int = 25) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(fn)
    stats = pstats.Stats(profiler)
    stats.sort_stats("cumulative").print_stats(top)
    stats.sort_stats("tottime").print_stats(top)


if __name__ == "__main__":
    main()
