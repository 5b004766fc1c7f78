"""Kinds of outage and network answers the blind reply sets tuning33 and tuning34 showed (issue 16), each in replies
written here for a plant of its own: an edge box that keeps days of data through an outage."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("KilnEdge is a cloud platform for your brick kilns.\n"
        "It collects burner and fan data and shows the firing curve on a dashboard.\n")
COMMITS = "We commit to 99.5% availability per month."
MAIL = Mail("Dear Ms Brandt,", "Kind regards,\nOle Berg")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnEdge", "H. Brandt")


@pytest.mark.parametrize("held", ["If the line to our cloud fails, the gateway beside kiln 2 keeps 21 days of data.",
                                  "Network down: the edge PC stores 10 days of readings and the burners fire on as set.",
                                  "The edge box in the control room holds up to 72 hours of measurements."])
def test_an_edge_box_that_keeps_days_of_data_says_what_happens_offline(kiln, held):
    found = MAIL.asked(kiln, f"{held} {COMMITS}")["reliability"]
    assert found.closed and held in found.quotes


@pytest.mark.parametrize("kept", ["Your historian keeps 3 years of data from every kiln.",
                                  "The edge PC keeps 18 months of data for the model."])
def test_months_or_years_of_data_kept_are_a_history_not_an_outage(kiln, kept):
    found = MAIL.asked(kiln, f"{kept} {COMMITS}")["reliability"]
    assert not found.closed and kept not in found.quotes


SILO = ("SiloMind brings predictive maintenance to the discharge screws of your flour silos with machine learning, on "
        "an edge box and in our cloud.\nThe AI learns from your silo data and warns the miller before the discharge "
        "stops.\n")
OUTAGE = "The edge box keeps 30 days of data and the predictions run locally; the silos run on their own control."
LEARNS = "The model learns from the discharge rates and motor currents of your silos."


@pytest.fixture(scope="module")
def silo():
    return sent_out(SILO, "SiloMind", "H. Brandt")


def _read(sent, history: str):
    body = (f"> What data does the model learn from, how many months of history does it need?\n{history}\n\n"
            f"> What happens when the network or your service is down?\n{OUTAGE} 99.5 % availability per month.")
    done = MAIL.read(sent, body)
    return {a.question: a for a in done.evaluation.answers}, {q.topic: q for q in done.round.questions}


def test_days_of_data_an_edge_box_keeps_through_an_outage_are_no_history(silo):
    answers, asked = _read(silo, LEARNS)
    history = answers.get("data.history")
    assert asked["reliability"].closed and (history is None or OUTAGE not in history.quotes)


def test_the_history_answered_beside_such_an_outage_answer_is_still_read(silo):
    answers, asked = _read(silo, f"{LEARNS} It needs at least 14 months of them, and we have 16 months in your PLC logs.")
    assert OUTAGE not in answers["data.history"].quotes and "months" in answers["data.history"].choices[0]


@pytest.mark.parametrize("apart", ["on its own port separated from the office and the climate computer",
                                   "isolated from the office computers"])
def test_an_outbound_only_box_kept_apart_from_the_office_answers_how_the_cloud_reaches_the_plant(kiln, apart):
    said = f"The edge box only sends outbound over HTTPS 443, {apart}, nothing inbound."
    found = MAIL.asked(kiln, f"{said} {COMMITS}")["security"]
    assert found.closed and said in found.quotes


def test_an_outbound_only_box_said_nowhere_apart_leaves_the_network_question_partly_open(kiln):
    said = "The edge box only sends outbound over HTTPS 443 to our cloud in Vienna, nothing inbound."
    assert not MAIL.asked(kiln, f"{said} {COMMITS}")["security"].closed


def test_data_held_through_an_outage_answers_the_outage_under_the_network_question_too(kiln):
    letter = {q.topic: q.text for q in kiln.rounds[-1].questions}
    held = "If the network or our cloud is down, the edge PC keeps 30 days of data; the kilns run on their own PLC."
    body = (f"> {letter['security']}\nNetwork: one edge PC per kiln hall in your OT VLAN, behind your firewall. It only "
            f"connects outbound over HTTPS 443, nothing inbound. {held} We guarantee 99.5 % availability per month.")
    found = MAIL.asked(kiln, body)["reliability"]
    assert found.closed and held in found.quotes
