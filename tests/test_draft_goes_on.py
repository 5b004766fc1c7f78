"""A sentence that opens on a word pointing back ("This process ...", "These sheets ...") goes on
telling what the sentence before it told: after the plant's state before the project, it drafts only
the problem; after a turn to the project it drafts as a claim."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def test_a_sentence_pointing_back_at_the_old_way_tells_no_analytics_delivered():
    text = ("Under the old system, every scrap ticket went to the quality office on paper. "
            "This process took weeks, and the pareto analysis of the tickets came a month late.")
    assert "data_analytics" not in drafted(text, "workflow.technologies")


def test_a_sentence_pointing_back_at_the_new_system_still_drafts():
    text = ("The new system records every scrap ticket at the press. "
            "This record feeds a pareto analysis of the scrap causes for the quality engineer.")
    assert "data_analytics" in drafted(text, "workflow.technologies")


def test_a_sentence_pointing_back_at_a_general_truth_is_general_too():
    text = ("We read the press counters of your Line 2 every second. "
            "Hosted monitoring platforms let planners see every stop from home. "
            "Not only that, but the provider of such a platform runs the cloud SCADA software for years.")
    assert "cloud" not in drafted(text, "workflow.technologies")


def test_a_sentence_pointing_back_at_the_offer_still_drafts():
    text = ("We read the press counters of your Line 2 every second. "
            "Not only that, but our team runs the cloud SCADA software for your plant for years.")
    assert "cloud" in drafted(text, "workflow.technologies")
