"""A system the text names only as what the project replaces, as outdated or falling short, or as where people type
data by hand is no source the project reads (issue 14: drafting.yaml said_without, data.sources existing_systems)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def ticked(text: str, qid: str) -> list[str]:
    answer = draft(text, BANK).answer(qid)
    return answer.choices + answer.suggested if answer else []


def test_an_existing_system_the_new_one_reads_from_is_a_source():
    text = "The new dashboard reads every order and its quantities from the plant's existing ERP system."
    assert "existing_systems" in ticked(text, "data.sources")


def test_an_existing_system_told_only_as_replaced_is_no_source():
    text = "Replacing the plant's existing ERP system and its order tables was the first step of the programme."
    assert "existing_systems" not in ticked(text, "data.sources")


def test_an_outdated_existing_system_is_no_source():
    text = "The bottling hall's existing SCADA system was outdated and could no longer be extended."
    assert "existing_systems" not in ticked(text, "data.sources")


def test_an_existing_system_where_data_is_typed_by_hand_is_no_source():
    text = "Batch weights were entered manually in the existing ERP system at the end of every shift."
    assert "existing_systems" not in ticked(text, "data.sources")


def test_a_replaced_system_beside_one_the_project_reads_leaves_the_source():
    text = ("The old paper forms were replaced by tablets.\n\n"
            "The tablets read open orders from the plant's existing ERP system every five minutes.")
    assert "existing_systems" in ticked(text, "data.sources")
