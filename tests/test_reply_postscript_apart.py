"""Reply kind on blind sets (tuning42's chain partial, tuning40's and tuning43's replies with a "PS" holding one more
answer): a postscript under the last answer continues no answer. "PS. After the pilot our service team maintains it
for EUR 24 000 / year." answers who keeps the system running, not who reviews the recommendations above it, whose own
answer was vague. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

PRESSES = ("PressMind is the AI-driven IIoT cloud platform for hydraulic forging presses.\n"
           "It predicts every failure, recommends new press settings and gives your forge real-time insights.\n")

REVIEW = "Q: Who reviews the recommendations?"
UPKEEP = "PS. After the pilot our service team in Linz maintains it for EUR 18 000 per year."


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressMind", "L. Meyer")


def _reply(review: str) -> str:
    return f"Dear Ms Meyer,\n\n{REVIEW}\nA: {review}\n{UPKEEP}\n\nBest regards,\nTom Berger\n"


def test_a_postscript_does_not_answer_the_question_before_it(presses):
    read = asked(presses, _reply("Of course the people always stay in control."))
    assert not read["human_review"].closed, read["human_review"].why
    assert read["upkeep_owner"].closed, read["upkeep_owner"].why


def test_the_answer_above_a_postscript_still_answers_its_question(presses):
    read = asked(presses, _reply("The shift foreman accepts or rejects each recommendation on the press panel."))
    assert read["human_review"].status == "answered" and read["human_review"].closed, read["human_review"].why
