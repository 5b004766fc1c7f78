"""The stores' people and kit named by their work are the stores role: forklift drivers or trucks, pick lists, the
receiving and shipping staff or docks (drafting.yaml class_phrases). A truck on the road, or a list of anything else,
names no stores."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def roles(text: str) -> list[str]:
    answer = draft(text, BANK).answer("users.roles")
    return answer.choices if answer else []


def test_forklift_drivers_who_read_the_tags_are_the_stores():
    assert "stores" in roles("The forklift drivers read each pallet's RFID tag at the goods-in gate of the plant.")


def test_pick_lists_scanned_on_the_handhelds_are_the_stores_work():
    assert "stores" in roles("The plant now prints pick lists from the ERP and scans each pick list on a handheld.")


def test_a_truck_on_the_road_or_a_list_of_alarms_names_no_stores():
    assert "stores" not in roles("The milk arrives by truck twice a day and the system keeps a list of alarms.")
