"""A drafted measure's name without the time its target is for: "MTBF after retrofit", "steam cons. after revamp",
"output of line A after the upgrade", "MTTR after 3 mths" are the MTBF, the steam, the output and the MTTR a buyer
types; "defects after reflow" keeps its process step (drafting.yaml kpi.name_times)."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Measure

from .draft_rules import draft_data
from .german import gloss_rules
from .kpi_numbers import JOINED, is_time
from .word_regex import alternation


def without_time(measure: Measure) -> Measure:
    """The measure with a name that ends in when (after the offer's work, after a while, in a month of a year) cut
    there; a name that would be left empty stays whole."""
    tail = _tail().search(measure.metric or "")
    if tail and tail.group(1) and not is_time(tail.group(1)):
        return measure  # "after 3 passes": no time
    name = measure.metric[:tail.start()].strip() if tail else ""
    return measure.model_copy(update={"metric": name}) if name and name != measure.metric else measure


@lru_cache(maxsize=1)
def _tail() -> re.Pattern:
    times = draft_data()["kpi"]["name_times"]
    works = alternation(times["works"])
    return re.compile(rf"\s+(?:after (?:the |our |your |this )?(?:{works})"
                      r"|after \d+ ([a-z.]+)"
                      rf"|(?:in|during) (?:[a-z]+ )?(?:19|20)\d\d)$", re.I)


def without_dangling(measure: Measure) -> Measure:
    """The measure with a name that no longer ends in a preposition, a possessive or a verb of change its sentence left
    on it ("reject rate on line 3 falls from your": the reject rate on line 3; drafting.yaml kpi.dangling); a name
    that would be left empty stays whole."""
    words = (measure.metric or "").split()
    while words and (dangles(words[-1]) or words[-1].lower() in _drafted_ends()):
        words.pop()
    name = " ".join(words).rstrip(",;:")
    return measure.model_copy(update={"metric": name}) if name and name != measure.metric else measure


@lru_cache(maxsize=1)
def _drafted_ends() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["dangling_drafted"]))


@lru_cache(maxsize=1)
def _ends() -> frozenset[str]:
    return frozenset(map(str, draft_data()["kpi"]["dangling"]))


def dangles(word: str) -> bool:
    """Whether a measure's name may not end in the word (drafting.yaml kpi.dangling)."""
    return word.lower().strip(",;:") in _ends()


def as_written(measure: Measure, texts: list[str]) -> Measure:
    """The metric and unit as the text writes them, where the reading lower-cased them ("MWh/t", "OEE on line 3", not
    "mwh/t", "oee on line 3": walk 55's scorecard and letter wrote the buyer's own unit wrong). A capital is the name's
    own where the text writes it after a word in lower case ("die Stillstandszeit von 7,5 %", "cut Scrap Rate") or in a
    German text, whose nouns all open so: only a sentence's capital ("Scrap rate was 4 %") is lowered."""
    metric, opens = _cased(measure.metric.replace(JOINED, " "), texts)  # a product's name as written: "vino fermo"
    if opens and metric[1:2].islower() and not gloss_rules().is_german(texts):
        metric = metric[:1].lower() + metric[1:]
    return measure.model_copy(update={"metric": metric, "unit": _cased(measure.unit, texts)[0]})


def _cased(said: str, texts: list[str]) -> tuple[str, bool]:
    """`said` as the first of `texts` that holds it, whatever its case and spacing, writes it, else as it is; and
    whether no word in lower case stands right before it there (it may open its sentence)."""
    if not said.strip():
        return said, True
    pattern = re.compile(r"\s+".join(map(re.escape, said.split())), re.IGNORECASE)
    found = next((m for t in texts for m in [pattern.search(t)] if m), None)
    if found is None:
        return said, True
    before = found.string[:found.start()].split()
    return found.group(0), not (before and before[-1][:1].islower())
