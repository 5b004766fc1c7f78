"""A change relative to today's value ("we will halve that giveaway", "reduce the water use per tonne by 25 %") with
the baseline the text states, in its own sentence or another, and the target that baseline comes to."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from questions.models import Measure

from .draft_rules import DraftRules, draft_data
from .kpi_bounds import measured_on
from .kpi_change import change_start, read_relative
from .kpi_kinds import is_kind, kind_phrase, moves_the_right_way, other_kinds, way_of
from .kpi_metric import metric_before, noun_phrase
from .kpi_naming import counted, names_measure, stems
from .kpi_numbers import NUMBER, YEAR, as_read, grammar, in_unit, is_time, unit_of, value_of
from .kpi_pairing import CUE_WORDS, baseline_for, said_today
from .kpi_said import said_in_unit
from .kpi_today import today_tail
from .phrases import normalise, tokens
from .text import Sentence
from .word_regex import alternation


def relative_measure(sentences: list[Sentence], rules: DraftRules, at: int,
                     read: dict | None = None) -> tuple[Measure, Sentence] | None:
    """A change relative to today's value ("we will halve that giveaway") with the baseline the
    text states ("an average overfill of 7.5 g per pack"), or an earlier clause of its own sentence
    states, and that sentence. Of two changes one clause joins ("reducir el consumo de gas un 8 % y las paradas no
    programadas un 30 %"), each its own measure's: the one the baseline's sentence names best. `read`: the changes
    each text states, kept by a caller that asks of a line said again (a 100-page offer's running lines) many times:
    a sentence's changes are its text's alone, only their baselines are looked for around it."""
    text = sentences[at].text
    said = read.get(text) if read is not None else None
    if said is None:
        said = _changes(text)
        if read is not None:
            read[text] = said
    lower, change, second, again = said
    first = change and _relative(sentences, rules, at, lower, change)
    second = again and _relative(sentences, rules, at, second, again)
    if not second:
        return first
    return second if not first or _named_share(second) > _named_share(first) else first


def _changes(text: str) -> tuple:
    """The sentence as read with the change it states, and as read with its first of two joined changes left out with
    the change that states (`_second_change`: "" and None with one change)."""
    lower = as_read(text)
    second = _second_change(lower)
    return lower, read_relative(lower), second, second and read_relative(second)


def _second_change(lower: str) -> str:
    """The sentence read with its first of two joined changes left out: "reducir el gas un 8 % y las paradas un 30 %"
    as "reducir las paradas un 30 %", "-8 % de gas y -30 % de paradas" as "-30 % de paradas"; "" with one change."""
    start = change_start(lower)
    joined = _JOINED().search(lower, start)
    if not joined:
        return ""
    verb = re.match(r"[^\W\d][\w-]* ", lower[start:])  # a verb the changes share stays; a sign starts the change
    return lower[:start] + (verb.group(0) if verb else "") + lower[joined.end():]


@lru_cache(maxsize=1)
def _JOINED() -> re.Pattern:  # noqa: N802: a first change's share, a join (drafting.yaml kpi.grammar joins), a second
    return re.compile(rf"\d[\d.,]*\s?(?:%|percent|per cent|por ciento|pour cent|prozent)(?:\s[^,;:\d]*?)?\s(?:{grammar('joins')})\s+"
                      rf"(?=[^,;:]*?[-−]?\d[\d.,]*\s?(?:%|percent|per cent|por ciento|pour cent|prozent))")


def _named_share(found: tuple[Measure, Sentence]) -> float:
    """How much of a change's measure name the baseline's sentence says: "las paradas ... 41 horas" names the stops
    whole, the gas use hardly."""
    named = stems(w for w in found[0].metric.lower().split() if w.isalpha())
    return len(named & stems(tokens(normalise(found[1].text)))) / len(named) if named else 0.0


def _relative(sentences: list[Sentence], rules: DraftRules, at: int, lower: str,
              change) -> tuple[Measure, Sentence] | None:
    """The change `lower` states (read_relative), with its baseline."""
    back = not change.metric or bool(_POINTS_BACK.search(lower, 0, lower.find(change.metric)))
    named = bool(change.metric) and not back
    named_words = [w for w in change.metric.split() if w not in _tense()]  # "has been halved" names no measure
    after = _today_after(lower, rules)
    # a change told after what changes ("the use of the lines has increased by 15%") is a result of its own:
    # its baseline is in its own sentence, never another line's value
    # ... unless it is to come in a committed sentence ("our commitment: the firing loss goes down by 2.5 points")
    own = change.told_first and not (change.coming and rules.kpi_commits.find(tokens(normalise(lower))))
    found = (after[0], sentences[at], after[1], "") if after else None if own else \
        _told_baseline(sentences, change, rules, at, named, back)
    if found and _its_share(found[::2], change) and re.search(r"[-−+]\s*$", found[3]):
        return None  # "Snížení výpadků o 70 %." beside "-70 % Neplánované výpadky": the same share said again, signed
    if found:
        baseline, source, unit, said_before = found
        if source is sentences[at] and unit == "%" and not after and not said_today(said_before, rules) \
                and not _clause_before(lower, said_before):
            return None  # the change's own share, not a value of today ("by 6 points from today's 72%" is)
        told = _had(metric_before(said_before, rules), source, said_before, unit, rules)
    else:
        own = _own_clause(lower, rules, " ".join(named_words) if named else "", change)
        if not own:
            return None
        (baseline, unit, told), source = own, sentences[at]
    if change.metric and other_kinds(change.metric, told, rules):
        return None  # "yield improved from 92.3% to 96.5% while reducing unplanned downtime by 54%": yield's value
    if change.unit:  # "by 5 minutes": an amount in today's unit (a duration converted), else no change of it
        points = in_unit(change.points, change.unit, unit)
        if points is None:
            return None
        change = replace(change, points=points)
    # "halve that figure": a word that names no metric points back to the one the baseline's sentence names
    metric = noun_phrase(change.metric.split(), rules) or told
    if change.better:  # "improve the cell's OEE by 8 points": the way OEE is better; "improve the line" tells none
        falls, rises = way_of(metric, rules)
        if falls == rises:
            return None
        change = change.downward() if falls else change
    unit = _head_unit(unit, metric)
    target = _stated_value(lower, unit, change.target(baseline))
    measure = Measure(metric=metric, unit=unit, baseline=baseline, target=target)
    return (measure, source) if measure.metric and moves_the_right_way(measure, rules) else None


def _had(told: str, source: Sentence, said_before: str, unit: str, rules: DraftRules) -> str:
    """A value told as what a thing has ("a linha tem hoje 1 000 h/ano de paragens", "linia ma obecnie 1 140 h/rok
    przestojów") measures the noun after its unit, never the thing and its verb of having (drafting.yaml kpi.has)."""
    said = told.split()
    had = next((i for i, w in enumerate(said) if w in _HAS), None)
    if had is None or said[had + 1:] and not today_tail(said[had + 1:], rules):
        return told
    lower = as_read(source.text)
    after = re.match(rf"\s*\d[\d.,]*\s?{re.escape(unit)}\s+(?:(?:{alternation(_OF)})\s+)?([^\W\d_][\w-]*)",
                     lower[lower.find(said_before) + len(said_before):]) if said_before in lower else None
    named = after and after.group(1)  # a word of today or a short word ("em", "na") names nothing
    return named if named and (is_kind(named, rules) or len(named) > 3 and not rules.kpi_baselines.find([named])) \
        else told


_HAS = frozenset(map(str, draft_data()["kpi"]["has"]))
_OF = ("of", "de", "di", "da", "do", "van", "av", "des", "du", "der")


def _clause_before(lower: str, said_before: str) -> bool:
    """The value is told in a clause of its own before the change's ("scrap is 9 % today; we halve it"): today's."""
    return lower.startswith(said_before) and ";" in lower[len(said_before):change_start(lower)]


def _head_unit(unit: str, metric: str) -> str:
    """A count's unit as the things counted: "41 unplanned corrugator stops" read "unplanned", a word the measure's
    name opens with, is counted in "stops", its name's last word (walk 75), so the target told in it ("no more than 29
    stops") is the one stated, not a share of 41 recomputed."""
    words = metric.split()
    said = stems([unit.lower()]) if unit.isalpha() else set()  # a word, no "%", no "hours per shift"
    return words[-1] if len(words) > 1 and said and said <= stems(w.lower() for w in words[:-1]) else unit


def _told_baseline(sentences: list[Sentence], change, rules: DraftRules, at: int, named: bool, back: bool):
    """Today's value of what the change names, told in another sentence or before it: a share's in % first ("halve
    the rework rate" takes "3.6 % of the skis", not "41 seconds per ski"); "the water use per tonne" only per tonne."""
    unit = f"per {change.per}" if change.per else ""
    # a change to come told after what changes holds no value of today ("the yield on line 3 rises by 3 points")
    # ... and a share pointed back at ("halve that reject rate") is the share told before, never a count in brackets
    # beside it ("5.8 % of the sticks (about 14,000 a day)")
    found = (named or back) and not unit and _a_share(change.metric, rules) and \
        baseline_for(sentences, Measure(metric=change.metric, unit="%"), rules, at, named, back, named, change.coming)
    found = found or baseline_for(sentences, Measure(metric=change.metric, unit=unit), rules, at, named, back, named,
                                  change.coming)
    if found or not (named and change.per):
        return found
    # "die Zykluszeit je Palette um 20 Prozent": a time told as the named measure's own ("Die Zykluszeit je Palette
    # betrug ... 118 s") is that time per the thing the measure is named per
    timed = baseline_for(sentences, Measure(metric=change.metric, unit=""), rules, at, named, back, True, change.coming)
    if timed and is_time(timed[2]):
        return timed
    if not _timed(change.metric):
        return _per_base(sentences, change, rules, at, back)
    # ... and a time counted per the same base is the timed measure's however its sentence names it: "48 minutes per
    # mould change" for "cut the set-up time per mould change by a third"
    based = baseline_for(sentences, Measure(metric=change.metric, unit=unit), rules, at, False, back, False,
                         change.coming)
    return based if based and is_time(based[2].partition(" per ")[0]) else None


def _per_base(sentences: list[Sentence], change, rules: DraftRules, at: int, back: bool):
    """An amount told per the change's own base in the value's clause ("18 g Kraut je 850-ml-Dose" for "die
    Überfüllung je 850-ml-Dose um zwei Drittel"): that measure's value, in its unit per the base."""
    said = baseline_for(sentences, Measure(metric=change.metric, unit=""), rules, at, False, back, False, change.coming)
    if not said or is_time(said[2]) or " per " in f" {said[2]} ":
        return None
    lower = as_read(said[1].text)
    clause = re.split(r"[;:,()]", lower[lower.find(said[3]) + len(said[3]):] if said[3] in lower else "")[0]
    return (said[0], said[1], f"{said[2]} per {change.per}", said[3]) \
        if re.search(rf"\b(?:per|je|pro) {re.escape(change.per)}\b", clause) else None


def _timed(metric: str) -> bool:
    """The measure is named as a time ("changeover time", "batch times": drafting.yaml kpi.timed)."""
    return metric.split()[-1:] in ([str(w)] for w in draft_data()["kpi"]["timed"])


def _a_share(metric: str, rules: DraftRules) -> bool:
    """The metric is named as a share of what is made: "the offcut share", "the leak reject rate" (a rate of a
    kind that should fall; never "the flow rate"), or as the things counted ("halve the short boxes": their share of
    all boxes, never "the declared 40 matches" a box holds); a unit ("hours") is no thing counted."""
    words, kpi = metric.split(), draft_data()["kpi"]
    last = words[-1] if words else ""
    return last in kpi["share_ends"] or last in kpi["rate_ends"] and way_of(" ".join(words[:-1]), rules)[0] \
        or any(map(counted, words))


@lru_cache(maxsize=1)
def _tense() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["tense_words"]))


def _today_after(lower: str, rules: DraftRules) -> tuple[float, str] | None:
    """(value, unit) today's value told right after the change's own share, from where it changes or as its
    baseline ("fell by 40% from 300 hours a year", "down by 35% against the 2023 baseline of 4.2%")."""
    values = [v for v in NUMBER.finditer(lower, change_start(lower))  # no year, no name's digit ("q1")
              if not YEAR.fullmatch(v.group(1)) and not lower[v.start() - 1:v.start()].isalnum()]
    if len(values) < 2 or unit_of(values[0].group(2)) not in _SHARES:
        return None
    between = lower[values[0].end():values[1].start()]
    if _WINDOW.search(between) or is_time(unit_of(values[1].group(2))) and _SPAN.search(between) \
            or any(a <= values[1].start() < b for a, b in measured_on(lower)):
        return None  # "by 40 %, measured on the first eight blocks", "... over 8 weeks", "measured on two models"
    if is_time(_compound_time(lower, values[1].end())):
        return None  # "by 35 %, against a 2-week baseline": a duration that sizes a noun is a window, no value
    said = tokens(normalise(between))
    if any(said[-len(p):] == p for p in _against()):  # "... par rapport à la référence de 4 200 m³/mois"
        return value_of(values[1].group(1)), unit_of(values[1].group(2))
    if len(said) > CUE_WORDS + 3 or not ("from" in said or rules.kpi_baselines.find(said)):
        return None
    return value_of(values[1].group(1)), unit_of(values[1].group(2))


@lru_cache(maxsize=1)
def _against() -> tuple[list[str], ...]:
    """The words right before the value a change is told against (drafting.yaml kpi.relative.against)."""
    return tuple(tokens(normalise(str(p))) for p in draft_data()["kpi"]["relative"].get("against", []))


def _compound_time(lower: str, end: int) -> str:
    """The word a number is hyphened to when it sizes the noun after it ("a 2-week baseline", "a 30-day trial")."""
    joined = _HYPHENED.match(lower, end)
    return joined.group(1) if joined else ""


_HYPHENED = re.compile(r"-([a-z]+)\b")
_SHARES = ("%", "percent", "per cent")
_SPAN = re.compile(r"\b(?:over|during|for|across|within|throughout)(?: the| a)? $")  # a time measured over
_WINDOW = re.compile(r"\b(?:on|over|during|for|in|across) (?:the |a |its )?(?:first|next|following|coming) $")


def _own_clause(lower: str, rules: DraftRules, metric: str, change) -> tuple[float, str, str] | None:
    """(value, unit, the kind of measure named) of an earlier clause of the change's own sentence that
    names a kind of measure and holds one value ("the press hall loses EUR 1.2M a year to curing
    defects; we expect to halve this"); "in 2 weeks, we will halve it" names no measure. A change that names its
    measure takes only a value told as that measure's ("coating rework went from 3.8 % to 1.4 %, and paint use
    fell by 11 %": rework's value, paint's change)."""
    end = max(lower.rfind(c, 0, change_start(lower)) for c in ";:,")
    said = list(said_in_unit(lower[:end], Measure(metric=""))) if end > 0 else []
    said = [s for s in said if names_measure(metric, lower[:end], s[5], s[4], s[1], rules) and not _its_share(s, change)]
    kind = kind_phrase(lower[:end], rules) if len(said) == 1 else ""
    return (said[0][0], said[0][1], kind) if kind else None


def _its_share(said: tuple, change) -> bool:
    """The value is the change's own share, told in a German clause whose verb comes last ("..., den Verbrauch um 30
    Prozent zu senken", so ...) or in another line ("-70 % Neplánované výpadky"): how much, never today's value."""
    return said[1] == "%" and not change.points and abs(said[0] - round(abs(1 - change.factor) * 100, 6)) < 1e-6


# "halve that giveaway", "raises this yield", "halbieren wir diesen Bruchanteil": the change points back to a value
# told before, however named (drafting.yaml kpi.relative pointing)
_POINTERS = sorted(map(re.escape, map(str, draft_data()["kpi"]["relative"]["pointing"])), key=len, reverse=True)
_POINTS_BACK = re.compile(r"(?<![\w'])(?:" + "|".join(_POINTERS) + r")\s+$")


def _stated_value(lower: str, unit: str, computed: float) -> float:
    """The value the change's sentence states it comes to ("15 % less, about 1,260 MWh": 1,260, not
    1,258), when one in the same unit lies within a rounding of the computed target; else that target."""
    for match in NUMBER.finditer(lower):
        value = in_unit(value_of(match.group(1)), unit_of(match.group(2)), unit)
        if value is not None and value != computed and abs(value - computed) <= _ROUNDING * abs(computed):
            return value
    return computed


_ROUNDING = 0.05  # a vendor rounds the value a share of today's comes to: 1,258 is "about 1,260"
