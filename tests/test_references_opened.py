"""Another customer's case told by a reference's label and its colon ("Reference: Northgate Dairy", "Referencia: planta
de envasado de ... en Celaya", "Référence client : Fromagerie Vallet") or by a deed done at a site the line names next
("Installed at Brantwood Foundry in 2023", "Implantado en Conservas Miralva", "Déjà en service chez Laiterie Morand"):
read as a reference in every language an offer is read in, as an English "reference customer" is (reading/references.py
opened, drafting.yaml reference_told opened; the reference nouns glossed as English names them, recall80). The
offer's own reference ("Referencia: Propuesta técnica No. 51", "Reference: OF-2024-118"), a deed at a machine or in a
cabinet, and the buyer's own name are none. Sentences of our own."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.draft_rules import draft_data
from reading.german import english_words
from reading.references import ReferenceReader

BANK = load_bank()
READER = ReferenceReader.from_data(draft_data()["roles"]["reference_told"], draft_data()["product_page"]["story"]["past"])
# a few lines of an offer in each language, so the whole text is read in it
OFFER = {
    "en": "We install energy meters on your compressors and you receive a weekly report from us.",
    "es": "Instalaremos medidores de energía en sus compresores y usted recibirá un informe semanal de nuestro equipo, que también revisa los datos.",
    "fr": "Nous installons des compteurs d'énergie sur vos compresseurs et vous recevez un rapport hebdomadaire.",
    "it": "Installiamo contatori di energia sui vostri compressori e voi ricevete un rapporto settimanale dal nostro team.",
    "pt": "Instalamos medidores de energia nos seus compressores e o cliente recebe um relatório semanal da nossa equipa.",
    "nl": "Wij installeren energiemeters op uw compressoren en u ontvangt van ons een wekelijks rapport over het verbruik.",
}


def tells(language: str, sentence: str, own=frozenset()) -> bool:
    words = english_words([OFFER[language], sentence])[sentence]
    return READER.tells(READER.opening(sentence), READER.opening_words(words), False, own, READER.in_past(words))


@pytest.mark.parametrize("language, sentence", [
    ("en", "Reference: Northgate Dairy, Leeds, with vibration sensors on its homogenisers."),
    ("en", "Installed at Brantwood Foundry in 2023, with vibration sensors on six furnaces."),
    ("en", "Already in service at Castlemead Bakery, where the mixers carry vibration sensors."),
    ("es", "Referencia: planta de envasado de Lácteos Norteños en Celaya, con sensores en los homogeneizadores."),
    ("es", "Implantado en Conservas Miralva (Murcia) en 2023, con sensores de vibración en seis hornos."),
    ("es", "Ya en servicio en Aceites Serrano, Jaén, con sensores de vibración en las prensas."),
    ("es", "Cliente de referencia: Harinera Vilafranca, con medidores en sus molinos."),
    ("fr", "Référence client : Fromagerie Vallet, Jura, capteurs de vibration sur les homogénéisateurs."),
    ("fr", "Déjà en service chez Laiterie Morand depuis 2022, avec des capteurs sur les malaxeurs."),
    ("fr", "Installé chez Fonderie Peyrac en 2024, avec des capteurs de vibration sur six fours."),
    ("it", "Riferimento: Caseificio Valtellina, Sondrio, con sensori di vibrazione sugli omogeneizzatori."),
    ("pt", "Referência: Conservas Ribamar, Matosinhos, com sensores de vibração nas autoclaves."),
    ("nl", "Referentie: Zuivelfabriek De Hoeve, Drachten, met trillingssensoren op de homogenisatoren."),
    ("nl", "Al in bedrijf bij Gieterij Verhoef, Tilburg, met trillingssensoren op zes ovens."),
])
def test_a_line_opened_by_a_reference_label_or_a_deed_at_a_named_site_tells_a_case(language, sentence):
    assert tells(language, sentence)


@pytest.mark.parametrize("language, sentence", [
    ("en", "Reference: OF-2024-118, valid for 60 days."),
    ("en", "Reference: Quotation Q-301 of 4 March."),
    ("en", "Installed in control cabinet 2, next to the PLC."),
    ("en", "Installed at each press, the sensor reads the vibration every second."),
    ("es", "Referencia: Propuesta técnica No. 51 del 4 de marzo."),
    ("fr", "Référence : offre n° 77 du 4 mars."),
    ("nl", "Referentie: uw aanvraag van 4 maart."),
])
def test_the_offers_own_reference_or_a_deed_at_a_machine_tells_no_case(language, sentence):
    assert not tells(language, sentence)


def test_the_buyers_own_name_after_a_deed_tells_no_case():
    assert not tells("en", "Installed at Harlow Foods in 2026, the meters report every minute.", frozenset({"harlow"}))


OFFERS = {
    "en": ("Quotation Q-301\nTo: Harlow Foods Ltd\n\nWe install energy meters on the 4 compressors and the data is "
           "stored on your server. We will train your operators on site and you receive a weekly energy report. The "
           "price for the four meters and the gateway is EUR 14,500. Your maintenance team gets an e-mail alert when a "
           "compressor runs idle.\n\n"),
    "fr": ("Offre technique n° 77\nClient : Biscuiterie Laval SAS\n\nNous installons des compteurs d'énergie sur les 4 "
           "compresseurs et les données sont stockées sur votre serveur. Nous formerons vos opérateurs sur site et "
           "vous recevrez un rapport hebdomadaire d'énergie. Le prix des quatre compteurs et de la passerelle est de "
           "14 500 EUR. Votre équipe de maintenance reçoit une alerte par e-mail quand un compresseur tourne à vide.\n\n"),
}


@pytest.mark.parametrize("language, sentence", [
    ("en", "Reference: Northgate Dairy, Leeds, where vibration sensors on the homogenisers cut unplanned downtime "
           "by 28 %."),
    ("en", "Already in service at Castlemead Bakery, where vibration sensors on the mixers cut unplanned downtime by "
           "28 %."),
    ("fr", "Référence client : Fromagerie Vallet, Jura, capteurs de vibration sur les homogénéisateurs et 28 % "
           "d'arrêts non planifiés en moins."),
    ("fr", "Déjà en service chez Laiterie Morand depuis 2022 : capteurs de vibration sur les malaxeurs et 28 % "
           "d'arrêts non planifiés en moins."),
])
def test_what_a_reference_names_is_no_part_of_the_offer(language, sentence):
    answers = {a.question: a.choices for a in draft(OFFERS[language] + sentence, BANK, proposal="ref").answers}
    assert "vibration" not in answers.get("data.captured", [])
    assert "return.reference" in answers
