"""What the browser tests and bench/bench_browser.py share: starting and stopping a real Streamlit
server, launching Debian's Chromium, waiting for Streamlit to be idle, and full-page screenshots.

Playwright's own browser download is not used: Chromium comes from apt (scripts/test.sh installs it).
"""
from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import parse_qs, urlparse

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = Path(os.environ.get("WINNOW_CHROMIUM", "/usr/bin/chromium"))
SCREENSHOTS = ROOT / "test-artifacts" / "screenshots"
# Without the background-networking flags Chromium keeps calling home, which floods a closed network.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
TIMEOUT_MS = 30_000  # the machine is shared and has two cores: be patient, but not forever
SERVER_START_S = 90
VIEWPORT = {"width": 1400, "height": 1000}
# Every page learns from run_watch.js whether its last rerun request has been served (see wait_idle).
RUN_WATCH = Path(__file__).with_name("run_watch.js").read_text()
# A fragment's request the server drops (its fragment was removed by a full run) starts no run: this
# long without one is taken as that.
DROPPED_MS = 3_000
# Idle: Streamlit's app root says it is connected and not running (its data-test-* attributes, which
# Streamlit's own e2e tests wait on too), and the run asked for last has finished.
IDLE_NOW = """() => {
    const app = document.querySelector("[data-testid='stApp']"), runs = window.__winnowRuns;
    return !!app && app.dataset.testConnectionState === "CONNECTED" && app.dataset.testScriptState === "notRunning"
        && (!runs || runs.served
            || (runs.fragment && runs.latest === null && performance.now() - runs.sentAt > %d));
}""" % DROPPED_MS
# Set WINNOW_E2E_CPU_THROTTLE=4 to run every page on a CPU four times slower (how races are found).
CPU_THROTTLE = float(os.environ.get("WINNOW_E2E_CPU_THROTTLE") or 1)


# --- the server -------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_streamlit(script: Path, workdir: Path, env: dict[str, str] | None = None,
                    port: int | None = None, args: tuple[str, ...] = ()) -> tuple[subprocess.Popen, str, Path]:
    """`python -m streamlit run <script>` headless on a free port, in its own process group; `args`
    are more options for streamlit (e.g. --secrets.files).

    Returns the process, the base URL and the log file (stdout and stderr together)."""
    port = port or free_port()
    log = Path(workdir) / f"streamlit-{port}.log"
    command = [sys.executable, "-m", "streamlit", "run", str(script), "--server.headless", "true",
               "--server.port", str(port), "--browser.gatherUsageStats", "false", *args]
    with log.open("wb") as out:
        proc = subprocess.Popen(command, cwd=ROOT, env={**os.environ, **(env or {})}, stdout=out,
                                stderr=subprocess.STDOUT, start_new_session=True)
    return proc, f"http://127.0.0.1:{port}", log


class Server:
    """A running app: its base URL, its SQLite file, its log and its process id."""

    def __init__(self, url: str, database: Path, log: Path, pid: int | None = None):
        self.url, self.database, self.log, self.pid = url, database, log, pid

    def at(self, path: str = "", **query: str) -> str:
        """A page's address, e.g. server.at("scorecard", id=eid)."""
        qs = "&".join(f"{k}={v}" for k, v in query.items())
        return f"{self.url}/{path.lstrip('/')}" + (f"?{qs}" if qs else "")


def wait_healthy(base_url: str, proc: subprocess.Popen, log: Path, timeout: float = SERVER_START_S) -> None:
    """Until /_stcore/health answers "ok"; raises with the server's log if it dies or never answers."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"streamlit exited with {proc.returncode}:\n{log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"{base_url}/_stcore/health", timeout=2) as answer:
                if answer.read().decode().strip() == "ok":
                    return
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError(f"streamlit did not answer on {base_url} in {timeout:.0f}s:\n{log.read_text(errors='replace')}")


def stop(proc: subprocess.Popen) -> None:
    """End the server and anything it started (its whole process group), politely first."""
    if proc.poll() is not None:
        return
    for sig, grace in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=grace)
            return
        except subprocess.TimeoutExpired:
            continue


# --- the browser --------------------------------------------------------------------------------------

def launch(playwright):
    """Debian's Chromium, headless, quiet on the network; every context and page it opens is watched
    (run_watch.js) and, when asked, slowed (CPU_THROTTLE)."""
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
    new_context, new_page = browser.new_context, browser.new_page

    def watched_context(*args, **kwargs):
        context = new_context(*args, **kwargs)
        watch(context)
        return context

    def watched_page(*args, **kwargs):
        page = new_page(*args, **kwargs)  # its context is made inside Playwright, not by new_context
        watch(page.context)
        throttle(page)
        return page

    browser.new_context, browser.new_page = watched_context, watched_page
    return browser


def watch(context) -> None:
    context.add_init_script(script=RUN_WATCH)
    if CPU_THROTTLE != 1:
        context.on("page", throttle)


def throttle(page) -> None:
    if CPU_THROTTLE != 1:
        page.context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": CPU_THROTTLE})


def wait_idle(page, settle_ms: int = 150, timeout: int = TIMEOUT_MS) -> None:
    """Until the run asked for by the last click or edit has begun and finished (not only until the
    page says "notRunning", which it does until the server has begun the run), and the page has stayed
    idle a moment: a request sent a little after the action returns is then waited on too."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    try:
        page.wait_for_function(IDLE_NOW, timeout=timeout, polling=50)
        if settle_ms:
            page.wait_for_timeout(settle_ms)
            page.wait_for_function(IDLE_NOW, timeout=timeout, polling=50)
    except PlaywrightTimeout as error:
        try:
            state = page.evaluate("() => [{...document.querySelector(\"[data-testid='stApp']\")?.dataset},"
                                  " window.__winnowRuns]")
        except Exception as why:  # the page is gone or navigating: say so instead
            state = why
        raise PlaywrightTimeout(f"the page did not go idle in {timeout} ms: {state}") from error


