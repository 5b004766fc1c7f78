"""links79: an offer that says the data are the property of the buyer its letterhead names ("To: Kessler Foundry
Ltd" ... "remain the property of Kessler Foundry") states whose the data is, as "your data remain yours" does, in the
offer's language; another company named there does not. A reply naming the vendor's own people by trade and town
("our Leeds engineer", "nuestra técnica de Puebla", "unsere Servicetechniker aus Graz", "notre technicien de Rennes")
answers who keeps the system running; "our engineers" with no town does not. Sentences other than the task's."""
import pytest

from rounds_corpus import Mail, sent_out
from test_rounds_asks_what_is_open import CLOUD, EXPORT, FULL, _asked

from questions.loader import load_round_rules
from reading.reply_parties import Parties


@pytest.mark.parametrize("head, ours", [
    ("To: Kessler Foundry Ltd\n", "Every reading collected stays the property of Kessler Foundry."),
    ("Cliente: Panificadora del Norte, S.A. (PDN)\n", "Todos los datos registrados son propiedad de PDN."),
    ("An: Brenner Gießerei GmbH\n", "Sämtliche Messdaten bleiben Eigentum der Brenner Gießerei GmbH."),
    ("Client : Fonderie Morel SAS\n", "Toutes les données restent la propriété de Fonderie Morel."),
])
def test_data_said_to_be_the_addressed_buyers_property_leave_only_how_it_is_exported(head, ours):
    ownership = _asked(head + CLOUD + ours + "\n").get("data_ownership")
    assert ownership is not None and ownership.text == EXPORT and ownership.given == ["owner"], ownership


@pytest.mark.parametrize("head, theirs", [
    ("To: Kessler Foundry Ltd\n", "Every reading collected stays the property of FurnaceWatch Analytics."),
    ("", "Every reading collected stays the property of Kessler Foundry."),  # no letterhead names the buyer
])
def test_data_said_to_be_another_companys_property_still_ask_whose_it_is(head, theirs):
    ownership = _asked(head + CLOUD + theirs + "\n").get("data_ownership")
    assert ownership is not None and ownership.text == FULL and ownership.given == [], ownership


OFFER = CLOUD + "Alerts go to the shift leader's phone.\n"


@pytest.mark.parametrize("greeting, closing, body", [
    ("Dear Mr Okafor,", "Kind regards,\nLena Brandt",
     "Our Leeds engineer, Tom Reid, checks the gateways every quarter. The service costs GBP 7,200 per year."),
    ("Estimado Sr. Okafor:", "Saludos cordiales,\nLena Brandt",
     "Nuestra técnica de Puebla revisa los sensores cada trimestre. El servicio cuesta 7.200 EUR al año."),
    ("Sehr geehrter Herr Okafor,", "Mit freundlichen Grüßen\nLena Brandt",
     "Unsere Servicetechniker aus Graz prüfen die Gateways jedes Quartal. Der Service kostet 7.200 EUR pro Jahr."),
    ("Monsieur Okafor,", "Cordialement,\nLena Brandt",
     "Notre technicien de Rennes contrôle les passerelles chaque trimestre. Le service coûte 7 200 EUR par an."),
])
def test_the_vendors_own_people_by_trade_and_town_answer_who_keeps_it_running(greeting, closing, body):
    sent = sent_out(OFFER, "FurnaceWatch", "T. Okafor")
    owner = Mail(greeting, closing).asked(sent, body)["upkeep_owner"]
    assert owner.status == "answered", owner.why


@pytest.mark.parametrize("text, theirs", [
    ("Our Leeds engineer visits every month.", True),
    ("nuestro técnico de Monterrey visita la planta", True),
    ("Unser Servicetechniker aus Linz kommt monatlich.", True),
    ("Our engineers are always there for you.", False),  # no town: no one named
    ("Your Leeds engineer visits every month.", False),  # the plant's own
])
def test_only_the_vendors_people_with_their_town_are_named_as_its_upkeep(text, theirs):
    parties = Parties(load_round_rules().parties)
    assert bool(parties.own(text)) is theirs
