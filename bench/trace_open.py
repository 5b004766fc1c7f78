"""One cold open, step by step: where the seconds between server start and the first idle page go.

    python bench/trace_open.py [app|hello|grid|<a copy of server.py> ...] [--runs 1] [--brief] [--late]

app: server.py on a new database (as bench_open.py part (a)); hello: a bare hello world; grid: the
hello world plus one st.dataframe of the library's kind of rows with row selection (the grid's price).
Prints, in seconds from the server process's start: listening, page requested, each file fetched, the
websocket's messages as the page receives them (deltas by element), each script run on the server, the
script-state changes in the page, the browser's main-thread tasks of 40 ms or more (from Chromium's
trace) and idle; then one line: idle, the first run, the browser's main-thread time until idle.
TRACE_PROFILE=<file> profiles the server's first script run (cProfile). Asserts nothing.
"""
from __future__ import annotations

import argparse
import base64
import json
import os
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from bench_open import STATE_LOG  # noqa: E402
from browser_kit import TIMEOUT_MS, VIEWPORT, free_port, run_bench, stop, wait_healthy, wait_idle  # noqa: E402

# Run under the server: a line per script run (start, end) and per warm-up, in the server's log.
HOOKS = '''import threading, time, runpy, sys
from streamlit.runtime.scriptrunner import script_runner
def _say(what): print(f"TRACE {time.time():.4f} {what}", flush=True)
_run = script_runner.ScriptRunner._run_script
def _traced(self, rerun_data):
    import os
    out = os.environ.pop("TRACE_PROFILE", "")
    if not out:
        _say("run-start"); _run(self, rerun_data); _say("run-end"); return
    import cProfile, pstats
    profile = cProfile.Profile()
    _say("run-start (profiled)"); profile.runcall(_run, self, rerun_data); _say("run-end")
    profile.dump_stats(out)
script_runner.ScriptRunner._run_script = _traced
_start = threading.Thread.start
def _thread_traced(self):
    if self.name.startswith("winnow-"):
        target, name = self._target, self.name
        def _wrapped(*a, **k):
            _say(f"{name}-start"); target(*a, **k); _say(f"{name}-end")
        self._target = _wrapped
    _start(self)
threading.Thread.start = _thread_traced
try:  # the app's own marks: the warm-up's first part done (its later pages wait for first_page_drawn)
    sys.path.insert(0, ".")
    from views import warm
    _later = warm.later_pages
    def _later_traced(*a, **k):
        _say("warm-up: first page loaded, waiting"); _later(*a, **k)
    warm.later_pages = _later_traced
    _drawn = warm.first_page_drawn
    def _drawn_traced():
        if not warm._drawn.is_set(): _say("first_page_drawn")
        _drawn()
    warm.first_page_drawn = _drawn_traced
except ImportError:
    pass
_say("imported")
sys.argv = ["streamlit", *sys.argv[1:]]
runpy.run_module("streamlit", run_name="__main__")
'''
GRID = '''import io, json
import pyarrow.json as arrow_json
import streamlit as st
rows = [dict(Proposal=f"Proposal {i}", Vendor="Vendor", Evaluator="Evaluator", Score=40 + i, Claims=3, Delivers=2,
             Gaps=i, Flags=1, **{"Last saved": f"2026-11-0{i + 1} 10:00:00"}) for i in range(4)]
st.write("Hello, world")
# an Arrow table read from JSON lines, as the library does: no pandas on the server
table = arrow_json.read_json(io.BytesIO("\\n".join(json.dumps(r) for r in rows).encode()))
st.dataframe(table, on_select="rerun", selection_mode="multi-row", hide_index=True)
'''
SCRIPTS = {"hello": ('import streamlit as st\n\nst.write("Hello, world")\n', "Hello, world"),
           "grid": (GRID, "Hello, world")}
# Each websocket message as the page receives it: performance.now() and the bytes (base64), decoded later.
WS_LOG = """(() => {
    const log = window.__frames = [], Native = window.WebSocket;
    window.WebSocket = class extends Native {
        constructor(...args) {
            super(...args);
            this.addEventListener("message", async e => {
                const t = performance.now(), bytes = new Uint8Array(e.data instanceof Blob ? await e.data.arrayBuffer() : e.data);
                let text = ""; for (const b of bytes) text += String.fromCharCode(b);
                log.push({t, b: btoa(text)});
            });
        }
    };
})();"""
TAIL_MS = 3000
TRACE_CATEGORIES = ["toplevel", "disabled-by-default-devtools.timeline", "devtools.timeline", "v8", "v8.execute", "blink.user_timing", "loading"]


