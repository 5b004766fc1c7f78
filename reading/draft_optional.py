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
from functools import lru_cache
from typing import TYPE_CHECKING

from .draft_evidence import Evidence
from .draft_rules import draft_data
from .offer_sections import OfferSections

if TYPE_CHECKING:
    from .roles import Role

_LINK = "connect.integrations"  # a link offered later is offer_links' to read (draft_offered_links.py)


@lru_cache(maxsize=1)
def optional_sections() -> OfferSections:
    return OfferSections.from_data(draft_data().get("optional_sections", {}))


@lru_cache(maxsize=1)
def excluded_sections() -> tuple[OfferSections, frozenset[str]]:
    """The sections that leave things out, and the questions whose options only they name are dropped: those of
    excluded_options and the security, reliability and upkeep questions excluded_sections names."""
    data = draft_data()
    questions = frozenset([*data.get("excluded_options", {}).get("questions", []),
                           *data.get("excluded_sections", {}).get("questions", [])])
    return OfferSections.from_data(data.get("excluded_sections", {})), questions


def left_out_at(texts: Sequence[str], roles: Sequence["Role"]) -> list[int]:
    """The indices of the lines of a section of what the offer leaves out, under its heading ("5. Exclusions") or in the
    list its lead-in opens ("The following are not included in this offer:"), up to an options section's heading."""
    return excluded_sections()[0].at(texts, roles, optional_sections())


def left_out(texts: Sequence[str], roles: Sequence["Role"], rows: dict[int, str] | None = None) -> frozenset[str]:
    """The texts of the lines left out (left_out_at), and a table row's in the header form (Pass.table_rows): the
    buyer's job, no commitment of the vendor's; a text answer of excluded_sections' questions quotes none (draft_text.py)."""
    return _said(left_out_at(texts, roles), texts, rows)


def _said(at: Sequence[int], texts: Sequence[str], rows: dict[int, str] | None) -> frozenset[str]:
    """The lines at these indices as evidence holds them: the sentence, or a pasted table's row in its header form."""
    return frozenset([texts[i] for i in at] + [(rows or {})[i] for i in at if i in (rows or {})])


@lru_cache(maxsize=1)
def upkept_questions() -> frozenset[str]:
    """The questions on what the vendor commits to keep the system safe, running and kept (excluded_sections
    `questions`): an option an offer only lists apart from what it sells answers none of them."""
    return frozenset(draft_data().get("excluded_sections", {}).get("questions", []))


def drop_left_out(found: dict[str, Evidence], texts: Sequence[str], roles: Sequence["Role"],
                  names: Callable[[str], set[tuple[str, str]]] = lambda _: set(), rows: dict[int, str] | None = None,
                  only: frozenset[str] | None = None) -> None:
    """Each option (of `only`, where given) whose every sentence stands in a section of what is left out, named before
    the line's colon ("Servers: hosted in our cloud" delivers the cloud), is dropped: in any whole offer, a bid or not
    (walk72: "Network cabling, switches and firewall configuration" under "5. Exclusions"), and so is a link (walk76:
    "– l'interface avec l'ERP Sage X3" under "Exclusions" connects no ERP). A line there carries its heading's negation
    for every question but those excluded_sections `spared` names (walk80: "• La formation au-delà de 2 sessions." under
    "Non compris" is no training): an option other sentences back keeps those only. A line labelled so itself
    ("Exclusions: interface to your SAP ERP, civil works.") leaves out what its items name after its colon."""
    out = left_out(texts, roles, rows)
    inline = excluded_sections()[0].labelled  # "Exclusions: interface to SAP": the items after its colon left out too
    for qid in set(found) - _spared() & (only or set(found)) if out else ():
        ev = found[qid]
        for option in list(ev.options):
            said = ev.said.get(option, [])
            left = [s for s in said if s in out and (inline(s) or (qid, option) not in names(s.partition(":")[2]))]
            if said and len(left) == len(said):
                ev.drop(option)
            elif left:
                ev.keep(option, lambda s: s not in left)
        if not ev.options and not ev.quotes and (qid != _LINK or not ev.rows):
            del found[qid]


@lru_cache(maxsize=1)
def _spared() -> frozenset[str]:
    """The questions a line of what is left out answers as it stands (who reviews: "no automatic adjustment")."""
    return frozenset(draft_data().get("excluded_sections", {}).get("spared", []))


@lru_cache(maxsize=1 << 16)
def _sold_apart(sections: OfferSections, text: str) -> bool:
    """sections.apart read once per distinct line: a 100-page offer says its running lines on every page, and the
    options are read again once upkeep is drafted (the bench's draft fell from 1.2x to 2.6x analyze without it)."""
    return sections.apart(text)


def offer_optional(found: dict[str, Evidence], texts: Sequence[str], roles: Sequence["Role"], possible: float,
                   bid: bool = True, rows: dict[int, str] | None = None, only: frozenset[str] | None = None) -> None:
    """In a bid, each option (not a link) whose every sentence stands in an options section is only offered to check:
    its confidence is at most `possible` (drafting.yaml confidence). In any text, so is an option of upkept_questions
    whose every sentence stands there, is labelled an option ("Optional: 24/7 remote support by our partner Servotek,
    EUR 4,800/year") or sold apart ("under a separate contract with our partner"): not what this offer delivers.
    `only`: the questions read (those drafted since the first reading)."""
    sections = optional_sections()
    under = _said(sections.at(texts, roles, excluded_sections()[0]), texts, rows)
    sold = {text for text in set(texts) if _sold_apart(sections, text)}  # each distinct line once: a page's lines repeat
    apart = under | _said([i for i, text in enumerate(texts) if text in sold], texts, rows)
    for qid, ev in found.items():
        lines = apart if qid in upkept_questions() else under if bid else frozenset()
        if qid == _LINK or not lines or (only is not None and qid not in only):
            continue
        for option, said in ev.said.items():
            if said and all(s in lines for s in said):
                ev.confidence[option] = min(ev.confidence[option], possible)
