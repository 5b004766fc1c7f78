"""The library page at 10, 1,000 and 10,000 saved evaluations, and ranking 100 proposals.

    python bench/bench_library.py [--sizes 10 1000 10000] [--rounds 15]

Each size gets its own temporary SQLite database, filled with Store.bulk_create from the examples
with varied names and answers. The page is driven headless by Streamlit's AppTest: "first render"
is a new session's first run of the app (the process is warm and the database already open: that
one-time cost is printed apart as "database opened"), "rerun" is a further run
of the same session with nothing changed; the sizes are rerun in turns, so load on a shared
machine falls on every size alike. Prints figures; asserts nothing.
Also the Compare page with 20 proposals picked, and scoring.compare ranking 100 proposals.
Aims (issue 10): rerun at 10,000 <= 1.5x rerun at 10; ranking 100 proposals well under 1 s.
"""
from __future__ import annotations

import argparse
import gc
import logging
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from reading import collector  # noqa: E402
from bench_scoring import varied_evaluations  # noqa: E402

VENDORS = ["Acme Sensorics", "Optiline Systems", "Nordwerk Automation", "CloudLink", "Brightfab", "Kestrel OT",
           "Meridian MES", "Porta Analytics", "Tessel Robotics", "Uplink Industrial", "Vanta Edge", "Weaver ERP"]
PRODUCTS = ["downtime dashboard", "predictive maintenance", "energy monitoring", "MES rollout", "quality traceability",
            "IIoT gateway retrofit", "digital twin pilot", "smart factory suite", "OEE analytics", "AI vision inspection"]
EVALUATORS = ["Maria Keller, plant manager", "Tom Brandt, maintenance lead", "Aylin Demir, IT/OT",
              "Jonas Weber, purchasing", "Sara Lind, quality lead", ""]


def library_evaluations(n: int, seed: int = 11):
    """n evaluations with distinct names, vendors, evaluators and varied answers (so varied scores)."""
    out = []
    for i, ev in enumerate(varied_evaluations(n, seed)):
        vendor = VENDORS[i % len(VENDORS)]
        name = f"{vendor.split()[0]} {PRODUCTS[(i // len(VENDORS)) % len(PRODUCTS)]} quote {i + 1:05d}"
        out.append(ev.model_copy(update={"proposal": name, "vendor": vendor,
                                         "evaluator": EVALUATORS[i % len(EVALUATORS)]}))
    return out


def seeded_url(folder: Path, n: int) -> tuple[str, float]:
    """A new SQLite database holding n evaluations; returns its URL and the insert time (s)."""
    from store import Store
    url = f"sqlite:///{folder / f'library-{n}.db'}"
    evaluations = library_evaluations(n)
    start = time.perf_counter()
    Store(url).bulk_create(evaluations)
    return url, time.perf_counter() - start


def open_page(url: str):
    """A new session's first run of the app over this database: (the session, its time in s)."""
    from streamlit.testing.v1 import AppTest
    os.environ["WINNOW_DATABASE_URL"] = url
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    start = time.perf_counter()
    at.run()
    if at.exception:
        raise SystemExit(f"the library page failed: {at.exception}")
    return at, time.perf_counter() - start


def time_reruns(sessions: dict, urls: dict, rounds: int) -> dict:
    """Each round reruns every size's session once, so a busy moment of the machine hits all sizes alike.

    The app finds its database in WINNOW_DATABASE_URL on every run, so it is set to the session's
    own before each rerun. Per size: a list of (wall s, CPU s of this process) per rerun; CPU time
    is what a loaded, shared machine disturbs least."""
    times = {n: [] for n in sessions}
    for _ in range(rounds):
        for n, at in sessions.items():
            os.environ["WINNOW_DATABASE_URL"] = urls[n]
            wall, cpu = time.perf_counter(), time.process_time()
            at.run()
            times[n].append((time.perf_counter() - wall, time.process_time() - cpu))
    return times


def rows_shown(at) -> str:
    """The pager's line, e.g. 'of 200 · evaluations 1–50 of 10,000', to show which library a session read."""
    return next((m.value.replace("**", "") for m in at.markdown if " · evaluations " in m.value), "no table")


