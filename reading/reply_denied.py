"""Things a reply denies are never proposed: "No vibration, temperature or hydraulic pressure sensors are included in
this offer" names three things the offer leaves out, so its cues tick no option (pressure, new sensors) of an answer
drafted from the reply, and the question they would close stays open: the denial confirms the gap. A clause denies
what it names where it opens with a denying word ("No ...", "Ningún ...", "Keine ...") and says it is not supplied
("... are included"), or says it is left out ("not included", "no incluye"): questions/rounds.yaml `denials` `items`, `left_out`."""
from __future__ import annotations

import re
from typing import Callable

from questions.models import Answer, Evaluation

from .word_regex import alternation

_CLAUSES = re.compile(r"[;:.]|,\s+(?:but|while|whereas|pero|aber|mais|ma)\b|\s[-\u2013\u2014]\s")


class Denials:
    """A reply sentence's clauses that deny what they name, read by `denials` words."""

    def __init__(self, rules: dict[str, list[str]]):
        items = alternation(w.lower() for w in rules.get("items", []))
        # a denying word opening its clause, not "No," answering a question
        self.opens = re.compile(rf"^\W*(?:{items})\b(?!\s*[,!])") if items else None
        self.left_out = tuple(w.lower() for w in rules.get("left_out", []))
        supplied = "|".join(map(re.escape, (w.lower() for w in rules.get("supplied", []))))
        self.supplied = re.compile(rf"\b(?:{supplied})") if supplied else None  # a word's stem: "incluid" -> "incluidos"

    def clauses(self, text: str) -> tuple[list[str], list[str]]:
        """The sentence's clauses that deny, and the others."""
        denied, kept = [], []
        for clause in _CLAUSES.split(text):
            lower = clause.lower().strip()
            if not lower:
                continue
            opens = self.opens is not None and self.opens.search(lower) and self.supplied and self.supplied.search(lower)
            says_no = opens or any(w in lower for w in self.left_out)
            (denied if says_no else kept).append(clause)
        return denied, kept


def without_denied(answered: Evaluation, sentences: list[str], denials: Denials, cued: Callable[[str], set]
                   ) -> Evaluation:
    """The answers drafted from a reply without the options its sentences only deny (a denial need not be among an
    answer's quotes to deny: drafting quotes three); an answer left with none, and no text, is no answer."""
    denied, named = set(), set()
    for text in sentences:
        no, yes = denials.clauses(text)
        denied |= {hit for clause in no for hit in cued(clause)}
        named |= {hit for clause in (yes if no else [text]) for hit in cued(clause)}
    gone = denied - named  # an option another clause or sentence names itself stands
    if not gone:
        return answered
    answers = [_undenied(a, {o for q, o in gone if q == a.question}, denials) for a in answered.answers]
    return answered.model_copy(update={"answers": [a for a in answers if a.choices or a.text or not a.quotes]})


def _undenied(answer: Answer, gone: set[str], denials: Denials) -> Answer:
    if not gone & set(answer.choices):
        return answer
    choices = [c for c in answer.choices if c not in gone]
    quotes = [q for q in answer.quotes if not denials.clauses(q)[0] or denials.clauses(q)[1]]
    return answer.model_copy(update={"choices": choices, "quotes": quotes})
