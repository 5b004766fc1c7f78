"""A link the offer's exclusions list names is none it makes, whatever another line says is possible; and a link told
only possible ("is possible through a standard connector") is a possibility to check, not scope (walk 75)."""
from __future__ import annotations

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
LINK = "connect.integrations"


def _areas(text: str) -> tuple[set[str], set[str]]:
    """(areas drafted, areas offered to check) of the connect question."""
    ev = draft(text, BANK)
    answer = next((a for a in ev.answers if a.question == LINK), None)
    drafted = {i.system for i in answer.integrations} if answer else set()
    offered = {s.option for s in getattr(ev, "suggestions", []) if getattr(s, "question", "") == LINK} \
        if hasattr(ev, "suggestions") else set()
    return drafted, offered


OFFER = """Scope of the pilot

We fit current sensors on the two extruders and send the stop reasons to your MES (Siemens Opcenter) every minute through OPC UA.
{possible}

Exclusions

The following are not included in this offer:
- {excluded}
- Network cabling on site
"""


def test_an_erp_link_the_exclusions_list_names_is_not_drafted():
    text = OFFER.format(possible="Stock figures can be exchanged with your ERP (SAP ECC) via RFC.",
                        excluded="Interface to SAP ECC (quoted separately)")
    drafted, _ = _areas(text)
    assert "inventory" not in drafted and "production" in drafted


def test_a_german_exclusions_heading_takes_the_link_out():
    text = """Leistungsumfang

Wir erfassen die Stillstände der Pressen und melden jede Störung über OPC UA an Ihr MES (Opcenter).
Die Anbindung an Ihr ERP (SAP S/4HANA) erfolgt über eine Standardschnittstelle.

Ausschlüsse

- Anbindung an SAP S/4HANA
- Bauliche Maßnahmen
"""
    drafted, _ = _areas(text)
    assert "inventory" not in drafted


def test_work_on_a_systems_records_in_the_exclusions_leaves_its_link_drafted():
    text = OFFER.format(possible="Every alarm creates a work order in your IBM Maximo through its REST API.",
                        excluded="Data cleansing of historical Maximo records")
    drafted, _ = _areas(text)
    assert "maintenance" in drafted


def test_a_link_told_only_possible_is_not_drafted():
    text = """Technical solution

We fit vibration sensors on the six presses and send each alarm to your MES (Siemens Opcenter) through OPC UA.
Integration with your ERP (Microsoft Dynamics 365) is possible through a standard connector.
"""
    drafted, _ = _areas(text)
    assert "inventory" not in drafted and "production" in drafted


def test_a_link_the_offer_makes_is_drafted_without_a_possible_cue():
    text = """Technical solution

We fit vibration sensors on the six presses and send each alarm to your MES (Siemens Opcenter) through OPC UA.
We post the consumed material to your ERP (Microsoft Dynamics 365) through its standard connector every hour.
"""
    drafted, _ = _areas(text)
    assert "inventory" in drafted
