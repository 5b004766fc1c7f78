"""Walk 68: a French offer's payment and warranty lines ("... 45 jours fin de mois." "Garantie matériel 24 mois.")
were paired into the KPI "garantie matériel: 45 -> 730 jours": a measure named for a term of the offer (a warranty,
in any language the reader knows, with its duration unit) is none, over two sentences as within one."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = ("Nous équipons les 12 presses de votre atelier de capteurs de vibration reliés en OPC UA.\n"
         "Les alertes sont envoyées au technicien de maintenance d'astreinte.\n"
         "{terms}")


@pytest.mark.parametrize("terms", [
    "Validité de l'offre : 60 jours. Paiement : 30 % à la commande, 60 % à la livraison du matériel, 10 % à la "
    "réception ; 45 jours fin de mois. Garantie matériel 24 mois.",
    "Gültigkeit des Angebots: 60 Tage. Zahlung: 30 % bei Bestellung, 70 % bei Lieferung; 30 Tage netto. "
    "Gewährleistung Hardware 24 Monate.",
    "Validez de la oferta: 60 días. Pago: 30 % con el pedido, 70 % a la entrega; 45 días fecha factura. "
    "Garantía hardware 24 meses.",
])
def test_a_warranty_after_a_payment_term_is_no_measure(terms):
    answer = draft(OFFER.format(terms=terms), BANK).answer(BANK.key_questions.kpi)
    measure = answer.measure if answer else None
    assert not (measure and measure.baseline is not None and measure.target is not None), measure
