"""Reply kind of tuning56 and tuning57 (issue 16): a colleague's answers forwarded under a cover note that names
neither answers nor a colleague ("Our controls engineer Pia went through your list; her notes are below, I didn't
change anything."), above a header block ("-----Original Message-----", From / Sent / To / Subject) and the
colleague's lines that take up the letter's topics ("Re stops - ...", "3. ...", "Q4: ..."), or the same quoted under
"Am ... schrieb", "Le ... a écrit" or "On ... wrote" with ">" marks. Read by the reply's
structure, not its words: the lines answer the letter, so the message is the vendor's answer, whoever wrote it; the
buyer's letter quoted under a short note asks ("9. How many seconds ...?", "9. Stops: please state ...") and a note that disowns the message keeps
it out. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")
NOTE = "Our controls engineer Pia went through your list for the Ulm bakery; her notes are below, I didn't change anything."
HEADER = ("-----Original Message-----\nFrom: Pia Roth\nSent: Monday, November 30, 2026 9:12 AM\nTo: Ines Vogt\n"
          "Subject: RE: Ulm questions\n\n")
STOP = "the night baker sees a stopped mixer on the panel by the ovens 12 seconds after it stops, timed in every acceptance test."
NETWORK = "one edge box per mixer line in the OT VLAN, outbound HTTPS on 443 only, nothing inbound; the firewall separates it from the office LAN."
DOWN = "if the cloud is down, the edge box buffers 14 days of data and uploads it when the link is back; the mixers run as usual. We commit to 99.5% monthly availability."
ANSWERS = {"Re": [f"Re stops - {STOP}", f"Re network - {NETWORK}", f"Re outages - {DOWN}"],
           "numbers": [f"9. {STOP[0].upper()}{STOP[1:]}", f"10. {NETWORK[0].upper()}{NETWORK[1:]}",
                       f"11. {DOWN[0].upper()}{DOWN[1:]}"],
           "Q-numbers": [f"Q9: {STOP}", f"Q10: {NETWORK}", f"Q11: {DOWN}"]}


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _reply(lines: list[str], note: str = NOTE, header: str = HEADER) -> str:
    body = "\n".join(lines)
    return f"Hi Lisa,\n\n{note}\n\nThanks,\nInes Vogt\nMixMind GmbH\n\n{header}Ines - for Ulm:\n\n{body}\n\nPia\n"


@pytest.mark.parametrize("pointers", sorted(ANSWERS))
def test_a_colleagues_lines_taking_up_the_letters_topics_under_a_short_note_are_the_reply(mixers, pointers):
    read = asked(mixers, _reply(ANSWERS[pointers]))
    assert [read[t].status for t in ("latency", "security", "reliability")] == ["answered"] * 3, \
        [read[t].why for t in ("latency", "security", "reliability")]


def test_the_same_lines_forwarded_without_a_header_block_of_their_own_are_read_alike(mixers):
    header = "---------- Forwarded message ---------\nFrom: Pia Roth <p.roth@mixmind.example>\nDate: Mon, 30 Nov 2026\n\n"
    read = asked(mixers, _reply(ANSWERS["Re"], header=header))
    assert read["latency"].status == "answered", read["latency"].why


QUOTED = {"schrieb": "Am 30.11.2026 um 09:12 schrieb Pia Roth <p.roth@mixmind.example>:\n\n",
          "a écrit": "Le 30 nov. 2026 à 09:12, Pia Roth <p.roth@mixmind.example> a écrit :\n\n",
          "wrote": "On Mon, Nov 30, 2026 at 9:12 AM Pia Roth <p.roth@mixmind.example> wrote:\n\n"}


@pytest.mark.parametrize("header", sorted(QUOTED))
def test_a_colleagues_answers_quoted_line_by_line_under_a_short_note_are_the_reply(mixers, header):
    # the mail client's line and the ">" marks are furniture; the lines under them answer the letter
    read = asked(mixers, _reply([f"> {line}" for line in ANSWERS["Re"]], header=QUOTED[header]))
    assert [read[t].status for t in ("latency", "security", "reliability")] == ["answered"] * 3, \
        [read[t].why for t in ("latency", "security", "reliability")]


def test_the_buyers_letter_quoted_with_requests_under_a_short_note_is_no_answer(mixers):
    # numbered lines that ask in words ("please state ...") are the buyer's, though no line ends in "?"
    letter = [f"> 9. Stops: please state the seconds until {STOP}",
              f"> 10. Network: please describe the connections, e.g. {NETWORK}",
              f"> 11. Outages: please explain what happens, e.g. {DOWN}"]
    read = asked(mixers, _reply(letter, note="We will answer next week.", header=QUOTED["wrote"]))
    assert [read[t].status for t in ("latency", "security", "reliability")] == ["not_answered"] * 3


def test_a_forwarded_mail_with_a_single_line_on_a_topic_does_not_answer_the_letter(mixers):
    # one "Re" line is a mail on something else that touches a topic, not the letter answered line by line
    lines = ["Re the new kneading arms - they last 30 % longer and ship in 6 wks.", STOP]
    assert asked(mixers, _reply(lines))["latency"].status == "not_answered"


def test_the_buyers_letter_quoted_under_a_short_note_is_no_answer(mixers):
    # the buyer's numbered lines ask: their figures and words are the buyer's, not the vendor's answer
    letter = ["9. Our night baker should see a stopped mixer on the panel within 12 seconds, timed in the acceptance",
              "   test: how many seconds does it take with your system?",
              "10. We expect one edge box per line, outbound HTTPS on 443 only, nothing inbound: is that how it connects?",
              "11. If the cloud is down, can the edge box buffer 14 days of data and upload it later?"]
    header = "-----Original Message-----\nFrom: Lisa Meyer\nSent: Monday, November 2, 2026\nTo: Ines Vogt\n\n"
    read = asked(mixers, _reply(letter, note="We will answer your questions next week.", header=header))
    assert [read[t].status for t in ("latency", "security", "reliability")] == ["not_answered"] * 3


def test_a_note_that_disowns_the_forwarded_lines_keeps_them_out(mixers):
    note = "Below Pia's notes from an older draft; please ignore them, our answers follow next week."
    assert asked(mixers, _reply(ANSWERS["Re"], note=note))["latency"].status == "not_answered"


def test_a_long_reply_of_its_own_over_a_forwarded_mail_keeps_the_mail_out(mixers):
    # a reply that says much of its own (no cover note) is the answer; a colleague's lines under it are older mail
    own = ("thank you for your letter. Two news first: our new kneading arm of hardened steel lasts about 30 % longer "
           "than the old one and fits every spiral mixer we sold since 2019, and in January we visit every plant for 2 "
           "days of service, free of charge for new customers, with a training for the night shift on the new panel.")
    assert asked(mixers, _reply(ANSWERS["Re"], note=own))["latency"].status == "not_answered"


NEWS = ("-----Original Message-----\nFrom: Tom Hale\nSent: Monday, November 30, 2026 8:14 AM\nTo: Ines Vogt\n"
        "Subject: flour prices 2027\n\nInes, the mill announced +6 % for rye flour from January; could you tell the "
        "bakeries we can buy for them in our framework contract?\n-----\n\n")


@pytest.mark.parametrize("opening", ["Regarding your question about stops: ", "About your question on the stops: ",
                                     "To your question on stops: "])
def test_the_writers_answer_under_a_forwarded_mail_opening_on_the_letters_question_is_read(mixers, opening):
    # tuning47's filament winding: an answer under a colleague's news, pointing to the buyer's question
    text = (f"Hi Lisa,\n\nbelow the mail from our purchasing colleague, for your information.\n\n{NEWS}"
            f"{opening}{STOP[0].upper()}{STOP[1:]}\n\nThanks,\nInes Vogt\n")
    assert asked(mixers, text)["latency"].status == "answered", asked(mixers, text)["latency"].why


def test_a_line_under_a_forwarded_mail_that_points_to_no_question_of_the_letter_starts_no_answer(mixers):
    text = (f"Hi Lisa,\n\nbelow the mail from our purchasing colleague, for your information.\n\n{NEWS}"
            f"Ines, about the stops: {STOP}\n\nThanks,\nInes Vogt\n")
    assert asked(mixers, text)["latency"].status == "not_answered"
