"""Walk72: commitments the offer states were missed. A summary table's row "Detection | Pores and shrinkage >= 0.5 mm:
detection rate >= 99.5 %; false reject rate <= 1.5 %" answers what accuracy the vendor commits to, and the support
section's "From the second year it costs EUR 38 500,00 per year (both lines)" what upkeep costs. Other sentences,
English and German, and a sentence that must not be quoted."""
import pytest

from reading.draft import draft
from reading.fees import fee_told

OFFER = ("We propose an inline X-ray inspection cell for your die-cast line 3. The cell inspects every casting and the "
         "edge server decides OK/NOK within the line cycle. ")


def _quotes(evaluation, question):
    answer = next((a for a in evaluation.answers if a.question == question), None)
    return answer.quotes if answer else []


@pytest.mark.parametrize("row", [
    "Item: Inspection; Summary: Cracks >= 0.3 mm: detection rate >= 99 %, false reject rate <= 2 %",
    "Merkmal: Prüfleistung; Wert: Poren ab 0,5 mm: Erkennungsrate ≥ 99,5 %, Pseudoausschuss ≤ 1,5 %",
])
def test_an_inspection_s_rates_in_a_summary_row_answer_the_accuracy_committed(bank, row):
    assert row in _quotes(draft(OFFER + "\n" + row + "\n", bank), "reliability.commitment")


@pytest.mark.parametrize("sentence", [
    "Software support is included for the first year. From year two it costs USD 9,800 per year for both cells.",
    "Die Softwarepflege ist im ersten Jahr enthalten. Ab dem zweiten Jahr kostet sie 7.200 EUR pro Jahr.",
])
def test_a_yearly_cost_told_in_prose_answers_what_upkeep_costs(bank, sentence):
    quotes = " ".join(_quotes(draft(OFFER + sentence, bank), "upkeep.after_pilot"))
    assert "9,800" in quotes or "7.200" in quotes


@pytest.mark.parametrize("sentence, told", [
    ("From the second year it costs EUR 38 500,00 per year (both lines).", True),
    ("Ab dem zweiten Jahr kostet die Wartung 7.200 EUR pro Jahr.", True),
    ("The complete system costs EUR 186,000.", False),  # a one-off price recurs not
    ("Unplanned downtime costs the plant EUR 120,000 per year.", False),  # the plant's loss, no fee
])
def test_only_an_amount_charged_again_and_again_is_a_fee_told(sentence, told):
    assert fee_told(sentence) is told
