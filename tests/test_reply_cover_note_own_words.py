"""A cover note that hands a colleague's mail on ("I forward you the mail of my colleague below") is short by what it
says, not by how its writer greets and signs: its greeting, its closing and the name under it (short lines with no
stop) are not counted against its length, so the colleague's mail under "Von: / Gesendet:" is read as the reply
(tuning41's kind, a note of 302 characters). A note whose own words are long still leaves the message under it old.
Every sentence here is new."""
import pytest

from reading.documents import pasted
from reading.reply_senders import said
from rounds_corpus import sent_out
from scoring.rounds import read_reply

KILN = ("KilnIQ is Industry 4.0 for your tunnel kiln: AI and IoT sensors cut gas use and cracked bricks.\n"
        "Everything runs in our secure cloud and shows on one dashboard.\n")
GREETING = "Sehr geehrte Frau Brandt,\n\n"
SIGNED = "\n\nMit freundlichen Grüßen\nDr. Konstantin Weißenberger-Hoffmann\nHead of Sales Central Europe\n\n"
FORWARD = ("Von: Lukas Baumgartner\nGesendet: Dienstag, 10. November 2026 09:30\nAn: Konstantin Weißenberger-Hoffmann\n"
           "Betreff: Netz Werk Selb\n\nKonstantin,\nfor Selb: the edge PC connects only outbound, HTTPS on port 443 to "
           "our Munich server, no inbound connection; their firewall separates the kiln network from the office "
           "network and lets only this through.\nLukas\n")
ADDED = ("In addition: from April we offer a kiln car refurbishing service in Passau, with pickup every Monday and "
         "return within 10 working days, about 25 % cheaper than a new car.")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnIQ", "H. Brandt")


def _security(sent, note: str):
    reply = GREETING + note + SIGNED + FORWARD
    return {q.topic: q for q in read_reply(sent, pasted(reply, "reply", "Reply")).round.questions}["security"]


def test_a_colleagues_mail_forwarded_under_a_note_signed_at_length_is_read(kiln):
    note = "I forward you the mail of my colleague below. " + ADDED
    assert len(GREETING + note + SIGNED) > 300  # the note as written is longer than a cover note
    security = _security(kiln, note)
    assert security.closed, security.why


def test_a_note_long_by_its_own_words_leaves_the_message_under_it_old(kiln):
    """Without a line handing it on, a note of news of its own is a mail of its own, and the message under it older.
    (With one, "I forward you the mail of my colleague below", the colleague's answer is read however long the note:
    reply_paragraphs._hands_on. This test once held that note too, and passed only because pasting joined the
    signature's name and title into one line too long to sign: a pasted reply now keeps its writer's lines apart.)"""
    note = ADDED + " " + ADDED.replace("April", "May")
    security = _security(kiln, note)
    assert not security.closed, security.why


def test_a_note_handing_the_mail_on_over_news_of_its_own_is_read_however_long(kiln):
    note = "I forward you the mail of my colleague below. " + ADDED + " " + ADDED.replace("April", "May")
    assert _security(kiln, note).closed


def test_a_notes_own_words_leave_out_greeting_closing_and_name():
    assert said("Dear Ms Brandt,\n\nI forward you the answers below.\n\nBest regards\nKarl Huber\n") == \
        "I forward you the answers below."
