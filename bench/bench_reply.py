"""Reading a vendor's reply against a round's questions, beside drafting from the same text.

    python bench/bench_reply.py [--runs 30]

Prints the figures; asserts nothing. Aim (issue 16): reading a reply of 10 pages against 20 questions
<= 1.5x drafting from the same text. The reply is the tuning pairs' replies (tuning/ to tuning3/, no held-out
text) cut into ten ~3,000-character pages; the round asks every topic (every label sold, nothing answered): a letter
of 16 questions, the most one holds (one question per topic of questions/rounds.yaml; a topic asked twice is a bad
letter, scoring.rounds.letter_problems), which ask 20 of the bank's questions (the issue's 20: each label gap's
question and each unanswered essential one; tests/rounds_corpus.py `bank_questions`). Reading costs by topics asked
and sentences read, so no letter costs more to read than this one.
Two readings: warm (the reply read before: its placing remembered) and first (every memo of what a text read
emptied: a reply pasted the first time, what a buyer meets). Drafting is timed both ways too: run in turns with the
reads, plain drafting finds what the read before it remembered (the two share what a sentence says), so the first
read is also set against drafting the first time (the same memos emptied), like against like. A run takes 30-100 ms, so one busy moment on a shared
machine decides a single run: drafting, the warm and the first read are run in turns, `--runs` times each, and
the ratios are best against best and median against median, with the load before and after; on the wall clock
and in the process's CPU time, which other processes on the machine move less.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from rounds_corpus import speed  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    runs = parser.parse_args().runs
    load = os.getloadavg()[0]
    found = speed(runs)
    ms = lambda spent: f"best {1000 * min(spent):.1f} ms, median {1000 * statistics.median(spent):.1f} ms"
    print(f"a {found.pages}-page reply, a letter of {found.asked} questions asking {found.bank_asked} of the bank's, "
          f"{runs} runs each (load average {load:.1f} -> {os.getloadavg()[0]:.1f})")
    for clock in ("wall", "cpu"):
        spent = getattr(found, clock)
        print(f"  {clock} clock: drafting from it {ms(spent['drafting'])}; the first time {ms(spent['first drafting'])}")
        for kind, against in (("warm", "drafting"), ("first", "drafting"), ("first", "first drafting")):
            best, median = found.ratios(kind, clock, against)
            print(f"    {kind} read {ms(spent[kind])}: {best:.2f}x {against} best against best, {median:.2f}x median "
                  "(aim 1.5x)")

if __name__ == "__main__":
    main()
