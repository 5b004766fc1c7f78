"""Money as an Indian supplier writes it: rupees by code or sign ("INR", "Rs.", "₹"), lakhs grouped in twos
("INR 9,80,000") or counted in lakhs and crores ("Rs. 14.5 lakhs"): read as the amount it is, so a KPI given in rupees
has its baseline and target (issue 16, a kind tuning31 showed). Every sentence here is new."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.quantities import quantities
from rounds_corpus import Mail, sent_out


@pytest.mark.parametrize("said, value", [
    ("AMC INR 9,80,000 p.a.", 980000.0),
    ("Rs. 14.5 lakhs per annum", 1450000.0),
    ("₹ 2 crores", 20000000.0),
    ("EUR 980,000 a year", 980000.0),
])
def test_an_amount_in_rupees_or_lakhs_is_read_as_the_amount_it_is(said, value):
    money = [q for q in quantities(said) if q.kind == "currency"]
    assert [q.value for q in money] == [value]


@pytest.mark.parametrize("kpi", [
    "KPI: cost of rejected tiles from INR 14,50,000 in 2025 (QA records) to below INR 5,00,000 by March 2027.",
    "KPI: cost of rejected tiles from Rs. 14.5 lakhs in 2025 (QA records) to below Rs. 5 lakhs by March 2027.",
])
def test_a_kpi_in_rupees_is_drafted_with_its_baseline_and_target(kpi):
    measure = draft(kpi, load_bank()).answer("decision.kpi").measure
    assert (measure.unit.casefold(), measure.baseline, measure.target) == ("inr", 1450000.0, 500000.0)


KILN = ("TileEye uses cameras and AI on your kiln exit to find cracked and chipped tiles.\n"
        "Machine learning predicts roller wear before it causes defects.\n")


def test_a_kpi_in_lakhs_closes_the_question_on_the_measure():
    sent = sent_out(KILN, "TileEye", "R. Iyer")
    text = ("KPI: cost of rejected tiles from INR 14,50,000 in 2025 (QA records) to below INR 5,00,000 by March 2027, "
            "measured monthly by your QA manager.")
    assert Mail("Dear Mr Iyer,", "Warm regards,\nAnil Kumar").asked(sent, text)["kpi"].closed
