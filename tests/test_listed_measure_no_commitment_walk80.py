"""A measure's name listed bare among what a dashboard or a report shows is no commitment to a level of it
(prefill.yaml reliability.commitment `unless_listed`, reading/prefill.py): walk80's "Tableaux de bord temps réel (TRS,
disponibilité, cadence, arrêts)" answered what availability the vendor commits to only for the word "disponibilité".
A stated level is one: "Disponibilité de la plateforme : 99,5 % mensuelle"."""
import pytest

from reading.draft import draft

COMMITMENT = "reliability.commitment"


def _quotes(text, bank):
    answer = next((a for a in draft(text, bank).answers if a.question == COMMITMENT), None)
    return answer.quotes if answer else []


@pytest.mark.parametrize("text", [
    "Our platform shows real-time dashboards (OEE, availability, cycle time, stops) for each press.",
    "The monthly report lists the key figures (MTBF, MTTR, availability) per machine.",
    "Le rapport mensuel reprend les indicateurs (MTBF, MTTR, disponibilité) par machine.",
])
def test_a_measure_named_in_a_list_of_what_is_shown_commits_to_nothing(text, bank):
    assert _quotes(text, bank) == []


@pytest.mark.parametrize("text", [
    "Platform availability: 99.5 % monthly, excluding announced maintenance.",
    "We commit to monthly availability (99.5 %, measured by our monitoring) for the platform.",
    "Disponibilité de la plateforme : 99,5 % mensuelle (hors maintenance planifiée).",
    "Verfügbarkeit der Plattform: 99,5 % pro Monat.",
])
def test_a_stated_level_still_answers_the_commitment(text, bank):
    assert _quotes(text, bank) == [text]
