"""Read the plant's own KPI from a proposal: metric, unit, baseline and target.

"Unplanned downtime fell from 9.1% to 6.4% of planned time" gives metric "unplanned
downtime", unit "% of planned time", baseline 9.1, target 6.4. A vendor's commitment for this
plant ("we commit to bringing scrap from today's 5.6% down to 3.5%") is preferred over a pilot
result elsewhere; a target stated alone ("our target: downtime down to 8%") is paired with the
baseline another sentence states ("your stop sheets show 12.4% of planned time lost").
A marketing sentence ("up to 30% less downtime for 500+ customers") gives nothing.
"""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Answer, Measure

from .draft_rules import DraftRules, draft_data
from .kpi_change import read_relative
from .kpi_table import table_rows
from .phrases import normalise, tokens
from .quantities import DURATIONS, convert, spread_before
from .spelled import Spelled
from .text import Reading, Sentence

NUM = r"(\d[\d,]*(?:\.\d+)?)"
UNIT = r"((?:%|[a-z°€$£/]+)(?: (?:a|an|per|of|each|every) (?:the |all |all the )?[a-z/]+(?: [a-z]+)?)?)?"
_LEAD = r"(?:about |around |roughly |approximately |today's |the current |current |some |an average of )?[$€£]?"
_FROM_TO = re.compile(r"\bfrom " + _LEAD + NUM + r" ?" + UNIT +
                      r" (?:down |up )?to (?:about |around |roughly |below |under |less than |at most )?[$€£]?" + NUM + r" ?" + UNIT)
_ARROW = re.compile(NUM + r" ?" + UNIT + r" ?(?:->|→|=>) ?" + NUM + r" ?" + UNIT)
_TARGET = re.compile(r"(?:\btargets?|\bdown to|\bup to|\bbelow|\bunder|\bless than|\bfewer than|\bat most|\babove|\bover|\bat least|"
                     r"\breach|\bgoal|\bto|\bis|\bat|<=|≤|:|,) " + _LEAD + NUM + r" ?" + UNIT)
# "61% today, 70% by Q3", "1.92 MWh/t today (Q3 average) to 1.80 MWh/t in 12 months"
_TODAY_BY = re.compile(NUM + r" ?" + UNIT + r" today(?: \([^)]{0,40}\))?,? (?:and |to )?" + NUM + r" ?" + UNIT +
                       r" (?:by|in|within|after)\b")
# "today 42 hours per month ..., with a target of 20 hours per month", "the measured baseline is 14 stops
# per week; we will reduce it to 6": a value said to be today's, then one said to be aimed at
_NOW = r"\b(?:today|currently|at present|(?:baseline|now)(?: is| of| at|:)?|(?:is|are|stands at|runs at) (?:now|today|currently))"
_AIM = (r"(?:\b(?:targets?|goal|aim|objective)(?: is| of| at|:)?|\b(?:reduce|bring|cut|lower|get|raise|increase|improve|"
        r"push|take)(?: it| this| that| them| the figure)?(?: down| up| back)? to|\bdown to|\bup to)")
_NOW_AIM = re.compile(_NOW + r",? " + _LEAD + NUM + r" ?" + UNIT + r"[^.!?]{0,120}?" + _AIM + r",? " +
                      r"(?:about |around |roughly |below |under |less than |at most |at least )?[$€£]?" + NUM + r" ?" + UNIT)
# What the sentence names as its KPI: "The KPI is unplanned spindle downtime, today ..." -> "unplanned spindle downtime"
_NAMED = re.compile(r"\b(?:kpi|key performance indicator|metric|measure of success|success measure)s?"
                    r"(?: (?:we|i) (?:propose|suggest|use|track|will use|will track|agree on|agreed))?"
                    r"(?: is| will be| we propose is|:) (?:the |our |your |a )?([a-z][a-z0-9 /&'-]*?)"
                    r"(?= ?(?:[,;:(.!?]|$|\b(?:today|currently|now|at present|from|measured|which|that|at|is|was|in)\b|"
                    r"\d[\d,.]* ?(?:%|[a-z]+ (?:per|a|an|of|each)\b)))")
# Words that never name a metric, trimmed from its ends: "reduce it to 6", "the measured baseline is 14"
_NO_NAME = {"it", "this", "that", "they", "them", "these", "those", "baseline", "measured", "kpi", "kpis", "metric",
            "figure", "value", "current", "target"}
