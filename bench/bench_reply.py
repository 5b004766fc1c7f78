"""Reading a vendor's reply against a round's questions, beside drafting from the same text.

    python bench/bench_reply.py

Prints the figure; asserts nothing. Aim (issue 16): reading a reply of 10 pages against 20 questions
<= 1.5x drafting from the same text. The reply is every tuning and heldout/ pair's replies, four
times over, cut into ~3,000-character pages; the round asks every topic (every label sold, nothing
answered). Times are the best of 15 runs each (a run takes ~0.1 s, so one busy moment decides a single
run), both measured in this run.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

from rounds_corpus import speed  # noqa: E402


def main() -> None:
    pages, asked, ratio = speed(times=15)
    load = os.getloadavg()[0]
    print(f"reading a {pages}-page reply against {asked} questions: {ratio:.2f}x drafting from the same text "
          f"(aim 1.5x; load average {load:.1f})")


if __name__ == "__main__":
    main()
