"""A possibility denied is no claim: "nothing can connect to it from outside", "no one can access the box" say what
the system lets no one do, as specific as a port kept closed, where "we can connect to your ERP" only claims
(questions/rounds.yaml `claims`, `denials`)."""
from __future__ import annotations

import re

from .reply_phrases import Phrases
from .word_regex import alternation

NEAR = 3  # words at most between the denying word and the possibility it denies ("no one from outside can ...")
_CLAUSE = ",;:"


class Denied:
    """`claims` (`search` as Phrases') without a possibility claim a denying word opens ("nothing can connect")."""

    def __init__(self, claims: Phrases, rules: dict[str, list[str]]):
        self.claims, self.keys = claims, claims.keys
        words, self.of = rules.get("words", []), frozenset(w.lower() for w in rules.get("of", []))
        alternatives = alternation(w.lower() for w in words)
        # a denying word, a few words at most, then the claim: matched at the end of the claim's clause before it
        before = rf"(?<![\w-])(?:{alternatives})(?:[ \t]+[\w'-]+){{0,{NEAR}}}[ \t]+$"
        self.before = re.compile(before) if words else None

    def search(self, lower: str):
        """The first claim in a sentence (lower-case) that no denying word opens; None for none."""
        found = self.claims.search(lower)  # most sentences: no claim, or one no denial opens
        if found is None or not self.denied(lower, found):
            return found
        return next((m for m in self.claims.finditer(lower) if not self.denied(lower, m)), None)

    def denied(self, lower: str, claim: re.Match) -> bool:
        if self.before is None or self.of.isdisjoint(claim.group().split()):
            return False  # only a possibility is denied so ("can connect", "be possible"), not ease
        clause = lower[max(lower.rfind(c, 0, claim.start()) for c in _CLAUSE) + 1:claim.start()]
        return self.before.search(clause) is not None
