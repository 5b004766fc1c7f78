"""A memo that one reader shares across every session: bounded, emptied whole when full, and safe to read while
another session empties it (the value is read into a local, never looked up twice)."""
from __future__ import annotations

from typing import Callable, Generic, Hashable, TypeVar

V = TypeVar("V")


class Bounded(Generic[V]):
    def __init__(self, kept: int):
        self.kept = kept
        self._found: dict[Hashable, V] = {}

    def get(self, key: Hashable, make: Callable[[], V]) -> V:
        """The value kept for `key`, made (and kept) the first time it is asked for."""
        found = self._found.get(key)
        if found is None:
            found = make()
            if len(self._found) >= self.kept:
                self._found.clear()
            self._found[key] = found
        return found

    def clear(self) -> None:
        self._found.clear()
