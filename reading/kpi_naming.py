"""Which measure a value's own words name: a change of a measure ("cut rinse water consumption by 35 %", "halve brake
disc scrap") applies only to a value told as that measure's ("46 m3 of rinse water a day"), never to another number
of the text ("62 working days", "two set-ups")."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Measure

from .draft_rules import DraftRules, draft_data
from .kpi_kinds import is_kind, units_name
from .kpi_numbers import NUMBER, YEAR, is_attribute, is_time, unit_head
from .phrases import PhraseSet, normalise, tokens
from .quantities import DURATIONS

_STEM = 5
_PARTICIPLES = {str(k): str(v) for k, v in draft_data()["kpi"]["participles"].items()}


def stems(words) -> set[str]:
    """Words alike by their first letters: "cleaning" and "clean", "rejects" and "reject"; a short
    word as it is ("gas"); a participle as its verb ("broken" and "breakage", drafting.yaml kpi.participles)."""
    words = [_PARTICIPLES.get(w, _unsplit(w)) for w in words]
    long = [w for w in words if len(w) > 3]  # ... and a plural of a short word as the word: "leaks" and "leak"
    return {w[:_STEM] for w in long} | {w[:-1] for w in long if w.endswith("s") and len(w) <= _STEM} \
        | {w for w in words if len(w) == 3 and w.isalpha()}


_SEPARABLE = re.compile("^(" + "|".join(sorted(map(re.escape, map(str, draft_data()["kpi"]["separable"])), key=len,
                                                 reverse=True)) + ")ge(?=[a-zäöüß]{4})")


def _unsplit(word: str) -> str:
    """A German or Dutch participle of a verb with a separable prefix, without its "ge": "nachgearbeitet" is
    "nacharbeitet", alike to "Nacharbeit" (drafting.yaml kpi.separable)."""
    return _SEPARABLE.sub(r"\1", word) if "ge" in word else word


@lru_cache(maxsize=16384)
def said_stems(words: tuple[str, ...]) -> frozenset[str]:
    """A sentence's stems, once however many targets of a long text look back at it."""
    return frozenset(stems(words))


def names_measure(metric: str, lower: str, start: int, end: int, unit: str, rules: DraftRules) -> bool:
    """The value at lower[start:end] is told as a value of `metric`: its own words (its clause, back to the mark or
    number before it and on to the one after) hold the stem of the measure's kind ("46 m3 of rinse water a day" for
    "rinse water consumption"), or its unit is of that kind: kWh for energy, a share for a rate or share, a
    duration for a time ("42 hours" for "unplanned downtime")."""
    heads = _heads(metric, rules)
    if not heads:
        return True  # the change names nothing to check ("halve it"): the value's own sentence names it
    words = own_words(lower, start, end) + _WORD.findall(unit)  # "3.1 m3 of natural gas per 100 kg"
    kpi, last = draft_data()["kpi"], _WORD.findall(metric)[-1]
    share, duration = unit.startswith("%") or unit_head(unit) == "ppm", unit_head(unit) in DURATIONS or is_time(unit)
    said, named = stems(words), stems(heads) & stems(words)
    if any(last.endswith(str(w)) for w in kpi["timed"]):  # "downtime", "changeover time": a time told of its own
        # words ("30 hours a month to unplanned stops") or a share of time ("downtime is 8 %"); never "48 changeovers
        # a week", "4 weeks of sampling"
        # ... or a share of time its own words tell with another word of the name ("stood still for 11 % of planned
        # time for unplanned reasons" for "unplanned downtime")
        of_time = share and not {str(w) for w in kpi["timed"]}.isdisjoint(words)
        return bool((duration or of_time) and said & stems(_WORD.findall(metric)) or share and named)
    if named or units_name(metric, [unit] + words):
        return True
    # "3.6 % of the skis" for "the rework rate", "85.0 % of the oil" for a yield, "11 %" of the knives sent back
    return share and (last in kpi["share_ends"] or last in kpi["rate_ends"] or not set(heads).isdisjoint(_shares())
                      or any(map(counted, _WORD.findall(metric))))


