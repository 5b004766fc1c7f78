"""Which of the offer's sentences a round question quotes under "Your proposal says:" (scoring/round_asks.py keeps
them once per question): only a sentence that bears on the question's topic, never a signature, another customer's
case, a datasheet's rating the reply reader places on no part of the topic, or a sentence whose words the topic puts
off it (questions/rounds.yaml `not_output`): "Director Técnico, TermoDigital Levante S.L." signs the letter; "- Paperless
downtime capture in 6 weeks" is under "Case study: Northfield ..."; "MTBF: 180,000 h" rates the gateway; "Personal data
processed is limited to operator badge ID and name" names a person's data, no machine's. Where the offer answers the
topic's question itself, the sentences that answer it as a reply's would (on the topic, naming every part it `needs`)
are quoted first."""
from __future__ import annotations

import re
from dataclasses import dataclass

from questions.loader import load_bank, load_round_rules
from questions.models import Evaluation
from reading.case_studies import case_studies
from reading.company_names import FORMS
from reading.documents import CASE_STUDY
from reading.questionnaire import QUESTIONNAIRE, answers_text
from reading.reply_phrases import phrases
from reading.reply_readers import reply_reader_for

_BREAK = re.compile(r"(?<=\n)(?=\s*\n)|(?<=\f)")  # a block ends at a blank line or a page's end (its mark kept)
SIGNED_WORDS = 10  # a line of at most so many words that ends on a company's legal form: a title and the company


@dataclass(frozen=True)
class Said:
    """One sentence of the offer as the reply reader reads it."""
    sentence: object
    lower: str
    on: frozenset[str]  # the topics the reader places it on
    kind: str  # its document's kind
    cased: bool  # told under a line that declares another customer's case ("Case study: ...")


def offer_sentences(evaluation: Evaluation, reader) -> dict[str, Said]:
    """Each sentence of the offer's documents (no reply) by its text; of a questionnaire, of its answers."""
    said = {}
    for document in evaluation.documents:
        if document.kind == "reply":
            continue
        # a questionnaire's rows as their answers: the buyer's question beside one is no sentence of the vendor's
        text = answers_text(document.text) if document.kind == QUESTIONNAIRE else document.text
        cased = _cased_blocks(text)
        for sentence, lower, _vague, on in reader.sentences(text):  # a claim on the topic is quoted too
            said.setdefault(sentence.text, Said(sentence, lower, frozenset(on), document.kind,
                                                any(s <= sentence.start < e for s, e in cased)))
    return said


def bears(topic, said: Said | None) -> bool:
    """Whether a sentence of the offer that an answer on the topic drafts from bears on the topic, so the vendor can
    answer to it: none of another customer's case, a signature, a datasheet's rating, or words the topic puts off it."""
    if said is None or said.kind == CASE_STUDY or said.cased or _signs(said.sentence.text):
        return False
    if said.kind == "datasheet" and topic.id not in said.on:
        return False  # a rating ("MTBF: 180,000 h", "Operating temp: -20 to +60 C") on no part of the topic
    # its words put it off the topic (`not_output`): approved, but no decision of the system ("first-off approval" of
    # a die change); data, but a person's, not a machine's ("Personal data processed is limited to ...")
    return not (topic.not_output and _found(topic.not_output, said.lower) and not _found(topic.acts_on, said.lower))


def answering(reader, topic, offer: dict[str, Said]) -> list[str]:
    """The offer's sentences that answer the topic as a reply's would: placed on it, naming every part it needs."""
    return [text for text, said in offer.items() if topic.id in said.on and bears(topic, said)
            and all(reader.kinds(topic, said.sentence, said.lower) & set(part) for part in topic.needs)]


def _signs(text: str) -> bool:
    """A title and a company's name alone ("Director Técnico, TermoDigital Levante S.L."): a signature."""
    words = text.split()
    return 0 < len(words) <= SIGNED_WORDS and "," in text and words[-1].rstrip(",;:.)]") in FORMS | {
        f.rstrip(".") for f in FORMS}


def _cased_blocks(text: str) -> list[tuple[int, int]]:
    """The spans of the text's blocks (lines between blank ones) whose first line opens on a case study's name for
    itself ("Case study: Northfield Pressed Metals, Coventry"): what they tell is that customer's."""
    declared, spans, at = case_studies().declared, [], 0
    for block in _BREAK.split(text):
        first = block.strip().split("\n", 1)[0].strip(" \t-•*#>|").lower()
        if declared.match(first):
            spans.append((at, at + len(block)))
        at += len(block)
    return spans


_PHRASES: dict[tuple[str, ...], object] = {}


def _found(words: list[str], lower: str) -> bool:
    key = tuple(words)
    if key not in _PHRASES:
        _PHRASES[key] = phrases(list(words)) if words else None
    found = _PHRASES[key]
    return bool(found and found.search(lower))


def quotes_settle(topic_id: str, quotes: list[str], given=()) -> bool:
    """Whether the offer's sentences quoted under a question state what a label's gap says is missing, so the letter
    may not tell the vendor "as we read it: no data ownership terms" under "all data generated by the customer's
    machines is the customer's property": one judgement with its quotes. So where the question asks without a part the
    offer states (`given`), or where the quoted sentences, read as a reply's, name every part the topic needs."""
    if given:
        return True
    topic = next((t for t in load_round_rules().topics if t.id == topic_id), None)
    if topic is None or not quotes or not topic.needs:
        return False
    reader, kinds = reply_reader_for(load_bank()), set()
    for quote in quotes:
        kinds |= {k for s, lower, _vague, _on in reader.sentences(quote) for k in reader.kinds(topic, s, lower)}
    return all(kinds & set(part) for part in topic.needs)
