"""The grammar told around a change's two values: bounds as its ends ("from under 90 % to over 98 %", "more than 40 h
down to less than 10 h"), the period today's value was counted in ("from 4.5 % in FY2024 to 2.5 %", "(2025/26
season)") and how much it changes, told before the values ("66 % faster (45 minutes -> 15 minutes)"). The words are
data (drafting.yaml kpi bounds, periods, comparatives)."""
from __future__ import annotations

import re

from .draft_rules import draft_data
from .kpi_numbers import NUM, NUMBER, UNIT, as_read, grammar, value_of
from .phrases import PhraseSet, normalise, tokens
from .quantities import SIGN
from .word_regex import alternation

_KPI = draft_data()["kpi"]


_BELOW, _ABOVE = alternation(_KPI["bounds"]["below"]), alternation(_KPI["bounds"]["above"])

# A period: a label written onto its number ("fy2024", "q3 2025", "q4/2025", "h1"), a year or a season of two years
# ("2025/26"), with the name of what it spans after it ("2025/26 season", "the 2024 average"), or a span named from its
# place ("the first half year", "the last quarter")
_NAMES = alternation(_KPI["periods"]["names"])
PERIOD = (rf"(?:(?:the )?(?:(?:{alternation(_KPI['periods']['labels'])}) ?'?\d{{1,4}}(?:[ /](?:19|20)?\d\d)?"
          rf"|(?:19|20)\d\d(?:/\d{{2,4}})?)(?: (?:{_NAMES}))?\b"
          rf"|(?:the )?(?:{alternation(_KPI['periods']['leads'])}) (?:{_NAMES})\b)")

# Between today's value and "to": a word that says it is today's ("from 520 kwh/t today to 470"), when it was counted
# ("in fy2024"), then an aside in brackets, which may follow the last words of the value's unit ("3.8 % of class i
# trays (2025/26 season)")
_TODAY = alternation(_KPI["baseline_labels"])
_LEADS = alternation(_KPI["periods"]["leads"])
ASIDE = (rf"(?: (?:{_TODAY}))?(?: (?:in|im|during|for|over) {PERIOD}| (?:{_LEADS}) (?:{_NAMES})\b)?"
         rf"(?:(?: [a-z-]+){{0,2}},? \([^()]{{1,60}}\))?")

_FROM, _TO = grammar("from"), grammar("to")
# (a sign is written onto its number: "from >12 % to <5 %")
_BOUNDED = re.compile(rf"(\b(?:{_FROM}) )?(?<![\w<>=≤≥])({_BELOW}|{_ABOVE}) ?{SIGN}?{NUM} ?{UNIT}{ASIDE}(?: down| up)? "
                      rf"(?:{_TO}) (?:({_BELOW}|{_ABOVE}) ?)?{SIGN}?{NUM} ?{UNIT}")
_IS_BELOW = re.compile(rf"(?:{_BELOW})$")

# Today's value in brackets between the metric and the target: "the energy use of the furnace (today: 520 kwh/t) to 470
# kwh/t" (drafting.yaml kpi.baseline_labels)
TODAY_IN_BRACKETS = re.compile(rf"\((?:{_TODAY})[:,]? (?:about |around |roughly |approx\. )?{SIGN}?{NUM} ?{UNIT}\)"
                               rf"(?: down| up)? (?:{_TO}) (?:(?:{_BELOW}|{_ABOVE}) )?{SIGN}?{NUM} ?{UNIT}")


def bounded_change(lower: str) -> re.Match | None:
    """A change whose values are told as bounds: after "from" ("from more than 40 h down to 10 h"), or a ceiling at
    one end and a floor at the other ("under 90 % to over 98 %"): two bounds the same way with no "from" ("under 5
    to under 8 minutes") may tell a range, and give none."""
    for match in _BOUNDED.finditer(lower):
        first, second = match.group(2), match.group(5)
        if match.group(1) or second and bool(_IS_BELOW.match(first)) != bool(_IS_BELOW.match(second)):
            return match
    return None


def bounded_values(match: re.Match) -> tuple[str, str, str, str]:
    """Today's value and its unit, the target and its unit, of a bounded change."""
    return match.group(3), match.group(4), match.group(6), match.group(7)


