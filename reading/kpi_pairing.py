"""A KPI told across sentences: a target paired with the baseline another sentence states, a result told in the
past, and a KPI table's first row (a change relative to today's value: kpi_relative.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Measure

from .draft_rules import DraftRules
from .kpi_block import block_rows
from .kpi_kinds import (is_kind, moves_the_right_way, other_kind_only, other_kinds, qualifies, unit_kind, units_name,
                        unnamed_machines)
from .kpi_metric import NEAR, metric_before, naming
from .kpi_naming import names_measure, pays_back, pledge_only, said_stems as _said_stems, stems as _stems
from .kpi_numbers import as_read, counted_per, finer_time, in_unit, unit_head
from .kpi_bounds import bound
from .kpi_clauses import AFTER_VALUE as _AFTER_VALUE, clause_at as _clause_at, own_clause
from .kpi_sentence import read_target
from .kpi_source import own_part, under_case_study
from .kpi_said import said_in_unit, specific_rates
from .kpi_table import labelled_rows, table_lines, table_rows
from .phrases import PhraseSet, normalise, tokens
from .kpi_amounts import is_money
from .quantities import DURATIONS
from .text import Sentence

def baseline_for(sentences: list[Sentence], target: Measure, rules: DraftRules, at: int, named: bool = False,
                 back: bool = False, own: bool = False,
                 elsewhere: bool = False) -> tuple[float, Sentence, str, str] | None:
    """(value, sentence, unit, its text before the value): the number another sentence states for
    today, in the target's unit (a duration converted): one that says it is
    today's (drafting.yaml kpi baselines) or one of the two right before the target ("Your QA
    records show 2.4% of good tablets rejected. Your aim is to bring that below 0.8%."); about
    the same metric if one says so, else the nearest before the target; further before, one that names
    the target's kind of measure ("Your slab-to-coil yield was 96.1 %"). Never another site's
    figure ("at our reference plant, steam fell from 0.62 to 0.55 t/t"). `named`: only a sentence
    about the metric ("reduce our carrying cost by 10%" takes no "seven months later"); `back`: only up to
    the target's own sentence ("will halve that rate" points back, never to "draws down to 50 mbar in 0.8 s"); `own`:
    only a value whose own words or unit name the target's measure (kpi_naming.names_measure)."""
    # short words name nothing, but a kind of measure does however short: "gas", "oee"
    metric_words = {w for w in target.metric.split() if len(w) > 3 or is_kind(w, rules)}
    # a sentence's words are read with a hyphen's parts apart: "pack-out" is named by "pack" there
    hyphened = {part for w in metric_words if "-" in w for part in w.split("-") if len(part) > 3}
    kinds = {w for w in metric_words if is_kind(w, rules)} \
        or {w for w in unit_kind(target.unit).split() if is_kind(w, rules)}  # "guarantee: 4.9 kwh/kg" is energy's
    kinds |= {w[:-1] for w in kinds if w.endswith("s")}  # "false rejects" names the kind "false reject rate" names
    kind_stems = _stems(kinds)
    before = sentences[at].start
    based = _COUNTED_BASE.search(target.unit)  # "per 100,000 holes": a rate over a counted base names its measure
    # ... as a compound unit does however short ("Current: 0.48 kWh/Nm3 O2" for "max. 0.41 kWh/Nm3")
    based = based or _RATE_UNIT.fullmatch(target.unit)
    found = []
    after = range(at + 1, min(len(sentences), at + NEAR + 1))
    for i in sorted(set(range(max(0, at - KIND_BACK), at)).union(_today_at(sentences, rules.kpi_baselines), after)):
        if back and i > at or elsewhere and i == at or i != at and under_case_study(sentences, i, at) \
                and not _yours(sentences[i].text):
            continue  # a pointer's value was told before it; `elsewhere`: never in the change's own sentence; a case
            # study's line another customer's ("Case study: ...", "- Result: OEE up from 54% to 66%"), unless of yours
        sentence = sentences[i]
        words, forms, today = _read_once(sentence.text, rules.kpi_baselines)
        about = not metric_words.isdisjoint(forms)
        # a target told first ("What we commit to: rejected rolls at final inspection of 1.5 %"): with nothing before,
        # the next lines naming two of its measure's words, committing nothing, tell today's ("4.2 % of rolls are
        # rejected at final inspection")
        told_after = i > at and not found and len(_stems(metric_words) & _stems(words)) >= _TOLD_AFTER \
            and not rules.kpi_commits.find(words)
        if not (at - NEAR <= i < at or today or told_after or at - KIND_BACK <= i < at
                and (not kinds.isdisjoint(forms) or kind_stems & _said_stems(words)  # "broken" names "breakage"
                     or based and based.group(0) in sentence.text.lower())):
            continue  # further before, a sentence naming the target's kind of measure ("your yield was 96.1 %") or its base
        said = _own_said(sentence.text, _kept(rules))
        first = (not named or _stems(metric_words | hyphened) & _stems(words) or units_name(target.metric, words)) \
            and _first_in_unit(said, target, rules, own)  # "610 kWh per tonne" is about "the energy use per tonne"
        if first and pays_back(tokens(normalise(_CLAUSE_END.split(first[2])[-1]))):
            continue  # "Payback expected in 22 months": how soon the offer pays, no value of the plant
        if first and i == at and not _said_today_at(said, first, rules):
            continue  # the target's own sentence: "of 2.5 % at a polishing ratio of 50 %" is a condition, no baseline
        if first:
            found.append((about, today, sentence.start < before, -abs(sentence.start - before), *first[:3], sentence))
    if not found:
        return None
    # about the metric, said to be today's, before, nearest; where every sentence looked at names the metric's stems
    # (`named`), the buyer's own said to be today's first ("your laboratory data show that the decanters extract
    # 85.0 %" over "a reference mill reached 90.5 % extraction")
    best = max(found, key=lambda f: (named and f[1] and (f[0] or _yours(f[7].text)), *f[:4]))
    return best[4], best[7], best[5], best[6]


