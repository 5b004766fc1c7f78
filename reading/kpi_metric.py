"""The metric of a KPI: the name a sentence gives it ("the KPI is scrap"), else the noun phrase before its numbers, a
heading over a list of values or a phrase of its sentences that names a kind of measure (kpi_kinds.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Measure

from .draft_rules import DraftRules, draft_data
from .kpi_bounds import before_amount, measured_lead
from .kpi_kinds import NO_NAME, is_kind, kind_phrase, moves_the_right_way, time_leads, way_of
from .kpi_numbers import DIGIT, LINKS, as_read
from .kpi_tidy import dangles
from .kpi_today import link_before_value
from .phrases import PhraseSet
from .quantities import sized_things
from .romance import unelided
from .text import Sentence
from .word_regex import alternation

# What the sentence names as its KPI: "The KPI is unplanned spindle downtime, today ..." -> "unplanned spindle downtime"
# (the words that name a KPI, in each language: drafting.yaml kpi.kpi_words, "Kennzahl: ungeplante Stillstandszeit")
_KPI_WORDS = alternation(draft_data()["kpi"]["kpi_words"])
_LETTER = "a-zäöüßàâçéèêëîïôûù"  # "Kennzahl: ungeplante Stillstandszeit", "Indicateur : état"
_NAMED = re.compile(r"\b(?:" + _KPI_WORDS + r")s?"
                    r"(?: (?:we|i) (?:propose|suggest|use|track|will use|will track|agree on|agreed))?"
                    r"(?: is| will be| we propose is|:) (?:the |our |your |a )?([" + _LETTER + "][" + _LETTER +
                    r"0-9 /&'-]*?)"
                    r"(?= ?(?:[,;:(.!?]|$|\b(?:today|currently|now|at present|from|measured|which|that|at|is|was|in)\b|"
                    r"\d[\d,.]* ?(?:%|[a-z]+ (?:per|a|an|of|each)\b)))")


_PUNCT = re.compile(r"[,;:()\[\]]")


def metric_before(before: str, rules: DraftRules) -> str:
    """What the sentence names as its KPI ("the KPI is scrap, today ..."), else the noun phrase
    before the change: the last clause (after a comma, colon or bracket) that names one once verbs
    of change and words that name no metric ("it", "the measured baseline") are trimmed
    ("(OEE line 21: 61% today" -> "oee line 21")."""
    named = named_kpi(before, rules)
    if named:
        return named
    for a, b in reversed(sized_things(before)):
        before = before[:a] + before[b:]  # "on the 400 t to 800 t presses": which presses, no word of the measure
    for n, piece in enumerate(reversed(_PUNCT.split(before))):
        if n and _POINTS_BACK.search(piece):
            return ""  # "based on that, we'll commit to no more than": an earlier clause, of what was told before
        if measured_lead(piece):
            continue  # "..., measured over 30 bakes: the cycle comes down to": what it is measured on names nothing
        words = before_amount([w for w in piece.split() if any(c.isalnum() for c in w) or w == "%"])
        metric = noun_phrase(words, rules) if words else ""
        if metric:
            return metric
        if _POINTER.search(piece):
            return ""  # "with the tension feedback, we will bring that down to": the value told before names it
    return ""


# a verb of change (drafting.yaml kpi.relative) and a word that points back to a value told before ("bring that down",
# "cut it to", "halve that")
_RELATIVE = draft_data()["kpi"]["relative"]
_CHANGES = map(str, _RELATIVE["down"] + _RELATIVE["up"] + _RELATIVE["either"] + list(_RELATIVE["factors"]))
_POINTER = re.compile(rf"\b(?:{alternation(_CHANGES)}) (?:that|this|it|them|these|those)\b")


# a clause that ends pointing back ("based on that", "given this") names what was told before, no measure of its own
_POINTS_BACK = re.compile(r"\b(?:that|this|these|those)\s*$")


def noun_phrase(words: list[str], rules: DraftRules) -> str:
    if words[-1:] == ["every"]:
        return _interval(words[:-1], rules)
    words = _after_time(_after_means(words, rules), rules)
    modal = next((i for i, w in enumerate(words) if i and w in _modals()), None)
    if modal is not None and (words[modal - 1] in _SUBJECTS or _object_named(words[modal + 1:], rules)):
        words = words[modal + 1:]  # "... sensors we will reduce the cycle to", "the app will cut mttr to"
    elif modal is not None and any(w not in rules.kpi_trim and w not in NO_NAME for w in words[:modal]):
        words = words[:modal]  # "start-up waste will not exceed" -> "start-up waste"
    words = _after_subject(words, rules)
    link = link_before_value(words, LINKS, rules)
    if link is not None:  # "oee on line 3 is 61%" -> "oee on line 3"; "il consumo è oggi di" -> "il consumo"
        words = words[:link] if _names(words[:link], rules) else _up_to_value(words[link + 1:])
    cut = [i for i, w in enumerate(words[:-1]) if w in rules.kpi_moves and w not in ("from", "to", "down", "up")]
    words = words[cut[-1] + 1:] if cut else words  # "we commit to bringing scrap" -> "scrap"
    # ... before the name is cut to its last words: "false reject rate on line 3 falls" keeps "false"
    words = _untrailed(words, rules)
    valued = next((i for i in range(max(1, len(words) - _UNIT_WORDS), len(words)) if _valued(words, i)), None)
    if valued is not None and _names(words[:valued], rules):  # "unplanned downtime of 35 hours a month today":
        words = _untrailed(words[:valued], rules)  # a value and its unit are no part of the name, nor "350 keur p.a."
    words = _last_words(words, rules)
    while words and (words[0] in rules.kpi_trim or words[0] in rules.kpi_moves or words[0] in NO_NAME
                     or words[0][:1].isdigit()):
        words.pop(0)
    words[:1] = unelided(words[:1])[-1:]  # "l'oee": the article elided into it (romance.yaml elisions) names nothing
    return " ".join(words) if any(w not in rules.kpi_trim and w not in NO_NAME for w in words) else ""


def _after_subject(words: list[str], rules: DraftRules) -> list[str]:
    """What follows a subject and its verb of aim: "for your plant we expect cip time to drop" names "cip time to
    drop", never "plant we expect" (drafting.yaml kpi subjects; the verb a word trimmed from names: expect, aim)."""
    said = [i for i, w in enumerate(words[:-2]) if w in _SUBJECTS and words[i + 1] in rules.kpi_trim]
    return words[said[-1] + 2:] if said and _names(words[said[-1] + 2:], rules) else words


