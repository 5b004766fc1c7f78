"""Word lists as whole-word patterns that skip a text they cannot match: a reply's sentence is
asked for vague words, claims, roles, each topic's `also` words ... one pattern at a time, and most hold none of
them. A match of a phrase holds each run of letters of the phrase as a whole run of letters of the text (`key_runs`),
so a text whose runs hold all of no phrase's runs cannot match: its runs are found once, for every
pattern asked of it (`runs`, a bounded memo), and the regex is not tried. A phrase with no letter a-z is always tried.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .signal_patterns import trie_pattern

_RUN = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def runs(text: str) -> frozenset[str]:
    """The runs of lower-case ASCII letters in a text (the words it could match by)."""
    return frozenset(_RUN.findall(text))


def key_runs(phrases: list[str], plural: bool = False) -> dict[str, list[frozenset[str]]] | None:
    """Each phrase's longest run of letters (the rarest) -> the runs each phrase keyed by it holds, every one a
    whole run of the text where it matches; None when a phrase has no run. A run of a phrase is one of the text's
    where it matches: the characters around it in the phrase are no letters, nor are those before and after the
    match (no word character there), but a plural ending after a phrase's last run ("warning" found as "warnings",
    "process" as "processes"): with `plural` that run is keyed by its plurals too, and not among those needed."""
    if not phrases:
        return None  # an empty alternation matches everywhere
    out: dict[str, list[frozenset[str]]] = {}
    for phrase in phrases:
        found = list(_RUN.finditer(phrase))
        if not found:
            return None
        key = max(found, key=lambda m: len(m.group()))
        ends = plural and found[-1].end() == len(phrase)
        needs = frozenset(m.group() for m in (found[:-1] if ends else found))
        plurals = ("", "s", "es") if ends and key is found[-1] else ("",)
        for ending in plurals:
            out.setdefault(key.group() + ending, []).append(needs)
    return out


class Phrases:
    """A compiled pattern of whole words (`search`, `finditer`, `findall` as re.Pattern's) tried only where the
    text holds every run of letters of one of its phrases (`key_runs`)."""

    def __init__(self, pattern: re.Pattern, keyed: dict[str, list[frozenset[str]]] | None):
        self.compiled, self.pattern, self.keyed = pattern, pattern.pattern, keyed
        self.keys = frozenset(keyed) if keyed is not None else None
        # the keys of a phrase that needs no other run (a single word): held, it may match, told without a loop
        self.alone = frozenset(key for key, needed in keyed.items() if any(needs <= {key} for needs in needed)) \
            if keyed is not None else None

    def may(self, text: str) -> bool:
        if self.keys is None:
            return True
        held = runs(text)
        if self.keys.isdisjoint(held):  # two of three asks: no phrase's key at all, told in C without a new set
            return False
        if not self.alone.isdisjoint(held):
            return True
        return any(needs <= held for key in self.keys.intersection(held) for needs in self.keyed[key])

    def search(self, text: str, *at):
        return self.compiled.search(text, *at) if self.may(text) else None

    def finditer(self, text: str):
        return self.compiled.finditer(text) if self.may(text) else iter(())

    def findall(self, text: str) -> list:
        return self.compiled.findall(text) if self.may(text) else []


def phrases(words: list[str], plural: bool = False, not_before: list[str] = ()) -> Phrases:
    """Whole words or phrases, case-insensitive, longest first; with `plural`, a phrase found as
    its plural too ("warning" in "warnings come seven days ahead"); not where one of `not_before` follows."""
    # as a trie: the phrases that can match at one place are prefixes of one another, and the trie tries the longer
    # first as a flat longest-first list does (the same matches), but follows the text's letters instead of trying
    # every phrase at every place (the vague words of a 10-page reply: 7 ms flat, 2.8 ms as a trie)
    lowered = sorted({w.lower() for w in words})
    suffix = "(?:e?s)?" if plural else ""
    after = rf"(?!\s+(?:{'|'.join(map(re.escape, not_before))})\b)" if not_before else ""
    pattern = re.compile(rf"(?<![\w-])({trie_pattern(lowered)}){suffix}(?![\w-]){after}")
    return Phrases(pattern, key_runs(lowered, plural))
