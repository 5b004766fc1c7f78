"""A system named only by its kind under "all" and a word for how widespread the kind is ("The counts go to all usual
ERP systems.", "compatible with all standard MES") offers every system of that kind, not the plant's: the question on
links stays open. The plant's own system named by its kind ("your ERP (Navision) gets the counts as CSV, owned by
your IT manager") still answers it. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

FORMING = ("FormWatch predicts die wear on your hot forming presses with machine learning.\n"
           "A camera at the furnace exit checks every blank.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nJonas Brandt")


@pytest.fixture(scope="module")
def forming():
    return sent_out(FORMING, "FormWatch", "A. Lindqvist")


@pytest.mark.parametrize("sentence", [
    "Integration: the blank counts go to all usual ERP systems.",
    "Integration: rejects and die wear are sent to all standard MES and ERP packages.",
])
def test_a_system_kind_under_all_and_a_word_of_how_widespread_leaves_the_links_open(forming, sentence):
    question = MAIL.asked(forming, sentence)["integrations"]
    assert not question.closed, question.why


def test_the_plants_own_system_named_by_its_kind_still_answers_the_links(forming):
    sentence = ("Integration: your ERP (Navision) gets the blank counts as a CSV file each night, one way, owned by "
                "your IT manager; your MES (Proxia) gets the rejects as XML, one way, owned by your MES team.")
    question = MAIL.asked(forming, sentence)["integrations"]
    assert question.status != "not_answered", question.why
