"""A warning's horizon: how long before the event it warns of ("Our models flag a developing fault on average 9 days
before failure", "typical lead time 5 to 30 days before functional failure", "it warns two weeks ahead").

A system that says how far ahead it warns both warns (an alert people act on) and predicts, and the decision it makes
better is told by that horizon: such a sentence answers which decision improves, quoted first. The phrases are built
here from drafting.yaml `horizon`'s word classes, a length of time (a count, or a range's last count, then a unit) then
a word of `before` and, a few words on, an event of `events` ("before the bearing fails"), which drafts `drafts` in the
one scan (draft_rules._option_phrases); or a length then a word of `ahead` ("48 hours in advance"), which only tells
`answers` its sentences here: a value predicted ahead warns of no event."""
from __future__ import annotations

from dataclasses import dataclass

from .phrases import GAP, PhraseSet, normalise, tokens


def horizon_phrases(data: dict, told: bool = False) -> dict[str, list[tuple[str, str]]]:
    """phrase -> the (question, option) targets it drafts: every length before an event; with `told`, every length
    ahead too, which tells the horizon but warns of no event ("predicting free lime 60 minutes ahead": a value)."""
    if not data:
        return {}
    lengths = [f"{count} {unit}" for counts, units in data.get("lengths", []) for count in counts for unit in units]
    before = [f"{length} {word} {GAP} {event}" for length in lengths for word in data.get("before", [])
              for event in data.get("events", [])]
    ahead = [f"{length} {word}" for length in lengths for word in data.get("ahead", [])] if told else []
    targets = [(qid, option) for qid, options in data.get("drafts", {}).items() for option in options]
    return {phrase: list(targets) for phrase in before + ahead}


@dataclass(frozen=True)
class Horizon:
    answers: str  # the text question a horizon answers (decision.improved)
    phrases: PhraseSet
    units: frozenset[str] = frozenset()  # every horizon names a unit of time ...
    whens: frozenset[str] = frozenset()  # ... and a word of before or ahead: a sentence with neither is not scanned

    @classmethod
    def from_data(cls, data: dict) -> Horizon:
        first = lambda key: frozenset(tokens(normalise(str(w)))[0] for w in data.get(key, []))  # noqa: E731
        units = frozenset(tokens(normalise(str(u)))[0] for _, us in data.get("lengths", []) for u in us)
        return cls(data.get("answers", ""), PhraseSet(horizon_phrases(data, told=True)), units,
                   first("before") | first("ahead"))

    def tells(self, words: list[str]) -> bool:
        """Whether a sentence's words tell how long before the event the system warns."""
        return bool(self.answers) and not self.units.isdisjoint(words) and not self.whens.isdisjoint(words) \
            and bool(self.phrases.find(words))
