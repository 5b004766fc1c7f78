"""Table rows for the drafter: which kind of table a row line comes from, and what its cells say.

A row line is "Header: cell; Header: cell" (proposals/tables.py). Its headers name its columns
by the words of drafting.yaml's `tables` section, so a domain expert teaches Winnow a new header
("Schnittstelle") without touching Python.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from proposals.tables import PAIR, row_cells

from .draft_link_denied import LinkDenials
from .draft_work_tables import WORK_TABLE, WorkRules
from .phrases import PhraseSet, normalise, tokens
from .word_regex import alternation

INTEGRATION_TABLE, DATA_TABLE = "integration", "data"
_READ = "read from"  # a source matrix's row, with no direction of its own: its data is read from its system
_ASIDE = re.compile(r"\([^)]*\)|\[[^]]*\]")  # "Sample interval (s)": the unit is no part of the name
_AREA = "connect.integrations"  # the question whose options are the systems' areas
_LEAVES = {"to_system": "from_system", "from_system": "to_system"}  # a phrase after the system: the data leaves it


@dataclass(slots=True)
class Row:
    kind: str  # INTEGRATION_TABLE or DATA_TABLE
    cells: dict[str, list[str]]  # column role -> the cells under it, in the row's order
    link: Row | None = None  # a data row whose headers also name a link's system and method (a source matrix)


@dataclass(slots=True)
class RowIntegration:
    area: str
    direction: str | None  # None: the row has no direction cell ("none": it has one that states no direction)
    method: str
    owner: str = ""  # the row's owner cell, where the table has one


class TableRules:
    """drafting.yaml's `tables`, compiled: `row(text)` tells a table row from prose."""

    def __init__(self, data: dict, areas: PhraseSet, links: dict | None = None):
        self.columns = {kind: _phrases(WorkRules.columns(spec) if kind == WORK_TABLE else
                                       {w: role for role, words in spec["columns"].items() for w in words})
                        for kind, spec in data.items()}
        self.work = WorkRules.from_data(data.get(WORK_TABLE, {}))  # who does each row's task (draft_work_tables.py)
        self.needs = {kind: frozenset(spec["needs"]) for kind, spec in data.items()}
        integration = data.get(INTEGRATION_TABLE, {})
        self.area_words = _phrases({w: a for a, words in integration.get("areas", {}).items() for w in words})
        self.areas = areas  # the general area phrases: "SAP PM" names maintenance
        links = links or {}
        self.suites = frozenset(normalise(w) for w in links.get("suites", []))  # "SAP", "ERP": an area only guessed
        self.moves = _phrases({w: a for a, words in links.get("moves", {}).items() for w in words})
        self.directions = _phrases({w: d for d, words in integration.get("directions", {}).items() for w in words})
        arrows = {str(a): way for way, signs in integration.get("arrows", {}).items() for a in signs}
        # the longest sign first: "<->" is no "<-" followed by ">"
        self.arrows = re.compile(alternation(arrows)) if arrows else None
        self.arrow_ways = arrows  # a sign -> onward, back or both
        self.machine_methods = _phrases({w: a for a, words in integration.get("machine_methods", {}).items() for w in words})
        self.row_drafts = frozenset(integration.get("row_drafts", []))  # what a link row's other cells may draft
        self.method_answers = list(integration.get("method_answers", []))  # text questions its protocol cell answers
        self.placeholders = tuple(" ".join(p.casefold().split()).strip(" .;:") for p in integration.get("placeholders", []))
        self.denials = LinkDenials(integration.get("denials", {}))  # "no live historian connection" (draft_link_denied.py)
        self.placeholder_cells = frozenset(" ".join(p.casefold().split()).strip(" ;:")
                                           for p in integration.get("placeholder_cells", []))
        spec = data.get(DATA_TABLE, {})
        self.rate_answers = list(spec.get("rate_answers", []))
        self.units = _phrases({w: option for option, words in spec.get("units", {}).items() for w in words})

    def row(self, text: str) -> Row | None:
        """The row a line holds, when its headers name enough columns of one kind of table."""
        pairs = row_cells(text)
        if not pairs:
            return None
        kinds: dict[str, Row] = {}
        for kind, columns in self.columns.items():
            cells: dict[str, list[str]] = {}
            for header, cell in pairs:
                role = _longest(columns, header)
                if role:
                    cells.setdefault(role, []).append(cell)
            if len(cells) >= 2 and not self.needs[kind].isdisjoint(cells):
                kinds[kind] = Row(kind, cells)
        best = max(kinds.values(), key=lambda r: len(r.cells), default=None)
        # "Source | System | Connector | Frequency | Key Data": what is read from where, and over which link
        link = kinds.get(INTEGRATION_TABLE)
        if best is not None and best.kind == DATA_TABLE and link and {"system", "method"} <= set(link.cells):
            best.link = link if "direction" in link.cells else Row(link.kind, {**link.cells, "direction": [_READ]})
        return best

    def link_row(self, text: str) -> bool:
        """Whether a line is a row of a link table (a source matrix's row is a data row, whose rate says how often)."""
        row = self.row(text) if INTEGRATION_TABLE in self.columns else None
        return row is not None and row.kind == INTEGRATION_TABLE

    def unheaded(self, hits: list[tuple[str, str, int]], text: str, words: list[str]) -> list[tuple[str, str, int]]:
        """The hits of a record line ("Item: ...; Qty: 1; Billing: one-off") but a system's area named only in a header:
        a column's name says what its cell holds ("Billing": how the item is paid), no system the data goes to."""
        heads = _header_words(text, words)
        return [h for h in hits if h[0] != _AREA or h[2] not in heads] if heads else hits

    def area_of(self, text: str) -> str | None:
        """The area an area cell's words name ("Quality", "QA validation"), or None."""
        return _longest(self.area_words, text)

    def integration(self, row: Row) -> RowIntegration | None:
        """The one integration a row of an integration table states, or None when it names no area."""
        area = next((_longest(self.area_words, c, self.areas) for c in row.cells.get("area", [])), None)
        systems = row.cells.get("system", [])
        area = area or next((a for a in map(self._system_area, systems) if a), None)
        # a system cell of the kind's own word, perhaps only in its aside: "Quality lab (CAQ)", "Labor (LIMS)"
        area = area or next((a for a in (_longest(self.area_words, _unbracketed(c)) for c in systems) if a), None)
        # a machine read by its own protocol ("Siemens S7-1200 PLCs | OPC UA", "Machines (OPC UA)"): the shop floor
        area = area or next((a for a in (self._machine_method(c) for c in row.cells.get("method", []) or systems) if a),
                            None)
        if not area:
            return None
        # how the data moves, never with what: "SAP ERP" is the row's system, no method (a row with no interface cell
        # may still name its way in its system cell, "Machines (OPC UA)": read there as in prose, draft_integrations.py)
        methods = [c for c in row.cells.get("method", []) if not self.placeholder(c)]
        # a direction cell is read on its own: one that states none we read ("n/a") gives none, not the other cells' words
        cells = row.cells.get("direction", [])
        direction = next((d for d in (self._direction(c, systems, area) for c in cells) if d), "none" if cells else None)
        owner = next((" ".join(c.split())[:80] for c in row.cells.get("owner", []) if not self.placeholder(c)), "")
        return RowIntegration(area, direction, ", ".join(dict.fromkeys(methods))[:120], owner)

    def placeholder(self, cell: str) -> bool:
        """Whether a cell is empty or only holds the place of a value to come ("To be confirmed after IT review", "TBD")."""
        text = " ".join(cell.casefold().split()).strip(" ;:")
        whole = text.strip(".")
        return not text or {text, whole} & self.placeholder_cells != set() \
            or any(whole == p or text.startswith(p + " ") for p in self.placeholders)

    def machine_read(self, row: Row) -> bool:
        """Whether a link row's method cell names the way a plant's machines are read ("OPC UA", "Modbus TCP"), which
        carries the data the system captures, or, in a table with no such cell, its system cell does ("Machines (OPC UA)");
        an office system's interface ("OData, every 15 min" into SAP) does not."""
        return any(map(self._machine_method, row.cells.get("method", []) or row.cells.get("system", [])))

    def _machine_method(self, cell: str) -> str | None:
        """The area a machine's protocol in the cell links, its aside too ("Machines (OPC UA / EUROMAP 77)")."""
        return _longest(self.machine_methods, _unbracketed(cell))

    def _system_area(self, cell: str) -> str | None:
        """The area a system cell names: a suite's own ("SAP ECC", read as inventory) only where nothing else in the cell
        names one, as in prose: what moves or another area's words beside it decide ("SAP ECC - quality notifications":
        quality; "SAP ECC - production orders and lots": planning)."""
        words = tokens(normalise(_ASIDE.sub(" ", cell)))
        found = self.areas.find(words)
        own = [f for f in found if f[2] not in self.suites]
        moved = self.moves.find(words)
        if moved and len(own) < len(found):
            return _widest(self.moves, moved)
        return _widest(self.areas, own or found) if found else None

    def _direction(self, cell: str, systems: list[str], area: str = "") -> str | None:
        """The direction a direction cell states, read in that cell alone: an arrow's (`_arrow`), else the phrase
        nearest before the row's system, named there by any word of its name ("from MES into SAP" in the row of "SAP
        S/4HANA PP": into it); where the system is named before every phrase, the data leaves it ("LIMS results to the
        line", "SAP exports"); else the first phrase."""
        pointed = self._arrow(cell, systems, area)
        if pointed:
            return pointed
        words = tokens(normalise(cell))
        found = _outermost(self.directions.find(words))  # "in entrata" (coming in) holds no "in" (into)
        if not found:
            return None
        said = [self.directions.targets[phrase][0][1] for _start, _end, phrase in found]
        if "both" in said:
            return "both"
        names, said_at = _names(systems), {i for start, end, _p in found for i in range(start, end)}
        # a word of the system's name that is part of a direction's phrase ("de" of "de entrada") names no system
        named = next((i for i, w in enumerate(words) if w in names and i not in said_at), None)
        if named is None:
            return said[0]
        before = [d for (_start, end, _phrase), d in zip(found, said) if end <= named]
        return before[-1] if before else _LEAVES.get(said[0], said[0])

    def _arrow(self, cell: str, systems: list[str], area: str) -> str | None:
        """The way an arrow in the cell points the data, seen from the offered system: from the row's system where that
        stands before an onward arrow ("SAP → MachineSense") or after a backward one, into it where it stands after an
        onward one ("MachineSense → CMMS"); both for a two-headed arrow ("SAP ↔ MES"). The row's system stands on the
        side that names a word of its cell ("Machine" of "Machines (OPC UA)") or its area ("LIMS" in the quality row);
        None where no arrow or both sides or neither name it."""
        found = self.arrows.search(cell) if self.arrows else None
        if not found:
            return None
        way = self.arrow_ways[found.group(0)]
        if way == "both":
            return way
        names = {_singular(w) for w in _names(systems)}
        sides = [bool(names & {_singular(w) for w in _names([side])}) or bool(area) and self._side_area(side) == area
                 for side in (cell[:found.start()], cell[found.end():])]
        if sides[0] == sides[1]:
            return None
        return "from_system" if sides[0] == (way == "onward") else "to_system"

    def _side_area(self, side: str) -> str | None:
        return _longest(self.area_words, _unbracketed(side), self.areas)

    def unit_options(self, row: Row) -> list[str]:
        """data.captured options the row's unit cells name ("bar" -> pressure)."""
        return [o for c in row.cells.get("unit", []) for o in [_longest(self.units, c)] if o]


