"""A vendor numbers its own list: "2. Data: all data is yours ..." where the letter's question 2 asks the KPI, and no
question asks whose the data is. An item whose own label is a heading's words for a topic the letter did not ask is
not the answer to the letter's question of its number (found on a walk: the KPI question quoted the data sentence
and said "the reply mentions it"). Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("Predictive maintenance for the tunnel kiln at your Leeds plant.\n"
        "Our model runs on the thermocouples you already have and predicts burner failures two days ahead. Each "
        "warning opens a work order in your maintenance system. The project will cut unplanned kiln stops "
        "substantially.\n")
MAIL = Mail("Dear Ms Patel,", "Kind regards,\nOmar")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnWatch", "R. Patel")


def test_a_numbered_item_labelled_for_an_unasked_topic_answers_not_the_question_of_its_number(kiln):
    asked = [q.topic for q in kiln.rounds[-1].questions]
    assert asked[3:6] == ["integrations", "kpi", "security"] and "data_ownership" not in asked, asked
    body = "\n".join([  # items 4 and 6 follow the letter; 5 is the vendor's own: whose the data is
        "4. Systems: each warning opens a work order in your SAP PM via BAPI, one way, owned by your SAP team.",
        "5. Data ownership: all data is yours and you can export all of it at any time as CSV.",
        "6. Network: the edge box opens only outbound HTTPS on port 443; nothing connects inbound; own VLAN."])
    read = MAIL.asked(kiln, body)
    assert read["integrations"].quotes and read["security"].quotes  # the numbering is trusted
    assert read["kpi"].status == "not_answered" and not read["kpi"].quotes, read["kpi"].quotes


def test_a_numbered_item_labelled_for_its_own_question_still_answers_it(kiln):
    asked = kiln.rounds[-1].questions
    systems = next(i for i, q in enumerate(asked, 1) if q.topic == "integrations")
    lines = [f"{n}. -" for n in range(1, len(asked) + 1)]
    lines[systems - 1] = (f"{systems}. Systems: each warning opens a work order in your SAP PM via BAPI, one way, "
                          "owned by your SAP team.")
    read = MAIL.asked(kiln, "\n".join(lines))
    assert read["integrations"].quotes, read["integrations"].why
