"""A duration after "last" or "past" is the window a value was counted in ("your last 10 weeks of data", "die letzten
12 Wochen"): a relative cut never takes it as today's value. Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends


@pytest.mark.parametrize("text", [
    "Jam offer\nYour last 10 weeks of data show frequent jams. We will cut jams by half.",
    "Ausschuss Angebot\nDie letzten 12 Wochen zeigen hohen Ausschuss. Wir senken den Ausschuss um ein Viertel.",
])
def test_a_cut_is_never_applied_to_the_window_of_data(text):
    assert kpi_ends(text) is None


def test_a_cut_takes_the_value_counted_in_the_window():
    text = ("Jam offer\nYour jam rate was 2.4 % over your last 10 weeks of data. We will cut the jam rate by half.")
    assert kpi_ends(text) == (2.4, 1.2)
