"""A KPI whose count is named before its figures and a problem under the vendor's own heading, as rounds17 found them
left open: "unplanned stops on line 2: 48 last year, target 15", a ceiling said "maximum", a numbered item's own
number before the KPI, a KPI from one value to a bounded target with no word for either ("340 in 2025 (log) -> at
most 90 in ..."), and "Where KnitSense pays first: ...". Every sentence here is new."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

KNITTING = ("KnitSense brings AI and Industry 4.0 to circular knitting.\n"
            "Machine learning detects needle breaks and holes in the fabric on every machine.\n"
            "Seamless integration with your ERP.\n"
            "Fewer seconds, less waste, more first-quality fabric.\n")


@pytest.fixture(scope="module")
def knitting():
    return sent_out(KNITTING, "KnitSense", "A. Costa")


MAIL = Mail("Dear Mr Costa,", "Best regards,\nIrene Sousa")


@pytest.mark.parametrize("body, values", [
    ("Needle breaks in hall C: 340 in 2025 (your stop log), target 120 in 2027, counted monthly from the same log.",
     (340, 120)),
    ("KPI: fabric rolls downgraded at inspection, 1,150 in 2025 (inspection records), target at most 500 by June 2027.",
     (1150, 500)),
    ("4. KPI is holes reaching the customer: 96 from January to October 2026 (claims log), target maximum 30 in 2027.",
     (96, 30)),
])
def test_a_count_named_before_its_bare_figures_closes_with_its_own_values(knitting, body, values):
    done = MAIL.read(knitting, body)
    measure = done.evaluation.answer("decision.kpi").measure
    assert (measure.baseline, measure.target) == values
    assert {q.topic: q for q in done.round.questions}["kpi"].closed


@pytest.mark.parametrize("body, values", [
    ("KPI: dropped stitches in hall C, 340 in 2025 (inspection log) -> at most 90 in the twelve months to 30 April 2027, "
     "counted monthly from the same log.", (340, 90)),
    ("KPI: second-quality fabric in hall C from 7.4% in your 2025 grading records to below 3% by the end of 2027.", (7.4, 3)),
])
def test_a_kpi_from_one_value_to_a_bounded_target_in_its_unit_closes_with_both(knitting, body, values):
    measure = MAIL.read(knitting, body).evaluation.answer("decision.kpi").measure
    assert (measure.baseline, measure.target) == values


def test_two_figures_in_other_units_are_no_baseline_and_target():
    reader = reply_reader(load_bank())
    said = "KPI: fabric held per fault, from 2,100 m over 6 faults in 2025 to below 300 m per fault by 2027."
    assert "baseline" not in reader.as_drafted(said, {"kpi"})


def test_a_name_in_the_measures_label_and_a_rate_are_no_count_to_repeat():
    reader = reply_reader(load_bank())
    assert "2 holes" not in reader.as_drafted("Holes on machine 2, 14 in 2025, target 5 in 2027.", {"kpi"})
    rate = "Holes per 1,000 rolls in hall C: 3.1 in 2025, target 1.2 by 2027."
    assert "holes" not in reader.as_drafted(rate, {"kpi"}).split(":")[1].lower()


def test_where_the_product_pays_first_is_the_problem_it_solves_first(knitting):
    body = ("Where KnitSense pays first: the holes from broken needles on the 42 Mayer machines in hall C, which caused "
            "96 customer claims from January to October 2026.")
    assert MAIL.asked(knitting, body)["problem"].closed
