"""A German or Dutch preposition ends the name of what a change is of, as an English one does: in 'senken wir die
Ausschussquote auf den Linien 1 bis 3 um ein Drittel' the change is of the scrap rate, and a grade's number told
before it ('aus PE 4.2') is no value of it. Sentences written for these tests."""
from kpi_corpus import offered_kpi
from reading.kpi_change import read_relative
from reading.kpi_numbers import as_read


def _ends(text):
    got = offered_kpi(text)
    return (got.baseline, got.target) if got and got.baseline is not None else None


def test_a_german_preposition_ends_what_a_cut_names():
    change = read_relative(as_read("Wir senken die Ausschussquote auf den Linien 1 bis 3 um ein Drittel."))
    assert change and change.metric == "ausschussquote"


def test_a_cut_by_a_third_takes_the_rate_told_not_a_material_grade_before_it():
    text = ("Auf Ihren Linien aus PE 4.2 liegt die Ausschussquote derzeit bei 3,0 %.\n"
            "Wir senken die Ausschussquote auf den Linien 1 bis 3 um ein Drittel.")
    assert _ends(text) == (3.0, 2.0)


def test_a_dutch_preposition_ends_what_a_halving_names():
    change = read_relative(as_read("Wij verlagen de uitval van lijn 2 met de helft."))
    assert change and change.metric == "uitval"
