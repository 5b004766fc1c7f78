"""The systems a sentence names for each area of a link, by their names ("IBM Maximo": maximo; "SAP S/4HANA": sap,
s/4hana; "your MES": mes), as words.yaml lists the systems a reader knows and drafting the suites: a reply naming a
system again ("the maintenance planner receives the work order in Maximo") tells of the link the offer drafted to it,
and adds no second row for it (reply_combine.named_again). An area named only by what moves ("stock", "the production
orders") names no system."""
from __future__ import annotations

from .memo import Bounded
from .phrases import normalise, tokens

Read = dict[str, tuple[frozenset[str], frozenset[str]]]  # area -> (the names of its systems, the words naming it)
_read: Bounded[Read] = Bounded(4096)  # sentences remembered at most: one memo serves every session


def system_read(drafter):
    """`read(text)`: each area the text names -> the names of its systems there and the words that name it."""
    terms, areas = _terms(drafter), drafter.rules.areas
    return lambda text: _read.get((drafter, text), lambda: _areas(areas, terms, text))


def system_names(drafter):
    """`names(text)`: each area the text names -> the names of its systems there (none: named by what moves only)."""
    read = system_read(drafter)
    return lambda text: {area: names for area, (names, _) in read(text).items()}


def _areas(areas, terms: frozenset[str], text: str) -> Read:
    words, out = tokens(normalise(text)), {}
    for start, end, phrase in areas.find(words):
        said = {phrase} if phrase in terms else {w for w in words[start:end] if w in terms}
        for _question, area in areas.targets[phrase]:
            names, phrases = out.get(area, (frozenset(), frozenset()))
            out[area] = (names | said, phrases | {phrase})
    return out


def beside_a_system(texts: list[str], read, suites: frozenset[str], moves: dict[str, list[str]]) -> set[str]:
    """The areas the texts name only by what moves there (rounds.yaml links `moves`) beside another area's system named
    as itself ("The maintenance planner receives the work order in Maximo and schedules it for the next stop": the
    schedule is Maximo's, no link to a planning system); where a suite is named ("the production orders come from SAP"),
    what moves may name the area (drafting.yaml integrations moves), and a system's own word ("your CAQ system
    (Babtec)") names its area."""
    moved = {area: frozenset(" ".join(tokens(normalise(w))) for w in words) for area, words in moves.items()}
    alone: dict[str, bool] = {}
    for text in texts:
        found = read(text)
        suite = any(names & suites for names, _ in found.values())  # "the schedule goes to your SAP": SAP's planning
        for area, (names, phrases) in found.items():
            beside = not suite and any(other[0] for key, other in found.items() if key != area)
            alone[area] = alone.get(area, True) and not names and phrases <= moved.get(area, frozenset()) and beside
    return {area for area, only in alone.items() if only}


def without_areas(answered, question: str, areas: set[str]):
    """`answered` without the rows of `areas` in its answer to `question` (no answer left where no row is)."""
    answer = answered.answer(question)
    if answer is None or not areas or not any(row.system in areas for row in answer.integrations):
        return answered
    rows = [row for row in answer.integrations if row.system not in areas]
    kept = [a.model_copy(update={"integrations": rows}) if a is answer else a for a in answered.answers
            if a is not answer or rows or a.choices or a.text.strip()]
    return answered.model_copy(update={"answers": kept})


def _terms(drafter) -> frozenset[str]:
    """words.yaml's systems and drafting's suites ("Infor"), as drafting's words read them ("s/4hana", "sap pm")."""
    kinds = drafter.bank.words.substance
    named = [*(kinds["system"].words if "system" in kinds else []), *drafter.rules.tables.suites]
    return frozenset(" ".join(tokens(normalise(w))) for w in named)


def forget() -> None:
    _read.clear()