_NAME_WORDS = 6  # a metric's name is its last few words before the value
_KIND_MISSED = 2  # ... and starts at a kind of measure told up to two words before them


def _last_words(words: list[str], rules: DraftRules) -> list[str]:
    """The last _NAME_WORDS words, from the start of a kind of measure the cut would break ("mean time
    between failures of the former chain drive" keeps "mean time between", not "failures", which
    moves the other way)."""
    cut = len(words) - _NAME_WORDS
    if cut <= 0:
        return words
    for phrase in [*rules.kpi_higher, *rules.kpi_lower, *(" ".join(lead) for lead in time_leads())]:
        said = phrase.split()
        for start in range(max(0, cut - len(said) + 1), cut):
            if len(said) > 1 and words[start:start + len(said)] == said:
                return words[start:]
    if not is_kind(" ".join(words[cut:]), rules):  # "guaranteed throughput of pasteurized kernels after the upgrade":
        # the name starts at the kind it names, when the cut falls a word or two after it
        kinds = [i for i in range(max(0, cut - _KIND_MISSED), cut) if is_kind(words[i], rules)]
        return words[kinds[-1]:] if kinds else words[cut:]
    return words[cut:]


def _object_named(after: list[str], rules: DraftRules) -> bool:
    """After a modal, a verb of change and the thing it changes: "the repair app will cut mttr to" names
    "mttr", not the app that acts ("start-up waste will not exceed" names its subject)."""
    return bool(after) and after[0] in rules.kpi_moves and after[0] not in ("from", "to", "down", "up") \
        and any(w not in rules.kpi_trim and w not in rules.kpi_moves and w not in NO_NAME for w in after[1:])


