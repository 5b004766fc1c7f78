"""Accepting a sentence suggested under a question never leaves a quote-only answer without saying what to do next
(walk 71 accepted the return sentence and read "Not answered: the quoted sentences back no option, value or note
yet"). A text question takes the sentence as its answer's text, as a draft does; a choice question whose sentence
names no option the drafter reads asks, in place, which of the question's options it backs, one click each; and each
suggestion names its document and page, as every quote does."""
from __future__ import annotations

import pytest

from kit import key, pdf_pages, shown, unescape
from proposals import extract_text
from questions import Evaluation
from reading.documents import Citations, from_file
from scoring import score
from paths import EXAMPLES_BANK_VERSION
from test_draft_app import PROPOSAL, open_form, read
from test_proposal_app import suggestion_key

pytestmark = pytest.mark.usefixtures("first_run")  # the examples saved, as by the app's first run

REVIEWS = "The shift leader reviews the stop Pareto at the start of every shift."
STOPS = "Line operators enter the stop reason on a touch panel at the filler within 3 minutes of a stop."
ASKED = "Which option does the quoted sentence support?"


@pytest.fixture
def eid(store) -> str:
    return store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="FillTrack quote",
                                   vendor="FillTrack")).id


def _points(store, eid: str, qid: str) -> float:
    return next(a.points for a in score(store.get(eid).evaluation).answers if a.question == qid)


def _accept(at, eid: str, qid: str, quote: str):
    at.button(key=suggestion_key(at, eid, qid, quote) + ":accept").click().run()
    assert not at.exception, at.exception
    return at


def test_a_sentence_accepted_on_a_text_question_is_its_answer(store, eid):
    at = _accept(read(open_form(eid), eid, PROPOSAL), eid, "problem.statement", STOPS)
    answer = store.get(eid).evaluation.answer("problem.statement")
    assert answer.text == STOPS and answer.quotes == [STOPS] and answer.evidence == "specific"
    assert at.text_area(key=key(eid, "problem.statement", "text")).value == STOPS
    assert _points(store, eid, "problem.statement") > 0
    assert "back no option" not in shown(at)


def test_a_sentence_naming_no_option_asks_in_place_which_option_it_backs(store, eid):
    at = read(open_form(eid), eid, PROPOSAL)
    at.selectbox(key=f"section:{eid}").set_value("upkeep").run()
    _accept(at, eid, "upkeep.human_review", REVIEWS)
    answer = store.get(eid).evaluation.answer("upkeep.human_review")
    assert answer.quotes == [REVIEWS] and not answer.choices  # the sentence alone names none
    page = shown(at)
    assert ASKED in page and "pick what they back, or type what they say" in page
    picks = [b for b in at.button if b.key.startswith(key(eid, "upkeep.human_review", "backs:"))]
    assert len(picks) == 5 and picks[2].label.startswith("A person reviews exceptions")  # the question's options
    at.button(key=key(eid, "upkeep.human_review", "backs:human_exceptions")).click().run()
    assert not at.exception, at.exception
    answer = store.get(eid).evaluation.answer("upkeep.human_review")
    assert answer.choices == ["human_exceptions"] and answer.quotes == [REVIEWS] and answer.evidence == "specific"
    assert at.selectbox(key=key(eid, "upkeep.human_review", "choice")).value == "human_exceptions"
    assert _points(store, eid, "upkeep.human_review") > 0
    assert ASKED not in shown(at)


def test_each_suggestion_names_its_document_and_page(store):
    pages = [["Offer FT-7 for your bottling hall."], [PROPOSAL.split("\n", 2)[2]]]
    data = pdf_pages(pages)
    document = from_file("Offer.pdf", "proposal", extract_text("Offer.pdf", data), data)
    eid = store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="FillTrack quote", vendor="FillTrack",
                                  documents=[document])).id
    at = open_form(eid)
    assert suggestion_key(at, eid, "problem.statement", STOPS)
    assert Citations([document]).cite(STOPS) == "Proposal p. 2"  # as the quotes under a question say it
    cards = [unescape(c.value) for c in at.caption if " · " in c.value]
    assert cards and all(c.startswith("Proposal p. 2 · ") for c in cards), cards
