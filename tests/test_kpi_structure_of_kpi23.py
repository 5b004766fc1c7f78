"""KPIs told by structure the reader missed (issue 14, kpi23): a rate's base told with what it is of ("per hour of
running") is the same base as the bare period; ... Sentences written for these tests."""
from kpi_corpus import kpi_ends
from reading.kpi_numbers import counted_per


def test_a_base_told_with_what_it_is_of_counts_per_the_same_period():
    assert counted_per("jams per hour", "per hour of running")
    assert not counted_per("jams per shift", "per hour of running")


def test_a_buyers_ceiling_per_an_hour_of_running_pairs_with_todays_count_per_hour():
    text = ("Request for quotation - labeller upgrade\nOur shift logs for the spring show 9 label jams (any stop the "
            "operator must clear) per hour of running on the labeller.\nThe supplier shall upgrade the label feed.\n"
            "After the upgrade, label jams shall not exceed 3 per hour of running, verified over 6 shifts.")
    assert kpi_ends(text) == (9, 3)
