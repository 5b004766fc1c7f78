"""A plant system the offer names by its product right after its kind ("interface avec la GMAO Mainti4") is that area's
system when the reply names the product alone (walk 68): "l'interface Mainti4 passe par l'API REST de Mainti4" gives
the maintenance link its way; it said "The connection to maintenance names no method and no owner"."""
import re

import pytest

from reading.reply_systems import _offered
from rounds_corpus import replied, sent_out

OFFER = ("Notre plateforme cloud analyse les vibrations des presses avec l'IA pour prédire les pannes.\n\n"
         "Phase 2 (optionnelle) : interface avec la GMAO Mainti4 pour la création automatique des ordres de travail.")


def maintenance_link(body: str):
    outcome = replied(sent_out(OFFER, "Axiome", "Sophie Laurent"), f"Bonjour,\n\n{body}\n\nCordialement,\nThomas Morel")
    answer = outcome.evaluation.answer("connect.integrations")
    return next((row for row in (answer.integrations if answer else []) if row.system == "maintenance"), None)


def test_the_product_alone_in_a_french_reply_is_the_maintenance_link():
    row = maintenance_link("4. L'interface Mainti4 passe par l'API REST de Mainti4, dans le sens Axiome Predict vers "
                           "Mainti4 ; votre service informatique gère l'interface.")
    assert row is not None and "REST" in row.method and row.owner


def test_the_product_alone_in_an_english_reply_is_the_maintenance_link():
    row = maintenance_link("4. Work orders go to Mainti4 through its REST API; your maintenance manager owns that interface.")
    assert row is not None and "REST" in row.method and row.owner == "maintenance manager"


def test_a_known_system_or_a_word_in_lower_case_is_no_product_name():
    areas = {"GMAO": "maintenance", "ERP": "inventory", "SAP": "inventory", "MES": "production"}
    area_of = lambda text: areas.get(text) or next((a for k, a in areas.items() if re.search(rf"\b{k}\b", text)), None)
    assert _offered("interface avec la GMAO Mainti4 ; l'ERP SAP Business One reste hors périmètre.", area_of) == {"Mainti4": "maintenance"}
    assert _offered("Your MES System feeds the system dashboards.", area_of) == {}


@pytest.mark.parametrize("body", [
    "4. L'interface Mainti4 passe par l'API REST de Mainti4, dans le sens Axiome Predict vers Mainti4 ; Axiome en est responsable.",
    "4. L'interfaccia verso Mainti4 usa la API REST di Mainti4, da Axiome Predict verso Mainti4; Axiome ne è responsabile.",
])
def test_the_vendor_named_before_words_that_hold_the_link_owns_it(body):
    row = maintenance_link(body)
    assert row is not None and row.owner == "Axiome"