def counted(word: str) -> bool:
    """A plural noun that is no unit names the things counted: "boxes", "rejects", "knives" (never "hours", "tonnes"):
    a share of all made is a value of theirs."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and word.isalpha() \
        and unit_head(word) == word and not is_time(word)  # "tonnes" is t, a unit


def _heads(metric: str, rules: DraftRules) -> list[str]:
    """The words that name what a change is of: its kinds of measure ("scrap" of "brake disc scrap"), else its head,
    the last word ("times" of "batch times": the batches are what is timed, not the measure)."""
    words = _WORD.findall(re.split(r"[,;:()]", metric)[0])  # "stand, counted over the first 400" is of the stand
    kinds = [w for w in words if is_kind(w, rules)]
    # a participle after the noun ("the diesel used per tonne", "the agave needed") leaves the noun its head
    noun = words[-2:-1] if len(words) > 1 and _participle(words[-1]) and len(words[-2]) > 2 else []
    return kinds + noun or [w for w in words[-1:] if len(w) > 2 and w.isalpha()]


def _participle(word: str) -> bool:
    """A past participle: a regular one ("used", "consumed"; never "speed", "feed") or one drafting.yaml
    kpi.irregular_participles lists."""
    return len(word) > 3 and word.endswith("ed") and not word.endswith("eed") or word in _IRREGULAR


_IRREGULAR = frozenset(map(str, draft_data()["kpi"]["irregular_participles"]))


def own_words(lower: str, start: int, end: int) -> list[str]:
    """The words of a value's own clause: back to the mark or value before it (a label's colon stays: "Scrap
    today: 6.4 %"), on to the mark or value after it; a digit in a name ("the T2 generator") or a year ends nothing."""
    # an aside in brackets closed before the value is no part of its clause: "scrap on your line (edge trim not
    # counted) averaged 6.5 %" is still told of scrap
    lower = _ASIDE.sub(lambda m: " " * len(m.group(0)) if m.end() <= start else m.group(0), lower)
    values = [m for m in NUMBER.finditer(lower) if not _a_name(lower, m)]
    back = max([lower.rfind(c, 0, start) for c in _MARKS if c != ":"] + [m.end() - 1 for m in values
                                                                         if m.end() <= start], default=-1)
    ahead = [i for i in (lower.find(c, end) for c in _MARKS) if i >= 0]
    ahead += [m.start() for m in values if m.start() >= end]
    return _WORD.findall(lower[back + 1:start] + " " + lower[end:min(ahead, default=len(lower))])


def _a_name(lower: str, match) -> bool:
    """A number that names a thing or a time, no value: "t2", "line 2", "press 7", "in 2025"."""
    before = lower[max(0, match.start() - 16):match.start()].split()
    return lower[match.start() - 1:match.start()].isalnum() or bool(YEAR.fullmatch(match.group(1))) \
        or is_attribute(lower, match.start()) or bool(before) and before[-1] in _named()


@lru_cache(maxsize=1)
def _named() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["names_before"]))


@lru_cache(maxsize=1)
def _shares() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["share_kinds"]))


_MARKS = ",;:()"
# ... and one between spaced dashes: "Nel 2025 le rotture - grissini spezzati, piegati o fuori misura - sono state in
# media del 4,5 %" is told of the breakage (never a range's "2-3" nor a hyphened word)
_ASIDE = re.compile(r"\([^()]*\)|(?<=\s)[-–—]\s[^-–—()\d]*?\s[-–—](?=\s)")
_WORD = re.compile(r"[^\W\d_]+")  # "fresh-water" is "fresh" and "water"


def pays_back(said: list[str]) -> bool:
    """Whether a sentence's words tell a payback period (drafting.yaml kpi.payback): how soon the offer pays for itself,
    no measure of the plant, so no baseline or target of one ("Payback expected in 22 months")."""
    return bool(_payback().find(said))


