"""Links a reply describes by what moves ("the daily gas per tonne goes to SAP CO as a CSV file", "the
board tally goes to your Dynamics NAV as an XML file"): the reply answers the question on systems in
such words, which drafting (reading/draft_integrations.py) reads as a link only beside its own words of
exchange. A sentence tied to that question and naming two things at least (a system, a format, an owner
...) gives each area it names a row where the drafted answer has none; reply_owners.py then names its
owner."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Answer, Evaluation, Integration

from .reply_answers import Tied
from .reply_owners import before_owner, owner_named
from .reply_wrapped import one_line

MAX_QUOTES = 3


def with_links(drafted: Evaluation, question: str, tied: list[Tied], areas_of, drafter, formats=None,
               own=None, history: tuple[str, ...] = ()) -> Evaluation:
    """`drafted` with a row for each area that a sentence of `tied` (the reply's answer to the question on
    systems) links and the answer lacks; `areas_of`: the areas a sentence names, as drafting reads them;
    `formats`: the words that name a link's format where drafting reads no method ("as PDF"); `own`: the areas of the
    plant's own systems a sentence names by what they are for ("your stock system (Timbersoft)", Links.own_areas);
    `history`: units of a history's length (`_history_only`)."""
    answer = drafted.answer(question)
    rows = list(answer.integrations) if answer is not None else []
    quotes = list(answer.quotes) if answer is not None else []
    if history and rows:  # a row drafted only from where the history comes from, with no way nor owner, is no link
        rows, quotes = _without_history(rows, quotes, history, areas_of, drafter)
        if answer is not None and rows != list(answer.integrations):  # (no row left: no answer on links at all)
            kept = answer.model_copy(update={"integrations": rows, "quotes": quotes}) if rows else None
            drafted = drafted.model_copy(update={"answers": [kept if a is answer else a for a in drafted.answers if kept or a is not answer]})
            answer = kept
    have = {row.system for row in rows}
    for said in (s for s in tied if s.least()[1] >= 2 or s.signals >= 2):
        if history and _history_only(said.text, history, drafter):
            continue
        named = _areas_before_owners(said.text, areas_of)  # "owner: the key user in finance" links nothing
        owner, landed = "", _landed(said.text, areas_of, drafter, own) if named else {}
        if not named:  # a system whose name says no area: the line's label or the owner's department may
            named, owner = _area_said(said.text, drafter)
        named = [*named, *(area for area in landed if area not in named)]
        if not named and own is not None:  # ... or what the plant's own system is for ("your stock system")
            named = own(before_owner(said.text))
        # a department named only as who reads the output ("finance receives the monthly report") links nothing
        new = [area for area in named if area not in have and not drafter._people_only(area, [said.text])]
        # each clause's way, asked where a link is new or a row still names none (most sentences, once rows have ways)
        ways = _ways(said.text, areas_of, drafter) if new or not all(row.method for row in rows) else {}
        filled = _fill_methods(rows, {area: way for area, way in ways.items() if area not in new})
        for area in new:  # drafting's own reading of the direction and the method, as for a proposal
            if area in landed:  # a statement of its own: its way and its owner, not the sentence's
                statement, mine = landed[area]
                rows.append(Integration(system=area, direction=drafter._direction(statement, area=area),
                                        method=_way(drafter, statement) or _formats(statement, formats), owner=mine))
                have.add(area)
                continue
            method = ways.get(area) or _way(drafter, said.text)
            method = method or _formats(said.text, formats) if owner else method
            told = _statement_of(said.text, area, areas_of)  # "SAP, from which we receive ...; Werum, both ways ..."
            rows.append(Integration(system=area, direction=drafter._direction(told, area=area), method=method,
                                    owner=owner))
            have.add(area)
        if (new or filled) and said.text not in quotes:
            quotes.append(said.text)
    if rows == (list(answer.integrations) if answer is not None else []):
        return drafted  # no link added: a reply that links nothing drafts no (empty, "specific") answer on links
    if answer is None:
        answer = Answer(question=question, evidence="specific", drafted=True)
        drafted = drafted.model_copy(update={"answers": [*drafted.answers, answer]})
    linked = answer.model_copy(update={"integrations": rows, "quotes": quotes[:MAX_QUOTES]})
    return drafted.model_copy(update={"answers": [linked if a is answer else a for a in drafted.answers]})


def _without_history(rows: list[Integration], quotes: list[str], history: tuple[str, ...], areas_of, drafter):
    """The rows and quotes without a row naming no way and no owner whose every quote naming its system tells only how
    much history a system holds (`_history_only`), and without those quotes where no row is left of them."""
    told = [q for q in quotes if _history_only(q, history, drafter)]
    if not told:
        return rows, quotes  # most answers: no such quote
    rest = [q for q in quotes if q not in told]
    only = lambda row: any(row.system in areas_of(q) for q in told) and not any(row.system in areas_of(q) for q in rest)
    kept = [row for row in rows if row.method or row.owner or not only(row)]
    if len(kept) == len(rows):
        return rows, quotes
    left = {row.system for row in kept}
    return kept, [q for q in quotes if q in rest or any(area in left for area in areas_of(q))]


def _history_only(text: str, history: tuple[str, ...], drafter) -> bool:
    """Whether a sentence tells only how much history a system holds ("your PLC historian (FactoryTalk) has 2 years of die
    temps ..., so we load both at kickoff", "your lab database has 3 years of hardness results"): where the model's
    history comes from, loaded once, no link, unless it says a way the data moves ("... we read it by OPC UA")."""
    return bool(_held(history).search(text)) and not _way(drafter, text)


