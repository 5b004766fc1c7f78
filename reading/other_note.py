"""An "Other (describe in the note)" option drafted with its note: the things the quotes name from the option's own
phrases in drafting.yaml ("humidity, weight"). Walk 53 saw "Other" data ticked with an empty note: the buyer could
not tell what the proposal captures without reopening every quote."""
from __future__ import annotations

import re
from functools import lru_cache

from questions.models import Answer

from .draft_rules import draft_data

OTHER = "other"
NOTE = "Read from the proposal: {}."  # the note says it was read, so the buyer knows it is no one's typing


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[re.Pattern, ...]]:
    """Each question's phrases for its "other" option, as whole words ("ph" never in "phase"); placeholders (<n>) left out."""
    questions = draft_data().get("questions", {})
    return {qid: tuple(re.compile(rf"\b{re.escape(p)}\b", re.I) for p in spec[OTHER] if "<" not in str(p))
            for qid, spec in questions.items() if isinstance(spec, dict) and spec.get(OTHER)}


def noted(answers: list[Answer]) -> list[Answer]:
    """Each answer with "other" ticked and no note given its note, where its quotes name what "other" is."""
    return [_noted(a) if OTHER in a.choices and not a.text.strip() else a for a in answers]


def _noted(answer: Answer) -> Answer:
    named = [m.group(0) for pattern in _phrases().get(answer.question, ()) for q in answer.quotes
             for m in [pattern.search(q)] if m]
    lowered = {n.lower(): n for n in reversed(named)}  # one spelling each, the first the quotes give ("pH")
    named = [n for k, n in reversed(lowered.items()) if not any(k != o and k in o for o in lowered)]  # not "weight" of "weights"
    return answer.model_copy(update={"text": NOTE.format(", ".join(named))}) if named else answer