def _said_today_at(said: str, first: tuple, rules: DraftRules) -> bool:
    """In a target's own sentence, a value is today's only when a today word leads to it ("your current 5 %") or
    follows it in its clause ("from 41.5 % today", "about 15 % of the shift today, and ...")."""
    before = _SINCE_NUMBER.split(first[2])[-1]
    after = _CLAUSE_END.split(_SINCE_NUMBER.sub("", said[first[3]:], count=1), maxsplit=1)[0]  # its unit and on
    return bool(rules.kpi_baselines.find(tokens(normalise(before))) or rules.kpi_baselines.find(tokens(normalise(after))))


_OWN_NAME = 12  # characters after a value's unit its name may end its clause in: "95 minutes to repair, and ..."
_SINCE_NUMBER = re.compile(r"\d[\d.,]*")  # the words since a sentence's last number say what the next is
_CLAUSE_END = re.compile(r"[,;:.()]|\d")  # a value's clause ends at a mark or the next number
_TOLD_AFTER = 2  # words of a target's measure a later line names to tell its baseline
_COUNTED_BASE = re.compile(r"\bper \d[\d,.]* [a-zäöüß-]+|\bper \d[\d,]*\d$")  # "per 100,000 holes", "per 1,000 m"
_RATE_UNIT = re.compile(r"[a-zäöüß³²\d]+/[a-zäöüß³²\d]+")  # "kwh/nm3", "m³/t": a rate of one unit per another


# How far back (sentences) a sentence naming only the target's kind of measure may give its baseline: a page or
# two; a long text's every target no longer weighs every earlier line on scrap (bench_draft.py, many targets).
KIND_BACK = 60


def _yours(text: str) -> bool:
    """The sentence tells the buyer's own figure ("your laboratory data show ...")."""
    return bool(_YOURS.search(text))


_YOURS = re.compile(r"\b(?:your|you|yours)\b", re.I)


_today: tuple = (None, ())  # the last text's key and its sentences said to be today's; replaced whole (threads)


def _today_at(sentences: list[Sentence], baselines: PhraseSet) -> tuple[int, ...]:
    """The sentences said to be today's, found once per text however many of its targets look back."""
    global _today
    key = (tuple(s.text for s in sentences), id(baselines))
    known = _today
    if known[0] == key:
        return known[1]
    found = tuple(i for i, s in enumerate(sentences) if _read_once(s.text, baselines)[2])
    _today = (key, found)
    return found


@lru_cache(maxsize=16384)
def _read_once(text: str, baselines: PhraseSet) -> tuple[tuple[str, ...], frozenset[str], bool]:
    """A sentence's words, those words also without a plural "s", and whether it says its value is
    today's: read once, however many targets of a long text look back at it."""
    words = tuple(tokens(normalise(text)))
    return words, frozenset(words) | {w.rstrip("s") for w in words}, bool(baselines.find(list(words)))


