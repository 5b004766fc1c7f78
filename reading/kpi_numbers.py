"""The numbers of a KPI sentence: the sentence as the KPI patterns read it (lower case, numbers in
words as digits, "per cent" as "%"), a number's value and unit, a duration in another unit of time,
and numbers that name a thing rather than measure it ("press 7", "the 500 g packs")."""
from __future__ import annotations

import re
from functools import lru_cache

from .draft_rules import draft_data
from .kpi_amounts import amounts_as_read
from .kpi_durations import durations_as_read
from .kpi_examples import without_examples
from .kpi_to import changed_to
from .kpi_units import counted_per, finer_time, in_unit, is_time, unit_head  # noqa: F401 (read from here too)
from .quantities import DURATIONS, SIGN, counts_as_read
from .spelled import Spelled
from .word_regex import alternation

NUM = r"(\d(?:[\d,]*\d)?(?:\.\d+)?)"


def grammar(part: str) -> str:
    """The alternation of a change's small words in every language offers are written in (drafting.yaml
    kpi.grammar: "to" is to, auf, naar), as a regex group's body."""
    return alternation(draft_data()["kpi"]["grammar"][part])


# "0.9 per 1,000 deliveries": a rate's base is part of its unit, no value of its own; a unit's square or cube
# stays on it: "0.42 m3", "120 m²", "35 m3/h" (not "0.42 m" and a number 3); things counted per period with
# no name of their own are a unit of their own: "remade fronts fell from 40 to 6 a week"
_PERIOD = r"(?:a|an|per|each|every) (?:hour|day|week|month|quarter|year|shift)\b"
_PERIODS = draft_data()["kpi"]["amount_periods"]  # the words of "per" and the periods in each language an offer uses


_PERIOD_SAID = rf"(?:(?:{alternation(w for w in _PERIODS['per'] if str(w).isalpha())}) (?:{alternation(_PERIODS['times'])})|" \
    rf"{alternation(_PERIODS['alone'])})(?![\w'])"  # ... or in one word: "350 keur p.a."
# a bare rate in any language: "6 per shift", "6 por turno", "4 par poste" ("6 a week" is a period, told above)
_BARE_PER = alternation(w for w in _PERIODS["per"] if str(w).isalpha() and len(str(w)) > 2)
# "6.2 weld repairs per 100 pipes", "2.6 breaks per 1,000 km", "1.5 breaks per 100 operating hours" (a participle
# before the base's unit is part of it): the things counted and the base they are counted per;
# "0.9 stops per machine-hour", "0.42 false calls per board", "4.1 kg of steam per litre", "3.1 m3 of gas per 100 kg":
# what a unit is of and what it is counted per (a counted base too)
# "1.9 t steam/t starch", "0.35 kWh el/kg": a short unit, what it is of, and the short unit it is counted per
_SHORT_PER = r"[a-z]{1,3}[23]? (?!and/|or/)[a-z]+/[a-z]{1,3}[23]?(?: (?!per\b)[a-z]+)?"
# what a unit is of, in one word or after another language's "of" ("120 litros de água por quilo", "2,4 litres d'eau
# potable par litre", "38 m³ aardgas per m²", "1 250 kWh ånga per ton"): part of the rate's unit, so the target said
# short ("70 L/kg") is of the same measure
_OF_WHAT = r"(?:(?:(?:de|di|del|della|van|av) |d['’])[^\W\d_]{2,}(?: (?!per\b|par\b|por\b)[^\W\d_]{3,})?|[^\W\d_]{3,})"
_ARTICLES = r"(?:la|le|les|el|los|las|lo|un|une|una|uno|il|du|des|ce|cette|ese|esa|este|esta)"  # "por el nuevo sistema"