_NUMBER = re.compile(NUM + r" ?" + UNIT)
_YEAR = re.compile(r"(?:19|20)\d\d")
_STOP_UNIT = {"to", "in", "within", "after", "by", "and", "during", "over", "on", "for", "with", "at", "from", "we",
              "which", "lost", "were", "was", "is", "are", "measured", "today", "currently", "with"}
_PUNCT = re.compile(r"[,;:()\[\]]")


_SPELLED = Spelled(sorted(DURATIONS))  # "under one hour", "fewer than forty": "one" is a number only before a unit


def _lower(text: str) -> str:
    """The sentence as the patterns read it: lower case, one space, numbers in words as digits,
    "per cent" and "percent" as "%", a decimal comma as a point ("4,2 %" is 4.2, "1,250 h" 1250)."""
    lower = _SPELLED.digits(" ".join(text.lower().split()))
    if "cent" in lower:
        lower = _PERCENT.sub("%", lower)
    return _DECIMAL_COMMA.sub(r"\1.\2", lower) if "," in lower else lower


_PERCENT = re.compile(r"(?<=\d) ?(?:per ?cent|pct)\b")
_DECIMAL_COMMA = re.compile(r"(?<![\d,.])(\d{1,3}),(\d{1,2})(?![\d,])")


def _number(text: str) -> float:
    return float(text.replace(",", ""))


def _unit(raw: str | None) -> str:
    words = []
    for word in (raw or "").split(" "):
        if word in _STOP_UNIT:
            break
        words.append(word)
    while words and words[-1] in ("of", "the", "a", "an", "per", "all"):
        words.pop()
    return " ".join(words).strip()


def _head(unit: str) -> str:
    """A unit's first word: "kJ/kg" and "kJ per kg of clinker" are both kJ."""
    return unit.split(" ")[0].split("/")[0]


def _metric(before: str, rules: DraftRules) -> str:
    """What the sentence names as its KPI ("the KPI is scrap, today ..."), else the noun phrase
    before the change: the last clause (after a comma, colon or bracket) that names one once verbs
    of change and words that name no metric ("it", "the measured baseline") are trimmed
    ("(OEE line 21: 61% today" -> "oee line 21")."""
    named = _named(before, rules)
    if named:
        return named
    for piece in reversed(_PUNCT.split(before)):
        metric = _noun_phrase([w for w in piece.split() if any(c.isalnum() for c in w)], rules)
        if metric:
            return metric
    return ""


_LINKS = {"is", "are", "was", "were", "runs", "run", "stands", "stand", "sits", "sit"}


def _noun_phrase(words: list[str], rules: DraftRules) -> str:
    link = next((i for i, w in enumerate(words) if i and w in _LINKS and any(x[:1].isdigit() for x in words[i + 1:])), None)
    words = words[:link] if link is not None else words  # "oee on line 3 is 61%" -> "oee on line 3"
    cut = [i for i, w in enumerate(words[:-1]) if w in rules.kpi_moves and w not in ("from", "to", "down", "up")]
    words = words[cut[-1] + 1:] if cut else words  # "we commit to bringing scrap" -> "scrap"
    while words and (words[-1] in rules.kpi_moves or words[-1] in rules.kpi_trim):
        words.pop()
    while words and words[-1] in _NO_NAME:
        words.pop()
    words = words[-6:]
    while words and (words[0] in rules.kpi_trim or words[0] in rules.kpi_moves or words[0] in _NO_NAME
                     or words[0][:1].isdigit()):
        words.pop(0)
    return " ".join(words) if any(w not in rules.kpi_trim and w not in _NO_NAME for w in words) else ""


def _named(text: str, rules: DraftRules) -> str:
    """The metric a sentence names as its KPI ("our KPI: scrap rate, 5.6% today" -> "scrap rate")."""
    match = _NAMED.search(text)
    return _noun_phrase(match.group(1).split(), rules) if match else ""


