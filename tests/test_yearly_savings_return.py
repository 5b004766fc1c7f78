"""A savings or expected-return table's yearly amounts ("| Less unplanned downtime on the presses | EUR 350K p.a. |",
"Lower scrap: $120k per year", "£45k/yr", "CHF 80'000 pro Jahr") drafted nothing, or were quoted as a fee of upkeep:
money the plant saves each period is the return the offer promises, in numbers (return.promise), never a fee nor a
price, and the KPI reader makes no measure of it (reading/fees.py savings)."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.fees import fees

BANK = load_bank()

TABLE = """Expected savings

| Item | Expected saving |
|---|---|
| Less unplanned downtime on the presses | EUR 350K p.a. |
| Lower scrap on line 2 | EUR 120K p.a. |
| Energy | EUR 45K p.a. |

Payback is expected within 18 months."""
LINES = "Expected return\n\nReduced unplanned downtime: EUR 350K p.a.\nLower scrap: EUR 120K p.a."
BARS = "Savings summary\nLower scrap on the extrusion lines | $120k per year\nLess energy per tonne | £45k/yr"
GERMAN = "Erwartete Einsparungen\nWeniger ungeplante Stillstände: CHF 80'000 pro Jahr"


@pytest.mark.parametrize("text, rows", [(TABLE, 3), (LINES, 2), (BARS, 2), (GERMAN, 1)])
def test_yearly_savings_answer_the_return_promised_and_no_upkeep_fee(text, rows):
    evaluation = draft(text, BANK)
    promised = evaluation.answer(fees().saved_answers)
    assert promised and sum(any(c.isdigit() for c in q) and ("p.a" in q or "yr" in q or "year" in q or "Jahr" in q)
                            for q in promised.quotes) == rows
    assert not evaluation.answer(fees().answers)  # no upkeep fee
    assert not evaluation.answer(BANK.key_questions.kpi)  # and no measure


@pytest.mark.parametrize("line", ["Lower scrap on line 2 | EUR 120K p.a.", "Reduced unplanned downtime: EUR 350K p.a.",
                                  "Weniger ungeplante Stillstände: CHF 80'000 pro Jahr"])
def test_a_row_of_what_the_offer_cuts_is_no_fee_a_licence_billed_yearly_is(line):
    assert not fees().fee(line)
    assert fees().fee("Annual licence | EUR 14K p.a.") and fees().fee("Software licence: EUR 14,000 p.a.")


def test_savings_are_no_price_of_the_offer():
    assert fees().stated(TABLE) == [] and fees().stated(BARS) == []
