"""server.py: the server loads the app before any browser connects."""
import re
import time

from browser_kit import ROOT, start_streamlit, stop, wait_healthy
from store import Store


def test_the_server_opens_and_seeds_the_store_before_any_browser_connects(tmp_path):
    database = tmp_path / "warm.db"
    proc, url, log = start_streamlit(ROOT / "server.py", tmp_path, env={"WINNOW_DATABASE_URL": f"sqlite:///{database}"})
    try:
        wait_healthy(url, proc, log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not (database.exists() and Store(f"sqlite:///{database}").list()):
            time.sleep(0.2)
        assert len(Store(f"sqlite:///{database}").list()) == 4, log.read_text(errors="replace")
    finally:
        stop(proc)


def test_the_library_s_address_names_its_grid_code_ahead_and_other_addresses_do_not(tmp_path):
    """views/preload.py: the HTML Streamlit serves at / has a modulepreload for the data grid's code,
    and that file is served; a scorecard's address (no grid) and other answers are untouched."""
    import urllib.request

    def get(address: str) -> tuple[str, bytes]:
        with urllib.request.urlopen(address, timeout=10) as answer:
            return answer.headers.get("content-type", ""), answer.read()

    proc, url, log = start_streamlit(ROOT / "server.py", tmp_path, env={"WINNOW_DATABASE_URL": f"sqlite:///{tmp_path / 'p.db'}"})
    try:
        wait_healthy(url, proc, log)
        kind, html = get(f"{url}/")
        grid = re.search(rb'<link rel="modulepreload" crossorigin href="\./(static/js/DataFrame\.[^"]+\.js)">', html)
        assert kind.startswith("text/html") and grid and html.index(grid.group(0)) < html.index(b"</head>")
        kind, html = get(f"{url}/scorecard?id=none")
        assert kind.startswith("text/html") and b"DataFrame" not in html
        kind, code = get(f"{url}/{grid.group(1).decode()}")
        assert "javascript" in kind and len(code) > 100_000
        assert get(f"{url}/_stcore/health")[1] == b"ok"
    finally:
        stop(proc)