def is_bounded(match: re.Match) -> bool:
    return match.re is _BOUNDED


_COMPARATIVES = frozenset(map(str, _KPI["comparatives"]))
_SHARE = re.compile(r"[+\-−]?\d[\d.,]*%?$")


_BY = frozenset(grammar("by").split("|"))
_FACTORS = [str(w).split()[1:] for w in _KPI["relative"]["factors"] if str(w).startswith("by ")]  # "by half"


_AMOUNT_UNITS = sorted((str(u).split() for u in _KPI["amount_units"]), key=len, reverse=True)
_WAYS = frozenset(map(str, _KPI["amount_ways"]))


def before_amount(words: list[str]) -> list[str]:
    """The words before how much a change is, or after it and its comparative ("30 % less downtime" -> "downtime"):
    ("changeover time 66% faster" -> "changeover time", "energy by 15%" ->
    "energy", "downtime by half" -> "downtime", "oee up 12 points" -> "oee"): a share or points told with a
    comparative, or after "by", "up" or "down", or a factor after "by", says how much the measure moves, and is no
    part of its name."""
    for i, word in enumerate(words):
        if word in _BY and any(words[i + 1:i + 1 + len(f)] == f for f in _FACTORS):
            return words[:i]  # "downtime by half, from 120 h to 60 h"
        after = _after_amount(words, i)
        if after is None:
            continue
        if after[:1] and after[0] in _COMPARATIVES:  # "30 % less downtime" names what follows
            return after[1:] if after[1:] else words[:i]
        if i and (words[i - 1] in _BY or words[i - 1] in _WAYS):
            return words[:i - 1]
        if words[i][0] in "+-−":
            return words[:i]  # "oee +12 pts": an amount with its sign
    return words


def _after_amount(words: list[str], i: int) -> list[str] | None:
    """The words after an amount of change at i ("66%", "66 %", "12 points"), or None when none starts there."""
    if not _SHARE.match(words[i]):
        return None
    if words[i].endswith("%"):
        return words[i + 1:]
    for unit in [["%"], *_AMOUNT_UNITS]:
        if words[i + 1:i + 1 + len(unit)] == unit:
            return words[i + 1 + len(unit):]
    return None


def range_end(lower: str, match: re.Match) -> bool:
    """The value ends a range that rises to it ("blanks of 0.6 to 2.5 mm", "3-5 %"); never a change's end ("from 4 to
    2 %") nor a name's number before "to" ("line 6 to 0.38 kwh/kg", "linie 3 to 70 %")."""
    low = _RANGE_START.search(lower, 0, match.start())
    named = lower[:low.start(1)].split()[-1:] if low else []  # "linie 3": a thing's number
    return bool(low) and value_of(low.group(1)) < value_of(match.group(1)) and not set(named) & _NAMED


_NAMED = frozenset(map(str, _KPI["names_before"]))
# ... in each language's word of a range's "to" (drafting.yaml kpi.ranges: "van 1 tot 3 %")
_RANGE_START = re.compile(r"(?<!from )(?<![\w.,/-])(\d[\d,.]*) ?[a-z%]{0,3} ?(?:-|–|"
                          + "|".join(map(re.escape, map(str, _KPI["ranges"]["to"]))) + r") ?$")


# A value (never how much a change is: "by 15 % on the kiln from 520 to 442 kwh/t"), what it is of or for, then
# "from": "0.3 % of wheels from 300 to 750 mm", "55 m/h for profiles from 40 to 120 mm", "55 parts per hour of blanks"
_OF_THINGS = re.compile(r"(?<!\bby )(?<!\bup )(?<!\bdown )(?<![\d.,])\d[\d,]*(?:\.\d+)? ?(%|[a-z/]+(?: per [a-z]+)?) "
                        r"(?:of|for|on|with) (?:the |all |all the |your |its )?[a-z-]+(?: [a-z-]+){0,2} $")


def sizes_of_things(lower: str, at: int, unit: str) -> bool:
    """The numbers at `at` are a range of sizes the things just counted come in ("rejects no more than 0.3 % of wheels
    from 300 to 750 mm"), never a change: a change's values follow its measure's name, not a value of another unit."""
    counted = _OF_THINGS.search(lower, 0, at)
    return bool(counted) and counted.group(1) != unit