def _element(payload: bytes) -> str:
    from streamlit.proto.ForwardMsg_pb2 import ForwardMsg
    msg = ForwardMsg.FromString(payload)
    kind = msg.WhichOneof("type")
    if kind == "delta":
        delta = msg.delta
        which = delta.WhichOneof("type")
        return f"delta {delta.new_element.WhichOneof('type')}" if which == "new_element" else f"delta {which}"
    return kind or "?"


def _long_tasks(events: list, origin_ms: float, least_ms: float = 40) -> list[tuple[float, str]]:
    """The browser's main-thread tasks of least_ms or more, each with what took most of it."""
    main = {(e["pid"], e["tid"]) for e in events if e.get("ph") == "M" and e.get("name") == "thread_name"
            and e["args"]["name"] == "CrRendererMain"}
    ours = sorted((e for e in events if (e.get("pid"), e.get("tid")) in main and e.get("ph") == "X"),
                  key=lambda e: e["ts"])
    marks = []
    for task in (e for e in ours if e["name"] == "RunTask" and e.get("dur", 0) >= least_ms * 1000):
        inside = [e for e in ours if task["ts"] <= e["ts"] < task["ts"] + task["dur"] and e is not task
                  and e["name"] not in ("RunTask", "ThreadControllerImpl::RunTask") and e.get("dur")]
        parts: dict[str, float] = defaultdict(float)
        for e in inside:
            data = (e.get("args") or {}).get("data") or {}
            where = (data.get("url") or data.get("fileName") or "").rsplit("/", 1)[-1]
            if e["name"] in ("FunctionCall", "v8.compileModule", "v8.evaluateModule", "EvaluateScript", "Layout",
                             "UpdateLayoutTree", "Paint", "MajorGC", "MinorGC", "ParseHTML", "RunMicrotasks"):
                parts[f"{e['name']} {where or data.get('functionName', '')}".strip()] += e["dur"] / 1e3
        top = ", ".join(f"{name} {ms:.0f}" for name, ms in sorted(parts.items(), key=lambda kv: -kv[1])[:3])
        at = origin_ms / 1000 + task["ts"] / 1e6
        marks.append((at, f"browser main thread busy {task['dur'] / 1e3:.0f} ms: {top}"))
    return marks


def _busy(events: list, until_us: float) -> tuple[float, float]:
    """Seconds the browser's main thread spent in tasks up to until_us (page clock): wall, and CPU."""
    main = {(e["pid"], e["tid"]) for e in events if e.get("ph") == "M" and e.get("name") == "thread_name"
            and e["args"]["name"] == "CrRendererMain"}
    tasks = [e for e in events if (e.get("pid"), e.get("tid")) in main and e.get("ph") == "X"
             and e["name"] == "RunTask" and e.get("dur") and e["ts"] < until_us]
    return sum(e["dur"] for e in tasks) / 1e6, sum(e.get("tdur", 0) for e in tasks) / 1e6


def _open(browser, url: str, ready: str, marks: list):
    """Open url in a new tab, traced, until ready shows and Streamlit is idle. Returns the websocket's
    messages, the requests, the script-state changes, the page's time origin and the trace's events
    (their clock moved to the page's: microseconds since its time origin)."""
    context = browser.new_context(viewport=VIEWPORT)
    context.add_init_script(script=STATE_LOG)
    context.add_init_script(script=WS_LOG)
    page = context.new_page()
    page.set_default_timeout(TIMEOUT_MS * 2)
    requests: list = []
    page.on("requestfinished", lambda r: requests.append(r))
    browser.start_tracing(page=page, categories=TRACE_CATEGORIES)
    marks.append((time.time(), "page requested"))
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_text(ready, exact=True).first.wait_for()
    marks.append((time.time(), f"'{ready}' shown"))
    wait_idle(page, settle_ms=0)
    marks.append((time.time(), "idle (the bench's end)"))
    origin, states = page.evaluate("performance.timeOrigin"), page.evaluate("window.__states")
    page.wait_for_timeout(TAIL_MS)  # what the page still does after idle (a grid drawing) is traced too
    anchor = page.evaluate("() => { performance.mark('trace-anchor'); return performance.now(); }")
    frames = [((origin + f["t"]) / 1000, base64.b64decode(f["b"])) for f in page.evaluate("window.__frames")]
    trace = json.loads(browser.stop_tracing())
    rows = [(r.url, r.resource_type, r.timing, (r.sizes() or {}).get("responseBodySize", 0)) for r in requests]
    context.close()
    events = trace["traceEvents"] if isinstance(trace, dict) else trace
    mark = next(e["ts"] for e in events if e.get("name") == "trace-anchor")
    for e in events:
        if "ts" in e:
            e["ts"] -= mark - anchor * 1000
    return frames, rows, states, origin, events


