"""A statement of work or a responsibility (RACI) table read by its header: who does each row's task.

"| Phase | Who | What |" over "| After the pilot | Vendor | Keeps the platform running |": the who cell names the one
who does the row's task; in a RACI ("| Task | Vendor | Customer IT |" over "| Model updates | R | I |") the column
whose cell marks R, A or x does. Where the row's task is the system's upkeep (a time after the pilot, an act of keeping
the system), its doer keeps the system: upkeep.owner, by drafting.yaml `tables: work` (owners, plant, marks, upkeep).
"""
from __future__ import annotations

from dataclasses import dataclass

from .phrases import PhraseSet, normalise, tokens

WORK_TABLE = "work"
PARTY = "by:"  # a RACI column's role: the party its header names, "by:vendor_service"
_PLANT = "plant"  # the plant named with no team: whose team does it the row does not say
_WHO = "who"


@dataclass(frozen=True)
class WorkRules:
    owners: PhraseSet  # a who cell's or a RACI header's words -> upkeep.owner's option, or the plant
    marks: frozenset[str]  # "r", "a", "x": a RACI cell's mark of who does it
    upkeep: PhraseSet  # words of a task that is the system's upkeep
    answers: tuple[str, ...]  # text questions an upkeep row answers (upkeep.after_pilot)

    @classmethod
    def from_data(cls, spec: dict) -> WorkRules:
        owners = {str(w): option for option, words in spec.get("owners", {}).items() for w in words}
        owners.update({str(w): _PLANT for w in spec.get("plant", [])})
        return cls(_phrases(owners), frozenset(normalise(str(m)) for m in spec.get("marks", [])),
                   _phrases({str(w): "upkeep" for w in spec.get("upkeep", [])}), tuple(spec.get("upkeep_answers", [])))

    @staticmethod
    def columns(spec: dict) -> dict[str, str]:
        """A work table's header words -> column role: its own columns, and each party a RACI heads a column with."""
        roles = {str(w): role for role, words in spec.get("columns", {}).items() for w in words}
        roles.update({str(w): PARTY + option for option, words in spec.get("owners", {}).items() for w in words})
        roles.update({str(w): PARTY + _PLANT for w in spec.get("plant", [])})
        return roles

    def doers(self, cells: dict[str, list[str]]) -> list[str]:
        """Who does a row's task: the party its who cell names, or each RACI column whose cell marks it done; the
        plant with no team named is no one upkeep.owner names."""
        named = [self._owner(c) for c in cells.get(_WHO, [])]
        marked = [role[len(PARTY):] for role, said in cells.items() if role.startswith(PARTY)
                  if any(normalise(c).strip() in self.marks for c in said)]
        return [o for o in dict.fromkeys(named + marked) if o and o != _PLANT]

    def upkept(self, cells: dict[str, list[str]]) -> bool:
        """Whether the row's task is the system's upkeep: its task cells name a time after the pilot or an act of it,
        not only inside a party's name ("trains the maintenance team" names a team, no maintenance done)."""
        for cell in cells.get("task", []):
            words = tokens(normalise(cell))
            named = {i for start, end, _p in self.owners.find(words) if end - start > 1 for i in range(start, end)}
            if any(not named.issuperset(range(start, end)) for start, end, _p in self.upkeep.find(words)):
                return True
        return False

    def _owner(self, cell: str) -> str | None:
        """The option the longest phrase of a who cell names ("Customer maintenance team": the maintenance team)."""
        found = self.owners.find(tokens(normalise(cell)))
        if not found:
            return None
        _start, _end, phrase = max(found, key=lambda f: (f[1] - f[0], -f[0]))
        return self.owners.targets[phrase][0][1]


def _phrases(words: dict) -> PhraseSet:
    return PhraseSet({w: [("~work", value)] for w, value in words.items()})
