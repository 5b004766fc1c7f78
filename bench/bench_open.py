"""Opening the app in a real browser, each figure beside a bare Streamlit baseline measured in the same run.

    python bench/bench_open.py [--colds 3] [--opens 3]

(a) Cold start: server start -> first idle page, the app as scripts/app.sh serves it (server.py,
    which loads the first page's modules and seeds the examples while the browser loads) on a new
    database, against a bare hello-world script, alternating. Aim: app <= 1.3x bare.
(b) First scorecard by its address: on a server started on a new database, the first page opened and
    drawn, then OPEN_AFTER_S later a new tab (same browser, so Streamlit's front end is in its
    cache) goes to /scorecard?id=<an example's id>; the time from that navigation's start to the page
    idle with the scorecard drawn, against the same navigation to the second page of a bare two-page
    hello-world app (Streamlit's own front-end load and session start: the floor), alternating, a new
    server for each. Aim: app <= 1 s.

Prints figures; asserts nothing. Needs Debian's Chromium (/usr/bin/chromium). The edit-to-idle bench
is bench/bench_browser.py.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from browser_kit import TIMEOUT_MS, VIEWPORT, run_bench, start_streamlit, stop, wait_healthy, wait_idle  # noqa: E402

QUIET_MS = 400  # idle must last this long to count as drawn (a callback may rerun again)


# --- (a) cold starts ---------------------------------------------------------------------------------

def cold_start(browser, script: Path, workdir: Path, env: dict[str, str] | None, ready: str) -> float:
    """Seconds from launching the server to the first idle page showing `ready`."""
    start = time.perf_counter()
    proc, url, log = start_streamlit(script, workdir, env=env)
    try:
        wait_healthy(url, proc, log)
        context = browser.new_context(viewport=VIEWPORT)
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS * 2)
        page.goto(url, wait_until="domcontentloaded")
        page.get_by_text(ready, exact=True).first.wait_for()
        wait_idle(page, settle_ms=0)
        elapsed = time.perf_counter() - start
        context.close()
        return elapsed
    finally:
        stop(proc)


def bench_cold(browser, workdir: Path, repeats: int) -> None:
    hello = workdir / "hello.py"
    hello.write_text('import streamlit as st\n\nst.write("Hello, world")\n')
    app_s, bare_s = [], []
    for i in range(repeats):
        fresh = workdir / f"cold-{i}"
        fresh.mkdir()
        env = {"WINNOW_DATABASE_URL": f"sqlite:///{fresh / 'winnow.db'}"}
        app_s.append(cold_start(browser, ROOT / "server.py", fresh, env, "Evaluations"))
        bare_s.append(cold_start(browser, hello, fresh, None, "Hello, world"))
    if not app_s:
        return
    a, b = statistics.median(app_s), statistics.median(bare_s)
    print("(a) cold start: server start -> first idle page (server.py on a new database, seeding the examples)")
    print(f"    app          median {a:6.2f} s  ({', '.join(f'{s:.2f}' for s in app_s)})")
    print(f"    hello world  median {b:6.2f} s  ({', '.join(f'{s:.2f}' for s in bare_s)})")
    print(f"    ratio app/hello {a / b:.2f}x   (aim <= 1.3x)")


# --- (b) the first scorecard by its address ---------------------------------------------------------

OPEN_AFTER_S = 5  # the new tab opens this long after the first page drew (a buyer pasting a link)
BARE_PAGES = """import streamlit as st

def hello():
    st.write("Hello, world")

def second():
    st.write("Second page")

st.navigation([st.Page(hello, title="Hello", default=True), st.Page(second, title="Second", url_path="second")]).run()
"""
# Each change of the app root's script state, timed from the tab's navigation start (performance.now).
STATE_LOG = """(() => {
    const log = window.__states = [];
    new MutationObserver(records => {
        for (const r of records) if (r.attributeName === "data-test-script-state")
            log.push({s: r.target.getAttribute("data-test-script-state"), t: performance.now()});
    }).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-test-script-state"]});
})();"""


def first_open(browser, script: Path, workdir: Path, env: dict[str, str] | None, path: str, ready: str) -> float:
    """Seconds from a new tab's navigation start to `path` drawn (`ready` shown) and idle, on a new server
    whose first page drew OPEN_AFTER_S before."""
    proc, url, log = start_streamlit(script, workdir, env=env)
    try:
        wait_healthy(url, proc, log)
        context = browser.new_context(viewport=VIEWPORT)
        context.add_init_script(script=STATE_LOG)
        first = context.new_page()
        first.set_default_timeout(TIMEOUT_MS * 2)
        first.goto(url, wait_until="domcontentloaded")
        wait_idle(first)
        first.wait_for_timeout(OPEN_AFTER_S * 1000)
        tab = context.new_page()
        tab.set_default_timeout(TIMEOUT_MS * 2)
        tab.goto(f"{url}/{path(workdir) if callable(path) else path}", wait_until="domcontentloaded")
        tab.get_by_text(ready, exact=True).first.wait_for()
        wait_idle(tab, settle_ms=QUIET_MS)
        idle = tab.evaluate("() => window.__states.filter(e => e.s === 'notRunning').map(e => e.t)")
        context.close()
        return max(idle) / 1000
    finally:
        stop(proc)


def example_scorecard(folder: Path) -> str:
    """The address of the first example's scorecard in the database under folder."""
    from store import Store

    summaries = Store(f"sqlite:///{folder / 'winnow.db'}").list()
    return f"scorecard?id={min(summaries, key=lambda s: s.proposal).id}"


def bench_open(browser, workdir: Path, repeats: int) -> None:
    bare = workdir / "bare_pages.py"
    bare.write_text(BARE_PAGES)
    app_s, bare_s = [], []
    for i in range(repeats):
        fresh = workdir / f"open-{i}"
        fresh.mkdir()
        env = {"WINNOW_DATABASE_URL": f"sqlite:///{fresh / 'winnow.db'}"}
        app_s.append(first_open(browser, ROOT / "server.py", fresh, env, example_scorecard, "Overall score"))
        bare_s.append(first_open(browser, bare, fresh, None, "second", "Second page"))
    if not app_s:
        return
    a, b = statistics.median(app_s), statistics.median(bare_s)
    print(f"(b) first scorecard by its address: a new tab's navigation -> idle page, {OPEN_AFTER_S} s after the first page drew")
    print(f"    app scorecard     median {a:6.2f} s  ({', '.join(f'{s:.2f}' for s in app_s)})")
    print(f"    bare second page  median {b:6.2f} s  ({', '.join(f'{s:.2f}' for s in bare_s)})")
    print(f"    ratio app/bare {a / b:.2f}x   (aim: app <= 1 s)")


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--colds", type=int, default=3, help="cold starts per script (default 3)")
    args.add_argument("--opens", type=int, default=3, help="first scorecards by address per script (default 3)")
    opts = args.parse_args()
    run_bench(lambda browser, folder: bench_cold(browser, folder, opts.colds),
              lambda browser, folder: bench_open(browser, folder, opts.opens))


if __name__ == "__main__":
    main()
