"""Numbers in a proposal as quantities: value, unit and kind, so that "$3.2M" is 3,200,000 dollars,
"4-12 hours" is a range (never a baseline and a target), "every 20 seconds" a rate, and "IEC 61131"
or "S7-1200" a name, not a number. The KPI reader asks these before it drafts a measure.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from questions.loader import load_drafting, load_money

from .clock import clock_spans
from .number_groups import SPACES, decimals_in, grouped_in
from .word_regex import alternation

# thousands a stop groups with decimals after a comma ("3.850,00"), or a space groups ("18 000", "1 250,5"; number_groups.py)
_EUROPEAN = (grouped_in("european") + r",\d+(?![\d.,])|" + grouped_in("space") + decimals_in("space")
             + rf"(?![\d.,]|[{SPACES}]\d)")
SCALE = {"k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mio": 1e6, "million": 1e6, "b": 1e9, "bn": 1e9,
         "billion": 1e9, "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}  # India's counts of money
MONEY = load_money()  # words.yaml's one list of currencies
CURRENCY = {word: code.upper() for word, code in [*MONEY.signs.items(), *MONEY.names.items(),
                                                   *MONEY.before_figures.items(), *zip(MONEY.codes, MONEY.codes)]}
SIGN = MONEY.sign_class()  # any currency's sign: "[$€£...]"
CODES = "|".join(sorted(MONEY.codes, key=len, reverse=True))
SHORT_MONEY = alternation(MONEY.before_figures)
# Indian grouping first ("9,80,000": lakhs of two digits, then a thousand), then thousands a stop or a space groups with
# decimals after a comma ("3.850,00", "18 000": whole, never "850,00"), then groups of three ("980,000")
_SWISS = grouped_in("swiss") + decimals_in("swiss") + r"(?![\d'’])"  # "CHF 80'000": thousands an apostrophe groups
# ... and an amount under a thousand with its cents after a comma, before its currency ("500,00 EUR", "9,50 €")
_CENTS_BEFORE = rf"\d{{1,3}},\d\d(?=\s?(?:{SIGN}|(?:{CODES})(?![a-z])))"
_NUM = (grouped_in("indian") + r"(?![\d,])|" + _EUROPEAN + "|" + _SWISS + "|" + _CENTS_BEFORE
        + r"|\d+(?:[,.]\d{3})*(?:\.\d+)?|\d*\.\d+")
# not inside a word: "afkeur 6 %", "amateur"; a short form only right before its figure ("Rs. 14,500", no "RS 485")
_CUR = rf"{SIGN}|(?<![a-z])(?:(?:{CODES})(?![a-z])|(?:{SHORT_MONEY})(?=\s?\d))"
# ("8.5 m/min" is metres a minute: a letter before "/" is a unit's, never a scale)
_SCALE = r"(?:k|m|mn|mio|b|bn|thousand|million|billion|lakhs?|crores?)\b(?!/)"
# "0.9 stops per machine-hour", "4,2 Störungen je Schicht"
_UNIT = r"%|percent|[a-zäöüß°/]+(?: (?:per|je|pro) [a-zäöüß]+(?:-[a-z]+)?)?"
# A name with a number in it: a standard ("IEC 61131", "ISO 9001"), a model ("PM5560", "S7-1200").
_BODIES, _VERSIONS = (alternation(load_drafting()["kpi"][key])
                      for key in ("standard_bodies", "standard_versions"))
_NAME = re.compile(rf"\b(?:(?:{_BODIES})\s?[a-z]?\d{{3,}}[\d.\-]*[a-z]?|(?:{_VERSIONS})\s?[a-z]?\d[\d.\-]*[a-z]?|"
                   rf"[a-z]+\d+[a-z\d]*(?:-\d+)?)\b", re.I)
# a currency's sign after the figure, and its scale's dot before it: "350 €", "1,2 Mio. €" ("1.2 Mio. EUR": its code a unit)
_THEN_CUR = rf"(?:\.(?=\s?(?:{SIGN}|(?:{CODES})(?![a-z]))))?(?:\s?(?P<after>{SIGN}))?"
_RANGES = load_drafting()["kpi"]["ranges"]  # a range's words in each language: "3 bis 6 %", "zwischen 3 und 6 %"
_RANGE_TO = "|".join(map(re.escape, map(str, _RANGES["to"])))
_QUANTITY = re.compile(
    rf"(?P<about>\b(?:about|around|roughly|approximately|approx\.?|some|nearly|almost|over|more than|at least)\s)?"
    rf"(?:(?P<cur>{_CUR})\s?)?(?P<num>{_NUM})(?:,-)?(?P<more>\+)?\s?(?P<scale>{_SCALE})?{_THEN_CUR}"
    rf"(?:\s?(?:-|–|{_RANGE_TO})\s?(?:(?:{_CUR})\s?)?(?P<high>{_NUM})\s?(?P<hscale>{_SCALE})?)?"
    rf"\s?(?P<unit>{_UNIT})?", re.I)
DURATIONS = frozenset({"second", "seconds", "s", "sec", "minute", "minutes", "min", "mins", "hour", "hours", "h", "hrs",
                       "day", "days", "week", "weeks", "month", "months", "year", "years", "shift", "shifts"})


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float
    unit: str  # "%", "hours", "USD", "kHz", "parts per minute" ... ("" when none is written)
    kind: str  # currency, percent, duration, rate, count, year
    start: int
    end: int
    high: float | None = None  # the other end of a range ("4-12 hours")
    approximate: bool = False  # "about 90", "500+", "at least 3"
    scale: float = 1.0  # what its scale multiplied it by: 1e6 for "$3.2M"

    @property
    def is_range(self) -> bool:
        return self.high is not None


_DOT_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3})+")


def _number(text: str, scale: str | None, money: bool = False) -> float:
    text = re.sub("['’]", "", text)
    if money and not scale and _DOT_GROUPS.fullmatch(text):  # "6.900 €", "38.500 EUR": no money has three decimals
        text = text.replace(".", "")
    if re.fullmatch(_EUROPEAN, text) or (money and re.fullmatch(r"\d{1,3},\d\d", text)):  # "3.850,00", "500,00 €"
        text = re.sub(f"[{SPACES}.]", "", text).replace(",", ".")
    value = float(text.replace(",", "")) if "," in text or text.count(".") <= 1 else float(text.replace(".", ""))
    return value * SCALE.get((scale or "").lower(), 1)


def _kind(unit: str, currency: str | None, value: float, raw: str) -> str:
    if currency or unit in CURRENCY:
        return "currency"
    if unit in ("%", "percent"):
        return "percent"
    if unit in DURATIONS:
        return "duration"
    if "/" in unit or " per " in unit or unit.endswith("hz"):
        return "rate"
    if not unit and re.fullmatch(r"(?:19|20)\d\d", raw):
        return "year"
    return "count"


def quantities(text: str) -> list[Quantity]:
    """Every quantity in the text, in order; names with numbers in them are skipped."""
    names = name_spans(text)
    found = []
    for m in _QUANTITY.finditer(text):
        start = m.start("cur") if m.group("cur") else m.start("num")
        if any(a <= start < b for a, b in names) or (start and text[start - 1].isalpha()):
            continue
        unit = (m.group("unit") or "").lower()
        unit = "" if unit in _NO_UNIT else unit  # "in 2024 we had": a word after a number is not always its unit
        # ... its code before a period written onto it: "8.400 EUR/anno"
        # ... or before its period: "500,00 EUR pro Monat"
        currency = (CURRENCY.get((m.group("cur") or m.group("after") or "").lower())
                    or CURRENCY.get(unit.split("/")[0].split(" ")[0]))
        low = _number(m.group("num"), m.group("scale"), bool(currency))
        if m.group("cur") and unit in short_scales():  # "₹6.5 L": 6.5 lakh rupees, never litres after a currency
            low, unit = low * short_scales()[unit], ""
        high = _number(m.group("high"), m.group("hscale") or m.group("scale")) if m.group("high") else None
        kind = "rate" if _EVERY.search(text[max(0, start - 8):start]) else _kind(unit, currency, low, m.group("num"))
        if kind == "year" and high is not None and not re.fullmatch(r"(?:19|20)?\d\d", m.group("high")):
            kind = "count"
        found.append(Quantity(low, currency or ("%" if unit == "percent" else unit), kind, start, m.end(), high,
                              bool(m.group("about") or m.group("more")), SCALE.get((m.group("scale") or "").lower(), 1.0)))
    return _spans(text, found)


@lru_cache(maxsize=1)
def short_scales() -> dict[str, float]:
    """A scale written short after a currency's figure (drafting.yaml price_sheet short_scales: "₹6.5 L", "Rs. 2 Cr")."""
    return {str(k).lower(): float(v) for k, v in load_drafting()["price_sheet"]["short_scales"].items()}


