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

from questions.models import Answer, Measure

from .draft_rules import DraftRules, normalise, tokens
from .quantities import spread_before
from .text import Reading, Sentence

NUM = r"(\d[\d,]*(?:\.\d+)?)"
UNIT = r"((?:%|[a-z°€$£/]+)(?: (?:a|an|per|of|each|every) (?:the |all |all the )?[a-z/]+(?: [a-z]+)?)?)?"
_LEAD = r"(?:about |around |roughly |approximately |today's |the current |current |some |an average of )?[$€£]?"
_FROM_TO = re.compile(r"\bfrom " + _LEAD + NUM + r" ?" + UNIT +
                      r" (?:down |up )?to (?:about |around |roughly |below |under |less than |at most )?[$€£]?" + NUM + r" ?" + UNIT)
_ARROW = re.compile(NUM + r" ?" + UNIT + r" ?(?:->|→|=>) ?" + NUM + r" ?" + UNIT)
_TARGET = re.compile(r"(?:\bdown to|\bup to|\bbelow|\bunder|\bless than|\bfewer than|\bat most|\babove|\bover|\bat least|"
                     r"\breach|\bto|\bis|\bat|<=|≤|:) " + _LEAD + NUM + r" ?" + UNIT)
_TODAY_BY = re.compile(NUM + r" ?" + UNIT + r" today,? (?:and )?" + NUM + r" ?" + UNIT + r" by\b")
_NUMBER = re.compile(NUM + r" ?" + UNIT)
_YEAR = re.compile(r"(?:19|20)\d\d")
_STOP_UNIT = {"to", "in", "within", "after", "by", "and", "during", "over", "on", "for", "with", "at", "from", "we",
              "which", "lost", "were", "was", "is", "are"}
_PUNCT = re.compile(r"[,;:()\[\]]")


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


def _metric(before: str, rules: DraftRules) -> str:
    """The noun phrase before the change: after the last comma, without verbs of change."""
    words = _PUNCT.split(before)[-1].split()
    cut = [i for i, w in enumerate(words[:-1]) if w in rules.kpi_moves and w not in ("from", "to", "down", "up")]
    words = words[cut[-1] + 1:] if cut else words  # "we commit to bringing scrap" -> "scrap"
    while words and (words[-1] in rules.kpi_moves or words[-1] in rules.kpi_trim):
        words.pop()
    words = words[-6:]
    while words and (words[0] in rules.kpi_trim or words[0] in rules.kpi_moves or words[0][:1].isdigit()):
        words.pop(0)
    return " ".join(words)


def read_change(text: str, rules: DraftRules) -> Measure | None:
    """The change one sentence states (from X to Y, X -> Y, X today, Y by ...), or None."""
    lower = " ".join(text.lower().split())
    match = _FROM_TO.search(lower) or _ARROW.search(lower) or _TODAY_BY.search(lower)
    if not match:
        return None
    baseline, unit1, target, unit2 = match.groups()
    unit1, unit2 = _unit(unit1), _unit(unit2)
    if spread_before(lower, match.start()) or (unit1 and unit2 and unit1.split(" ")[0] != unit2.split(" ")[0]):
        return None  # "stops lasted from 3 hours to 2 days": a range's two ends, not a before and an after
    if any(_YEAR.fullmatch(n) for n in (baseline, target)) and not (unit1 or unit2):
        return None  # "from 2021 to 2024"
    measure = Measure(metric=_metric(lower[:match.start()], rules), unit=unit2 or unit1,
                      baseline=_number(baseline), target=_number(target))
    return measure if _moves_the_right_way(measure, rules) else None


def _moves_the_right_way(measure: Measure, rules: DraftRules) -> bool:
    """Downtime, scrap and cost go down, OEE and throughput up: a target the other way is no target."""
    words = set(measure.metric.split()) | set(measure.unit.split())
    if measure.baseline == measure.target:
        return False
    lower = not rules.kpi_lower.isdisjoint(w.rstrip("s") for w in words) or not rules.kpi_lower.isdisjoint(words)
    higher = not rules.kpi_higher.isdisjoint(w.rstrip("s") for w in words) or not rules.kpi_higher.isdisjoint(words)
    if lower == higher:
        return True  # unknown (or both): the numbers alone cannot tell
    return (measure.target < measure.baseline) == lower


