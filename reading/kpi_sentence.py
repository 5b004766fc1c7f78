"""The change or target one sentence states: "from 9.1% to 6.4%", "61% today, 70% by Q3", "the
target is 8%" (with the value the same sentence gives for today as its baseline)."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Measure

from .draft_rules import DraftRules, draft_data
from .kpi_clauses import next_to_metric
from .kpi_bounds import ASIDE as _ASIDE
from .kpi_bounds import (DEPENDING, TODAY_IN_BRACKETS, bounded_change, bounded_values, bracketed_range, first_match,
                         is_bounded, measured_on, range_end, rate_bases, sizes_of_things, unmoved_span, variants)
from .kpi_change import change_amounts
from .kpi_kinds import held_at, is_kind, kind_phrase, moves_the_right_way
from .kpi_metric import metric_before, named_kpi
from .kpi_naming import offer_term, term_words
from .kpi_source import compared_spans
from .kpi_today import marked_baseline, marked_starts
from .kpi_wrapped import wrapped_value
from .kpi_numbers import (LEAD, NUM, NUMBER, UNIT, YEAR, as_read, grammar, in_unit, is_attribute, is_time, unit_head,
                          unit_of, value_of)
from .phrases import normalise, tokens
from .quantities import DURATIONS, between, inside, name_spans, no_values, spread_before
from .quantities import SIGN
from .word_regex import alternation

# a short ceiling or floor written right before the value it bounds: "a rework rate of max. 2,0 %", "höchstens 1,5 %"
_SHORT = "|".join(re.escape(str(w)) + " " for w in draft_data()["kpi"]["short_bounds"])
_BOUND = r"(?:about |around |roughly |below |under |less than |at most |" + _SHORT + ")?"
_FROM, _TO = grammar("from"), grammar("to")  # "von 90 minuten auf 35 minuten", "van ... naar" (kpi.grammar)
_THEN_TO = _TO + "|" + grammar("to_after_from")  # "de 1,9 a 1,6 kwh/m²": "a" is "to" only after a "from" value
_FROM_TO = re.compile(r"\b(?:" + _FROM + ") " + LEAD + NUM + r" ?" + UNIT +
                      r" (?:down |up )?(?:" + _THEN_TO + ") " + _BOUND + SIGN + r"?" + NUM + r" ?" + UNIT)
# Read after every other way: between the two values an aside says when or where today's was counted ("from 23 in
# 2025 (8D log) to fewer than 5"), and the target may be a count's bound ("to fewer than 5", "to no more than 3")
_FROM_ASIDE_TO = re.compile(r"\b(?:" + _FROM + ") " + LEAD + NUM + r" ?" + UNIT + _ASIDE +
                            r" (?:down |up )?(?:" + _THEN_TO + ") (?:fewer than |no more than |weniger als |minder dan |"
                            r"unter )?" + _BOUND + SIGN + r"?" + NUM + r" ?" + UNIT)
# the period today's value was counted in is told the same way ("from 4.5 % in fy2024 to 2.5 %": kpi_bounds.ASIDE)


# "rise to 70 % from 58 % today": the target first ("up to 30 % from ..." is a claim's ceiling)
_TO_FROM = re.compile(r"(?<!\bup )\bto " + LEAD + NUM + r" ?" + UNIT + r" from " + LEAD + NUM + r" ?" + UNIT)


# "3.2% today -> 2.0% target": the first value may say it is today's before the arrow
# ... or when it was counted, in brackets ("4.8 % (2025) -> 2.9 % (2027)": kpi_bounds.ASIDE)
_ARROW = re.compile(NUM + r" ?" + UNIT + r"(?: (?:today|now|currently|as is))?" + _ASIDE + r" ?(?:->|→|=>) ?" + NUM +
                    r" ?" + UNIT)


# ... and a bound of any language of kpi.bounds told in words: "podniesie wydajność do co najmniej 74,0 %", "ten hoogste
# 3,5 %" (one word, "unter", "über", also leads to a window: "nachgewiesen über 6 Wochen")
_BOUNDS = "|".join(sorted((re.escape(str(w)) for w in [*draft_data()["kpi"]["bounds"]["below"],
                                                       *draft_data()["kpi"]["bounds"]["above"]] if " " in str(w)),
                          key=len, reverse=True))
_TARGET = re.compile(r"(?:\btargets?|\bdown to|\bup to|\bbelow|\bunder|\bless than|\bfewer than|\bat most|\babove|\bover|\bat least|"
                     r"\bexceed|\bmore than|\bhigher than|\blower than|"
                     r"\breach|\bgoal|\bis|\bbe|\bat|\bof|<=?|≤|>=?|≥|:|,|\b(?:" + _TO + r")|(?<!\w)(?:" + _BOUNDS + r")) (?:" + _SHORT + ")?" +
                     LEAD + NUM + r" ?" + UNIT)
# ... or a short bound of its own after a commitment: "wij garanderen maximaal 30", "Vi garanterar att andelen ... blir
# högst 1,8 %" ("aw-Wert höchstens 0,90" in a sentence that commits to nothing is none)
_SHORT_LED = re.compile(r"(?<![\w.])(?:" + _SHORT + ")" + LEAD + NUM + r" ?" + UNIT)


# "61% today, 70% by Q3", "1.92 MWh/t today (Q3 average) to 1.80 MWh/t in 12 months"
_TODAY_BY = re.compile(NUM + r" ?" + UNIT + r" today(?: \([^)]{0,40}\))?,? (?:and |to )?" + NUM + r" ?" + UNIT +
                       r" (?:by|in|within|after)\b")


# "9 h/week in Q3 2026 (your QA time sheets) to 2 h/week by 31 May 2027": a value, when or where it was
# measured, and the value it is to reach by a date (a range's ends have no date to reach: "4 to 6 hours
# by hand" is none)
_SINCE_BY = re.compile(NUM + r" ?" + UNIT + r"(?: (?:in|during|over|for) [^,;()]{1,25}?)?(?: \([^)]{0,40}\))?,? to " +
                       NUM + r" ?" + UNIT + r" (?:by (?:the )?(?:end|mid|q[1-4]|\d|jan|feb|mar|apr|may|jun|jul|aug|sep|"
                       r"oct|nov|dec|week|month|year|next)|within)")


# "today 42 hours per month ..., with a target of 20 hours per month", "the measured baseline is 14 stops
# per week; we will reduce it to 6": a value said to be today's, then one said to be aimed at
_NOW = r"\b(?:today|currently|at present|(?:baseline|now)(?: is| of| at|:)?|(?:is|are|stands at|runs at) (?:now|today|currently))"


_AIM = (r"(?:\b(?:targets?|goal|aim|objective)(?: is| of| at|:)?|\b(?:reduce|bring|cut|lower|get|raise|increase|improve|"
        r"push|take)(?: it| this| that| them| the figure)?(?: down| up| back)? to|\bdown to|\bup to)")


_NOW_AIM = re.compile(_NOW + r",? " + LEAD + NUM + r" ?" + UNIT + r"[^.!?]{0,120}?" + _AIM + r",? " +
                      r"(?:about |around |roughly |below |under |less than |at most |at least )?" + SIGN + r"?" + NUM + r" ?" + UNIT)


def _since_by(lower: str) -> re.Match | None:
    """_SINCE_BY where both values carry their unit ("OEE on line 2 to 72 % within a year" starts from a name)."""
    match = _SINCE_BY.search(lower)
    return match if match and unit_of(match.group(2)) else None


def read_change(text: str, rules: DraftRules) -> Measure | None:
    """The change one sentence states (from X to Y, X -> Y, X today, Y by ...), or None."""
    lower = as_read(text)
    match = first_match(lower, _FROM_TO, _FROM_ASIDE_TO) or TODAY_IN_BRACKETS.search(lower) or _ARROW.search(lower) \
        or _TODAY_BY.search(lower) or _since_by(lower) or _NOW_AIM.search(lower)
    inverted = not match and _TO_FROM.search(lower)
    match = match or inverted or _FROM_ASIDE_TO.search(lower) or bounded_change(lower)
    if not match:
        return _by_to(lower, rules)
    baseline, unit1, target, unit2 = bounded_values(match) if is_bounded(match) else match.groups()
    if inverted:
        target, unit2, baseline, unit1 = baseline, unit1, target, unit2
        if YEAR.fullmatch(baseline) and not unit_of(unit1):
            return None  # "we commit to EUR 1.6M a year from 2028": from when, not from what
    unit1, unit2 = unit_of(unit1), unit_of(unit2)
    if match.re in (_FROM_TO, _FROM_ASIDE_TO) and (unmoved_span(lower, match) or bracketed_range(lower, match)):
        return None  # "el piloto dura de 4 a 6 semanas": a span; "(finura R90 del 10 al 12 %)": a spec's range
    if spread_before(lower, match.start()) or DEPENDING.match(lower, match.start()) \
            or sizes_of_things(lower, match.start(), unit2 or unit1):  # "0.3 % of wheels from 300 to 750 mm"
        return None  # "stops lasted from 3 hours to 2 days", "from 12,000 to 18,000 depending on options": a range
    before = in_unit(value_of(baseline), unit1, unit2) if unit1 and unit2 else value_of(baseline)
    if before is None:
        return None  # "from 40% to 12 hours": two measures ("MTTR from 2 hours to 45 minutes" is one)
    if any(YEAR.fullmatch(n) for n in (baseline, target)) and not (unit1 or unit2):
        return None  # "from 2021 to 2024"
    unit = unit2 or unit1
    # "- 820 -> 740 kWh per tonne of good castings": with nothing before the numbers, the unit names the measure
    # ("from 1 to 5 double-backers per site", no metric before it, is a range of sizes)
    named = unit if " " in unit and match.re is not _FROM_TO else ""
    metric = named_kpi(lower, rules) or metric_before(lower[:match.start()], rules) or named
    measure = Measure(metric=metric, unit=unit, baseline=before, target=value_of(target))
    if not unit and not is_kind(metric, rules):
        return None  # "migrate your firmware from 2.1 to 2.4": bare numbers of no kind of measure
    if offer_term(measure, lower[:match.start()], rules):
        return None  # "the pilot will run from 4 to 6 weeks", "prices drop from eur 1,200 to eur 950": the offer's terms
    if not moves_the_right_way(measure, rules):
        return None
    return _then_aimed(measure, lower, match, rules) or measure


# "raise oee by 8 points to 70 %", "cut scrap by 40 % to 3 %": how much a change is, then the value it comes to
_BY_TO = re.compile(r"\bby (\d+(?:\.\d+)?) ?(%|percentage points?\b|points?\b|pp\b|pts\b) to " + LEAD + NUM + r" ?" +
                    UNIT)


def _by_to(lower: str, rules: DraftRules) -> Measure | None:
    """A change by an amount to a value states today's value too: "raise OEE by 8 points to 70 %" means 62 % today,
    "cut scrap by 40 % to 3 %" means 5 % today (the verb before says which way: drafting.yaml kpi.relative)."""
    match = _BY_TO.search(lower)
    if not match or _CLAIMED.search(lower, 0, match.start()):
        return None  # "by up to 40 %": a claim's ceiling
    said = set(lower[:match.start()].split())
    way = (-1 if not said.isdisjoint(_ways()[0]) else 0) + (1 if not said.isdisjoint(_ways()[1]) else 0)
    amount, target, unit = value_of(match.group(1)), value_of(match.group(3)), unit_of(match.group(4))
    if not way or not unit or (match.group(2) == "%" and way * amount <= -100):
        return None
    if match.group(2) == "%" and unit.startswith("%") and target >= amount:
        return None  # "reduce scrap by 30 % to 60 %": a range of how much, no value reached
    baseline = round(target - way * amount if match.group(2) != "%" else target / (1 + way * amount / 100), 6)
    measure = Measure(metric=metric_before(lower[:match.start()], rules), unit=unit, baseline=baseline, target=target)
    return measure if measure.metric and moves_the_right_way(measure, rules) else None


_CLAIMED = re.compile(r"\b(?:up to|as much as)\s*$")


@lru_cache(maxsize=1)
def _ways() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of a change down and up (drafting.yaml kpi.relative)."""
    data = draft_data()["kpi"]["relative"]
    return frozenset(map(str, data["down"])), frozenset(map(str, data["up"]))


