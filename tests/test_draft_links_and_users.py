"""A careful buyer ticks a role where the text has that person use the system or act on its output, and names the
role by a person: a place of the plant ("the Leeds warehouse", "warehousing of the dies") is where the work is done,
not who does it (drafting.yaml users.roles stores, users_tied)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Returnable crates at Harlow Bakeries

Harlow Bakeries ships bread in returnable plastic crates from its plant in Leeds.
Before the project, about one crate in twelve was lost every month.
In 2024 the bakery fitted an RFID tag to each crate and readers at the dock doors.
{after}
Crate losses fell by 60% in the first year.
"""


def roles(after: str) -> list[str]:
    answer = draft(STORY.format(after=after), BANK).answer("users.roles")
    return sorted(answer.choices) if answer else []


def test_a_warehouse_named_as_a_place_is_no_stores_user():
    assert "stores" not in roles("The crates are now tracked at the Leeds warehouse, and the system will be rolled "
                                 "out to the bakery's nine other depots next year.")


def test_the_warehouse_staff_who_scan_the_crates_are_stores_users():
    assert "stores" in roles("The warehouse staff scan each returned crate with a handheld reader, and the app shows "
                             "them which customer still holds crates.")


# A role named beside a use it is denied ("does not have access", "never sees") is the plant's people lacking
# something, no user of the system (drafting.yaml users_tied denied_by)

def test_an_operator_denied_access_to_the_readings_is_no_user():
    assert "operators" not in roles("Some crates stand in trailers which the operator does not have access to for "
                                    "checking.")


def test_the_crates_an_operator_never_sees_name_no_user():
    assert "operators" not in roles("The crates the operator never sees are the ones that go missing on the "
                                    "delivery rounds.")


def test_an_operator_who_sees_the_crates_on_the_tablet_is_a_user():
    assert "operators" in roles("At the dock the operator sees on the tablet which crates a driver brought back.")


def test_an_operator_who_not_only_sees_the_count_is_a_user():
    assert "operators" in roles("The dock operator not only sees the crate count on the tablet but confirms each "
                                "return there.")
