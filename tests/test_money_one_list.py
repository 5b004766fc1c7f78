"""Every reader of amounts takes its currencies from one list (questions/words.yaml `money`): a yearly fee in yen,
won or lira closes the question on upkeep as one in euros does, a KPI's money keeps its currency, and a figure after
a currency's sign is an amount wherever it is read. Every sentence here is new."""
import pytest

from questions.loader import load_money, load_round_rules
from reading.quantities import quantities
from rounds_corpus import Mail, sent_out

PRESS = ("PressSense is predictive maintenance for servo presses.\n"
         "IoT sensors and AI predict clutch and ram failures before they stop the press.\n")
MAIL = Mail("Dear Ms Okafor,", "Best regards,\nKenji Mori")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "PressSense", "A. Okafor")


@pytest.mark.parametrize("fee", ["¥1,980,000 per year", "JPY 1,980,000 a year", "₩24,000,000 per year",
                                 "1,980,000 yen per year", "฿620,000 annually", "SGD 18,500 per year"])
def test_a_yearly_fee_in_any_listed_currency_closes_the_question_on_upkeep(press, fee):
    upkeep = MAIL.asked(press, f"Upkeep: our service centre in Nagoya maintains the sensors and the model, {fee}.")[
        "upkeep_owner"]
    assert upkeep.closed and upkeep.status == "answered"


@pytest.mark.parametrize("text, code", [("a saving of ¥3.5 million", "JPY"), ("fee ₩ 9,000,000", "KRW"),
                                        ("NOK 12,500 per month", "NOK"), ("Rs. 14.5 lakhs", "INR"), ("R$ 18.000 por ano", "BRL"), ("A$ 9,800", "AUD"),
                                        ("1,200 euros", "EUR")])
def test_an_amount_in_any_listed_currency_is_read_as_money_in_that_currency(text, code):
    money = [q for q in quantities(text) if q.kind == "currency"]
    assert money and money[0].unit == code


def test_a_drawing_is_no_canadian_dollar():
    assert not [q for q in quantities("CAD 3D models of every fixture") if q.kind == "currency"]


def test_a_replys_prices_read_every_currency_of_the_one_list():
    money, words = load_money(), set(load_round_rules().prices.words)
    assert set(money.signs) | set(money.codes) | set(money.names) <= words


def test_a_sign_whose_currency_is_not_listed_is_a_clear_error():
    from questions.word_models import Money
    with pytest.raises(ValueError, match="not in codes: \\['try'\\]"):
        Money(signs={"₺": "try"}, codes=["eur"])
