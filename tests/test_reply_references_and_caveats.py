"""Ways of answering seen in tuning21's blind replies that left answers open or closed dodges: another customer's plant
described in detail ("There, ...", "Their team ...") as if it answered for this one. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESS = ("PressMind brings machine learning to the tablet presses of pharmaceutical plants.\n"
         "AI predicts capping and weight drift and adjusts the fill depth before bad tablets are made.\n"
         "Connects to your press PLC, your MES and your ERP, with a cloud portal.\n"
         "Fewer rejected batches, more output.\n")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "PressMind", "R. Okafor")


MAIL = Mail("Dear Ms Okafor,", "Best regards,\nDaan")
ELSEWHERE = ("Instead of answering in the abstract, we describe our reference customer, a generics maker in Ireland.\n\n"
             "There, PressMind reads the compression force of 6 Fette presses every 10 ms over OPC UA and warns of "
             "capping 12 minutes ahead. Their QA team checks the data every Friday and the MES receives a hold flag "
             "per drum. The customer cut rejected batches by 40% in the first year.\n\n"
             "Your presses would work the same way.")


def test_another_customers_plant_described_after_it_is_brought_in_answers_nothing(press):
    read = MAIL.read(press, ELSEWHERE)
    asked = {q.topic: q for q in read.round.questions}
    assert {asked[t].status for t in ("data", "analytics", "integrations")} == {"not_answered"}
    quoted = [q for a in read.evaluation.answers if a.evidence == "specific" for q in a.quotes]
    assert not [q for q in quoted if "compression force" in q or "QA team" in q]


def test_a_reference_named_in_passing_leaves_the_answer_for_this_plant_standing(press):
    body = ("Prediction: capping is flagged 12 minutes ahead from the compression force; at our reference site this caught "
            "41 of 45 capping events in 2025. The fill depth is then changed only after the press operator confirms it "
            "on the HMI.")
    asked = MAIL.asked(press, body)
    assert asked["analytics"].status != "not_answered"
    assert asked["human_review"].status != "not_answered"


def test_a_sentence_on_this_plant_after_the_reference_answers_again(press):
    body = (f"{ELSEWHERE}\n\nOn your Press 3 we will read the compression force every 10 ms from the existing Fette PLC "
            "over OPC UA, and add 2 new punch-tip temperature sensors.")
    assert MAIL.asked(press, body)["data"].status == "answered"


def test_a_link_the_offer_named_gets_the_way_each_clause_of_the_reply_names(press):
    body = ("Systems: the MES (Opcenter) gets a hold flag per drum over OPC UA, and SAP gets the rejected kilos per batch "
            "as a nightly CSV file, one way. Owner of both links: your automation engineer.")
    rows = {row.system: row for row in MAIL.read(press, body).evaluation.answer("connect.integrations").integrations}
    assert rows["production"].method == "OPC UA"
    assert "CSV" in rows["inventory"].method and "OPC UA" not in rows["inventory"].method


def test_every_system_there_is_in_a_phrase_answers_nothing(press):
    read = MAIL.read(press, "Systems: we hook into everything, MES, ERP, LIMS, you name it!")
    assert {q.topic: q for q in read.round.questions}["integrations"].status == "not_answered"
    assert read.evaluation.answer("connect.integrations").evidence != "specific"


def test_a_kpi_with_a_thousands_separator_reads_its_whole_figures(press):
    body = ("KPI: rejected tablets on Press 3, 14,800 per month (2025 reject log), to under 4,000 per month by the end of "
            "2027; read monthly by your QA manager.")
    read = MAIL.read(press, body)
    measure = read.evaluation.answer("decision.kpi").measure
    assert (measure.baseline, measure.target) == (14800, 4000)
    assert {q.topic: q for q in read.round.questions}["kpi"].closed


def test_a_table_answer_cell_after_the_question_cell_drafts_its_measure(press):
    body = ("Question | Answer | Reference\n"
            "7. Which KPI moves? | Changeover time of Press 3, 52 min average in 2025 (MES), to 35 min by end of 2027. "
            "Read monthly by your QA manager. | Offer section 5")
    measure = MAIL.read(press, body).evaluation.answer("decision.kpi").measure
    assert measure is not None and (measure.baseline, measure.target) == (52, 35)


def test_a_contracted_start_names_the_problem_first(press):
    body = "We'd begin with capping on Press 3, 46 rejected batches in 2025."
    assert MAIL.asked(press, body)["problem"].status == "answered"


def test_machines_that_carry_on_and_readings_sent_once_the_line_is_back_answer_the_outage(press):
    body = ("If the internet or our cloud goes down, the presses simply carry on with the last fill depth they were given. "
            "The edge box holds 14 days of readings and sends them on once the line is back.")
    assert MAIL.asked(press, body)["reliability"].status == "answered"


def test_data_said_exportable_answers_the_ownership_question(press):
    body = "Whose data it is\nYours, under clause 7 of the licence; all of it exportable as Parquet at any time, at no charge."
    assert MAIL.asked(press, body)["data_ownership"].closed
