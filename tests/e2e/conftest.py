"""Browser tests: a real `streamlit run server.py` (the app as scripts/app.sh serves it) driven by
Debian's Chromium through Playwright.

One server per test session, on a free port, with its own SQLite file (WINNOW_DATABASE_URL), so its
first run seeds the four examples and nothing touches data/. Each test gets a fresh browser context,
that is a new Streamlit session. Screenshots go to test-artifacts/screenshots/ (git-ignored); a
failing test leaves FAILED-<test>.png there.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from browser_kit import (CHROMIUM, ROOT, SCREENSHOTS, TIMEOUT_MS, VIEWPORT, Server, launch, screenshot,
                         start_streamlit, stop, wait_healthy, wait_idle)

try:
    from playwright.sync_api import sync_playwright
except ImportError:  # pragma: no cover - playwright is pinned in requirements-dev.txt
    sync_playwright = None

HERE = Path(__file__).resolve().parent


def why_skip() -> str | None:
    if not CHROMIUM.exists():
        return (f"browser tests need Debian's Chromium at {CHROMIUM}, which is missing "
                "(`apt-get install chromium`; scripts/test.sh installs it)")
    if sync_playwright is None:
        return "browser tests need the playwright package (pip install -r requirements-dev.txt)"
    return None


SKIP_ASKED = "WINNOW_SKIP_BROWSER"  # a developer without Chromium sets it to 1; CI never does


# A browser test runs once more after a failure (pytest-rerunfailures; shown as RERUN in the summary):
# on a loaded two-core machine a click can land before the page has drawn its target, which no wait
# rules out entirely. A behaviour that is broken fails both runs and the suite is red.
RERUNS = 1


def pytest_collection_modifyitems(config, items):
    """Without the browser every test here fails with the reason (a green run must have driven a real
    browser), unless the developer asked to skip them with WINNOW_SKIP_BROWSER=1."""
    reason = why_skip()
    skip = reason is not None and os.environ.get(SKIP_ASKED) == "1"
    for item in items:
        if HERE in Path(str(item.path)).resolve().parents:
            item.add_marker(pytest.mark.skip(reason=reason) if skip else pytest.mark.flaky(reruns=RERUNS, reruns_delay=2))


_config = []  # pytest's config, to reach its terminal reporter when a test reruns


def pytest_configure(config):
    _config.append(config)


def pytest_runtest_logreport(report):
    """Say why a test needed its rerun: the summary names it (-raR) but not what failed, and a flaky
    test is found and fixed only from that."""
    if report.outcome != "rerun" or report.longrepr is None or not _config:
        return
    terminal = _config[0].pluginmanager.get_plugin("terminalreporter")
    crash = getattr(report.longrepr, "reprcrash", None)
    why = f"{crash.path}:{crash.lineno}: {crash.message}" if crash else str(report.longrepr)
    if terminal:
        terminal.write_line(f"\nRERUN {report.nodeid} ({report.when}) after: {why[:600]}")


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the test item, so the page fixture knows when a test failed."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def server(tmp_path_factory, browser):
    """The app, served by `python -m streamlit run server.py` over a fresh SQLite database, after a
    first visit: that run seeds the examples, as for a new user, whichever test writes to the
    store first (a test that creates an evaluation directly would otherwise stop the seeding)."""
    for stale in SCREENSHOTS.glob("FAILED-*.png"):  # from an earlier run
        stale.unlink()
    workdir = tmp_path_factory.mktemp("e2e")
    database = workdir / "e2e.db"
    port = int(os.environ.get("WINNOW_E2E_PORT") or 0) or None  # a port of one's own, where others run suites too
    proc, url, log = start_streamlit(ROOT / "server.py", workdir, env={"WINNOW_DATABASE_URL": f"sqlite:///{database}"},
                                     port=port)
    try:
        wait_healthy(url, proc, log)
        first_visit(browser, url)
        yield Server(url, database, log, proc.pid)
    finally:
        stop(proc)


def first_visit(browser, url: str) -> None:
    context = browser.new_context(viewport=VIEWPORT)
    try:
        tab = context.new_page()
        tab.goto(url, wait_until="domcontentloaded")
        wait_idle(tab)
    finally:
        context.close()


@pytest.fixture(scope="session")
def browser():
    reason = why_skip()
    if reason:
        pytest.fail(f"{reason}; set {SKIP_ASKED}=1 to skip the browser tests on purpose", pytrace=False)
    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture
def dialogs() -> list[str]:
    """Every JavaScript dialog (alert, confirm, prompt) the page opened; each is dismissed at once."""
    return []


@pytest.fixture
def page_errors() -> list[str]:
    """Uncaught JavaScript errors on the page."""
    return []


@pytest.fixture
def page(request, browser, server, dialogs, page_errors):
    """A fresh browser context (a new Streamlit session) with downloads allowed."""
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    context.set_default_timeout(TIMEOUT_MS)
    context.set_default_navigation_timeout(TIMEOUT_MS)
    tab = context.new_page()

    def on_dialog(dialog) -> None:
        dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.on("pageerror", lambda error: page_errors.append(str(error)))
    yield tab
    if any(getattr(getattr(request.node, f"report_{when}", None), "failed", False) for when in ("setup", "call")):
        try:
            screenshot(tab, f"FAILED-{request.node.name}")
        except Exception:  # noqa: BLE001 - a failed screenshot must not hide the test's own failure
            pass
    context.close()


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    """Ann and Raj's team (oidc_kit.plant_team): sign-in on, a server and a database per test module."""
    from oidc_kit import plant_team
    with plant_team(tmp_path_factory.mktemp("team")) as server:
        yield server