_RULES: dict[int, DraftRules] = {}  # kept alive, so an id in the caches below always names the same rules


def _kept(rules: DraftRules) -> int:
    _RULES.setdefault(id(rules), rules)
    return id(rules)


@lru_cache(maxsize=16384)
def _own_said(text: str, rules: int) -> str:
    """The sentence's own part (no other site's figure), as read: once per sentence, however many targets of a
    long text look back at it (bench/bench_draft.py, many targets)."""
    return as_read(own_part(text, _RULES[rules]))


def _first_in_unit(lower: str, target: Measure, rules: DraftRules, own: bool = False
                   ) -> tuple[float, str, str, int] | None:
    """(value, unit, text before it, where it starts) of the sentence's number for today: of those in the target's
    unit (or with a unit when the target has none), the first after the target's metric is named,
    else the first right after a kind of measure ("line 2, 350 moulds per hour; scrap is 7.5%" gives
    7.5 for scrap), else the first said to be today's ("(0.75 l Bordeaux) your crews need on average
    50 minutes" gives 50), else the first. A change told ("went from 1.9% to 1.2%") is today at its end."""
    said = [s for s in said_in_unit(lower, target)
            if not own or names_measure(target.metric, lower, s[5], s[4], s[1], rules)]  # its own value, no other
    said = specific_rates(_rates_over_counts(own_clause(lower, said, target.metric, rules), target.unit), target.metric)
    name = [w for w in target.metric.split() if len(w) > 2]  # "oee", "fpy" name a measure too
    # ... or named right after it, before the next number ("3.5 % of them need rework" for rework)
    after = [later[2] for later in said[1:]] + [lower[said[-1][4]:] if said else ""]
    best = next((_nearer(said, i, name) for i, s in enumerate(said) if any(w in s[2] for w in name)), None) \
        or next((s for s in said if is_kind(metric_before(s[3], rules), rules)), None) \
        or next((s for s, a in zip(said, after) if any(w in a.split(".")[0] for w in name)), None) \
        or next((s for s in said if said_today(s[2], rules)), None)
    value, unit, _since, before, _end, start = _latest(lower, said, best) or best or (said[0] if said else (None,) * 6)
    return None if value is None else (value, unit, before, start)


def _rates_over_counts(said: list, unit: str) -> list:
    """A rate's baseline is never the bare count it was worked out from: "46,900 tear-offs on 1,231,000,000 cans,
    which is 38 tear-offs per million cans" gives 38 for a target per million cans. A time is no count: "95 minutes
    to repair" stays beside "every 41 hours of running per mould" for "1 hour per mould fault". A share of a named whole,
    "% of printed metres", is the one told in it, never a bare share beside it ("61 % OEE with 4.9 % of printed metres")."""
    exact = [s for s in said if unit.startswith("% ") and s[1] == unit]
    if exact:
        return exact
    timed = unit_head(unit) in DURATIONS
    rates = [s for s in said if " per " in f" {unit} " and (" per " in f" {s[1]} " or timed and unit_head(s[1]) in DURATIONS)]
    return rates or said


def _nearer(said: list, i: int, name: list[str]) -> tuple:
    """Of two values the metric is named between, the earlier when the name is its abbreviation in brackets ("7.6
    defects per hundred units (DHU) ... AQL 2.5") or both are in one unit and the name is nearer it ("5.8 % of grains
    were broken after polishing to 50 %"); else the later ("350 moulds per hour) Casting scrap ... is 7.5 %")."""
    between = said[i][2]
    ahead = min(between.find(w) for w in name if w in between)
    behind = min(len(between) - between.rfind(w) - len(w) for w in name if w in between)
    bracketed = "(" in between[:ahead] and ")" not in between[:ahead]
    same = unit_head(said[i - 1][1]) == unit_head(said[i][1])  # "5.8 % of grains", "50 %"
    # ... or the name ends the earlier value's own clause ("took 95 minutes to repair, and faults came every 41 hours")
    own = ahead <= _OWN_NAME and not _CLAUSE_END.search(between[:ahead]) and "," in between[ahead:]
    return said[i - 1] if i and (bracketed or (same or own) and ahead < behind) else said[i]