def _after_means(words: list[str], rules: DraftRules) -> list[str]:
    """A clause led by the offer's means names no metric: "with the steam-quality package we target"
    names nothing ("steam" would read as a measure that should fall); what follows its subject may. One with no
    subject that names no kind of measure is the means alone ("With the automatic board magazines, we are ...")."""
    if words[:1] and words[0] in _means():
        subject = next((i for i, w in enumerate(words) if w in _SUBJECTS), None)
        if subject is not None:
            return words[subject + 1:]
        if not is_kind(" ".join(words), rules):
            return []
    # ... its present verb of change, when it has no modal: "our new machines with ultrasonic seals bring the leaking
    # sachets down to" names the leaking sachets
    moved = [i for i, w in enumerate(words) if w in rules.kpi_moves and w not in ("from", "to", "down", "up")]
    modal = next((i for i, w in enumerate(words) if w in _modals()), moved[-1] if moved else len(words))
    if words[:1] and words[0] in _OFFERED and not _means().isdisjoint(words[2:modal]):
        return words[modal + 1:]  # "our fryer with an insulated hood and heat recovery will need": the offer's machine
    return words


def _after_time(words: list[str], rules: DraftRules) -> list[str]:
    """What follows the time a change took, said with no comma before it: "in the first 12 months unplanned
    downtime" names "unplanned downtime", not "months unplanned downtime" (drafting.yaml kpi.time_phrase). A time
    at the end ("downtime in the last 6 months") leaves the name as it is."""
    lead, units = _time_phrase()
    ends = [i for i, w in enumerate(words[1:], 1) if w in units and (words[i - 1] in lead or words[i - 1][:1].isdigit())]
    if ends and _names(words[ends[-1] + 1:], rules):
        return words[ends[-1] + 1:]
    return words


@lru_cache(maxsize=1)
def _time_phrase() -> tuple[frozenset[str], frozenset[str]]:
    spec = draft_data()["kpi"]["time_phrase"]
    return frozenset(map(str, spec["lead"])) | _number_words(), frozenset(map(str, spec["units"]))


_SUBJECTS = frozenset(map(str, draft_data()["kpi"]["subjects"]))  # who will act: the name follows the verb
_OFFERED = frozenset(map(str, draft_data()["kpi"]["offered"]))  # whose machine: the offer's


def _interval(words: list[str], rules: DraftRules) -> str:
    """What a value told after "every" measures: the time between faults named before it ("the
    labeller jams on average every 20 minutes", "no more than one misfeed every 90 minutes": a kind
    that should fall, or a ceiling on their count), which should rise as they grow rarer; between other
    things ("one board every 20 seconds") a time per thing, which the numbers alone tell the way of
    (a cycle time falls). A count or bound before the things ("one jam") is no part of it."""
    counted = [i for i, w in enumerate(words) if w[:1].isdigit() or w in _number_words()]
    named = noun_phrase(words[counted[-1] + 1:] if counted else words, rules)
    if not named:
        return ""
    bounded = " ".join(words[:counted[-1]]) if counted else ""
    fault = way_of(named, rules) == (True, False) or any(f" {bounded}".endswith(f" {c}") for c in _ceilings())
    return f"{_INTERVAL} {named}" if fault else f"{_EACH} {named}"


_INTERVAL = "mean time between"  # drafting.yaml kpi.higher_is_better
_EACH = "time per"  # no kind: a cycle time falls, a time between faults rises; the numbers must tell


