"""Compare's price cell (issue 14, walk76): the offer's own total, one-off and recurring fees first, its options after
and marked, and an item two documents state (the proposal's row, the price sheet's row) once; the pilot cell too."""
from __future__ import annotations

from questions.loader import load_bank
from questions.models import Evaluation
from reading.documents import pasted
from scoring.compare import once_per_item, stated_price

OFFER = ("4. Opzioni\n"
         "Opzione: A; Descrizione: Estensione al magazzino: 6 sensori aggiuntivi; Prezzo (IVA esclusa): 9.300,00 €\n"
         "Opzione: B; Descrizione: Integrazione con SAP PM via API; Prezzo (IVA esclusa): 12.400,00 €\n"
         "5. Prezzi\n"
         "Voce: Pilota di 2 mesi (linea 1); Importo (IVA esclusa): 18.000,00 €\n"
         "Voce: Installazione completa (hardware + messa in servizio); Importo (IVA esclusa): 64.000,00 €\n"
         "Voce: Abbonamento piattaforma (impianto completo); Importo (IVA esclusa): 1.100,00 € / mese\n")
SHEET = ("Partida: Piloto 2 meses (L1); Cantidad: 1; Precio unitario (€): 18000; Total (€): 18000\n"
         "Partida: Option B - SAP PM integration; Cantidad: 1; Precio unitario (€): 12400; Total (€): 12400\n")


def _evaluation(*documents) -> Evaluation:
    return Evaluation(proposal="Offer", documents=list(documents), bank_version=load_bank().version)


def test_options_listed_first_in_an_offer_come_after_its_own_prices_and_are_marked():
    lines = stated_price(_evaluation(pasted(OFFER, "proposal", "Offerta")))
    own = [line for line in lines if not line.startswith("option: ")]
    assert any("64.000,00 €" in line for line in own) and any("1.100,00 € / mese" in line for line in own)
    options = lines[len(own):]
    assert [("9.300" in o, "12.400" in o) for o in options] == [(True, False), (False, True)]
    assert all(o.startswith("option: ") for o in options)


def test_an_option_the_price_sheet_states_again_is_one_line_still_marked():
    sheet = pasted(SHEET, "price_sheet", "Sheet")
    sheet = sheet.model_copy(update={"kind": "price_sheet"})
    lines = stated_price(_evaluation(pasted(OFFER, "proposal", "Offerta"), sheet))
    assert sum("12.400" in line or "12,400" in line for line in lines) == 1
    assert sum("18.000" in line or "18,000" in line for line in lines) == 1


def test_an_offer_without_options_keeps_its_prices_unmarked():
    text = "Total project price: EUR 48.000\nSubscription: EUR 900 per month\n"
    lines = stated_price(_evaluation(pasted(text, "proposal", "Offer")))
    assert lines and not any(line.startswith("option: ") for line in lines)


def test_the_pilot_stated_by_the_proposal_and_the_price_sheet_is_one_pilot():
    proposal = "Concepto: Piloto de 3 meses (CIP 1); Importe (sin IVA): 24.500,00 €"
    sheet = "Partida: Piloto 3 meses (CIP 1); Cantidad: 1; Precio unitario (€): 24500; Total (€): 24500"
    assert once_per_item([proposal, sheet]) == [proposal]
    other = "Phase 2 pilot on line 3: EUR 31,000"
    assert once_per_item([proposal, other]) == [proposal, other]  # two pilots, two amounts: both kept
