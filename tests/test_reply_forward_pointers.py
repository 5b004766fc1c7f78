"""A short cover note over a forwarded message that says, in words of its own, that the answers are below ("below my
colleague's answers"): the forwarded message is the reply (tuning37). A note with a figure answers something itself,
so the message under it stays an older one. Every reply here is new."""
import pytest

from rounds_corpus import replied, sent_out

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")
ENGINEER = ("1- Data: motor current and bowl temperature of each of the six spiral mixers from their Siemens S7 PLCs.\n"
            "2- Interfaces: OPC UA, every second.\n\nKarl\n")
HEADER = "-----Original Message-----\nFrom: Karl Brenner\nSent: Friday, 6 November 2026 09:14\nTo: Ines Vogt\nSubject: AW: Questions\n\n"


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _statuses(sent, text: str) -> dict[str, str]:
    return {q.topic: q.status for q in replied(sent, text).round.questions}


@pytest.mark.parametrize("note", ["below my colleague's answers, sorry for short form.",
                                  "The answers of our engineer are below.",
                                  "Our service lead's replies are underneath, as he wrote them."])
def test_a_cover_note_saying_the_answers_are_below_makes_the_forwarded_message_the_reply(mixers, note):
    read = _statuses(mixers, f"Dear Ms Meyer,\n\n{note}\n\n{HEADER}{ENGINEER}")
    assert read["data"] == "answered" and read["protocols"] == "answered"


def test_a_cover_note_that_says_nothing_of_answers_leaves_the_forwarded_message_out(mixers):
    read = _statuses(mixers, f"Dear Ms Meyer,\n\nsee the mail below, sorry for short form.\n\n{HEADER}{ENGINEER}")
    assert read["data"] == "not_answered" and read["protocols"] == "not_answered"


def test_a_short_note_with_a_figure_answers_itself_and_keeps_the_buyers_quoted_letter_out(mixers):
    letter = ("We run SAP S/4HANA and a Siemens MES; our IT manager Ms Vogt owns both links, by IDoc each night.\n\n"
              "Which systems receive the data?\n\nRegards\nLisa Meyer\n")
    own = "Dear Ms Meyer,\n\nmy answer: scrap stays below 1 % with MixMind.\n\nKarl\n\n"
    quoted = f"{own}-----Original Message-----\nFrom: Lisa Meyer\nSent: Monday, 2 November 2026 09:00\nTo: Karl\n" \
             f"Subject: Questions\n\n{letter}"
    assert _statuses(mixers, quoted) == _statuses(mixers, own)
