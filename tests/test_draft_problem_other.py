"""The plant's own problem that none of the seven listed ones covers ("other"), read by the kind of sentence a careful
buyer reads as one: a before-state that tells the plant's work as a pain by its grammar (drafting.yaml roles pains;
reading/draft_unlisted.py), whatever words it names the work in."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problem(text: str):
    return draft(text, BANK).answer("problem.plant_problems")


def test_a_check_told_impossible_before_the_project_drafts_other_not_only_offers_it():
    # no word of trouble, no site's deed: before the rule only "check this"
    text = ("Before the project, the kiln setters judged each tile's glaze by eye under the hall lamps. "
            "It was impossible to compare one shift's judgement with the next, so two setters graded alike tiles apart. "
            "The vendor mounted a colour camera over the kiln exit that grades every tile in two seconds.")
    answer = problem(text)
    assert answer.choices == ["other"]
    assert "It was impossible to compare" in " ".join(answer.quotes)


def test_work_told_liable_to_errors_before_the_project_is_the_plants_problem():
    text = ("Before the change, every spool label was copied by hand from the winding sheet. "
            "The copying was susceptible to transposed digits whenever the night shift ran short of people. "
            "Each winder now prints its own label from the order the line terminal holds.")
    assert problem(text).choices == ["other"]


def test_an_inability_told_in_the_present_is_a_pitch_and_only_offered():
    # a product page's general truth, no plant's past: offered at most, never drafted
    text = ("Before a tracking platform is in place, gaps between stations make it difficult to trace each crate. "
            "Our platform follows every crate from the receiving dock to the loading bay.")
    answer = problem(text)
    assert answer is None or "other" not in answer.choices


def test_a_before_state_of_old_ways_with_no_pain_still_only_offers_other():
    text = ("Before the project, the bakery planned its ovens on a whiteboard in the office of the shift lead. "
            "The vendor installed a planning screen next to the oven line in 2024.")
    answer = problem(text)
    assert answer is None or "other" not in answer.choices
