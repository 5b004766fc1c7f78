"""Reply kind from tuning50's salt partial and tuning48's zipper partial ("Re: history" over "It depends on the quality of
your data, we will check it during the project.", "Re: users" over the roles): a "Re: <topic>" line (as "Subject:" or
"Topic:") names the question the lines under it answer, so it places them as a heading does; a dodge under it then
leaves that question not answered, though a length told under another "Re:" line ("for 3 months") touches it. Every
reply here is new."""
import pytest

from rounds_corpus import Mail, placed, sent_out

SLABS = ("SlabSense is the AI and IoT platform for engineered stone plants.\n"
         "IoT sensors and machine learning predict cracks and shade deviation in real time, and alarms go to the "
         "operators at once.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nTomas")
BODY = ("Re: first problem\nCracks after the kiln, today 4.1 % of slabs on average; solved when at most 1.5 % for 3 "
        "months.\nRe: history\nIt depends on the quality of your data, we will check it during the project.\n"
        "Re: predictions\nThe crack risk of each slab 40 minutes before the kiln; in a 6 month test at a plant in Bursa "
        "it caught 41 of 46 cracked slabs.")


@pytest.fixture(scope="module")
def slabs():
    return sent_out(SLABS, "SlabSense", "A. Lindqvist")


def test_a_re_line_places_the_answer_under_it(slabs):
    at = placed(slabs, MAIL.letter(BODY))
    assert at["The crack risk of each slab 40 minutes before the kiln; in a 6 month test at a plant in Bursa it caught "
              "41 of 46 cracked slabs."] == "analytics"
    assert at["Re: history"] == "history"


def test_a_dodge_under_a_re_line_leaves_its_question_open(slabs):
    read = MAIL.asked(slabs, BODY)
    assert not read["history"].closed and read["history"].status == "not_answered", read["history"].why
    assert read["analytics"].closed and read["problem"].closed
