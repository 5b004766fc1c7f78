"""The other pages' imports, loaded on the server once the first page has drawn.

A page's first visit imports what it needs (charts, exports, the drafter): ~1-3 s that the buyer
would wait through when opening a scorecard by its address. The server loads them in the background
instead, but only after the first page has drawn, so a cold start does not wait for them. Each
page's imports are read from its file, so a new import needs no list kept here."""
from __future__ import annotations

import ast
import importlib
import logging
import threading
import time
from pathlib import Path

from . import heap
from .preload import NOT_A_PAGE

ROOT = Path(__file__).resolve().parent.parent
_drawn = threading.Event()
_wanted = threading.Event()  # another page than the library was asked for: it reads through the Store
_settled = threading.Event()
SETTLE_SECONDS = 1.0  # the first page's last messages leave in milliseconds; the browser draws on its own


def first_page_drawn() -> None:
    """Called by app.py after every run; only the first one matters."""
    _drawn.set()


def page_imports(page: Path) -> list[str]:
    """The modules a page file imports at its top level, in order."""
    names: list[str] = []
    for node in ast.parse(page.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
            names += [f"{node.module}.{alias.name}" for alias in node.names]  # `from views import history`
    return names


def wait_for_first_page(wait_seconds: float = 10, or_store_wanted: bool = False) -> None:
    """Return once the first page has drawn, or after wait_seconds with none drawn (an idle server:
    nobody waits for it then); with `or_store_wanted`, as soon as another page than the library is asked for."""
    deadline = time.monotonic() + wait_seconds
    while not _drawn.wait(0.05):
        if (or_store_wanted and _wanted.is_set()) or time.monotonic() > deadline:
            return
    if not _settled.is_set():
        time.sleep(SETTLE_SECONDS)  # the first page's messages still go out and draw: not in their way
        _settled.set()


def other_page(path: str) -> bool:
    """Whether an address is one of the app's pages other than the library, which is served at the root
    ("/", or the base path's): "/scorecard" is, "/" and files ("/favicon.png", "/_stcore/...") are not."""
    return not path.endswith("/") and "." not in path.rsplit("/", 1)[-1] and not path.startswith(NOT_A_PAGE)


class OtherPageFirst:
    """ASGI middleware: a request for another page's address (a scorecard link) has the warm-up open the
    bank and the Store at once, while the browser loads, as that page needs them; the library's first
    page does not (store/local.py), so for it they wait until it has drawn."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http" and not _wanted.is_set() and other_page(scope["path"]):
            _wanted.set()
        await self.app(scope, receive, send)


def _attribute(name: str) -> None:
    """Ask for `from x import y`'s y: a package that loads its modules on first use (reports) loads them now."""
    package, _, attribute = name.rpartition(".")
    try:
        getattr(importlib.import_module(package), attribute, None)
    except Exception:  # noqa: BLE001 - the page itself reports it where the user sees it
        logging.getLogger("winnow").warning("loading %s ahead failed", name, exc_info=True)


def later_pages(pages: list[str], then=None) -> None:
    """Import every page's modules (the server calls it once the first page has drawn), then run `then` (what the
    pages build once per server: in the heap frozen after it)."""
    for page in pages:
        for name in page_imports(ROOT / page):
            try:
                importlib.import_module(name)
            except ImportError:  # `from x import function`: the name is not a module, but may load one (reports')
                _attribute(name)
                continue
            except Exception:  # noqa: BLE001 - the page itself reports it where the user sees it
                logging.getLogger("winnow").warning("loading %s ahead failed", name, exc_info=True)
    if then is not None:
        try:
            then()
        except Exception:  # noqa: BLE001 - the page builds it again, and reports it where the user sees it
            logging.getLogger("winnow").warning("building ahead failed", exc_info=True)
    heap.freeze_new_imports(now=True)
