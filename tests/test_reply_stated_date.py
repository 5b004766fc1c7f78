"""A round records the day its reply says it was written (its mail header's date, a dateline atop it), not the day the
buyer pasted it, and shows it: walk 67's replies dated 11 and 18 December were recorded as the day they were read."""
from datetime import date

import pytest

from questions import load_bank
from reports.letter_round import letter
from reports.round_parts import facts, rounds
from rounds_corpus import replied, sent_out
from scoring import score
from scoring.rounds import freeze

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")
BODY = "1. Data: motor current and bowl temperature of the six spiral mixers from their S7 PLCs.\n\nRegards\nKarl\n"


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


@pytest.mark.parametrize("head, day", [
    ("Da: Karl Brenner <k@mixmind.example>\nA: Lisa Meyer\nData: 11 dicembre 2026 17:42\nOggetto: R: domande\n\n",
     date(2026, 12, 11)),
    ("From: Karl Brenner\nSent: Tuesday, December 8, 2026 9:12 AM\nTo: Lisa Meyer\nSubject: RE: questions\n\n",
     date(2026, 12, 8)),
    ("Von: Karl Brenner\nGesendet: Freitag, 18. Dezember 2026 10:14\nAn: Lisa Meyer\n\n", date(2026, 12, 18)),
    ("Aalen, 11.12.2026\n\nSehr geehrte Frau Meyer,\n\n", date(2026, 12, 11)),
    ("Vignola, 18 dicembre 2026\n\nGentile Ing. Meyer,\n\n", date(2026, 12, 18)),
    ("Madrid, 3 de diciembre de 2026\n\nEstimada Sra. Meyer:\n\n", date(2026, 12, 3)),
])
def test_the_round_records_the_day_the_reply_states(mixers, head, day):
    assert replied(mixers, head + BODY).round.replied_on == day


def test_a_reply_stating_no_day_is_dated_the_day_it_was_read_and_a_date_in_its_answers_is_no_dateline(mixers):
    outcome = replied(mixers, "Dear Ms Meyer,\n\nThe pilot starts on 4 January 2027.\n" + BODY)
    reply = next(d for d in outcome.evaluation.documents if d.kind == "reply")
    assert outcome.round.replied_on == reply.added_at.date()


def test_the_round_and_the_next_letter_show_the_replys_own_date(mixers):
    # (a day already past: one after today is said to be so, test_reply_header_dates)
    done = replied(mixers, "Vignola, 1 dicembre 2026\n\nGentile Ing. Meyer,\n\n" + BODY).evaluation
    assert ("Reply", ["Reply, dated 2026-12-01"]) in facts(rounds(done, score(done))[0])
    again = freeze(done, score(done), "L. Meyer", date(2026, 12, 20), load_bank())
    assert letter(again, again.rounds[-1]).intro.startswith(
        "Thank you for your reply of 2026-12-01 to our questions of 2026-11-02")


def test_a_round_answered_in_two_messages_is_thanked_for_the_last_one(mixers):
    """Walk 74's leftover: the next letter thanked the vendor for the first message's day only."""
    from rounds_corpus import pasted
    from scoring.round_replies import read_further_reply
    first = replied(mixers, "Aalen, 1.12.2026\n\nSehr geehrte Frau Meyer,\n\n" + BODY).evaluation
    later = pasted("Vignola, 9 dicembre 2026\n\nGentile Ing. Meyer,\n\ncome promesso, lo scarto è sceso dal 4,8 % "
                   "al 3,2 % nel pilota.\n\nCordiali saluti\n", "reply", "Second reply")
    both = read_further_reply(first, later, today=date(2026, 12, 10)).evaluation
    again = freeze(both, score(both), "L. Meyer", date(2026, 12, 20), load_bank())
    assert letter(again, again.rounds[-1]).intro.startswith(
        "Thank you for your reply of 2026-12-09 to our questions of 2026-11-02")


def test_a_round_answered_in_one_message_is_thanked_for_its_day(mixers):
    done = replied(mixers, "Aalen, 1.12.2026\n\nSehr geehrte Frau Meyer,\n\n" + BODY).evaluation
    again = freeze(done, score(done), "L. Meyer", date(2026, 12, 20), load_bank())
    assert "your reply of 2026-12-01 " in letter(again, again.rounds[-1]).intro
