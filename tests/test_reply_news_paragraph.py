"""Reply kind that recurs in the blind sets' unasked replies (tuning47's "I am pleased to present our new shade-matching
app ... proposes a pigment formula in 2 minutes" closed how fast; its "We also have a new financing model (leasing over
36 months)" closed the history; tuning50's "I want to tell you that our partner now offers a complete line for salt
tablets ...: a rotary press with 12 t/h" closed the prediction and the upkeep): a paragraph that brings the vendor's
news (an announcing verb before "new" or "now offers", or "news") is not asked, so a product, a price or a machine's own
speed told there answers no question on the plant's system, up to its line's end (a list under "Two news:" may still
hold an answer) or a sentence that points to a question. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

MOULDING = ("MouldSense is the AI and IoT platform for injection moulding in the cloud.\n"
            "Machine learning predicts short shots and flash and the AI adjusts the barrel temperatures automatically. "
            "All machine data is stored in our cloud.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nTomas")
HISTORY = ("About your question on the history: the model is trained on 14 months of your shot records from the Engel "
           "CC300 controllers, joined with the QC results of each lot.")


@pytest.fixture(scope="module")
def moulding():
    return sent_out(MOULDING, "MouldSense", "A. Lindqvist")


@pytest.mark.parametrize("news, unanswered", [
    ("I want to tell you that our partner now offers a complete granulate dryer line: a dryer with 400 kg/h and a "
     "vacuum conveyor with dosing accuracy ±0.5 %. Several moulders in Sweden have installed it in 2026.",
     ("analytics", "upkeep_owner")),
    ("We also have a new leasing model over 48 months and a customer day in Malmö on 4 March.", ("analytics",))])
def test_the_vendors_news_closes_no_question(moulding, news, unanswered):
    read = MAIL.asked(moulding, f"{news}\n\n{HISTORY}")
    assert read["history"].closed, read["history"].why  # the answer the reply points to still closes
    assert not any(read[t].closed for t in unanswered), {t: read[t].why for t in unanswered if read[t].closed}


def test_an_answer_in_a_list_under_the_news_still_answers(moulding):
    body = ("Two news from MouldSense:\n- our partner now delivers a hot runner controller that reads every zone every "
            "100 ms;\n- all data in MouldSense belongs to you, and you can export everything as CSV from the portal at any "
            "time, free of charge.")
    assert MAIL.asked(moulding, body)["data_ownership"].closed


def test_a_new_sensor_in_an_answer_is_no_news(moulding):
    body = ("We read the barrel temperatures and injection pressure from the Engel CC300 controllers over OPC UA every "
            "second, and a new vibration sensor on each clamp over Modbus TCP every 5 s.")
    assert MAIL.asked(moulding, body)["data"].closed
