"""A capability told only as possible: "the platform can simulate line changes", "it is able to plan the shifts".
The clause says what the product could do, not that this offer delivers it: an option its phrase names after such a
cue is only offered to check (drafting.yaml `possible`, confidence `possible`), unless the sentence also offers it
("we install the module, which can simulate ...") or another sentence drafts it plainly. The words are data."""
from __future__ import annotations

from dataclasses import dataclass, field

from .phrases import CLAUSE_END
from .word_runs import Runs, runs, starts


def _phrases(words: list[str]) -> Runs:
    return runs(tuple(w.lower().split()) for w in words)


def _ends(words: list[str], index: Runs) -> list[tuple[int, int]]:
    """(length, end) of each occurrence of a phrase of `index` in `words` (its end: the index after its last word),
    the sentence walked once (word_runs.py), not once a phrase."""
    return [(len(p), i + len(p)) for i, word in enumerate(words) for p in index.get(word, ())
            if tuple(words[i:i + len(p)]) == p]


@dataclass(frozen=True, slots=True, eq=False)  # its phrases: dicts by first word (word_runs.py)
class Possible:
    cues: Runs = field(default_factory=dict)  # "can", "is able to": an ability, no deed (under their first words)
    not_after: frozenset[str] = frozenset()  # "you can see": the user's own use of what is delivered
    offered: Runs = field(default_factory=dict)  # "we install", "includes": the sentence offers it after all
    reach: int = 0  # words after the cue in which the phrase must stand
    questions: frozenset[str] = frozenset()  # the questions so read: what a product may do, not what is delivered

    @classmethod
    def from_data(cls, data: dict) -> Possible:
        return cls(_phrases(data.get("cues", [])), frozenset(w.lower() for w in data.get("not_after", [])),
                   _phrases(data.get("offered", [])), int(data.get("reach", 0)), frozenset(data.get("questions", [])))

    def ends(self, words: list[str]) -> list[int]:
        """Where the sentence's ability cues end; none where the sentence offers what it names."""
        if not self.cues:
            return []
        lower = [w.lower() for w in words]
        if starts(lower, self.offered):
            return []
        return sorted(end for size, end in _ends(lower, self.cues)
                      if end - size == 0 or lower[end - size - 1] not in self.not_after)

    def told(self, ends: list[int], words: list[str], qid: str, at: int) -> bool:
        """The phrase at `at`, of a question so read, follows an ability cue within `reach` words, in the same clause."""
        return qid in self.questions and any(end <= at < end + self.reach and not CLAUSE_END.intersection(words[end:at]) for end in ends)