def trace_once(browser, kind: str, folder: Path, brief: bool = False, late: bool = False) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    hooks = folder / "trace_hooks.py"
    hooks.write_text(HOOKS)
    if kind == "app" or kind.endswith(".py"):  # the app, or a copy of server.py changed for a trial
        script = ROOT / ("server.py" if kind == "app" else kind)
        ready, env = "Evaluations", {"WINNOW_DATABASE_URL": f"sqlite:///{folder / 'w.db'}"}
    else:
        script, ready, env = folder / f"{kind}.py", SCRIPTS[kind][1], None
        script.write_text(SCRIPTS[kind][0])
    marks: list[tuple[float, str]] = []
    t0 = time.time()
    proc, url, log = _start_traced(script, folder, env, hooks)
    try:
        wait_healthy(url, proc, log)
        marks.append((time.time(), "listening (health answered)"))
        while late and kind not in SCRIPTS and "first page loaded" not in log.read_text(errors="replace"):
            time.sleep(0.05)  # --late: the browser comes once the server has loaded the first page
        frames, rows, states, origin, events = _open(browser, url, ready, marks)
    finally:
        stop(proc)
    for line in log.read_text(errors="replace").splitlines():
        if line.startswith("TRACE "):
            _, at, what = line.split(" ", 2)
            marks.append((float(at), f"server: {what}"))
    marks += [((origin + s["t"]) / 1000, f"page script state -> {s['s']}") for s in states]
    marks += [(at, f"ws <- {_element(data)} ({len(data)} B)") for at, data in frames]
    marks += _long_tasks(events, origin)
    for address, kind_, timing, size in rows:
        name = address.rsplit("/", 1)[-1][:48] or "/"
        end = (timing["startTime"] + timing["responseEnd"]) / 1000
        begin = (timing["startTime"] + max(timing["requestStart"], 0)) / 1000
        marks.append((end, f"fetched {kind_:10} {name} {size / 1024:.0f} KiB (asked at {begin - t0:.3f})"))
    idle = next(at for at, what in marks if what.startswith("idle"))
    runs = [at - t0 for at, what in marks if what.startswith("server: run-")]
    wall, cpu = _busy(events, (idle * 1000 - origin) * 1000)
    _, total = _busy(events, float("inf"))
    if not brief:
        print(f"--- {kind}: seconds from the server process's start")
        for at, what in sorted(marks):
            print(f"{at - t0:7.3f}  {what}")
    print(f"{kind}: idle {idle - t0:.2f} s; first run {runs[0]:.2f}-{runs[1]:.2f} s; browser main thread until idle"
          f" {wall:.2f} s ({cpu:.2f} s CPU; {total:.2f} s CPU with {TAIL_MS / 1000:.0f} s more), {len(rows)} requests")


def _start_traced(script: Path, folder: Path, env, hooks: Path):
    """As browser_kit.start_streamlit, through the hooks file instead of `python -m streamlit`."""
    port = free_port()
    log = folder / f"streamlit-{port}.log"
    command = [sys.executable, str(hooks), "run", str(script), "--server.headless", "true",
               "--server.port", str(port), "--browser.gatherUsageStats", "false"]
    with log.open("wb") as out:
        proc = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    return proc, f"http://127.0.0.1:{port}", log


def main() -> None:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("kinds", nargs="*", default=["app", "hello"], help="app, hello, grid or a copy of server.py")
    args.add_argument("--runs", type=int, default=1)
    args.add_argument("--brief", action="store_true", help="one line per open")
    args.add_argument("--late", action="store_true", help="open the page once the server's warm-up has loaded it")
    opts = args.parse_args()
    run_bench(*[lambda browser, folder, k=k, i=i: trace_once(browser, k, folder / f"{k}-{i}", opts.brief, opts.late)
                for i in range(opts.runs) for k in opts.kinds])


if __name__ == "__main__":
    main()
