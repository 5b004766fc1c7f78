"""An offer's own terms and another customer's case (issue 14, walk14c): an SLA's penalties, service credits, a
warranty or a fee state neither the plant's problem nor its data; what the vendor did for another named customer,
told in an offer to this buyer, is a reference (it may answer the reference question), never this offer's link, data,
outputs or users; a case study's own customer stays the story's."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
HEAD = ("Offer 2207 for your bottling hall\n\n"
        "Your three filling lines stop several times a shift, and today your shift leads note the stops on paper.\n"
        "We will fit a terminal at each filler and read the machine states from your PLCs over OPC UA.\n"
        "Your shift leads will pick the stop reason on the terminal, and you will see every stop on a live dashboard.\n"
        "We will train your shift leads on site for two days.\n")


def answers(text: str) -> dict:
    return {a.question: a for a in draft(text, BANK).answers}


def choices(text: str, qid: str) -> list[str]:
    answer = answers(text).get(qid)
    return list(answer.choices) if answer else []


def quotes(text: str, qid: str) -> list[str]:
    answer = answers(text).get(qid)
    return list(answer.quotes) if answer else []


@pytest.mark.parametrize("terms", [
    "The service level agreement guarantees 99.5% availability, with penalties of EUR 500 per hour of downtime beyond that.",
    "If a critical fault is not answered within 4 hours, service credits of 5% of the monthly fee apply per hour of downtime.",
    "Uptime guarantee: 99.8%; otherwise a contractual penalty of EUR 300 per hour of downtime is due.",
    "Vertragsstrafe: EUR 250 je Stunde Downtime über 8 Stunden im Monat.",
    "The SLA gives 99,5% uptime, with a penalty of EUR 400 per hour downtime of the platform.",
])
def test_the_offers_terms_state_no_problem_nor_data_of_the_plant(terms):
    text = HEAD + terms
    assert terms not in quotes(text, "problem.plant_problems")
    assert terms not in quotes(text, "data.captured")
    assert terms not in quotes(text, "problem.statement")


@pytest.mark.parametrize("act", [
    "Our diagnostic model flags a developing bearing fault typically 4 to 8 weeks before failure on your 5 compressors.",
    "It predicts bearing failures on your 40 spindles 10 days ahead with 85% accuracy.",
    "CBM detects these failures on your crushers 2-6 weeks early.",
])
def test_what_the_offer_detects_or_predicts_is_no_problem_statement(act):
    text = ("Your situation\nYour maintenance log shows 23 unplanned stops in 2025, about 9 hours each.\n\n"
            "Our solution\nWe will fit vibration sensors to each machine.\n" + act)
    said = answers(text)["problem.statement"].text
    assert "23 unplanned stops" in said and act not in said


def test_the_plants_warranty_claims_are_its_loss_not_a_term():
    text = HEAD + "Paint defects that escape drive your warranty claims: 140 last year, each costing EUR 900."
    assert "quality_repeats" in choices(text, "problem.plant_problems")


@pytest.mark.parametrize("case", [
    "At Müller GmbH the stop data went to SAP PM, where the maintenance planners created work orders from it.",
    "For Brauerei Keller we connected the terminals to their SAP PM in 2024, and their maintenance planners got a "
    "work order for every stop.",
    "Bij Van Dijk B.V. we linked the stop terminals to SAP PM, and the maintenance planners there created the work "
    "orders.",
    "Our reference customer Hofmann sends every stop to SAP PM as a notification for the maintenance planners.",
    "Bei der Stadtwerke Lindau GmbH we monitor 8 compressors since 2022; there the stop alarms went to their SAP PM as "
    "notifications, and the maintenance planners created work orders from them.",
])
def test_another_customers_case_drafts_no_link_output_or_user_of_this_offer(case):
    text = HEAD + case
    got = answers(text)
    assert "maintenance_planner" not in choices(text, "users.roles")
    assert "work_orders" not in choices(text, "workflow.outputs")
    links = got.get("connect.integrations")
    assert not links or all(row.system != "maintenance" for row in links.integrations)


def test_the_offers_own_link_told_beside_a_reference_still_drafts():
    text = HEAD + "As at Müller GmbH, your stops will go to your SAP PM as maintenance notifications through a BAPI."
    links = answers(text)["connect.integrations"].integrations
    assert any(row.system == "maintenance" for row in links)


def test_the_offers_own_clause_before_a_case_told_after_it_still_drafts():
    text = HEAD + ("It predicts the shade of each batch before dyeing and proposes corrections, and we expect a very "
                   "good accuracy based on other customers.")
    assert "prediction" in choices(text, "workflow.analytics")


def test_a_reference_named_late_in_the_offers_own_sentence_leaves_its_user():
    text = HEAD + ("It warns of a blocked filler valve early enough for the operator to react, with very high accuracy "
                   "at our reference plants.")
    assert "operators" in choices(text, "users.roles")


def test_a_case_told_after_the_offers_clause_still_answers_the_reference_question():
    text = HEAD + ("It warns at least 400 strokes ahead; on 52 die lives at Hirschvogel's Polish plant it caught 47 of "
                   "50 cracks with a median warning of 6 days, measured against the die shop's inspection reports.")
    assert "47 of 50 cracks" in answers(text)["return.reference"].text


def test_the_buyers_own_name_tells_its_own_past_not_a_reference():
    text = ("Our offer for Brauhaus Nord covers all three filling lines.\n" + HEAD
            + "At Brauhaus Nord, 212 stops were logged by hand last year, and nobody knew their causes.")
    assert "212 stops" in answers(text)["problem.statement"].text


def test_a_reference_with_a_measured_result_answers_the_reference_question():
    text = HEAD + ("\nReference\nAt Brenner Getriebe AG we rolled out the same terminals on six lines in 2024, and "
                   "OEE rose from 58% to 71% within nine months.\n")
    said = answers(text)["return.reference"].text
    assert "58% to 71%" in said


def test_the_counted_loss_comes_before_the_plants_size_in_the_problem_statement():
    text = ("Your situation\nYour plant assembles about 42,000 gearboxes a year on four lines.\n"
            "Assembly errors caused 212 customer returns last year, each costing about EUR 1,400 in rework.\n\n"
            "Our solution\nWe will put digital work instructions at each of your 14 manual stations.")
    assert answers(text)["problem.statement"].text.startswith("Assembly errors caused 212 customer returns")


def test_a_case_studys_own_customer_still_drafts_its_story():
    text = ("How Müller GmbH found its stops\n\nMüller GmbH faced 40 unplanned stops a month on its presses. "
            "In 2024 the plant installed our terminals at each press. At Müller GmbH the stop data went to SAP PM, "
            "where the maintenance planners created work orders from it. Stops fell to 12 a month within a year.")
    assert "maintenance_planner" in choices(text, "users.roles")