def _then_aimed(measure: Measure, lower: str, match: re.Match, rules: DraftRules) -> Measure | None:
    """A change told in the past, then a target the same sentence aims at: "energy use fell from 2.4 to 1.9 gwh
    between 2022 and 2024; we target 1.6 gwh" starts from where the change went (1.9), not from where it began."""
    rest = lower[match.end():]
    if rules.kpi_told.isdisjoint(tokens(normalise(lower[:match.start()]))) \
            or not rules.kpi_commits.find(tokens(normalise(rest))):
        return None
    aimed = read_target(rest, rules)
    value = aimed and in_unit(aimed.target, aimed.unit, measure.unit) if aimed and aimed.unit else None
    if value is None:
        return None
    then = measure.model_copy(update={"baseline": measure.target, "target": value})
    return then if moves_the_right_way(then, rules) else None


def read_target(text: str, rules: DraftRules) -> Measure | None:
    """A target stated alone ("unplanned downtime down to 8% of planned time"): the last one the
    sentence states ("utilisation is 48% and the plant seeks to raise it to 60%" aims at 60), with
    the value the same sentence gives for today before it, in the same unit, as its baseline."""
    lower = as_read(text)
    amounts = change_amounts(lower)  # "a goal of 30 % shorter batch times": how much it changes, no value to reach
    spans = no_values(lower) + amounts  # "processes 1.5 to 1.74 index": a range's end is no target
    # "3.5 hours or less per 72 hours": 72 is what the rate is counted on; "the 200 g and 400 g cups": variants
    # ... and "measured over 40 cycles": what the target is measured on
    bases = rate_bases(lower) + variants(lower) + measured_on(lower)
    today = [(at, at + 1) for at in marked_starts(lower, rules)]  # "obecnie jest to 7 %": today's, no target
    spans += bases + today
    led = [m for m in _SHORT_LED.finditer(lower) if _committed_before(lower[:m.start()], rules)
           and lower.rfind("(", 0, m.start()) <= lower.rfind(")", 0, m.start())]  # "(..., aw-Wert höchstens 0,90)": a spec
    stated = [m for m in sorted([*_TARGET.finditer(lower), *led], key=lambda m: m.start(1))
              if not (YEAR.fullmatch(m.group(1)) and not unit_of(m.group(2))) and not inside(m.start(1), spans)]
    # "target (end of 2026): 2.5 %": a year is when, not what
    match = _aimed_at(stated, lower, rules, name_spans(lower) + amounts + bases + today, between(lower))
    if match is None:
        return None
    unit = unit_of(match.group(2))
    unit = "" if unit in ("or", "or fewer", "or less") else unit
    measure = Measure(metric=named_kpi(lower, rules) or metric_before(lower[:match.start()], rules) or (unit if " " in unit else ""),
                      unit=unit, target=value_of(match.group(1)))
    after = kind_phrase(lower[match.end():match.end() + _AFTER], rules)
    if after and not is_kind(measure.metric, rules):  # "Our commitment: 93% availability on the line"
        measure = measure.model_copy(update={"metric": after})
    # ... so "Target after commissioning: 18 h of unplanned downtime a month" names its measure, no project's time
    if unit_head(unit) in DURATIONS and not _project().isdisjoint(tokens(normalise(measure.metric))) \
            and not is_kind(unit, rules):  # "... 18 hours of unplanned downtime per month": its unit names it
        return None  # "we commit to delivering the system within 10 weeks": the project's schedule
    timed = _length_of(lower[:match.start(1)], measure.metric)
    marked = marked_baseline(lower, rules, match, unit, measure.metric)  # "ziel: unter 40 minuten (heute 75 minuten)"
    if offer_term(measure, timed, rules) and marked is None:
        return None  # "guarantee on sensors 2 years": how long the vendor stands behind its goods
    measure = measure.model_copy(update={"metric": timed})  # "we guarantee an oven cycle of": the oven cycle
    today = marked if marked is not None else _same_unit_before(lower[:match.start()], measure, amounts + bases)
    if today is None and not unit:
        today = _labelled_count(lower[:match.start()])
    if today is not None:
        with_today = measure.model_copy(update={"baseline": today})
        return with_today if moves_the_right_way(with_today, rules) else measure
    return measure


