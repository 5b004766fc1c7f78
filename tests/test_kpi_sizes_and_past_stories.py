"""A thing's dimensions ("10 x 10 cm, 15 x 15 cm") are no change from one size to the other, and a change told in the
past right after a sentence that dates the writer's own story ("In 2023 our maintenance crew ran a SMED workshop.") is
that story's history, not the offer's KPI, unless it speaks to the buyer's own line or commits; a customer's story
told of "the company" stays its measured result. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends
from reading.quantities import no_values


@pytest.mark.parametrize("text, sizes", [
    ("trays 20 x 30 cm and 30 x 40 cm", ["20 x 30", "30 x 40"]),
    ("a pallet of 1200×800×150 mm", ["1200×800×150"]),
])
def test_dimensions_joined_by_x_are_no_value(text, sizes):
    assert [text[a:b] for a, b in no_values(text)] == sizes


def test_a_new_products_sizes_are_no_change_of_a_measure():
    text = ("New tray line. For the trays launching in 2028 (compostable trays 20 x 20 cm, 25 x 25 cm and a round one) "
            "we will supply a whole line from forming through stacking. We expect an OEE of 80 % or more in the "
            "acceptance run; there is no line today to compare with.")
    assert kpi_ends(text) is None


STORY = ("Note for bidders - press shop. In 2023 our maintenance crew ran a SMED workshop on the six presses. "
         "Changeover time fell from 48 minutes to 31 minutes and has stayed there. We now want ideas for servo presses.")


def test_a_past_change_after_a_sentence_that_dates_it_is_history():
    assert kpi_ends(STORY) is None


def test_a_past_change_told_of_the_buyers_own_line_after_a_dated_sentence_stays_its_result():
    text = ("Pilot report for your press shop. In 2025 we fitted sensors to your press 4. "
            "On your press 4, unplanned downtime fell from 9.5 % to 6.0 % of planned time.")
    assert kpi_ends(text) == (9.5, 6.0)


def test_a_past_change_after_a_dated_sentence_of_a_customers_story_stays_its_result():
    text = ("Pell Plastics moulds parts for the car industry. In 2022 the company fitted cavity pressure sensors to its "
            "twelve presses. Within a year the scrap rate fell from 4% to 2%.")
    assert kpi_ends(text) == (4.0, 2.0)
