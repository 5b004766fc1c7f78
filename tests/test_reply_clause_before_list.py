"""A list whose first item ends a clause ("the plant is owner, full CSV or XML export") lists what follows that clause,
not three products: the ownership it states answers the data ownership question. A list of three names after a clause
still offers products as alternatives. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

CLOUD = ("KilnCloud is our cloud and edge platform for your tunnel kilns.\n"
         "An edge box sends the burner data to our cloud, where AI predicts cracked bricks.\n")
MAIL = Mail("Dear Ms Novak,", "Best regards,\nPeter Holm")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(CLOUD, "KilnCloud", "E. Novak")


def test_a_clause_before_two_formats_is_no_list_of_products(kiln):
    asked = MAIL.asked(kiln, "4) Data: the plant is owner, full CSV or XML export at any time without extra fee.")
    question = asked["data_ownership"]
    assert "alternatives" not in question.why and question.status != "not_answered", question.why


def test_three_names_after_a_clause_are_still_alternatives(kiln):
    asked = MAIL.asked(kiln, "4) Data: the export is ready, SAP, Oracle or Infor as you like.")
    assert asked["data_ownership"].status == "not_answered", asked["data_ownership"].why
