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

ROOT = Path(__file__).resolve().parent.parent
_drawn = threading.Event()
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


def wait_for_first_page(wait_seconds: float = 10) -> None:
    """Return once the first page has drawn, or after wait_seconds with none drawn (an idle server:
    nobody waits for it then)."""
    if _drawn.wait(wait_seconds):
        time.sleep(SETTLE_SECONDS)  # the first page's messages still go out and draw: not in their way


def later_pages(pages: list[str]) -> None:
    """Import every page's modules (the server calls it once the first page has drawn)."""
    for page in pages:
        for name in page_imports(ROOT / page):
            try:
                importlib.import_module(name)
            except ImportError:  # `from x import function`: the name is not a module
                continue
            except Exception:  # noqa: BLE001 - the page itself reports it where the user sees it
                logging.getLogger("winnow").warning("loading %s ahead failed", name, exc_info=True)
    heap.freeze_new_imports(now=True)
