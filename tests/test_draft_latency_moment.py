"""How fast a decision is seen, told by "the moment" or "per minute" only where they tell it: "until the moment the
bearing seized" and "up to the moment of delivery" name a point in time, "32 revolutions per minute" how fast a shaft
turns (drafting.yaml compounds and roles `sampling`); "the supervisor sees it the moment a press stops" is minutes."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
SITE = (" We will fit a vibration sensor on each of your four presses on line 3."
        " The gateway on line 3 reads the sensors over your plant network.")


def latency(text: str) -> list[str]:
    answer = draft(text, BANK).answer("decision.latency")
    return answer.choices if answer else []


def test_a_moment_until_which_something_happened_is_no_decision_time():
    assert "minutes" not in latency("On press 2 the bearing ran rough for weeks until the moment it seized." + SITE)


def test_a_moment_up_to_which_orders_change_is_no_decision_time():
    assert "minutes" not in latency("Your customers may change an order up to the moment of dispatch." + SITE)


def test_a_shaft_speed_per_minute_is_no_decision_time():
    assert "minutes" not in latency("The main drive of press 4 turns at 40 revolutions per minute." + SITE)


def test_a_stop_seen_the_moment_it_happens_is_minutes():
    assert "minutes" in latency("The supervisor sees it on the board the moment a press on line 3 stops." + SITE)
