"""Things counted with what they are with ("9 bottles with a chipped neck per 10,000 filled bottles") are counted per
that base, and a bound told with the base's number alone ("no more than 3 bottles with a chipped neck per 10,000")
is the same rate: the base, not the qualifier, is the unit, and its number names the measure however far back it
was told. Sentences written for these tests."""
from kpi_corpus import kpi_ends
from reading.kpi_numbers import NUMBER, as_read, unit_of


def _units(text: str) -> list[str]:
    return [unit_of(m.group(2)) for m in NUMBER.finditer(as_read(text))]


def test_what_things_are_with_is_no_part_of_their_rate():
    assert _units("Your line found 9 bottles with a chipped neck per 10,000 filled bottles.") == \
        ["bottles per 10,000 filled bottles"]


def test_a_base_told_by_its_number_alone_is_the_unit():
    assert _units("We guarantee no more than 3 bottles with a chipped neck per 10,000, by the same check.") == \
        ["bottles per 10,000"]


def test_a_bound_per_the_same_base_pairs_with_todays_rate_told_lines_before():
    text = ("Bottle inspection - proposal\nDuring the 2026 season your QC found 9 bottles with a chipped neck per "
            "10,000 filled bottles (spot checks on 800 crates of 24 bottles).\nComplaints come mostly from bars.\n"
            "We offer new star wheels and a camera after the capper.\n"
            "We guarantee no more than 3 bottles with a chipped neck per 10,000, by the same check, over 4 weeks.")
    assert kpi_ends(text) == (9, 3)
