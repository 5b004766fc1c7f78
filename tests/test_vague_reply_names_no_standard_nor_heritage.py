"""Rounds tuning68 (a vague reply to a cashew processor): "built on 60 years of woodworking machines" made the model's
history "described specifically", and "FSSC 22000 ready, works with all ... ERP systems" the technologies. A vendor's
age told as its heritage is no length of history; a standard's number is a name, no figure; every system of a kind
names none of the plant's. Kinds, in several languages (reading/reply_built.py, quantities.name_spans,
drafting.yaml boasts, rounds.yaml history's `unless`)."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.reply_built import figured
from rounds_corpus import Citations, replied, sent_out

BANK = load_bank()
OFFER = ("PressSense is an IIoT and AI platform for die-casting cells. Sensors on the 4 cells read shot pressure, die "
         "temperature and cycle time, and AI predicts porosity for every shot. Live dashboards and alerts to "
         "supervisors, integration with the ERP.")


@pytest.mark.parametrize("sentence", ["our platform is fssc 22000 ready", "iso 9001 and iatf 16949 certified",
                                      "tested to astm e23 and ul 508a", "zertifiziert nach din en iso 50001"])
def test_a_standards_number_is_a_name_never_a_figure(sentence):
    assert not figured(sentence)


@pytest.mark.parametrize("sentence", ["iso 9001 certified, with 3 sensors per press", "we read 1,900 loaves a week"])
def test_a_figure_beside_a_standard_is_still_a_figure(sentence):
    assert figured(sentence)


@pytest.mark.parametrize("text", [
    "Our platform works with all ERP systems and is fully secure in the cloud.",
    "Unsere Plattform ist mit allen ERP-Systemen kompatibel und sicher in der Cloud.",
    "Notre plateforme est compatible avec tous les ERP et entièrement sécurisée dans le cloud.",
    "Nuestra plataforma es compatible con cualquier ERP y totalmente segura en la nube.",
])
def test_every_system_of_a_kind_makes_no_answer_specific(text):
    drafted = draft(text, BANK)
    assert [a.question for a in drafted.answers if a.evidence == "specific"] == []


def _specific_from_reply(evaluation):
    replies = Citations([d for d in evaluation.documents if d.kind == "reply"])
    return {a.question for a in evaluation.answers if a.evidence == "specific" and any(replies.cite(q) for q in a.quotes)}


@pytest.mark.parametrize("heritage", [
    "Founded in 1962, PressSense builds on 60 years of die-casting machines.",
    "With over 35 years of experience in die casting, our AI is world-class.",
    "Seit 50 Jahren Erfahrung im Druckguss: unsere KI ist weltweit führend.",
    "Con una trayectoria de 40 años en fundición, nuestra IA es de clase mundial.",
])
def test_a_vendors_age_in_a_vague_reply_is_no_history(heritage):
    sent = sent_out(OFFER, "PressSense", "Buyer")
    done = replied(sent, f"Dear Ms. Ortiz,\n\n{heritage} Our customers love the alerts.\n\nRegards,\nTom")
    assert "data.history" not in _specific_from_reply(done.evaluation)
    history = next((q for q in done.round.questions if q.topic == "history"), None)
    assert history is None or not history.closed