def read_change(text: str, rules: DraftRules) -> Measure | None:
    """The change one sentence states (from X to Y, X -> Y, X today, Y by ...), or None."""
    lower = _lower(text)
    match = _FROM_TO.search(lower) or _ARROW.search(lower) or _TODAY_BY.search(lower) or _NOW_AIM.search(lower)
    if not match:
        return None
    baseline, unit1, target, unit2 = match.groups()
    unit1, unit2 = _unit(unit1), _unit(unit2)
    if spread_before(lower, match.start()):
        return None  # "stops lasted from 3 hours to 2 days": a range's two ends, not a before and an after
    before = _in_unit(_number(baseline), unit1, unit2) if unit1 and unit2 else _number(baseline)
    if before is None:
        return None  # "from 40% to 12 hours": two measures ("MTTR from 2 hours to 45 minutes" is one)
    if any(_YEAR.fullmatch(n) for n in (baseline, target)) and not (unit1 or unit2):
        return None  # "from 2021 to 2024"
    unit = unit2 or unit1
    # "- 820 -> 740 kWh per tonne of good castings": with nothing before the numbers, the unit names the measure
    metric = _named(lower, rules) or _metric(lower[:match.start()], rules) or (unit if " " in unit else "")
    measure = Measure(metric=metric, unit=unit, baseline=before, target=_number(target))
    if not unit and not _kind(metric, rules):
        return None  # "migrate your firmware from 2.1 to 2.4": bare numbers of no kind of measure
    return measure if _moves_the_right_way(measure, rules) else None


def _naming(first: str, second: str, rules: DraftRules) -> str:
    """Of two phrases, the one that names a kind of measure (drafting.yaml kpi lower_is_better and
    higher_is_better: "steam use", not "guarantee"); the first when both or neither do."""
    return second if second and _kind(second, rules) and not _kind(first, rules) else first


def _named_by_kind(measure: Measure, sentences: list[Sentence], rules: DraftRules) -> Measure:
    """A metric that names no kind of measure ("setpoint advisor we guarantee") gives way to the
    first phrase in its sentences that does ("to unplanned stops" -> "unplanned stops"), if that
    phrase agrees with the way the numbers move."""
    if _kind(measure.metric, rules):
        return measure
    for sentence in sentences:
        phrase = _kind_phrase(_lower(sentence.text), rules)
        renamed = measure.model_copy(update={"metric": phrase}) if phrase else None
        if renamed and _moves_the_right_way(renamed, rules):
            return renamed
    return measure


def _kind_phrase(lower: str, rules: DraftRules) -> str:
    """The first word that names a kind of measure, outside a number's unit, with the one or two
    words before it that qualify it ("unplanned stops", "first pass yield")."""
    words = [w.strip(",;:().!?") for w in _NUMBER.sub(" # ", lower).split()]
    for at, word in enumerate(words):
        if word != "#" and _kind(word, rules):
            before = []
            for prior in reversed(words[max(0, at - 2):at]):
                if prior == "#" or prior in rules.kpi_trim or prior in rules.kpi_moves or not prior.isalpha():
                    break
                before.insert(0, prior)
            return " ".join(before + [word])
    return ""


def _kind(metric: str, rules: DraftRules) -> bool:
    return _way(metric, rules) != (False, False)


def _way(text: str, rules: DraftRules) -> tuple[bool, bool]:
    """(should go down, should go up) by the words of a metric and its unit. A phrase of several
    words decides first: "time between failures" goes up although "failures" go down."""
    joined = f" {' '.join(normalise(text).split())} "
    for phrases, up in ((rules.kpi_higher, True), (rules.kpi_lower, False)):
        if any(" " in p and f" {p} " in joined for p in phrases):
            return (not up, up)
    words = set(joined.split())
    names = words | {w.rstrip("s") for w in words}
    return not rules.kpi_lower.isdisjoint(names), not rules.kpi_higher.isdisjoint(names)


def _moves_the_right_way(measure: Measure, rules: DraftRules) -> bool:
    """Downtime, scrap and cost go down, OEE and throughput up: a target the other way is no target."""
    if measure.baseline == measure.target:
        return False
    lower, higher = _way(f"{measure.metric} {measure.unit}", rules)
    if lower == higher:
        return True  # unknown (or both): the numbers alone cannot tell
    return (measure.target < measure.baseline) == lower


def read_target(text: str, rules: DraftRules) -> Measure | None:
    """A target stated alone ("unplanned downtime down to 8% of planned time"): the last one the
    sentence states ("utilisation is 48% and the plant seeks to raise it to 60%" aims at 60), with
    the value the same sentence gives for today before it, in the same unit, as its baseline."""
    lower = _lower(text)
    match = _aimed_at(list(_TARGET.finditer(lower)), lower, rules)
    if match is None:
        return None
    unit = _unit(match.group(2))
    unit = "" if unit in ("or", "or fewer", "or less") else unit
    measure = Measure(metric=_named(lower, rules) or _metric(lower[:match.start()], rules) or (unit if " " in unit else ""),
                      unit=unit, target=_number(match.group(1)))
    today = _same_unit_before(lower[:match.start()], measure)
    if today is not None:
        with_today = measure.model_copy(update={"baseline": today})
        return with_today if _moves_the_right_way(with_today, rules) else measure
    return measure