def _latest(lower: str, said: list, best: tuple | None) -> tuple | None:
    """Of a history told year by year ("95.1 % in 2023, 94.4 % in 2024 and 93.8 % in 2025"), the latest
    year's value is today's: when the chosen value and another carry their years."""
    years = {s: int(m.group(1)) for s in said if (m := _YEAR_AFTER.match(lower, s[4]) or _YEAR_BEFORE.search(s[2]))}
    if len(years) > 1 and (best is None or best in years):
        return max(years, key=years.get)
    return _series_last(lower, said, best) if best else None


def _series_last(lower: str, said: list, best: tuple) -> tuple | None:
    """Of values listed one after another for years in order ("95.1 %, 94.4 % and 93.8 % in 2023, 2024 and 2025",
    "over the last three years: 95.1 %, 94.4 % and 93.8 %"), the last is today's."""
    if len(_YEARS.findall(lower)) < 2 and not _SERIES.search(lower):
        return None
    run = [best]
    for later in said[said.index(best) + 1:]:
        if not _JOINED.fullmatch(later[2]):
            break
        run.append(later)
    return run[-1] if len(run) > 1 else None


_YEARS = re.compile(r"(?<![\d.,])(?:19|20)\d\d\b")
_SERIES = re.compile(r"\b(?:last|past|previous) (?:\d+|two|three|four|five|six) (?:years|seasons|campaigns|quarters)\b")
_JOINED = re.compile(r"[\s,;]*(?:and|then)?[\s,;]*")  # "95.1 %, 94.4 % and 93.8 %": one list


_YEAR_BEFORE = re.compile(r"(?<![\d.,])((?:19|20)\d\d) ?:? ?(?:about |around |approx\. )?$")  # "2024: 94.4 %"
_YEAR_AFTER = re.compile(r" ?(?:\(|,? (?:in|for|during) )(?:fy ?)?((?:19|20)\d\d)\b")


CUE_WORDS = 3  # words right before a value that say it is today's: "need on average 50 minutes"


def paired_target(sentences: list[Sentence], target: Measure, rules: DraftRules, at: int, named: bool = False
                  ) -> tuple[Measure, Sentence] | None:
    """The target with the baseline another sentence or line states ("Baseline 60 hours." "Target:
    under 1 hour."), and that sentence; None when none does, or the pair moves the wrong way.
    `named`: only from a sentence about the target's metric (baseline_for)."""
    found = baseline_for(sentences, target, rules, at, named)
    if not found:
        return None
    baseline, source, unit, said_before = found
    at_value = len(said_before)  # where the value stands in the sentence as read
    said_before = _ASIDE.sub(" ", said_before)  # "first-pass yield (bags passing without rework) was": the measure named
    # "downtime is 8% ... we guarantee 99.5% availability": two measures (named since the value before)
    if other_kinds(target.metric, unnamed_machines(metric_before(_AFTER_VALUE.split(said_before)[-1], rules)), rules) \
            or other_kind_only(target.metric, _clause_at(as_read(source.text), at_value), rules):  # "loses 6.5 %
        # to changeovers" for OEE
        return None
    # "fewer than 120 a week" after "300+ stops a week": today's unit names the things counted
    counted = counted_per(unit, target.unit)
    update = {"baseline": baseline, "unit": unit if counted else target.unit or unit}
    if counted and not is_kind(target.metric, rules):
        update["metric"] = _PER_PERIOD.split(unit, maxsplit=1)[0]
    elif not target.metric or target.metric == target.unit or pledge_only(target.metric, rules):
        # the source names it: "Downtime today: 30 hours" for "Target: 20 hours", "Guarantee: 20 hours"
        update["metric"] = metric_before(said_before, rules) or target.metric
        if _SHOWN_BY.search(said_before) and is_kind(target.metric, rules):
            update["metric"] = target.metric  # "complaints and checks show 2,350 defective sleeves per million": records
    elif named and _stems(target.metric.split()) & _stems(metric_before(said_before, rules).split()):
        update["metric"] = metric_before(said_before, rules)  # "the picking error rate was 4.7%" names "errors" best
    else:  # "we guarantee 2.6 t/h" names no measure; "steam use averages 2.1 t/h today" does
        told = metric_before(said_before, rules)  # "copper recovery of 84.6 %" names "87 % recovery" more fully
        fuller = told.split()[-len(target.metric.split()) - 1:]
        fuller = fuller if told.endswith(" " + target.metric) and is_kind(target.metric, rules) \
            and qualifies(fuller[0], rules) and not rules.kpi_baselines.find(fuller[:1]) else None  # no "shows"
        update["metric"] = " ".join(fuller) if fuller else naming(target.metric, told, rules)
    if not counted and finer_time(unit, target.unit):  # "95 mins" today, "1 hr" the target: 95 -> 60 min
        back = in_unit(baseline, target.unit, unit)  # undone: today's value as told, less the conversion's rounding
        update.update(baseline=round(back, 3), target=in_unit(target.target, target.unit, unit), unit=unit)
    paired = target.model_copy(update=update)
    way = bound(sentences[at].text, target.target)  # "respond within no more than 4 hours" is no target for 45 minutes
    fits = way * (paired.target - paired.baseline) >= 0
    return (paired, source) if fits and moves_the_right_way(paired, rules) else None


