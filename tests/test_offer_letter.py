"""An offer to one buyer told by its own furniture (reading/offer_letter.py): numbered as an offer, or leaving the buyer
a blank to sign, it is read as an offer however its price table is typed, not as a description of a product."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.offer_letter import offer_letter

BODY = """Brückner Messtechnik GmbH

Condition monitoring for the press shop

Eight wireless vibration sensors are mounted on the main drive bearings of presses P1 to P4.
Vibration and bearing temperature are sampled every 10 minutes.
An edge gateway collects the readings and sends them outbound over MQTT with TLS.
Alerts go by SMS to the maintenance technicians when a bearing exceeds its limit.
A weekly report lists the trend of every bearing.

Price
  Pos.  Item                              Qty    Unit EUR     Total EUR
  1     Wireless vibration sensor         8        420,00      3.360,00
  2     Edge gateway                      1      1.900,00      1.900,00
"""


def _evidence(text: str) -> dict[str, str]:
    return {a.question: a.evidence for a in draft(text, load_bank()).answers if a.choices}


@pytest.mark.parametrize("title", ["Quotation no. BM-2026-118", "Angebot Nr. 2026-0311", "Oferta n.º BM/2026/044",
                                   "Offre n° BM-26-0118", "Oferta handlowa nr BM/2026/7"])
def test_offer_numbered_in_its_title_is_read_as_an_offer_not_a_description(title):
    evidence = _evidence(f"{title}\n\n{BODY}")
    assert evidence["data.captured"] == evidence["data.sources"] == "specific"


@pytest.mark.parametrize("blank", ["Accepted for Brückner customer: ____________________  Date: ________",
                                   "Per accettazione: ______________________ (timbro e firma)",
                                   "Akceptacja Zamawiającego: ____________________ (data, podpis)"])
def test_blank_left_for_the_buyer_to_sign_reads_as_an_offer(blank):
    assert _evidence(f"{BODY}\n{blank}\n")["data.captured"] == "specific"


def test_the_same_text_without_an_offers_number_or_blank_stays_a_description():
    assert _evidence(BODY)["data.captured"] == "vendor_claim"


@pytest.mark.parametrize("texts", [["Offerta n.", "CD/25/112 – Rev. 0"], ["QUOTE LP-Q-4417"],
                                   ["Devis n° HS-2026-009   Limoges, le 20 janvier 2026"]])
def test_offer_numbers_are_found_even_cut_at_a_short_forms_stop(texts):
    assert offer_letter(texts)


@pytest.mark.parametrize("line", ["Quote date: November 4, 2025", "Offer valid for 30 days from the date above.",
                                  "Proposal for a smarter press shop", "Request a quote for your plant today.",
                                  "Our quotation team answers within 24 hours.", "Fill in the form below ___"])
def test_a_pages_mention_of_a_quote_or_an_offer_is_no_offer_letter(line):
    assert not offer_letter([line])
