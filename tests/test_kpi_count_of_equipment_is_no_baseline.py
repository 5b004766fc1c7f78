"""A count of the plant's machines ("two manual spray booths", "our 9 moulding presses") is how much plant there is,
never today's value of a measure a change halves or cuts; a count of things per machine ("12 stops per line") or of
its hours ("2 machine hours a week") still is. Sentences written for these tests."""
from kpi_corpus import kpi_ends


def test_a_halving_with_no_baseline_takes_no_count_of_booths():
    text = ("Furniture finishing - our offer\n"
            "Your joinery sprays its cabinet doors by hand in three open spray booths, and nobody counts the "
            "sanding and respraying that follows yet.\n"
            "With an automatic spray line and a clean-air drying room we will halve that rework.")
    assert kpi_ends(text) is None


def test_a_cut_with_no_baseline_takes_no_count_of_presses():
    text = ("Moulding shop - proposal\n"
            "Your 9 injection moulding presses make caps for cosmetics in two shifts.\n"
            "With closed-loop temperature control on every mould we commit to cutting that scrap by a third.")
    assert kpi_ends(text) is None


def test_a_halving_still_takes_a_count_per_machine():
    text = ("Packaging hall - our offer\n"
            "Your shift reports show 24 jams per line a week on the four cartoners today.\n"
            "With new infeed guides we commit to halving the jams per line a week.")
    assert kpi_ends(text) == (24, 12)
