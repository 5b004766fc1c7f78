"""Walk 76: a scanned French offer was priced at its letterhead ("SAS au capital de 250 000 € — SIRET ..."), its price
table let go. A letterhead's or footer's line (share capital, registry and tax numbers, bank account) states no price."""
import pytest

from reading.fees import fees


@pytest.mark.parametrize("letterhead", [
    "Müller Sensorik GmbH · Industriestr. 4 · 70565 Stuttgart · Stammkapital 25.000 € · Amtsgericht Stuttgart HRB 7788",
    "Brightline Automation Ltd, registered in England no. 0812345, share capital GBP 100,000, VAT No GB 123 4567 89",
    "Automazioni Padane S.r.l. - Via Emilia 12, 42100 Reggio Emilia - Capitale sociale € 50.000 i.v. - P.IVA 01234567890",
    "Soluciones Norte S.L. · Capital social 3.006,00 € · Inscrita en el Registro Mercantil de Bilbao · CIF B12345678",
])
def test_a_letterhead_with_its_share_capital_states_no_price(letterhead):
    text = f"{letterhead}\n\nOffer for the packing line\n\n| Item | Amount |\n| Pilot line 1 | EUR 18.400 |\n" \
           f"| Licence | EUR 6.200 |\n| Total | EUR 24.600 |\n\n{letterhead}"
    said = fees().stated(text)
    assert said and all("capital" not in line.lower() and "kapital" not in line.lower() for line in said), said
    assert any("24.600" in line for line in said), said


def test_an_offer_with_only_a_letterhead_states_no_price():
    text = "ARAI SAS au capital de 180 000 € - SIRET 812 345 678 00021 - 31000 Toulouse\n\nNous vous proposons un pilote."
    assert fees().stated(text) == []


def test_a_capital_cost_row_is_still_a_price():
    text = "| Item | Amount |\n| Capital cost of the gateways | EUR 12.000 |\n| Bank transfer fee | EUR 40 |"
    assert any("12.000" in line for line in fees().stated(text))
