"""Ways of answering seen in tuning20's blind replies that left answers open or closed dodges: the writer's own earlier
mail pasted under a signature of two people, a list in brackets of the values one system measures, a possibility in
the conditional ("would be possible"), an item labelled as an earlier item under the number of another question ("6.
Data: yours"), a stop released by a person's restart, a bound written as a sign and a fiscal year, an ERP named by its
product only, and a contract's clause abbreviated ("cl. 14.2"). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, placed, sent_out

LEHR = ("LehrSense brings machine learning to the annealing lehrs of glass container plants.\n"
        "AI detects annealing defects and burner wear and stops the lehr before bad bottles are made.\n"
        "Connects to your lehr PLC, your MES and your ERP, with a cloud portal.\n"
        "Fewer broken bottles, less gas.\n")


@pytest.fixture(scope="module")
def lehr():
    return sent_out(LEHR, "LehrSense", "P. Moreau")


MAIL = Mail("Dear Mr Moreau,", "Best regards,\nIlse")
LINKS = ("Links: the MES (Apriso) gets a stress class per bottle row as a JSON message over MQTT, one way, owned by your "
         "MES administrator; SAP receives the cullet quantity per shift through an IDoc, one way, owned by your SAP key user.")


def test_the_writers_own_earlier_mail_under_a_two_person_signature_is_read_and_the_signature_is_not(lehr):
    body = ("As said, the remaining points.\n\nOwnership: all lehr data is yours; export as CSV at any time, no fee.\n\n"
            "Regards,\nIlse Janssens\nHead of Applications, LehrSense (models and service)\nBram Peeters\n"
            "Integration Engineer, LehrSense (links and data)\n\n"
            "From: Ilse Janssens\nSent: 4 November 2026 09:40\nTo: Pierre Moreau\nSubject: RE: LehrSense questions\n\n"
            f"Hi Pierre,\n\nFirst answers.\n\n{LINKS}\n\nRegards,\nIlse")
    at = placed(lehr, MAIL.letter(body))
    assert at[LINKS] == "integrations"
    assert at.get("Integration Engineer, LehrSense (links and data)") is None  # the signature answers nothing
    assert {q.topic: q for q in MAIL.read(lehr, body).round.questions}["integrations"].closed


def test_the_buyers_letter_under_the_reply_is_still_not_read(lehr):
    body = ("Our answers follow next week.\n\nRegards,\nIlse Janssens\nLehrSense\n\n"
            f"From: Pierre Moreau\nSent: 2 November 2026 10:02\nTo: Ilse Janssens\nSubject: LehrSense questions\n\n{LINKS}")
    assert LINKS not in placed(lehr, MAIL.letter(body))


def test_a_list_in_brackets_of_what_one_system_measures_is_no_list_of_alternatives(lehr):
    body = ("Data: LehrSense reads the existing Siemens WinCC of the lehr for all zone values (air temperature, O2, CO, "
            "belt speed and fan load, every 10 seconds, over OPC UA), and we add 6 new infrared scanners at the exit.")
    assert MAIL.asked(lehr, body)["data"].closed


def test_products_listed_as_alternatives_outside_brackets_still_answer_nothing(lehr):
    body = "Integration with the existing SAP, Oracle or Dynamics is standard."
    assert MAIL.asked(lehr, body)["integrations"].status == "not_answered"


def test_a_possibility_in_the_conditional_answers_nothing(lehr):
    for body in ("A link to your MES and your SAP would be possible.", "Your MES and SAP could be integrated later."):
        assert MAIL.asked(lehr, body)["integrations"].status == "not_answered", body


def test_an_item_labelled_like_an_earlier_one_answers_the_question_of_its_number(lehr):
    questions = lehr.rounds[-1].questions
    said = {"data": "Data: 6 new infrared scanners at the exit, new; zone values from the lehr PLC over OPC UA.",
            "data_ownership": "Data: yours, licence clause 4. Export: Parquet or CSV, any time, no fee."}
    body = "\n".join(f"{n}. {said.get(q.topic, 'tbd.')}" for n, q in enumerate(questions, 1))
    assert placed(lehr, MAIL.letter(body))["Data: yours, licence clause 4."] == "data_ownership"
    asked = MAIL.asked(lehr, body)
    assert asked["data_ownership"].closed and asked["data"].closed


def test_a_restart_allowed_only_after_a_persons_check_is_how_a_stop_is_overridden(lehr):
    body = "Review: stop on a strain alarm automatic, restart by the lehr setter when the polariscope shows no strain."
    assert MAIL.asked(lehr, body)["human_review"].closed


def test_a_bound_written_as_a_sign_after_a_fiscal_year_reads_baseline_and_target(lehr):
    body = ("KPI: bottles broken in the lehr, from 3,200 in FY2025 (cold-end log) to < 900 in FY2027, read monthly by "
            "your quality manager.")
    read = MAIL.read(lehr, body)
    assert {q.topic: q for q in read.round.questions}["kpi"].closed
    measure = read.evaluation.answer("decision.kpi").measure
    assert (measure.baseline, measure.target) == (3200, 900)


def test_an_erp_named_by_its_product_only_is_a_system_data_goes_to(lehr):
    body = ("Exact Online receives the cullet quantity per shift as a CSV file, one way into Exact; the owner is your "
            "controller.")
    assert MAIL.asked(lehr, body)["integrations"].status != "not_answered"


def test_a_clause_abbreviated_in_brackets_does_not_end_the_sentence(lehr):
    body = "Ownership: all lehr data is yours (MSA cl. 9.1); export as CSV at any time, no fee."
    question = MAIL.asked(lehr, body)["data_ownership"]
    assert question.closed and any("cl. 9.1); export" in quote for quote in question.quotes)
