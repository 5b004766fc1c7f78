"""Walk 70: the letter to the vendor asked "What return does the vendor promise, in numbers?", the buyer's own wording
of the bank's question, inside a letter TO the vendor. Every question a letter can ask is said to the vendor in every
letter language (questions/letter_languages.yaml `to_vendor` for English): none speaks of the vendor in the third
person, and the buyer's plant is "our plant"."""
import re

import pytest

from questions.loader import load_bank
from questions.models import RoundQuestion
from reports.letter_round import as_text, letter
from reports.letter_words import letter_words
from rounds_corpus import sent_out
from scoring.rounds import engine_for, load_round_rules

THIRD_PERSON = re.compile(r"\b(?:the vendor|the supplier|der Anbieter|des Anbieters|dem Anbieter|den Anbieter|"
                          r"le fournisseur|du fournisseur|au fournisseur|il fornitore|del fornitore|al fornitore|"
                          r"el proveedor|del proveedor|al proveedor|your plant)\b", re.IGNORECASE)
OFFER = ("ReturnWise brings AI to your press shop and cuts scrap.\n"
         "Our platform integrates with every ERP and pays for itself within a year.\n")


def _every_question() -> list[str]:
    """Every question text a round can ask: topics, their given parts and counts, gaps' and flags' own questions, and
    the questions the buyer adds in the bank's own words."""
    bank, rules = load_bank(), load_round_rules()
    engine = engine_for(bank)
    asks = [t.ask for t in rules.topics] + [g.ask for t in rules.topics for g in t.given.values()]
    asks += [t.counted for t in rules.topics if t.counted]
    asks += [engine.questions[q].prompt for t in rules.topics for q in t.own_words]
    asks += [req.follow_up for reqs in engine.requirements.values() for req, _ in reqs]
    return asks + [flag.follow_up for flag in bank.flags]


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
def test_no_question_a_letter_asks_speaks_of_the_vendor_in_the_third_person(language):
    said = {ask: letter_words().question(ask, language) for ask in _every_question()}
    assert {ask: s for ask, s in said.items() if s and THIRD_PERSON.search(s)} == {}


@pytest.mark.parametrize("language", ["en", "de", "fr", "es", "it"])
def test_a_letter_asking_the_return_asks_what_you_promise(language):
    sent = sent_out(OFFER, "ReturnWise", "D. Okafor")
    added = RoundQuestion(id="1.99", text="What return does the vendor promise, in numbers? Which controls does the "
                                          "vendor commit to?", topic="kpi")
    round_ = sent.rounds[-1].model_copy(update={"questions": [*sent.rounds[-1].questions, added]})
    asked = letter(sent, round_, language).questions[-1].text
    assert not THIRD_PERSON.search(asked), asked
    if language == "en":
        assert asked == "What return do you promise, in numbers? Which security controls do you commit to?"
        assert "What return do you promise, in numbers?" in as_text(sent, round_, "en").decode()
