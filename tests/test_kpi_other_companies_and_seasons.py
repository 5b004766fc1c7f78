"""Another company's figure is no baseline of this buyer's: a business placed by a name ('a cooperative near
Córdoba reached 90.5 %'), the customer a reference points at ('At this customer scrap went down ...'); and a
season written with a split year ('the 2025/26 campaign') is when, no value. Sentences written for these tests."""
import pytest

from kpi_corpus import offered_kpi
from reading.quantities import quantities


def test_a_placed_business_result_is_no_baseline_for_a_points_change():
    text = ("A winery near Bordeaux using our press control reached 78.0 % juice yield last vintage.\n"
            "Your cellar records for the 2025/26 vintage show a juice yield of 72.0 % of the grape mass.\n"
            "We commit to raising your juice yield by 3 percentage points over the next vintage.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (72.0, 75.0)


def test_the_customer_a_reference_points_at_is_not_the_buyer():
    text = ("Reference: gear plant, Austria (3 hobbing lines)\n"
            "At this customer the hobbing scrap went down from 3.2 % to 1.4 % in 2024 after our tool monitoring was "
            "installed.\n"
            "For your plant we propose a measuring campaign of four weeks first.")
    assert offered_kpi(text) is None


def test_the_customer_a_reference_is_told_for_is_not_the_buyer():
    text = ("Reference: gear plant, Austria (3 hobbing lines)\n"
            "For this customer, hobbing scrap went down from 3.2 % to 1.4 % in 2024.\n"
            "For your plant we propose a measuring campaign of four weeks first.")
    assert offered_kpi(text) is None


def test_customers_after_a_relative_that_are_no_reference():
    text = ("Your line loses 22 % of its energy to idle rectifiers, and coatings that customers keep sending back "
            "cost you more.\nWe guarantee idle consumption of at most 8 % of line energy.")
    assert offered_kpi(text) is not None


def test_a_site_placed_before_it_is_named_is_another_company():
    text = ("In Slovakia, a brake pad plant cut curing scrap from 4.1 % to 1.9 % with our control.\n"
            "For your plant we propose a measuring campaign of six weeks first.")
    assert offered_kpi(text) is None


@pytest.mark.parametrize("other", ["Our reference press house reached 78.0 % extraction last vintage.",
                                   "The best wineries in the region reach 78.0 % extraction."])
def test_the_buyers_own_value_told_as_today_outranks_another_sites_named_value(other):
    text = (other + "\nYour cellar records show that the presses extract 72.0 % of the juice in the grapes.\n"
            "We commit to raising your extraction yield by 3 percentage points over the next vintage.")
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (72.0, 75.0)


def test_a_split_year_names_a_season_not_a_value():
    assert [q.value for q in quantities("the 2025/26 campaign extracted 85.0 %")] == [85.0]


def test_a_month_with_its_year_after_a_slash_is_no_value():
    assert [q.value for q in quantities("rework data of 03/2026 and 11/2025: 12.5 %")] == [12.5]


def test_a_target_pairs_with_the_value_about_its_metric_over_the_buyers_other_figure():
    text = "Your lab shows 8.2 % moisture in the pellets.\nScrap is 5 % of output.\nWe commit to under 3 % scrap."
    got = offered_kpi(text)
    assert (got.baseline, got.target) == (5.0, 3.0)
