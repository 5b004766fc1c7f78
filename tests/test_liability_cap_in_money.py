"""A liability cap stated as money ("liability limited to EUR 50,000", "auf 50.000 € begrenzt") was read as a term with
no figure and never weighed: only a share of the order value ("50 %") was flagged. The cap's amount is now its figure,
and a cap below what the offer's own prices cost over its minimum term (a year where it states none) is flagged with
both sums and asked in the letter; a cap above it, or in a currency the offer is not priced in, is not."""
from __future__ import annotations

import pytest

from questions.models import Document
from reading.contract_terms import terms
from scoring import score
from scoring.contract_terms import contract_terms
from scoring.rounds import open_questions


@pytest.mark.parametrize("text, value", [
    ("The Supplier's total liability under this contract is limited to EUR 50,000.", "EUR 50,000"),
    ("Die Haftung des Auftragnehmers ist auf 50.000 € begrenzt.", "EUR 50.000"),
    ("La responsabilité du prestataire est plafonnée à 20 000 € par sinistre.", "EUR 20 000"),
    ("La responsabilidad del proveedor se limita a 30.000 EUR.", "EUR 30.000"),
    ("La responsabilità del fornitore è limitata a 40.000 euro.", "EUR 40.000"),
    ("Całkowita odpowiedzialność Wykonawcy ograniczona jest do 100 000 PLN.", "PLN 100 000"),
])
def test_a_liability_cap_in_money_is_read_with_its_amount_in_each_language(text, value):
    read = terms(text)
    assert [(t.kind, t.value()) for t in read] == [("liability", value)]
    assert not read[0].against  # weighed against the offer's price only where the offer is costed


def test_a_cap_as_a_share_keeps_its_share_and_no_amount():
    read = terms("Liability is capped at 50 % of the order value, and in any case at EUR 1,000,000.")
    assert [(t.value(), t.against, t.amount) for t in read] == [("50 %", True, None)]


def _offer(example, text: str):
    evaluation = example("a_")
    return evaluation.model_copy(update={"documents": [*evaluation.documents,
                                                      Document(name="Offer.pdf", kind="proposal", text=text)]})


@pytest.mark.parametrize("text, cap, order", [
    ("Commercial terms\nTotal price: EUR 180,000 (one-off, installation included).\nSupport: EUR 12,000 per year.\n"
     "The Supplier's total liability under this contract is limited to EUR 50,000.\n", "EUR 50,000", "EUR 192,000"),
    ("Kommerzielle Bedingungen\nGesamtpreis: 180.000 € netto.\nDie Haftung des Auftragnehmers ist auf 50.000 € "
     "begrenzt.\n", "EUR 50.000", "EUR 180.000"),
    ("Condiciones\nPrecio total: 120.000 EUR.\nLa responsabilidad del proveedor se limita a 30.000 EUR.\n",
     "EUR 30.000", "EUR 120.000"),
])
def test_a_cap_in_money_below_the_offer_s_price_is_flagged_and_asked_once(example, text, cap, order):
    evaluation = _offer(example, text)
    flags = [f for f in contract_terms(evaluation).flags if f.title == "Liability capped below the order value"]
    assert len(flags) == 1
    assert f"capped at {cap}, below the order value of {order}" in flags[0].reason
    assert flags[0].follow_up.startswith(f"Your terms cap your liability at {cap} (“")
    asked = " ".join(q.text for q in open_questions(evaluation, score(evaluation)))
    assert asked.count(flags[0].follow_up) == 1


@pytest.mark.parametrize("text", [
    "Commercial terms\nTotal price: EUR 180,000.\nLiability is limited to EUR 500,000.\n",  # above the order value
    "Commercial terms\nTotal price: USD 180,000.\nLiability is limited to EUR 50,000.\n",  # another currency
    "Commercial terms\nLiability is limited to EUR 50,000.\n",  # an offer that states no price
])
def test_a_cap_in_money_not_below_the_offer_s_price_is_not_flagged(example, text):
    read = contract_terms(_offer(example, text))
    assert [t.value for t in read.terms if t.kind == "liability"] and not read.flags