def _names(words: list[str], rules: DraftRules) -> bool:
    return any(w not in rules.kpi_trim and w not in NO_NAME and not w[:1].isdigit() for w in words)


def _untrailed(words: list[str], rules: DraftRules) -> list[str]:
    """The words without the verbs of change, small words and words naming nothing they end with."""
    while words and (words[-1] in rules.kpi_moves or words[-1] in rules.kpi_trim or dangles(words[-1])):
        words = words[:-1]
    while words and words[-1] in NO_NAME:
        words = words[:-1]
    return words


def _valued(words: list[str], at: int) -> bool:
    """The word at `at` is a value with its unit after it: a number, no year, no name's ("line 21") and no counted base's ("per
    1,000 units"), with a word after it."""
    number, before = words[at], words[at - 1]
    return number[:1].isdigit() and at + 1 < len(words) and not _YEAR.fullmatch(number) \
        and before not in _NAMES_BEFORE and before not in ("per", "je", "pro", "every", "each")


_UNIT_WORDS = 4  # a value that ends a name with its unit: "35 hours a month", "350 keur p.a."
_NAMES_BEFORE = frozenset(map(str, draft_data()["kpi"]["names_before"]))


def _up_to_value(words: list[str]) -> list[str]:
    """What a link says the baseline is, up to its value: "the baseline is the 2025 consumption of 1.62
    GWh" -> "the 2025 consumption of" (a year is when, not the value)."""
    at = next((i for i, w in enumerate(words) if w[:1].isdigit() and not _YEAR.fullmatch(w)), len(words))
    return words[:at]


_YEAR = re.compile(r"(?:19|20)\d\d")


def named_kpi(text: str, rules: DraftRules) -> str:
    """The metric a sentence names as its KPI ("our KPI: scrap rate, 5.6% today" -> "scrap rate")."""
    match = _NAMED.search(text)
    return noun_phrase(match.group(1).split(), rules) if match else ""


def after_commitment(measure: Measure, rules: DraftRules) -> Measure:
    """A name that holds the verb committing to the measure names what follows it ("press we guarantee a delamination
    rate" -> "delamination rate", "prepared to commit to broken sheets" -> "broken sheets"); a name that is that verb
    alone ("guarantee", "committed"), or one ending in who counted ("quality team counted"), names the things its unit
    counts ("breakouts per 1,000 heats")."""
    words = measure.metric.split()
    cut = [end for _start, end, _phrase in _firm().find(words)]
    # "quality team counted" 3.4 mis-sorts, "helium test finds leaks": who counted, then what (never "scrap measured
    # at final inspection": a participle and where)
    counting = [i + 1 for i, w in enumerate(words) if w in map(str, draft_data()["kpi"]["counting_verbs"])
                and (i + 1 == len(words) or words[i + 1] not in rules.kpi_trim)]
    cut = sorted(cut + counting)
    if not cut:
        return measure
    rest = words[cut[-1]:]
    if rest[:1] and rest[0] in map(str, draft_data()["kpi"]["when_leads"]):
        return measure  # "committed after ram-pressure control": when it holds, no name of what
    while rest and (rest[0] in rules.kpi_trim or rest[0] in NO_NAME or rest[0] == "to"):
        rest.pop(0)
    things = _THINGS.match(measure.unit)  # "guarantee" 0.8 breakouts per 1,000 heats: the breakouts
    name = " ".join(rest) or (things.group(1) if things else "")
    return measure.model_copy(update={"metric": name}) if name else measure


_THINGS = re.compile(r"([a-z-]+s) per \S")


@lru_cache(maxsize=1)
def _firm() -> PhraseSet:
    return PhraseSet.of(draft_data()["kpi"]["firm"], "firm")


def naming(first: str, second: str, rules: DraftRules) -> str:
    """Of two phrases, the one that names a kind of measure (drafting.yaml kpi lower_is_better and
    higher_is_better: "steam use", not "guarantee"); the first when both or neither do."""
    return second if second and is_kind(second, rules) and not is_kind(first, rules) else first