def _committed_before(before: str, rules: DraftRules) -> bool:
    return bool(rules.kpi_commits.find(tokens(normalise(before))))


def _aimed_at(matches: list[re.Match], lower: str, rules: DraftRules, names, spans=()) -> re.Match | None:
    """The target the commitment leads to: the first after its cue ("targets 3,520 kJ/kg, with free
    lime below 1.5%"), else the first quantity right after it ("we guarantee 280 kWh/t", "Ziel: 300
    ppm bis 2027"), else the last ("is 48% today and should reach 60%"). Never a range told between two numbers
    (`spans`): "to between 5 and 7 minutes" aims at no one value."""
    cues = rules.kpi_commits.find(tokens(normalise(lower)))
    if cues:
        first, start, kpi = min(end for _start, end, _phrase in cues), min(s for s, _e, _p in cues), draft_data()["kpi"]
        if set(tokens(normalise(lower))[max(0, start - 2):start]) & set(map(str, kpi["pointers"])):  # "make that the
            pointed = _labelled_after(lower, start, names, kpi["pointed_gap"])  # acceptance figure": the value before
            if pointed:
                return pointed
        matches = [m for m in matches if not _watched(lower, m)]
        # "shall use not more than 1.1 litres": the bound's own words may be the cue's, its number comes after it
        after = [m for m in matches if len(tokens(normalise(lower[:m.start()]))) >= first - 1
                 or len(tokens(normalise(lower[:m.start(1)]))) >= first]
        if after:
            return after[0]
        said = [m for m in NUMBER.finditer(lower) if len(tokens(normalise(lower[:m.start()]))) >= first
                and unit_of(m.group(2)) and not _watched(lower, m) and not YEAR.fullmatch(m.group(1)) and not is_attribute(lower, m.start())
                and not inside(m.start(), names + spans)  # "first target: overrun on F3/F4"
                and not range_end(lower, m)]  # "commits to blanks of 0.6 to 2.5 mm": a range's end, no target
        if said:
            return said[0]
        labelled = _labelled_after(lower, start, names) or wrapped_value(lower, start, names, rules)
        if labelled and not range_end(lower, labelled):  # "CO2 van 1 tot 3 % blijven gegarandeerd": a band kept
            return labelled
    return matches[-1] if matches else None


