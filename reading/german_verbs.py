"""A German weak verb's form no word list glosses, read from a form of the same verb that one does (german.py).

german.yaml lists a verb's forms one by one ("analysiert: analyses|analysed", "erfasste: captured"); a text writes
the others as often: the past's plural ("erfassten", "analysierten"), the past of a present listed alone
("analysierte"), the infinitive or the present's plural ("analysieren", "dokumentieren"). A weak verb builds them all
from one stem, so each is read from its listed sibling, in the English tense the form tells. A separable verb's
particle, set at its clause's end, is read back beside its verb (`joined`).
"""
from __future__ import annotations

from .phrases import CLAUSE_END

_HISSING = ("sses", "shes", "ches", "xes", "zes")  # an English present whose "-es" is all its ending ("processes")


def sibling_form(word: str, words: dict[str, tuple[str, str]]) -> tuple[str, str] | None:
    """The (plain, after an auxiliary) English of a weak verb's form `word` no entry lists, by the entry of its
    sibling: "-ten" by "-te" ("erfassten": captured) or by "-t" ("analysierten": analysed), "-te" by "-t"
    ("analysierte"), "-en" by "-t" ("analysieren": analyse); None where no sibling is listed as a verb."""
    if word.endswith("ten") and word[:-1] in words:
        return _past(words[word[:-1]])
    if word.endswith("ten") and word[:-2] in words:
        return _past(words[word[:-2]])
    if word.endswith("te") and word[:-1] in words:
        return _past(words[word[:-1]])
    if word.endswith("en") and word[:-2] + "t" in words:
        plain, after = words[word[:-2] + "t"]
        if plain != after and plain.endswith("s"):  # a present|participle entry: the infinitive is its base form
            base = plain[:-2] if plain.endswith(_HISSING) else plain[:-1]
            return base, base
    return None


def _past(entry: tuple[str, str]) -> tuple[str, str] | None:
    """The past an entry tells: a "present|participle" entry's participle ("analyses|analysed"), or a past entry as it
    is ("captured"); None for one that tells no past (a present alone, "warns"; a word of another kind)."""
    plain, after = entry
    if plain != after:
        return after, after
    return (plain, plain) if plain.endswith("ed") else None


def joined(words: list[str], particles, listed, openers) -> list[int]:
    """The word places with a separable verb's particle, which German sets at its clause's end ("führte die Firma eine
    MDE ein"), moved right after its verb, so the verb reads as `listed` (german.yaml words) has it ("führte ein")."""
    order = list(range(len(words)))
    for at, word in enumerate(words):
        if word not in particles or not (at + 1 == len(words) or words[at + 1] in CLAUSE_END):
            continue
        verb = _separable(words, at, listed, openers)
        if verb is not None:
            order.remove(at)
            order.insert(order.index(verb) + 1, at)
    return order


def _separable(words: list[str], at: int, listed, openers) -> int | None:
    """The place of the verb the particle at `at` belongs to: in its own clause, or else in one before it, back past
    the commas of a list that is its object ("zeichnen GPS, mobile Scanner und Messinstrumente die Mengen auf") or of a
    clause between; a clause one of `openers` starts (", nachdem", ", weil") is passed over, as its verb is its own.
    Never past ";", ":" or a bracket."""
    end = at
    while end >= 0:
        start = max((i for i in range(end) if words[i] in CLAUSE_END), default=-1) + 1
        if end == at or words[start] not in openers:
            verb = next((i for i in range(start, end - (end == at)) if f"{words[i]} {words[at]}" in listed), None)
            if verb is not None:
                return verb
        if start < 1 or words[start - 1] != ",":
            return None
        end = start - 1
    return None