def said_counts(capture: bool = False) -> str:
    """A count whose noun a qualifier comes with, and its period: "unplanned stops a month", "ungeplante Stillstände pro
    Monat" (up to two before), "arrêts non planifiés par mois" (after, its negation and a participle's or adjective's
    ending: drafting.yaml kpi.counts); a unit's or a period's name, a bound or an article qualifies none. `capture`: the
    qualifiers before and the noun, or the noun ("head") and those after, and the period as named groups (reading/kpi_counts.py)."""
    data = draft_data()["kpi"]["counts"]
    _names, longer = _unit_words()
    words = set(map(str, data["not_qualifiers"] + data["after_leads"])) | set(DURATIONS) | _names | longer
    not_q = rf"(?!(?:{alternation(words)})\b)"
    word, period = r"[a-z-]{3,}", rf"(?:{_PERIOD}|{_PERIOD_SAID})"
    group = (lambda name, body: f"(?P<{name}>{body})") if capture else (lambda _name, body: f"(?:{body})")
    before = group("before", rf"(?:{not_q}{word} ){{1,2}}") + group("noun", not_q + word)
    after = group("head", not_q + word) + " " + group("after", rf"(?:(?:{alternation(data['after_leads'])}) )?"
                                                     rf"{word}(?:{alternation(data['after_endings'])})")
    # ... a period with what it is of ("per hour of running") read as the other units read it
    return rf"(?:{after}|{before}) {group('period', period)}(?! (?:of|de|di|van|av)\b)"


def _unit_words() -> tuple[set[str], set[str]]:
    """The names of units, short and long, in every language (drafting.yaml kpi.unit_names)."""
    names = draft_data()["kpi"]["unit_names"]
    return {str(s).lower() for s in names}, {str(n).lower() for all_names in names.values() for n in all_names}


UNIT = (r"((?:(?:[a-z-]+ ){0,3}(?:per|je|pro) [\d,]*\d(?: (?:[a-z]+(?:ing|ed) )?[a-z]+|(?=[,;.]))|" + said_counts() + "|" +
        _PERIOD + "|" + _PERIOD_SAID +  # "50 al mes", "30 par mois": a period alone in any language
        r"|(?:[a-z-]+ )?[a-z-]+s per (?:\d+-)?[a-z]+(?:-[a-z]+)*(?: (?!per\b)[a-z]+)?|"
        r"(?:" + _BARE_PER + r") [a-z]+(?:-[a-z]+)*|%|" + _SHORT_PER + r"|[a-z°€$£/]+(?:-[a-z]+)*(?:[23²³](?!\d)(?:/[a-z]+[23²³]?(?!\d))?)?"
        r"(?: (?!more\b|less\b|fewer\b)" + _OF_WHAT + r"(?= (?:per|je|pro|por|par) [a-z]))?)"  # "kg Dampf je m³": what it is of
        r"(?: (?:" + grammar("per") + r") (?!" + _ARTICLES + r"\b)(?:the |all |all the )?(?:\d+-)?[a-z/]+(?:-[a-z]+)*"
        r"(?:[23²³](?![\d,.]\d|\d))?(?: (?!per\b)[a-z]+)?"  # "je m³ Formteil"
        r"(?: per (?:[\d,]+ )?[a-z/]+(?:-[a-z]+)*)?"
        r"| (?:" + _PERIOD_SAID + r"))?)?")  # "35 heures par mois", "35 horas al mes": a period in any language
LATIN = "[a-zß-öø-ÿā-žµμ"
# ... a word of any Latin alphabet: "4,2 Störungen je Schicht", "30 arrêts par mois", "45 przestojów na zmianę"
# (never "arr" cut at its first accent); "µm/h", "µS/cm"
# ... never a change's "to" or "by" written with an accent, a word no unit was read as before ("de 0,9 à 0,55 kWh")
UNIT = "(?!(?:" + "|".join(w for w in grammar("to").split("|") + grammar("by").split("|") if not w.isascii()) + r")\b)" \
    + UNIT.replace("[a-z", LATIN)
COUNTED = re.compile(said_counts(capture=True).replace("[a-z", LATIN))


