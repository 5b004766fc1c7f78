"""A role and a verb of deciding on nothing named, all a sentence says after its label ("- Review: the setter
decides.", "Your QA approves."), names who but not what is reviewed or how it is overridden: on its own it is no
specific answer on human review, and the question stays open. Said with what the person decides on ("the setter
decides on every suggested cooling change and can reject it on the panel"), or with a sentence after it in the same
answer that says so, it answers. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

CASTING = ("DieCastAI predicts porosity in every shot of your die casting cells with machine learning and suggests "
           "new cooling settings.\n"
           "The AI learns from your shot data and optimises the process.\n")
MAIL = Mail("Dear Mr Bauer,", "Best regards,\nLena Fuchs")


@pytest.fixture(scope="module")
def casting():
    return sent_out(CASTING, "DieCastAI", "K. Bauer")


@pytest.mark.parametrize("body", ["- Review: the setter decides.", "Review: your cell leader approves."])
def test_a_bare_role_deciding_on_nothing_named_leaves_human_review_open(casting, body):
    question = MAIL.asked(casting, body)["human_review"]
    assert not question.closed, question.why


@pytest.mark.parametrize("body", [
    "Review: the setter decides on every suggested cooling change and can reject it on the panel.",
    "Review: the setter decides. He sees each suggested cooling change on the panel and can reject it with one key.",
])
def test_a_role_deciding_on_what_the_system_suggests_answers_human_review(casting, body):
    question = MAIL.asked(casting, body)["human_review"]
    assert question.closed, question.why