@lru_cache(maxsize=1)
def _payback() -> PhraseSet:
    return PhraseSet.of(draft_data()["kpi"]["payback"], "payback")


def pledge_only(metric: str, rules: DraftRules) -> bool:
    """A metric named only by the words that commit to it or label its target ("Zusage", "Guarantee", "we
    guarantee"): the sentence's label, never the measure, which the measure's own sentences name instead."""
    words = [w for w in metric.lower().split() if w not in rules.kpi_trim]
    return bool(words) and all(w in _pledges() for w in words)


def names_what_changes(measure: Measure) -> bool:
    """The change's name says what changes, not only that it does: "réduction de 6 à 9 %" is a range of a cut's share
    (walk76), no reduction going from 6 to 9 % (a noun or verb of change, drafting.yaml kpi.relative down, up, nouns).
    A change named by its word alone whose values move the way that word says is a change all the same: "we commit to
    raising it from 41.5 % to 42.8 %" (what "it" points back at named before)."""
    words = [w for w in tokens(normalise(measure.metric or "")) if w.isalpha()]
    if not words or not all(w in _change_words() for w in words):
        return True
    if measure.baseline is None or measure.target is None or measure.baseline == measure.target:
        return False
    down, up = _change_words("down"), _change_words("up")
    if any(w in down for w in words) and any(w in up for w in words):
        return False  # both ways named: which it says is unclear
    return (measure.target < measure.baseline) if any(w in down for w in words) else (measure.target > measure.baseline)


@lru_cache(maxsize=3)
def _change_words(way: str = "") -> frozenset[str]:
    """The one-word verbs and nouns of a change (drafting.yaml kpi.relative), or of a change `way` ("down", "up")."""
    relative = draft_data()["kpi"]["relative"]
    ways = [way] if way else ["down", "up"]
    said = [w for each in ways for w in (*relative[each], *relative["nouns"][each])]
    return frozenset(str(w).lower() for w in said if " " not in str(w))


@lru_cache(maxsize=1)
def _pledges() -> frozenset[str]:
    """The one-word cues of a commitment (drafting.yaml kpi.commits)."""
    return frozenset(w for w in map(str, draft_data()["kpi"]["commits"]) if " " not in w)


def offer_term(measure: Measure, said: str, rules: DraftRules) -> bool:
    """A term of the offer, no measure of the plant: a bare duration where the words said name a guarantee or a trial
    ("the pilot will run from 4 to 6 weeks"; "70 minutes per cleaning cycle" is a measure), an amount of money where they
    name a price or a fee, and a metric that names what the system is built to ("camera resolution", "battery life");
    never when the metric names a kind of measure (drafting.yaml kpi.terms)."""
    terms, head = term_words(), unit_head(measure.unit)
    if not terms["specs"].isdisjoint(tokens(normalise(measure.metric))):
        return not is_kind(measure.metric, rules)  # "camera resolution from 5 to 12 megapixels": the system's own
    words = set(tokens(normalise(said)))
    bare = " " not in measure.unit and "/" not in measure.unit
    named = bare and not terms["durations"].isdisjoint(words) if head in DURATIONS | terms["duration_units"] else \
        not terms["money"].isdisjoint(words) and head in _money()
    return named and not is_kind(measure.metric, rules)


@lru_cache(maxsize=1)
def term_words() -> dict[str, frozenset[str]]:
    return {kind: frozenset(map(str, words)) for kind, words in draft_data()["kpi"]["terms"].items()}


@lru_cache(maxsize=1)
def _money() -> frozenset[str]:
    """Currency units as the sentence is read ("1,200 eur", "950 kusd": drafting.yaml kpi.unit_kinds cost)."""
    return frozenset(map(str, draft_data()["kpi"]["unit_kinds"]["cost"]))
