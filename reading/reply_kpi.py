"""The KPI a reply states under the question on it, read by drafting's own KPI reader (reading/draft_kpi.py) on those
sentences alone. Drafting reads a reply's lines as one text, so another answer's case told of a customer elsewhere ("On
a line in Bilbao it predicted 71 % of breaks ...", asked about the analytics) makes every uncommitted change in the
reply another site's result, the buyer's own KPI too ("KPI: Breaks from 310 per month (average Jan-Oct 2026) to 150 by
June 2027"). A sentence the reply places on the KPI's question states the buyer's KPI as drafting would read it in a
text of its own; one that itself tells another site's result still gives none (drafting's rule), nor makes the others
give none: where the lines together state no baseline and target, each line alone may (as drafting reads it, else as
the reply wrote it: "baseline 27 in January-September 2026 (QA log), target at most 3 a year")."""
from __future__ import annotations

import re

from questions.models import Answer, Document, Evaluation

from .reply_phrases import phrases


def with_own_measure(answered: Evaluation, drafter, lines: list[tuple[str, str]], proposal: str, vendor: str,
                     reference=lambda text: False) -> Evaluation:
    """`answered` with its KPI answer drafted from the `lines` on the KPI's question alone, where the whole reply's
    drafting found no baseline and target and those lines state both; a KPI drafted only from a reference the buyer may
    call (`reference`: another customer's result, "... da 0,41 a 0,35 kWh/kg; l'Ing. Zanetti e' disponibile per una
    telefonata") is none of this plant's."""
    kpi = drafter.bank.key_questions.kpi
    had = answered.answer(kpi)
    if had is not None and had.quotes and all(map(reference, had.quotes)):
        answered, had = answered.model_copy(update={"answers": [a for a in answered.answers if a.question != kpi]}), None
    if not lines or _both(had):
        return answered
    own = lambda found: _both(found) and not all(map(reference, found.quotes))
    found = next(filter(own, (_drafted(drafter, text, proposal, vendor) for text in _tries(lines))), None)
    if found is None:
        return answered
    kept = [a for a in answered.answers if a.question != kpi]
    return answered.model_copy(update={"answers": [*kept, found]})


def _tries(lines: list[tuple[str, str]]):
    """The texts to read the KPI from, in turn: the lines together, then each line that dates its target alone, as
    drafting reads it and as the reply wrote it (a line of another site's result beside the buyer's KPI makes the two
    together none). A line with no year ("Scrap fell from 4 % to 2 % in six months") may be the result of a plant a line
    before it names: read only with it."""
    yield "\n".join(line for line, _ in lines)
    for line, text in lines:
        if _YEAR.search(line):
            yield from (one for one in dict.fromkeys((line, text)) if len(lines) > 1 or one != line)


_YEAR = re.compile(r"(?<!\d)20\d\d(?!\d)")  # a target's date ("by 30-06-2027", "bis Juni 2027")


def _drafted(drafter, text: str, proposal: str, vendor: str) -> Answer | None:
    kpi = drafter.bank.key_questions.kpi
    alone = Document(name="KPI", kind="reply", text=text)
    return drafter.drafted_pass([alone], proposal, vendor, wanted=frozenset((kpi,)))[0].answer(kpi)  # the KPI alone


def _both(answer: Answer | None) -> bool:
    """Whether an answer holds a measure with its baseline and its target."""
    measure = answer.measure if answer is not None else None
    return measure is not None and measure.baseline is not None and measure.target is not None


def kpi_lines(reader, documents: list[Document], read: list, asked: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """The drafter's lines (reply_drafting.for_drafting: `read`) of the reply sentences on the KPI's question, each with
    the sentence it reads: placed under it or on its topic by their words, none vague."""
    topic = reader.measures.topic
    if topic not in {t for t, _ in asked}:
        return []
    said = {s.text for d in documents for s, _, vague, on in reader.placed_asked(d.text, asked) if not vague and topic in on
            and not reference_told(reader, topic, s.text.lower())}
    return [(line, text) for _, received, _ in read for line, text in received.items() if text in said]


def reference_told(reader, topic: str, lower: str) -> bool:
    """Whether a sentence on the KPI's topic tells a reference the buyer may call ("Il riferimento e' il Pastificio
    Zanetti: da 0,41 a 0,35 kWh/kg; l'Ing. Zanetti e' disponibile per una telefonata": rounds.yaml kpi `reads` of
    return.reference): another customer's result, no baseline and target of this plant."""
    found = _callable(reader, topic)
    return found is not None and found.search(lower) is not None


_CALLABLE: dict = {}


def _callable(reader, topic: str):
    key = (id(reader.rules), topic)
    if key not in _CALLABLE:
        words = [w for t in reader.rules.topics if t.id == topic for r in t.reads if r.with_kinds for w in r.says]
        _CALLABLE[key] = phrases(words) if words else None
    return _CALLABLE[key]
