"""Word lists as whole-word patterns that skip a text none of whose words can start a match: a reply's sentence is
asked for vague words, claims, roles, each topic's `also` words ... one pattern at a time, and most hold none of
them. A match of a phrase that starts with a letter starts a run of letters in the text (the character before it
is no letter) that is the phrase's own first run of letters (with a plural ending where the phrase is one word), so
a text whose runs of letters hold none of the phrases' first runs cannot match: its runs are found once, for every
pattern asked of it (`runs`, a bounded memo), and the regex is not tried. A phrase that starts otherwise (a digit,
a non-ASCII letter) is always tried."""
from __future__ import annotations

import re
from functools import lru_cache

from .signal_patterns import trie_pattern

_RUN = re.compile(r"[a-z]+")
_LEADING = re.compile(r"[a-z]+")


@lru_cache(maxsize=4096)
def runs(text: str) -> frozenset[str]:
    """The runs of lower-case ASCII letters in a text (the words it could match by)."""
    return frozenset(_RUN.findall(text))


def firsts(phrases: list[str], plural: bool = False) -> frozenset[str] | None:
    """The first runs of letters a match of one of `phrases` starts with; None when one starts otherwise."""
    if not phrases:
        return None  # an empty alternation matches everywhere
    out = set()
    for phrase in phrases:
        lead = _LEADING.match(phrase)
        if lead is None:
            return None
        out.add(lead.group())
        if plural and lead.end() == len(phrase):  # "warning" found as "warnings", "process" as "processes"
            out |= {lead.group() + "s", lead.group() + "es"}
    return frozenset(out)


class Phrases:
    """A compiled pattern of whole words (`search`, `finditer`, `findall` as re.Pattern's) tried only where
    the text holds a run of letters one of its phrases starts with."""

    def __init__(self, pattern: re.Pattern, starts: frozenset[str] | None):
        self.compiled, self.pattern, self.starts = pattern, pattern.pattern, starts

    def may(self, text: str) -> bool:
        return self.starts is None or not self.starts.isdisjoint(runs(text))

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
    return Phrases(pattern, firsts(lowered, plural))
