"""A whole offer's section of options or of a later phase ("7. Optional items", "Optionen", "Option", "Phase 2 (optional,
quoted separately)", "Fase 2 (opcional)"): the lines under its heading, up to the next heading, name what the vendor
would sell at a further price or later, not what this offer delivers. An option only such lines name is offered to the
buyer to check, not drafted ("Option B: remote analyst service, monthly report" ticks no shift report;
drafting.yaml optional_sections). A section of what the offer leaves out ("What's not included", "Nicht im Lieferumfang",
"Hors périmètre") names what it does not deliver: an option of excluded_options' questions only its lines name is
dropped ("- Connection to your ERP or any cloud service" ticks no cloud; drafting.yaml excluded_sections). Read from
each line's words as written, in any language the data lists."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .draft_evidence import Evidence
from .draft_rules import draft_data
from .page_lines import SECTION_NUMBER
from .phrases import normalise, tokens

if TYPE_CHECKING:
    from .roles import Role

_LINK = "connect.integrations"  # a link offered later is offer_links' to read (draft_offered_links.py)


@dataclass(frozen=True)
class OptionalSections:
    opens: tuple[tuple[str, ...], ...]  # a heading opening on one names options ("Optional items", "Optionen")
    marks: frozenset[str]  # ... and one holding one of these a later phase offered apart ("Phase 2 (indicative)")
    longest: int  # words: a longer line is a sentence, no heading

    @classmethod
    def from_data(cls, data: dict) -> OptionalSections:
        opens = tuple(tuple(tokens(normalise(str(p)))) for p in data.get("opens", []))
        marks = frozenset(str(w).lower() for w in data.get("marks", []))
        return cls(opens, marks, int(data.get("longest", 8)))

    def heads(self, text: str) -> bool:
        """The line is such a section's heading: short, ending on no stop, opening (past its number: "4 Optionen / Phase
        2", "3 Opcje") on an option's word or naming one offered apart."""
        line = text.strip()
        words = [w for w in tokens(normalise(line)) if w.isalnum() or SECTION_NUMBER.fullmatch(w)]
        words = words[1:] if len(words) > 1 and SECTION_NUMBER.fullmatch(words[0]) else words
        if not words or len(words) > self.longest or line.endswith((".", "!", "?", ";")):
            return False
        return any(tuple(words[:len(p)]) == p for p in self.opens) or not self.marks.isdisjoint(words)

    def lines(self, texts: Sequence[str], roles: Sequence["Role"]) -> frozenset[str]:
        """The texts of the lines under such a heading, up to the next heading (a line the role reader reads as one, or
        the offer's next numbered section: "5 Preise", "6. Warunki")."""
        under, inside = set(), False
        for text, role in zip(texts, roles):
            if self.heads(text):
                inside = True
            elif role.heading or _numbered_head(text):
                inside = False
            elif inside:
                under.add(text)
        return frozenset(under)


def _numbered_head(text: str) -> bool:
    """A section's number and a few words with no figure and no stop ("5 Preise", "3 Nicht im Lieferumfang"): a heading
    of the offer's own, however the role reader reads it (an item "1. Energy meters: 6,900 EUR" is none)."""
    words = tokens(normalise(text.strip()))
    return 1 < len(words) <= _HEAD_WORDS + 1 and bool(SECTION_NUMBER.fullmatch(words[0])) \
        and all(w.isalpha() for w in words[1:]) and not text.strip().endswith((".", "!", "?", ";", ":"))


_HEAD_WORDS = 4  # words after its number a numbered section's heading holds at most


@lru_cache(maxsize=1)
def optional_sections() -> OptionalSections:
    return OptionalSections.from_data(draft_data().get("optional_sections", {}))


@lru_cache(maxsize=1)
def excluded_sections() -> tuple[OptionalSections, frozenset[str]]:
    """The sections that leave things out, and the questions whose options only they name are dropped."""
    data = draft_data()
    questions = frozenset(data.get("excluded_options", {}).get("questions", []))
    return OptionalSections.from_data(data.get("excluded_sections", {})), questions


def offer_optional(found: dict[str, Evidence], texts: Sequence[str], roles: Sequence["Role"], possible: float,
                   names: Callable[[str], set[tuple[str, str]]] = lambda _: set()) -> None:
    """Each option (not a link) whose every sentence stands in an options section is only offered to check: its
    confidence is at most `possible` (drafting.yaml confidence). One whose every sentence stands in a section of what is
    left out, named before the line's colon ("Servers: hosted in our cloud" delivers the cloud), is dropped."""
    sections, questions = excluded_sections()
    out = sections.lines(texts, roles)
    for qid in questions & set(found) if out else ():
        ev = found[qid]
        for option in [o for o, said in ev.said.items() if said and all(
                s in out and (qid, o) not in names(s.partition(":")[2]) for s in said)]:
            ev.drop(option)
    under = optional_sections().lines(texts, roles)
    if not under:
        return
    for qid, ev in found.items():
        if qid == _LINK:
            continue
        for option, said in ev.said.items():
            if said and all(s in under for s in said):
                ev.confidence[option] = min(ev.confidence[option], possible)
