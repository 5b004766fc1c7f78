"""What a reply answered that its round did not ask (Round.unasked keeps only the topics): the reply's sentences
on each such topic, as its reading found them, and the answers on that topic drafted from the reply, for the
Follow-up page, the exports and the CLI to show under the round."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from questions.loader import load_bank, load_round_rules
from questions.models import Evaluation, Round, RoundQuestion
from reading.reply_built import persons
from reading.reply_unasked import said_unasked

from .rounds import reply_reader
from .scorecard import Scorecard

QUOTES_KEPT = 3  # the reply's sentences shown per topic: those that answered it, not every mention


@dataclass(frozen=True)
class Unasked:
    """One topic a reply answered without being asked."""
    topic: str  # the topic's name in the buyer's words ("who keeps it running after the pilot")
    quotes: tuple[str, ...]  # the reply's sentences that answered it
    drafts: tuple[tuple[str, str], ...]  # (question, the answer as the scorecard says it) drafted from the reply

    def drafts_said(self) -> str:
        """'Drafts: How soon ...? → Within minutes', or that it drafts nothing (the buyer sees it changed no answer)."""
        if not self.drafts:
            return "Drafts no answer."
        return "Drafts: " + "; ".join(f"{prompt} \u2192 {said}" for prompt, said in self.drafts)


def unasked(evaluation: Evaluation, round_: Round, card: Scorecard | None) -> list[Unasked]:
    """Each topic the round's reply answered unasked, with its sentences and what it drafts (none before a reply)."""
    if not round_.replied or not round_.unasked:
        return []
    reply = next((d for d in evaluation.documents if round_.reply_sha256 and d.sha256 == round_.reply_sha256), None) \
        or next((d for d in evaluation.documents if d.name == round_.reply_document), None)
    text = reply.text if reply else ""
    asked = tuple((q.id, q.text, q.topic, tuple(q.given)) for q in round_.questions)
    said = _said_on(text, asked, tuple(round_.unasked)) if text.strip() else {}
    rules, answers = load_round_rules(), {a.question: a for a in (card.answers if card else [])}
    found = []
    for topic_id in round_.unasked:
        topic = rules.topic(topic_id)
        quotes = said.get(topic_id, ())
        mine = [answers[q] for q in (topic.questions if topic else []) if q in answers]
        # drafted from those sentences: an answer on the topic that quotes the reply's asked answers is not this one's
        drafted = [(a.prompt, a.said) for a in mine if set(a.quotes) & set(quotes)]
        found.append(Unasked(topic.name if topic else topic_id, quotes, tuple(drafted)))
    return found


@lru_cache(maxsize=64)
def _said_on(text: str, asked: tuple, topics: tuple[str, ...]) -> dict[str, tuple[str, ...]]:
    """The reply's specific sentences on each unasked topic, read as ReplyReader.read found the topic answered
    (reading/reply_unasked.py: only sentences at no asked question's place): kept once per reply, as the page redraws
    often."""
    reader = reply_reader(load_bank())
    questions = [RoundQuestion(id=i, text=t, topic=topic, given=list(given)) for i, t, topic, given in asked]
    sentences, at = reader.placed(text, questions)
    people = persons([lower for _, lower, vague, _ in sentences if not vague])
    # the sentences the reply's reading found the topic answered in, none at an asked question's place
    said = said_unasked(reader, sentences, at, {q.topic for q in questions}, people, reader.quoted(text, questions))
    return {t: tuple(said[t].specific[:QUOTES_KEPT]) for t in topics if t in said}
