"""Units of a KPI's values compared: a unit's short name ("kJ per kg" and "kJ/kg" are both kJ), a value in another
unit of the same measure (a duration converted, "2 hours per changeover" is 120 minutes per changeover), rates counted
per the same base however written, and a total per period that is no value of a rate per thing made ("1,850 kWh per
shift" beside "0.35 kWh per can")."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import draft_data
from .quantities import DURATIONS, convert


def unit_head(unit: str) -> str:
    """A unit's first word, by its short name: "kJ/kg" and "kJ per kg of clinker" are both kJ, "litres of oil
    per tonne" and "l/t" both l (drafting.yaml kpi unit_names)."""
    words, names = _unit_names()
    for name, short in names:
        if unit == name or unit.startswith((name + " ", name + "/")):
            return short
    head = unit.split(" ")[0].split("/")[0]
    return words.get(head, head)


@lru_cache(maxsize=1)
def _unit_names() -> tuple[dict[str, str], list[tuple[str, str]]]:
    """The one-word names of units and the longer ones (matched first, as a prefix of the unit)."""
    names = [(str(name).lower(), str(short)) for short, all_names in draft_data()["kpi"]["unit_names"].items()
             for name in all_names]
    return {n: s for n, s in names if " " not in n}, [(n, s) for n, s in names if " " in n]


def in_unit(value: float, unit: str, to: str) -> float | None:
    """The value in the unit `to` names: the same unit, or a duration converted ("2 hours per
    changeover" is 120 minutes per changeover); None when neither."""
    if not to:
        return None
    if _same_head(unit_head(unit), unit_head(to)) and not _other_bases(unit, to) or counted_per(unit, to) \
            or counted_per(to, unit) \
            or _same_rate(unit, to) or _times_per(unit, to) or _times_per(to, unit):
        return value
    if _per(unit) != _per(to) and not _of_a_thing(_per(unit), _per(to)):
        return None  # "the last 12 months" is a period, "18 hours a month" a rate: no conversion between them
    return convert(value, unit_head(unit), unit_head(to))


def _other_bases(unit: str, other: str) -> bool:
    """Two rates of one unit, one counted per a period of time and the other per a thing made: "1,850 kWh per shift"
    is a total, no value of "0.35 kWh per can" (nor one per hour of one per year); a rate and the bare unit ("0.42 kWh"
    for "each can"), or two names of one thing ("t/ADt", "t per air-dry tonne"), are one measure."""
    ours, theirs = _rate_base(unit), _rate_base(other)
    if not (ours and theirs) or ours == theirs:
        return False
    timed = _timed(ours), _timed(theirs)
    return timed[0] != timed[1] or all(timed) and convert(1.0, ours, theirs) != 1.0


def _rate_base(unit: str) -> str:
    """The word a rate is counted per, after its number ("per 1,000 t" is "t", "/can" and "per cans" are "can");
    "" where the unit is no rate."""
    found = _BASE.search(unit)
    said = [w for w in _unqualified(found.group(1)) if not w[0].isdigit()] if found else []
    return (unit_head(said[0]).rstrip("s") or said[0]) if said else ""


def _timed(base: str) -> bool:
    """A rate's base that is a period of time or a shift ("per shift", "a year", "pro Schicht"), no thing made."""
    return base in _PERIOD_WORDS or convert(1.0, base, "h") is not None


_BASE = re.compile(r"(?:/| (?:per|a|an|each|every|je|pro|par|por|al|pr\.) )(\S.*)$")
_PERIOD_WORDS = DURATIONS | {str(w).rstrip("s") for w in draft_data()["kpi"]["amount_periods"]["times"]} \
    | {"shift", "schicht", "poste", "turno", "dienst", "ploeg", "zmiana", "zmianę", "skift"}


def finer_time(unit: str, other: str) -> bool:
    """`unit` is a shorter unit of time than `other` ("mins per breakdown" against "hr per breakdown"): a pair of
    durations kept in it stays whole (95 min, 60 min) where the longer one rounds (1.583 h)."""
    a, b = convert(1.0, unit_head(unit), "h"), convert(1.0, unit_head(other), "h")
    return a is not None and b is not None and a < b


