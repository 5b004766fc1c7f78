"""One reader of which lines stand in an offer's section of what it leaves out (reading/offer_sections.py), whose lines
both uses take: the options of excluded_sections' questions dropped, and the links an exclusions list names taken out.
And an options section's (or a line's own) option answers no upkeep, security or reliability question but to check: "Optional:
24/7 remote support by our partner Servotek GmbH, EUR 4,800/year" drafted the vendor as who keeps the system."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from questions import load_bank
from reading.draft import draft
from reading.draft_optional import excluded_sections, left_out, optional_sections

BANK = load_bank()
LINK = "connect.integrations"
INTRO = ("Offer No. Q-2026-114\n\nDear Ms Hart, thank you for your enquiry. We propose vibration monitoring for the six "
         "presses of line 2. Our edge box reads the spindle vibration every second and sends an alarm to the shift "
         "leader's tablet.\n\n")
TERMS = "Terms\n\nPayment 30 days net.\n"


def _answer(text: str, question: str):
    return next((a for a in draft(text, BANK).answers if a.question == question), None)


def _plain(lines: list[str]) -> list[SimpleNamespace]:
    return [SimpleNamespace(heading=False)] * len(lines)


def test_a_lead_in_list_ends_after_its_bulleted_items():
    lines = ["Not included:", "- finishing (folders, cutters) - phase 2", "- any automatic change of press",
             "settings on the console", "Support: remote by phone, updates 1x/year, EUR 3,900/yr.",
             "Data: 3 yrs kept, CSV export from every report."]
    assert left_out(lines, _plain(lines)) == {"- finishing (folders, cutters) - phase 2",
                                              "- any automatic change of press", "settings on the console"}
    lines = ["Ne sont pas compris dans la présente offre :", "– l'interface avec l'ERP Sage X3", "Formation : 1 jour."]
    assert left_out(lines, _plain(lines)) == {"– l'interface avec l'ERP Sage X3"}


@pytest.mark.parametrize("lead, after", [
    ("Not included:\n- Network cabling\n- Civil works",
     "Our service team maintains the edge box and updates the models every quarter."),
    ("Nicht enthalten:\n- Netzwerkverkabelung\n- Bauarbeiten",
     "Wartung und Updates der Plattform durch unseren Service: 3.900 EUR/Jahr."),
])
def test_who_keeps_the_system_told_after_a_lead_in_list_is_drafted(lead, after):
    answer = _answer(INTRO + f"{lead}\n\n{after}\n\n" + TERMS, "upkeep.owner")
    assert answer is not None and answer.choices == ["vendor_service"]


def test_a_heading_naming_exclusions_after_its_numbered_label_opens_the_section():
    sections, _ = excluded_sections()
    for line in ("SECTION 3 — NOT INCLUDED / CUSTOMER RESPONSIBILITIES", "Teil 4: Nicht im Lieferumfang",
                 "Non compris dans l'offre", "Poza zakresem", "Uitsluitingen"):
        assert sections.heads(line), line
    # open points and what is left out under one heading: its lines are not all left out
    assert not sections.heads("Open points / what is NOT included")
    assert not sections.heads("- Instandhaltungsmodul (optional, siehe Punkt 5)")  # an item, no heading
    assert sections.leads("The following items are excluded from this offer:")
    assert not sections.leads("Prices (VAT excluded):")


def test_an_options_heading_ends_the_exclusions_section_and_opens_its_own():
    lines = ["3 Nicht im Lieferumfang", "– Anbindung der Steuerungen der Spiralfroster.", "4 Optionen / Phase 2",
             "– Energiezähler für die vier Verdichter: 6.900,00 € netto."]
    assert left_out(lines, _plain(lines)) == {"– Anbindung der Steuerungen der Spiralfroster."}
    assert optional_sections().lines(lines, _plain(lines), excluded_sections()[0]) == {
        "– Energiezähler für die vier Verdichter: 6.900,00 € netto."}


def test_numbered_items_under_an_exclusions_heading_are_its_items():
    lines = ["Exclusions", "1. Interface to SAP ECC", "2. Civil works", "6. Warranty", "24 months."]
    assert left_out(lines, _plain(lines)) == {"1. Interface to SAP ECC", "2. Civil works"}


@pytest.mark.parametrize("excluded", [
    "Non compris dans l'offre\n\n- Interface avec votre ERP (Sage X3) : les commandes restent saisies dans Sage X3",
    "No se incluyen en esta oferta:\n- Interfaz con su ERP (Sage X3): los pedidos se siguen introduciendo en Sage X3",
])
def test_a_link_the_merged_exclusions_list_names_is_not_drafted(excluded):
    text = ("Scope of the pilot\n\nWe fit current sensors on the two extruders and send the stop reasons to your MES "
            "(Siemens Opcenter) every minute through OPC UA.\nThe ERP (Sage X3) receives the produced quantities "
            f"through a standard connector.\n\n{excluded}\n- Network cabling on site\n")
    answer = _answer(text, LINK)
    assert answer is not None and "production" in {row.system for row in answer.integrations}
    assert "inventory" not in {row.system for row in answer.integrations}


OPTIONS = {  # an options heading in five languages, its partner's support and its yearly price
    "en": ("Options", "24/7 remote support by our partner Servotek GmbH", "EUR 4,800/year"),
    "de": ("Optionen", "Wartung und Support rund um die Uhr durch unseren Partner Servotek GmbH", "4.800 EUR/Jahr"),
    "es": ("Opciones", "Soporte remoto 24/7 por nuestro socio Servotek GmbH", "4.800 €/año"),
    "it": ("Opzioni", "Assistenza remota 24/7 dal nostro partner Servotek GmbH", "4.800 €/anno"),
    "nl": ("Opties", "24/7 ondersteuning op afstand door onze partner Servotek GmbH", "€ 4.800 per jaar"),
}


@pytest.mark.parametrize("language", sorted(OPTIONS))
@pytest.mark.parametrize("form", ["bullet", "row"])
def test_an_options_sections_partner_support_is_only_offered_as_who_keeps_it(language, form):
    heading, item, price = OPTIONS[language]
    listed = f"- {item}, {price}" if form == "bullet" else f"Pos. | Description | Price\n1 | {item} | {price}"
    answer = _answer(INTRO + f"{heading}\n\n{listed}\n\n" + TERMS, "upkeep.owner")
    assert answer is None or not answer.choices


@pytest.mark.parametrize("line", [
    "Scope of supply\n\n- 6 vibration sensors and one edge box\n"
    "- Optional: 24/7 remote support by our partner Servotek GmbH, EUR 4,800/year",
    "Lieferumfang\n\n- 6 Schwingungssensoren und eine Edge-Box\n"
    "- Option: Wartung und Support durch unseren Partner Servotek GmbH, 4.800 EUR/Jahr",
    "Service\n\nRemote support of the system is available from our partner Servotek GmbH under a separate contract, "
    "EUR 4,800/year.",
])
def test_a_line_sold_apart_answers_who_keeps_it_only_to_check(line):
    answer = _answer(INTRO + line + "\n\n" + TERMS, "upkeep.owner")
    assert answer is None or not answer.choices


def test_the_vendors_own_upkeep_in_the_offer_is_still_drafted():
    text = INTRO + "Service\n\nOur service team maintains the edge box and updates the models, EUR 4,800/year.\n\n" + TERMS
    assert _answer(text, "upkeep.owner").choices == ["vendor_service"]
