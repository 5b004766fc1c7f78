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
    assert rules_for(BANK).reliable("data.sources", "new_sensors") == 1.0
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



def test_a_vendors_reply_is_not_weighed_as_a_case_study_or_a_page():
    from questions.models import Document
    from reading.draft import drafter_for
    told = STORY.format(analytics="Each morning the shift lead approves the list of burners to clean before the crew starts. ")
    drafter = drafter_for(BANK)
    for kind, drafted in (("proposal", False), ("reply", True)):
        document = Document(name=kind, kind=kind, format="pasted", text=told)
        answer = drafter.draft_documents([document]).answer("upkeep.human_review")
        assert ("human_approves" in answer.choices) == drafted, kind



LETTER = ("Dear Ms Ortner, as agreed on your visit, here is what KilnWatch would do at your Brannock works. "
          "Your kilns are run from the Siemens PCS 7 system in the control room. "
          "Last winter the works lost a kiln shift most weeks to burner faults. "
          "The maintenance crew replaced four burner nozzles in January alone. "
          "We will fit 14 flame sensors on kiln 2 and a gateway will read them every 10 seconds. "
          "Our anomaly detection model finds burner drift patterns in the flame data. "
          "The shift lead gets an e-mail with the burner to clean before the crew starts. "
          "Every reading stays in the plant historian and can be exported as CSV. "
          "Two half-day sessions on site train the shift leads. "
          "The licence is EUR 900 a month per kiln, support included. "
          "Burner stops over the next six months can be compared with the last six. "
          "Kind regards, Petra Lind, KilnWatch.")
PAST = {"We will fit": "The team installed", "a gateway will read": "a gateway read", "gets an e-mail": "got an e-mail",
        "Our anomaly detection model finds": "An anomaly detection model found", "can be compared": "were compared"}


def test_a_letter_to_the_buyer_that_looks_back_in_a_line_is_an_offer_not_a_case_study():
    assert "data_analytics" in technologies(LETTER)[0]
    told = LETTER
    for now, then in PAST.items():
        told = told.replace(now, then)
    assert "data_analytics" not in technologies(told)[0]
