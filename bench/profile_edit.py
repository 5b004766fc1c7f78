"""Where one edit's rerun on the Evaluate form spends its time: save, score, draw.

    python bench/profile_edit.py [--edits 20] [--top 25]

Drives the Evaluate page with AppTest on a new evaluation in a temporary database and commits
`--edits` text edits (the text area bench_browser.py edits). AppTest reruns the whole page on each
edit; in the browser an edit reruns only the edited question's fragment after the widget's callback,
and that fragment redraws the live summary, so the split below separates them:

- callback: the widget's on_change (read the latest evaluation, build the answer, save it)
- question: the edited question's fragment (score once per version, draw the question)
- live summary: drawn by the page in AppTest, by the question's fragment in the browser
- other questions and the rest of the page: not rerun by a browser edit

Inside them, store reads and saves and scoring.score are timed with time.perf_counter. Then cProfile
of the same edits prints the top functions by own time.
Prints figures; asserts nothing.
"""
from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reading import collector  # noqa: E402

TEXT_QUESTION = "data.protocols"
TEXTS = ("OPC UA from the press PLCs every second", "MQTT from 12 vibration sensors every minute")
SPENT: dict[str, float] = defaultdict(float)
STACK: list[str] = []
PROFILER: list = []  # when set: the cProfile.Profile that the phases run under


@contextmanager
def phase(name: str):
    STACK.append(name)
    top = len(STACK) == 2 and PROFILER  # the page runs in its own thread: profile there, per phase
    if top:
        PROFILER[0].enable()
    start = time.perf_counter()
    try:
        yield
    finally:
        SPENT["/".join(STACK)] += time.perf_counter() - start
        if top:
            PROFILER[0].disable()
        STACK.pop()


def timed(owner, attr: str, name: str) -> None:
    """Wrap owner.attr so that its time counts under `name` inside the current phase."""
    inner = getattr(owner, attr)

    def wrapper(*args, **kwargs):
        with phase(name):
            return inner(*args, **kwargs)
    setattr(owner, attr, wrapper)


def _wrap_page() -> None:
    """Time the page's phases: the fragment, the callbacks, and store/scoring calls inside them."""
    import streamlit as st
    from streamlit.runtime.state.session_state import SessionState

    import scoring
    from store import Store
    from views import live_summary
    timed(Store, "get", "store.get")
    timed(Store, "save", "store.save")
    timed(scoring, "score", "scoring.score")
    timed(live_summary, "show", "live summary")
    timed(SessionState, "_call_callbacks", "callback")
    fragment = st.fragment

    def timed_fragment(func=None, **kwargs):  # the page makes its fragments anew on every run
        def wrap(f):
            def body(*a, **k):  # a question's fragment: (evaluation id, question id, summary slot)
                with phase("question" if TEXT_QUESTION in a else "other questions"):
                    return f(*a, **k)
            body.__name__, body.__qualname__, body.__module__ = f.__name__, f.__qualname__, f.__module__
            return fragment(**kwargs)(body)
        return wrap(func) if func is not None else wrap
    st.fragment = timed_fragment


def open_form(db: Path):
    from streamlit.testing.v1 import AppTest

    from questions import Evaluation, load_bank
    from store import Store
    eid = Store(f"sqlite:///{db}").create(Evaluation(bank_version=load_bank().version, proposal="Bench proposal",
                                                     vendor="Bench")).id
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    at.query_params["id"] = eid
    at.run()
    at.switch_page("views/evaluate.py").run()
    at.selectbox(key=f"section:{eid}").set_value("data").run()
    assert not at.exception, at.exception
    return at, eid


def edit(at, eid: str, i: int) -> None:
    at.text_area(key=f"ev:{eid}:{TEXT_QUESTION}:text").input(TEXTS[i % 2]).run()
    assert not at.exception, at.exception


def split(runs: list[dict[str, float]]) -> None:
    """Median ms per phase over the edits."""
    names = sorted({n for r in runs for n in r}, key=lambda n: (n.split("/")[0], n.count("/"), n))
    print(f"{'phase (median of ' + str(len(runs)) + ' edits)':<44} {'ms':>8}")
    for name in names:
        print(f"{name:<44} {statistics.median(r.get(name, 0.0) for r in runs) * 1000:8.1f}")
    edit = [sum(t for n, t in r.items() if n.count("/") == 1 and n.endswith(("/question", "/callback", "/live summary")))
            for r in runs]
    print(f"{'callback + question + live summary':<44} {statistics.median(edit) * 1000:8.1f}  (what a browser edit reruns)")


def main() -> None:
    collector.tune()  # the collector settings the app and the CLI run with (reading/collector.py)
    args = argparse.ArgumentParser()
    args.add_argument("--edits", type=int, default=20)
    args.add_argument("--top", type=int, default=25)
    opts = args.parse_args()
    with tempfile.TemporaryDirectory(prefix="winnow-profile-") as tmp:
        db = Path(tmp) / "profile.db"
        os.environ["WINNOW_DATABASE_URL"] = f"sqlite:///{db}"
        _wrap_page()
        at, eid = open_form(db)
        edit(at, eid, 1)  # warm-up
        runs = []
        for i in range(opts.edits):
            SPENT.clear()
            with phase("whole AppTest run"):
                edit(at, eid, i)
            runs.append(dict(SPENT))
        split(runs)
        profiler = cProfile.Profile()
        PROFILER.append(profiler)
        for i in range(opts.edits):
            with phase("whole AppTest run"):
                edit(at, eid, i)
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out)
        stats.sort_stats("tottime").print_stats(opts.top)
        stats.sort_stats("cumulative").print_stats(opts.top)
        print(f"\ncProfile of the phases, {opts.edits} edits, top {opts.top} by own time:")
        print("\n".join(line for line in out.getvalue().splitlines() if line.strip())[-6000:])


if __name__ == "__main__":
    main()
