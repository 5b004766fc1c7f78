"""drafting.yaml `labelled_with`: an option no sentence backs but by a label (issue 14).

"Real-time data" says how fresh a product's data is, the way a page labels it; it tells no buyer how soon a person
sees a stop. A sentence that holds one of an entry's `cues` backs the option only where it also holds one of its
`with` words (who is told or sees, a stated time) or `with_phrases` (what a comparison is made of: "from your Maximo
work orders"); an option whose every sentence is such a bare label is not drafted.
"""
from __future__ import annotations

from collections.abc import Callable

from .draft_evidence import Evidence, drop_unbacked
from .phrases import PhraseSet, normalise


class LabelGate:
    """(question, option, label cues, words that make a labelled sentence tell more) per entry."""

    def __init__(self, entries: list[tuple[str, str, PhraseSet, frozenset[str]]],
                 phrases: dict[tuple[str, str], PhraseSet] | None = None):
        self.entries = entries
        self.phrases = phrases or {}  # (question, option) -> phrases that tell more, where the entry has some

    @classmethod
    def from_data(cls, data: dict) -> LabelGate:
        return cls([(qid, option, PhraseSet.of(rule["cues"], "label"), frozenset(normalise(w) for w in rule["with"]))
                    for qid, options in data.items() for option, rule in options.items()],
                   {(qid, option): PhraseSet.of(rule["with_phrases"], "told")
                    for qid, options in data.items() for option, rule in options.items() if rule.get("with_phrases")})

    def options(self) -> list[tuple[str, str]]:
        return [(qid, option) for qid, option, _cues, _with in self.entries]

    def apply(self, found: dict[str, Evidence], read: Callable[[str], list[str]]) -> None:
        """Drop each entry's option where every sentence behind it is a bare label."""
        for qid, option, cues, words in self.entries:
            more = self.phrases.get((qid, option))
            drop_unbacked(found, qid, option, lambda s, cues=cues, words=words, more=more: self._bare(read(s), cues, words, more))

    @staticmethod
    def _bare(words: list[str], cues: PhraseSet, told: frozenset[str], more: PhraseSet | None = None) -> bool:
        return bool(cues.find(words)) and told.isdisjoint(words) and not (more and more.find(words))