# what a range's ends depend on, told after them: "from EUR 12,000 to EUR 18,000 per line depending on options"
DEPENDING = re.compile(r"(?:[^.;]|\.(?=\d))*?\b(?:depending on|depends on|according to the|varies with|vary with)\b")


# A bound says which way the metric should go, whatever its name: "no more than 4 hours" is a ceiling (down
# from today), "at least 95 %" a floor (up from today)
# ("a penalty if claims exceed 0.5 %": what the value must not pass, as "not exceed")
_CEILING = re.compile(r"(?:\bnot exceed|\bif(?: \S+){0,3} exceeds?|\bno more than|\bnot more than|\bbelow|\bunder|"
                      r"\bless than|\bfewer than|"
                      r"\bat most|\bmaximum(?: of)?|\bmax\.?|<=?|≤) ?(?:about |around |roughly )?" + SIGN + r"?$")
_FLOOR = re.compile(r"(?:\bat least|\bmore than|\babove|\bover|\bexceed|\bminimum(?: of)?|\bmin\.?|>=?|≥) ?"
                    r"(?:about |around |roughly )?" + SIGN + r"?$")


_OR_LESS = re.compile(r"(?: ?[^\s\d,;.]+){0,2} or (?:less|fewer|lower|below|under)\b")
_OR_MORE = re.compile(r"(?: ?[^\s\d,;.]+){0,2} or (?:more|higher|above|over)\b")


def bound(text: str, value: float) -> int:
    """-1 when the sentence states the value as a ceiling, +1 as a floor, 0 when neither."""
    lower = as_read(text)
    for match in NUMBER.finditer(lower):
        if value_of(match.group(1)) == value:
            before, after = lower[max(0, match.start() - 40):match.start()], lower[match.end(1):match.end(1) + 30]
            # ... or after it: "of 1.5 % or less", "20 stops or fewer", "96 % or more"
            return -1 if _CEILING.search(before) or _OR_LESS.match(after) else \
                1 if _FLOOR.search(before) or _OR_MORE.match(after) else 0
    return 0


def rate_bases(lower: str) -> list[tuple[int, int]]:
    """Where a number is the base a rate is counted on, right after "per" (drafting.yaml kpi.rate_bases): "3.5 hours or
    less per 72 hours" holds one value, 3.5."""
    return [m.span(1) for m in _RATE_BASE.finditer(lower)]


_RATE_BASE = re.compile(r"\b(?:" + alternation(_KPI["rate_bases"]) + r") (\d[\d.,]*)")


def variants(lower: str) -> list[tuple[int, int]]:
    """Where numbers name the variants a thing comes in, listed with "and" or "or": after a determiner or a preposition
    ("for the 200 g and 400 g cups", "on 475 g and 250 g jars") or with their hyphen held over ("the 8-, 16- and
    24-colour ranges"). Two variants are never a baseline and a target."""
    return [m.span(1) if m.group(1) else m.span(2) for m in _VARIANTS.finditer(lower)] \
        + [m.span() for m in _HELD_HYPHEN.finditer(lower)] + [m.span(1) for m in _SIZED.finditer(lower)]


_ITEM = r"\d[\d.,]*(?: ?[a-zµ%]{1,5}\b)?"
_LAST = r"\d[\d.,]*(?: ?[a-zµ%]+)?"  # the last of a list ending its clause, its unit a word of any length ("pieces")
_VARIANTS = re.compile(rf"\b(?:{alternation(_KPI['variant_leads'])}) "
                       rf"({_ITEM}(?:, {_ITEM})*,? (?:and|or) {_ITEM})(?= [a-z])"
                       # ... or after the thing named, its values ending the clause: "runs batches of 2 and 5 kg."
                       rf"|\b(?:{alternation(_KPI['variants_of'])}) ({_ITEM}(?:, {_ITEM})*,? (?:and|or) {_LAST})(?=[.;,]|$)")
# ... and one size of the things named right after it ("guaranteed on 4 g sticks", "for 200 ml bottles"): the product's
# size, no value of a measure (drafting.yaml kpi.size_units)
_SIZED = re.compile(rf"\b(?:{alternation(_KPI['variant_leads'])}) (\d[\d.,]* ?(?:{alternation(_KPI['size_units'])}))"
                    r" (?!less\b)(?=[a-z]{2,}s\b)")
