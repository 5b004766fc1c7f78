"""Keep the garbage collector off the path of an edit.

Everything the imports, the question bank and the store's engine create lives as long as the server.
Freezing it moves it out of the collector's reach, so a full collection walks only what the sessions
made since: measured on an edit of the Evaluate form, a full pass fell from ~95 ms to ~20 ms. Frozen
objects are still freed when nothing refers to them; only unreachable cycles among them would stay.
"""
from __future__ import annotations

import gc
import sys

_modules_at_freeze = 0


def freeze_new_imports() -> None:
    """After a run that imported modules (a page's first visit): collect once, then freeze the rest."""
    global _modules_at_freeze
    if len(sys.modules) == _modules_at_freeze:
        return
    _modules_at_freeze = len(sys.modules)
    gc.collect()  # leave no garbage to freeze
    gc.freeze()
