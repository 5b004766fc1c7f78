"""A negation reaches over the short items of a list that "or" or "nor" closes: "the line staff do not
need vibration data, energy readings, or a shift trend" denies each item. A list joined by "and" after
a comma is what is there."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str) -> set[tuple[str, str]]:
    return {(a.question, c) for a in draft(text, BANK).answers for c in a.choices}


def test_each_item_of_a_denied_or_list_drafts_nothing():
    said = drafted("We read the press counters over OPC UA every second. "
                   "The press crews do not need temperature readings, vibration spectra, or energy figures.")
    assert ("data.captured", "vibration") not in said
    assert ("data.captured", "energy_consumption") not in said


def test_a_list_after_a_denied_clause_and_joined_by_and_still_drafts():
    said = drafted("We read the press counters over OPC UA every second. "
                   "No cloud is used, the edge box logs vibration spectra, motor temperatures and energy figures.")
    assert ("data.captured", "vibration") in said
