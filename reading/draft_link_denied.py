"""A link a table drafts that another sentence of the offer denies: "There is no live historian connection in phase 1",
"Der MES-Anschluss ist nicht Teil des Angebots" beside a row "Wonderware historian | Historian -> Pulse | TBC". The
row's system is named by a word of its system cell; the denial is a negation before a link's noun, in one clause,
told as the offer (not the plant before it: "Current practice: No link between historian, CMMS and ERP" denies no
link the project makes). The denied area is taken off the rows and offered to check instead (drafting.yaml
`tables: integration: denials`; walk73)."""
from __future__ import annotations

import re

_WORD = re.compile(r"[^\W\d_][\w-]*", re.UNICODE)
_CLAUSE = re.compile(r"[;:,()]")


class LinkDenials:
    """drafting.yaml's `link_denials`, compiled."""

    def __init__(self, data: dict):
        self.negations = frozenset(w.casefold() for w in data.get("negations", []))
        self.nouns = tuple(w.casefold() for w in data.get("nouns", []))
        self.generic = frozenset(w.casefold() for w in data.get("generic", []))
        self.reach = int(data.get("reach", 4))
        self.unless_next = frozenset(w.casefold() for w in data.get("unless_next", []))  # "not only connected"
        self.today = frozenset(w.casefold() for w in data.get("today", []))  # "Today there is no link": the plant before

    def denied(self, text: str) -> set[str]:
        """The words of the clauses of `text` that deny a link, as lower-case tokens (empty: none denied)."""
        named: set[str] = set()
        if self.today & set(_WORD.findall(text.casefold())):
            return named
        for clause in _CLAUSE.split(text.casefold()):
            words = _WORD.findall(clause)
            for at, word in enumerate(words):
                if word in self.negations and words[at + 1:at + 2] != [] and words[at + 1] not in self.unless_next \
                        and any(w.startswith(self.nouns) for w in words[at + 1:at + 1 + self.reach]):
                    named.update(words)
                    break
        return named

    def names(self, system_cells: list[str]) -> set[str]:
        """The words of a row's system cells that name the system ("Wonderware InSQL historian": all three)."""
        return {w for c in system_cells for w in _WORD.findall(c.casefold()) if len(w) > 2 and w not in self.generic}


def denied_areas(drafter, rows, systems: dict[str, list[str]], reading, seen) -> set[str]:
    """The areas of table rows whose system an offer's sentence denies a link to."""
    denials = drafter.rules.tables.denials
    if not rows or not denials.negations or seen is None:
        return set()
    denying = [denials.denied(s.text) for s, role in zip(reading.sentences, seen.roles)
               if not role.before(0) and role.drafts(0)]
    denying = [d for d in denying if d]
    if not denying:
        return set()
    out = set()
    for row in rows:
        names = denials.names(systems.get(row.system, []))
        if names and any(names & d for d in denying):
            out.add(row.system)
    return out
