"""A buyer's first visits to each page on a new server, in a real browser, beside a bare two-page Streamlit app.

    python bench/bench_first_visits.py [--repeats 2] [--think 3]

The app as `streamlit run app.py` serves it (no server.py) on a new database: the library, THINK seconds of reading,
then New evaluation -> Create (to the Evaluate page drawn), THINK seconds, Compare from the sidebar (the two
examples ranked: its last section drawn), back to the library, and Compare again. The bare app: its first page,
THINK seconds, its second page from the sidebar, the floor of any page switch. App and bare runs alternate, so both
see the same load on a shared machine. Each figure: from the click to the page's marker shown and Streamlit idle.
Issue ui78 measured Compare's first visit at 10-17 s and Evaluate after Create at ~3-6 s; views/warm_up.py now
loads the other pages' imports under app.py too. Prints figures; asserts nothing. Needs Debian's Chromium.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from browser_kit import VIEWPORT, library_form, run_bench, start_streamlit, stop, wait_healthy, wait_idle  # noqa: E402

BARE = """import streamlit as st
st.navigation([st.Page(lambda: st.write("Hello, world"), title="Hello", url_path="hello", default=True),
               st.Page(lambda: st.write("Second page"), title="Second", url_path="second")]).run()
"""
TIMEOUT_MS = 180_000


def timed(page, act, marker) -> float:
    start = time.perf_counter()
    act()
    marker().wait_for(timeout=TIMEOUT_MS)
    wait_idle(page, timeout=TIMEOUT_MS)
    return time.perf_counter() - start


def served(browser, script: Path, folder: Path, database: Path | None, flow) -> dict[str, float]:
    env = {"WINNOW_DATABASE_URL": f"sqlite:///{database}"} if database else None
    proc, url, log = start_streamlit(script, folder, env=env)
    try:
        wait_healthy(url, proc, log)
        context = browser.new_context(viewport=VIEWPORT)
        try:
            return flow(context.new_page(), url)
        finally:
            context.close()
    finally:
        stop(proc)


def app_flow(think: float):
    def flow(page, url) -> dict[str, float]:
        nav = lambda name: page.get_by_test_id("stSidebarNav").get_by_text(name, exact=True).click()  # noqa: E731
        table, ranked = (lambda: page.get_by_test_id("stDataFrame").first,
                         lambda: page.get_by_text("Where the substance differs").first)
        times = {"library, first": timed(page, lambda: page.goto(url), table)}
        page.wait_for_timeout(think * 1000)
        form = library_form(page, "New evaluation")
        form.get_by_label("Proposal name").fill("Line 3 retrofit")
        times["create -> evaluate"] = timed(page, lambda: form.get_by_role("button", name="Create and start evaluating")
                                            .click(), lambda: page.get_by_text("Labels the vendor sells with").first)
        page.wait_for_timeout(think * 1000)
        times["compare, first visit"] = timed(page, lambda: nav("Compare"), ranked)
        times["library again"] = timed(page, lambda: nav("Evaluations"), table)
        times["compare again"] = timed(page, lambda: nav("Compare"), ranked)
        return times
    return flow


def bare_flow(think: float):
    def flow(page, url) -> dict[str, float]:
        times = {"bare first page": timed(page, lambda: page.goto(url), lambda: page.get_by_text("Hello, world"))}
        page.wait_for_timeout(think * 1000)
        times["bare second page"] = timed(page, lambda: page.get_by_test_id("stSidebarNav")
                                          .get_by_text("Second", exact=True).click(),
                                          lambda: page.get_by_text("Second page"))
        return times
    return flow


def bench(browser, folder: Path, repeats: int, think: float) -> None:
    bare_script = folder / "bare_two_pages.py"
    bare_script.write_text(BARE)
    runs: dict[str, list[float]] = {}
    for n in range(repeats):
        for times in (served(browser, ROOT / "app.py", folder, folder / f"first-{n}.db", app_flow(think)),
                      served(browser, bare_script, folder, None, bare_flow(think))):
            for label, seconds in times.items():
                runs.setdefault(label, []).append(seconds)
    floor = statistics.median(runs["bare second page"])
    print(f"First visits, {repeats} new servers each, {think:g} s between steps (median, runs):")
    for label, seconds in runs.items():
        ratio = "" if label.startswith("bare") else f"   {statistics.median(seconds) / floor:5.1f}x bare second page"
        print(f"    {label:22s} {statistics.median(seconds):6.2f} s  ({', '.join(f'{s:.2f}' for s in seconds)}){ratio}")


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--repeats", type=int, default=2, help="new servers per script (default 2)")
    args.add_argument("--think", type=float, default=3.0, help="seconds a buyer reads before the next step (default 3)")
    opts = args.parse_args()
    run_bench(lambda browser, folder: bench(browser, folder, opts.repeats, opts.think))


if __name__ == "__main__":
    main()
