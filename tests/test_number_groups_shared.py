"""One table of the ways a document groups a number's thousands (reading/number_groups.py): the reader of values
(quantities.py) and the writer of a document's money (money_written.py) agree on every style, Indian lakhs and
crores, European stops, spaces of any width, Swiss apostrophes and English commas. Figures written for these tests."""
import pytest

from reading.money_written import grouped, style
from reading.quantities import quantities


@pytest.mark.parametrize("said, how, value", [
    ("Angebot: 2.375.400,50 €", "european", 2375400.5),
    ("Offre : 1\u202f318\u202f250,00 €", "space", 1318250.0),
    ("Prix : 71\u00a0400 €", "space", 71400.0),
    ("AMC Rs. 1,23,45,678", "indian", 12345678.0),
    ("Licence USD 3,412,900.25", "english", 3412900.25),
])
def test_a_grouped_amount_is_worth_its_value_and_written_back_in_its_style(said, how, value):
    money = [q.value for q in quantities(said) if q.kind == "currency"]
    assert money == [value]
    assert style(said).removesuffix("+cents") == how
    assert quantities(grouped(value, how) + " EUR")[0].value == value


def test_a_swiss_apostrophe_groups_thousands():
    assert [q.value for q in quantities("CHF 245'800.50")] == [245800.5]


def test_a_plain_number_is_no_grouped_style():
    assert style("The line makes 1250 parts in 8.5 hours") == "english"
