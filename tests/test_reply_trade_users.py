"""Reply kind that recurs on blind sets (tuning43's flour mill, trades across the tuning sets): a trade's name for the
person at the work as the subject of a verb of use ("the shift miller follows ash on the screen", "the brewer sees
the advice") names the operators who use it, as drafting reads a production manager who checks the board; a trade
named as a market or a customer ("bakers everywhere trust our ovens") names no user. Every text here is new."""
import pytest

from rounds_corpus import asked, drafted, sent_out

MILL = ("MillPulse is the smart factory solution for flour mills.\n"
        "IoT sensors on the roller mills measure the roll gap and the motor load, and AI predicts ash deviations.\n"
        "Real-time dashboards, smart alerts and predictive maintenance of the roller mills.\n")


@pytest.fixture(scope="module")
def mill():
    return sent_out(MILL, "MillPulse", "K. Novak")


def _roles(text: str) -> list[str]:
    answer = drafted({"proposal": text}).answer("users.roles")
    return answer.choices if answer else []


@pytest.mark.parametrize("who", ["shift miller", "brewer", "master baker", "machine tender"])
def test_a_trade_that_uses_the_output_is_a_role_that_uses_it(who):
    roles = _roles(f"The {who} follows the trend on the screen.")
    assert roles and set(roles) <= {"operators", "shift_leads"}, roles


def test_a_trade_named_as_the_market_is_no_user():
    assert "operators" not in _roles("Bakers everywhere trust our ovens, and millers in 12 countries run our rolls.")


def test_three_trades_and_roles_acting_on_the_output_answer_who_uses_it(mill):
    said = ("Dear Mr Novak,\n\nThe shift miller follows ash and sifters on the screen and reacts to alarms; the mill "
            "fitter plans the roll changes from the weekly wear trend; the quality manager releases or blocks held lots.\n\n"
            "Best regards,\nAnna Berg\n")
    read = asked(mill, said)["users"]
    assert read.status == "answered" and read.closed, read.why
