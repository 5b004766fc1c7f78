"""What the proposal says for one answer, gathered while the drafter reads it."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from questions.models import Integration

RANK = {"vendor_claim": 1, "specific": 2}


@dataclass(slots=True)
class Evidence:
    """What the proposal says for one answer: options (or areas) and the sentences behind them."""
    options: dict[str, int] = field(default_factory=dict)  # option -> hits (order of first hit)
    quotes: list[str] = field(default_factory=list)
    evidence: str = "vendor_claim"
    confidence: dict[str, float] = field(default_factory=dict)  # option -> how sure the cues behind it make us
    rows: list[Integration] = field(default_factory=list)  # integration table rows, one each, as read
    row_systems: dict[str, list[str]] = field(default_factory=dict)  # each row's area -> its system cells, as written
    said: dict[str, list[str]] = field(default_factory=dict)  # option -> the sentences that drafted it
    implied: set[str] = field(default_factory=set)  # options backed only by another drafted answer
    built: set[str] = field(default_factory=set)  # told built or run, or named and shown (draft_built, draft_shown)
    quoted: set[str] = field(default_factory=set, repr=False, compare=False)  # quotes, looked up at each cue

    def add(self, option: str, quote: str, evidence: str, confidence: float, again: float = 0.0) -> None:
        """One more cue for an option: the surest cue counts, and each further sentence adds `again`."""
        known = self.confidence.get(option)
        if known is None:
            self.confidence[option] = confidence
        else:  # min(0.99, max(known, confidence) + again) as min and max give it, without their calls (a cue per line)
            surest = (confidence if confidence > known else known) + again
            self.confidence[option] = 0.99 if surest > 0.99 else surest
        self.options[option] = self.options.get(option, 0) + 1
        self.said.setdefault(option, []).append(quote)
        if quote not in self.quoted:
            self.quoted.add(quote)
            self.quotes.append(quote)
        if RANK[evidence] > RANK[self.evidence]:
            self.evidence = evidence

    def move(self, option: str, instead: str) -> None:
        """An option's cues read as another's (a cause it names, what the text says beside it)."""
        hits, sure, said = self.options.pop(option), self.confidence.pop(option), self.said.pop(option)
        self.options[instead] = self.options.get(instead, 0) + hits
        self.confidence[instead] = max(sure, self.confidence.get(instead, 0.0))
        self.said[instead] = self.said.get(instead, []) + said

    def drop(self, option: str) -> None:
        """An option the text rules out, with the quotes that said only it."""
        del self.options[option], self.confidence[option], self.said[option]
        left = {q for said in self.said.values() for q in said}
        self.quotes = [q for q in self.quotes if q in left]
        self.quoted = set(self.quotes)

    def keep(self, option: str, backed: Callable[[str], bool]) -> None:
        """An option's sentences that back it, where one does: the others' quotes go with them."""
        kept = [q for q in self.said.get(option, []) if backed(q)]
        if kept and len(kept) < len(self.said[option]):
            self.said[option], self.options[option] = kept, len(kept)
            left = {q for said in self.said.values() for q in said}
            self.quotes = [q for q in self.quotes if q in left]
            self.quoted = set(self.quotes)

    def merge(self, other: Evidence) -> None:
        """What another reading of the text found for the same answer, added as its sentences said it."""
        for option, quotes in other.said.items():
            for quote in quotes:
                self.add(option, quote, other.evidence, other.confidence[option])


def drop_unbacked(found: dict[str, Evidence], qid: str, option: str, unbacked: Callable[[str], bool]) -> None:
    """Drops `option` of `qid` where every sentence behind it is `unbacked` (a bare label, a level told, a word of its
    sense missing), and the question once nothing is left: the one way each filter of drafting.yaml rules one out."""
    ev = found.get(qid)
    if ev and option in ev.options and all(unbacked(s) for s in ev.said[option]):
        ev.drop(option)
        if not ev.options:
            del found[qid]