def _aimed_at(matches: list[re.Match], lower: str, rules: DraftRules) -> re.Match | None:
    """The target the commitment leads to: the first after its cue ("targets 3,520 kJ/kg, with free
    lime below 1.5%"), else the first quantity right after it ("we guarantee 280 kWh/t", "Ziel: 300
    ppm bis 2027"), else the last ("is 48% today and should reach 60%")."""
    cues = rules.kpi_commits.find(tokens(normalise(lower)))
    if cues:
        first = min(end for _start, end, _phrase in cues)
        after = [m for m in matches if len(tokens(normalise(lower[:m.start()]))) >= first - 1]
        if after:
            return after[0]
        said = [m for m in _NUMBER.finditer(lower) if len(tokens(normalise(lower[:m.start()]))) >= first
                and _unit(m.group(2)) and not _YEAR.fullmatch(m.group(1)) and not _attribute(lower, m.start())]
        if said:
            return said[0]
    return matches[-1] if matches else None


def _same_unit_before(text: str, target: Measure) -> float | None:
    """The last number before the target in its unit ("stops are 14% of shift time; we want them
    under 9%"), a duration in the target's unit of time ("today 7 weeks, goal 3 days": 49 days)."""
    found = [v for m in _NUMBER.finditer(text) if not _YEAR.fullmatch(m.group(1))
             for v in [_in_unit(_number(m.group(1)), _unit(m.group(2)), target.unit)] if v not in (None, target.target)]
    return found[-1] if found else None


def _in_unit(value: float, unit: str, to: str) -> float | None:
    """The value in the unit `to` names: the same unit, or a duration converted ("2 hours per
    changeover" is 120 minutes per changeover); None when neither."""
    if not to:
        return None
    if _head(unit) == _head(to):
        return value
    if _per(unit) != _per(to):
        return None  # "the last 12 months" is a period, "18 hours a month" a rate: no conversion between them
    return convert(value, _head(unit), _head(to))


def _per(unit: str) -> list[str]:
    """What a unit is counted per, alike however written: "h/month", "hours per month" and
    "hours a month" are all per month."""
    words = unit.replace("/", " per ", 1).split()[1:]
    return ["per"] + words[1:] if words[:1] in (["a"], ["an"], ["each"], ["every"]) else words


def _baseline(sentences: list[Sentence], target: Measure, rules: DraftRules, at: int
              ) -> tuple[float, Sentence, str, str] | None:
    """(value, sentence, unit, its text before the value): the number another sentence states for
    today, in the target's unit (a duration converted): one that says it is
    today's (drafting.yaml kpi baselines) or one of the two right before the target ("Your QA
    records show 2.4% of good tablets rejected. Your aim is to bring that below 0.8%."); about
    the same metric if one says so, else the nearest before the target."""
    metric_words = {w for w in target.metric.split() if len(w) > 3}
    head = _head(target.unit)
    before = sentences[at].start
    found = []
    for i, sentence in enumerate(sentences):
        words = tokens(normalise(sentence.text))
        if not (at - _NEAR <= i < at or rules.kpi_baselines.find(words)):
            continue
        lower = _lower(sentence.text)
        for match in _NUMBER.finditer(lower):
            if _attribute(lower, match.start()):
                continue
            unit = _unit(match.group(2))
            # "Baseline 60 hours." pairs with "Target: under 1 hour.": a duration in the target's unit of time
            value = _in_unit(_number(match.group(1)), unit, target.unit) if head else _number(match.group(1))
            same = value is not None if head else bool(unit) and not unit[0].isdigit()
            if same and value != target.target and not _YEAR.fullmatch(match.group(1)):
                about = not metric_words.isdisjoint(w.rstrip("s") for w in words) or not metric_words.isdisjoint(words)
                today = bool(rules.kpi_baselines.find(words))
                found.append((about, today, sentence.start < before, -abs(sentence.start - before), value, unit,
                              sentence, lower[:match.start()]))
                break
    if not found:
        return None
    best = max(found, key=lambda f: f[:4])  # about the metric, said to be today's, before, nearest
    return best[4], best[6], best[5], best[7]


