import sys

import pytest

from paths import EXAMPLES, ROOT
from pg_server import postgres_server, postgres_url, store_url  # noqa: F401 - fixtures: a real PostgreSQL

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from questions import load_bank, load_evaluation  # noqa: E402
from store import Store  # noqa: E402


@pytest.fixture(scope="session")
def bank():
    return load_bank()


@pytest.fixture
def example():
    """Load an example evaluation by the start of its file name, e.g. example('a_')."""
    def load(prefix: str):
        path = next(p for name, p in EXAMPLES.items() if name.startswith(prefix))
        return load_evaluation(path)
    return load


@pytest.fixture
def app_url(monkeypatch, tmp_path) -> str:
    """A fresh SQLite database that the app under AppTest opens (WINNOW_DATABASE_URL)."""
    url = f"sqlite:///{tmp_path / 'winnow.db'}"
    monkeypatch.setenv("WINNOW_DATABASE_URL", url)
    return url


@pytest.fixture
def store(app_url) -> Store:
    """The app's database (app_url), reached past the app."""
    return Store(app_url)


@pytest.fixture
def first_run(store) -> Store:
    """The app's database as its first run leaves it: the examples saved, before a test adds its own.
    A module whose tests all start there says `pytestmark = pytest.mark.usefixtures("first_run")`."""
    store.seed_examples(ROOT / "examples")
    return store
