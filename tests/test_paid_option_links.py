"""Walk 80: the offer sold its SAP interface as a priced option ("OPT-1 Interface SAP Business One ... 8 400,00 €"),
and nothing let the buyer mark the integration row so. A row can be marked a paid option by the buyer (the grid's
"Paid option" column), drafting marks it where the offer's list of priced options names the linked system, and the
scorecard says so beside the link."""
from __future__ import annotations

import pytest

from kit import key, open_app, shown
from questions import Evaluation
from questions.loader import load_bank
from questions.models import Answer, Document, Integration
from reading.draft import drafter_for
from scoring import score
from store import Store

LINKS = "connect.integrations"
OFFERS = {
    "en": """Proposal for Acme Plant
The platform sends every stop reason to your SAP S/4HANA over a REST API each night, and work orders are created in your Maximo CMMS through its REST interface.
Options
Option: O1; Description: Interface to SAP S/4HANA (stop reasons, scrap); Price: EUR 8,400
Option: O2; Description: On-site training day; Price: EUR 1,200
""",
    "fr": """Offre pour l'usine
La plateforme transmet chaque nuit les arrêts à votre SAP S/4HANA par API REST, et les demandes d'intervention sont créées dans votre GMAO Maximo via son API REST.
5. Options
Option: OPT-1; Description: Interface SAP S/4HANA (OF, rebuts); Prix HT: 8 400,00 €
6. Prix
Poste: Total; Total HT: 42 475,00 €
""",
    "de": """Angebot für Werk Nord
Die Plattform meldet jeden Stillstand über OPC UA an Ihr MES HYDRA, und Störmeldungen werden über die REST-Schnittstelle in Ihrem Maximo angelegt.
Optionen
Position: O1; Beschreibung: Anbindung MES HYDRA (OPC UA); Preis: 6.900,00 €
""",
    "es": """Oferta para la planta
La plataforma envía cada parada a su SAP S/4HANA mediante API REST cada noche, y las órdenes de trabajo se crean en su Maximo mediante su interfaz REST.
Opciones
Opción: A; Descripción: Interfaz con SAP S/4HANA; Precio: 7.500,00 €
""",
}
PAID = {"en": {"inventory"}, "fr": {"inventory"}, "de": {"production"}, "es": {"inventory"}}


def _links(text: str, kind: str = "proposal") -> dict[str, bool]:
    drafter = drafter_for(load_bank())
    answer = drafter.draft_documents([Document(name="offer.pdf", kind=kind, text=text)]).answer(LINKS)
    return {row.system: row.paid_option for row in answer.integrations}


@pytest.mark.parametrize("language", sorted(OFFERS))
def test_drafting_marks_a_link_the_offer_s_option_list_names_and_no_other(language):
    links = _links(OFFERS[language])
    assert {system for system, paid in links.items() if paid} == PAID[language]
    assert any(not paid for paid in links.values())  # the link in the price is no option


def test_a_link_no_option_names_is_not_marked():
    text = OFFERS["en"].replace("Interface to SAP S/4HANA (stop reasons, scrap)", "Second press line sensors")
    assert not any(_links(text).values())


def _evaluation(rows: list[Integration]) -> Evaluation:
    answer = Answer(question=LINKS, evidence="specific", integrations=rows)
    return Evaluation(bank_version=load_bank().version, proposal="Offer", answers=[answer])


def test_the_scorecard_says_a_link_is_a_paid_option_even_with_its_way_untold():
    card = score(_evaluation([Integration(system="maintenance", direction="both", method="REST API", owner="IT"),
                              Integration(system="inventory", paid_option=True)]))
    scored = next(a for a in card.answers if a.question == LINKS)
    assert "paid option" in scored.summary and "Maintenance" in scored.summary
    assert any("paid option" in reason for reason in scored.reasons)


def test_the_buyer_marks_a_row_a_paid_option_in_the_grid_and_the_scorecard_shows_it(store):
    eid = store.create(_evaluation([Integration(system="inventory", direction="to_system", method="REST API")])).id
    at = open_app("evaluate", eid)
    at.run()
    at.selectbox(key=f"section:{eid}").set_value("connect").run()
    at.session_state[key(eid, LINKS, "rows")] = {"edited_rows": {0: {"paid_option": True}}, "deleted_rows": [],
                                                 "added_rows": []}
    at.run()
    assert not at.exception and not at.error
    rows = Store().get(eid).evaluation.answer(LINKS).integrations
    assert [(r.system, r.paid_option) for r in rows] == [("inventory", True)]
    page = open_app("scorecard", eid, timeout=60)
    assert not page.exception, page.exception
    assert "paid option" in "\n".join(h.value for h in page.html)  # the answers under each section's fold
