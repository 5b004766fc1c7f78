"""A drafted answer shows a sentence under a question only where the sentence carries what the answer rests on: an
option implied by another answer (drafting.yaml implies: a prediction implies data analytics) quotes the sentence of the
option that implies it, not the other answer's first quote, which may name another option ("The weekly report shows the
trend ..." under the technologies, for a prediction said in the next line); and a single choice only offered to check
("check this") quotes the sentences of the option it offers, not those of the option the pick let go. By design, a
sentence still shows under two questions where it answers both: "Our model predicts bearing failures ..." names a
prediction (how it analyses) and so data analytics (which technology)."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.draft import draft, drafter_for
from reading.draft_evidence import Evidence

BANK = load_bank()


@pytest.mark.parametrize("text, trend, prediction", [
    ("Offer No. Q-2026-118\n\nDear Mr Berg, we propose a monitoring system for the four presses of your line 3.\n\n"
     "The weekly report shows the trend of the spindle temperature of each press over the last month.\n"
     "Our model predicts bearing failures of each press up to 10 days ahead from the spindle vibration.\n\n"
     "Price: EUR 38,000 one-off.\n", "The weekly report", "Our model predicts"),
    ("Offre n° OF-26-0118\n\nMonsieur Berg, nous vous proposons un système de surveillance des quatre presses de votre "
     "ligne 3.\n\nLe rapport hebdomadaire montre la tendance de la température de broche de chaque presse sur le dernier "
     "mois.\nNotre modèle prédit les pannes de roulement de chaque presse jusqu'à 10 jours à l'avance à partir de la "
     "vibration de la broche.\n\nPrix : 38 000 EUR.\n", "Le rapport hebdomadaire", "Notre modèle prédit"),
])
def test_an_implied_option_quotes_the_sentence_of_the_option_implying_it(text, trend, prediction):
    answers = {a.question: a for a in draft(text, BANK).answers}
    technologies = answers["workflow.technologies"]
    assert "data_analytics" in technologies.choices + technologies.suggested
    assert any(q.startswith(prediction) for q in technologies.quotes)
    assert not any(q.startswith(trend) for q in technologies.quotes)  # a trend implies no data analytics


def test_a_single_choice_only_offered_quotes_only_the_offered_options_sentences():
    ev = Evidence()
    ev.add("maintenance_team", "Your maintenance team changes the batteries of the sensors.", "vendor_claim", 0.5)
    ev.add("vendor_service", "Our service desk in Leeds watches the gateways remotely.", "vendor_claim", 0.5)
    ev.add("vendor_service", "Unser Service spielt die Updates der Modelle ein.", "vendor_claim", 0.5)
    answer = drafter_for(BANK)._choice_answer("upkeep.owner", ev, 1.0)
    assert answer.choices == [] and answer.suggested == ["vendor_service"]
    assert answer.quotes == ["Our service desk in Leeds watches the gateways remotely.",
                             "Unser Service spielt die Updates der Modelle ein."]


def test_a_drafted_single_choice_keeps_the_other_sentences_after_its_own():
    ev = Evidence()
    ev.add("maintenance_team", "Your maintenance team changes the batteries of the sensors.", "vendor_claim", 0.7)
    ev.add("vendor_service", "Our service desk in Leeds watches the gateways remotely.", "vendor_claim", 0.7)
    ev.add("vendor_service", "Our service desk updates the models.", "vendor_claim", 0.7)
    answer = drafter_for(BANK)._choice_answer("upkeep.owner", ev, 1.0)
    assert answer.choices == ["vendor_service"]
    assert answer.quotes[-1] == "Your maintenance team changes the batteries of the sensors."
