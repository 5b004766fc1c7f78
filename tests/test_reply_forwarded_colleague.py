"""Reply kind that recurs on blind sets (tuning41, tuning43): a colleague's message handed on under the reply's news
("Below the answer of our IT colleague", a note too long and with figures of its own to be a cover note), its header
giving no recipient's address, its first line calling the reply's writer by first name ("João, for the customer: ...",
"Mark, for the Opole letter: ..."). The buyer's letter quoted under a reply greets the vendor and comes from the one
the reply greets; a colleague's draft under a reply that hands nothing on is no answer. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")
NEWS = ("Dear Ms Meyer,\n\nthank you for your letter. Two news first: our new kneading arm lasts 30 % longer, and in "
        "January we visit every plant for 2 days of service.\n\nBelow the answer of our controls colleague.\n\n")
# news of the writer's own, longer than a cover note (rounds.yaml `paragraphs.cover`)
LONG_NEWS = ("thank you for your letter. Before the details, two news from MixMind: our new kneading arm of hardened "
             "steel now lasts about 30 % longer than the old one and fits every spiral mixer we sold since 2019, and in "
             "January we visit every plant for 2 days of service, free of charge for new customers, with a training "
             "for the night shift on the new panel.")
STOP = ("the night baker sees a stopped mixer on the panel by the ovens 12 seconds after it stops; we log it in every "
        "acceptance test.")


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _reply(opening: str, sender: str = "Karl Brenner <k.brenner@mixmind.de>",
           separator: str = "---------- Forwarded message ---------", news: str = NEWS) -> str:
    return (f"{news}{separator}\nFrom: {sender}\nDate: Mon, 30 Nov 2026 09:12\nSubject: RE: bakery stops\n\n"
            f"{opening}{STOP}\nKarl\n\nBest regards,\nInes Vogt\n")


@pytest.mark.parametrize("separator", ["---------- Forwarded message ---------", "Begin forwarded message:\n"])
def test_a_forwarded_message_calling_the_writer_by_first_name_is_a_colleagues_answer(mixers, separator):
    read = asked(mixers, _reply("Ines, for the customer: ", separator=separator))
    assert read["latency"].status == "answered", read["latency"].why


def test_a_forwarded_message_opening_on_its_own_line_with_the_writers_name_is_read_too(mixers):
    assert asked(mixers, _reply("Ines,\n"))["latency"].status == "answered"


def test_the_same_message_calling_nobody_is_still_not_the_reply(mixers):
    assert asked(mixers, _reply("For the customer: "))["latency"].status == "not_answered"


def test_a_name_that_does_not_sign_the_reply_calls_no_writer(mixers):
    assert asked(mixers, _reply("Tomas, for the customer: "))["latency"].status == "not_answered"


def test_a_message_from_the_one_the_reply_greets_is_the_buyers_letter(mixers):
    read = asked(mixers, _reply("Ines, for your team: ", sender="Lisa Meyer <l.meyer@backhaus.example>"))
    assert read["latency"].status == "not_answered"


@pytest.mark.parametrize("note", ["Sending on what our controls guy wrote.",
                                  "I forward you the mail of my colleague below."])
def test_a_note_of_news_that_also_hands_the_message_on_makes_it_the_reply(mixers, note):
    read = asked(mixers, _reply("Ines, for the customer: ", news=f"Dear Ms Meyer,\n\n{LONG_NEWS}\n\n{note}\n\n"))
    assert read["latency"].status == "answered", read["latency"].why


def test_a_message_calling_the_writer_under_news_that_hand_nothing_on_is_still_not_the_reply(mixers):
    news = NEWS.replace("Below the answer of our controls colleague.", "We look forward to your visit in January.")
    assert asked(mixers, _reply("Ines, for the customer: ", news=news))["latency"].status == "not_answered"
