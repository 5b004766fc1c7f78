"""A phone that shows people the output (alerts, stops) is no way data is entered: only a screen, app or scanner
where someone enters or scans drafts operator entry."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def sources(sentence: str) -> list[str]:
    answer = draft("Quotation for your plant\n\n" + sentence, BANK).answer("data.sources")
    return sorted(answer.choices + answer.suggested) if answer else []


@pytest.mark.parametrize("sentence", ["Shift supervisors get alerts on their phones.",
                                      "Your shift leads and the plant manager see every stop on their phones within 30 seconds."])
def test_alerts_seen_on_phones_are_no_operator_entry(sentence):
    assert "operator_entry" not in sources(sentence)


def test_operators_entering_stops_in_a_mobile_app_still_enter_data():
    assert "operator_entry" in sources("Operators enter each stop reason in the mobile app at the line.")
