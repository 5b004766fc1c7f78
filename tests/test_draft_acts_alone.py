"""Who reviews what the system decides: a system that acts by itself on the product or the line (rejects,
diverts, holds, stops) decides something on its own, and a person who confirms or releases what it did
reviews its exceptions; "we do not write to the PLC" denies one link, not every decision."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def review(text: str) -> list[str]:
    answer = draft(text, BANK).answer("upkeep.human_review")
    return answer.choices if answer else []


@pytest.mark.parametrize("text", [
    # the walk's quote: a narrow "no write back" beside a system that rejects parts by itself
    "The press PLC gives us the stroke signal over PROFINET; we do not write anything back to the PLC. "
    "A part judged cracked is pushed to the reject chute; the line operator sees the image on the HMI and "
    "confirms or releases it within the shift.",
    # German-English: sorted out by itself, the Meister decides on the box
    "Bad parts are sorted out automatically into a locked box. No other write to the PLC. "
    "The quality inspector, who decides release or scrap, checks the box at every shift end.",
    # Dutch-English: diverted, the QC technician releases it
    "Suspect bottles are diverted to the reject belt. We do not change any machine setting. "
    "The QC technician looks at the photos in the app and releases the bottles or scraps them.",
])
def test_a_system_that_rejects_by_itself_is_reviewed_on_its_exceptions(text):
    assert review(text) == ["human_exceptions"]


def test_a_read_only_link_without_any_action_of_its_own_still_decides_nothing():
    text = ("The edge box reads the press counters over OPC UA; we do not write anything back to the PLC. "
            "The dashboard shows strokes and stops per shift.")
    assert review(text) == ["no_automation"]


def test_an_action_only_possible_later_does_not_make_the_system_act():
    text = ("We do not write anything back to the PLC. "
            "In a later phase the system could push cracked parts to the reject chute.")
    assert review(text) == ["no_automation"]


def test_the_plants_own_machine_or_people_sorting_parts_out_is_no_action_of_the_system():
    text = ("When the plates foul, P1 diverts to recirculation. Flagged castings are sorted out by the operator. "
            "PasteurIQ only proposes; the line leader accepts or rejects every change on the HMI.")
    assert review(text) == ["human_approves"]


def test_a_planner_approving_a_proposal_still_approves_every_action():
    text = ("When a bearing trend rises, the system proposes a work order in SAP PM; "
            "the maintenance planner approves every proposal before it is released.")
    assert review(text) == ["human_approves"]


@pytest.mark.parametrize("text", [
    "Any correction beyond the window is not applied; it is shown to the shift leader, who decides.",
    "The shift leader sees the correction on the HMI and validates it.",
])
def test_a_role_acting_in_its_own_clause_or_as_its_second_verb_approves(text):
    assert review(text) == ["human_approves"]


def test_a_second_subject_after_and_is_no_second_verb_of_the_role():
    text = "The operator loads the coil on the decoiler and the press controller validates the die number."
    assert "human_approves" not in review(text)
