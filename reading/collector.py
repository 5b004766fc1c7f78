"""The cyclic garbage collector paused while many acyclic objects are made.

Reading a long proposal, drafting it, or re-reading a library makes hundreds of thousands of
tuples, lists and records, none in a reference cycle: the collector would only re-walk them again
and again as they age (a quarter to a half of the time). Reference counting still frees everything;
the collector runs as usual afterwards (as Mercurial's util.nogc does for its big builds)."""
from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
