"""Each number a sentence says in a target's unit that may be today's value: never a range's end, a name, a change's
amount, a price, a capacity, a window of time watched, a payback, or what a value is counted on (kpi_pairing.py reads
which of them is the baseline)."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Measure

from .draft_rules import draft_data
from .kpi_bounds import measured_on, rate_bases
from .kpi_change import change_start
from .kpi_numbers import NUMBER, YEAR, in_unit, is_attribute, is_time, unit_head, unit_of, value_of
from .kpi_source import compared_spans
from .quantities import DURATIONS, SIGN, no_values
from .word_regex import alternation


@lru_cache(maxsize=16384)
def _spans(lower: str) -> tuple[tuple[tuple[int, int], ...], int]:
    """The spans holding no value (ranges, names) and where a change starts: once per sentence."""
    # (a spec today's value is compared against is none either: "against a target of 9.2 %"; nor the base a rate is
    # counted on: "0.38 oz per 16 oz package"; nor what a target is measured on: "2 kg of scrap, measured on 300 kg")
    return tuple(tuple(span) for span in no_values(lower) + compared_spans(lower) + rate_bases(lower)
                 + measured_on(lower)), \
        change_start(lower)


def said_in_unit(lower: str, target: Measure):
    """(value, unit, text since the number before, text before it, its end, its start) of each number in the target's
    unit that is not its target, a year, a name ("press 7") or the start of a change ("from 1.9% to")."""
    head = unit_head(target.unit)
    last = 0
    spans, change = _spans(lower)
    for match in NUMBER.finditer(lower):
        if is_attribute(lower, match.start()) or YEAR.fullmatch(match.group(1)) \
                or any(a <= match.start() < b for a, b in spans):
            continue  # "the T2 generator", "leaves at 95-110 °C": a name, a range's end
        unit = unit_of(match.group(2))
        # "Baseline 60 hours." pairs with "Target: under 1 hour.": a duration in the target's unit of time
        value = in_unit(value_of(match.group(1)), unit, target.unit) if head else value_of(match.group(1))
        if value is None and (_each(lower, unit, target) or same_count_base(unit, target.unit)):
            value = value_of(match.group(1))  # "each frame needed 3.4 weld repairs": 3.4 weld repairs per frame
        same = value is not None if head else bool(unit) and not unit[0].isdigit()
        if not same or value == target.target:
            continue
        if _FROM.search(lower, 0, match.start()) and _ON_TO.match(lower, match.end()):
            continue  # a change's start: today is where it went
        if change < match.start() and _BY.search(lower, 0, match.start()):
            continue  # "lift oee by 6 points from today's 72%": the change's amount ("overfills by 14 g" is a value)
        if _led_by("prices").search(lower, 0, match.start()):
            continue  # "sensors at a cost of 12,000 gbp per line": what a thing costs to buy, no value of the plant's
        if not unit.startswith("%") and _led_by("capacities").search(lower, 0, match.start()):
            continue  # "against a nameplate of 1,600 kg/h": what the machine can make, never what it makes today
            # ("runs at a capacity of 85 %" is a share of it used, a value)
        if (_PERIOD.search(lower, 0, match.start()) or _led_by("window_leads").search(lower, 0, match.start())) \
                and (unit_head(unit) in DURATIONS or is_time(unit)):
            continue  # "we logged power for 2 weeks", "your last 12 weeks": how long something was watched, no value
        if (_SAMPLE.search(lower, 0, match.start()) or _led_by("window_leads").search(lower, 0, match.start())
                or _window_after().match(lower, match.end(1))) and unit_head(unit) not in DURATIONS:
            continue  # "measured on the first eight blocks": what a value will be counted on, no value of it ("over
            # the following six months" is a window of time, read as before)
        if _threshold(lower, match.start()):
            continue  # "Current MTBF (stops > 30 s, MES data): 12 min": a bound in brackets defines what is counted
        if unit.startswith("%") and _whole_share(lower[match.end(1):]):
            continue  # "the kilns take 62 % of the plant's gas": a part's share of a total, no value of a measure
        if _EQUIPMENT.match(lower, match.end(1)):
            continue  # "in two manual spray booths": how many machines the plant has, never a value of a measure
        if volume(lower, match, unit, target.unit):
            continue  # "the mill processes 18,000 t a year": the base "0.7 t per tonne" is measured on
        before = _FROM_TO.sub("", lower[:match.start()])
        yield value, unit, lower[last:match.start()], before, match.end(), match.start()
        last = match.end()


@lru_cache(maxsize=1)
def _window_after() -> re.Pattern:
    """A word of the last few right after a count ("vos 50 derniers lots", "los 50 últimos lotes"): what was watched."""
    return re.compile(rf" (?:{'|'.join(map(re.escape, map(str, draft_data()['kpi']['window_after'])))})\b")


@lru_cache(maxsize=4)
def _led_by(key: str) -> re.Pattern:
    """The words of drafting.yaml kpi.<key> right before a value (a price's, a capacity's), as the sentence is read."""
    words = alternation(draft_data()["kpi"][key])
    return re.compile(rf"(?<![\w-])(?:{words}) (?:about |around |roughly |some |approx\. |up to )?{SIGN}?$")


_FROM = re.compile(r"\bfrom (?:about |around |roughly )?" + SIGN + r"?$")
_BY = re.compile(r"\bby (?:about |around |roughly |some |another |a further )?$")
# what a value will be or was counted on: "the first eight blocks", "your lab's count over the last 4,000 shells"
_SAMPLE = re.compile(r"\bthe (?:first|next|following|coming|last|past) $")
# ... and a time a target is to hold after ("halving breakage within 6 months": drafting.yaml kpi.when_leads)
_PERIOD = re.compile(r"\b(?:for|over|during|throughout|" + "|".join(map(str, draft_data()["kpi"]["when_leads"])) + "|" +
                     "|".join(map(re.escape, draft_data()["kpi"]["paybacks"])) +  # "paid for itself in 19 months"
                     r")(?: the| a)?(?: (?:past|last|first|next))? $")
# "went from 4.8 % in 2023 to 3.5 % this year": the year the change started in stays in the change
_WHEN = r"(?:,? (?:in|during|over|for) (?:[a-z]+ )?(?:19|20)\d\d,?)?"
_ON_TO = re.compile(r" ?" + _WHEN + r" ?(?:down |up )?to (?:about |around |roughly )?" + SIGN + r"?\d")
_FROM_TO = re.compile(r"\bfrom [^ ]+(?: [^ \d]+)?" + _WHEN + r" (?:down |up )?to $")  # "went from 1.9% to " -> "went "
# a count's noun phrase, up to three words, ending in a piece of plant (drafting.yaml kpi.equipment) where the phrase
# ends; no phrase runs past a preposition or an article: "3.2 % of the lines" is a share of them, no count
_LINKS = "|".join(re.escape(str(w)) for w in draft_data()["kpi"]["relative"]["stops"]
                  + ["the", "a", "an", "your", "our"] if str(w).isalpha())
_PLANT = "|".join(map(re.escape, draft_data()["kpi"]["equipment"]))
_EQUIPMENT = re.compile(rf" (?:(?!(?:{_LINKS})\b)[a-zäöüß-]+ ){{0,3}}?(?:{_PLANT})"
                        r"(?![\w-])(?! (?:[a-zäöüß-]+ )?(?:hours?|minutes?|per|an?|each|every)\b)")


def _whole_share(after: str) -> bool:
    """The few words after a share, up to a mark or the next number, name a resource and the whole plant whose use of
    it the share is of (drafting.yaml kpi.whole_shares)."""
    told = " " + re.split(r"[.;:!?(]|\d", after, maxsplit=1)[0][:90]
    data = draft_data()["kpi"]["whole_shares"]
    return any(f" {w}" in told for w in data["uses"]) and any(f" {w}" in f"{told} " for w in data["wholes"])


def _threshold(lower: str, start: int) -> bool:
    """The number is bounded ("> 30 s", "shorter than 2 minutes") inside brackets still open before it: an aside that
    defines what is counted, no value of the measure (drafting.yaml kpi.bounds)."""
    opened = lower.rfind("(", 0, start)
    return opened > lower.rfind(")", 0, start) and bool(_bounded().search(lower, opened, start))


@lru_cache(maxsize=1)
def _bounded() -> re.Pattern:
    bounds = draft_data()["kpi"]["bounds"]
    words = alternation(bounds["below"] + bounds["above"])
    return re.compile(rf"(?:^|[\s(])(?:{words}) ?$")


def _each(lower: str, unit: str, target: Measure) -> bool:
    """A count of the things the target's metric names, in a sentence that says "each" or "every" of the thing the
    target's rate is counted per: "each frame needed on average 3.4 weld repairs" for "1.2 weld repairs per frame"."""
    per, _, base = target.unit.partition("per ")
    said = unit.split()
    if per.strip() or len(base.split()) != 1 or not said or said[-1].rstrip("s") not in \
            {w.rstrip("s") for w in target.metric.split()}:
        return False
    return bool(re.search(rf"\b(?:each|every) {re.escape(base.rstrip('s'))}s?\b", lower))


