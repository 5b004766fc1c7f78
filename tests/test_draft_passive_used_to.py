""""Used to" after a form of "be" is the passive of "use" ("the stop data was used to find the losses"): what the
system serves for, drafted as a claim. Only "used to" after its subject ("the plant used to ...") tells the habit of
the past, the state before the project."""
from questions import load_bank
from reading.draft import draft
from reading.draft import drafter_for
from reading.phrases import normalise, tokens

BANK = load_bank()


def role_of(text: str) -> str:
    return drafter_for(BANK).roles.role(text, tokens(normalise(text)), "claim").kind


def test_was_used_to_is_no_state_before():
    assert role_of("The stop data read from the line PLCs was used to find the main sources of loss.") == "claim"


def test_an_adverb_between_keeps_it_passive():
    assert role_of("A log of every stop was then used to rank the losses of the week.") == "claim"


def test_the_plant_used_to_tells_the_state_before():
    assert role_of("The plant used to write its stop reasons on paper sheets.") == "before"


def test_data_that_was_used_to_find_losses_drafts_its_source():
    text = ("The moulding shop at Zaragoza ran the new monitoring system for a year. Stop data captured through a "
            "PLC integration over 14 months was used to rank the sources of efficiency loss.")
    answer = draft(text, BANK).answer("data.sources")
    assert answer and "plc_integration" in answer.choices


def test_can_with_words_between_is_still_only_a_use_possible():
    text = "The data sent by the wireless sensors can initially only be used to read the states of the pumps."
    role = drafter_for(BANK).roles.role(text, tokens(normalise(text)), "claim")
    assert role.unsure and not role.drafts(text.split().index("wireless") + 1)
