"""A German reply's list of things ("Temperatur, Vibration und Stromaufnahme"): the places of its nouns, glossed though
a reply's other nouns are not (german.yaml replies_read_listed). A reply is read without its nouns glossed, as vague
lines read with them as English cues were made specific; a list of the things a question asks for (the data captured,
the roles, the systems) is the answer itself, in words no vague line is made of."""
from __future__ import annotations

from collections.abc import Callable

_JOINS = frozenset({",", "und", "sowie", "oder", "bzw"})  # between a list's items
LEAST_KNOWN = 2  # a list's nouns the gloss knows: two, or the commas are a clause's


def listed(words: list[str], known: Callable[[str], bool]) -> frozenset[int]:
    """The places of the known nouns of each run of single words joined by commas, "und", "oder", "sowie", where two
    of them or more are known nouns: "temperatur , vibration und stromaufnahme" -> the first two places."""
    found: set[int] = set()
    run: list[int] = []
    for at, word in enumerate([*words, "."]):
        if word in _JOINS and run and (at + 1 < len(words) and words[at + 1] not in _JOINS):
            continue
        if word.isalpha() and word not in _JOINS and (not run or words[at - 1] in _JOINS):
            run.append(at)
            continue
        found |= _known_of(run, words, known)
        run = [at] if word.isalpha() and word not in _JOINS else []
    return frozenset(found)


def _known_of(run: list[int], words: list[str], known: Callable[[str], bool]) -> set[int]:
    hits = {at for at in run if known(words[at])}
    return hits if len(run) > 1 and len(hits) >= LEAST_KNOWN else set()


def participles(glosses) -> set[str]:
    """The English participles the word list reads after an auxiliary ("erfasst": captured, "gelesen": read)."""
    return {after.split()[-1] for plain, after in glosses
            if after.split() and (after.endswith("ed") or after.split()[-1] != plain.split()[-1])}
