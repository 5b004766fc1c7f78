"""Rounds tuning68 (a vague reply to a chopstick factory): "built on 60 years of woodworking machines in Hamamatsu" made
the model's history "described specifically", with no "experience" or "founded" beside it. The years a vendor says it
stands on ("built on", "drawing on", "blickt auf ... zurück", "fort de", "bouwt voort op") are its heritage, no history
the model learns from (rounds.yaml history's `unless`, in each language; here the English that reaches that read); the plant's own
history still answers."""
import pytest

from rounds_corpus import Citations, replied, sent_out

OFFER = ("KilnSense is an IIoT and AI platform for drying kilns. Sensors on the 6 kilns read air temperature, humidity "
         "and wood moisture, and AI predicts cracks for every batch. Live dashboards and alerts to supervisors, "
         "integration with the ERP.")


def _specific_from_reply(evaluation):
    replies = Citations([d for d in evaluation.documents if d.kind == "reply"])
    return {a.question for a in evaluation.answers if a.evidence == "specific" and any(replies.cite(q) for q in a.quotes)}


def _read(sentence):
    sent = sent_out(OFFER, "KilnSense", "Buyer")
    return replied(sent, f"Dear Ms. Lin,\n\n{sentence} Our customers love the alerts.\n\nRegards,\nTom")


@pytest.mark.parametrize("heritage", [
    "KilnSense carries the spirit of Swedish craft, built on 45 years of drying machines in Växjö.",
    "KilnSense carries the spirit of Swedish craft, drawing on 45 years of drying machines in Växjö.",
    "SawLogic keeps the spirit of Finnish carpentry alive, built on 30 years of planing machines in Lahti.",
])
def test_the_years_a_vendor_stands_on_are_no_history(heritage):
    done = _read(heritage)
    assert "data.history" not in _specific_from_reply(done.evaluation)
    history = next((q for q in done.round.questions if q.topic == "history"), None)
    assert history is None or not history.closed


@pytest.mark.parametrize("own", [
    "History: the model learns from 18 months of your kiln records in the PI historian.",
    "Historie: das Modell lernt aus 18 Monaten Ihrer Trocknerdaten aus dem PI-Historian.",
])
def test_the_plants_own_history_still_answers(own):
    assert "data.history" in _specific_from_reply(_read(own).evaluation)
