"""The systems a sentence names for each area of a link, by their names ("IBM Maximo": maximo; "SAP S/4HANA": sap,
s/4hana; "your MES": mes), as words.yaml lists the systems a reader knows: a reply naming a system again ("the
maintenance planner receives the work order in Maximo") tells of the link the offer drafted to it, and adds no second
row for it (reply_combine.named_again). An area named only by what moves ("stock", "the production orders") names no
system."""
from __future__ import annotations

from .memo import Bounded
from .phrases import normalise, tokens

_named: Bounded[dict[str, frozenset[str]]] = Bounded(4096)  # sentences remembered at most: one memo serves every session


def system_names(drafter):
    """`names(text)`: each area the text names -> the names of its systems there, each text read once."""
    terms = _terms(drafter)
    areas = drafter.rules.areas
    return lambda text: _named.get((drafter, text), lambda: _names(areas, terms, text))


def _names(areas, terms: frozenset[str], text: str) -> dict[str, frozenset[str]]:
    """Each area the text names -> the names of its systems there (none: named by what moves only)."""
    words, out = tokens(normalise(text)), {}
    for start, end, phrase in areas.find(words):
        said = {phrase} if phrase in terms else {w for w in words[start:end] if w in terms}
        for _question, area in areas.targets[phrase]:
            out[area] = out.get(area, frozenset()) | said
    return out


def beside_a_system(texts: list[str], names, suites: frozenset[str]) -> set[str]:
    """The areas the texts name only beside another area's system named as itself, never by a system of their own ("The
    maintenance planner receives the work order in Maximo and schedules it for the next stop": the schedule is
    Maximo's, no link to a planning system); where a suite is named in the sentence ("the production orders come from
    SAP"), what moves may name the area (drafting.yaml integrations moves)."""
    alone: dict[str, bool] = {}
    for text in texts:
        found = names(text)
        suite = any(said & suites for said in found.values())  # "the schedule goes to your SAP": SAP's planning
        for area, own in found.items():
            beside = not suite and any(said for other, said in found.items() if other != area)
            alone[area] = alone.get(area, True) and not own and beside
    return {area for area, only in alone.items() if only}


def _terms(drafter) -> frozenset[str]:
    """words.yaml's systems, as drafting's words read them ("s/4hana", "sap pm")."""
    kinds = drafter.bank.words.substance
    return frozenset(" ".join(tokens(normalise(w))) for w in (kinds["system"].words if "system" in kinds else []))


def forget() -> None:
    _named.clear()


def without_areas(answered, question: str, areas: set[str]):
    """`answered` without the rows of `areas` in its answer to `question` (no answer left where no row is)."""
    answer = answered.answer(question)
    if answer is None or not areas or not any(row.system in areas for row in answer.integrations):
        return answered
    rows = [row for row in answer.integrations if row.system not in areas]
    kept = [a.model_copy(update={"integrations": rows}) if a is answer else a for a in answered.answers
            if a is not answer or rows or a.choices or a.text.strip()]
    return answered.model_copy(update={"answers": kept})
