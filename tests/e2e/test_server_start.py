"""server.py: the server loads the app before any browser connects."""
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