def counts_as_read(text: str) -> str:
    """A lower-cased text's numbers as a reader takes them: thousands grouped with a space or an apostrophe whole
    (ungrouped), a count told "in every" or "out of every" so many a rate per them ("42 bags in every 1,000": 42 bags
    per 1,000), and two words of what a rate counts joined by "or" or "and" one modifier ("15 cracked or curled sheets
    per 1,000 sheets": the sheets counted, not a 15 of "cracked")."""
    text = ungrouped(text)
    text = _IN_EVERY.sub(r"\1 per \2", text) if "every" in text else text
    return _EITHER.sub(r"\1-\2-\3", text) if " per " in text else text


_IN_EVERY = re.compile(r"(\d[\d,.]*(?:\s[a-z-]+){0,2})\s(?:in|out\sof)\severy\s(\d[\d,]*\d|\d)\b(?![.,]\d)")
_EITHER = re.compile(r"(?<=\d )([a-z]+) (or|and) ([a-z]+)(?= [a-z-]+s per [\d,]*\d)")


def ungrouped(text: str) -> str:
    """A number's thousands grouped with a space, a no-break or narrow no-break space or an apostrophe ("1 450 kg",
    Swiss "1'450 kg") written whole, as one number: read apart, "1 450" is a 1 and a 450."""
    return _GROUPS.sub(lambda m: _GROUP_MARK.sub("", m.group()), text) if _GROUP_CUE.search(text) else text


