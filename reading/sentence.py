"""A sentence of a proposal as the reader marks it, and the signals it names.

Most sentences of a long proposal are never shown one by one, so a sentence's reason (and a
neutral sentence's empty lists) are made when first read, and the two common kinds, neutral
and one-label, have lean constructors of their own.
"""
from __future__ import annotations

from typing import NamedTuple, Protocol

NEUTRAL_REASON = "no label and no specific substance"


class Signal(NamedTuple):
    kind: str  # label, buzzword, or a substance kind (data, protocol, system, role, frequency, number, result)
    term: str  # the text as written
    key: str  # what it means: the label id, or the normalised term


class Names(Protocol):
    """What words a sentence's reason names (reading.text.Reader): asked only when the reason is read."""

    def reason(self, kind: str, labels: list[str], buzz: list[str], substance: list[Signal]) -> str: ...


class Sentence:
    """One sentence: its text and offsets, label/substance/neutral, and why. The reason (and a
    neutral sentence's empty lists) are made when first read: most are never looked at."""

    __slots__ = ("text", "start", "end", "kind", "_labels", "_substance", "_reason", "_buzz", "_names")

    def __init__(self, text: str, start: int, end: int, kind: str, reason: str | None = NEUTRAL_REASON,
                 labels: list[str] | None = None, substance: list[Signal] | None = None, buzz: list[str] = (),
                 names: Names | None = None):
        self.text, self.start, self.end, self.kind, self._reason = text, start, end, kind, reason
        self._labels, self._substance, self._buzz, self._names = labels, substance, buzz, names

    @property
    def labels(self) -> list[str]:
        """Glossary label ids the sentence uses, in order."""
        if self._labels is None:
            self._labels = []
        return self._labels

    @property
    def substance(self) -> list[Signal]:
        """The distinct substance signals the sentence names."""
        if self._substance is None:
            self._substance = []
        return self._substance

    @property
    def buzzwords(self) -> list[str]:
        """The marketing buzzwords the sentence uses, as written."""
        return list(self._buzz)

    @property
    def reason(self) -> str:
        """Why the sentence is marked as it is, naming what it uses and names."""
        if self._reason is None:
            self._reason = self._names.reason(self.kind, self.labels, self._buzz, self.substance)
        return self._reason

    def moved(self, by: int) -> Sentence:
        """The same sentence `by` characters further on, as read in a text that follows another (Reader.joined)."""
        return Sentence(self.text, self.start + by, self.end + by, self.kind, self._reason, self._labels,
                        self._substance, self._buzz, self._names)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sentence) and (self.text, self.start, self.end, self.kind, self.reason, self.labels,
                                                self.substance) == (other.text, other.start, other.end, other.kind,
                                                                    other.reason, other.labels, other.substance)

    def __repr__(self) -> str:
        return f"Sentence({self.text!r}, {self.start}, {self.end}, {self.kind!r}, labels={self.labels!r})"

    def __reduce__(self):
        """Pickled with its reason made, not with the reader: the app caches readings (st.cache_data)."""
        return Sentence, (self.text, self.start, self.end, self.kind, self.reason, self.labels, self.substance,
                          list(self._buzz))


class _Neutral(Sentence):
    """A sentence that names nothing, made with the least work: most sentences are these."""

    __slots__ = ()

    def __init__(self, text: str, start: int, end: int):
        self.text, self.start, self.end, self.kind = text, start, end, "neutral"
        self._reason = NEUTRAL_REASON
        self._labels = self._substance = None
        self._buzz, self._names = (), None  # read by buzzwords and when a reading is pickled


class _Labelled(Sentence):
    """A label sentence with one label or buzzword and nothing behind it: the usual marketing line."""

    __slots__ = ()

    def __init__(self, text: str, start: int, end: int, labels: list[str], buzz: list[str], names: Names):
        self.text, self.start, self.end, self.kind = text, start, end, "label"
        self._labels, self._buzz, self._names = labels, buzz, names
        self._reason, self._substance = None, None