def _attribute(lower: str, at: int) -> bool:
    """A number right after a determiner names a kind of thing, not its measure ("the 500 g packs",
    "your 2 presses"); after a thing's name it is part of the name ("press 7", "line 3": drafting.yaml
    kpi.names_before)."""
    before = lower[max(0, at - 16):at].split()
    if not before:
        return False
    if before[-1] in _DETERMINERS:
        return True
    after = _NEXT.match(lower, at)
    # "press 7 averaged 31 hours": a name, then its verb; "a press 21 times": a count of times
    return before[-1] in _names_before() and (not after.group(1) or after.group(1).endswith("ed")
                                              or after.group(1) in _LINKS | {"has", "had", "and", "or"})


_NEXT = re.compile(r"[\d,.]*\d\s*([a-z]*)")


@lru_cache(maxsize=1)
def _names_before() -> frozenset[str]:
    return frozenset(draft_data()["kpi"]["names_before"])


_DETERMINERS = frozenset({"the", "a", "an", "your", "our", "their", "its", "these", "those", "this", "each"})
_NEAR = 2  # sentences right before a target that may state its baseline without saying "today"


def find_measure(reading: Reading, rules: DraftRules, drafter, claims, words=None) -> Answer | None:
    """The KPI answer, best source first: a committed change for this plant, a target paired with
    today's baseline, then any change stated (a pilot's result). `claims(sentence)`: the sentence
    is no marketing, question or option; `words(sentence)`: its tokens, when the caller has them."""
    words = words or (lambda s: tokens(normalise(s.text)))
    index = {s.start: i for i, s in enumerate(reading.sentences)}

    def _answer(drafter, measure: Measure, sentences: list[Sentence]) -> Answer:
        if not measure.metric or measure.metric == measure.unit:  # "Today it is 42 hours per month; we target 20"
            named = _named_before(reading.sentences, index[sentences[-1].start], rules) \
                or _heading(reading.sentences, index[sentences[0].start], rules)
            measure = measure.model_copy(update={"metric": named}) if named else measure
        return _drafted(drafter, _named_by_kind(measure, sentences, rules), sentences)

    table = _table(reading.sentences, rules)
    if table:
        return _drafted(drafter, *table)
    candidates = [s for s in reading.sentences if _may_state(s.text) and claims(s) and "|" not in s.text
                  and not rules.kpi_elsewhere.find(words(s))]  # another customer's result; a table's row
    committed = [s for s in candidates if rules.kpi_commits.find(words(s))]
    for sentence in committed:
        measure = read_change(sentence.text, rules)
        if measure and measure.metric:
            return _answer(drafter, measure, [sentence])
    for sentence in committed:
        found = _relative(reading.sentences, rules, index[sentence.start])  # "cut scrap by 2 points": no target of 2
        if found:
            return _answer(drafter, found[0], [found[1], sentence])
        target = read_target(sentence.text, rules)
        if target and target.baseline is not None and target.metric:
            return _answer(drafter, target, [sentence])
        found = target and _paired(reading.sentences, target, rules, index[sentence.start])
        if found:
            return _answer(drafter, found[0], [found[1], sentence])
    for sentence in candidates:
        found = _relative(reading.sentences, rules, index[sentence.start])
        if found:
            return _answer(drafter, found[0], [found[1], sentence])
    if any(rules.kpi_elsewhere.find(words(s)) for s in reading.sentences):
        return None  # a text that tells another site's result: a change it states uncommitted is theirs
    for sentence in candidates:
        measure = read_change(sentence.text, rules)
        if measure and measure.metric:
            return _answer(drafter, measure, [sentence])
    return None


def _paired(sentences: list[Sentence], target: Measure, rules: DraftRules, at: int) -> tuple[Measure, Sentence] | None:
    """The target with the baseline another sentence or line states ("Baseline 60 hours." "Target:
    under 1 hour."), and that sentence; None when none does, or the pair moves the wrong way."""
    found = _baseline(sentences, target, rules, at)
    if not found:
        return None
    baseline, source, unit, said_before = found
    update = {"baseline": baseline, "unit": target.unit or unit}
    if not target.metric or target.metric == target.unit:  # the source names it: "Downtime today: 30 hours"
        update["metric"] = _metric(said_before, rules) or target.metric
    else:  # "we guarantee 2.6 t/h" names no measure; "steam use averages 2.1 t/h today" does
        update["metric"] = _naming(target.metric, _metric(said_before, rules), rules)
    paired = target.model_copy(update=update)
    return (paired, source) if _moves_the_right_way(paired, rules) else None


