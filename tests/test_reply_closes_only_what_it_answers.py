"""A reply closes only the questions it answers: a sentence of grades with no figure of this plant, a measures table's
row read by a cue word of its first cell, a review of the project's measures or a training day answer nothing they
seem to touch, and a question the reply does not address that closes all the same says why (walks 49 and 50)."""
from __future__ import annotations

from datetime import date

from questions.models import Answer, Document, Evaluation, RoundQuestion
from rounds_corpus import asked, sent_out
from scoring.rounds import _closed

PROPOSAL = """Proposal: AI quality assistant for the bottling hall

Our AI platform uses machine learning to improve your quality. An IIoT gateway collects machine data in real time.
The operators on filler 2 see the results on a screen. Price: 48,000 EUR per year.
"""
TRAINING = ("The model is trained on 18 months of fill-level readings from your filler 2 and 9,000 labelled camera "
            "images; our data engineer checks the labels every month.")


def _sent():
    return sent_out(PROPOSAL, "Bottling", "Buyer")


def _letter(body: str) -> str:
    return f"Dear Ms Lund,\n\nthank you for your questions.\n\n{body}\n\nKind regards,\nPer Holm\n"


def test_a_sentence_of_grades_alone_answers_no_accuracy_question_though_another_answer_names_figures():
    for body in (f"4. {TRAINING}\n\n5. Our advanced algorithms detect a wide range of defects with industry-leading "
                 "accuracy. The system is continuously improving.",
                 f"History: {TRAINING}\n\nPrediction: Our vision models spot all kinds of filling faults with "
                 "best-in-class precision."):
        question = asked(_sent(), _letter(body))["analytics"]
        assert question.status == "not_answered" and not question.closed, (body, question.why)


def test_a_figure_of_accuracy_still_answers_it():
    body = ("5. The model detects 97.8% of underfilled bottles on filler 2 with 1.2% false rejects, measured on "
            "3,000 bottles of our trial in May.")
    assert asked(_sent(), _letter(body))["analytics"].status in ("answered", "partly")


def test_a_measures_table_row_answers_no_prediction_by_the_word_of_its_first_cell():
    rows = ("Measure | Today (your data) | Target month 9 | How measured\n"
            "Underfilled bottles | 1.4 % | 0.5 % | checkweigher log\n"
            "Alert acknowledgement | n/a | 95 % < 10 min | tablet log")
    for table in (rows, "\n".join(f"| {line} |" for line in rows.splitlines()),
                  "\n".join("   ".join(f"{c.strip():<22}" for c in line.split("|")) for line in rows.splitlines())):
        question = asked(_sent(), _letter(f"Measures of return:\n\n{table}"))["analytics"]
        assert not question.closed and question.status == "not_answered", (table, question.why, question.quotes)


def test_a_review_meeting_or_a_training_day_answers_no_question_on_who_overrides_the_system():
    for body in ("We commit to these measures, reviewed with your quality manager at month 3, 6 and 9. Your "
                 "maintenance technician needs 1 day of training; software updates are pushed quarterly, after you "
                 "approve them.",
                 "Upkeep: your shift leaders attend a two-day training course in Aarhus. Progress is reviewed with your "
                 "plant manager in a monthly steering committee."):
        question = asked(_sent(), _letter(body))["human_review"]
        assert not question.closed and question.status == "not_answered", (body, question.why)


def test_who_overrides_each_recommendation_still_answers_it():
    body = "12. The shift leader reviews each recommendation on the HMI and can override it before the filler changes."
    assert asked(_sent(), _letter(body))["human_review"].closed


def test_a_question_the_reply_does_not_address_closed_all_the_same_says_why():
    reply = Document(name="Reply", kind="reply", text="Security: data is encrypted in transit (TLS 1.2).")
    evaluation = Evaluation(bank_version="1", proposal="P", documents=[reply], answers=[
        Answer(question="data.protocols", evidence="specific", quotes=[reply.text])])
    question = RoundQuestion(id="1.2", text="Which protocols?", topic="protocols", status="not_answered",
                             sources=["gap:iiot:data.protocols"], comes_from=["IIoT: protocols"],
                             why="The reply does not address it.")
    closed = _closed(question, [], evaluation, spoke=False)
    assert closed.closed and "TLS 1.2" in closed.why and closed.why != "The reply does not address it."
    gone = _closed(question, [], Evaluation(bank_version="1", proposal="P"), spoke=False)
    assert gone.closed and "IIoT: protocols" in gone.why


def test_a_heading_typed_without_its_accents_puts_its_answer_on_its_own_topic_not_on_one_left_unaddressed():
    body = ("Integration : les arrets sont envoyes chaque heure a votre ERP Sage X3 par un fichier CSV.\n\n"
            "Securite : les donnees sont chiffrees au repos et en transit (TLS 1.2).")
    letter = f"Bonjour,\n\nVoici nos reponses.\n\n{body}\n\nCordialement,\nKarim Benali\n"
    questions = asked(_sent(), letter)
    assert not questions["protocols"].closed, questions["protocols"].why
    assert questions["security"].status != "not_answered", questions["security"].why