def read_target(text: str, rules: DraftRules) -> Measure | None:
    """A target stated alone ("unplanned downtime down to 8% of planned time"), without baseline."""
    lower = " ".join(text.lower().split())
    match = _TARGET.search(lower)
    if not match:
        return None
    unit = _unit(match.group(2))
    return Measure(metric=_metric(lower[:match.start()], rules), unit="" if unit in ("or", "or fewer", "or less") else unit,
                   target=_number(match.group(1)))


def _baseline(sentences: list[Sentence], target: Measure, rules: DraftRules, before: int) -> tuple[float, Sentence] | None:
    """The number another sentence states for today, in the target's unit: about the same metric
    if one says so, else the nearest such sentence before the target."""
    metric_words = {w for w in target.metric.split() if len(w) > 3}
    head = target.unit.split(" ")[0]
    found = []
    for sentence in sentences:
        words = tokens(normalise(sentence.text))
        if not rules.kpi_baselines.find(words):
            continue
        for match in _NUMBER.finditer(" ".join(sentence.text.lower().split())):
            unit = _unit(match.group(2))
            same = unit.split(" ")[0] == head if head else bool(unit) and not unit[0].isdigit()
            if same and _number(match.group(1)) != target.target and not _YEAR.fullmatch(match.group(1)):
                about = not metric_words.isdisjoint(w.rstrip("s") for w in words) or not metric_words.isdisjoint(words)
                found.append((about, sentence.start < before, -abs(sentence.start - before), _number(match.group(1)),
                              unit, sentence))
                break
    if not found:
        return None
    best = max(found, key=lambda f: f[:3])
    return best[3], best[5], best[4]


def find_measure(reading: Reading, rules: DraftRules, drafter, claims, words=None) -> Answer | None:
    """The KPI answer, best source first: a committed change for this plant, a target paired with
    today's baseline, then any change stated (a pilot's result). `claims(sentence)`: the sentence
    is no marketing, question or option; `words(sentence)`: its tokens, when the caller has them."""
    words = words or (lambda s: tokens(normalise(s.text)))
    candidates = [s for s in reading.sentences if _may_state(s.text) and claims(s)
                  and not rules.kpi_elsewhere.find(words(s))]  # another customer's result
    committed = [s for s in candidates if rules.kpi_commits.find(words(s))]
    for sentence in committed:
        measure = read_change(sentence.text, rules)
        if measure and measure.metric:
            return _answer(drafter, measure, [sentence])
    for sentence in committed:
        target = read_target(sentence.text, rules)
        found = target and _baseline(reading.sentences, target, rules, sentence.start)
        if found:
            baseline, source, unit = found
            update = {"baseline": baseline, "unit": target.unit or unit}
            if not target.metric:
                update["metric"] = _metric(" ".join(source.text.lower().split()).split(str(baseline).rstrip("0").rstrip("."))[0], rules)
            return _answer(drafter, target.model_copy(update=update), [source, sentence])
    for sentence in candidates:
        measure = read_change(sentence.text, rules)
        if measure and measure.metric:
            return _answer(drafter, measure, [sentence])
    return None


def _answer(drafter, measure: Measure, sentences: list[Sentence]) -> Answer:
    evidence = "specific" if all(drafter.evidence_of(s, False) == "specific" for s in sentences) else "vendor_claim"
    return Answer(question=drafter.bank.key_questions.kpi, evidence=evidence, measure=measure,
                  quotes=[s.text for s in sentences], drafted=True)


_DIGIT = re.compile(r"\d")
_CUE = re.compile(r"\bto\b|->|→|=>|below|under|less than|fewer than|baseline|target", re.I)


def _may_state(text: str) -> bool:
    """Cheap first look (two linear scans): a number and a word that can lead to a change."""
    return bool(_DIGIT.search(text) and _CUE.search(text))
