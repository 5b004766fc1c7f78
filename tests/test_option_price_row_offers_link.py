"""A price row priced as an option of a later phase ("Option phase 2 – interface GMAO Mainti4 (ordres de travail)")
makes no link this offer delivers: with the optional phase's own sentence ("Phase 2 (optionnelle) : ... interface avec
la GMAO Mainti4") it is offered to check, not drafted (drafting.yaml integrations optional; walk68, where the row alone
drafted the CMMS link, then lost it to the French gloss's repeats and showed nothing)."""
import pytest

from reading.draft import draft

LINKS = "connect.integrations"


@pytest.mark.parametrize("text", [
    "Nous installons des capteurs de vibration sur 12 presses et envoyons une alerte par SMS au technicien de "
    "maintenance d'astreinte. Phase 2 (optionnelle) : extension aux 20 presses restantes et interface avec la GMAO "
    "Mainti4 pour la création automatique des ordres de travail.\n"
    "Désignation: Option phase 2 – interface GMAO Mainti4 (ordres de travail); Qté: 1; Montant HT: 9 800,00 €",
    "We install vibration sensors on 12 presses and send an alert by SMS to the maintenance technician on call.\n"
    "Item: Option phase 2 – interface to the Mainti4 CMMS (work orders); Qty: 1; Price: 9,800.00 EUR",
])
def test_an_option_of_a_later_phase_priced_in_a_row_is_offered_to_check(text, bank):
    links = next((a for a in draft(text, bank).answers if a.question == LINKS), None)
    assert links is not None and links.integrations == [] and links.suggested == ["maintenance"]


def test_a_row_of_the_firm_phase_still_drafts_its_link(bank):
    links = next(a for a in draft("We install vibration sensors on 12 presses and send an alert by SMS to the "
                                  "maintenance technician on call.\nItem: Phase 1 – interface to the Mainti4 CMMS "
                                  "(work orders); Qty: 1; Price: 9,800.00 EUR", bank).answers if a.question == LINKS)
    assert [r.system for r in links.integrations] == ["maintenance"]
