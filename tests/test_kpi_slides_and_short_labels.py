"""A KPI laid out as two lists: a heading that names a role ('NOW (...)', 'Current situation:', 'WITH ...') gives it
to the bullets below, a bullet that commits after its value ('48 h - contractual') is the target, and the two
lines naming the same measure pair even a few lines apart; short labels ('Guar.:', 'spec. fuel cons.') read as
their words. Lines written for these tests."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.kpi_block import block_rows, piece

BANK = load_bank()


def measure(text: str):
    answer = draft(text, BANK).answer("decision.kpi")
    return answer.measure if answer and answer.measure else None


SLIDE = """Slide 4 - Curing oven CO-3 (2 zones, 40 m belt)
NOW (your shift logs 2025, 12 weeks)
• Cure time per batch: 95 min
• Oven temperature: 180 °C
• Energy per batch: 410 kWh
WITH zone control and a recirculation fan
• Cure time: 70 min - contractual, verified on 5 batches
• Oven temperature: unchanged
Investment EUR 0.4 M"""


def test_a_slide_with_now_and_with_lists_gives_the_committed_measure():
    got = measure(SLIDE)
    assert (got.baseline, got.target) == (95, 70) and "cure time" in got.metric


def test_a_current_situation_list_and_a_committed_bullet_outrank_a_consequence():
    text = """Press line P2 - door panels (Puebla)
Current situation (your shift reports, weeks 3-12):
- Stroke time: 9.5 s per part, 2 dies
- Scrap: about 1.1 %
Proposal - servo upgrade with new transfer:
- Stroke time: 8.0 s per part, committed in the acceptance test
- Scrap: should fall, figure to be agreed
Output rises accordingly, from about 380 to about 450 parts per hour."""
    got = measure(text)
    assert (got.baseline, got.target) == (9.5, 8.0)


def test_a_bullet_without_a_commitment_under_no_heading_gives_no_role():
    assert piece("- Stroke time: 8.0 s per part, measured in the acceptance test").role == ""


def test_short_labels_read_as_their_words():
    rows = block_rows(["Actual: spec. steam cons. 2.45 t/t (avg. 2025)", "Guar.: 2.10 t/t at same output"])
    assert [(r.baseline, r.target) for r in rows] == [(2.45, 2.10)]


def test_a_change_that_follows_from_the_committed_one_is_not_the_kpi():
    text = ("Quotation for your plant\n\nThe stroke time today is 9.5 s per part. We commit to 8.0 s per part in the "
            "acceptance test; output rises accordingly from about 380 to about 450 parts per hour.")
    got = measure(text)
    assert (got.baseline, got.target) == (9.5, 8.0)


def test_a_consequence_the_vendor_guarantees_itself_stays_a_kpi():
    text = ("Quotation for your plant\n\nOur servo drive cuts the stroke time from 9.5 s to 8.0 s per part. As a "
            "result, output rises from 380 to 450 parts per hour, which we guarantee.")
    got = measure(text)
    assert (got.baseline, got.target) == (380, 450)


def test_a_change_told_before_the_consequence_word_in_its_clause_stays_the_kpi():
    text = ("Quotation for your plant\n\nWe will cut changeover time from 40 to 15 minutes and adjust the "
            "shift plan accordingly.")
    got = measure(text)
    assert (got.baseline, got.target) == (40, 15)



@pytest.mark.parametrize("consequence", ["this lifts output from about 380 to about 450 parts per hour",
                                         "which raises output from about 380 to about 450 parts per hour"])
def test_a_clause_pointing_back_at_the_committed_value_is_its_consequence(consequence):
    text = (f"Quotation for your plant\n\nThe stroke time today is 9.5 s per part. We commit to 8.0 s per part; "
            f"{consequence}.")
    got = measure(text)
    assert (got.baseline, got.target) == (9.5, 8.0)


def test_a_consequence_word_inside_a_committed_change_keeps_it():
    text = "Quotation for your plant\n\nScrap is 4 % today; with the camera we will therefore cut scrap from 4 % to 2 %."
    assert measure(text).metric == "scrap"


def test_a_share_boasted_with_the_values_it_comes_from_is_still_read():
    text = "Offer for your plant\n\nChangeover Improvement: 66% faster (15 minutes -> 5 minutes)"
    got = measure(text)
    assert (got.baseline, got.target) == (15, 5)


def test_another_customers_boast_with_its_values_stays_theirs():
    assert measure("Offer for your plant\n\nCustomers see 66% faster changeovers (15 -> 5 minutes).") is None


def test_a_slide_headed_status_quo_and_future_state_gives_the_committed_measure():
    text = SLIDE.replace("NOW (your shift logs 2025, 12 weeks)", "STATUS QUO (your shift logs 2025, 12 weeks)") \
        .replace("WITH zone control and a recirculation fan", "FUTURE STATE after zone control")
    got = measure(text)
    assert (got.baseline, got.target) == (95, 70)
