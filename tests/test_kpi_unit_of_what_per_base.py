"""A short unit, what it is of and the base it is counted per ("38 kg Dampf je m³", "2.1 kg steam per tonne") is one
unit, as "kg of steam per litre" is: never the bare "kg". A comparative after a unit ("3 t more per shift") is no
such thing. Sentences written for these tests."""
import pytest

from reading.kpi_numbers import NUMBER, as_read, unit_of


def _unit(text: str) -> str:
    return unit_of(NUMBER.search(as_read(text)).group(2))


@pytest.mark.parametrize("text, unit", [
    ("Der Verbrauch lag bei 38 kg Dampf je m³.", "kg dampf je m³"),
    ("The dryer needs about 2.1 kg steam per tonne.", "kg steam per tonne"),
    ("It uses 4.1 kg of steam per litre.", "kg of steam per litre"),
])
def test_a_unit_of_what_per_a_base_is_read_whole(text, unit):
    assert _unit(text) == unit


def test_a_comparative_after_a_unit_is_no_part_of_it():
    assert _unit("The press makes 3 t more per shift.") == "t"


@pytest.mark.parametrize("text, unit", [
    ("Die Abrisse liegen bei 3,8 je 1.000 Spulen.", "je 1,000 spulen"),
    ("Wir senken die Abrisse auf 1,5 pro 100 Stunden.", "pro 100 stunden"),
])
def test_a_german_rate_base_by_its_number_is_the_unit(text, unit):
    assert _unit(text) == unit
