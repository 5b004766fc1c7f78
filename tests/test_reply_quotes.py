"""The round's table quotes, beside each question, the reply sentences that answer THAT question (issue 16): a sentence
holding another question's cue word ("The model learns from ..." holds "model", a cue of what the system predicts) is
quoted beside the question it answers, not beside each it touches. Every sentence here is new."""
import pytest

from questions.loader import load_round_rules
from reading.reply_quotes import Quoting
from rounds_corpus import Mail, sent_out

MAIL = Mail("Dear Mr Lindqvist,", "Kind regards,\nSara Holm")
OFFER = ("ScrewSense is the AI predictive maintenance platform for your twin-screw extruders.\n"
         "It predicts every failure with machine learning and gives your team real-time insights.\n")
HISTORY = ("The model learns from 30 months of gearbox and screw history in your SAP PM, and our data engineer checks the "
           "data quality every month.")
PREDICTS = "It predicts screw and barrel wear 3 weeks ahead with 88% accuracy, measured on 25 extruders at a comparable compounder."
KPI = "The KPI is unplanned extruder downtime, today 35 hours per month in SAP PM, with a target of 15 hours per month within 12 months."
UPKEEP = "Our service team maintains the models after the pilot for 9,000 EUR per year."


@pytest.fixture(scope="module")
def extruders():
    return sent_out(OFFER, "ScrewSense", "P. Lindqvist")


@pytest.fixture(scope="module")
def asked(extruders):
    return MAIL.asked(extruders, "\n".join([HISTORY, PREDICTS, KPI, UPKEEP]))


def test_sentences_next_to_each_other_are_each_quoted_beside_their_own_question(asked):
    assert asked["history"].quotes == [HISTORY]
    assert asked["analytics"].quotes == [PREDICTS]  # not the history's "model learns", nor the upkeep's "models"
    assert asked["kpi"].quotes == [KPI]  # not the prediction's accuracy
    assert asked["upkeep_owner"].quotes == [UPKEEP]
    assert all(asked[t].status == "answered" for t in ("history", "analytics", "kpi", "upkeep_owner"))


def test_a_question_not_answered_quotes_no_sentence_that_answers_another_question(asked):
    others = {q for t in ("history", "analytics", "kpi", "upkeep_owner") for q in asked[t].quotes}
    unanswered = [q for q in asked.values() if q.status == "not_answered"]
    assert unanswered and not any(set(q.quotes) & others for q in unanswered)
    assert "answers other questions" in asked["data"].why  # "data quality" touches it; the sentence is the history's


def test_a_question_marked_from_another_questions_sentence_quotes_it_only_where_marked_answered_or_partly():
    quoting = Quoting({HISTORY: frozenset({"history"})}, load_round_rules().quotes)
    assert quoting.chosen([HISTORY], "integrations", "partly") == [HISTORY]  # what the mark came from, shown
    assert quoting.chosen([HISTORY], "integrations", "not_answered") == []
    assert quoting.chosen([HISTORY, KPI], "kpi", "answered") == [KPI]  # unknown to it: its own
