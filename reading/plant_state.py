"""The plant's state told in the present with no cue of "before" (drafting.yaml roles: plant_state): a part of the
plant that loses time with how often ("Every week line 2 loses 9 hours to unplanned stops"), the plant's people
doing the work by hand ("Now the operators note the stops by hand", a Dutch "nu": today), or a measure of the plant
said as it stands today, with its figure ("The current specific consumption of the kilns is 1.85 kWh per kg"). None
is what an offer does: it sells neither the loss, the handwork nor today's figure, and reads no data by naming it. Read by roles.RoleReader as a before-state."""
from __future__ import annotations


class PlantState:
    def __init__(self, data: dict, not_subjects: frozenset[str], results: frozenset[str]):
        spec = data.get("plant_state", {})
        self.span = int(spec.get("span", 0))
        self.subjects = frozenset(spec.get("subjects", []))
        self.verbs = frozenset(spec.get("loses", []))
        self.every, self.periods = frozenset(spec.get("every", [])), frozenset(spec.get("periods", []))
        self.by_hand = _by_first([tuple(p.split()) for p in spec.get("by_hand", [])])
        self.not_hand = _by_first([tuple(str(p).split()) for p in spec.get("not_by_hand", [])])
        self.openers = frozenset(spec.get("openers", []))
        today = spec.get("today", {})
        self.today, self.copulas = frozenset(today.get("words", [])), frozenset(today.get("copulas", []))
        self.figure_reach, self.today_span = int(today.get("reach", 0)), int(today.get("span", 0))
        self.not_subjects, self.results = not_subjects, results

    def told(self, words: list[str]) -> bool:
        """Whether the sentence tells the plant's present state: a loss with how often, or its handwork."""
        return bool(self.span) and self.results.isdisjoint(words) and (self.loses_often(words) or self.by_hands(words)
                                                                       or self.valued_today(words))

    def valued_today(self, words: list[str]) -> bool:
        """"The current energy consumption of the kilns is 1.85 kWh per kg": a subject (the words before its copula) that a
        word of today marks (its copula at most `span` words in), and a figure right after it (at most `reach` words
        on: "is about 1.85")."""
        at = next((i for i, w in enumerate(words[:self.today_span + 1]) if i and w in self.copulas), 0)
        if not at or self.today.isdisjoint(words[:at]) or not self.not_subjects.isdisjoint(words[:at]):
            return False
        return any(w[:1].isdigit() for w in words[at + 1:at + 1 + self.figure_reach])

    def _subject(self, words: list[str], verbs) -> list[str] | None:
        """The words before the first verb of `verbs` (a word, or a test on one) within `span`, when they name a
        part of the plant and none of the offer's kit (roles site_has not_subjects)."""
        at = next((i for i, w in enumerate(words[:self.span + 1]) if i and verbs(w)), 0)
        subject = words[:at]
        named = not self.subjects.isdisjoint(subject) and self.not_subjects.isdisjoint(subject)
        return subject if at and named else None

    def loses_often(self, words: list[str]) -> bool:
        """"Every week line 2 loses 9 hours", "The fitters spend about 30 hours a month": a loss verb after the
        plant's subject, and how often (one of `every` before one of `periods`: "every week", "a month")."""
        often = any(w in self.every and n in self.periods for w, n in zip(words, words[1:]))
        return often and self._subject(words, self.verbs.__contains__) is not None

    def by_hands(self, words: list[str]) -> bool:
        """"Now the operators note the stops by hand": the plant's people as the subject (its first words, only
        `openers` and `subjects`) and a phrase of handwork, with none of the offer's kit nor a turn from the old way
        ("no longer", "instead of": `not_by_hand`)."""
        if _holds(words, self.not_hand) or not self.not_subjects.isdisjoint(words):
            return False
        if not _holds(words, self.by_hand):
            return False
        # ... its subject opening the sentence, or its main clause after an opening phrase set off by a comma
        # ("Suspecting infiltration, operators began logging pump data by hand")
        starts = [0] + [i + 1 for i, w in enumerate(words) if w == ","]
        opens = lambda w: w not in self.subjects and w not in self.openers
        return any(self._subject(words[at:], opens) is not None for at in starts)


def _by_first(phrases: list[tuple[str, ...]]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first word: a sentence's word is tried only against the phrases it can open."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        if phrase:
            out.setdefault(phrase[0], []).append(phrase)
    return out


def _holds(words: list[str], phrases: dict[str, list[tuple[str, ...]]]) -> bool:
    """Whether the words hold one of the phrases, word for word."""
    return any(tuple(words[i:i + len(p)]) == p for i, w in enumerate(words) if w in phrases for p in phrases[w])
