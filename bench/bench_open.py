"""Opening the app in a real browser, each figure beside a bare Streamlit baseline measured in the same run.

    python bench/bench_open.py [--colds 3] [--opens 3]

(a) Cold start: server start -> first page, the app as scripts/app.sh serves it (server.py,
    which loads the first page's modules and seeds the examples while the browser loads) on a new
    database, against a bare hello-world script, alternating. Aim: app <= 1.3x bare. Two figures from the
    same starts: idle (Streamlit's last script run over, the issue's "first idle page"; the browser may still
    be drawing what the run sent) and drawn, the stricter one (DRAWN_LOG):
    the page's last element painted (the app: the library's data grid, its canvas no longer blank;
    hello world: its Markdown), Streamlit idle, and the browser's main thread then quiet (no task of
    50 ms or more) for QUIET_MS; the figure is when the last of those happened, not when the wait ends.
(b) First scorecard by its address: on a server started on a new database, the first page opened and
    drawn, then OPEN_AFTER_S later a new tab (same browser, so Streamlit's front end is in its
    cache) goes to /scorecard?id=<an example's id>; the time from that navigation's start to the page
    drawn with the scorecard shown (DRAWN_LOG: its Markdown painted, idle, the browser then quiet),
    against the same navigation to the second page of a bare two-page hello-world app (Streamlit's
    own front-end load and session start: the floor), alternating, a new server for each. Aim: app <= 1 s.

Prints figures; asserts nothing. Needs Debian's Chromium (/usr/bin/chromium). The edit-to-idle bench
is bench/bench_browser.py.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from browser_kit import TIMEOUT_MS, VIEWPORT, run_bench, start_streamlit, stop, wait_healthy, wait_idle  # noqa: E402

QUIET_MS = 400  # idle must last this long to count as drawn (a callback may rerun again)
# What "drawn" waits for: the last element each page draws (a canvas counts once it is not blank).
APP_DRAWN = "canvas[data-testid='data-grid-canvas']"
HELLO_DRAWN = "[data-testid='stMain'] [data-testid='stMarkdownContainer']"
# Page clock (performance.now) of: the `drawn` element first seen painted (checked each animation frame),
# the end of the last main-thread task of 50 ms or more (Long Tasks API), the last "notRunning".
DRAWN_LOG = """(selector) => {
    const marks = window.__drawn = {shown: 0, longEnd: 0, idle: 0};
    new PerformanceObserver(list => {
        for (const e of list.getEntries()) marks.longEnd = Math.max(marks.longEnd, e.startTime + e.duration);
    }).observe({type: "longtask", buffered: true});
    new MutationObserver(records => {
        for (const r of records) if (r.target.getAttribute("data-test-script-state") === "notRunning")
            marks.idle = performance.now();
    }).observe(document, {attributes: true, subtree: true, attributeFilter: ["data-test-script-state"]});
    const painted = el => {
        if (el.tagName !== "CANVAS") return true;
        if (!el.width || !el.height) return false;
        const pixels = el.getContext("2d").getImageData(0, 0, el.width, Math.min(el.height, 40)).data;
        for (let i = 3; i < pixels.length; i += 4) if (pixels[i]) return true;
        return false;
    };
    const look = () => {
        const el = document.querySelector(selector);
        if (el && painted(el)) marks.shown = performance.now(); else requestAnimationFrame(look);
    };
    requestAnimationFrame(look);
}"""
# Drawn and quiet: every mark set, and QUIET_MS since the latest of them.
DRAWN_NOW = """(quiet) => { const m = window.__drawn;
    return !!m && m.shown > 0 && m.idle > 0 && performance.now() - Math.max(m.shown, m.longEnd, m.idle) >= quiet; }"""


# --- (a) cold starts ---------------------------------------------------------------------------------

def cold_start(browser, script: Path, workdir: Path, env: dict[str, str] | None, ready: str,
               drawn: str) -> tuple[float, float]:
    """Seconds from launching the server to the first page idle (Streamlit's last run over: the issue's own
    measure), and to it showing `ready`, its `drawn` element painted and the browser quiet (DRAWN_LOG)."""
    start = time.time()  # the page's clock (performance.timeOrigin) is the same wall clock
    proc, url, log = start_streamlit(script, workdir, env=env)
    try:
        wait_healthy(url, proc, log)
        context = browser.new_context(viewport=VIEWPORT)
        context.add_init_script(script=f"({DRAWN_LOG})({json.dumps(drawn)})")
        page = context.new_page()
        page.set_default_timeout(TIMEOUT_MS * 2)
        page.goto(url, wait_until="domcontentloaded")
        page.get_by_text(ready, exact=True).first.wait_for()
        wait_idle(page, settle_ms=0)
        page.wait_for_function(DRAWN_NOW, arg=QUIET_MS, timeout=TIMEOUT_MS * 2, polling=50)
        idle, at = page.evaluate("() => [performance.timeOrigin + window.__drawn.idle, performance.timeOrigin +"
                                 " Math.max(window.__drawn.shown, window.__drawn.longEnd, window.__drawn.idle)]")
        context.close()
        return idle / 1000 - start, at / 1000 - start
    finally:
        stop(proc)


def _load() -> str:
    return " ".join(f"{x:.1f}" for x in os.getloadavg())


def bench_cold(browser, workdir: Path, repeats: int) -> None:
    hello = workdir / "hello.py"
    hello.write_text('import streamlit as st\n\nst.write("Hello, world")\n')
    app_s, bare_s, before = [], [], _load()
    for i in range(repeats):
        fresh = workdir / f"cold-{i}"
        fresh.mkdir()
        env = {"WINNOW_DATABASE_URL": f"sqlite:///{fresh / 'winnow.db'}"}
        app_s.append(cold_start(browser, ROOT / "server.py", fresh, env, "Evaluations", APP_DRAWN))
        bare_s.append(cold_start(browser, hello, fresh, None, "Hello, world", HELLO_DRAWN))
    if not app_s:
        return
    print(f"(a) cold start: server start -> first page (server.py on a new database; load {before} -> {_load()})")
    for n, what in enumerate(("idle: Streamlit's last run over (the issue's measure)",
                              f"drawn: the last element painted, the browser then quiet {QUIET_MS} ms")):
        apps, bares = [s[n] for s in app_s], [s[n] for s in bare_s]
        a, b = statistics.median(apps), statistics.median(bares)
        print(f"  {what}")
        print(f"    app          median {a:6.2f} s  ({', '.join(f'{s:.2f}' for s in apps)})")
        print(f"    hello world  median {b:6.2f} s  ({', '.join(f'{s:.2f}' for s in bares)})")
        print(f"    ratio app/hello {a / b:.2f}x   (aim <= 1.3x)")


# --- (b) the first scorecard by its address ---------------------------------------------------------

OPEN_DRAWN = "[data-testid='stMain'] [data-testid='stMarkdownContainer']"  # both pages' own text
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
    """Seconds from a new tab's navigation start to `path` drawn (`ready` shown, Markdown painted, idle and the
    browser quiet, as a cold start's DRAWN_LOG), on a new server whose first page drew OPEN_AFTER_S before."""
    proc, url, log = start_streamlit(script, workdir, env=env)
    try:
        wait_healthy(url, proc, log)
        context = browser.new_context(viewport=VIEWPORT)
        context.add_init_script(script=f"({DRAWN_LOG})({json.dumps(OPEN_DRAWN)})")
        first = context.new_page()
        first.set_default_timeout(TIMEOUT_MS * 2)
        first.goto(url, wait_until="domcontentloaded")
        wait_idle(first)
        first.wait_for_timeout(OPEN_AFTER_S * 1000)
        tab = context.new_page()
        tab.set_default_timeout(TIMEOUT_MS * 2)
        tab.goto(f"{url}/{path(workdir) if callable(path) else path}", wait_until="domcontentloaded")
        tab.get_by_text(ready, exact=True).first.wait_for()
        wait_idle(tab, settle_ms=0)
        tab.wait_for_function(DRAWN_NOW, arg=QUIET_MS, timeout=TIMEOUT_MS * 2, polling=50)
        drawn = tab.evaluate("() => Math.max(window.__drawn.shown, window.__drawn.longEnd, window.__drawn.idle)")
        context.close()
        return drawn / 1000
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
    print(f"(b) first scorecard by its address: a new tab's navigation -> drawn page, {OPEN_AFTER_S} s after the"
          f" first page drew (load {_load()})")
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
