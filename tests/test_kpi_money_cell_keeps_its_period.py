"""An amount of money in a KPI table's cell keeps the period written after it, as a sentence's does ("£450k per year" is
450 "kgbp per year" in both), and money spent per period is still no measure: a licence fee before and after its renewal
is a price. Tables written for these tests."""
import pytest

from kpi_corpus import drafted_kpi, whole_kpi
from reading.kpi_amounts import with_period
from reading.quantities import quantities

SENTENCE = "Offer for your plant\nWe commit to cut your energy cost from £450k per year to £380k per year."


@pytest.mark.parametrize("text", [
    "Offer for your plant\n| KPI | Today | Target |\n|---|---|---|\n| Energy cost | £450k per year | £380k per year |\n",
    "Offer for your plant\nKPI: Energy cost; Baseline: £450k per year; Target: £380k per year",
    SENTENCE,
])
def test_a_cells_money_keeps_its_period_as_a_sentences_does(text):
    got = whole_kpi(text)
    assert (got.unit, got.baseline, got.target) == ("kgbp per year", 450, 380)


def test_a_period_beside_one_value_only_is_the_rows_unit():
    text = "Offer for your plant\n| KPI | Today | Target |\n|---|---|---|\n| Scrap cost | EUR 350K per year | EUR 200K |\n"
    got = whole_kpi(text)
    assert (got.unit, got.baseline, got.target) == ("keur per year", 350, 200)


@pytest.mark.parametrize("text", [
    "Offer for your plant\n| Item | Today | After renewal |\n|---|---|---|\n"
    "| Licence fee | EUR 12,000 per year | EUR 14,000 per year |\n",
    "Offer for your plant\nLicence fee today: EUR 12,000 per year\nAfter renewal: EUR 14,000 per year",
])
def test_a_fee_per_year_after_its_renewal_is_no_kpi(text):
    assert drafted_kpi(text) is None


@pytest.mark.parametrize("cell, unit", [("£450k per year", "GBP per year"), ("EUR 12.000/Jahr", "EUR/jahr"),
                                        ("€350k p.a.", "EUR p.a."), ("€350k an increase", "EUR"),
                                        ("12 stops per shift", "stops per shift")])
def test_only_money_takes_the_period_after_it(cell, unit):
    assert with_period(quantities(cell)[0], cell).unit == unit
