"""One reading for a KPI laid out in pieces rather than told in a sentence: a table's row under its
header, a row whose cells name themselves, a slide's or a list's lines. Each piece gives one value
and the words that label it (its column's header, the cell's own words, the line's words): today's
(drafting.yaml kpi.table today) or the target (kpi.table target, or a label led by kpi.table leads:
"With defrost on demand: 118 kWh/t"); another site's figures (kpi.table elsewhere, kpi.elsewhere) are
neither. A measure is a metric named once (the row's first cell, the words both lines share, the
heading above) with one value of each role, in one unit.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from .draft_rules import draft_data
from .kpi_amounts import kept, with_period
from .kpi_numbers import DIGIT, NUMBER, decimal_points, in_unit, unit_of
from .phrases import PhraseSet, normalise, tokens
from .quantities import Quantity, quantities


@dataclass(frozen=True)
class Row:
    metric: str
    unit: str
    baseline: float
    target: float
    lines: tuple[int, ...] = ()  # the lines of a block that state it (a table's are all its own)
    firm: bool = True  # the target's label names a target ("Goal"), not only the state after ("After renewal")


@dataclass(frozen=True)
class Piece:
    role: str  # "today", "target" or "" (unlabelled, or another site's)
    value: Quantity
    name: str  # what the piece says it measures ("rejects"), "" when it names nothing
    firm: bool = False  # a target labelled as one ("Goal:"), not only as the state after ("With ...:")


@dataclass(frozen=True)
class _Words:
    today: PhraseSet
    target: PhraseSet
    elsewhere: PhraseSet
    leads: frozenset[str]
    stops: frozenset[str]
    loose: frozenset[str]
    firm: PhraseSet  # a commitment said after a line's value: "Cycle time: 48 h - contractual"


@lru_cache(maxsize=1)
def words() -> _Words:
    """The labels of drafting.yaml kpi.table (and kpi.elsewhere: another site's column)."""
    data = draft_data()["kpi"]
    table = data["table"]
    return _Words(PhraseSet.of(table["today"], "today"), PhraseSet.of(table["target"], "target"),
                  PhraseSet.of(table["elsewhere"] + data["elsewhere"], "elsewhere"), frozenset(map(str, table["leads"])),
                  frozenset(map(str, data["relative"]["stops"] + data["trim"])), frozenset(map(str, table["loose"])),
                  PhraseSet.of(data["firm"], "firm"))


def role(said: list[str]) -> str:
    """What a label says its value is: another site's (none), the target, or today's. A label naming
    both ("Committed for your plant") is the target's: a plant's name says whose, not when."""
    w = words()
    if not said or w.elsewhere.find(said):
        return ""
    if w.target.find(said) or said[0] in w.leads:
        return "target"
    if w.today.find(said):
        return "today"
    # "Yield with 3D log scanning: 60%": the metric, then the state the offer brings
    return "target" if not w.leads.isdisjoint(said[1:]) else ""


def firm(said: list[str]) -> bool:
    """The label names a target ("Target after ramp-up", "Committed"), not only the state after the
    offer ("After renewal", "Expected", "With the new burner": drafting.yaml kpi.table loose)."""
    return any(phrase not in words().loose for _s, _e, phrase in words().target.find(said))


def row(metric: str, today: Quantity, target: Quantity, unit: str = "") -> Row | None:
    """The measure two labelled values make: in one unit (a duration converted; a bare number takes
    the unit written beside its metric, "Scrap rate (% of parts)"), two values, a metric in words."""
    today, target = kept(today), kept(target)  # "$3.2M" in a cell: 3.2 musd, as a sentence's amount reads
    before, after = today.unit or unit, target.unit or unit
    if after.startswith(f"{before} ") or before.startswith(f"{after} "):  # "£450k per year" beside "£380k"
        before = after = max(before, after, key=len)
    value = today.value if before == after else in_unit(today.value, before, after)
    if value is None or value == target.value or not metric:
        return None
    return Row(metric, after, value, target.value)


def value(text: str) -> Quantity | None:
    """The one value a cell or label's rest holds: no year, range or second quantity."""
    text = decimal_points(text)
    found = [q for q in quantities(text) if q.kind != "year"]
    return with_period(found[0], text) if len(found) == 1 and not found[0].is_range else None


def piece(text: str) -> Piece | None:
    """A line or cell that labels its value: "Today: 142 kWh/t", "Ziel (vertraglich): 22 kWh/hl"
    (the label first), or "- 6.4 % rejects at the sorting line today" (the figure first)."""
    if not (":" in text and DIGIT.search(text)) and not _FIGURE_AT_START.match(text):
        return None  # most sentences: neither a label before a value nor a figure first
    text = decimal_points(_BULLET.sub("", text).strip())
    label, colon, rest = text.partition(":")
    # a year in a label says when ("Baseline 2025:", "Ausgangswert 2025:"), no number of its own
    numbered = _LABEL_NUMBER.search(_YEAR.sub(" ", _BRACKETS.sub(" ", label)))
    if colon and not numbered and len(label.split()) <= _LABEL_WORDS:
        found = [q for q in quantities(rest[:_FIGURE_FIRST]) if q.kind != "year"]
        # an abbreviation names with the words around it: "Actual: spec. fuel cons. 3.95 GJ/t"
        if not found or found[0].is_range or len([w for w in rest[:found[0].start].split()
                                                  if not w.endswith(".")]) > _LEAD_WORDS:
            return None
        said = tokens(normalise(_BRACKETS.sub(" ", label)))
        led = bool(said) and said[0] in words().leads
        # "Current situation: scrap 6 %": the words before the value name the measure, not the label's
        lead = _name([w for w in tokens(normalise(rest[:found[0].start])) if w not in _BOUNDS])
        told = _latest(rest) or _counted(with_period(found[0], rest), rest)
        # ... and a label that only tells the role ("Ist:", "Soll:") leaves the measure to the count's words after it
        named = lead or _name(said, True) or (_name(tokens(normalise(told.unit))) if told.kind == "count" else "")
        return _committed(Piece(role(said), told, "" if led else named, firm(said)), rest[found[0].end:])
    if not text[:1].isdigit():
        return None  # neither labelled nor figure first (most sentences: no number read)
    found = quantities(text[:_FIGURE_FIRST])
    first = found[0] if found else None
    if not first or first.start or first.is_range or not first.unit or not _lower_after(text, first):
        return None  # "3.3 Bidders shall state": a section's number
    said = tokens(normalise(text[first.end:]))
    return Piece(role(said), with_period(first, text), _name(said), firm(said))


def _counted(found: Quantity, rest: str) -> Quantity:
    """A count whose qualifier was read as its unit ("45 ungeplante Stillstände pro Monat": "ungeplante") takes the
    whole unit a sentence's count would ("ungeplante Stillstände pro Monat"), as written."""
    if found.kind != "count" or " " in found.unit:
        return found
    said = NUMBER.match(rest.lower(), found.start)
    unit = unit_of(said.group(2)) if said else ""
    if not unit.startswith(f"{found.unit.lower()} "):
        return found
    at = said.start(2)
    return replace(found, unit=rest[at:at + len(unit)], end=at + len(unit))


def _latest(rest: str) -> Quantity | None:
    """Of a history a label gives year by year ("OEE: 71.2 % in 2023, 69.5 % in 2024 and 66.0 % in 2025"), the
    latest year's value: today's; None when the values carry no years."""
    found = quantities(rest)
    dated = {q: int(y.value) for q, y in zip(found, found[1:]) if q.kind != "year" and y.kind == "year"
             and _YEAR_OF.fullmatch(rest[q.end:y.start])}
    return max(dated, key=dated.get) if len(dated) > 1 else None


_YEAR_OF = re.compile(r"\s*(?:\(|,?\s*(?:in|for|during)\s)?\s*")


def _committed(found: Piece, after: str) -> Piece:
    """A line with no role in its label that commits after its value is the target: "Cycle time: 48 h -
    contractual, verified on 3 lots", "Cycle time: 12.8 s per shot, committed in the acceptance test"."""
    if found.role or not words().firm.find(tokens(normalise(after))):
        return found
    return replace(found, role="target", firm=True)


def sectioned(texts: list[str], pieces: list[Piece | None]) -> list[Piece | None]:
    """A slide's or a list's heading that names a role ("NOW (your batch records 2025)", "Current situation:",
    "WITH controlled nucleation") gives it to the bulleted lines below it that name none."""
    out, heading, section = [], None, None  # the line a bullet sits under, its role read only when a bullet needs it
    for text, found in zip(texts, pieces):
        if _BULLET.match(text):
            if found and not found.role and heading is not None:
                section = _section(heading) if section is None else section  # most lines head no bullet: not read
                out.append(replace(found, role=section) if section else found)
            else:
                out.append(found)
            continue
        heading, section = (text if found is None else None), None
        out.append(found)
    return out


def _section(text: str) -> str:
    """The role a heading names from its last capitalised role word on, with no number after it outside brackets
    (a heading joined to the title before it: "Slide 9 - Freeze dryer FD-2 NOW (your batch records 2025)")."""
    rest = _BRACKETS.sub(" ", text)
    heads = [m for m in _CAPITAL.finditer(rest) if _heading_role(rest[m.start():])]
    tail = rest[heads[-1].start():] if heads else ""
    said = tokens(normalise(tail))
    return _heading_role(tail) if said and len(said) <= _LABEL_WORDS and not _LABEL_NUMBER.search(tail) else ""


def _heading_role(text: str) -> str:
    """The role a heading's first word or two name ("NOW", "WITH zone control", "STATUS QUO", "FUTURE STATE")."""
    said, w = tokens(normalise(text))[:2], words()
    if not said or w.elsewhere.find(said):
        return ""
    return "target" if w.target.find(said) or said[0] in w.leads else "today" if w.today.find(said) else ""


def _lower_after(text: str, quantity: Quantity) -> bool:
    """The word after the figure is no capital's: "6.4 % rejects", not "3.2 Current situation"."""
    after = text[quantity.start:].split()
    return len(after) < 2 or not after[1][:1].isupper() or after[1] == "%"


def _name(said: list[str], label: bool = False) -> str:
    """The leading words that name the measure, up to a preposition or a label's word ("rejects at
    the sorting line today" -> "rejects", "scrap rate today" -> "scrap rate"); a label's own first
    words of its role go first ("Current scrap rate" -> "scrap rate")."""
    w = words()
    said = said[1:] if label and said and role(said[:1]) else said
    kept = []
    for word in said[1:] if said[:1] == ["of"] else said:  # "% of bodies reworked today" -> "bodies reworked"
        if word in w.stops or role([word]) or not word.isalpha():
            break
        kept.append(word)
    return " ".join(kept)


def heading(text: str) -> str:
    """A short line or cell with no number names the measure of the values below or beside it
    ("Energy per tonne frozen", "KPI: thermal energy"); of a line joined to the one before ("Spiral
    freezer 2 - frozen ready meals Energy per tonne frozen"), the part from its capital on."""
    said = _BRACKETS.sub(" ", _BULLET.sub("", text)).rsplit("|", 1)[-1].rsplit(":", 1)[-1].split()
    joined = [i for i in range(1, len(said)) if said[i][:1].isupper() and said[i - 1][:1].islower()]
    named = " ".join(said[joined[-1]:] if joined else said).lower().rstrip(".;,!?")
    measured = any(q.unit for q in quantities(named))  # a value, not a name's number ("press 3")
    return "" if measured or named[:1].isdigit() or not 0 < len(named.split()) <= _HEADING_WORDS else named


def block_rows(texts: list[str], kind=lambda name: True) -> list[Row]:
    """The measures a block of lines (or one row's cells) states: each value labelled today's with the
    nearest labelled the target, within a few lines, named by both, by the heading above, by either
    if it names a `kind` of measure, or by a unit that names a thing ("harnesses per shift"). A block
    under a heading that names another site ("At a reference plant:") states theirs, not the plant's."""
    read = {t: None if "|" in t else piece(t) for t in dict.fromkeys(texts)}  # a table's line: kpi_table.py; a line
    pieces = sectioned(texts, [read[t] for t in texts])  # said again is read once (a piece is its text's own)
    rows = []
    for i, now in enumerate(pieces):
        if not now or now.role != "today":
            continue
        near = sorted(range(max(0, i - _NEAR), min(len(pieces), i + _NEAR + 1)), key=lambda j: abs(j - i))
        aim = next((j for j in near if pieces[j] and pieces[j].role == "target"), None)
        if aim is None:  # two lists side by side ("NOW" ... "WITH" ...): the target line that names the same measure
            aim = next((j for j in range(i + 1, min(len(pieces), i + _SECTION_NEAR)) if pieces[j]
                        and pieces[j].role == "target" and _shared(now.name, pieces[j].name)), None)
        above = texts[min(i, aim) - 1] if aim is not None and min(i, aim) else ""
        if aim is None or words().elsewhere.find(tokens(normalise(above))):
            continue
        names = (now.name, pieces[aim].name)
        metric = _shared(*names) or heading(above) or next((n for n in names if n and kind(n)), "") \
            or (now.value.unit if " " in now.value.unit else "")
        found = row(metric, now.value, pieces[aim].value, bracket_unit(above))
        rows += [replace(found, lines=tuple(sorted({i, aim})), firm=pieces[aim].firm)] if found else []
    return rows


def bracket_unit(text: str) -> str:
    """The unit written in brackets beside a metric or a header ("Scrap rate (% of parts)" -> "%"); a
    bracket with a number of its own tells when ("Target (month 6)", "Baseline (Sept 2026)"), no unit."""
    found = _BRACKETS.search(text)
    said = found.group()[1:-1].split() if found and not _LABEL_NUMBER.search(found.group()) else []
    return said[0].lower() if said and not DIGIT.search(said[0]) else ""


def comma_unit(label: str) -> tuple[str, str]:
    """(name, unit) of a row label that gives its unit after a comma ("First-time-right parts, %",
    "Specific energy, kWh per tonne of rod"); (label, "") when what follows names no unit."""
    name, comma, tail = label.rpartition(",")
    tail = tail.strip().lower()
    unit = comma and (tail.startswith("%") or " per " in f" {tail} " or "/" in tail)
    return (name.strip(), tail) if unit else (label, "")


def _shared(first: str, second: str) -> str:
    """The words two names begin with ("rejects at ..." and "rejects committed ..." share "rejects")."""
    shared = []
    for a, b in zip(first.split(), second.split()):
        if a != b:
            break
        shared.append(a)
    return " ".join(shared)


# A number of its own in a label ("Line 3", "Q3 2026"): no label of one value; a digit inside a name is
# ("Yield with 3D log scanning", "CO2 emissions", "S7-1200 cycle")
_LABEL_NUMBER = re.compile(r"(?<![\w-])\d[\d.,]*(?![\w-])")
_BULLET = re.compile(r"^\s*(?:[-*•–·]|\d{1,2}[.)])\s+")
_FIGURE_AT_START = re.compile(r"\s*(?:(?:[-*•–·]|\d{1,2}[.)])\s+)?\d")
_BRACKETS = re.compile(r"\([^)]*\)")
_CAPITAL = re.compile(r"\b[A-Z][A-Za-z]*\b")
_YEAR = re.compile(r"(?<![\w-])(?:19|20)\d\d(?![\w-])")
_LABEL_WORDS = 8  # "With defrost on demand and fan speed control"
_FIGURE_FIRST = 80  # characters enough for a figure and its unit at a line's or a label's start
_LEAD_WORDS = 2  # "Goal: below 3 %", "Today: about 142 kWh/t"
_BOUNDS = frozenset({"below", "under", "above", "over", "about", "around", "roughly", "approximately", "approx", "ca",
                     "circa", "max", "min", "maximum", "minimum", "less", "fewer", "more", "than", "at", "most", "least",
                     "up", "down", "to", "naar", "auf", "unter", "über", "onder", "boven"})  # no name: "Goal: below 3 %"
_HEADING_WORDS = 6
_NEAR = 2  # lines between today's value and the target's
_SECTION_NEAR = 8  # lines between today's line and the same measure's in the list after it