def _watched(lower: str, match: re.Match) -> bool:
    """A duration after "over the first", "during the next" is how long the target is measured ("150 feet per
    makeready, measured over the first 60 days"), never the target; nor is what it is measured at (kpi_kinds.held_at)."""
    return bool(_WATCHED.search(lower, 0, match.start(1))) and unit_head(unit_of(match.group(2))) in DURATIONS \
        or held_at(lower, match.start(1))


_WATCHED = re.compile(r"\b(?:over|during|throughout|for) (?:the |a )?(?:first |next |last |following )?$")


def _labelled_after(lower: str, cue: int, names, gap: int = 2) -> re.Match | None:
    """The value the commitment labels from after it ("the contract sets 30 ppm as the target", "2.8 GJ/t
    guaranteed after commissioning"): the last number with a unit ending a few words before the cue."""
    near = [m for m in NUMBER.finditer(lower) if unit_of(m.group(2)) and not YEAR.fullmatch(m.group(1))
            and not inside(m.start(), names)  # "within ±1 % and will lower scrap": a tolerance
            and 0 <= cue - _ends_at(lower, m) <= gap]  # words between: 2 for "30 ppm as the target"
    return near[-1] if near else None


def _ends_at(lower: str, match: re.Match) -> int:
    """How many words the sentence has said when a value's unit ends: "150 feet per makeready in writing" ends at
    "makeready" (the unit as read stops before "in")."""
    return len(tokens(normalise(lower[:match.end(1)]))) + len(tokens(normalise(unit_of(match.group(2)))))




