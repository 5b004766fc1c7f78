"""One text edit on a drafted evaluation, this checkout against an earlier commit, in real Chromium.

    python bench/bench_edit_versions.py --against a818f82 [--edits 12]

The evaluation is what a buyer reviews after drafting: a proposal read and drafted, so the form
shows quotes, drafted marks and suggestions, and the proposal panel its sentence table. Both apps
run from this checkout's directory (so under its .streamlit/config.toml) on their own database, the
earlier one from a temporary git worktree; edits alternate between them. Prints figures; asserts
nothing. Needs Debian's Chromium (/usr/bin/chromium).
"""
from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "tests" / "e2e"))

from reading import collector  # noqa: E402
from questions.models import Document  # noqa: E402
from bench_browser import TEXTS, edit_text, measure, new_page, open_idle  # noqa: E402
from browser_kit import key_class, launch, start_streamlit, stop, wait_healthy, wait_idle  # noqa: E402
from test_draft_flow import PROPOSAL  # noqa: E402 - the bottling-line proposal the browser tests draft

TEXT_QUESTION = "data.protocols"


def drafted_evaluation():
    from questions import load_bank
    from reading.draft import draft
    text = "\n".join(PROPOSAL)
    evaluation = draft(text, load_bank(), proposal="FillTrack bottling hall", vendor="FillTrack")
    return evaluation.model_copy(update={"documents": [Document(name="Proposal text", text=text)]})


def open_form(browser, app: Path, workdir: Path, servers: list):
    """The app's Evaluate form on the drafted evaluation, at the section with the edited text area."""
    from store import Store
    database = workdir / f"{len(servers)}.db"
    proc, url, log = start_streamlit(app, workdir, env={"WINNOW_DATABASE_URL": f"sqlite:///{database}"})
    servers.append(proc)
    wait_healthy(url, proc, log)
    eid = Store(f"sqlite:///{database}").create(drafted_evaluation()).id
    page = new_page(browser)
    open_idle(page, f"{url}/evaluate?id={eid}")
    page.locator(f".{key_class(f'next:{eid}')} button").click()  # to section 2, where the text area is
    wait_idle(page)
    return page, page.locator(f".{key_class(f'ev:{eid}:{TEXT_QUESTION}:text')} textarea")


def main() -> None:
    collector.tune()  # the collector settings the app and the CLI run with (reading/collector.py)
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("--against", required=True, help="the earlier commit")
    args.add_argument("--edits", type=int, default=12)
    opts = args.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="winnow-versions-") as tmp, sync_playwright() as playwright:
        tmp = Path(tmp)
        earlier = tmp / "earlier"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(earlier), opts.against],
                       check=True, capture_output=True)
        browser, servers = launch(playwright), []
        try:
            forms = {opts.against: open_form(browser, earlier / "app.py", tmp, servers),
                     "this checkout": open_form(browser, ROOT / "app.py", tmp, servers)}
            for page, area in forms.values():
                measure(page, edit_text(page, area, TEXTS[1]))  # warm-up, not counted
            took = {name: [] for name in forms}
            for i in range(opts.edits):
                for name, (page, area) in forms.items():
                    took[name].append(measure(page, edit_text(page, area, TEXTS[i % 2]))[0])
            print(f"one text edit -> idle page on a drafted evaluation, median of {opts.edits}:")
            for name, values in took.items():
                print(f"    {name:<14} {statistics.median(values):7.1f} ms  (min {min(values):6.1f}, max {max(values):6.1f})")
        finally:
            for proc in servers:
                stop(proc)
            browser.close()
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(earlier)], capture_output=True)


if __name__ == "__main__":
    main()
