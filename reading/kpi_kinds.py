"""Kinds of measure (drafting.yaml kpi lower_is_better and higher_is_better): whether a phrase names one, the
phrase cut to it ("guarantee that scrap falls" -> "scrap"), the things a bare count is in, and whether a target
moves the way its kind should (downtime down, OEE up)."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Measure

from .draft_rules import DraftRules, draft_data
from .kpi_numbers import unit_head
from .phrases import normalise
from .quantities import DURATIONS
from .word_regex import alternation

# Words that never name a metric, trimmed from its ends: "reduce it to 6", "the measured baseline is 14"
NO_NAME = {"it", "this", "that", "they", "them", "these", "those", "baseline", "measured", "kpi", "kpis", "metric",
            "figure", "value", "current", "target"}



def kind_name(measure: Measure, rules: DraftRules) -> Measure:
    """A metric that holds a kind of measure, cut to it: up to two words that qualify it before ("the
    number of" kept), and after it the words that end such a name, or a qualifying phrase of two words
    or more ("on line 3"). "guarantee that scrap falls" -> "scrap", "first pass yield stood" -> "first
    pass yield", "reject rate already" -> "reject rate", "raise oee on line 2" -> "oee on line 2"."""
    words = measure.metric.split()
    at = next((i for i in range(len(words)) if is_kind(" ".join(words[i:i + 2]), rules)), None)
    if at is None:
        return measure
    alone = [is_kind(w, rules) for w in words[at:at + 2]]
    at += not alone[0] and alone[-1]  # "the scrap": the kind is "scrap"; "first pass": two words
    start = at
    while start > max(0, at - 2) and qualifies(words[start - 1], rules):
        start -= 1
    if start > 1 and words[start - 1] == "of" and qualifies(words[start - 2], rules):
        start -= 2  # "number of stops"
    start -= _time_lead(words, start)  # "mean time to repair": the time it takes, not the repairs
    end = at + (1 if is_kind(words[at], rules) else 2)
    while end < len(words) and (words[end] in _name_ends() or is_kind(words[end], rules)):
        end += 1
    end = len(words) if len(words) - end > 1 else end  # a qualifying phrase stays; one stray word goes
    named = measure.model_copy(update={"metric": " ".join(words[start:end])})
    return named if moves_the_right_way(named, rules) else measure


def qualifies(word: str, rules: DraftRules) -> bool:
    return word.isalpha() and word not in rules.kpi_trim and word not in rules.kpi_moves and word not in NO_NAME \
        and word not in _verbs()


@lru_cache(maxsize=1)
def _verbs() -> frozenset[str]:
    data = draft_data()["kpi"]
    return frozenset(map(str, data["relative"]["down"] + data["relative"]["up"] + data["relative"]["either"]
                         + data["commits"]))


def _time_lead(words: list[str], start: int) -> int:
    """How many words before `start` make the kind there the time a thing takes or the time between things:
    "mean time to" before "repair", "mean time" before "between failures"."""
    for lead in time_leads():
        if words[max(0, start - len(lead)):start] == list(lead):
            return len(lead)
        if lead[-1] == words[start] and len(lead) > 1 and words[max(0, start - len(lead) + 1):start] == list(lead[:-1]):
            return len(lead) - 1
    return 0


@lru_cache(maxsize=1)
def time_leads() -> tuple[tuple[str, ...], ...]:
    """drafting.yaml kpi.time_of, longest first."""
    return tuple(sorted((tuple(str(p).split()) for p in draft_data()["kpi"]["time_of"]), key=len, reverse=True))


@lru_cache(maxsize=1)
def _name_ends() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["name_ends"]))


