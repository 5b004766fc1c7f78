"""A count's target the offer states ("no more than 29 stops") is the target, in the things counted, not a share of
today's count recomputed in the modifier's word ("41 unplanned corrugator stops" read in "unplanned", 28.7); and a
result counted from the plant's own maintenance records is measured on the plant's data (walk 75)."""
from __future__ import annotations

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def _answer(text: str, qid: str):
    return next((a for a in draft(text, BANK).answers if a.question == qid), None)


def test_a_stated_count_target_wins_over_the_share_recomputed():
    kpi = _answer("Your plant experienced 52 unplanned moulding stops in the twelve months to June 2026. Our target is "
                  "to reduce unplanned moulding stops by 25% against this baseline within 12 months of go-live, i.e. "
                  "to no more than 40 stops per year.", "decision.kpi").measure
    assert (kpi.unit, kpi.baseline, kpi.target) == ("stops", 52.0, 40.0)


def test_a_german_count_is_counted_in_its_things_not_its_adjective():
    kpi = _answer("Die Anlage hatte 2025 insgesamt 64 ungeplante Stillstände. Wir senken die ungeplanten Stillstände "
                  "um 25 %, auf höchstens 49 Stillstände pro Jahr.", "decision.kpi").measure
    assert (kpi.unit, kpi.target) == ("Stillstände", 49.0)


def test_a_share_keeps_its_percent_unit():
    kpi = _answer("We counted 3.2 % scrap on line 2. We will halve the scrap rate on line 2.", "decision.kpi").measure
    assert (kpi.unit, kpi.target) == ("%", 1.6)


def test_a_result_counted_from_the_plants_work_orders_is_measured_on_its_own_data():
    answer = _answer("KPI: unplanned press stops. Baseline 60 a year, target 45. Counted every quarter from the SAP PM "
                     "work orders of type M2 on presses P1 to P4.", "return.measurement")
    assert answer is not None and answer.choices == ["before_after"]


def test_a_result_measured_from_the_vendors_dashboard_is_not_the_plants_data():
    answer = _answer("KPI: unplanned press stops. Baseline 60 a year, target 45. The result is measured monthly from "
                     "our platform dashboard.", "return.measurement")
    assert answer is None or "before_after" not in answer.choices
