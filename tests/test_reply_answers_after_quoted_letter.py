"""An Outlook reply that quotes the buyer's letter in full under "-----Original Message-----" and writes its answers
after it, under a heading of their own ("Our answers:", "ANSWERS:", "Unsere Antworten:"): the heading starts the
reply again, as a "PS:" does, so the answers are read; the quoted letter stays the buyer's words (issue 16, a kind
the blind sets showed). Every sentence here is new."""
import pytest

from reading.documents import pasted
from rounds_corpus import sent_out
from scoring.rounds import read_reply

KILN = ("TileEye uses cameras and AI on your kiln exit to find cracked and chipped tiles.\n"
        "Machine learning predicts roller wear before it causes defects.\n")
ANSWERS = {
    "data": "Data: images from two new line-scan cameras at the kiln exit and the roller drive currents from the "
            "Siemens S7-1500 PLC over OPC UA.",
    "security": "Network: the edge PC sits in your OT VLAN and only opens outbound HTTPS to our cloud; nothing comes in.",
    "upkeep_owner": "Our service engineer in Castellón, Mr. Ruiz, maintains the system under a yearly contract of "
                    "EUR 6,400.",
}


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "TileEye", "K. Haas")


def _reply(sent, heading: str, cover: str = "please find our answers at the end.") -> str:
    asked = sent.rounds[-1].questions
    letter = "\n\n".join(f"{n}. {q.text}" for n, q in enumerate(asked, 1))
    answers = "\n\n".join(f"{[q.topic for q in asked].index(t) + 1}. {a}" for t, a in ANSWERS.items())
    return (f"Dear Mr Haas,\n\n{cover}\n\nKind regards,\nLuis Ortega\n\n"
            "-----Original Message-----\nFrom: Klaus Haas <k.haas@tiles.example>\nSent: Monday, 2 November 2026 09:12\n"
            "To: Luis Ortega <l.ortega@tileeye.example>\nSubject: Questions on your proposal TileEye\n\n"
            f"Dear Mr Ortega,\n\nplease answer the following questions:\n\n{letter}\n\nBest regards,\nKlaus Haas\n\n"
            f"{heading}\n\n{answers}\n")


@pytest.mark.parametrize("heading", ["Our answers:", "ANSWERS:", "Unsere Antworten:"])
def test_answers_under_their_heading_after_the_quoted_letter_close_their_questions(kiln, heading):
    done = read_reply(kiln, pasted(_reply(kiln, heading), "reply", "Reply"))
    asked = {q.topic: q for q in done.round.questions}
    assert all(asked[t].closed for t in ANSWERS)


def test_the_quoted_letter_above_the_answers_answers_nothing(kiln):
    done = read_reply(kiln, pasted(_reply(kiln, "Our answers:"), "reply", "Reply"))
    assert all(not q.closed for q in done.round.questions if q.topic not in ANSWERS)


@pytest.mark.parametrize("cover", ["please find our answers after your original mail.",
                                   "Our answers follow under the original message below."])
def test_answers_after_the_quoted_letter_that_the_cover_note_points_to_close_their_questions(kiln, cover):
    done = read_reply(kiln, pasted(_reply(kiln, "", cover), "reply", "Reply"))
    asked = {q.topic: q for q in done.round.questions}
    assert all(asked[t].closed for t in ANSWERS)
    assert all(not q.closed for q in done.round.questions if q.topic not in ANSWERS)


def test_answers_numbered_right_under_the_quoted_letters_signature_close_their_questions(kiln):
    """No heading and a cover note that points nowhere: the answers numbered as the letter's questions, right under
    its closing and signature, are the writer's again."""
    done = read_reply(kiln, pasted(_reply(kiln, "", "Kind regards from Castellón."), "reply", "Reply"))
    asked = {q.topic: q for q in done.round.questions}
    assert all(asked[t].closed for t in ANSWERS)
    assert all(not q.closed for q in done.round.questions if q.topic not in ANSWERS)