def _table(sentences: list[Sentence], rules: DraftRules) -> tuple[Measure, list[Sentence]] | None:
    """The first row of a KPI table ("Metric | Today | Target") that moves the right way, and the
    table's lines (a pasted table arrives as one sentence, an extracted one line by line)."""
    lines = [s for s in sentences if "|" in s.text]
    if not lines:
        return None
    for row in table_rows(" ".join(s.text for s in lines)):
        measure = Measure(metric=row.metric, unit=row.unit, baseline=row.baseline, target=row.target)
        if _moves_the_right_way(measure, rules):
            return measure, lines
    return None


def _relative(sentences: list[Sentence], rules: DraftRules, at: int) -> tuple[Measure, Sentence] | None:
    """A change relative to today's value ("we will halve that giveaway") with the baseline the
    text states ("an average overfill of 7.5 g per pack"), and that sentence."""
    change = read_relative(_lower(sentences[at].text))
    found = change and _baseline(sentences, Measure(metric=change.metric), rules, at)
    if not found:
        return None
    baseline, source, unit, said_before = found
    if source is sentences[at] and unit == "%":
        return None  # the change's own share, not a value of today
    measure = Measure(metric=change.metric or _metric(said_before, rules), unit=unit, baseline=baseline,
                      target=change.target(baseline))
    return (measure, source) if measure.metric and _moves_the_right_way(measure, rules) else None


def _named_before(sentences: list[Sentence], at: int, rules: DraftRules) -> str:
    """The metric the sentence or one of the two right before it names as the KPI ("The KPI is
    unplanned downtime. Today it is 42 hours per month; we target 20 hours per month.")."""
    for sentence in reversed(sentences[max(0, at - _NEAR):at + 1]):
        named = _named(" ".join(sentence.text.lower().split()), rules)
        if named:
            return named
    return ""


def _heading(sentences: list[Sentence], at: int, rules: DraftRules) -> str:
    """A list's heading line right before its first quote names the metric ("Scrap rate" over
    "- Currently: 5.2% of parts", "- Goal: 3% of parts"): a short line with no number in it."""
    if not at:
        return ""
    text = " ".join(sentences[at - 1].text.lower().split()).rstrip(":")
    words = text.split()
    if len(words) > _HEADING_WORDS or _DIGIT.search(text):
        return ""
    return _noun_phrase([w.strip("-*•") for w in words if any(c.isalnum() for c in w)], rules)


_HEADING_WORDS = 5


def _drafted(drafter, measure: Measure, sentences: list[Sentence]) -> Answer:
    specific = all(drafter.evidence_of(s, False) == "specific" or _counts(s, measure) for s in sentences)
    evidence = "specific" if specific else "vendor_claim"
    return Answer(question=drafter.bank.key_questions.kpi, evidence=evidence, measure=measure,
                  quotes=[s.text for s in sentences], drafted=True)


def _counts(sentence: Sentence, measure: Measure) -> bool:
    """A plain sentence that counts the measure's thing ("Baseline 212 covers in 2025.", "Target:
    fewer than 40 in the year"): its number, in the unit the reader knows as none, or bare; a
    sentence that sells stays a claim."""
    if sentence.kind != "neutral" or not measure.unit:
        return False
    return any(_unit(m.group(2)) in (measure.unit, "") and _number(m.group(1)) in (measure.baseline, measure.target)
               for m in _NUMBER.finditer(" ".join(sentence.text.lower().split())))


_DIGIT = re.compile(r"\d")
_CUE = re.compile(r"\btoday\b|\bcurrent|commit|\bto\b|\bby\b|halv|doubl|guarantee|\bziel|->|→|=>|below|under|"
                  r"less than|fewer than|baseline|target|goal|\baim|objective|want|seek", re.I)


def _may_state(text: str) -> bool:
    """Cheap first look (linear scans): a number (in digits or words) and a word that can lead to a change."""
    return bool(_CUE.search(text) and (_DIGIT.search(text) or _SPELLED.digits(text) != text or _SHARE.search(text)))


_SHARE = re.compile(r"\b(?:halv|doubl)|\bby (?:a |one )?(?:half|third|quarter)\b", re.I)  # "cut that by a third"
