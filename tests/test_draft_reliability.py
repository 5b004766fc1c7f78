"""Options whose drafts proved mostly wrong on real texts first seen (drafting.yaml `reliability`) need
more than one sentence in a case study or on a product page; in an offer they are as sure as their cues."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.draft_rules import compile_rules, draft_data, rules_for

BANK = load_bank()
STORY = ("Case study: Brannock Tiles, Stoke. In 2022 the tile works lost a kiln shift most weeks to burner faults. "
         "The team fitted 14 flame sensors on kiln 2 and a gateway collected their readings every 10 seconds. "
         "{analytics}The works manager said the kiln had not stopped unplanned since March 2023.")
ONCE = "Our analytics software found the burner drift patterns in the flame data. "
TWICE = ONCE + "The machine learning model was retrained monthly on the kiln's own history. "


def technologies(text: str) -> tuple[list[str], list[str]]:
    answer = draft(text, BANK).answer("workflow.technologies")
    return (answer.choices, answer.suggested) if answer else ([], [])


def test_a_technology_one_case_study_sentence_names_is_offered_to_check():
    drafted, offered = technologies(STORY.format(analytics=ONCE))
    assert "data_analytics" not in drafted and "data_analytics" in offered


def test_a_technology_two_case_study_sentences_name_is_drafted():
    assert "data_analytics" in technologies(STORY.format(analytics=TWICE))[0]


def test_an_offer_naming_the_technology_once_drafts_it_as_before():
    offer = ("We will fit 14 flame sensors on your kiln 2 and a gateway will collect their readings every 10 seconds. "
             "Our anomaly detection model finds burner drift patterns in the flame data.")
    assert "data_analytics" in technologies(offer)[0]


def test_a_reliability_is_a_factor_of_a_known_question_or_option():
    assert rules_for(BANK).reliable("workflow.technologies", "cloud") < 1.0
    assert rules_for(BANK).reliable("data.captured", "downtime") == 1.0
    for wrong, message in (({"workflow.technologis": 0.7}, "unknown question 'workflow.technologis'"),
                           ({"data.captured": {"presure": 0.7}}, "unknown presure of data.captured"),
                           ({"data.captured": {"pressure": 1.5}}, "is not above 0 and at most 1")):
        with pytest.raises(ValueError, match=message):
            compile_rules({**draft_data(), "reliability": wrong}, BANK)


def test_who_reviews_the_decisions_one_case_study_sentence_tells_is_offered_to_check():
    review = "Each morning the shift lead approves the list of burners to clean before the crew starts. "
    drafted = draft(STORY.format(analytics=review), BANK).answer("upkeep.human_review")
    assert drafted is not None and "human_approves" not in drafted.choices
    assert "human_approves" in drafted.suggested
    offer = ("We will fit 14 flame sensors on your kiln 2. " + review.replace("approves", "will approve"))
    assert "human_approves" in draft(offer, BANK).answer("upkeep.human_review").choices
