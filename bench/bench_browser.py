"""The app in a real browser, each figure beside a bare Streamlit baseline measured in the same run.

    python bench/bench_browser.py [--edits 10]

Opening the app (cold start, a scorecard by its address) is bench/bench_open.py.

(a) Edit: the time from committing one edit on the Evaluate form (typing into a text area, then
    Tab; choosing an evidence level in a selectbox) to the page being idle again, against the same
    edit on a bare script with as many widgets of each kind as the form shows, and no logic.
    App and bare edits alternate, so both see the same load on a shared machine.
    Aim (issue 10): app <= 1.25x bare. Each question of the form is an st.fragment: an edit reruns
    only that question and the live summary, so the bare page (every widget, rerun whole) is a fair
    floor. Both servers start in the repository, so both run under its .streamlit/config.toml.
An edit ends when the page is idle after the last run it caused: the last script_finished message
from the server (read off the page's WebSocket) or the app root's data-test-script-state change to
"notRunning" after it, with nothing more happening for a quiet period. Times are taken in the page
(performance.now), from the Tab key press or the press on the dropdown option. Prints figures; asserts nothing. Needs Debian's Chromium (/usr/bin/chromium).
"""
from __future__ import annotations

import argparse
import base64
import statistics
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from browser_kit import (TIMEOUT_MS, VIEWPORT, key_class, run_bench, start_streamlit, stop,  # noqa: E402
                         wait_healthy, wait_idle)

SECTION = ("data", "2. What data does it capture?")
TEXT_QUESTION = "data.protocols"
TEXTS = ("OPC UA from the press PLCs every second", "MQTT from 12 vibration sensors every minute")
EVIDENCE = ("Described specifically", "Demonstrated")
QUIET_MS = 400  # idle must last this long to count as the end of the edit (a callback may rerun again)
# Widgets the bare script copies, by the test id Streamlit gives them -> how to draw one
WIDGETS = {
    "stTextInput": 'st.text_input("Text input {i}", key="text_input_{i}")',
    "stTextArea": 'st.text_area("Text area {i}", key="text_area_{i}")',
    "stSelectbox": 'st.selectbox("Selectbox {i}", ["Option A", "Option B", "Option C"], key="selectbox_{i}")',
    "stMultiSelect": 'st.multiselect("Multiselect {i}", ["Option A", "Option B", "Option C"], key="multiselect_{i}")',
    "stNumberInput": 'st.number_input("Number {i}", value=None, key="number_{i}")',
    "stButton": 'st.button("Button {i}", key="button_{i}")',
    "stRadio": 'st.radio("Radio {i}", ["Option A", "Option B"], horizontal=True, key="radio_{i}")',
    "stFileUploader": 'st.file_uploader("File {i}", key="file_{i}")',
    "stCheckbox": 'st.checkbox("Checkbox {i}", key="checkbox_{i}")',
}

