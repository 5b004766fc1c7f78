"""A first year's total ("Totale primo anno", "Summe erstes Jahr", "Total year 1") holds the one-off prices and a year
of the fees: the cost over the term counts each year's fee once (walk83: an Italian dairy's offer read EUR 22,690 over
36 months, the first year's fee counted twice, for EUR 18,490). A total of the whole offer stays its price."""
from __future__ import annotations

import pytest

from questions.loader import load_bank
from questions.models import Evaluation
from reading.documents import pasted
from reports.common import price_rows


def _rows(text: str) -> dict[str, str]:
    offer = Evaluation(proposal="Offer", vendor="Vendor", documents=[pasted(text, "proposal", "Offer")],
                       bank_version=load_bank().version)
    return dict(price_rows(offer))


@pytest.mark.parametrize("text, want", [
    ("| Voce | Quantità | Totale (€) |\n| Sonde wireless | 6 | 2.340,00 |\n| Installazione | 1 | 1.800,00 |\n"
     "| Canone piattaforma (annuale) | 1 | 4.200,00 |\n| Totale primo anno (IVA esclusa) | | 8.340,00 |\n"
     "Durata minima del contratto: 36 mesi.", "EUR 16.740,00 over 36 months"),
    ("| Position | Menge | Betrag (EUR) |\n| Sensoren | 4 | 3.000,00 |\n| Jährliche Lizenz | 1 | 2.000,00 |\n"
     "| Summe erstes Jahr | | 5.000,00 |\nMindestlaufzeit 24 Monate.", "EUR 7.000,00 over 24 months"),
    ("| Item | Qty | Amount (USD) |\n| Gateways | 2 | 8,000.00 |\n| Annual subscription | 1 | 6,000.00 |\n"
     "| Total year 1 | | 14,000.00 |\n36-month minimum term.", "USD 26,000.00 over 36 months"),
])
def test_a_first_years_total_holds_one_years_fee_so_the_term_counts_it_once(text, want):
    assert want in _rows(text)["Cost over the term"]


def test_a_total_of_the_whole_offer_is_still_its_one_off_price():
    text = ("| Item | Qty | Amount (USD) |\n| Gateways | 2 | 8,000.00 |\n| Engineering | 1 | 6,000.00 |\n"
            "| Total | | 14,000.00 |\n36-month minimum term.")
    rows = _rows(text)
    assert "Total: USD 14,000.00" in rows["Price stated"].replace("$", "USD ") or "14,000.00" in rows["Price stated"]
    assert "26,000" not in rows.get("Cost over the term", "")
