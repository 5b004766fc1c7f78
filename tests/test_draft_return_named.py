"""The return a proposal promises is read from what the words mean where they stand: a cue word that begins a
data type's name is that data ("the CIP return temperature"), a cue glued by a hyphen to the word before is the end
of a compound ("energy-saving activities"), and an amount after a currency's code is an amount as after its sign
("EUR 120,000"). Sentences written for these tests."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.text import reader_for

BANK = load_bank()


def promised(sentence: str):
    return draft("Offer for your plant\n\n" + sentence, BANK).answer("return.promise")


@pytest.mark.parametrize("sentence", [
    "The skid logs the CIP return temperature every 10 seconds and alarms below 80 °C.",
    "Return pressure of the hydraulic unit is read from the existing transmitter at 180 bar.",
    "Our energy-saving activities at the site started in the 1990s with 12 meters.",
])
def test_a_cue_word_inside_a_longer_name_promises_no_return(sentence):
    assert promised(sentence) is None


@pytest.mark.parametrize("sentence", [
    "We expect a return of EUR 120,000 a year from the first line.",
    "The monitoring saves CHF 45,000 a year in compressed air.",
    "The system saves €120,000 a year in scrap.",
    "Payback is 14 months.",
])
def test_a_saving_or_a_return_with_an_amount_is_the_return_promised(sentence):
    answer = promised(sentence)
    assert answer is not None and answer.text == sentence


@pytest.mark.parametrize("sentence, substance", [
    ("The licence costs EUR 14,000 a year.", True),
    ("The licence costs USD 9.5k a year.", True),
    ("Europe has 120 plants of this kind.", False),
])
def test_an_amount_after_a_currency_code_is_a_number_with_a_unit(sentence, substance):
    read = reader_for(BANK).read(sentence)
    assert any(s.kind == "number" for s in read.sentences[0].substance) is substance
