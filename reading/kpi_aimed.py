"""The return an offer promises as a relative aim with a time frame and no value of today the text states ("cut unplanned
stops by 30 % within 18 months", "die Stillstände in 12 Monaten um 25 % senken", "réduire ces arrêts de 30 % en 18
mois"): no KPI can be drafted (no baseline, so no target), but the sentence is the return promised in numbers, the
measure named, the way it moves and by when (drafting.yaml promised_return). One whose baseline the text states is
drafted as the KPI itself (kpi_relative.py) and its return from there (draft_promise.py)."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Answer

from .draft_pass import Pass
from .draft_rules import DraftRules, draft_data
from .kpi_change import read_relative
from .kpi_kinds import is_kind
from .kpi_numbers import as_read, is_time, unit_of
from .kpi_source import dated_result, elsewhere
from .roles import CLAIM


def aimed_return(qid: str, seen: Pass, rules: DraftRules, answers: dict[str, Answer]) -> dict[str, Answer]:
    """The first claim of the offer's that states a relative change of a kind of measure with the time it takes, as
    the answer to `qid`, where nothing answered it."""
    if qid in answers or seen.story:
        return {}
    for i, sentence in enumerate(seen.reading.sentences):
        words = seen.words[i]
        if seen.role_at[sentence.start].kind != CLAIM or seen.general[i] or seen.marketing(sentence) \
                or elsewhere(sentence.text, words, rules) or dated_result(words, rules):
            continue
        lower = as_read(sentence.text)
        change = _framed(lower) and read_relative(lower)
        if change and change.metric and is_kind(change.metric, rules):
            evidence = seen.drafter.evidence_of(sentence, False)
            return {qid: Answer(question=qid, evidence=evidence, text=sentence.text, quotes=[sentence.text],
                                drafted=True)}
    return {}


def _framed(lower: str) -> bool:
    """A time the change is to come in: "within 18 months", "in 12 Monaten", "en 18 mois", "w ciągu 12 miesięcy"."""
    return any(is_time(unit_of(m.group(1))) for m in _FRAME().finditer(lower))


@lru_cache(maxsize=1)
def _FRAME() -> re.Pattern:  # noqa: N802: a compiled pattern, built once from the rules
    leads = "|".join(map(re.escape, sorted(map(str, draft_data()["kpi"]["aim_frames"]), key=len, reverse=True)))
    return re.compile(rf"\b(?:{leads}) (?:the next |the first |den nächsten |den ersten )?\d[\d.,]* ?(\S+)")
