"""A link the offer leaves optional or to a later phase ("Optional: interface to SAP PM in phase 2") is no link this
offer makes, but the buyer sees it: the area is offered to check, with its sentence, and no row is drafted; a link
excluded outright is none to check; accepted, it becomes a row the buyer owns (drafting.yaml integrations
`offered_links`; reading/draft_offered_links.py; questions/answer_edits.accept_suggestion)."""
import pytest

from questions.answer_edits import accept_suggestion, reject
from questions.loader import check_against_bank
from reading.draft import draft
from scoring import score

SENSORS = "We install 40 vibration sensors on the pumps of line 2 and read them every minute over OPC UA. "
LINKS = "connect.integrations"


def _links(evaluation):
    return next((a for a in evaluation.answers if a.question == LINKS), None)


@pytest.mark.parametrize("sentence, area", [
    ("Optional: interface to SAP PM in phase 2.", "maintenance"),
    ("As an option, the stoppages can be sent to your MES later.", "production"),
    ("On request we also create a notification in your SAP PM.", "maintenance"),
])
def test_an_optional_or_later_link_is_offered_to_check_not_drafted(sentence, area, bank):
    evaluation = draft(SENSORS + sentence, bank)
    links = _links(evaluation)
    assert links is not None and links.integrations == [] and links.suggested == [area]
    assert sentence in links.quotes
    technologies = next(a for a in evaluation.answers if a.question == "workflow.technologies")
    assert "system_integration" not in technologies.choices  # no link made, no integration ticked


def test_a_link_excluded_is_not_offered(bank):
    assert _links(draft(SENSORS + "An interface to SAP PM is not part of this offer.", bank)) is None


def test_a_link_drafted_plainly_is_not_offered_again(bank):
    links = _links(draft(SENSORS + "Work orders go to your SAP PM every hour. Optional: a second interface to SAP PM "
                                   "in phase 2.", bank))
    assert [r.system for r in links.integrations] == ["maintenance"] and links.suggested == []


def test_an_offered_link_accepted_is_a_row_the_buyer_keeps(bank):
    evaluation = draft(SENSORS + "Optional: interface to SAP PM in phase 2.", bank)
    question = bank.questions()[LINKS]
    accepted = accept_suggestion(evaluation, question, "maintenance")
    links = _links(accepted)
    assert [r.system for r in links.integrations] == ["maintenance"] and links.suggested == []
    check_against_bank(accepted, bank)
    score(accepted, bank)
    kept = _links(reject(accepted, [LINKS]))
    assert [r.system for r in kept.integrations] == ["maintenance"]
