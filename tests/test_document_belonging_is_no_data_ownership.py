"""Who owns the data: a document, a drawing or a part said to belong to an offer, an order or a firm tells its place in
the paperwork, not that the buyer owns its data (walk78: a datasheet's "belongs to offer VDS-2026-0418" was quoted as
the answer). The data said to belong to, or to stay the property of, the customer still answers it."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()

_OPEN = {
    "en": ("We offer a monitoring system for line 4. Data is read every minute from the Siemens PLC over OPC UA. ",
           " Installation takes two weeks."),
    "fr": ("Nous proposons un système de surveillance de la ligne 4. Les données sont lues chaque minute depuis "
           "l'automate Siemens via OPC UA. ", " L'installation dure deux semaines."),
    "es": ("Ofrecemos un sistema de supervisión de la línea 4. Los datos se leen cada minuto del autómata Siemens "
           "mediante OPC UA. ", " La instalación dura dos semanas."),
    "nl": ("Wij bieden u een systeem voor de bewaking van lijn 4 aan. De gegevens worden elke minuut via OPC UA uit de "
           "Siemens-besturing gelezen. ", " De installatie duurt twee weken."),
}


def ownership(language: str, sentence: str):
    before, after = _OPEN[language]
    return draft(before + sentence + after, BANK).answer("connect.data_ownership")


@pytest.mark.parametrize("language, sentence", [
    ("en", "This drawing belongs to order 4471-B."),
    ("en", "Technical sheet TS-12 rev. 3, belongs to quotation Q-2291."),
    ("en", "The wiring diagram in the annex belongs to project P-88."),
    ("fr", "Ce plan appartient à la commande 4471-B."),
    ("es", "Este plano pertenece al pedido 4471-B."),
    ("nl", "Deze tekening is eigendom van Hoekstra Metaal en hoort bij de offerte."),
])
def test_a_document_belonging_to_an_offer_or_a_firm_is_no_data_ownership(language, sentence):
    answer = ownership(language, sentence)
    assert answer is None or ("open_export" not in answer.choices and "open_export" not in answer.suggested)


@pytest.mark.parametrize("language, sentence", [
    ("en", "All measured data belongs to the customer and can be exported as CSV at any time."),
    ("en", "The data remains the property of the customer."),
    ("en", "All sensor data belongs to the customer; export of the result table as CSV per order at any time."),
    ("fr", "Les données appartiennent au client."),
    ("es", "Los datos pertenecen al cliente."),
    ("nl", "De meetgegevens zijn eigendom van de klant."),
])
def test_the_data_belonging_to_the_customer_is_still_data_ownership(language, sentence):
    answer = ownership(language, sentence)
    assert answer is not None and answer.choices == ["open_export"]
