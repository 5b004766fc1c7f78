"""A before-state sentence that announces a list ("In view of the problems they faced, the brewery set itself the
following goals:") names no trouble itself: the lines under it tell the problem, and the opener is not drafted as an
unlisted ("other") one (issue 14)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return answer.choices if answer else []


def test_a_sentence_announcing_goals_drafts_no_unlisted_problem():
    text = ("Before the project, in view of the problems they faced, the brewery set itself the following goals:\n"
            "- Track every packaging line in one system\n"
            "- Share one set of figures across the three sites\n"
            "We connect the fillers and labellers to a historian and show each line's output on a screen in the hall.")
    assert "other" not in drafted(text)


def test_a_trouble_told_in_its_own_sentence_still_states_the_unlisted_problem():
    text = ("Before the project, the brewery struggled with frequent label changeovers that disrupted every shift.\n"
            "We connect the fillers and labellers to a historian and show each line's output on a screen in the hall.")
    assert "other" in drafted(text)
