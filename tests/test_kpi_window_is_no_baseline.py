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


@pytest.mark.parametrize("text", [
    "Kiln offer\nBreakage is your largest loss. We commit to cutting breakage by 30 %, measured against a 3-week "
    "baseline we take together before start-up.",
    "Packing offer\nWe will reduce mispacks by 40 % against a 10-day reference run after installation.",
])
def test_a_cut_against_a_duration_that_sizes_a_noun_has_no_baseline(text):
    assert kpi_ends(text) is None


def test_a_cut_against_a_hyphened_window_still_takes_the_share_told_before():
    text = ("Kiln offer\nYour breakage rate is 5.0 %. We will cut breakage by 30 %, measured against a 3-week "
            "baseline.")
    assert kpi_ends(text) == (5.0, 3.5)
