"""The vendor's team named by its town, a capital before "team" ("- service: Lyon team after pilot, k€ 21,5/year"),
names who keeps the system running, with no verb of upkeep said; "The team" opening a line names no one. Every
sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

CLOUD = ("KilnCloud is our cloud and edge platform for your tunnel kilns.\n"
         "An edge box sends the burner data to our cloud, where AI predicts cracked bricks.\n")
MAIL = Mail("Dear Ms Novak,", "Best regards,\nPeter Holm")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(CLOUD, "KilnCloud", "E. Novak")


def test_a_team_named_by_its_town_with_a_yearly_fee_answers_who_keeps_it_running(kiln):
    question = MAIL.asked(kiln, "- service: Lyon team after pilot, k€ 21,5/year")["upkeep_owner"]
    assert question.status == "answered" and question.closed, question.why


def test_the_team_opening_a_line_is_no_team_named_by_its_town(kiln):
    question = MAIL.asked(kiln, "- service: The team after pilot, k€ 21,5/year")["upkeep_owner"]
    assert question.status != "answered", question.why
