"""Cues of a sentence's role that its grammar reads otherwise (drafting.yaml roles): a habit of the past that is a
passive ("was used to plan"), a "back then" that says "when" ("at the time of each stoppage"), a "could" that reports
an ability ("the system could distinguish flaws"). Read by roles.RoleReader, which keeps or drops each cue found."""
from __future__ import annotations

from .phrases import CLAUSE_END

_ENDS = frozenset(".!?")
_START = 1  # a cue at this index or before opens the sentence ("At the time, ...", "- At the time, ...")


def _cues(entries) -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(c.split()) for c in entries)


class CueGrammar:
    def __init__(self, data: dict):
        passive = data.get("passive_not_before", {})  # "the data was used to plan": the passive of "use", no habit
        self.passive_cues, self.passive_after = _cues(passive.get("cues", [])), frozenset(passive.get("after", []))
        self.passive_reach = int(passive.get("reach", 1))  # "was then used to": one adverb between
        self.moment = _cues(data.get("moment_not_before", []))  # "at the time of each stoppage": when, no past
        reported = data.get("reported_ability", {})  # "the system could distinguish flaws": an ability told
        self.reported, self.reported_not = _cues(reported.get("cues", [])), frozenset(reported.get("not_before", []))
        self.reported_by = frozenset(reported.get("not_by", []))

    def not_before(self, words: list[str], start: int, end: int) -> bool:
        """Whether a cue of before (roles: before, background) found at words[start:end] tells no state before."""
        return self.passive(words, start, end) or self.when(words, start, end)

    def passive(self, words: list[str], start: int, end: int) -> bool:
        """A cue of the habitual past that, after a form of "be", is the passive of its verb ("the load data was used
        to predict the die's life", "was then used to plan"): what the system is for, no state before (roles:
        passive_not_before)."""
        before = words[max(0, start - self.passive_reach):start]
        return tuple(words[start:end]) in self.passive_cues and not self.passive_after.isdisjoint(before) \
            and CLAUSE_END.isdisjoint(before)

    def when(self, words: list[str], start: int, end: int) -> bool:
        """A cue of "back then" that goes on in its clause ("at the time of each stoppage", "at the time an operator
        enters a reason") says "when": the moment of a deed, no past (roles: moment_not_before). Not opening the
        sentence: "At the time of the audit, the plant kept paper logs" sets the scene back then."""
        return tuple(words[start:end]) in self.moment and _START < start and end < len(words) \
            and words[end] not in CLAUSE_END and words[end] not in _ENDS

    def reports(self, words: list[str], start: int, end: int) -> bool:
        """ "could" before a verb of its own or "not" ("the system could distinguish flaws", "issues that could not be
        predicted"): an ability reported or its lack, no possibility; not "could be", "could have" (a case supposed),
        nor what we or you could do (a choice offered) (roles: reported_ability)."""
        after, by = words[end:end + 1], words[start - 1:start]
        return tuple(words[start:end]) in self.reported and bool(after) and after[0] not in self.reported_not \
            and after[0].isalpha() and self.reported_by.isdisjoint(by)
