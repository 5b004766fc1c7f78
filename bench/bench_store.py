"""Store at library scale: bulk insert, re-scoring after a bank change, and one library page.

    .venv/bin/python bench/bench_store.py [--rows 10000] [--database URL]

Prints the time to bulk-create N evaluations, to refresh every headline after a bank version
change (aim: 10,000 in <= 2 s), and page() at 10 rows against N rows (aim: the same cost).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from questions import Evaluation, evaluation_from_bytes, load_bank  # noqa: E402
from scoring.headline import headlines  # noqa: E402
from store import Store  # noqa: E402

EXAMPLES = [evaluation_from_bytes(p.read_bytes()) for p in sorted((ROOT / "examples").glob("*.json"))]


def library(n: int) -> list:
    return [EXAMPLES[i % 4].model_copy(update={"proposal": f"{EXAMPLES[i % 4].proposal} #{i}"}) for i in range(n)]


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


def baseline(store: Store, bank, refresh_cpu: float) -> None:
    """What the refresh cannot avoid, measured in this run: parsing every JSON and scoring it."""
    with store.engine.connect() as connection:
        texts = [text for (text,) in connection.exec_driver_sql("SELECT json FROM evaluations")]
    start = time.process_time()
    evaluations = [Evaluation.model_validate_json(text) for text in texts]
    parse = time.process_time() - start
    start = time.process_time()
    headlines(evaluations, bank)
    score = time.process_time() - start
    print(f"  of which unavoidable: parse {parse:.2f} s + score {score:.2f} s CPU; the store's own share "
          f"(read, write, batching) {max(refresh_cpu - parse - score, 0):.2f} s; refresh = "
          f"{refresh_cpu / (parse + score):.2f}x parse + score")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--database", help="SQLAlchemy URL of an EMPTY database (default: temporary SQLite files)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        small = Store(f"sqlite:///{folder}/small.db")
        small.bulk_create(library(10))
        big = Store(args.database or f"sqlite:///{folder}/big.db")
        start = time.perf_counter()
        big.bulk_create(library(args.rows))
        print(f"bulk_create {args.rows:,}: {time.perf_counter() - start:.2f} s")

        bank = load_bank().model_copy(update={"version": "bench-next"})
        newer = Store(args.database or f"sqlite:///{folder}/big.db", bank=bank)
        wall, cpu = time.perf_counter(), time.process_time()
        newer.page(limit=1)  # the first use starts the store: migrate (nothing to do), then refresh
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"refresh_headlines after a bank change, {args.rows:,} rows: {wall:.2f} s wall, {cpu:.2f} s CPU "
              f"(aim <= 2 s)")
        baseline(newer, bank, cpu)

        at_10, at_n = page_times(small), page_times(newer)
        for name in at_10:
            print(f"{name:>24}: {at_10[name] * 1000:7.2f} ms at 10 rows, {at_n[name] * 1000:7.2f} ms at "
                  f"{args.rows:,} rows ({at_n[name] / at_10[name]:.1f}x)")


if __name__ == "__main__":
    main()
