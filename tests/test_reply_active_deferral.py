"""Reply kind from tuning50's pizza partial ("- Connections to Infor and SafetyChain: our integration team will
confirm."): a deferral said in the active voice, a team that "will confirm" with nothing confirmed after it, puts the
answer off as "will be confirmed" does, though it names the systems and a team; a role that will confirm each change
still answers who reviews. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

SHEETING = ("SheetLine is the Industry 4.0 and AI platform for sheeting lines.\n"
            "Machine learning predicts sticking at the rollers, and the results flow into your ERP and your maintenance "
            "software.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nTomas")


@pytest.fixture(scope="module")
def sheeting():
    return sent_out(SHEETING, "SheetLine", "A. Lindqvist")


@pytest.mark.parametrize("put_off", [
    "- Connections to Dynamics 365 and Fiix: our integration team will confirm.",
    "The links to Dynamics 365 and Fiix our IT team will confirm later."])
def test_links_a_team_will_confirm_are_not_answered(sheeting, put_off):
    read = MAIL.asked(sheeting, put_off)["integrations"]
    assert not read.closed and read.status == "not_answered" and "vague" in read.why, read.why


def test_a_role_that_will_confirm_each_change_answers_the_review(sheeting):
    read = MAIL.asked(sheeting, "The shift leader will confirm each proposed roller gap change on the line HMI before "
                                "it goes to the PLC, and the quality manager reviews the rejected ones every Friday.")
    assert read["human_review"].closed, read["human_review"].why
