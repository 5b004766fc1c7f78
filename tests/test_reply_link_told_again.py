"""Walk 80: a reply to the round proposed changes to the buyer's links that the reply did not state: a second CMMS row
("Carl") beside the buyer's own typed "API REST Carl (connecteur Nordmeca)" row, and SAP's data flow reversed though
the reply wrote "(sens SAP → plateforme)". A suggestion must be something the reply states that differs from the
answer: a link the reply tells again by a way the buyer's row holds is that row, and an arrow between two names tells
the route's way, in any language."""
from __future__ import annotations

import pytest

from questions.loader import load_bank
from questions.models import Answer, Integration
from reading.draft import drafter_for
from reading.reply_combine import on_yours
from reading.reply_named import system_names

LINKS = "connect.integrations"


def _drafter():
    return drafter_for(load_bank())


@pytest.mark.parametrize("typed, method, quote", [
    ("API REST Carl (connecteur Nordmeca)", "REST",
     "Chaque alerte crée une demande d'intervention via l'API REST de Carl."),
    ("REST-Schnittstelle Maint-Pro (Hersteller)", "REST",
     "Jede Warnung legt über die REST-Schnittstelle einen Instandhaltungsauftrag an."),
    ("Web service SOAP verso Manutenzione+ (fornitore)", "SOAP",
     "Ogni allarme apre un ordine di lavoro di manutenzione tramite web service SOAP."),
])
def test_a_link_the_reply_tells_by_the_way_the_buyer_typed_is_that_link_not_a_second_row(typed, method, quote):
    yours = Answer(question=LINKS, evidence="specific",
                   integrations=[Integration(system="maintenance", direction="both", method=typed, owner="Vendor")])
    reply = Answer(question=LINKS, evidence="specific", quotes=[quote],
                   integrations=[Integration(system="maintenance", direction="to_system", method=method)])
    laid = on_yours(yours, reply, "integrations", system_names(_drafter()))
    assert [(r.system, r.direction, r.method) for r in laid.integrations] == [("maintenance", "both", typed)]


def test_a_link_told_by_another_way_is_still_proposed_beside():
    yours = Answer(question=LINKS, evidence="specific",
                   integrations=[Integration(system="maintenance", direction="to_system", method="REST API")])
    reply = Answer(question=LINKS, evidence="specific", quotes=["A nightly CSV file goes to the maintenance planner."],
                   integrations=[Integration(system="maintenance", direction="to_system", method="CSV file")])
    laid = on_yours(yours, reply, "integrations", system_names(_drafter()))
    assert len(laid.integrations) == 2


@pytest.mark.parametrize("sentence, area, way", [
    ("Pour SAP Business One, l'option OPT-1 remonte chaque nuit les OF par le Service Layer de SAP B1 "
     "(sens SAP → plateforme), au format JSON.", "inventory", "from_system"),
    ("Chaque alerte crée une demande d'intervention dans la GMAO (sens plateforme → GMAO).", "maintenance", "to_system"),
    ("Die Aufträge werden jede Nacht übertragen (Richtung SAP -> Plattform).", "inventory", "from_system"),
    ("Le misure vanno ogni ora al MES (direzione piattaforma → MES).", "production", "to_system"),
    ("The orders are sent every night (direction: SAP → platform).", "inventory", "from_system"),
])
def test_an_arrow_between_two_names_tells_the_link_s_way(sentence, area, way):
    assert _drafter()._direction(sentence, None, area) == way


@pytest.mark.parametrize("removed, kept, reply", [
    ("quality_repeats", "downtime_unclear", ["quality_repeats"]),
    ("energy_cost", "downtime_unclear", ["energy_cost", "quality_repeats"]),
])
def test_an_option_the_buyer_took_out_of_the_draft_is_not_proposed_again_on_a_question_not_asked(removed, kept, reply):
    from questions.models import Evaluation
    from reading.documents import pasted
    from reading.reply_combine import proposed
    bank = load_bank()
    qid = "problem.plant_problems"
    offer = Answer(question=qid, evidence="specific", choices=[kept, removed], drafted=True)
    yours = offer.model_copy(update={"choices": [kept], "reviewed": True})  # the buyer removed one option
    said = "Les rebuts remontent chaque nuit par le Service Layer."
    theirs = Answer(question=qid, evidence="specific", choices=reply, quotes=[said], drafted=True)
    document = pasted(said, "reply", "Reply to round 1").model_copy(update={"kind": "reply"})
    merged = Evaluation(bank_version=bank.version, proposal="Offer", answers=[yours], documents=[document])
    changes = proposed(merged, {qid: theirs}, bank, set(), None, {qid: offer})
    added = [c for change in changes for c in change.proposed.choices if c not in yours.choices]
    assert removed not in added and added == [c for c in reply if c != removed]
    asked = proposed(merged, {qid: theirs}, bank, {qid}, None, {qid: offer})  # asked: the reply's answer stands
    assert any(removed in change.proposed.choices for change in asked)