_GROUP_CUE = re.compile(r"\d[ \u00a0\u202f\u2009'’]\d{3}")  # most sentences group no number so: no groups read
# the first group of one to three digits, no word, number or dot before it ("H2SO4 100 %", "v2.1 200"); each group after
# three digits and no digit after the last ("2 500 000", but not "1 2025" nor "3 4500"); a space-grouped one follows no
# number a space before it ("lines 2 3 450"): a list of numbers
_GROUPS = re.compile(r"(?<![\w.,'’\u00a0\u202f\u2009])\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"
                     r"|(?<![\w.,'’])\d{1,3}(?:['’]\d{3})+(?!\d)"
                     r"|(?<![\w.,'’])(?<!\d )\d{1,3}(?: \d{3})+(?![\d'’]|[.,]\d{3})")
_GROUP_MARK = re.compile(r"[ \u00a0\u202f\u2009'’]")


def name_spans(text: str) -> list[tuple[int, int]]:
    """Where numbers name a thing: a standard or a model ("IEC 61131", "S7-1200"), and a digit with letters
    glued on that are no unit ("the 8D report", "a 3C analysis", "2D codes", "the 2nd shift"; "8h", "5s" and
    "3kg" are values: drafting.yaml kpi glued_units)."""
    names = [m.span() for m in _NAME.finditer(text) if not m.group().lower().rstrip("0123456789.").endswith(
        tuple(SCALE))]
    names += [m.span(1) for m in _labelled().finditer(text)]  # "Level 2 support", "Gen 3 gateway", "in week 12"
    names += [m.span(1) for m in _TOLERANCE.finditer(text)]  # "within ±1 %": a tolerance, no value of the plant's
    names += [m.span() for m in _ONE_IN.finditer(text)]  # "1 in 12 boards": how often, as a ratio; neither is a value
    names += [m.span() for week in _weeks() for m in week.finditer(text)]  # "from KW 14 to KW 22/2026": when
    names += [m.span() for m in _SPLIT_YEAR.finditer(text)]  # "the 2025/26 campaign": a season, no value of 26
    names += [m.span() for m in _MONTH_YEAR.finditer(text)]  # "data of 03/2026": a month, no value of 3
    names += [m.span() for m in _DIMENSIONS.finditer(text)]  # "10 x 10 cm": a thing's size, no value of a measure
    names += clock_spans(text)  # "L-V 8:00-18:00 h": a time of day, no duration (clock.py)
    names += [m.span() for m in _GRADE.finditer(text)]  # "42CrMo4", "16MnCr5": a steel grade's name, no 42 of anything
    return names + [m.span() for m in _GLUED.finditer(text) if m.group(1).lower() not in _glued_units()]


