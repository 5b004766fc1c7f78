"""A German relative cut said with the word "Prozent" ("um 50 Prozent") is a cut by a share; the count after "gemessen
wird über die ersten" is what the target is measured on, no value; and a participle split by its prefix
("nachgearbeitet") names the measure its noun does ("Nacharbeitsquote"). Sentences written for these tests."""
import pytest

from kpi_corpus import kpi_ends
from reading.kpi_bounds import measured_on
from reading.kpi_naming import stems
from reading.kpi_numbers import as_read

TEXT = ("Beim Endtest müssen derzeit 8,0 % Ihrer Pumpen nachgearbeitet werden (Auswertung 2026, rund 1.800 Pumpen). "
        "Mit der geführten Montage senken wir die Nacharbeitsquote beim Endtest um 50 Prozent; gemessen wird über die "
        "ersten 400 Pumpen nach dem Start.")


@pytest.mark.parametrize("said, read", [
    ("um 50 Prozent", "um 50%"),
    ("met 20 procent", "met 20%"),
    ("by 15 per cent", "by 15%"),
])
def test_a_percent_written_as_a_word_reads_as_a_share(said, read):
    assert as_read(said) == read


def test_the_count_a_german_target_is_measured_over_is_no_value():
    lower = "gemessen wird über die ersten 400 pumpen nach dem start."
    assert [lower[a:b] for a, b in measured_on(lower)] == ["400 pumpen"]


def test_a_participle_split_by_its_prefix_is_alike_to_its_noun():
    assert stems(["nachgearbeitet"]) & stems(["nacharbeitsquote"])


def test_a_german_cut_by_a_share_of_todays_rework_rate():
    assert kpi_ends(TEXT) == (8.0, 4.0)
