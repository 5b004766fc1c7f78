"""A reference customer's result with someone the buyer may call ("Hollins ... have agreed to take a call: their CI
manager Sarah Benton can talk you through their result (OEE from 54 to 66 percent in 11 months ...)", walk 70; "Mr.
Shinde (Plant Head) is ok for a call or visit", walk 71) answers which reference shows a measured result, and nothing
of this plant's training data: its "11 months" is no history (reply_looks.py, rounds.yaml kpi `reads` callable).
Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESSES = ("PressIQ uses AI to raise OEE on your 20 stamping presses.\n"
           "Machine learning predicts stops from your press data.\n")
MAIL = Mail("Dear Ms Ward,", "Best regards,\nTom Reed")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressIQ", "J. Ward")


@pytest.mark.parametrize("body", [
    "For a reference, Marlow Stampings in Derby have agreed to take a call: their plant manager Ian Cole can talk you "
    "through their result (OEE from 51 to 63 percent in 9 months, measured on 14 presses).",
    "Ref customer: Kiran Forgings, Satara - scrap came down from 4.2% to 2.6% in 7 months. Mr. Jadhav (Plant Head) "
    "is ok for a call or visit.",
])
def test_a_callable_reference_answers_the_reference_not_the_training_data(presses, body):
    out = MAIL.read(presses, body)
    by_topic = {q.topic: q for q in out.round.questions}
    assert "history" in by_topic and by_topic["history"].status == "not_answered", by_topic["history"].why


@pytest.mark.parametrize("body", [
    "Our target for the pilot presses is 63 percent OEE by week 20, measured with the standard availability x "
    "performance x quality definition.",
    "Unser Ziel sind 63 % OEE bis Woche 20, gemessen als Verfügbarkeit x Leistung x Qualität.",
])
def test_oee_told_by_its_factors_is_no_availability_of_the_service(presses, body):
    out = MAIL.read(presses, body)
    assert "reliability" not in out.round.unasked, out.round.unasked
