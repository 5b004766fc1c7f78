"""A French (Italian, Portuguese) offer's plain words for data ownership, training and roles are read as their English
ones (romance.yaml; drafting.yaml connect.data_ownership, users.training; walk68): "Les données restent la propriété de
PRI" names the buyer the data's owner, "formation de 6 techniciens" is training for the plant's people, "les régleurs"
are setters (operators)."""
import pytest

from reading.draft import draft

SENSORS = ("Nous installons des capteurs de vibration sur 12 presses et envoyons une alerte par SMS au technicien de "
           "maintenance d'astreinte. ")


def _answer(evaluation, question):
    return next((a for a in evaluation.answers if a.question == question), None)


@pytest.mark.parametrize("text", [
    SENSORS + "Les données restent la propriété de PRI.",
    "Installiamo sensori di vibrazione su 12 presse e inviamo un allarme via SMS al tecnico di manutenzione della "
    "linea, con la presa e il grafico delle ultime 24 ore. I dati restano di proprietà di Rossi Stampi per tutta la "
    "durata del contratto e anche dopo.",
    "The gateway reads the press controllers over OPC UA every minute. All sensor data remains the property of "
    "Hartley Plastics.",
])
def test_data_said_to_stay_the_buyers_property_is_open_export(text, bank):
    ownership = _answer(draft(text, bank), "connect.data_ownership")
    assert ownership is not None and "open_export" in ownership.choices


def test_training_for_a_number_of_technicians_is_training_given(bank):
    training = _answer(draft(SENSORS + "Semaines 11–14 : mise en service des alertes, formation de 6 techniciens "
                                       "(2 demi-journées).", bank), "users.training")
    assert training is not None and "onsite" in training.choices + training.suggested


def test_setters_are_operators(bank):
    roles = _answer(draft(SENSORS + "Les régleurs reçoivent les alertes de température moule sur l'écran de la ligne.",
                          bank), "users.roles")
    assert roles is not None and "operators" in roles.choices + roles.suggested


def test_a_french_selling_line_drafts_no_analysis(bank):
    """"plateforme IIoT et intelligence artificielle ... une transformation digitale de bout en bout, évolutive et
    sécurisée" is a selling line, as its English is: no AI analysis is ticked of it (at most offered to check)."""
    analytics = _answer(draft(SENSORS + "Avec notre solution Axiome Predict, plateforme IIoT et intelligence "
                                        "artificielle, PRI entre pleinement dans l'usine 4.0 : une transformation "
                                        "digitale de bout en bout, évolutive et sécurisée.", bank), "workflow.analytics")
    assert analytics is None or analytics.choices == []