def summary(samples: list) -> tuple[float, float, float]:
    """(median wall, best wall, median CPU) of (wall, cpu) samples."""
    walls, cpus = [w for w, _ in samples], [c for _, c in samples]
    return statistics.median(walls), min(walls), statistics.median(cpus)


def time_compare_page(url: str, n: int, rounds: int) -> tuple[float, float]:
    """The Compare page with n proposals picked (the newest n): (first run with them, median rerun)."""
    from store import Store
    at, _ = open_page(url)
    at.switch_page("views/compare.py").run()
    at.text_input(key="compare:search").input("quote").run()
    picked = [s.id for s in Store(url).page(search="quote", limit=n).rows]
    start = time.perf_counter()
    at.multiselect(key="compare:ids").set_value(picked).run()
    first = time.perf_counter() - start
    if at.exception:
        raise SystemExit(f"the compare page failed: {at.exception}")
    return first, summary(time_reruns({n: at}, {n: url}, rounds)[n])[0]


def time_ranking(n: int = 100, repeat: int = 5) -> float:
    """Median time of scoring.compare over n proposals (scoring, ranking, differences, winner stability)."""
    from scoring import compare
    evaluations = library_evaluations(n, seed=5)
    compare(evaluations[:2])  # compile the bank's rules once
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        compare(evaluations)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    collector.tune()  # the collector settings the app and the CLI run with (reading/collector.py)
    args = argparse.ArgumentParser()
    args.add_argument("--sizes", type=int, nargs="+", default=[10, 1000, 10000])
    args.add_argument("--rounds", type=int, default=15)
    opts = args.parse_args()
    logging.getLogger("streamlit").setLevel(logging.ERROR)  # "missing ScriptRunContext" from bare-mode calls
    with tempfile.TemporaryDirectory(prefix="winnow-bench-") as tmp:
        folder = Path(tmp)
        open_page(seeded_url(folder, 4)[0])  # imports, the bank and Streamlit's own start-up, outside the figures
        sessions, lines, seeded_urls = {}, {}, {}
        for n in opts.sizes:
            url, insert = seeded_url(folder, n)
            seeded_urls[n] = url
            gc.collect()
            _, opening = open_page(url)  # the server's first visit: opens the database (schema check, headlines)
            sessions[n], first = open_page(url)  # a new visitor's first render
            lines[n] = (f"library with {n:>6,} evaluations: bulk insert {insert:6.2f} s, database opened "
                        f"{opening:6.3f} s, first render {first:6.3f} s")
        reruns = {n: summary(samples) for n, samples in time_reruns(sessions, seeded_urls, opts.rounds).items()}
        for n in opts.sizes:
            wall, best, cpu = reruns[n]
            print(f"{lines[n]}, rerun median {wall:.3f} s, best {best:.3f} s, CPU {cpu:.3f} s ({opts.rounds} reruns; "
                  f"{rows_shown(sessions[n])})")
        small, large = min(opts.sizes), max(opts.sizes)
        if large != small:
            ratios = [reruns[large][i] / reruns[small][i] for i in range(3)]
            print(f"ratio rerun@{large:,} / rerun@{small:,}: {ratios[0]:.2f}x median, {ratios[1]:.2f}x best, "
                  f"{ratios[2]:.2f}x CPU (aim <= 1.5x)")
        for n, at in sessions.items():  # the same, with a search typed (the store then scans the names)
            os.environ["WINNOW_DATABASE_URL"] = seeded_urls[n]
            at.text_input(key="library:search").input("quote").run()
        searched = {n: summary(samples) for n, samples in time_reruns(sessions, seeded_urls, opts.rounds).items()}
        print("rerun with a search ('quote', every row matches): " + ", ".join(
            f"{n:,}: {searched[n][0]:.3f} s (CPU {searched[n][2]:.3f} s)" for n in opts.sizes)
            + (f"; ratio {searched[large][2] / searched[small][2]:.2f}x CPU" if large != small else ""))
        if 1000 in sessions:
            first, rerun = time_compare_page(seeded_urls[1000], 20, opts.rounds)
            print(f"compare page, 20 proposals picked from 1,000: first run {first:.3f} s, rerun median {rerun:.3f} s")
    ranking = time_ranking()
    print(f"ranking 100 proposals with winner stability (scoring.compare): {ranking:.3f} s (aim well under 1 s)")


if __name__ == "__main__":
    main()