# Before the app loads: every WebSocket message from the server is logged with its arrival time
# (and its bytes, when small, so Python can find the script_finished messages).
WS_RECORDER = """(() => {
    const Native = window.WebSocket;
    const log = window.__ws = [];
    window.WebSocket = class extends Native {
        constructor(...args) {
            super(...args);
            this.addEventListener("message", e => {
                const t = performance.now(), d = e.data;
                const n = d.byteLength ?? d.size ?? d.length;
                const b = d instanceof ArrayBuffer && n <= 512 ? btoa(String.fromCharCode(...new Uint8Array(d))) : null;
                log.push({t, n, b});
            });
        }
    };
})();"""
# Logs every change of the app root's script state with its time, and the moment Tab or a pointer
# press on a dropdown option commits an edit.
RECORDER = """() => {
    if (window.__bench) return;
    const app = document.querySelector("[data-testid='stApp']");
    const bench = window.__bench = {log: [], t0: null};
    const now = () => performance.now();
    new MutationObserver(records => {
        const t = now();
        const states = records.map(r => r.oldValue).slice(1).concat([app.getAttribute("data-test-script-state")]);
        for (const s of states) bench.log.push({s, t});
    }).observe(app, {attributes: true, attributeOldValue: true, attributeFilter: ["data-test-script-state"]});
    document.addEventListener("keydown", e => { if (e.key === "Tab") bench.t0 = now(); }, true);
    document.addEventListener("pointerdown", e => {
        if (e.target.closest && e.target.closest("[role='option']")) bench.t0 = now();
    }, true);
}"""
ARM = "() => { window.__bench.log = []; window.__bench.t0 = null; }"
# Settled: the server answered after the commit, the app root says notRunning, and nothing (no message,
# no state change) happened for `quiet` ms. A fast run may never show "running" in the DOM (React
# batches the two changes), so the server's messages, not the attribute, prove that a run happened.
SETTLED = """quiet => {
    const b = window.__bench;
    if (b.t0 === null) return false;
    const messages = window.__ws.filter(m => m.t >= b.t0);
    if (!messages.length) return false;
    const app = document.querySelector("[data-testid='stApp']");
    if (app.getAttribute("data-test-script-state") !== "notRunning") return false;
    const states = b.log.filter(e => e.t >= b.t0);
    const last = Math.max(messages[messages.length - 1].t, ...states.map(e => e.t));
    if (performance.now() - last < quiet) return false;
    return {t0: b.t0, messages: messages.filter(m => m.b).map(m => [m.t, m.b]),
            idle: states.filter(e => e.s === "notRunning").map(e => e.t)};
}"""


def measure(page, commit) -> tuple[float, int]:
    """Milliseconds from the commit to the page being idle after the last run, and the number of runs.

    The end is the arrival of the last script_finished message, or the app root's change to
    notRunning after it when the DOM showed one."""
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

    wait_idle(page, settle_ms=150)
    page.evaluate(ARM)
    commit()
    try:
        seen = page.wait_for_function(SETTLED, arg=QUIET_MS, timeout=TIMEOUT_MS, polling=20).json_value()
    except Exception:
        state = page.evaluate("() => window.__bench")
        print(f"    no idle page after the edit on {page.url}; state log: {state}", file=sys.stderr)
        raise
    finished = []
    for t, data in seen["messages"]:
        msg = ForwardMsg()
        try:
            msg.ParseFromString(base64.b64decode(data))
        except Exception:  # noqa: BLE001 - not every small frame need be a ForwardMsg we can read
            continue
        if msg.WhichOneof("type") == "script_finished":
            finished.append(t)
    if not finished:
        raise RuntimeError("no script_finished message after the edit: the edit started no run")
    end = max([finished[-1]] + [t for t in seen["idle"] if t >= finished[-1]])
    return end - seen["t0"], len(finished)


def new_page(browser):
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(script=WS_RECORDER)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS)
    return page


