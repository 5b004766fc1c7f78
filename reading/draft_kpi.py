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

from .draft_rules import DraftRules
from .kpi_metric import heading, named_before, named_by_kind
from .kpi_numbers import DIGIT, NUMBER, SPELLED, unit_of, value_of
from .kpi_pairing import paired_target, relative_measure, table_measure
from .kpi_sentence import read_change, read_target
from .phrases import normalise, tokens
from .text import Reading, Sentence

__all__ = ["find_measure", "read_change", "read_target"]

def find_measure(reading: Reading, rules: DraftRules, drafter, claims, words=None) -> Answer | None:
    """The KPI answer, best source first: a committed change for this plant, a target paired with
    today's baseline, then any change stated (a pilot's result). `claims(sentence)`: the sentence
    is no marketing, question or option; `words(sentence)`: its tokens, when the caller has them."""
    words = words or (lambda s: tokens(normalise(s.text)))
    index = {s.start: i for i, s in enumerate(reading.sentences)}

    def _answer(drafter, measure: Measure, sentences: list[Sentence]) -> Answer:
        if not measure.metric or measure.metric == measure.unit:  # "Today it is 42 hours per month; we target 20"
            named = named_before(reading.sentences, index[sentences[-1].start], rules) \
                or heading(reading.sentences, index[sentences[0].start], rules)
            measure = measure.model_copy(update={"metric": named}) if named else measure
        return _drafted(drafter, named_by_kind(measure, sentences, rules), sentences)

    table = table_measure(reading.sentences, rules)
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
        found = relative_measure(reading.sentences, rules, index[sentence.start])  # "cut scrap by 2 points": no target of 2
        if found:
            return _answer(drafter, found[0], [found[1], sentence])
        target = read_target(sentence.text, rules)
        if target and target.baseline is not None and target.metric:
            return _answer(drafter, target, [sentence])
        found = target and paired_target(reading.sentences, target, rules, index[sentence.start])
        if found:
            return _answer(drafter, found[0], [found[1], sentence])
    for sentence in candidates:
        found = relative_measure(reading.sentences, rules, index[sentence.start])
        if found:
            return _answer(drafter, found[0], [found[1], sentence])
    if any(rules.kpi_elsewhere.find(words(s)) for s in reading.sentences):
        return None  # a text that tells another site's result: a change it states uncommitted is theirs
    for sentence in candidates:
        measure = read_change(sentence.text, rules)
        if measure and measure.metric:
            return _answer(drafter, measure, [sentence])
    return None


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
    return any(unit_of(m.group(2)) in (measure.unit, "") and value_of(m.group(1)) in (measure.baseline, measure.target)
               for m in NUMBER.finditer(" ".join(sentence.text.lower().split())))


_CUE = re.compile(r"\btoday\b|\bcurrent|commit|\bto\b|\bby\b|halv|doubl|guarantee|\bziel|->|→|=>|below|under|"
                  r"less than|fewer than|baseline|target|goal|\baim|objective|want|seek", re.I)


def _may_state(text: str) -> bool:
    """Cheap first look (linear scans): a number (in digits or words) and a word that can lead to a change."""
    return bool(_CUE.search(text) and (DIGIT.search(text) or SPELLED.digits(text) != text or _SHARE.search(text)))


_SHARE = re.compile(r"\b(?:halv|doubl)|\bby (?:a |one )?(?:half|third|quarter)\b", re.I)  # "cut that by a third"
