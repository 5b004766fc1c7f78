"""A change told as the share of today's value that is left ("reduce these remelts by two thirds", "bring split
bells down to a quarter of that", "den Ausschuss um zwei Drittel senken") and a time told in hours and minutes
("took 1 h 50 min") read as the buyer's baseline and target (blind KPI set tuning31 read none of them)."""
import pytest

from kpi_corpus import drafted_kpi as measure

CASES = [
    ("In 2025, 6,4 % of the castings had to be remelted because of cold shuts. Our die heating cuts these remelts "
     "by two thirds; we guarantee this over the first quarter after acceptance.", 6.4, 6.4 / 3),
    ("Today 12 % of the boards are scrapped at the press. We commit to cutting that scrap by three quarters within "
     "six months of acceptance.", 12, 3),
    ("On your figures, 8.0 % of the glass bottles crack in the annealing lehr. We would commit to bringing cracked "
     "bottles down to a quarter of that, measured over the first 10,000 bottles.", 8, 2),
    ("Unplanned downtime is 300 minutes a week today. We guarantee to reduce the unplanned downtime to a third of "
     "that within a year.", 300, 100),
    ("Der Ausschuss an Linie 2 liegt heute bei 9 %. Wir senken den Ausschuss um zwei Drittel innerhalb von sechs "
     "Monaten, vertraglich zugesichert.", 9, 3),
    ("A format change on the filler took 1 h 40 min on average last year. Our tool-less change parts bring this to "
     "30 minutes, guaranteed as the average of the first 50 changes.", 100, 30),
    ("Cleaning between two batches takes 2 hours and 15 minutes today. We commit to 90 minutes per clean from "
     "month two.", 135, 90),
]


@pytest.mark.parametrize("text, baseline, target", CASES)
def test_a_share_left_or_a_time_in_hours_and_minutes_reads_as_baseline_and_target(text, baseline, target):
    found = measure(text)
    assert found is not None, text
    assert found.baseline == pytest.approx(baseline) and found.target == pytest.approx(target, abs=0.01)


def test_a_quarter_of_an_hour_is_a_time_not_a_share_of_todays_value():
    found = measure("Changeover takes 45 minutes today. We will bring changeover down to a quarter of an hour.")
    assert found is None or found.target != pytest.approx(45 / 4)