def kind_phrase(lower: str, rules: DraftRules) -> str:
    """The first word that names a kind of measure, outside a number's unit, with the one or two
    words before it that qualify it ("unplanned stops", "first pass yield")."""
    # a number and its unit's first word go; what the unit is of stays: "22 hours of unplanned downtime"
    said = _VALUE.sub(" # ", lower).split()
    words = [w.strip(",;:().!?") for w in said]
    for at, word in enumerate(words):
        if word != "#" and is_kind(word, rules):
            before = []
            for prior, raw in reversed(list(zip(words, said))[max(0, at - 2):at]):
                # ... and no word of the clause before: "what we'd put in writing: oee" names the OEE
                if prior == "#" or prior in rules.kpi_trim or prior in rules.kpi_moves or not prior.isalpha() \
                        or raw[-1] in _CLAUSE_ENDS or said[at - len(before)][0] in "([":
                    break
                before.insert(0, prior)
            if _held().isdisjoint(before):  # "at the same throughput": a condition kept, not the measure
                return " ".join(before + [word])
    return _phrased_kind(words, rules)


_CLAUSE_ENDS = ",;:()[]!?."


def _phrased_kind(words: list[str], rules: DraftRules) -> str:
    """The first kind of measure named only by a phrase of several words, none a kind alone ("96 % first time
    through"): outside a number's unit, as `kind_phrase` reads it."""
    joined = f" {' '.join(words)} "
    found = [(joined.find(f" {p} "), p) for p in rules.kpi_higher | rules.kpi_lower if " " in p and f" {p} " in joined]
    return min(found)[1] if found else ""


@lru_cache(maxsize=1)
def _held() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["held"]))


# (a share's whole goes with it: "6% of output" is a part of the output, _part)
# (a digit inside a name is none: "co2 emissions")
_VALUE = re.compile(r"(?<![a-z])\d[\d,]*(?:\.\d+)? ?(?:% of (?:the |all )?[a-zäöüß]+|%|[a-zäöüß°€$£/]+)?")


def counted(measure: Measure, rules: DraftRules) -> Measure:
    """A measure given in bare numbers counts the things its metric names: "customer complaints:
    baseline 212, target below 80" is in complaints. The unit is the first plural word of the metric
    that names a kind of measure ("complaints", "stops"); a measure with a unit, or whose metric
    names no such word ("scrap rate", "oee"), stays as it is."""
    if measure.unit or measure.baseline is None or measure.target is None:
        return measure
    words = [w.strip(",;:().") for w in measure.metric.split()]
    things = [w for w in words if w.isalpha() and w.endswith("s") and not w.endswith("ss") and is_kind(w, rules)]
    return measure.model_copy(update={"unit": things[0]}) if things else measure


def by_unit(measure: Measure, rules: DraftRules) -> Measure:
    """A metric that names no kind of measure ("guarantee", "crusher line 2 today averages") is named by
    what its unit measures, where the unit says (drafting.yaml kpi unit_kinds: kWh/t is energy use)."""
    kinds = _unit_kinds()
    # ... or by a kind of measure its unit names ("t steam/t starch", "kg/h of steam" measure steam); so is one naming
    # kinds that move both ways, what a machine is fitted with ("a closed steam hood and condensate recovery")
    named, of = way_of(measure.metric, rules), _unit_of_kind(measure.unit, rules)
    name = kinds.get(measure.unit) or kinds.get(unit_head(measure.unit)) or of if named[0] == named[1] \
        else of if of and of not in measure.metric.split() else None  # "your water blancher uses" 2,150 kg of steam
    things = _THINGS_PER.fullmatch(measure.unit)  # things counted, no unit of measure: "pallets", never "hours", "litres"
    if not name and not any(named) and things and unit_head(things.group(1)) == things.group(1) \
            and things.group(1) not in DURATIONS:
        name = measure.unit  # "your nailing line currently turns out" 1,100 pallets per shift: things per a period
    return measure.model_copy(update={"metric": name}) if name else measure


_THINGS_PER = re.compile(r"([a-z-]+s) per [a-z]+")


_SHORT_OF = re.compile(r"^\S+ ([a-z]+)/|^[^\s%]+ of ([a-z]+)\b")  # what a unit is of: "t steam/t starch", "kg/h of steam"


