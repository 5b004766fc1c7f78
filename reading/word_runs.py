"""Runs of words found in a sentence's words, looked up by their first word: a sentence is walked once, not once a
phrase (a 100-page offer has thousands of sentences and a rule dozens of phrases)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

Runs = dict[str, list[tuple[str, ...]]]


def runs(phrases: Iterable[tuple[str, ...]]) -> Runs:
    """Each phrase (its words) under its first word."""
    index: Runs = defaultdict(list)
    for phrase in phrases:
        if phrase:
            index[phrase[0]].append(phrase)
    return dict(index)


def starts(words: list[str], index: Runs) -> list[int]:
    """Where each phrase of `index` found in `words` starts (once for each phrase found there)."""
    return [i for i, word in enumerate(words) for p in index.get(word, ()) if tuple(words[i:i + len(p)]) == p]
