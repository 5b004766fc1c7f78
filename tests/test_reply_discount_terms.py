"""A kind that recurred in the unasked replies of the blind sets tuning48 and tuning51: an offer's discount, a share
right before "discount" or "off" ("If you order 20 sets before 31 January we give 12 % discount."), is a price cut.
It answers only what money answers, as a price does, and never drafts the KPI a letter asked. Every sentence here is
new (issue 16)."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

PRESSES = ("PressPulse brings AI to the hydraulic presses of a brake pad plant and cuts scrap.\n"
           "Machine learning predicts seal wear on every cylinder.\n")
MAIL = Mail("Dear Ms Laine,", "Best regards,\nOskar")
READER = reply_reader(load_bank())


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressPulse", "E. Laine")


def _priced(text: str) -> str:
    return READER.money.only_prices(READER.reader.read(text).sentences[-1])


@pytest.mark.parametrize("text", ["If you order 30 seal kits before 28 February we give 9 % discount.",
                                  "Until March we have 15% off all spare cylinders."])
def test_a_share_said_as_a_discount_is_a_price(text):
    assert "price" in _priced(text)


def test_a_share_of_the_plant_is_no_price():
    assert _priced("Scrap on press 3 went from 4.2 % to 2.9 % in the pilot.") == ""


def test_a_discount_offered_in_a_reply_closes_no_kpi(presses):
    body = ("If you order 30 seal kits before 28 February we give 9 % discount.\n\n"
            "And to your question on outages: the presses run on, the gateway buffers 7 days of data and sends it "
            "after, and we guarantee 99.5 % availability per month.")
    asked = MAIL.asked(presses, body)
    assert "kpi" in asked and not asked["kpi"].closed
