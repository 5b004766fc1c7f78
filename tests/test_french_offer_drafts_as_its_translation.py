"""A French offer drafts and scores as its English translation does (issue 14, walk 62: 14.5 against 31.9): its roles,
data, systems and rhythms are substance (questions/words.yaml: "techniciens de maintenance", "responsable qualité",
"ordre de travail", "rebuts", "chaque matin", "3 ans"; "tableau de bord" is no Tableau) and its gloss reads what
operators key in, how long data is kept and who is trained (questions/romance.yaml: "saisissent", "conservées 3 ans",
"nous formons")."""
import pytest

from reading import analyze
from reading.draft import draft
from scoring import score

FRENCH = """Offre pour la surveillance des presses de l'usine de Lyon

Aujourd'hui, votre ligne 3 perd environ 14 heures par mois en arrêts non planifiés, et les rebuts atteignent 4 % de la production.

Nous installons 24 capteurs de vibration et de température sur les presses et lisons l'état des machines depuis les automates via OPC UA toutes les 5 secondes.

Les opérateurs saisissent le motif de chaque arrêt sur une tablette au poste.

Lorsqu'une dérive est détectée, le système envoie une alerte par SMS au chef d'équipe dans les 2 minutes.

Une alerte critique crée automatiquement un ordre de travail dans votre GMAO pour les techniciens de maintenance.

Le responsable qualité reçoit chaque matin un rapport des rebuts par presse.

Le tableau de bord affiche en direct l'état de chaque presse.

Les données sont conservées 3 ans sur un serveur dans votre usine.

Nous formons les opérateurs et les techniciens de maintenance sur site pendant deux jours.
"""

ENGLISH = """Offer for monitoring the presses of the Lyon plant

Today your line 3 loses about 14 hours a month to unplanned stops, and scrap reaches 4 % of production.

We install 24 vibration and temperature sensors on the presses and read machine status from the PLCs over OPC UA every 5 seconds.

Operators enter the reason for each stop on a tablet at the station.

When a drift is detected, the system sends an SMS alert to the shift lead within 2 minutes.

A critical alert automatically creates a work order in your CMMS for the maintenance technicians.

The quality manager receives a report of scrap per press every morning.

The dashboard shows the live status of each press.

Data is kept for 3 years on a server in your plant.

We train the operators and the maintenance technicians on site for two days.
"""


def _options(evaluation):
    return {(a.question, o) for a in evaluation.answers for o in a.choices} | \
        {("connect.integrations", r.system) for a in evaluation.answers for r in a.integrations}


def test_the_french_offer_drafts_every_option_its_translation_drafts(bank):
    french, english = draft(FRENCH, bank), draft(ENGLISH, bank)
    assert _options(english) <= _options(french)
    for question in ("data.history", "users.training"):
        assert next(a for a in french.answers if a.question == question).choices


def test_the_french_offer_scores_as_its_translation(bank):
    french, english = score(draft(FRENCH, bank), bank), score(draft(ENGLISH, bank), bank)
    assert french.overall >= english.overall - 1.0
    earned = {a.question: a.points for a in french.answers}
    assert earned["users.daily_use"] > 0 and earned["decision.improved"] > 0  # its roles' sentences name substance


@pytest.mark.parametrize("sentence, kind, key", [
    ("Nous formons les techniciens de maintenance sur site.", "role", "techniciens de maintenance"),
    ("Les opérateurs saisissent le motif de chaque arrêt.", "role", "opérateurs"),
    ("Le responsable qualité reçoit le rapport.", "role", "responsable qualité"),
    ("Une alerte crée un ordre de travail dans votre GMAO.", "data", "ordre de travail"),
    ("Le rapport des rebuts arrive chaque matin.", "frequency", "chaque matin"),
])
def test_french_roles_data_and_rhythms_are_substance(sentence, kind, key):
    substance = [(s.kind, s.key) for s in analyze(sentence).sentences[0].substance]
    assert (kind, key) in substance


def test_a_french_dashboard_is_no_tableau_and_we_automate_is_no_plc():
    assert not analyze("Le tableau de bord affiche l'état de chaque presse.").sentences[0].substance
    assert ("system", "automate") not in [(s.kind, s.key) for s in
                                          analyze("So we automate everything that we can.").sentences[0].substance]
