"""Faults buyers saw walking the Follow-up page (issue 16), each a kind: facts beside a deferral ("to be confirmed after
the site survey; about 40 vibration sensors on 12 pumps") answer partly, kept as the quote, and the question stays open;
a figure measured at another plant ("accuracy 96 %, measured at a comparable plant") is a reference, partly and open;
how fast operators learn the system is no user role; a reply's own owner sentence is proposed for the upkeep owner the
buyer answered; a counted problem told in words drafting reads no option in ("breakdowns") reads the bank's option.
Every reply here is new."""
import pytest

from questions.models import Answer
from rounds_corpus import SENT, asked, drafted, replied, sent_out
from scoring import score
from scoring.rounds import freeze

PUMPS = ("PumpSense connects your pumps and extruders with IoT sensors and AI.\n"
         "Our AI predicts failures before breakdowns happen and alerts the maintenance team.\n"
         "Data flows to the cloud where our models analyse it.\n"
         "PumpSense is the digital transformation of your maintenance.\n")


def _mail(body: str) -> str:
    return f"Dear Mr Berger,\n\n{body}\n\nBest regards,\nAnna Keller\nPumpSense\n"


@pytest.fixture(scope="module")
def pumps():
    return sent_out(PUMPS, "PumpSense", "M. Berger")


def test_facts_beside_a_deferral_answer_partly_and_stay_open(pumps):
    text = _mail("1.1 The problem is unplanned stops of the two extruders, 31 hours last quarter.\n\n"
                 "1.2 The sensor count is to be confirmed after the site survey; about 40 vibration sensors on 12 pumps.")
    out = replied(pumps, text)
    data = next(q for q in out.round.questions if q.topic == "data")
    assert data.status == "partly" and not data.closed, data.why
    assert data.quotes == ["about 40 vibration sensors on 12 pumps."] and "to be confirmed" in data.why, data
    captured = out.evaluation.answer("data.captured")
    assert "vibration" in captured.choices and captured.evidence != "specific", captured


def test_a_deferral_without_facts_still_answers_nothing(pumps):
    read = asked(pumps, _mail("1.2 The sensors and their signals are to be confirmed after the site survey."))["data"]
    assert read.status == "not_answered" and not read.closed, read.why


@pytest.mark.parametrize("said", ["1.5 Accuracy 96 %, measured at a comparable plant.",
                                  "Our models reach an accuracy of 96 %, measured at a comparable plant."])
def test_a_figure_measured_at_another_plant_is_a_reference(pumps, said):
    read = asked(pumps, _mail(said))["analytics"]
    assert read.status == "partly" and not read.closed and "another plant" in read.why, read.why


def test_a_lead_time_beside_another_plants_accuracy_still_answers(pumps):
    read = asked(pumps, _mail("It predicts bearing failures 10 days ahead with 85% accuracy, measured on 40 pumps at a "
                              "comparable plant."))["analytics"]
    assert read.status != "not_answered" and "another plant" not in read.why, read.why


def test_how_fast_operators_learn_it_is_no_user_role(pumps):
    out = replied(pumps, _mail("Operators can learn it in one day."))
    roles = out.evaluation.answer("users.roles")
    assert roles is None or "operators" not in roles.choices, roles


def test_a_training_given_to_a_role_still_reads():
    sent = sent_out(PUMPS, "PumpSense", "M. Berger")
    out = replied(sent, _mail("Your maintenance technicians get two days of on-site training before go-live."))
    assert out.evaluation.answer("users.training").choices == ["onsite"]


def test_the_replys_owner_sentence_is_proposed_for_the_buyers_upkeep_owner():
    evaluation = drafted({"proposal": PUMPS}, "PumpSense")
    own = Answer(question="upkeep.owner", choices=["vendor_service"], reviewed=True)
    evaluation = evaluation.model_copy(update={"answers": [
        *(a for a in evaluation.answers if a.question != "upkeep.owner"), own]})
    sent = freeze(evaluation, score(evaluation), "M. Berger", SENT)
    assert "upkeep_owner" not in {q.topic for q in sent.rounds[-1].questions}
    out = replied(sent, _mail("Data: vibration from 40 new sensors. After go-live your maintenance manager owns the "
                              "sensors and gateways."))
    proposed = [a for a in out.round.proposed if a.question == "upkeep.owner"]
    assert proposed and proposed[0].choices == ["maintenance_team"], out.round.proposed
    assert out.evaluation.answer("upkeep.owner").choices == ["vendor_service"]  # the buyer's own stays until taken


@pytest.mark.parametrize("problem", [
    "The problem is breakdowns of the two extruders, 31 hours last quarter.",
    "The problem is unplanned extruder stops: 31 hours last quarter, about 62,000 EUR of lost output."])
def test_a_counted_stop_reads_the_downtime_option(pumps, problem):
    answer = replied(pumps, _mail(problem)).evaluation.answer("problem.plant_problems")
    assert answer.choices == ["downtime_unclear"], answer
