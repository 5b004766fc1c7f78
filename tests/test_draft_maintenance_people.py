"""The plant's maintenance people named by their trade's word and a word for people are the maintenance technicians
("maintenance personnel", "a vibration analyst"; drafting.yaml class_phrases). People told blaming each other are no
users of the output (kinds persons: felt)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def roles(text: str) -> list[str]:
    answer = draft(text, BANK).answer("users.roles")
    return answer.choices if answer else []


def test_maintenance_personnel_told_by_the_system_are_maintenance_technicians():
    assert "maintenance_techs" in roles(
        "The software informs maintenance personnel by e-mail when a steam trap fails on the dryer section.")


def test_a_vibration_analyst_who_reads_the_spectra_is_a_maintenance_technician():
    assert "maintenance_techs" in roles("A vibration analyst reads the spectra of the kiln fans every week.")


def test_maintenance_people_told_blaming_the_operators_use_nothing():
    assert "maintenance_techs" not in roles(
        "On the welding line, maintenance personnel blamed operators for working too slowly.")