@lru_cache(maxsize=8)
def _held(history: tuple[str, ...]) -> re.Pattern:
    """A number, a unit of a history's length and "of" ("2 years of die temps", "3 Jahre")."""
    return re.compile(rf"\b\d[\d.,]*\s+(?:{'|'.join(map(re.escape, history))})\s+(?:of|an|von)\b", re.I)


def _ways(text: str, areas_of, drafter) -> dict[str, str]:
    """Area -> the way the clause naming it says ("the MES gets a reject reason per tray via REST, and SAP gets waste
    kg per batch as CSV": REST for the MES, CSV for SAP); none for an area whose clause says no way."""
    out = {}
    for part in _CLAUSES.split(text):
        way = _way(drafter, part)
        if way:  # a clause that says no way gives no area one: its areas are not read (most clauses)
            out.update({area: way for area in areas_of(before_owner(part)) if area not in out})
    return out


@lru_cache(maxsize=256)  # a sentence tied to several questions, or one clause long, is asked again in a read
def _way(drafter, text: str) -> str:
    """How a sentence or a clause says its data moves, as drafting reads it (`Drafter._method`)."""
    return drafter._method(text)


def forget() -> None:
    """Empty the memo of the ways read (with reply_drafting.forget: a reply read the first time)."""
    _way.cache_clear()


def _areas_before_owners(text: str, areas_of) -> list[str]:
    """The areas each clause links, up to the owner it names: "SAP PM gets work orders by OData, owner Herr Wolf; SAP QM
    gets the holds by OData, owner Frau Yilmaz" links maintenance and quality, its owners neither."""
    return list(dict.fromkeys(area for part in _STATEMENTS.split(text) for area in areas_of(before_owner(part))))


def _landed(text: str, areas_of, drafter, own=None) -> dict[str, tuple[str, str]]:
    """Area -> (the statement, its owner) for each statement of a sentence linking several systems that names no
    system drafting knows but says where its data lands and who owns it ("...; (b) yarn faults per lot go to your quality
    lab system (Uster Quality Expert) as CSV, one way, owned by us": quality, owned by us), or what the plant's own system
    it lands in is for (`own`: "Seam alarms go to your traceability system (Optimum Trace) by REST, owned by us; ...")."""
    statements = _STATEMENTS.split(text)
    out = {}
    for statement in statements if len(statements) > 1 else []:
        if not areas_of(before_owner(statement)):
            named, owner = _area_said(statement, drafter, own)
            out.update({area: (statement, owner) for area in named if area not in out})
    return out


def _statement_of(text: str, area: str, areas_of) -> str:
    """The statement of a sentence linking several systems that names `area` ("SAP S/4HANA, from which we receive the
    orders via OData; Werum PAS-X, with which we exchange in both directions ..."): its direction is that statement's,
    not its neighbour's; the whole sentence where no one statement names it."""
    statements = _STATEMENTS.split(text)
    mine = [part for part in statements if area in areas_of(before_owner(part))] if len(statements) > 1 else []
    return mine[0] if len(mine) == 1 else text


def _fill_methods(rows: list[Integration], ways: dict[str, str]) -> bool:
    """Give the rows that name no way the way the reply names for their area (`ways`): "Connects to your MES" in the
    offer, then "the MES gets a reject reason per tray via REST" in the reply. Whether any row changed."""
    at = [i for i, row in enumerate(rows) if not row.method and row.system in ways]
    for i in at:
        rows[i] = rows[i].model_copy(update={"method": ways[rows[i].system]})
    return bool(at)


def _area_said(text: str, drafter, own=None) -> tuple[list[str], str]:
    """The area of a link to a system whose name says none ("MasterControl", "the QA share"), as the reply says it,
    with the link's owner: by the line's label ("Quality: PDF drum report to the QA share, owner QA lead Mr. Nagy") or
    by the department that owns the link ("..., owner QA validation (A. Byrne)"), in the words of an integration
    table's area cell. Nothing where the sentence names no owner: it may name no link either."""
    line = one_line(text)
    owners = [m.group(1).strip() for m in _OWNER.finditer(line)] or owner_named(line)
    label = _LABEL.match(line)
    into = [m.group(1) for m in _INTO.finditer(line)] if owners else []  # "... into your quality folder, owner ..."
    for words in ([label.group(1)] if label and owners else []) + owners + into:
        area = drafter.rules.tables.area_of(words)
        if area:
            return [area], owners[0]
    found = own(before_owner(line)) if owners and own is not None else []  # "to your traceability system, owned by us"
    return (found[:1], owners[0]) if found else ([], "")


def _formats(text: str, formats) -> str:
    """The formats a sentence names ("PDF", "CSV"), as a link's method."""
    return ", ".join(dict.fromkeys(m.group() for m in formats.finditer(text.lower()))) if formats is not None else ""


_STATEMENTS = re.compile(r";\s+")  # statements: "..., owner Herr Wolf; SAP QM gets ...", not "..., and that link is owned by"
_CLAUSES = re.compile(r";\s+|,\s+and\s+")  # one link per clause: "MES gets ... via REST, and SAP gets ... as CSV"
_OWNER = re.compile(r"\bowner:?\s+(?:is\s+)?(?:the\s+|your\s+|our\s+)?([^,;()]{2,40}?)\s*(?=[,;(]|\.?$)", re.I)  # "owner QA lead Mr. Nagy"
_INTO = re.compile(r"\b(?:into|to)\s+(?:your|the)\s+([\w -]{2,30}?)\s*(?=[,;(]|\.?$)", re.I)  # where the data lands
# "Quality: ...", "- Maintenance: ...", "(3) Maintenance - ...": the line's label, after its own number if any
_LABEL = re.compile(r"\W*(?:\d{1,2}[.)]?\W*)?([A-Za-z][\w /&-]{1,30}?)(?:\s*:\s|\s[-\u2013\u2014]\s)")