def same_count_base(unit: str, other: str) -> bool:
    """Two rates counted per the same number of things ("bags per 1,000" today, "per 1,000 bags" the target; "165 per
    1,000 rejected" for "90 reeds per 1,000"), the words around the number ordered either way: one unit, unless each
    names a thing of its own that the other does not ("stops per 1,000 hours", "defects per 1,000 parts")."""
    ours, theirs = _COUNT_BASE.search(unit), _COUNT_BASE.search(other)
    if not (ours and theirs) or ours.group(1).replace(",", "") != theirs.group(1).replace(",", ""):
        return False
    said, told = (set(u[:m.start()].split() + u[m.end():].split()) for u, m in ((unit, ours), (other, theirs)))
    return bool(said & told) or not (_things(said) and _things(told))


def _things(words: set[str]) -> set[str]:
    """The words that name things counted: plural nouns ("sheets", "bags"), no verb or word of time ("rejected", "are",
    "today")."""
    return {w for w in words if len(w) > 3 and w.endswith("s") and not w.endswith("ss")} - _NOT_THINGS


_COUNT_BASE = re.compile(r"\bper (\d[\d,]*\d|\d)\b(?![.,]\d)")
_NOT_THINGS = frozenset({"was", "were", "does", "goes", "gets", "is", "has"})


