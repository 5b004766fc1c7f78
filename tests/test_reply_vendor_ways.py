"""Ways of answering seen in tuning19's blind replies that left answers open or closed dodges: a KPI whose figures sit
in brackets after its name and move "down to under" a bound, a share of a total, a label's own number, "reject" as a
measure's noun, a role in German, owners listed with their verb left out, whole years listed as history, what a
detector finds called "defective", and sentences that promise without saying ("foresee no issues", "more data", "all
causes", a team that "takes care" of nothing named). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

COATING = ("PowderMind brings machine learning to powder coating lines.\n"
           "AI predicts film thickness defects and gun wear and sets the spray guns automatically.\n"
           "Industry 4.0: connects to your line PLC, your MES and your ERP.\n"
           "Less powder, fewer rejected parts.\n")


@pytest.fixture(scope="module")
def coating():
    return sent_out(COATING, "PowderMind", "E. Lund")


MAIL = Mail("Dear Ms Lund,", "Best regards,\nKarel")


def test_a_kpi_with_its_figures_in_brackets_moved_down_to_a_bound_reads_both_values(coating):
    body = ("Regarding point 4, the KPI: recoated parts on line B (1,840 in 2025, rework log) down to under 600 in 2027, "
            "read monthly by your coating supervisor from the same log.")
    read = MAIL.read(coating, body)
    assert {q.topic: q for q in read.round.questions}["kpi"].closed
    measure = read.evaluation.answer("decision.kpi").measure
    assert (measure.baseline, measure.target) == (1840, 600)  # the label's "point 4" is no baseline


def test_a_count_given_as_a_share_of_a_total_is_the_baseline(coating):
    body = ("KPI: hangers rejected at final inspection (46 of 1,200 in 2025, inspection sheet) fall to fewer than 15 "
            "in 2027, read each month by your quality lead from the same sheet.")
    measure = MAIL.read(coating, body).evaluation.answer("decision.kpi").measure
    assert (measure.baseline, measure.target) == (46, 15)


def test_reject_as_the_noun_of_a_measure_says_nothing_of_who_reviews(coating):
    kpi = "KPI: powder rejects on line B (4.1% in 2025, reject log) down to 2% in 2027, read monthly by your quality lead."
    assert MAIL.asked(coating, kpi)["human_review"].status == "not_answered"
    review = "Your line supervisor can reject each proposed gun setting on the HMI before it is applied."
    assert MAIL.asked(coating, review)["human_review"].status != "not_answered"


def test_a_role_named_in_german_is_who_reviews(coating):
    body = "Review: gun setting changes wait for the Schichtleiter's release on the HMI; one key switch returns to Handbetrieb."
    assert MAIL.asked(coating, body)["human_review"].closed


def test_owners_listed_with_their_verb_left_out_own_each_link(coating):
    body = ("The quality system (Q-DAS) receives the film thickness per hanger as a CSV file, one way; the ERP (SAP) "
            "receives the powder used per shift through an IDoc, one way. Your quality manager owns the Q-DAS link and "
            "your IT manager the SAP link.")
    assert MAIL.asked(coating, body)["integrations"].closed


def test_whole_years_listed_are_years_of_history(coating):
    body = ("Training data: your 2023, 2024 and 2025 thickness measurements and gun logs (about 5,200 hangers), checked "
            "every month by your coating engineer and our data scientist.")
    assert MAIL.asked(coating, body)["history"].closed


def test_what_a_detector_finds_called_defective_is_what_it_detects(coating):
    body = ("It detects thin film on each hanger from the gun data; on 400 hangers held back from training it flagged 37 "
            "of 40 defective hangers, with 3 false alarms.")
    assert MAIL.asked(coating, body)["analytics"].status == "answered"


@pytest.mark.parametrize("topic, body", [
    ("integrations", "For the MES and SAP links we have done this many times and foresee no issues."),
    ("problem", "In fact PowderMind addresses all causes of scrap and downtime on your lines at the same time."),
    ("upkeep_owner", "Upkeep: our partner takes care, terms in the service agreement."),
])
def test_a_promise_that_names_nothing_it_does_answers_nothing(coating, topic, body):
    question = MAIL.asked(coating, body)[topic]
    assert question.status == "not_answered" and not question.closed, question.why


SINTERING = ("SinterEye is AI quality assurance for sintering furnaces.\nCameras and sensors watch every tray of parts.\n"
             "Deep learning finds cracks and stops a bad batch early.\nConnects to your MES and your quality system.\n")


def test_more_data_promised_with_a_tier_names_no_data_and_describes_none_specifically():
    sintering = sent_out(SINTERING, "SinterEye", "E. Lund")
    body = "On the Advanced plan more data is captured; on Basic, the existing probes are read."
    question = MAIL.asked(sintering, body)["data"]
    assert question.status == "not_answered" and not question.closed, question.why
    assert MAIL.specific(sintering, body) == []