def _unit_of_kind(unit: str, rules: DraftRules) -> str | None:
    """The kind of measure a unit says it is of: "t steam/t starch", "kg/h of steam" are of steam."""
    return next((w for pair in _SHORT_OF.findall(unit) for w in pair if w and is_kind(w, rules)), None)


def units_name(metric: str, words) -> bool:
    """A unit among the words measures the metric's kind: "kWh" is energy use (drafting.yaml kpi unit_kinds)."""
    kinds, named = _unit_kinds(), set(metric.split())
    timed = not named.isdisjoint(_timed_first())  # "czas cyklu", "tempo di ciclo": a time named head first
    return any(not named.isdisjoint(kinds.get(unit_head(w), "").split()) or timed and unit_head(w) in _CLOCK
               for w in words)


_CLOCK = frozenset({"s", "sec", "min", "minutes", "h", "hours", "godz"})  # a duration's units, no days nor shifts


@lru_cache(maxsize=1)
def _timed_first() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["timed_first"]))


def unit_kind(unit: str) -> str:
    """The kind of measure a unit measures ("kwh/kg" is energy use: drafting.yaml kpi unit_kinds), or ""."""
    return _unit_kinds().get(unit_head(unit), "")


@lru_cache(maxsize=1)
def _unit_kinds() -> dict[str, str]:
    return {str(unit): str(name) for name, units in draft_data()["kpi"]["unit_kinds"].items() for unit in units}


def is_kind(metric: str, rules: DraftRules) -> bool:
    return way_of(metric, rules) != (False, False)


def way_of(text: str, rules: DraftRules) -> tuple[bool, bool]:
    """(should go down, should go up) by the words of a metric and its unit. A phrase of several
    words decides first: "time between failures" goes up although "failures" go down."""
    joined = f" {' '.join(normalise(text).split())} "
    if _falling_head(rules).search(joined):
        return True, False  # "throughput time", "yield loss": the time or the loss of what should rise falls
    for phrases, up in ((rules.kpi_higher, True), (rules.kpi_lower, False)):
        if any(" " in p and f" {p} " in joined for p in phrases):
            return (not up, up)
    words = set(joined.split())
    names = words | {w.rstrip("s") for w in words} | set(_compound_heads().findall(joined))
    return not rules.kpi_lower.isdisjoint(names), not rules.kpi_higher.isdisjoint(names)


_HEADS: dict[int, re.Pattern] = {}


def _falling_head(rules: DraftRules) -> re.Pattern:
    """A kind that should rise, then a head that names its time or its loss (drafting.yaml kpi.falling_heads)."""
    found = _HEADS.get(id(rules))
    if found is None:
        ups = alternation(rules.kpi_higher)
        heads = "|".join(map(re.escape, map(str, draft_data()["kpi"]["falling_heads"])))
        found = _HEADS[id(rules)] = re.compile(rf" (?:{ups}) (?:{heads}) ")
    return found


@lru_cache(maxsize=1)
def _compound_heads() -> re.Pattern:
    """A German or Dutch compound names the kind its last part names: "Zinkverbrauch" is a "verbrauch" (drafting.yaml
    kpi.compound_heads)."""
    heads = alternation(draft_data()["kpi"]["compound_heads"])
    return re.compile(rf"(?<=\w\w\w)({heads})(?= )")


def other_kinds(first: str, second: str, rules: DraftRules) -> bool:
    """Both name a kind of measure, and kinds that move opposite ways ("unplanned downtime" and
    "availability"): one's value is no baseline for the other's target."""
    ways = way_of(first, rules), way_of(second, rules)
    return all(w != (False, False) and w[0] != w[1] for w in ways) and ways[0] != ways[1]


