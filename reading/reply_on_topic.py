"""Which answers drafted from a reply stand on sentences that bear on their question (reading/reply_drafting.py): an
answer resting only on what no question asked is dropped, and an answer of options quotes no sentence the reply places
under another asked question."""
from __future__ import annotations

from questions.models import Answer, Evaluation


def on_topic(drafted: Evaluation, said: list, topic_of: dict[str, str], asked: set[str],
              placed: dict[int, str] | None = None, barred: dict[str, frozenset[str]] | None = None,
              texts: set[str] = frozenset(), dodged: set[str] = frozenset(), put_off: set[str] = frozenset(),
              most: dict[str, set[str]] | None = None) -> Evaluation:
    """Without the answers that rest only on sentences about what no question asked: a reply that
    volunteers how fast a stop is seen ("your maintenance lead asked ...: the shift lead's phone gets
    a push within thirty seconds") answers that, not who maintains the system or which data it
    captures. A sentence on the question's own topic or on none may draft any answer; one on another
    asked topic any answer but one to an asked question the reply leaves alone (an answer on the KPI
    may name the problem, one on review the roles that use the system). A sentence the reply's layout places under
    one asked question speaks on no other asked one ("You see the success in the stop log." under the problem says
    nothing of how fast a stop is seen). A table row's sentence drafts no answer on a question another row answers
    (`barred`: reply_cells.Pointers.barred). A written answer (`texts`) is the sentence itself, so one on another
    asked topic drafts it only where the round asked it too: the integrations sentence is no answer to who opens
    the system every day, a question the letter never asked. A question the layout gives a place that says nothing it
    asks (`dodged`: "5. Accuracy - very good results at other plants.") is not spoken on by the reply: no sentence placed
    under another question drafts its answer. A question a deferring sentence names (`put_off`) is answered only by a
    sentence on it placed nowhere else: the KPI's "measured monthly ... rate" does not answer the protocols put off."""
    topics = {sentence.text: on for sentence, _, _, on in said}
    at = placed or {}
    spoken = {t for s, _, vague, on in said if not vague
              for t in (on if at.get(s.start) is None else (on - asked) | {at[s.start]})} - set(dodged)
    where = {s.text: at.get(s.start) for s, *_ in said}
    def counts(quote: str, topic: str, written: bool) -> bool:
        if topic in (barred or {}).get(quote, ()):
            return False
        on = topics.get(quote, set())
        if topic in dodged:  # its own place says nothing it asks, and a sentence placed under another question no more
            return where.get(quote) is None and (not on or topic in on)
        if topic in put_off:
            return where.get(quote) == topic or (where.get(quote) is None and topic in (most or {}).get(quote, ()))
        # an unasked topic's written answer: only a sentence on it ("a 3-day course" walks through no work)
        return not on or topic in on or (bool(on & asked) and topic in (spoken & asked if written else spoken | {topic} - asked))
    kept = [a for a in drafted.answers if a.question not in topic_of or not asked
            or any(counts(q, topic_of[a.question], a.question in texts) for q in a.quotes)]
    return drafted.model_copy(update={"answers": [_own_quotes(a, topic_of.get(a.question), where, topics, asked) for a in kept]})


def _own_quotes(answer: Answer, topic: str | None, where: dict[str, str | None], topics: dict[str, set[str]],
                asked: set[str]) -> Answer:
    """An answer of options without the reply sentences that bear on another question: placed under another asked
    question and not on the answer's topic by their own words (the KPI's "the baseline will be measured in the first 4
    weeks ... from the EDA dashboard" under the workflow's alerts), where it keeps a quote of its own."""
    if topic is None or not answer.choices or answer.text:
        return answer
    mine = [q for q in answer.quotes if not (where.get(q) in asked and where.get(q) != topic and topic not in topics.get(q, ()))]
    return answer if not mine or len(mine) == len(answer.quotes) else answer.model_copy(update={"quotes": mine})