LEAD = (r"(?:about |around |roughly |approximately |today's |the current |current |some |an average of |"
        r"(?:your |the )(?:measured |current )?|"  # "from your measured 2.4 %": the buyer's own value
        r"derzeit |aktuell |heute |etwa |rund )?" + SIGN + r"?")


NUMBER = re.compile(NUM + r" ?" + UNIT)


YEAR = re.compile(r"(?:19|20)\d\d")


# a number grouped with a space that reads as a year once whole ("2 000 h/ano", "1 950 kg"): written with a comma, a
# count, never a year
_YEARLIKE = re.compile(r"(?<![\w.,'’])(?<!\d )(1|2)[ \u00a0\u202f\u2009'’]((?:(?<=1.)9|(?<=2.)0)\d\d)(?!\d|[.,]\d)")
_STOP_UNIT = {"to", "in", "within", "after", "by", "and", "during", "over", "on", "for", "with", "at", "from", "we",
              "which", "lost", "were", "was", "is", "are", "measured", "today", "currently", "with", "or",
              "last", "this", "next", "since", "until", "them"}  # "38 hours a month last year": when, not the unit
_STOP_UNIT |= set(map(str, draft_data()["kpi"]["unit_stops"]))  # German and Dutch: "nach", "bis", "binnen"


SPELLED = Spelled(sorted(DURATIONS), idioms=draft_data()["kpi"]["number_idioms"])  # "under one hour": "one" a number only before a unit


def as_read(text: str) -> str:
    """The sentence as the patterns read it: lower case, one space, counts as read ("1 450", "in every 1,000"), numbers
    in words as digits, "per cent" and "percent" as "%", a decimal comma as a point ("4,2 %" is 4.2, "1,250 h" 1250)."""
    lower = SPELLED.digits(" ".join(counts_as_read(_YEARLIKE.sub(r"\1,\2", text.lower())).split()))
    lower = _percent().sub("%", lower)
    if any(mark in lower for mark in _point_marks()):  # "um 1,5 prozentpunkte", "2 pontos percentuais"
        lower = _points().sub(" percentage points", lower)
    lower = decimal_points(_PLUS.sub(r"\1", _ROUND_THE_CLOCK.sub("round-the-clock", lower)))
    lower = _DASH_SIGN.sub("-", lower) if "–" in lower or "−" in lower else lower
    lower = durations_as_read(lower)  # "1 h 25 min" is 85 minutes, "anderthalb Stunden" 1.5 Stunden
    lower = _products().sub(lambda m: m.group(0).replace(" ", JOINED), lower)  # "vino fermo": no downtime
    lower = _DEFINED.sub(" ", lower) if ", " in lower else lower
    lower = _ASIDE.sub(r"\1", lower) if "(" in lower else lower
    lower = _QUALIFIED.sub(r"\1 ", lower) if " with " in lower else lower
    lower = changed_to(without_examples(lower))  # "reducir las paradas a 6": to 6
    return amounts_as_read(lower)  # "$3.2m" is "3.2 musd", as a budget line keeps it (kpi_amounts.py)


JOINED = "_"  # joins a product's words into one (no hyphen: a kind's words are read across hyphens)


@lru_cache(maxsize=1)
def _products() -> re.Pattern:
    """Names of products and materials that hold a word of a kind of measure (drafting.yaml kpi.products): read as
    one word, so "la linea del vino fermo" (still wine) names no downtime and "scrap metal" no scrap."""
    return re.compile(rf"(?<![\w-])(?:{alternation(draft_data()['kpi']['products'])})(?![\w-])")


# An aside in brackets between the things a value counts and the base they are counted per: "1,100 euro pallets (epal
# 1, 800 x 1200 mm) per 8-hour shift" counts pallets per shift ("per 8-hour shift": a base of a stated length)
_ASIDE = re.compile(r"(\d[\d,.]* (?:[a-z-]+ ){0,2}[a-z-]+s) \([^()]{1,60}\)(?= per )")
# ... and so does what the things counted are with: "14 cherries with a pit or a pit fragment per 10,000 pitted
# cherries" counts cherries per 10,000 (what they are with names the measure before the number, never its unit)
_QUALIFIED = re.compile(r"(\d[\d,.]* (?:[a-z-]+ ){0,2}[a-z-]+s) with (?:[a-z-]+ ){1,6}?(?=per \d)")


