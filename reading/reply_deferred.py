"""An answer put off or only said possible, told in words no deferral phrase lists (questions/rounds.yaml `deferred`).

A verb of settling in the future or the conditional, with the reader or at a later occasion ("we would scope this in the
Discover workshop with your IT team", "We will agree the support model with you during the pilot kick-off meeting"), puts
the answer off as "to be defined" does; a link only said possible ("Our REST APIs can connect to SAP") links nothing.
Either makes the whole sentence answer nothing: no clause of it drafts a link or names an owner, and its question stays
open. A possibility denied ("nothing can connect to it") offers no link, and a settling verb told as done ("we agreed the format with your IT") is no deferral: it holds no modal.
"""
from __future__ import annotations

import re

from questions.reply_rule_models import DeferredRules

from .reply_denials import Denied
from .reply_phrases import Phrases
from .word_regex import alternation

_BETWEEN = r"(?:\s+[\w'-]+){0,2}?\s+"  # "will jointly agree", "would then scope": at most two words between
_CLAUSE = r"[^.;:!?]*?"  # what follows the verb up to its clause's end


class Deferring:
    """`search(lower)`: a deferral phrase's match (`phrases`) or one by this grammar; `why(lower)`: why it answers nothing."""

    def __init__(self, phrases, rules: DeferredRules, denials: dict[str, list[str]]):
        self.phrases, self.timed = phrases, frozenset(rules.timed)
        words = lambda listed: alternation([w.lower() for w in listed])
        # "will agree", or a verb whose ending says the future ("los acordaremos", "nous le définirons")
        verbs = [f"(?:{words(rules.modals)}){_BETWEEN}(?:{words(rules.settles)})" if rules.modals and rules.settles else "",
                 rf"(?:{words(rules.offers)})\s+(?:{words(rules.shows)})" if rules.offers and rules.shows else "",
                 words(rules.futures) if rules.futures else ""]
        verb = "|".join(v for v in verbs if v)
        self.settling = re.compile(rf"(?<![\w'-])(?:{verb})(?![\w-])"
                                   rf"(?={_CLAUSE}(?<![\w-])(?:{words(rules.later)})(?![\w-]))") \
            if verb and rules.later else None
        # a possibility denied ("nothing can connect to it from outside") says what no one can do, no link offered
        self.possible = Denied(Phrases(re.compile(rf"(?<![\w'-])(?:{words(rules.possible)})\s+(?:{words(rules.links)})\b"),
                                       None), denials) if rules.possible and rules.links else None

    def search(self, lower: str):
        """An answer put off: a phrase's match, else the grammar's; not a link only possible, which defers no topic."""
        return (self.phrases and self.phrases.search(lower)) or self.settled(lower)

    def settled(self, lower: str):
        """A verb of settling put in the future with the reader or at a later occasion (None where there is none)."""
        return self.settling and self.settling.search(lower)

    def why(self, lower: str, kinds: set[str] = frozenset()) -> str:
        """Why a sentence (naming substance of `kinds`) answers nothing by this grammar ('' where it holds no such verb)."""
        found = self.settled(lower)
        if found:
            return f"\u201c{found.group()}\u201d puts the answer off"
        found = self.possible and self.timed.isdisjoint(kinds) and self.possible.search(lower)
        return f"\u201c{found.group()}\u201d says a link only possible, not made" if found else ""


_OPEN, _CLOSE = "\"'“„«‘", "\"'”“»’"


def named(lower: str, found: re.Match) -> bool:
    """Whether a vague or deferring phrase is set in quotation marks as a name, a status the system sets ("the lot is
    flagged \u201cda verificare\u201d to the quality lab"): it names that status, it puts nothing off."""
    return 0 < found.start() and found.end() < len(lower) and lower[found.start() - 1] in _OPEN \
        and lower[found.end()] in _CLOSE
