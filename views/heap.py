"""Keep the garbage collector off the path of an edit.

Everything the imports, the question bank and the store's engine create lives as long as the server.
Freezing it moves it out of the collector's reach, so a full collection walks only what the sessions
made since: measured on an edit of the Evaluate form, a full pass fell from ~95 ms to ~20 ms. Frozen
objects are still freed when nothing refers to them; only unreachable cycles among them would stay.
The collection before a freeze walks the whole heap (0.05-0.2 s), so under server.py it waits until
the first page has drawn and the other pages' imports are in (views/warm.py), then happens once.
"""
from __future__ import annotations

import gc
import sys

_modules_at_freeze = 0
_later = False  # the server's warm-up freezes once the other pages' imports are in: no run does it before


def freeze_later(later: bool = True) -> None:
    """Runs leave freezing to the warm-up (`later`), or again do it themselves (the warm-up failed)."""
    global _later
    _later = later


def freeze_new_imports(now: bool = False) -> None:
    """After a run that imported modules (a page's first visit): collect once, then freeze the rest.
    `now` is the warm-up's own freeze, the one runs left to it."""
    global _modules_at_freeze
    if now:
        freeze_later(False)
    if _later or len(sys.modules) == _modules_at_freeze:
        return
    _modules_at_freeze = len(sys.modules)
    gc.collect()  # leave no garbage to freeze
    gc.freeze()