# a verb that tells what records showed, right before a value that names its measure: its subject names where the
# value was read, no measure
_SHOWN_BY = re.compile(r"\b(?:show|shows|showed|report|reports|reported|found|logged|recorded) $")
_ASIDE = re.compile(r" ?\([^()]*\)")  # a definition in brackets between a measure and its value names no other measure
_PER_PERIOD = re.compile(r" (?:a|an|per|each|every) ")


# "reduced errors to 0.4%, picking time to 3.1 minutes and ..."; a comma between digits is in a number ("2,8 %", "1,250")
_RESULTS = re.compile(r",(?!\d)\s*(?:and\s+)?|(?<!\d),(?=\d)|\s+and\s+")


def told_result(sentences: list[Sentence], rules: DraftRules, at: int) -> tuple[Measure, Sentence] | None:
    """A result told in the past ("reduced errors to 0.4%") with the value one of the `told_window`
    sentences before gives for the same metric ("the picking error rate was 4.7%"), and that sentence:
    of the results the sentence lists, the first that pairs so. None when none does, or the pair moves
    the wrong way. Only a few sentences back: a story tells its before and after close together, and
    a long text with many results stays one pass."""
    first = max(0, at - rules.kpi_told_window)
    before = sentences[first:at + 1]
    for part in _RESULTS.split(sentences[at].text):
        target = read_target(part, rules)
        if not target or target.baseline is not None or not target.metric or target.metric == target.unit:
            continue
        found = paired_target(before, target, rules, at - first, named=True)
        if found and found[1].start < sentences[at].start:
            return found
    return None


def table_measure(sentences: list[Sentence], rules: DraftRules) -> tuple[Measure, list[Sentence]] | None:
    """The first measure laid out in pieces that moves the right way: a KPI table's row ("Metric |
    Today | Target"), a row whose cells name themselves, a slide's or a list's labelled lines
    (reading/kpi_block.py); and the lines that state it (a table's are all its lines)."""
    lines = [sentences[at] for at in table_lines([s.text for s in sentences])]
    texts = [s.text for s in lines]
    kind = lambda name: is_kind(name, rules)  # noqa: E731
    found = [(row, [lines[i] for i in row.lines] or lines) for row in (table_rows(texts, kind) or labelled_rows(texts, kind))] \
        if lines else []
    found += [(row, [sentences[i] for i in row.lines]) for row in block_rows([s.text for s in sentences], kind)]
    for row, quoted in found:
        measure = Measure(metric=row.metric, unit=row.unit, baseline=row.baseline, target=row.target)
        if moves_the_right_way(measure, rules) and laid_out_measure(measure, row.firm, rules):
            return measure, quoted
    return None


def laid_out_measure(measure: Measure, firm: bool, rules: DraftRules) -> bool:
    """A laid-out pair is a KPI when it names a kind of measure, is a share, or counts things per period
    of time ("harnesses per shift"); else only under a label that names a target ("Goal:") and with a
    unit: "Current firmware: 2.1", "Current price / After renewal", "Data retention ... after upgrade" are none."""
    unit = measure.unit
    per = unit.split(" per ")[-1] if " per " in unit else unit.split("/")[-1] if "/" in unit else ""
    # ... money spent per period ("EUR 12,000 per year" after renewal) is a price, no things counted
    per_time = bool(per.split()) and per.split()[0] in DURATIONS and not is_money(unit)
    if is_kind(f"{measure.metric} {unit}", rules) or unit.startswith("%") or per_time:
        return True
    return firm and bool(unit)


def said_today(before: str, rules: DraftRules) -> bool:
    """The words right before a value say it is today's: "from today's 72%", "on average 50 minutes"."""
    return bool(rules.kpi_baselines.find(tokens(normalise(before))[-CUE_WORDS:]))
