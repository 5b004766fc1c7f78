"""The letter does not ask what the quote already states: a yearly (or monthly) fee ("annual licence and support EUR 14,000", "EUR
16,800 per year for software and support", "annual subscription of 12.000 EUR", "jährlich 9.500 EUR für Lizenz und
Wartung") leaves "who keeps it running" without "at what cost per year", and the data a model is trained on leaves
"how many months of history" without "what data does the model learn from" (found by a walk through a press shop's
vision quote). A reply then answers by naming what is left; money the plant saves or loses is no fee. Every sentence
here is new."""
import pytest

from rounds_corpus import Mail, sent_out

OFFER = ("SealSense is the AI-driven Industry 4.0 platform for can seaming.\n"
         "A camera at the seamer outfeed inspects every can and detects faulty seams with AI.\n"
         "It integrates with your systems and will cut scrap.\n")
MAIL = Mail("Dear Ms Horvath,", "Best regards,\nPiet de Vries")
FULL = "Who deploys, monitors and maintains the system after the pilot, and at what cost per year?"
WHO = "Who deploys, monitors and maintains the system after the pilot?"


def _asked(offer: str) -> dict:
    return {q.topic: q for q in sent_out(offer, "SealSense", "E. Horvath").rounds[-1].questions}


@pytest.mark.parametrize("fee", [
    "Price: EUR 96,000 for hardware and the pilot; annual licence and support EUR 14,000.",
    "Price: EUR 58,000 once, EUR 16,800 per year for software and support.",
    "After go-live an annual subscription of 12.000 EUR applies.",
    "Preis: 48.000 EUR einmalig, jährlich 9.500 EUR für Lizenz und Wartung.",
    "Price: EUR 4,400 set-up, service EUR 160 per month.",
])
def test_a_yearly_fee_in_the_quote_leaves_only_who_keeps_it_running(fee):
    upkeep = _asked(OFFER + fee + "\n")["upkeep_owner"]
    assert upkeep.text == WHO and upkeep.given == ["cost"], upkeep.text
    assert fee in upkeep.proposal_quotes


@pytest.mark.parametrize("money", [
    "The system saves about EUR 120,000 a year in scrap.",
    "Last year the plant paid EUR 212,000 in peak-demand penalties.",
    "Price: EUR 96,000 for hardware, software and the pilot.",
    "After the pilot, the rollout to all four seamers costs EUR 180,000.",
])
def test_money_saved_lost_or_paid_once_is_no_recurring_fee(money):
    upkeep = _asked(OFFER + money + "\n")["upkeep_owner"]
    assert upkeep.text == FULL and upkeep.given == [], upkeep.text


def test_a_reply_naming_who_answers_when_the_quote_states_the_fee():
    sent = sent_out(OFFER + "Price: EUR 58,000 once, EUR 16,800 per year for software and support.\n",
                    "SealSense", "E. Horvath")
    upkeep = MAIL.asked(sent, "After the pilot our service team in Graz monitors the camera and retrains the model "
                              "every quarter.")["upkeep_owner"]
    assert upkeep.status == "answered", upkeep.why


def test_a_reply_naming_who_without_the_fee_is_partly_where_the_quote_states_none():
    sent = sent_out(OFFER, "SealSense", "E. Horvath")
    upkeep = MAIL.asked(sent, "After the pilot our service team in Graz monitors the camera and retrains the model "
                              "every quarter.")["upkeep_owner"]
    assert upkeep.status == "partly", upkeep.why


@pytest.mark.parametrize("trained", [
    "The model is trained on 2,000 images of your own cans during a six-week pilot.",
    "SealSense learns from the seam measurements of your quality lab.",
])
def test_the_data_the_model_is_trained_on_leaves_only_how_much_history(trained):
    history = _asked(OFFER + trained + "\n").get("history")
    assert history is not None and history.given == ["data"], history
    assert history.text.startswith("How many months of history") and trained in history.proposal_quotes


def test_a_reply_naming_how_much_history_answers_when_the_quote_names_the_data():
    sent = sent_out("SealSense brings Industry 4.0 and artificial intelligence to your can line.\n"
                    "- Two cameras after seamer 2 inspect every can at up to 600 cans per minute.\n"
                    "- An inspection PC at the line runs our seam model, trained on 2,000 images of your own cans "
                    "during a six-week pilot.\n"
                    "- A can judged faulty goes to the reject chute; the operator sees the image on the HMI and "
                    "confirms or releases it.\n", "SealSense", "E. Horvath")
    history = MAIL.asked(sent, "The model needs at least 6 months of history; your quality engineer checks the "
                               "labels every week.")["history"]
    assert history.status == "answered", history.why