def _header_words(text: str, words: list[str]) -> frozenset[int]:
    """The word positions of a record line's headers, each followed by ':' and its cell by ';' among `words`; none where
    the line is no record or its words do not add up so (a row read another way)."""
    pairs = row_cells(text) if PAIR in text else None
    at, heads = 0, set()
    for head, cell in pairs or ():
        said = len(tokens(normalise(head)))
        heads.update(range(at, at + said))
        at += said + 1 + len(tokens(normalise(cell))) + 1
    return frozenset(heads) if pairs and at - 1 == len(words) else frozenset()


def _outermost(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The phrases found that no longer one holds, in their order."""
    return sorted(f for f in found if not any(o[0] <= f[0] and f[1] <= o[1] and o[1] - o[0] > f[1] - f[0]
                                              for o in found))


def _names(cells: list[str]) -> set[str]:
    """The words of the cells, without their brackets and marks."""
    return {w for s in cells for w in tokens(normalise(s)) if any(c.isalnum() for c in w)}


def _singular(word: str) -> str:
    """A word as its singular may be written: "machines" names the "Machine" of an arrow's side."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _unbracketed(cell: str) -> str:
    """A cell with its brackets as spaces: the aside of a system cell ("Quality lab (CAQ)") names its kind."""
    return cell.translate(_BRACKETS)


_BRACKETS = str.maketrans("()[]", "    ")


def _phrases(words: dict) -> PhraseSet:
    return PhraseSet({str(w): [("~table", value)] for w, value in words.items()})


def _widest(phrases: PhraseSet, found: list[tuple[int, int, str]]) -> str:
    """The target of the longest phrase found (the first of equals)."""
    _start, _end, phrase = max(found, key=lambda f: (f[1] - f[0], -f[0]))
    return phrases.targets[phrase][0][1]


def _longest(phrases: PhraseSet, text: str, more: PhraseSet | None = None) -> str | None:
    """The target of the longest phrase in the text (the first of equals), trying `more` after."""
    words = tokens(normalise(_ASIDE.sub(" ", text)))
    found = phrases.find(words)
    if found:
        start, end, phrase = max(found, key=lambda f: (f[1] - f[0], -f[0]))
        return phrases.targets[phrase][0][1]
    return _longest(more, text) if more is not None else None