def other_kind_only(metric: str, lower: str, rules: DraftRules) -> bool:
    """The baseline's sentence names a kind of measure that moves the other way from the target's, and not the
    target's own: "your line loses 6.5 % of its planned time to changeovers" is no baseline for "an OEE of 78 %"."""
    told = kind_phrase(unnamed_machines(_negated().sub(" ", _conditions().sub(" ", lower))), rules)  # "at a
    # throughput of 1,150 kg/h" is no measure told, nor "passed without retest or repair", nor "a steam pasteurizer"
    own = {w[:5] for w in metric.split() if is_kind(w, rules)}
    # ("mean time between" jams names its kind by a phrase: the jams are its own)
    return bool(own) and other_kinds(metric, told, rules) and not own & {w[:5] for w in lower.split()}


def unnamed_machines(lower: str) -> str:
    """The text with each word right before a machine's name gone ("batch steam pasteurizer" -> "batch
    pasteurizer"): a word that sizes a machine names no measure (drafting.yaml kpi.machine_endings)."""
    return _MACHINE.sub("", lower) if _MACHINE.search(lower) else lower


_ENDINGS = "|".join(map(re.escape, map(str, draft_data()["kpi"]["machine_endings"])))
_MACHINE = re.compile(rf"\b[a-z-]+ (?=[a-z]{{3,}}(?:{_ENDINGS})\b)")


@lru_cache(maxsize=1)
def _negated() -> re.Pattern:
    """What counted things went without: "without retest or repair" (drafting.yaml kpi.kinds_negated)."""
    leads = "|".join(map(re.escape, map(str, draft_data()["kpi"]["kinds_negated"])))
    return re.compile(rf"\b(?:{leads})(?: [^ \d,;:()]+){{1,4}}")


def held_at(lower: str, start: int) -> bool:
    """The number at `start` is what another value is measured at ("guaranteed 1.5 t steam/t starch, proven in a test at
    nameplate capacity of 8 t/h"), or held right after the value ("0.48 t stm/t salt at 45 t/h"): a condition. With no
    value told before it, "at ... of" names where the measure is taken ("rejects at final inspection of 600 ppm")."""
    # a value told before a label's colon ("coater 3 - summary ... what we commit to: ...") is no value measured there
    return any(m.end() - 1 == start and _DIGIT.search(lower, lower.rfind(": ", 0, m.start()) + 1, m.start())
               for m in _conditions().finditer(lower)) or bool(_held_after().search(lower, 0, start))


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1)
def _held_after() -> re.Pattern:
    """A value, its unit's words and a condition's lead right before a number: "0.48 t stm/t salt at "."""
    leads = "|".join(map(re.escape, map(str, draft_data()["kpi"]["condition_leads"])))
    # ... a number's own start, no model's ("machine SP-10 will run at 520 sticks per minute": a name, no value)
    return re.compile(rf"(?<![a-z]-)(?<![\w.,])\d[\d.,]*(?: ?[^\s\d,;:()]+){{1,4}} (?:{leads}) $")


@lru_cache(maxsize=1)
def _conditions() -> re.Pattern:
    """What a value was measured at: "at a throughput of 1,150", "bei einem Durchsatz von 1,150" (drafting.yaml)."""
    kpi = draft_data()["kpi"]
    leads, of = ("|".join(map(re.escape, map(str, kpi[k]))) for k in ("condition_leads", "condition_of"))
    return re.compile(rf"\b(?:{leads})(?: [^ \d.,;:]+){{1,3}} (?:{of}) \d")


def moves_the_right_way(measure: Measure, rules: DraftRules) -> bool:
    """Downtime, scrap and cost go down, OEE and throughput up: a target the other way is no target."""
    if measure.baseline == measure.target:
        return False
    lower, higher = way_of(f"{measure.metric} {_part(measure.unit)}", rules)
    if lower == higher:
        return True  # unknown (or both): the numbers alone cannot tell
    return (measure.target < measure.baseline) == lower


def _part(unit: str) -> str:
    """A share's unit without the whole it is a share of: "6% of output" counts a part of the output
    (broken biscuits, rejects), so "output" says nothing of which way the part should move."""
    return unit.split(" of ", 1)[0] if unit.startswith("%") else unit
