"""Reply kind that recurs on blind sets (tuning27's "8) More oil and less downtime - targets TBC in the pilot.", tuning44's
"Everything relevant from the bodymakers and the trimmer." under a question quoted back): a question the reply answers
in its own marked place only vaguely is dodged there, and a sentence the layout places under the next question
("EtherNet/IP to the PLCs every 100 ms, plus our vibration sensors") answers that one, not the dodged one. Where the
places are only guessed from the words' order (prose), the rule does not hold. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for predictive maintenance of industrial dough mixers.\n"
          "Sensors read vibration and motor current, and the AI predicts every bearing failure in real time.\n")

DATA = "> Which machine data will the system capture, from which machines, and where does each data point come from?"
PROTOCOLS = "> Which protocols or interfaces will you use to read our machines, and at what sampling rate?"
READ = "Profinet to the S7-1500 of each mixer every 100 ms, plus our own vibration sensors at 10 kHz on the gearboxes."


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _quoted(data_answer: str) -> str:
    return (f"Hi Lena,\n\nplease find our answers under your questions.\n\n{DATA}\n\n{data_answer}\n\n{PROTOCOLS}\n\n"
            f"{READ}\n\nBest regards,\nTom Berger\n")


@pytest.mark.parametrize("vague", ["Everything relevant from the mixers and the dividers.",
                                   "All relevant data, to be defined in the kick-off."])
def test_a_question_dodged_in_its_quoted_place_is_not_closed_by_the_next_answer(mixers, vague):
    read = asked(mixers, _quoted(vague))
    assert not read["data"].closed and read["data"].status == "not_answered", read["data"].why
    assert READ not in read["data"].quotes
    assert read["protocols"].closed, read["protocols"].why


def test_an_answer_in_its_own_place_still_closes_the_data_question(mixers):
    own = "Motor current and bearing temperature from the S7-1500 of each mixer; vibration from our new sensors."
    read = asked(mixers, _quoted(own))["data"]
    assert read.status == "answered" and read.closed, read.why
