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
