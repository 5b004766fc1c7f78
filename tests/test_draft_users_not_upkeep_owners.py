"""A team or role of the plant named only as who uses the system day to day ("Your maintenance planner uses Maximo every
morning", "your maintenance department reviews the alerts on the dashboard") is a user, not who keeps the system
running (drafting.yaml said_without upkeep.owner); a verb of upkeep in the sentence keeps the team ("your maintenance
team uses the dashboard and maintains the sensors"). In every language the offer is read in, no such user is drafted
as the owner."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = {
    "en": "Quotation Q-2291 for the predictive maintenance of the die-casting cells at your plant.\n\nWe install two "
          "vibration sensors on each of your 3 die-casting cells; the gateway sends the readings every second to the "
          "on-premise server.\n\nAlerts create a work request in your Maximo through its REST API.\n\n",
    "es": "Propuesta técnica para el mantenimiento predictivo de las celdas de su planta.\n\nInstalaremos dos sensores de "
          "vibración en cada una de sus 3 celdas; el gateway envía las lecturas cada segundo al servidor de la planta."
          "\n\nLas alertas generan una solicitud de trabajo en su Maximo mediante su API REST.\n\n",
    "de": "Angebot für die vorausschauende Instandhaltung der Druckgusszellen in Ihrem Werk.\n\nWir installieren zwei "
          "Schwingungssensoren an jeder Ihrer 3 Zellen; das Gateway sendet die Messwerte jede Sekunde an den Server im "
          "Werk.\n\nAlarme erzeugen über die REST-API eine Arbeitsanforderung in Ihrem Maximo.\n\n",
    "fr": "Offre pour la maintenance prédictive des cellules de fonderie de votre usine.\n\nNous installons deux capteurs "
          "de vibration sur chacune de vos 3 cellules ; la passerelle envoie les mesures chaque seconde au serveur de "
          "l'usine.\n\nLes alertes créent une demande de travail dans votre Maximo via son API REST.\n\n",
}


def _owner(language: str, sentence: str) -> list[str]:
    answer = draft(OFFER[language] + sentence, BANK, proposal="users").answer("upkeep.owner")
    return answer.choices if answer else []


@pytest.mark.parametrize("language, sentence", [
    ("en", "Your maintenance planner uses Maximo every morning to plan the repairs."),
    ("en", "Your maintenance staff open the work requests in Maximo and schedule them."),
    ("en", "Your maintenance department reviews the alerts on the dashboard every shift."),
    ("es", "Su equipo de mantenimiento usa Maximo cada mañana para planificar las reparaciones."),
    ("de", "Ihr Instandhaltungsteam prüft die Alarme jede Schicht im Dashboard."),
    ("fr", "Votre équipe de maintenance utilise Maximo chaque matin pour planifier les réparations."),
])
def test_a_team_that_only_uses_the_system_does_not_keep_it(language, sentence):
    assert "maintenance_team" not in _owner(language, sentence)


@pytest.mark.parametrize("sentence", [
    "Your maintenance team maintains the sensors and the gateway after the pilot.",
    "Your maintenance team uses the dashboard and maintains the sensors.",
])
def test_a_team_said_to_keep_it_stays_its_owner(sentence):
    assert "maintenance_team" in _owner("en", sentence)
