"""Answers a reply gives only in part, whatever the answers drafted from them settle: the facts beside a deferral ("the
number of sensors is to be confirmed after the site survey; about 40 vibration sensors on 12 pumps": the count kept as
the answer's quote, the rest put off) and a figure measured at another plant ("accuracy 96 %, measured at a comparable
plant", questions/rounds.yaml `held`: a reference, not this plant's). Either answers its question partly, never
specifically nor not at all, and the question stays open for what was put off or measured elsewhere.
"""
from __future__ import annotations

import re

from questions.models import Evaluation, RoundQuestion
from questions.reply_rule_models import HeldRules

from .draft_rules import draft_data
from .phrases import normalise, tokens
from .references import ReferenceReader
from .reply_phrases import phrases
from .reply_words import unmarked

REFERENCE = "it gives a figure measured at another plant"  # the why of such a sentence: a reference
_DIGIT = re.compile(r"\d")
_LABEL = re.compile(r"^\W*(?:[\w/&-]+\s+){0,3}?[\w/&)-]+\s*:\s+")  # a line's label ("KPI: ", "Return on investment: ")
_WHOLE = re.compile(r".{1,60}\b")  # the opening named by its first words where a cue tells the case


class Held:
    """`reference(lower, sentence)`: why a sentence's figure is another plant's ('' where it is not): not where the
    sentence gives the system's own lead time or tolerance too ("It predicts bearing failures 10 days ahead with 85%
    accuracy, measured on 40 spindles at a comparable plant": how far ahead it warns here, answered; `horizon`)."""

    def __init__(self, rules: HeldRules, horizon: re.Pattern | None = None):
        self.elsewhere = phrases(rules.elsewhere) if rules.elsewhere else None
        self.horizon = horizon
        data = draft_data()  # another customer's case as drafting tells one in an offer (references.py)
        self.cases = ReferenceReader.from_data(data["roles"].get("reference_told", {}), data["product_page"]["story"]["past"])

    def reference(self, lower: str, sentence=None) -> str:
        if not _DIGIT.search(lower) or (self.horizon and self.horizon.search(lower)):
            return ""  # no figure (most sentences), or the system's own lead time told beside it
        found = self.elsewhere and self.elsewhere.search(lower) or sentence is not None and self._case(sentence)
        return f"{REFERENCE} (\u201c{found.group()}\u201d), a reference, not this plant's" if found else ""

    def _case(self, sentence) -> re.Match | None:
        """The customer a sentence's opening tells a measured result of, as drafting reads a case in an offer ("At a
        Tier-1 supplier in Ohio, scrap dropped from 4% to 1.5%", "For Keller Foods we cut the changeovers by 30%"):
        told to no reader and ahead of nothing, a change reported (words.yaml `result`): another plant's KPI moved. A
        rate found there ("At a forging plant it found 31 of the 34 waste events (91%)") says how an accuracy was
        measured, which the question on what it detects asks."""
        if not any(s.kind == "result" for s in sentence.substance):
            return None  # no change reported (most sentences): a rate found elsewhere says how it was measured
        first = self.cases.opening(_LABEL.sub("", unmarked(sentence.text), count=1))  # "3. KPI: At a ...": its answer
        named = self.cases.named.search(first)
        if named is None and not self.cases.cues.find(tokens(normalise(first))):
            return None  # no customer at the opening (most sentences with a result)
        words = tokens(normalise(sentence.text))
        systems = frozenset(s.term.lower() for s in sentence.substance if s.kind == "system")  # "For Maximo, ...": no customer
        told = self.cases.tells(first, self.cases.opening_words(words), False, systems, True)
        return (named or _WHOLE.match(first)) if told else None


def references_first(vague: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The vague sentences on a topic, those that give a figure measured at another plant first, where there is one
    (a reference: the topic is answered partly, whatever else is vague, "... presso un altro pastificio ... da 0,41 a 0,35
    kWh/kg" beside a baseline "da definire"); none where there is none."""
    found = [one for one in vague if one[1].startswith(REFERENCE)]
    return [*found, *(one for one in vague if one not in found)] if found else []


def put_off_parts(sentences: list, text: str, deferring) -> dict[str, str]:
    """Each answering part of a deferring sentence (reply.py `_answering_part`: the clause with the facts) -> the words
    that put the rest off. A part's offsets are its whole sentence's, so the whole is read from `text`."""
    out = {}
    for sentence, _, why, _ in sentences:
        whole = text[sentence.start:sentence.end]
        if not why and len(sentence.text) < len(whole.strip()):
            found = deferring.search(whole.lower())
            if found:
                out[sentence.text] = found.group()
    return out


def held_topics(sentences: list, parts: dict[str, str], marked: list[RoundQuestion]) -> dict[str, str]:
    """Asked topic -> the words that put its answer off, for each question a deferring sentence with facts is on, where
    those facts are all its quotes or nothing answers it: what the reply puts off stays asked (a question another
    sentence answers in full stays answered)."""
    on = {t: parts[s.text] for s, _, _, topics in sentences if s.text in parts for t in topics}
    return {q.topic: on[q.topic] for q in marked
            if q.topic in on and (q.status == "not_answered" or all(s in parts for s in q.quotes))}


def held_mark(question: RoundQuestion, put_off: str) -> RoundQuestion:
    """The question as a reply that gives facts and puts the rest off answers it: partly where its facts answer it
    at all, its why saying what is put off."""
    why = question.why.rstrip(".") + f", and it says \u201c{put_off}\u201d of the rest."
    status = question.status if question.status == "not_answered" else "partly"
    return question.model_copy(update={"status": status, "why": why})


def held_claims(answered: Evaluation, parts: dict[str, str]) -> Evaluation:
    """`answered` with an answer whose every quote is a deferring sentence's facts only the vendor's claim: the rest is
    put off, so it is never described specifically."""
    held = [a.model_copy(update={"evidence": "vendor_claim"}) if a.quotes and a.evidence == "specific"
            and all(q in parts for q in a.quotes) else a for a in answered.answers]
    return answered.model_copy(update={"answers": held})


def own_told(reader, theirs: dict) -> set[str]:
    """The questions whose reply answer rests only on sentences on its topic by their own words ("Your maintenance
    manager owns the sensors and gateways after go-live": who keeps it running, asked or not): the reply answers that
    question itself, so its answer is proposed in place of the buyer's as an asked question's is."""
    topic_of = reader.rules.topic_of
    on = lambda quote: {t for cue in reader.cues_in(quote.lower()) for t in reader.cue_topics[cue]}
    return {qid for qid, answer in theirs.items() if answer.quotes and all(topic_of.get(qid) in on(q) for q in answer.quotes)}
