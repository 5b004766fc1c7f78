"""A kind that recurred across the blind reply sets and was read wrong: a numbered or labelled answer that echoes its
question's words ("8. Data - all data is yours, CSV export at any time, no extra fees.") taken for the question quoted
back, and so answering nothing. A question quoted back asks ("?") or holds only the letter's words; a statement that
adds words of its own answers. Every sentence here is new (issue 16)."""
import pytest

from rounds_corpus import Mail, sent_out

SILO = ("SiloSense brings IoT and a cloud platform to the feed mills of a poultry group.\n"
        "Wireless level radars on every bin, data in our cloud portal, exports for your ERP.\n")
MAIL = Mail("Hello Mr Varga,", "Regards,\nIlse")


@pytest.fixture(scope="module")
def silo():
    return sent_out(SILO, "SiloSense", "P. Varga")


def _ownership(silo) -> str:
    return next(q.text for q in silo.rounds[-1].questions if q.topic == "data_ownership")


def test_a_statement_echoing_the_ownership_question_with_words_of_its_own_answers_it(silo):
    body = ("1. Levels - bin levels from the radars every 10 min.\n"
            "2. Data - data stays yours, export at any time, no extra fees.\n"
            "3. KPI - to be agreed.")
    assert MAIL.asked(silo, body)["data_ownership"].status != "not_answered"


def test_the_ownership_question_quoted_back_still_answers_nothing(silo):
    body = f"> {_ownership(silo)}\n\nWe will explain this in the meeting."
    assert not MAIL.asked(silo, body)["data_ownership"].closed
