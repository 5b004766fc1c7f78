"""Figures summed or analysed shift by shift are a shift report, however it is named ("production analytics by
shift", "stop time totaled for each shift"); a log the operators keep ("typed into the shift log") is none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = "For your bottling hall we connect the filler and labeller PLCs to a dashboard. "


def outputs(text: str) -> list[str]:
    answer = draft(text, BANK).answer("workflow.outputs")
    return answer.choices if answer else []


def test_analytics_by_shift_are_a_shift_report():
    text = OFFER + "The system provides production analytics by shift, product and line status for the plant manager."
    assert "shift_reports" in outputs(text)


def test_stop_time_totaled_for_each_shift_is_a_shift_report():
    text = OFFER + "Stop time is totaled for each shift and sent to the shift leads."
    assert "shift_reports" in outputs(text)


def test_a_shift_log_the_operators_keep_is_no_shift_report():
    text = OFFER + "Readings are written on a clipboard and typed into the shift log by the operators."
    assert "shift_reports" not in outputs(text)
