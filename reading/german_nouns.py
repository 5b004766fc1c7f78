"""A German noun read as its parts (german.py's Gloss): whole, once a plural or case ending is off, or as a compound
whose parts are glossed, the last part its head ("Schwingungs|sensor": vibration sensor)."""
from __future__ import annotations

import re
from collections.abc import Callable


def inflected(word: str, nouns: dict[str, str], endings: tuple[str, ...], least_part: int) -> list[str]:
    """The noun as listed, or once a plural, case or feminine ending is off ("Messungen", "Instandhalterin")."""
    if word in nouns:
        return nouns[word].split()
    for ending in endings:
        stem = word[:-len(ending)]
        if word.endswith(ending) and len(stem) >= least_part:
            # a plural may also take an umlaut ("Verbräuche", "Zählerstände"): its last vowel read plain
            for known in (stem, plain_vowel(stem)):
                if known in nouns:
                    return nouns[known].split()
    return []


def modifier(part: str, nouns: dict[str, str], links: tuple[str, ...], compound: Callable[[str], list[str]]) -> list[str]:
    """A compound's first part, after its linking letters: a listed noun, or itself a compound of known parts
    ("Energiemanagement|system": energy management system, "Zustandsüberwachungs|software")."""
    if part in nouns:
        return nouns[part].split()
    for link in links:
        if part.endswith(link) and part[:-len(link)] in nouns:
            return nouns[part[:-len(link)]].split()
    for stem in (part, *(part[:-len(link)] for link in links if part.endswith(link))):
        read = compound(stem)
        if read != [stem]:
            return read
    return [part]


def plain_vowel(stem: str) -> str:
    """The stem with its last umlaut read plain ("verbräuch": "verbrauch")."""
    at = max(stem.rfind(u) for u in "äöü")
    return stem if at < 0 else stem[:at] + {"ä": "a", "ö": "o", "ü": "u"}[stem[at]] + stem[at + 1:]


# a compound's first part whose head is left to the last of a list ("Strom- und Gaskosten", "Wasser-, Strom- und
# Dampfverbräuche"): the part before a hyphen that a comma or a conjunction follows
_ELIDED = re.compile(r"(\w+)-(?=\s*(?:,|und\b|oder\b|sowie\b|bzw\b))")
_LISTING = frozenset({",", "und", "oder", "sowie", "bzw"})


def elided(text: str) -> frozenset[str]:
    """The words of the text that stand for a compound whose head a later one in the same list gives."""
    return frozenset(m.lower() for m in _ELIDED.findall(text)) if "-" in text else frozenset()


def shared_head(words: list[str], at: int, parts: frozenset[str], compound: Callable[[str], list[str]]) -> list[str]:
    """The head the list's last compound gives the part at `at` ("Strom-" of "Strom- und Gaskosten": cost), in English;
    none where that last word is no compound this file reads."""
    for word in words[at + 1:at + 8]:
        if word in _LISTING or word in parts:
            continue
        read = compound(word)
        return read[-1:] if len(read) > 1 else []
    return []
