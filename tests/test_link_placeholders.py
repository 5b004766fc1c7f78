"""A link table's cell that only holds the place of a value to come ("To be confirmed after IT review", "TBD", "offen",
"à définir", "por definir", "da definire", "n/a", "-") names no method and no owner, so a gap never reads as "connected
with a method and an owner"; a real cell that opens on a placeholder's word ("Open API", "None needed") stays. A
row's link that another sentence of the offer denies ("There is no live historian connection in phase 1", "Der
LIMS-Anschluss ist keine Schnittstelle dieses Angebots") is offered to check, not drafted; the plant's state before
the project ("Today there is no link between the MES and the ERP") denies nothing. Tables written for these tests
(walk73)."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = ("Offer for Harbour Bakery Ltd\n\n"
         "FlowSight reads your 12 ovens and sends alerts to your maintenance planner when a burner drifts.\n\n")
HEADER = "| System | Direction | Method | Owner |\n"


def _answer(text: str):
    return draft(text, BANK).answer("connect.integrations")


def _rows(text: str) -> dict[str, tuple[str, str]]:
    answer = _answer(text)
    return {r.system: (r.method, r.owner) for r in answer.integrations} if answer else {}


@pytest.mark.parametrize("method, owner", [("TBD", "TBD"), ("To be defined with IT", "t.b.c."), ("offen", "noch offen"),
                                           ("à définir", "à confirmer"), ("por definir", "pendiente"),
                                           ("da definire", "-"), ("-", "n/a")])
def test_placeholder_cells_give_a_link_no_method_and_no_owner(method, owner):
    text = OFFER + HEADER + f"| Maximo CMMS | FlowSight -> Maximo | {method} | {owner} |\n"
    assert _rows(text).get("maintenance") == ("", "")


def test_real_cells_that_open_on_a_placeholders_word_stay():
    text = OFFER + HEADER + "| Maximo CMMS | FlowSight -> Maximo | Open API (REST) | None of your staff, our team |\n"
    assert _rows(text).get("maintenance") == ("Open API (REST)", "None of your staff, our team")


def test_a_link_the_offer_denies_elsewhere_is_offered_to_check_not_drafted():
    rows = "| Maximo CMMS | FlowSight -> Maximo | REST API | FlowSight |\n| QualityOne LIMS | LIMS -> FlowSight | TBD | TBD |\n"
    for denial in ("There is no live LIMS connection in the first phase.",
                   "Addendum: the QualityOne link will not be integrated before 2027.",
                   "Nachtrag: keine Anbindung des LIMS in Phase 1."):
        answer = _answer(OFFER + HEADER + rows + "\n" + denial + "\n")
        assert {r.system for r in answer.integrations} == {"maintenance"}, denial
        assert "quality" in answer.suggested, denial


def test_a_denial_told_of_the_plant_before_or_of_more_denies_nothing():
    rows = "| Maximo CMMS | FlowSight -> Maximo | REST API | FlowSight |\n| QualityOne LIMS | LIMS -> FlowSight | OPC UA | FlowSight |\n"
    for said in ("Today there is no link between the LIMS and the ERP, and results are typed twice.",
                 "The LIMS is not only connected but also mirrored to the cloud."):
        answer = _answer(OFFER + HEADER + rows + "\n" + said + "\n")
        assert {r.system for r in answer.integrations} == {"maintenance", "quality"}, said
