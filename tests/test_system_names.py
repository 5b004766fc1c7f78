"""The names an offer gives its systems (reading/system_names.py): read where the offer uses a name AS a system, in
its language, never from capitals alone, and kept with the document, so every way of scoring gives one figure."""
from sqlalchemy import text as sql

from questions import Answer, Evaluation
from questions.loader import load_bank
from reading.documents import pasted
from reading.system_names import names_of
from scoring.engine import Engine
from store import Store

BANK = load_bank()
ENGINE = Engine(BANK)
Q = BANK.questions()["decision.improved"]


def test_a_name_after_a_kind_of_system_brought_in_or_owned_is_read_in_every_language():
    cases = {"The alerts go into your CMMS Fiix Pro every hour.": "Fiix Pro",
             "Les demandes sont créées dans votre GMAO Carl Source.": "Carl Source",
             "Die Aufträge kommen aus Ihrem ERP-System Abacus Business.": "Abacus Business",
             "Las órdenes se envían a su ERP Prisma Gestión cada noche.": "Prisma Gestión",
             "Gli ordini arrivano nel MES Opera Factory ogni turno.": "Opera Factory",
             "De meldingen gaan naar uw CMMS Axxerion Go.": "Axxerion Go",
             "Zlecenia trafiają do Waszego systemu ERP Comarch XL.": "Comarch XL"}
    for offer, name in cases.items():
        assert names_of(offer) == [name], offer


def test_a_name_before_a_kind_of_system_and_a_known_family_are_names():
    assert names_of("Integrazione con Bluenext Ad Hoc (ERP) disponibile.") == ["Bluenext Ad Hoc"]
    assert names_of("the Mainsim Cloud CMMS stores the work orders") == ["Mainsim Cloud"]
    assert names_of("Die Daten werden an Sage X3 übergeben.") == ["Sage X3"]  # a product family, no kind beside it


def test_capitals_alone_name_no_system():
    for offer in ["ERP Improvements\nWe bring improvements to the ERP every quarter.",  # heading, then lower case
                  "Integration With ERP Systems\nThe platform connects to the ERP.",  # a heading's capitals
                  "Each MES receives the counts. Every CMMS gets the alerts.",  # a sentence's first word
                  "La Maintenance Module (CMMS) est incluse. Intégration (ERP) en option.",  # generic words only
                  "Anbindung an Ihr ERP Schnittstelle folgt. Unser MES läuft.",
                  "Carl Source est notre client depuis 2019.",  # no system word beside it
                  "Orders flow to the ERP. Improvements follow in phase 2, with improvements to the MES.",
                  "Le lot 2 couvre la Connexion Avec GMAO prévue en mars.",  # a preposition ends no name
                  "Die Lieferung umfasst Schulung Zum MES im Werk.",
                  "A Manufacturing Execution System (MES) collects the counts; Web-based MES screens show them.",
                  "La Gestion de Maintenance Assistée par Ordinateur (GMAO) reçoit les alertes.",  # the kind spelt out
                  "Ok. Solo ERP: los pedidos llegan por la noche."]:  # a cell's first word
        assert names_of(offer) == [], offer


def test_a_document_keeps_the_names_its_text_gives_and_scoring_reads_them_there():
    offer = pasted("Les demandes sont créées dans votre GMAO Carl Source via l'API REST.", name="Offre.pdf")
    assert offer.system_names == ["Carl Source"]
    answer = Answer(question=Q.id, text="Le technicien saisit la demande dans Carl Source.", evidence="specific")
    with_names = Evaluation(bank_version="1", proposal="p", answers=[answer], documents=[offer])
    as_stored = with_names.model_copy(update={"documents": [offer.model_copy(update={"text": ""})]})
    without = with_names.model_copy(update={"documents": [offer.model_copy(update={"system_names": []})]})
    assert ENGINE.score(as_stored).overall == ENGINE.score(with_names).overall > ENGINE.score(without).overall


def test_a_name_the_reading_already_counts_counts_once():
    offer = pasted("Les ordres remontent dans votre ERP SAP Business One 10 chaque nuit.")
    said = Answer(question=Q.id, text="Les ordres arrivent dans SAP Business One 10.", evidence="specific")
    with_offer = Evaluation(bank_version="1", proposal="p", answers=[said], documents=[offer])
    assert ENGINE.score(with_offer).overall == ENGINE.score(with_offer.model_copy(update={"documents": []})).overall


def test_the_library_headline_is_the_scorecard_figure_once_the_offer_names_its_systems(tmp_path):
    offer = pasted("Chaque alerte crée une DI dans votre GMAO Carl Source. Les OF viennent de l'ERP Sylob 9.")
    answer = Answer(question=Q.id, text="Le planificateur voit la DI dans Carl Source et l'OF dans Sylob 9.",
                    evidence="specific")
    evaluation = Evaluation(bank_version=BANK.version, proposal="Nordmeca", answers=[answer], documents=[offer])
    store = Store(f"sqlite:///{tmp_path}/lib.db")
    id = store.create(evaluation).id
    with store.engine.connect() as connection:  # the JSON kept holds no text: the names are stored beside it
        stored = connection.execute(sql("SELECT json FROM evaluations WHERE id = :id"), {"id": id}).scalar()
    assert "Carl Source" in stored and "Chaque alerte" not in stored
    newer = BANK.model_copy(deep=True, update={"version": "2099-names"})  # the refresh re-scores the JSON the fast way
    for level in newer.evidence_levels:
        level.factor = {"specific": 0.9}.get(level.id, level.factor)
    library = Store(f"sqlite:///{tmp_path}/lib.db", bank=newer)
    row = next(r for r in library.list() if r.id == id)
    scorecard = Engine(newer).score(library.get(id).evaluation).overall
    assert row.score == scorecard == Engine(newer).score(evaluation).overall != ENGINE.score(evaluation).overall
    named = evaluation.model_copy(update={"documents": [offer.model_copy(update={"system_names": []})]})
    assert scorecard > Engine(newer).score(named).overall  # the names counted in both