def opened_id(page, timeout: int = TIMEOUT_MS) -> str:
    """The id of the evaluation the Evaluate page has open, once its address says so: a page switch
    can land a moment after the script went idle."""
    page.wait_for_url(re.compile(r"/evaluate\?(.*&)?id=\w+"), timeout=timeout)
    return parse_qs(urlparse(page.url).query)["id"][0]


def screenshot(page, name: str) -> Path:
    """The whole page, not only the viewport, into test-artifacts/screenshots/<name>.png.

    Streamlit scrolls inside its own container, so a full-page capture of the document shows one
    screen only; the viewport is stretched to the content's height for the shot, then put back."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    size = page.viewport_size or VIEWPORT
    height = page.evaluate("""() => {
        const boxes = [...document.querySelectorAll(
            "[data-testid='stMain'], [data-testid='stAppViewContainer'], [data-testid='stMainBlockContainer']")];
        return Math.max(window.innerHeight, document.body.scrollHeight, ...boxes.map(b => b.scrollHeight));
    }""")
    page.set_viewport_size({"width": size["width"], "height": min(int(height) + 40, 12_000)})
    try:
        page.wait_for_timeout(500)  # charts and data grids redraw at the new size
        page.screenshot(path=str(path), full_page=True)
    finally:
        page.set_viewport_size(size)
    return path


def library_form(page, fold: str):
    """The form in one of the library's folds ("New evaluation", "Import an evaluation file"), opened
    first if it is shut: a shut fold's form is not on the page at all."""
    folded = page.get_by_test_id("stExpander").filter(has=page.get_by_text(fold, exact=True))
    form = folded.get_by_test_id("stForm")
    if not form.count():
        folded.locator("summary").click()
        wait_idle(page)
    return form


def import_file(page, path: Path):
    """Upload `path` in the library's "Import an evaluation file" form and press Import; returns the form."""
    form = library_form(page, "Import an evaluation file")
    form.locator("input[type='file']").set_input_files(str(path))
    wait_idle(page)
    form.get_by_role("button", name="Import").click()
    wait_idle(page)
    return form


class HeldUploads:
    """A slow network for file uploads: from its creation, each file the page uploads waits here, not
    reaching the server, until `release`."""

    PATTERN = "**/_stcore/upload_file/**"

    def __init__(self, page):
        self.page, self.routes = page, []
        page.route(self.PATTERN, lambda route: self.routes.append(route))

    def wait_started(self, timeout: int = TIMEOUT_MS) -> None:
        """Until an upload is held (Playwright hands requests to the route while the page waits)."""
        deadline = time.monotonic() + timeout / 1000
        while not self.routes:
            assert time.monotonic() < deadline, "no upload started"
            self.page.wait_for_timeout(100)

    def release(self) -> None:
        for route in self.routes:
            route.continue_()
        self.page.unroute(self.PATTERN)


def key_class(key: str) -> str:
    """The CSS class Streamlit gives a keyed element's container: st-key-<key>, other characters as '-'."""
    return "st-key-" + "".join(c if c.isalnum() or c in "_-" else "-" for c in key)


def by_key(page, key: str):
    """The container of the element keyed `key`: how the flows find a widget as a person sees it."""
    return page.locator(f".{key_class(key)}")


def choose(page, box, option: str) -> None:
    """Open a selectbox and click one option by its exact text; a rerun that shut the list or
    replaced the option under the pointer (a shared, busy machine) means another try."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout
    page.bring_to_front()
    item = page.get_by_role("option", name=option, exact=True)
    for attempt in range(4):
        try:
            wait_idle(page)
            box.get_by_role("combobox").click(timeout=5_000)
            item.click(timeout=5_000)
            wait_idle(page)
            return
        except PlaywrightTimeout:
            if attempt == 3:
                raise
            page.keyboard.press("Escape")


def type_into(page, box, text: str) -> None:
    """Fill a text box and leave it: the change is sent when the box loses focus."""
    page.bring_to_front()
    box.fill(text)
    box.press("Tab")
    wait_idle(page)


def run_bench(*works) -> None:
    """A bench's browser: each work(browser, folder) in turn, in one Chromium and one scratch folder."""
    import tempfile

    if not CHROMIUM.exists():
        sys.exit(f"no Chromium at {CHROMIUM}: apt-get install chromium (scripts/test.sh does this)")
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory(prefix="winnow-bench-") as tmp, sync_playwright() as playwright:
        browser = launch(playwright)
        try:
            for work in works:
                work(browser, Path(tmp))
        finally:
            browser.close()
