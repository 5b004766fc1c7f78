"""A whole offer's section of options or of a later phase ("7. Optional items", "Optionen", "Option", "Phase 2 (optional,
quoted separately)", "Fase 2 (opcional)"): the lines under its heading, up to the next heading, name what the vendor
would sell at a further price or later, not what this offer delivers. An option only such lines name is offered to the
buyer to check, not drafted ("Option B: remote analyst service, monthly report" ticks no shift report;
drafting.yaml optional_sections). A section of what the offer leaves out ("What's not included", "Nicht im Lieferumfang",
"Hors périmètre") names what it does not deliver: an option of excluded_options' questions only its lines name is
dropped ("- Connection to your ERP or any cloud service" ticks no cloud; drafting.yaml excluded_sections). Read from
each line's words as written, in any language the data lists."""
from __future__ import annotations

import re
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
    leads: tuple[tuple[str, ...], ...] = ()  # a line opening on one and ending on its colon opens one too

    @classmethod
    def from_data(cls, data: dict) -> OptionalSections:
        opens = tuple(tuple(tokens(normalise(str(p)))) for p in data.get("opens", []))
        marks = frozenset(str(w).lower() for w in data.get("marks", []))
        leads = tuple(tuple(tokens(normalise(str(p)))) for p in data.get("leads", []))
        return cls(opens, marks, int(data.get("longest", 8)), leads)

    def heads(self, text: str) -> bool:
        """The line is such a section's heading, or ends on one after its number (a page's running head set before
        it: "... www.visiotec-pruef.de 5 Exclusions"): short, ending on no stop, opening on an option's word or naming
        one offered apart."""
        line = text.strip()
        return self._heads(line) or any(self._heads(tail) for tail in _numbered(line))

    def _heads(self, line: str) -> bool:
        words = [w for w in tokens(normalise(line)) if w.isalnum()]
        while words and words[0].isdigit():  # its number: "6. Exclusions"
            words = words[1:]
        if line.endswith(":") and any(tuple(words[:len(p)]) == p for p in self.leads):
            return True  # "Ne sont pas compris dans la présente offre :"
        if not words or len(words) > self.longest or line.endswith((".", "!", "?", ";")):
            return False
        return any(tuple(words[:len(p)]) == p for p in self.opens) or not self.marks.isdisjoint(words)

    def ends(self, text: str, role: "Role") -> bool:
        """The line opens another section: a heading the role reader reads, or a numbered one ("6 KPI guarantee: scrap
        rate", "8. Service", "5 Preise", "6. Warunki"), however the page's running head stands before it; an item with
        its figure ("1. Energy meters: 6,900 EUR") is none."""
        return role.heading or self._closes(text)

    def _closes(self, text: str) -> bool:
        return _numbered_head(text) or any(
            len(tail.split()) <= self.longest and not any(c.isdigit() for c in tail) for tail in _numbered(text.strip()))

    def lines(self, texts: Sequence[str], roles: Sequence["Role"]) -> frozenset[str]:
        """The texts of the lines under such a heading, up to the next heading (a line the role reader reads as one, or
        the offer's next numbered section: "5 Preise", "6. Warunki")."""
        under, inside = set(), False
        heads, closes = {}, {}  # each line's words read once: a 100-page offer says its running lines on every page
        for text, role in zip(texts, roles):
            if heads[text] if text in heads else heads.setdefault(text, self.heads(text)):
                inside = True
            elif role.heading or (closes[text] if text in closes else closes.setdefault(text, self._closes(text))):
                inside = False
            elif inside:
                under.add(text)
        return frozenset(under)


_NUMBERED = re.compile(r"(?:^|\s)\d{1,2}(?:\.\d{1,2})*\.?\s+([A-ZÀ-Þ][^.!?;]*)$")  # "5 Exclusions", "3.1 AI defect ..."


def _numbered(line: str) -> list[str]:
    """A numbered heading's words where the line ends on one: its number, then a capital and no stop to the end."""
    found = _NUMBERED.search(line)
    return [found.group(1).strip()] if found and not line.endswith((".", "!", "?", ";")) else []


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
    """The sections that leave things out, and the questions whose options only they name are dropped: those of
    excluded_options and the security, reliability and upkeep questions excluded_sections names."""
    data = draft_data()
    questions = frozenset([*data.get("excluded_options", {}).get("questions", []),
                           *data.get("excluded_sections", {}).get("questions", [])])
    return OptionalSections.from_data(data.get("excluded_sections", {})), questions


def left_out(texts: Sequence[str], roles: Sequence["Role"]) -> frozenset[str]:
    """The lines under a heading of what the offer leaves out ("5. Exclusions"): the buyer's job, no commitment of the
    vendor's; a text answer of excluded_sections' questions quotes none (draft_text.py)."""
    return excluded_sections()[0].lines(texts, roles)


def drop_left_out(found: dict[str, Evidence], texts: Sequence[str], roles: Sequence["Role"],
                  names: Callable[[str], set[tuple[str, str]]] = lambda _: set()) -> None:
    """Each option of excluded_sections' questions whose every sentence stands in a section of what is left out,
    named before the line's colon ("Servers: hosted in our cloud" delivers the cloud), is dropped: in any whole offer,
    a bid or not (walk72: "Network cabling, switches and firewall configuration" under "5. Exclusions"), and so is a
    link (walk76: "– l'interface avec l'ERP Sage X3" under "Exclusions" connects no ERP)."""
    out = left_out(texts, roles)
    for qid in (excluded_sections()[1] | {_LINK}) & set(found) if out else ():
        ev = found[qid]
        for option in [o for o, said in ev.said.items() if said and all(
                s in out and (qid, o) not in names(s.partition(":")[2]) for s in said)]:
            ev.drop(option)
        if not ev.options and (qid != _LINK or not ev.rows):
            del found[qid]


def offer_optional(found: dict[str, Evidence], texts: Sequence[str], roles: Sequence["Role"], possible: float) -> None:
    """Each option (not a link) whose every sentence stands in an options section is only offered to check: its
    confidence is at most `possible` (drafting.yaml confidence)."""
    under = optional_sections().lines(texts, roles)
    if not under:
        return
    for qid, ev in found.items():
        if qid == _LINK:
            continue
        for option, said in ev.said.items():
            if said and all(s in under for s in said):
                ev.confidence[option] = min(ev.confidence[option], possible)