def _same_unit_before(text: str, target: Measure, amounts=()) -> float | None:
    """The last number before the target in its unit ("stops are 14% of shift time; we want them
    under 9%"), a duration in the target's unit of time ("today 7 weeks, goal 3 days": 49 days); never
    a range's end ("changeovers take 25-40 minutes today; we commit to 15") nor a name's number."""
    # "against a target of 9.2 %": a spec; "by 40 %" (`amounts`): how much it changes; neither is today's value
    spans = no_values(text) + compared_spans(text) + list(amounts)
    found = [(m.start(), m.end(1), v) for m in NUMBER.finditer(text) if not YEAR.fullmatch(m.group(1))
             and not inside(m.start(), spans) and not _when(text, m)
             for v in [in_unit(value_of(m.group(1)), unit_of(m.group(2)), target.unit)] if v not in (None, target.target)]
    found = next_to_metric(text, found, target.metric) or found  # "61% OEE with 4% scrap": OEE's is 61
    return found[-1][2] if found else None


def _when(text: str, match: re.Match) -> bool:
    """A time after "after", "within", "nach" is when the target holds ("MTTR after 3 mths: 35 min"), never today's
    value (drafting.yaml kpi.when_leads)."""
    said = text[:match.start()].split()
    return bool(said) and said[-1] in _WHEN_LEADS and is_time(unit_of(match.group(2)))  # "mths" too


