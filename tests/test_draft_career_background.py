"""A person's career before the project ("her background as a shift supervisor and plant manager") names jobs held,
no users of the system; the same role said as one who uses it is a user."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = ("For your two moulding halls we connect the 14 press PLCs to a dashboard that shows each stop and its "
         "duration. ")


def users(text: str) -> list[str]:
    answer = draft(text, BANK).answer("users.roles")
    return answer.choices if answer else []


def test_a_career_told_as_background_names_no_users():
    text = OFFER + ("Our project lead's background as a shift supervisor, maintenance team leader and operations "
                    "manager at two appliance makers taught her what a dashboard must show.")
    assert "maintenance_techs" not in users(text)
    assert "plant_manager" not in users(text)


def test_the_same_role_using_the_dashboard_is_a_user():
    text = OFFER + "Your maintenance team sees the stops of every press on the dashboard."
    assert "maintenance_techs" in users(text)