def is_time(unit: str) -> bool:
    """A unit of time however short ("min", "mths", "weeks"): one converted to hours."""
    return bool(unit) and in_unit(1.0, unit, "h") is not None


def _times_per(unit: str, things: str) -> bool:
    """A rate said in words counts the things another rate names per the same period: "stops about 22 times an
    hour" today, "no more than 8 micro-stops per hour" the target (drafting.yaml kpi.times)."""
    per, _, period = f" {things} ".replace(" a ", " per ").replace(" an ", " per ").rpartition(" per ")
    return unit.split()[:1] != [] and unit.split()[0] in _TIMES and bool(per.strip()) \
        and _per(unit) == ["per", *period.split()]


_TIMES = frozenset(map(str, draft_data()["kpi"]["times"]))


def _same_head(a: str, b: str) -> bool:
    """One unit's first word, in the singular or the plural: "2.6 breaks" today, "1.0 break" the target."""
    return a == b or len(min(a, b, key=len)) > 2 and (a + "s" == b or b + "s" == a)


def _same_rate(a: str, b: str) -> bool:
    """Things counted per one base, the one named more fully: "4.2 web breaks per 1,000 t" today, "2.5 breaks per
    1,000 t" the target."""
    (things_a, _, base_a), (things_b, _, base_b) = a.partition(" per "), b.partition(" per ")
    if not (base_a and _unqualified(base_a)[:2] == _unqualified(base_b)[:2]):  # "per 1,000 t of paper" and "per 1,000 t"
        return False
    said_a, said_b = ([w.rstrip("s") for w in t.split()] for t in (things_a, things_b))
    short, full = sorted((said_a, said_b), key=len)
    return bool(short) and full[len(full) - len(short):] == short


def _unqualified(base: str) -> list[str]:
    """A rate's base without the participle that qualifies its unit: "100 operating hours" counts per 100 hours; nor the
    length a base is stated at: "per 8-hour shift" counts per shift."""
    return [w for w in base.split() if not (len(w) > 4 and w.endswith(("ing", "ed")) or _LENGTH.fullmatch(w))]


_LENGTH = re.compile(r"\d+-[a-z]+")


def counted_per(unit: str, period: str) -> bool:
    """Things counted per a period and the bare period: "1,200 micro-stops a month" today and "fewer than
    400 a month" for the target count the same things."""
    period = _OF_WHAT.sub(r"\1", period)  # "per hour of operation" counts per hour: the "of" says what hour, no base
    if unit_head(period) == "per" and _unlengthed(unit).endswith(" " + _unlengthed(period)):
        return True  # "6.2 weld repairs per 100 pipes" today, "2.5 per 100 pipes" the target; "per loom per 8-hour
        # shift" today, "5 per loom per shift" the target (the length a base is stated at)
    return unit_head(period) == "per" and len(period.split()) == 2 and _base(_per(unit)) == _base(period.split())


_OF_WHAT = re.compile(r"^(per [a-z]+) of [a-z-]+$")


def _unlengthed(unit: str) -> str:
    return " ".join(w for w in unit.split() if not _LENGTH.fullmatch(w))


def _base(per: list[str]) -> str:
    """What a rate is counted per, by its short name: "per tonne" and "/t" are both per t."""
    return unit_head(per[1]) if len(per) >= 2 and per[0] == "per" else " ".join(per)


def _of_a_thing(per: list[str], other: list[str]) -> bool:
    """One side per a thing, the other per nothing: "2.5 hours per shell" today and "under 90 minutes" for
    the same stack are one measure (a period per period of time is a rate, never dropped)."""
    thing = per or other
    return not (per and other) and thing[1:2] != [] and thing[1] not in DURATIONS


def _per(unit: str) -> list[str]:
    """What a unit is counted per, alike however written: "h/month", "hours per month" and
    "hours a month" are all per month."""
    words = unit.replace("/", " per ", 1).split()[1:]
    return ["per"] + words[1:] if words[:1] in (["a"], ["an"], ["each"], ["every"], ["je"], ["pro"]) else words
