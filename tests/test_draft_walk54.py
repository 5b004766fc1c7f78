"""Wrong drafts a new buyer's walk found in a German-English offer and its German reply (walk 54), fixed as the kind of
sentence each is: a decision taken at a daily meeting, work the system orders by itself, downtime recorded by hand
today, the history a vendor needs from the plant, and a German sentence on the network."""
import pytest

from questions import load_bank
from reading.documents import pasted
from reading.draft import draft
from rounds_corpus import sent_out
from scoring.rounds import read_reply

BANK = load_bank()

OFFER = ("Proposal: MachineSense Predictive for Kunststofftechnik Rheintal GmbH.\n"
         "Your plant runs 48 injection moulding machines in three shifts.\n"
         "A model trained on the pump vibration spectrum of presses 1 to 6 predicts hydraulic pump failures "
         "5 to 10 days in advance.\n")


def _choices(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


@pytest.mark.parametrize("meeting", [
    "Your maintenance planner decides in the daily 7:30 meeting which warnings turn into a planned stop.",
    "Your shift leads decide at the shift handover which warnings turn into a planned stop.",
])
def test_a_decision_taken_at_a_daily_meeting_or_a_handover_is_no_decision_within_minutes(meeting):
    assert "minutes" not in _choices(OFFER + meeting + "\n", "decision.latency")


def test_a_warning_a_named_person_sees_still_tells_minutes():
    seen = "Your maintenance planner sees each warning on his phone.\n"
    assert _choices(OFFER + seen, "decision.latency") == ["minutes"]


def test_work_the_system_orders_by_itself_is_no_action_a_person_approves():
    text = (OFFER + "Above 70 % the system opens a maintenance notification in your CMMS automatically.\n"
            "Your maintenance planner decides in the daily 7:30 meeting which jobs are done.\n")
    assert "human_approves" not in _choices(text, "upkeep.human_review")


def test_a_planner_who_decides_on_what_the_system_only_proposes_still_approves():
    text = OFFER + "Your maintenance planner decides in the daily 7:30 meeting which jobs are done.\n"
    assert _choices(text, "upkeep.human_review") == ["human_approves"]


@pytest.mark.parametrize("recorded", [
    "Unplanned downtime is today recorded by hand on shift sheets and entered into the CMMS the next day.",
    "Today machine stops are not recorded at all.",
])
def test_downtime_recorded_by_hand_today_is_downtime_nobody_knows_though_failures_are_predicted(recorded):
    text = (OFFER + recorded + "\nThe project aims to cut unplanned downtime by 30 % and to detect tool damage early.\n")
    assert "downtime_unclear" in _choices(text, "problem.plant_problems")


def test_downtime_beside_failures_with_no_word_on_how_it_is_recorded_stays_the_failures():
    text = OFFER + "The project aims to cut unplanned downtime by 30 % and to detect tool damage early.\n"
    assert "downtime_unclear" not in _choices(text, "problem.plant_problems")


KILN = ("KilnMind brings AI to your tile kilns and predicts burner failures.\n"
        "Thermocouples read the zone temperatures from the Siemens S7 PLC over OPC UA every ten seconds.\n")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnMind", "M. Becker")  # its question 2 asks the history the model learns from


def _history(sent, reply: str):
    done = read_reply(sent, pasted(reply, "reply", "Reply"))
    return {q.topic: q for q in done.round.questions}["history"], done.evaluation.answer("data.history")


@pytest.mark.parametrize("need", [
    "Zu 2 (Trainingsdaten): Das Modell lernt aus der Störungs- und Auftragshistorie Ihres CMMS. Wir benötigen "
    "mindestens 24 Monate Instandhaltungshistorie mit den Störmeldungen.",
    "Re 2 (training data): the model learns from the burner alarms of your S7 PLC and requires 2 years of firing "
    "records with the burner failures.",
])
def test_the_history_a_vendor_needs_from_the_plant_is_months_learnt_from_no_years_kept_and_exported(kiln, need):
    question, history = _history(kiln, need)
    assert question.status != "not_answered" and history.choices == ["months"], (question.why, history)


def test_years_of_history_the_vendor_keeps_are_still_years_exportable(kiln):
    kept = ("Zu 2 (Trainingsdaten): Das Modell lernt aus der Störungs- und Auftragshistorie Ihres CMMS. Die Plattform "
            "speichert 3 Jahre Instandhaltungshistorie, exportierbar als CSV.")
    _question, history = _history(kiln, kept)
    assert history.choices == ["years_exportable"]


@pytest.mark.parametrize("network", [
    "Die Edge-Box baut nur ausgehende Verbindungen (TLS 1.3) auf; es werden keine Ports in Ihrem Netzwerk geöffnet.",
    "Es gibt keine eingehenden Verbindungen in Ihr Netzwerk; die Edge-Box sendet ihre Daten per TLS an unsere Cloud.",
])
def test_a_german_sentence_on_outbound_connections_tells_how_the_system_reaches_the_network(network):
    assert _choices(OFFER + network + "\n", "security.model") == ["outbound_only"]
