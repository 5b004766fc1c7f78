"""Store at library scale: bulk insert, re-scoring after a bank change, and one library page.

    .venv/bin/python bench/bench_store.py [--rows 10000] [--distinct] [--database URL]

Prints the time to bulk-create N evaluations, to refresh every headline after a bank version
change (aim: 10,000 in <= 2 s), and page() at 10 rows against N rows (aim: the same cost).
The refresh is timed in CPU (time.process_time) beside wall time: on a shared machine the wall
clock also counts other processes. Same-run baselines: the refresh as it was (every row parsed
by the pydantic model, the cyclic collector running), parsing alone and scoring alone.
"""
from __future__ import annotations

import argparse
import gc
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reading import collector  # noqa: E402
from questions import Evaluation, evaluation_from_bytes, load_bank  # noqa: E402
from scoring.headline import headlines  # noqa: E402
from store import Store  # noqa: E402
from store.mirror import read_stored  # noqa: E402
from store.rows import parse_or_none  # noqa: E402

EXAMPLES = [evaluation_from_bytes(p.read_bytes()) for p in sorted((ROOT / "examples").glob("*.json"))]


def library(n: int, distinct: bool = False) -> list:
    """The four examples over and over; `distinct`: every answer's text differs from row to row,
    so scoring reads each text anew (its cache of what a text names cannot help)."""
    out = []
    for i in range(n):
        example = EXAMPLES[i % 4]
        answers = [a.model_copy(update={"text": f"{a.text} (row {i})"}) for a in example.answers] if distinct else example.answers
        out.append(example.model_copy(update={"proposal": f"{example.proposal} #{i}", "answers": answers}))
    return out


def best_of(runs: int, action) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def page_times(store: Store) -> dict[str, float]:
    return {"default page": best_of(20, lambda: store.page()),
            "page 100 of the default": best_of(20, lambda: store.page(offset=4950)),
            "search 'loop'": best_of(10, lambda: store.page(search="loop")),
            "sort by score": best_of(10, lambda: store.page(sort="score"))}


class StoreAsBefore(Store):
    """The refresh before store/mirror.py: every row parsed by the model (the collector is let run in main)."""

    def _for_scoring(self, id: str, text: str):
        return parse_or_none(id, text)


def timed(action) -> tuple[float, float, object]:
    """(CPU s, wall s, result)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = action()
    return time.process_time() - cpu, time.perf_counter() - wall, result


def refresh(store_class, url: str, version: str) -> tuple[float, float]:
    """Start a store on a bank of another version: its first use re-scores every row."""
    store = store_class(url, bank=load_bank().model_copy(update={"version": version}))
    cpu, wall, _ = timed(lambda: store.page(limit=1))  # migrate (nothing to do), then refresh
    return cpu, wall


def as_before(url: str) -> tuple[float, float]:
    """Before: the model parses every row, and the collector runs at CPython's default thresholds."""
    tuned = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        return refresh(StoreAsBefore, url, "bench-before")
    finally:
        gc.set_threshold(*tuned)


def baselines(store: Store) -> dict[str, float]:
    """CPU seconds for the parts a refresh is made of, each over every stored row."""
    with store.engine.connect() as connection:
        texts = [text for (text,) in connection.exec_driver_sql("SELECT json FROM evaluations")]
    out = {"parse (pydantic model, collector running)": timed(lambda: [Evaluation.model_validate_json(t) for t in texts])[0]}
    gc.disable()
    try:
        out["parse (pydantic model, collector paused)"], _, evaluations = timed(
            lambda: [Evaluation.model_validate_json(t) for t in texts])
        out["read (msgspec mirror, collector paused)"] = timed(lambda: [read_stored(t) for t in texts])[0]
        headlines(evaluations[:1], store.bank)  # the engine for this bank is built already in a refresh
        out["headline only (scoring.headlines, collector paused)"] = timed(lambda: headlines(evaluations, store.bank))[0]
    finally:
        gc.enable()
    return out


def print_refresh(rows: int, url: str) -> Store:
    cpu, wall = refresh(Store, url, "bench-next")
    before_cpu, before_wall = as_before(url)
    print(f"refresh_headlines after a bank change, {rows:,} rows: {cpu:.2f} s CPU, {wall:.2f} s wall (aim <= 2 s)")
    print(f"  as before (pydantic parse, collector running): {before_cpu:.2f} s CPU, {before_wall:.2f} s wall; "
          f"now {cpu / before_cpu:.2f}x the CPU")
    store = Store(url, bank=load_bank().model_copy(update={"version": "bench-before"}))
    parts = baselines(store)
    for name, seconds in parts.items():
        print(f"  {name:>52}: {seconds:.2f} s CPU")
    score = parts["headline only (scoring.headlines, collector paused)"]
    print(f"  refresh = {cpu / score:.2f}x headline only; the rest (read, write, batching) "
          f"{max(cpu - score - parts['read (msgspec mirror, collector paused)'], 0):.2f} s CPU")
    return store


def main() -> None:
    collector.tune()  # the collector settings the app and the CLI run with (reading/collector.py)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--distinct", action="store_true", help="no answer text repeats across rows")
    parser.add_argument("--database", help="SQLAlchemy URL of an EMPTY database (default: temporary SQLite files)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small = Store(f"sqlite:///{folder}/small.db")
        small.bulk_create(library(10))
        big = Store(args.database or f"sqlite:///{folder}/big.db")
        start = time.perf_counter()
        big.bulk_create(library(args.rows, args.distinct))
        print(f"bulk_create {args.rows:,}: {time.perf_counter() - start:.2f} s")

        newer = print_refresh(args.rows, args.database or f"sqlite:///{folder}/big.db")

        at_10, at_n = page_times(small), page_times(newer)
        for name in at_10:
            print(f"{name:>24}: {at_10[name] * 1000:7.2f} ms at 10 rows, {at_n[name] * 1000:7.2f} ms at "
                  f"{args.rows:,} rows ({at_n[name] / at_10[name]:.1f}x)")


if __name__ == "__main__":
    main()