_WHEN_LEADS = frozenset(map(str, draft_data()["kpi"]["when_leads"]))


def _labelled_count(text: str) -> float | None:
    """A bare count the sentence labels as today's before a bare target ("Baseline 2,600 in 2025 from your scrap
    report; target below 1,000"): the things counted are the same (drafting.yaml kpi.baseline_labels)."""
    found = [m for m in NUMBER.finditer(text) if not unit_of(m.group(2)) and not YEAR.fullmatch(m.group(1))
             and _baseline_label().search(text[:m.start()])]
    return value_of(found[-1].group(1)) if found else None


@lru_cache(maxsize=1)
def _baseline_label() -> re.Pattern:
    labels = alternation(draft_data()["kpi"]["baseline_labels"])
    return re.compile(rf"\b(?:{labels})\b:? (?:(?:of|is|was|at|von|bei) )?$")


_AFTER = 24  # characters after a target's value that may name its measure: "93% availability"


@lru_cache(maxsize=1)
def _project() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["project"]))


def _length_of(before: str, metric: str) -> str:
    """What a duration told after "<guarantee> <a thing> of" is the length of: the thing the verb commits to ("we
    guarantee an oven cycle of 27 minutes" times the cycle; "a guarantee period of 24 months", "we guarantee supply
    for a period of 10 years" stay the offer's terms)."""
    said = before.split()
    articles = [i for i, w in enumerate(said) if w in ("a", "an", "the")]
    if said[-1:] != ["of"] or not articles or articles[-1] == 0 \
            or said[articles[-1] - 1] not in term_words()["durations"] or said[-2] in term_words()["periods"]:
        return metric  # "we guarantee a period of 10 years": a time, no thing timed
    return " ".join(said[articles[-1] + 1:-1])
