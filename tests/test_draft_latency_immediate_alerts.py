"""An alert, alarm or notification told immediate, or a delay under a second, is a decision seen within minutes
however the sentence names who gets it (drafting.yaml decision.latency minutes): "threshold breaches trigger
immediate notifications", "flags a missing seal in sub-second time"."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
SITE = (" We will fit a temperature probe in each of your six cold rooms in Leeds."
        " The gateway in Leeds reads the probes over your plant network.")


def latency(text: str) -> list[str]:
    answer = draft(text, BANK).answer("decision.latency")
    return answer.choices if answer else []


def test_a_breach_that_raises_an_immediate_alarm_is_minutes():
    assert "minutes" in latency("A cold room above 5 °C raises an immediate alarm." + SITE)


def test_limits_that_trigger_immediate_notifications_are_minutes():
    assert "minutes" in latency("Breaches of the temperature limits trigger immediate notifications." + SITE)


def test_an_immediate_stop_of_the_compressor_is_no_alert_and_no_minutes():
    assert "minutes" not in latency("A jammed fan causes an immediate stop of the compressor." + SITE)


def test_a_defect_flagged_in_under_a_second_is_minutes():
    assert "minutes" in latency("The camera flags a missing seal in sub-second time." + SITE)