def inside(at: int, spans) -> bool:
    """The position stands in one of the spans (start, end): a number there is a name's or an aside's, no value."""
    return any(a <= at < b for a, b in spans)


@lru_cache(maxsize=1)
def _labelled() -> re.Pattern:
    """A number right after a label of things numbered (drafting.yaml kpi labels), not before a unit of time."""
    words = sorted((re.escape(str(w)) for w in load_drafting()["kpi"]["labels"]), key=len, reverse=True)
    units = "|".join(sorted(DURATIONS | {"times", "%"}, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{'|'.join(words)})\s(\d+)\b(?![.,]\d)(?!\s?(?:{re.escape('%')}|(?:{units})\b))", re.I)


@lru_cache(maxsize=1)
def _glued_units() -> frozenset[str]:
    return frozenset(str(u) for u in load_drafting()["kpi"]["glued_units"]) | DURATIONS | frozenset(SCALE)


_TOLERANCE = re.compile(r"(?:±|\+/-|\+-|\bplus ?(?:/|or|-)? ?minus)\s?(\d[\d.,]*)", re.I)  # "plus or minus 0.5 mm"
_GLUED = re.compile(r"(?<![\w.,])\d([a-z]{1,3})\b", re.I)
# ... and letters glued between digits: a grade or a type's code ("42CrMo4", "100Cr6"), never a unit ("2h30" is a time)
_GRADE = re.compile(r"(?<![\w.,])\d+[a-z]{2,}\d", re.I)


def no_values(text: str) -> list[tuple[int, int]]:
    """Where the text's numbers are no single value: names ("T2", "IEC 61131", "S7-1200") and the ends
    of a range ("95-110 °C", "4 to 12 hours"; after "from" two numbers are a change and stay values)."""
    names = name_spans(text)
    # ... but a spread told before "from" keeps them a range: "scrap runs anywhere from 3 to 6 %"
    ranges = [(q.start, q.end) for q in quantities(text) if q.is_range and not _YEAR_THEN.match(text, q.start)
              and (not _FROM.search(text[:q.start]) or spread_before(text, q.start))]
    return names + ranges + between(text) + sized_things(text)  # "between 6 and 8 hours per load"


def sized_things(text: str) -> list[tuple[int, int]]:
    """Where two sizes of one unit joined as a range name the machines they size ("the 400 t to 800 t presses", "80 kg
    - 120 kg mixers": drafting.yaml kpi.equipment): which machines, neither end a value nor a change."""
    if not _JOINED_UNITS.search(text):
        return []
    said = quantities(text)
    return [(a.start, b.end) for a, b in zip(said, said[1:]) if a.unit and a.unit == b.unit
            and _RANGE_JOIN.fullmatch(text[a.end:b.start]) and _sized().match(text, b.end)]


_JOINED_UNITS = re.compile(r"\d ?[a-z]+ ?(?:[-–]|to|bis|tot) ?\d", re.I)
_RANGE_JOIN = re.compile(rf"\s?(?:-|–|{_RANGE_TO})\s?", re.I)


@lru_cache(maxsize=1)
def _sized() -> re.Pattern:
    kpi = load_drafting()["kpi"]
    plant = alternation(kpi["equipment"])
    # the sizes right before the machines' noun, no preposition or article between ("48 to 30 minutes on all presses")
    links = "|".join(re.escape(str(w)) for w in kpi["relative"]["stops"] + ["the", "a", "an", "all", "your", "our"]
                     if str(w).isalpha())
    return re.compile(rf"\s(?:(?!(?:{links})\b)[a-zäöüß-]+ ){{0,2}}?(?:{plant})\b", re.I)


def between(text: str) -> list[tuple[int, int]]:
    """Where a range is told between two numbers ("between 5 and 7 minutes"), or its two ends are joined and of one
    size ("1.5-2 %", "1.5 to 2 %"): neither end is one value. Ends far apart are no range: "Linie 2 to 72 %" names a
    line and a value."""
    joined = [(q.start, q.end) for q in quantities(text) if q.is_range and 0 < q.value < q.high <= _RANGE_SPREAD * q.value] \
        if _JOINED.search(text) else []  # most sentences join no two numbers: no quantities read for them
    return [m.span(1) for m in _BETWEEN.finditer(text)] + joined


_JOINED = re.compile(r"\d ?(?:[-–]|to\b) ?\d")

_RANGE_SPREAD = 4  # the high end of a range told as a target is at most this many times its low end


# Two or three sizes joined by "x" or "×" ("10 x 10 cm", "1200×800×150 mm"): a thing's dimensions, each no value
_DIMENSIONS = re.compile(r"(?<![\w.,])\d[\d.,]*\s?(?:x|×)\s?\d[\d.,]*(?:\s?(?:x|×)\s?\d[\d.,]*)?(?![\d])", re.I)
_MONTH_YEAR = re.compile(r"(?<![\w.,/])(?:0[1-9]|1[0-2]) ?/ ?(?:19|20)\d\d\b")
_SPLIT_YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d\d ?[/-] ?\d\d\b(?![.,]\d| ?%)")


@lru_cache(maxsize=1)
def _weeks() -> tuple[re.Pattern, re.Pattern]:
    """A calendar week named by its short label (drafting.yaml kpi.periods.weeks) with its year after a slash
    ("KW 22/2026") or after a word of time ("from CW 14", "until wk 30"): a number of a week, no value ("6 kW")."""
    weeks = "|".join(map(re.escape, map(str, load_drafting()["kpi"]["periods"]["weeks"])))
    return (re.compile(rf"(?<![\w.])(?:{weeks}) ?\d{{1,2}} ?/ ?(?:19|20)?\d\d\b", re.I),
            re.compile(rf"\b(?:from|in|since|until|till|to|by|ab|seit|bis|von) (?:{weeks}) ?\d{{1,2}}\b(?![.,]\d)", re.I))


# "1 in 2027" is when; the things may be named between when nothing is counted after: "one core in sixteen is
# scrapped" ("1 line in 3 shifts" is a line)
_ONE_IN = re.compile(r"\b(?:1|one) (?:in (?!(?:19|20)\d\d\b)\d[\d,]*\b|[a-z-]+ in (?!(?:19|20)\d\d\b)\d[\d,]*"
                     r"(?=\s*(?:[,.;:)]|\Z|(?:is|are|was|were|gets?|goes)\b)))", re.I)


# "went from 4.8 % in 2023 to 3.5 %": a year is when, the number after "to" a value ("2021 to 2024" are years)
_YEAR_THEN = re.compile(r"(?:19|20)\d\d\s?to\s?(?!(?:19|20)\d\d\b)\d")


def _spans(text: str, found: list[Quantity]) -> list[Quantity]:
    """Two durations joined by "to" or a dash are one range ("stops lasted 1 hour to 2 days"), its
    high end in the low end's unit; after a bare "from" they are a change, and stay two."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        if (last and last.kind == q.kind == "duration" and last.high is None
                and _JOIN.fullmatch(text[last.end:q.start]) and (spread_before(text, last.start) or not _FROM.search(text[:last.start]))):
            high = convert(q.value, q.unit, last.unit)
            if high is not None:
                out[-1] = Quantity(last.value, last.unit, last.kind, last.start, q.end, high, last.approximate or q.approximate)
                continue
        out.append(q)
    return out


_HOURS = {"second": 1 / 3600, "sec": 1 / 3600, "s": 1 / 3600, "minute": 1 / 60, "min": 1 / 60, "hour": 1.0, "h": 1.0,
          "hr": 1.0, "day": 24.0, "week": 168.0, "month": 730.0, "year": 8760.0, "yr": 8760.0}


def convert(value: float, unit: str, to: str) -> float | None:
    """A duration in another unit of time ("7 weeks" in days is 49), or None when either unit is no
    duration of a fixed length (a shift differs from plant to plant)."""
    a, b = _HOURS.get(_singular(unit)), _HOURS.get(_singular(to))
    return None if a is None or b is None else round(value * a / b, 6)


def _singular(unit: str) -> str:
    unit = unit.lower().strip().rstrip(".")
    unit = _short_time().get(unit, unit)  # "5 mo.", "3 wks", "2 Std.": the unit written short
    return unit[:-1] if unit.endswith("s") and unit[:-1] in _HOURS else unit


@lru_cache(maxsize=1)
def _short_time() -> dict[str, str]:
    from questions.loader import load_bank  # the bank's word lists (words.yaml `short_time`), loaded once
    return {k.lower(): v for k, v in load_bank().words.short_time.items()}


def spread_before(text: str, at: int) -> bool:
    """Whether a verb of spread leads to the numbers at this offset ("stops lasted from 3 hours to
    2 days", "between 4 and 12"): they are the two ends of a range, not a before and an after."""
    return bool(_SPREAD.search(text[max(0, at - 40):at]))


_NO_UNIT = frozenset({"we", "the", "and", "or", "was", "were", "is", "are", "a", "an", "to", "in", "on", "at", "of",
                      "for", "with", "it", "they", "our", "your", "that", "this", "when", "after", "by"})
_BETWEEN_WORDS = "|".join(map(re.escape, map(str, _RANGES["between"])))
_BETWEEN = re.compile(rf"\b(?:{_BETWEEN_WORDS}) (\d[\d.,]*\s?\S*? (?:{'|'.join(map(str, _RANGES['and']))}) \d[\d.,]*)",
                      re.I)
_JOIN = re.compile(r"\s*(?:to|-|–)\s*", re.I)
_FROM = re.compile(r"\bfrom\s*$", re.I)
_EVERY = re.compile(r"\b(?:every|each)\s$", re.I)
_SPREAD = re.compile(r"\b(?:lasted|last|lasting|ranged|ranging|range|ranges|varied|varies|vary|varying|"
                     r"anywhere|anything|took|take|takes|spanned|spanning|"
                     # a state held within limits: "pressure is held from 2 to 6 bar", "works from -20 to 60 °C"
                     r"held|kept|maintained|operates|operating|works|adjustable|configurable|rated|"
                     + "|".join(map(re.escape, map(str, _RANGES["spread"]))) + r")\b[^.;]*$"
                     # "between" only right before the numbers: "the mean time between failures rose from 120 to
                     # 310 hours" is a change; so "run" ("grades run from 50 to 72 %": what they span, no change)
                     rf"|\b(?:{_BETWEEN_WORDS})\s*$|\b(?:run|runs|ran)\s*$", re.I)
