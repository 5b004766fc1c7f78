"""The offer's term is the duration of its contract or fee, not another period said in months (walk79, an Italian
moulder's offer: "Durata del canone: 36 mesi" was read as 24 months from a warranty and a data retention). A warranty,
a retention, a support window, a notice or a payment delay is not the term; the fee's, the subscription's or the
contract's duration is. Each kind in several languages, never with the walk's own sentences."""
from __future__ import annotations

import pytest

from reading.price_term import term_months


@pytest.mark.parametrize("text, months", [
    ("Durata dell'abbonamento: 48 mesi, rinnovabile.", 48),
    ("Laufzeit: 36 Monate, danach jährlich kündbar.", 36),
    ("Durée de l'abonnement : 3 ans.", 36),
    ("Duración de la suscripción: 24 meses.", 24),
    ("Looptijd van de overeenkomst: 60 maanden.", 60),
    ("Term of the subscription: 5 years from go-live.", 60),
])
def test_the_fee_s_or_subscription_s_duration_is_the_term(text, months):
    assert term_months(text) == months


@pytest.mark.parametrize("text, months", [
    ("Le registrazioni sono archiviate per 12 mesi, poi per tutta la durata del contratto in forma aggregata. "
     "Durata del contratto: 48 mesi.", 48),
    ("Rohdaten werden 18 Monate gespeichert, Auswertungen über die Vertragslaufzeit. Vertragslaufzeit: 60 Monate.", 60),
    ("Les mesures sont conservées 12 mois, les rapports pendant la durée du contrat. Durée du contrat : 4 ans.", 48),
    ("Raw readings are retained for 12 months after the end of the contract term. Contract term: 36 months.", 36),
    ("Garantie: mind. 24 Monate. Laufzeit: 48 Monate.", 48),
    ("Garantía de los equipos 24 meses durante la duración del contrato; duración del contrato: 36 meses.", 36),
])
def test_a_retention_or_warranty_length_before_the_term_word_is_not_the_term(text, months):
    assert term_months(text) == months


@pytest.mark.parametrize("text", [
    "Garanzia hardware: 24 mesi. I dati sono conservati per 12 mesi per tutta la durata del contratto.",
    "Support is provided for 36 months within the contract term.",
    "Gewährleistung mind. 24 Monate.",
    "Zahlungsziel 2 Monate nach Vertragslaufzeit-Beginn.",
])
def test_a_warranty_retention_support_or_payment_period_alone_states_no_term(text):
    assert term_months(text) is None
