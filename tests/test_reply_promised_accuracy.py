"""A rate of what the system finds said as a bound ("will detect at least 95% of cracks", "more than 92% accuracy", "we
guarantee under 1% false rejects") is a promise, no measured accuracy: quoted on the question on what the system
detects, it may say what is detected ("cracks"), never the accuracy, and makes no answer specific (questions/rounds.yaml
`accuracy` bounds, reading/reply_accuracy.py `kinds`). A bound beside a figure measured in a trial still answers.
Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

CRACKS = ("CrackEye is the AI-driven Industry 4.0 vision system for your press shop.\n"
          "A camera after press 3 checks every housing and detects cracks with deep learning.\n"
          "It integrates with your systems and will cut complaints.\n")
MAIL = Mail("Dear Ms Berger,", "Kind regards,\nTom Reuter")


@pytest.fixture(scope="module")
def cracks():
    return sent_out(CRACKS, "CrackEye", "B. Berger")


@pytest.mark.parametrize("sentence", [
    "The camera will detect at least 95% of cracks.",
    "We guarantee that the system detects at least 95% of cracks and rejects under 1% of good parts.",
    "The system shall recognise minimum 97 percent of the cracked housings.",
    "The camera will detect over 95% of the cracks, with less than 1% false rejects.",
])
def test_a_promised_bound_of_what_is_found_makes_no_accuracy_answer(cracks, sentence):
    done = MAIL.read(cracks, sentence)
    question = {q.topic: q for q in done.round.questions}["analytics"]
    assert question.status != "answered" and not question.closed, question.why
    assert done.evaluation.answer("workflow.analytics").evidence != "specific"


@pytest.mark.parametrize("sentence", [
    "The camera will detect at least 95% of cracks.",
    "We guarantee that the system detects at least 95% of cracks and rejects under 1% of good parts.",
    "The camera will detect over 95% of the cracks, with less than 1% false rejects.",
])  # (an accuracy as a sentence's only figure, "detects cracks with more than 92% accuracy", answers nothing:
#     tests/test_reply_portals_and_bare_figures.py)
def test_a_promised_bound_still_says_what_is_detected(cracks, sentence):
    question = {q.topic: q for q in MAIL.read(cracks, sentence).round.questions}["analytics"]
    assert sentence in question.quotes and "names the data but not a number" in question.why, question.why


@pytest.mark.parametrize("sentence", [
    "The camera will detect at least 95% of cracks; in the pilot it found 57 of 60 cracked housings.",
    "In the pilot the camera detected 96% of the cracks on 1,200 housings.",
])
def test_a_bound_beside_a_measured_rate_still_answers(cracks, sentence):
    question = {q.topic: q for q in MAIL.read(cracks, sentence).round.questions}["analytics"]
    assert question.status == "answered", question.why
