"""A chart of values over time named by its kind is a trend: a trend, cascade or waterfall plot, historical analytics
or analysis (drafting.yaml class_phrases). History kept, with no analysis of it, is no trend."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def analytics(text: str) -> list[str]:
    answer = draft(text, BANK).answer("workflow.analytics")
    return answer.choices if answer else []


def test_a_cascade_plot_of_the_fan_readings_is_a_trend():
    assert "trends" in analytics(
        "The maintenance team reads a cascade plot of the kiln fan's vibration readings every morning.")


def test_historical_analytics_of_the_work_orders_is_a_trend():
    assert "trends" in analytics(
        "The CMMS gives the plant structured intake of work orders, closure tracking and historical analytics.")


def test_history_kept_with_no_analysis_is_no_trend():
    assert "trends" not in analytics(
        "The historian keeps historical data of every tank for ten years on the plant's own server.")


def test_the_values_shown_over_time_are_a_trend():
    assert "trends" in analytics("The line screen shows each press's readings over time, shift by shift.")