def volume(lower: str, match: re.Match, unit: str, target_unit: str) -> bool:
    """The number is an amount over a period ("18,000 t of beet a year", "rocznie 18 000 t") counted per no thing,
    where the target is a rate over a thing ("0.7 t per tonne"): a measure and its baseline share a unit, and the
    plant's throughput is what the rate is measured on (drafting.yaml kpi.over_periods)."""
    if not _thing_base(target_unit) or _thing_base(unit):
        return False
    around = f"{' '.join(lower[:match.start()].split()[-2:])} | {_CLAUSE.split(lower[match.end(1):], 1)[0]}"
    return bool(_over_period().search(around))


def _thing_base(unit: str) -> str:
    """What a unit is counted per, when that is a thing and no time: "tonne" of "t per tonne", "kg" of "kWh/kg"."""
    base = re.split(r"/| (?:per|pro|je) ", unit, maxsplit=1)[1:]
    word = base[0].split()[0] if base and base[0].split() else ""
    return "" if not word or word[0].isdigit() or word in DURATIONS or word.rstrip("s") in DURATIONS else word


_CLAUSE = re.compile(r"[,;:()]|\. ")


@lru_cache(maxsize=1)
def _over_period() -> re.Pattern:
    words = alternation(draft_data()["kpi"]["over_periods"])
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])")


def specific_rates(said: list, metric: str) -> list:
    """A measure named "specific" (drafting.yaml kpi.specific) takes only the values told as a rate, per something or
    over "/" ("120 litri d'acqua per kg"), where there are any; a throughput beside it is none of its values."""
    if _SPECIFIC.isdisjoint(metric.lower().split()):
        return said
    return [s for s in said if " per " in f" {s[1]} " or "/" in s[1]] or said


_SPECIFIC = frozenset(map(str, draft_data()["kpi"]["specific"]))