_HELD_HYPHEN = re.compile(r"\d[\d.,]*-(?:,? \d[\d.,]*-)*,? (?:and|or) \d[\d.,]*-[a-z]")


def measured_on(lower: str) -> list[tuple[int, int]]:
    """Where a count tells what a target is measured on ("measured over 40 cycles after the upgrade", drafting.yaml
    kpi.measured_over): never the target nor today's value, whatever it counts."""
    return [m.span(1) for m in _MEASURED_ON.finditer(lower)]


_LEADS = alternation(_KPI["measured_over_leads"])  # "over the first", "über die ersten"
_MEASURED_ON = re.compile(rf"\b(?:{alternation(_KPI['measured_over'])}) (?:(?:{_LEADS}) ){{0,2}}"
                          r"(\d[\d.,]*(?: [a-zäöü-]+)?)")


def measured_lead(piece: str) -> bool:
    """A clause opened by what a target is measured on ("measured over 30 bakes"): it names no metric."""
    return bool(_MEASURED_ON.match(piece.strip().lower()))


def first_match(lower: str, plain: re.Pattern, aside: re.Pattern) -> re.Match | None:
    """The first change from a value to another a sentence states: one with an aside between its values (`aside`: "from
    your measured 2.4 % of cartons (MES, weeks 12-20) to 0.6 %, and ... from 6.5 hours to 1.5 hours") comes before a
    later one without (`plain`), which is otherwise read first; a sentence names its first measure first."""
    said, asided = plain.search(lower), aside.search(lower)
    return asided if said and asided and asided.start() < said.start() else said


# ... its "to" right before the target's value, a bound or a currency sign ("de 4 a 6", "da 4,1 % a max. 2,5 %"; "from 5 a
# day to 3" is a period's "a")
_ONLY_AFTER_FROM = re.compile(rf" (?:{grammar('to_after_from')}) (?:[a-zá-ú]+\.? )?{SIGN}?\d")
_MOVED = frozenset(map(str, [*_KPI["relative"]["down"], *_KPI["relative"]["up"], *_KPI["relative"]["better"],
                             *_KPI["relative"]["either"], *_KPI["grammar"]["moved"]]))
# the verbs of change a change's own words may be told by ("we cut scrap (from 4 % to 2 %)"): drafting.yaml kpi.moves,
# not its prepositions ("from", "del", "to", "al")
_MOVES = frozenset(map(str, _KPI["moves"])) - frozenset(map(str, [*_KPI["grammar"]["from"], *_KPI["grammar"]["to"],
                                                                   "from", "to", "down", "up"]))
_AIMS = PhraseSet.of(_KPI["commits"], "commits")  # ... or an aim ("we guarantee (scrap from 4 % to 2 %)")


def bracketed_range(lower: str, match: re.Match) -> bool:
    """A "from X to Y" inside a bracket that names its own thing before it, with no verb or noun of change in the
    sentence before it: a spec's range listed in an aside ("(capacidad 320-360 t/h, finura R90 del 10 al 12 %)",
    "(fineness R90 from 10 to 12 %)"), never a baseline and a target; "a scrap cut (from 4 % to 2 %)" is a change."""
    opened = lower.rfind("(", 0, match.start())
    if opened < 0 or ")" in lower[opened:match.start()] or ")" not in lower[match.end():]:
        return False
    named = re.search(r"[^\W\d_]{2,}", lower[opened:match.start()].rsplit(",", 1)[-1])
    before = tokens(normalise(lower[:match.start()]))
    return bool(named) and _MOVED.isdisjoint(before) and _MOVES.isdisjoint(before) and not _AIMS.find(before)


def unmoved_span(lower: str, match: re.Match) -> bool:
    """A "from X a Y" whose "to" is read so only after "from" (drafting.yaml kpi.grammar to_after_from) with no verb or
    noun of change before it: a span ("el piloto dura de 4 a 6 semanas", "da 3 a 5 giorni"), no baseline and target;
    "reducir el consumo de 1,9 a 1,6 kwh/m²" is a change."""
    return bool(_ONLY_AFTER_FROM.search(match.group(0))) and _MOVED.isdisjoint(re.findall(r"\w+", lower[:match.start()]))
