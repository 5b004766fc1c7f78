"""Role cues whose grammar says otherwise (drafting.yaml roles: moment_not_before, reported_ability): "at the time"
going on in its clause says "when", not "back then"; "could" before a verb of its own reports an ability, no
possibility. Sentences of our own."""
from questions import load_bank
from reading.draft import drafter_for
from reading.phrases import normalise, tokens

BANK = load_bank()


def role_of(text: str):
    return drafter_for(BANK).roles.role(text, tokens(normalise(text)), "claim")


def test_at_the_time_of_a_deed_says_when_not_back_then():
    assert role_of("The terminal beeps at the time of every jam, so the setter walks over at once.").kind == "claim"


def test_at_the_time_before_a_clause_says_when():
    assert role_of("A text goes to the fitter at the time a bearing runs hot.").kind == "claim"


def test_at_the_time_ending_its_clause_is_back_then():
    assert role_of("The press shop kept its scrap tallies on a whiteboard at the time.").kind == "before"


def test_at_the_time_opening_the_sentence_sets_the_scene_back_then():
    assert role_of("At the time of the audit the warehouse counted pallets on paper.").kind == "before"


def test_could_before_its_own_verb_reports_an_ability():
    assert not role_of("With the new camera the inspectors could spot cracked lids on every tray.").unsure


def test_could_not_reports_an_inability_no_possibility():
    assert not role_of("Alerts now reach the shift lead about seal faults that could not be seen until packing.").unsure


def test_could_be_stays_a_possibility():
    assert role_of("The gateway could be linked to the ERP in a second step.").unsure


def test_could_have_supposes_a_case():
    assert role_of("With a daily energy report the overload could have been caught a week earlier.").unsure


def test_what_we_could_do_is_a_choice_offered():
    assert role_of("If you wish, we could connect the scales to your SAP system.").unsure
