"""A buyer who corrects a wrong drafted text answer in their own words must not score less for it (walk 80): the quotes
that still support the rewritten text stay its evidence, the buyer's words are read for substance in their language,
a system named as the offer names it counts, and the reason says what the buyer's own text names."""
from questions import Answer, Evaluation
from questions.answer_edits import typed
from questions.loader import load_bank
from reading.documents import pasted
from reading.quote_support import supporter
from reading.text import reader_for
from scoring.engine import Engine

BANK = load_bank()
READER = reader_for(BANK)
ENGINE = Engine(BANK)
Q = BANK.questions()["decision.improved"]
CONTENT = {"choices": [], "measure": None, "integrations": []}


def _points(answer: Answer, offer: str = "x") -> float:
    evaluation = Evaluation(bank_version="1", proposal="p", answers=[answer],
                            documents=[pasted(offer, name="Offer.pdf")])
    return next(s for s in ENGINE.score(evaluation).answers if s.question == Q.id).points


def _names(text: str) -> set[str]:
    return {kind for kind, _ in READER.substance(text)}


def test_a_decision_in_the_buyers_language_names_the_act_and_the_failure_ahead():
    for text in ["Der Instandhalter entscheidet, die Presse anzuhalten, vor dem Ausfall der Lager.",
                 "El jefe de mantenimiento decide parar la prensa antes de la avería del embrague.",
                 "Il responsabile manutenzione decide di fermare la pressa prima del guasto dei cuscinetti.",
                 "Le technicien planifie un arrêt préventif de la ligne, avant la panne du palier.",
                 "The planner decides to stop the press before a breakdown of the clutch."]:
        assert {"action", "ahead"} <= _names(text), text


def test_a_work_request_is_named_and_a_mobile_app_alone_is_not():
    """A brochure's "A mobile app for the technicians" claims nothing concrete (test_draft_pages)."""
    assert "data" in _names("L'alerte crée une demande d'intervention, reçue sur l'appli mobile du technicien.")
    assert "data" in _names("Se genera una solicitud de intervención en la aplicación móvil.")
    assert "channel" not in _names("A mobile app for the technicians in the field.")  # the technicians: a role


def test_a_rewritten_drafted_text_keeps_the_quotes_that_still_support_it():
    quote = "Die Plattform erkennt Lagerschäden an den Pressen 9 Tage vor dem Ausfall."
    other = "Das Dashboard zeigt den OEE je Schicht."
    drafted = Answer(question=Q.id, text=f"{quote} {other}", quotes=[quote, other], evidence="specific", drafted=True)
    edited = typed(Q.id, {**CONTENT, "text": "Der Instandhalter hält die Presse vor dem Ausfall an."}, "specific",
                   drafted, supporter(READER))
    assert edited.quotes == [quote] and edited.reviewed  # the OEE sentence backs nothing the buyer says


def test_a_corrected_draft_scores_no_less_than_the_wrong_draft_and_says_what_its_text_names():
    quote = "Le module prévoit les défaillances des presses et alerte le planificateur 9 jours avant la casse."
    drafted = Answer(question=Q.id, text=quote, quotes=[quote], evidence="vendor_claim", drafted=True)
    text = "Le responsable maintenance décide d'arrêter une presse avant la casse, sur alerte."
    edited = typed(Q.id, {**CONTENT, "text": text}, "vendor_claim", drafted, supporter(READER))
    assert _points(edited) >= _points(drafted) > 0
    evaluation = Evaluation(bank_version="1", proposal="p", answers=[edited])
    scored = next(s for s in ENGINE.score(evaluation).answers if s.question == Q.id)
    assert any("The evaluator's text names" in r and "avant la casse" in r for r in scored.reasons)


def test_a_system_name_the_offer_gives_counts_in_an_answer_that_repeats_it():
    offer = ("Les demandes sont créées dans votre GMAO Carl Source. Les ordres remontent dans l'ERP SAP Business One. "
             "Integrazione con Zucchetti Ad Hoc (ERP).")
    for text in ["Le technicien saisit la demande dans Carl Source.", "Il capoturno vede i fermi in Zucchetti Ad Hoc."]:
        answer = Answer(question=Q.id, text=text, evidence="specific")
        assert _points(answer, offer) > _points(answer), text
    plain = Answer(question=Q.id, text="Le technicien saisit la demande dans Carl Source.", evidence="specific")
    assert _points(plain, "Carl Source est notre client depuis 2019.") == _points(plain)  # not named as a system
