"""A measure counted over a period of several units ("at most 15 per 10 months") drafts as a measure, not a crash, and no
unit however it is written makes drafting fail."""
import random

from questions import load_bank
from reading.draft import drafter_for

DRAFTER = drafter_for(load_bank())


def test_a_count_per_ten_months_drafts_its_baseline_and_target():
    measure = DRAFTER.draft("Reels rejected for edge cracks: from 48 to at most 12 per 10 months.") \
        .answer("decision.kpi").measure
    assert (measure.baseline, measure.target, measure.unit) == (48, 12, "per 10 months")


def test_a_count_per_several_shifts_is_a_measure_not_a_size():
    measure = DRAFTER.draft("Web breaks went from 30 to 7 breaks per 10 shifts.").answer("decision.kpi").measure
    assert (measure.baseline, measure.target) == (30, 7)


def test_no_unit_however_written_makes_drafting_fail():
    units = ["", "per", "per 10 months", "per 1,000", "/", "% per", "per per", "kg per", "per kg per t", "(per 10)",
             "per 8-hour shift", "/10 months", "per cent", "per, 10", "per 0", "- per"]
    frames = ["{h}: from {a} to {b} {u}.", "{h} should go from {a} {u} to at most {b} {u}.",
              "{h} will be cut by 40 % {u} from {a} {u}.", "Today {a} {u}; target {b} {u} ({h})."]
    rng = random.Random(11)
    for _ in range(200):
        text = rng.choice(frames).format(h=rng.choice(["Scrap", "Stops", "Energy use"]), a=rng.choice(["62", "1,200"]),
                                         b=rng.choice(["15", "0", "3.5 %"]), u=rng.choice(units))
        DRAFTER.draft(text)  # raises on a unit it cannot read