# What a measure is, said between its name and its value ("first-pass yield, alarms that pass without re-test, was
# 93.8 %"): the name then its value, as "scrap was 4 %" (an aside with a number is a value: "scrap, 6% last year, ...")
_DEFINED = re.compile(r", (?:[^,\d();:]{3,90}), (?=(?:was|were|is|are|stood at|averaged|lay at|ran at|runs at)\b)")
_ROUND_THE_CLOCK = re.compile(r"\b24 ?/ ?7\b")  # "24/7 support": no number of anything
# a dash as a minus sign right after a label's colon or a bracket ("Objectif : –35 % sur la facture", "(−12 %)"): a
# change, never a value of 35 (a dash between two numbers is a range: "6–7 %")
_DASH_SIGN = re.compile(r"(?<=[:(] )[–−](?= ?\d)|(?<=[:(])[–−](?= ?\d)")
_PLUS = re.compile(r"(\d)\+(?=[\s,.;:)]|$)")  # "500+ micro-stops": an approximate 500 (a floor, as "more than")


@lru_cache(maxsize=1)
def _percent() -> re.Pattern:
    """A percent written as a word after a number (drafting.yaml kpi.grammar.percent): "um 60 Prozent" is "um 60 %"."""
    return re.compile(rf"(?<=\d) ?(?:{grammar('percent')})\b")


@lru_cache(maxsize=1)
def _point_marks() -> frozenset[str]:
    """What a sentence holds where percentage points may be written: each language's word for them, cut short."""
    return frozenset(str(w)[:3] for w in draft_data()["kpi"]["grammar"]["points"])


@lru_cache(maxsize=1)
def _points() -> re.Pattern:
    return re.compile(rf"(?<=\d) ?(?:{grammar('points')})\b")


_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?!\d|,\d)")


def decimal_points(text: str) -> str:
    """A decimal comma as a point: "3,8 %" is 3.8; "1,250 h" stays 1250 (its comma groups thousands). Dots group
    thousands where two do ("1.485.000 €") or where the sentence writes its decimals with a comma ("61,5 kg je
    Tonne ... rund 38.000 t"): as commas, as an English text groups them."""
    if "." in text:
        text = _DOT_GROUPS.sub(lambda m: m.group().replace(".", ","), text)
    if "," not in text:
        return text
    if "." in text and _DECIMAL_COMMA.search(text):
        text = _DOT_GROUP.sub(r"\1,\2", text)
    return _DECIMAL_COMMA.sub(r"\1.\2", text)


def document_groups(texts: list[str]) -> bool:
    """A text that writes a decimal comma anywhere ("5,5 kA/m²") or groups a number twice with dots ("1.485.000 €")
    groups its thousands with dots everywhere: a German writer's "2.390 kWh/t" in a sentence with no comma of its
    own is 2390, never 2.39."""
    joined = "\n".join(texts)  # no pattern reaches over a line's end
    return _found_at(_DECIMAL_COMMA, joined, _COMMA_DIGIT) or _found_at(_DOT_GROUPS, joined, _DOT_GROUP_DOT)


def _found_at(pattern: re.Pattern, text: str, mark: re.Pattern) -> bool:
    """Whether `pattern` matches in `text`, tried only where its mark is (a comma or a dot group after 1-3 digits:
    a pattern opening with a look behind is tried at every place of a 100-page text, a literal mark is not)."""
    return any(pattern.match(text, at) for found in mark.finditer(text)
               for at in range(max(0, found.start() - 3), found.start()))