def named_by_kind(measure: Measure, sentences: list[Sentence], rules: DraftRules) -> Measure:
    """A metric that names no kind of measure ("setpoint advisor we guarantee") gives way to the
    first phrase in its sentences that does ("to unplanned stops" -> "unplanned stops"), if that
    phrase agrees with the way the numbers move. One named as a rate or share of its own ("a mis-pick rate of 0.10 %")
    keeps its name, never the records a value was taken from ("according to your customer claims"), and so does one
    named as the share of a thing ("the percentage of second quality parts", "el porcentaje de piezas")."""
    kpi, words = draft_data()["kpi"], measure.metric.split()
    if is_kind(measure.metric, rules) or len(words) > 1 and words[-1] in kpi["rate_ends"] + kpi["share_ends"] \
            or len(words) > 2 and words[0] in kpi["share_leads"] and words[1] in kpi["share_of"]:
        return measure
    for sentence in sentences:
        phrase = kind_phrase(as_read(sentence.text), rules)
        renamed = measure.model_copy(update={"metric": phrase}) if phrase else None
        if renamed and moves_the_right_way(renamed, rules):
            return renamed
    # "fewer than 40 a week" paired with "95 stops a week": a unit that counts things per period names them
    things, *per = re.split(r" (?:a|an|per|each|every|je|pro) ", measure.unit, maxsplit=1)  # "Störungen je Schicht"
    if not (is_kind(things, rules) or things.endswith("s") or " " in things):
        things += "s"  # "1.0 break per 1,000 km": breaks
    counts = per and is_kind(things, rules)
    return measure.model_copy(update={"metric": things}) if counts else measure


@lru_cache(maxsize=1)
def _number_words() -> frozenset[str]:
    return frozenset(map(str, draft_data()["number_words"])) | {"once"}


@lru_cache(maxsize=1)
def _ceilings() -> tuple[str, ...]:
    return tuple(map(str, draft_data()["kpi"]["ceilings"]))


@lru_cache(maxsize=1)
def _means() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["means"]))


@lru_cache(maxsize=1)
def _modals() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["modals"]))


NEAR = 2  # sentences right before a target that may state its baseline without saying "today"


def named_before(sentences: list[Sentence], at: int, rules: DraftRules) -> str:
    """The metric the sentence or one of the two right before it names as the KPI ("The KPI is
    unplanned downtime. Today it is 42 hours per month; we target 20 hours per month.")."""
    for sentence in reversed(sentences[max(0, at - NEAR):at + 1]):
        named = named_kpi(" ".join(sentence.text.lower().split()), rules)
        if named:
            return named
    return ""


def heading(sentences: list[Sentence], at: int, rules: DraftRules) -> str:
    """A list's heading line right before its first quote names the metric ("Scrap rate" over
    "- Currently: 5.2% of parts", "- Goal: 3% of parts"): a short line with no number in it. So does
    a line that opens by naming a measure of a known kind before a comma, then defines it ("Lumber
    recovery on the canter line, cubic metres of boards per cubic metre of logs." over "Baseline 51.8%")."""
    if not at:
        return ""
    text = " ".join(sentences[at - 1].text.lower().split()).rstrip(":")
    words = text.split()
    if len(words) <= _HEADING_WORDS:
        return "" if DIGIT.search(text) else noun_phrase([w.strip("-*•") for w in words if any(c.isalnum() for c in w)], rules)
    opening = text.split(",", 1)[0]
    if "," in text and len(opening.split()) <= _OPENING_WORDS and not DIGIT.search(text.split(",", 1)[1]) \
            and is_kind(opening, rules):
        return noun_phrase(opening.split(), rules)
    return ""


_HEADING_WORDS = 5
_OPENING_WORDS = 8  # a measure named before its definition: "lumber recovery on the canter line"