def open_idle(page, url: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    wait_idle(page)
    page.evaluate(RECORDER)


def choose(page, box, option: str) -> None:
    box.locator("input").first.click()
    page.get_by_role("option", name=option, exact=True).click()


# --- (a) edits -----------------------------------------------------------------------------------------

def app_form(browser, base_url: str, database: Path):
    """The Evaluate form on a new evaluation, at the section whose text area is edited."""
    from questions import Evaluation, load_bank
    from store import Store

    eid = Store(f"sqlite:///{database}").create(Evaluation(bank_version=load_bank().version,
                                                           proposal="Bench proposal", vendor="Bench")).id
    page = new_page(browser)
    open_idle(page, f"{base_url}/evaluate?id={eid}")
    choose(page, page.locator(f".{key_class(f'section:{eid}')}"), SECTION[1])
    wait_idle(page)
    text = page.locator(f".{key_class(f'ev:{eid}:{TEXT_QUESTION}:text')} textarea")
    evidence = page.locator(f".{key_class(f'ev:{eid}:{TEXT_QUESTION}:evidence')}")
    return page, text, evidence


def count_widgets(page) -> Counter:
    return Counter({testid: page.locator(f"[data-testid='stMain'] [data-testid='{testid}']").count()
                    for testid in WIDGETS})


def bare_script(folder: Path, counts: Counter) -> Path:
    lines = ["import streamlit as st", ""]
    for testid, template in WIDGETS.items():
        lines += [template.format(i=i) for i in range(counts[testid])]
    path = folder / "bare_widgets.py"
    path.write_text("\n".join(lines) + "\n")
    return path


def edit_text(page, area, text: str):
    def commit():
        area.fill(text)
        page.evaluate("() => { window.__bench.t0 = null; }")  # the fill is typing, not the commit
        area.press("Tab")  # a text area sends its value when it loses focus
    return commit


def edit_select(page, box, option: str):
    return lambda: choose(page, box, option)


def bare_pages(browser, workdir: Path, counts: Counter, servers: list) -> dict:
    """The bare script twice: under the repository's settings (the aim's floor) and under Streamlit's
    defaults, which collect garbage after every run (runner.postScriptGC, off in .streamlit/config.toml)."""
    script, pages = bare_script(workdir, counts), {}
    for name, env in (("bare page", None), ("bare, defaults", {"STREAMLIT_RUNNER_POST_SCRIPT_GC": "true"})):
        proc, url, log = start_streamlit(script, workdir, env=env)
        servers.append(proc)
        wait_healthy(url, proc, log)
        pages[name] = new_page(browser)
        open_idle(pages[name], url)
    return pages


def bench_edits(browser, workdir: Path, repeats: int) -> None:
    database = workdir / "bench.db"
    app, app_url, app_log = start_streamlit(ROOT / "server.py", workdir, env={"WINNOW_DATABASE_URL": f"sqlite:///{database}"})
    servers = [app]
    try:
        wait_healthy(app_url, app, app_log)
        page, area, evidence = app_form(browser, app_url, database)
        counts = count_widgets(page)
        pages = {"app form": page, **bare_pages(browser, workdir, counts, servers)}
        shown = ", ".join(f"{n} {testid[2:]}" for testid, n in counts.items() if n)
        print(f"(a) one committed edit -> idle page; the form and the bare script each show: {shown}")

        def edits(p):  # per kind: how to commit the i-th edit on page p
            if p is page:
                return {"text area + Tab": lambda i: edit_text(p, area, TEXTS[i % 2]),
                        "selectbox choice": lambda i: edit_select(p, evidence, EVIDENCE[i % 2])}
            return {"text area + Tab": lambda i: edit_text(p, p.locator(".st-key-text_area_0 textarea"), TEXTS[i % 2]),
                    "selectbox choice": lambda i: edit_select(p, p.locator(".st-key-selectbox_0"),
                                                              ("Option A", "Option B")[i % 2])}
        for kind in ("text area + Tab", "selectbox choice"):
            ms = {name: [] for name in pages}
            runs = {name: [] for name in pages}
            for name, p in pages.items():
                measure(p, edits(p)[kind](1))  # warm-up, not counted
            for i in range(repeats):  # alternating, so every page sees the same load
                for name, p in pages.items():
                    took, n = measure(p, edits(p)[kind](i))
                    ms[name].append(took)
                    runs[name].append(n)
            median = {name: statistics.median(values) for name, values in ms.items()}
            for name, values in ms.items():
                print(f"    {kind if name == 'app form' else '':<17} {name:<15} median {median[name]:7.1f} ms  "
                      f"(min {min(values):6.1f}, max {max(values):6.1f}; runs per edit "
                      f"{Counter(runs[name]).most_common(1)[0][0]})")
            print(f"    {'':<17} ratio app/bare {median['app form'] / median['bare page']:.2f}x (aim <= 1.25x); "
                  f"against the bare page on Streamlit's defaults {median['app form'] / median['bare, defaults']:.2f}x")
    finally:
        for proc in servers:
            stop(proc)


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--edits", type=int, default=10, help="edits measured per kind (default 10)")
    opts = args.parse_args()
    run_bench(lambda browser, folder: bench_edits(browser, folder, opts.edits))


if __name__ == "__main__":
    main()