def dots_as_groups(text: str) -> str:
    """Dots that group thousands as commas ("2.390 kWh" -> "2,390 kWh"); a leading 0 is a decimal ("0.955")."""
    return _DOC_DOT_GROUP.sub(r"\1,\2", text) if "." in text else text


_COMMA_DIGIT = re.compile(r",\d")  # where a decimal comma can be
_DOT_GROUP_DOT = re.compile(r"\.\d{3}\.")  # where a number grouped twice with dots can be
_DOC_DOT_GROUP = re.compile(r"(?<![\w.,])([1-9]\d{0,2})\.(\d{3})(?![.,]?\d)")
_DOT_GROUPS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![.,]?\d)")
_DOT_GROUP = re.compile(r"(?<![\d.,])(\d{1,3})\.(\d{3})(?![.,]?\d)")


def value_of(text: str) -> float:
    return float(text.replace(",", ""))


def unit_of(raw: str | None) -> str:
    words = []
    for word in (raw or "").split(" "):
        if word in _STOP_UNIT:
            break
        words.append(word)
    while words and words[-1] in _DANGLING:  # "litros de água por quilo de (malha)": what a base is of, cut short
        words.pop()
    if len(words) == 2 and words[0] in _PER_WORDS:
        words[0] = "per"  # "40 a week" and "40 per week" are one unit
    return " ".join(words).strip()


_PER_WORDS = {"a", "an", "each", "every"}
_DANGLING = {"of", "the", "a", "an", "per", "all", "de", "di", "da", "do", "du", "des", "van", "av"}


LINKS = {"is", "are", "was", "were", "runs", "run", "stands", "stand", "sits", "sit"} \
    | set(map(str, draft_data()["kpi"]["links"]))  # "die Rüstzeit beträgt derzeit 48 Minuten"


def is_attribute(lower: str, at: int) -> bool:
    """A number right after a determiner names a kind of thing, not its measure ("the 500 g packs",
    "your 2 presses"); after a thing's name it is part of the name ("press 7", "line 3": drafting.yaml
    kpi.names_before)."""
    before = lower[max(0, at - 16):at].split()
    if not before:
        return False
    if before[-1] in _DETERMINERS:
        return not _TOLD.match(lower, at)  # "the 2.35 t/ADt your mill reported": a value told, no kind
    after = _NEXT.match(lower, at)
    # "press 7 averaged 31 hours": a name, then its verb; "a press 21 times": a count of times; never a share or a
    # decimal ("für dieselbe Linie 78,5 %": the line's value)
    return before[-1] in _names_before() and not _SHARE.match(lower, at) and (not after.group(1) or after.group(1).endswith("ed")
                                              or after.group(1) in LINKS | _HAS)


_SHARE = re.compile(r"\d+[.,]\d|[\d,.]*\d\s?%")
# ... or the verb "have" ("la línea 1 tuvo 50 paradas", "Linie 3 hatte 80 Stillstände": drafting.yaml kpi.has)
_HAS = frozenset(map(str, draft_data()["kpi"]["has"])) | {"and", "or"}
_NEXT = re.compile(r"[\d,.]*\d\s*([^\W\d_]*)")  # a word of any alphabet: "linii 3 wynoszą"
# A number and its unit followed by a clause that tells whose or when it was measured, not by the noun it qualifies
# ("the 30 hours a month of unplanned downtime your CMMS shows": its rate and what it is of come first)
_TOLD = re.compile(r"[\d,.]*\d\s*\S*(?:\s+(?:a|an|per|each)\s+\S+)?(?:\s+of(?:\s+[a-z-]+){1,3}?)?"
                   r"\s+(?:that|which|your|you|we|our|they|it|recorded|reported|measured)\b")


@lru_cache(maxsize=1)
def _names_before() -> frozenset[str]:
    return frozenset(draft_data()["kpi"]["names_before"])


_DETERMINERS = frozenset({"the", "a", "an", "your", "our", "their", "its", "these", "those", "this", "each", "all"})


DIGIT = re.compile(r"\d")
