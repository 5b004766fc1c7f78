"""The mail header atop a pasted reply ("From: / Sent: / To: / Subject: RE: ... questions, round 1", "Data: 11 dicembre
2026", a "Betreff:" line alone) is the mail client's, no answer: walk 66's subject was listed under "Also answered, not
asked: the plant problem it solves", walk 67's Italian "Data:" line was quoted as the answer on the data captured."""
import pytest

from rounds_corpus import replied, sent_out
from scoring.round_unasked import unasked

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")
BODY = ("Dear Ms Meyer,\n\n1. Data: motor current and bowl temperature of each of the six spiral mixers from their "
        "Siemens S7 PLCs.\n2. Interfaces: OPC UA, every second.\n\nRegards\nKarl Brenner\n")
HEADERS = [
    "From: Karl Brenner <k.brenner@mixmind.example>\nSent: Tuesday, December 8, 2026 9:12 AM\nTo: Lisa Meyer\n"
    "Subject: RE: Mixer downtime and scrap tracking on line 2: questions, round 1\n\n",
    "Da: Karl Brenner <k.brenner@mixmind.example>\nA: Lisa Meyer\nData: 11 dicembre 2026 17:42\n"
    "Oggetto: R: Fermi e scarti delle impastatrici, dati di processo: questions, round 1\n\n",
    "Betreff: AW: Stillstände und Ausschuss der Kneter, Maschinendaten: questions, round 1\n\n",
]


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _read(sent, text: str):
    outcome = replied(sent, text)
    return ({q.topic: (q.status, tuple(q.quotes)) for q in outcome.round.questions},
            [u.topic for u in unasked(outcome.evaluation, outcome.round, None)])


@pytest.mark.parametrize("header", HEADERS)
def test_the_replys_own_mail_header_is_quoted_nowhere_and_answers_nothing_unasked(mixers, header):
    questions, also = _read(mixers, header + BODY)
    assert (questions, also) == _read(mixers, BODY)
    values = [line.split(":", 1)[1].strip() for line in header.splitlines() if line]
    assert not any(value in quote for _status, quotes in questions.values() for quote in quotes for value in values)


def test_a_first_line_with_a_label_that_is_no_subject_is_still_read(mixers):
    questions, _also = _read(mixers, "Data: motor current and bowl temperature of the six mixers from their S7 PLCs.\n\n"
                                     "Regards\nKarl\n")
    assert questions["data"][0] != "not_answered"
