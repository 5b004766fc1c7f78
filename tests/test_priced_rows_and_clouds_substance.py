"""A priced row and a named cloud with its region are substance, not labels (walk79, an Italian offer: "Voce: Canone
SaaS (...); Importo EUR: 7.600,00" and "SaaS su Microsoft Azure, region West Europe" were marked the label 'cloud' with
nothing behind it, and the upkeep answer quoting the yearly fees scored 0 as naming no number with unit). An amount
whose row names its currency, in any locale's grouping, is a number with a unit; a cloud provider with its region is
where the data lives; a provider alone stays a label's only substance. Never the walk's own sentences."""
from __future__ import annotations

import pytest

from questions import Answer, Evaluation
from reading.text import reader_for
from scoring import score


@pytest.fixture(scope="module")
def reader(bank):
    return reader_for(bank)


def _kind(reader, text: str) -> str:
    (sentence,) = reader.read(text).sentences
    return sentence.kind


@pytest.mark.parametrize("text", [
    "Posizione: Abbonamento cloud (25 linee); Periodo: annuale; Importo EUR: 5.250,00",
    "Position: Cloud-Abonnement; Intervall: jährlich; Betrag (EUR): 4.800,00",
    "Poste : Abonnement SaaS ; Périodicité : annuel ; Montant (EUR) : 7 600,00",
    "Concepto: Suscripción SaaS; Periodo: anual; Importe USD: 12,400.00",
    "Item: Edge platform licence; Period: yearly; Amount GBP: 3,950.00",
    "Omschrijving: Cloudabonnement; Periode: jaarlijks; Bedrag EUR: 2.640,00",
])
def test_a_priced_row_whose_heading_names_its_currency_is_substance(reader, text):
    assert _kind(reader, text) == "substance"
    assert any(kind == "number" for kind, _ in reader.substance(text))


@pytest.mark.parametrize("text", [
    "Die Plattform läuft als SaaS auf AWS in eu-central-1.",
    "La plataforma SaaS se aloja en Google Cloud, europe-west3.",
    "The cloud platform is hosted on Microsoft Azure, Germany West Central.",
    "Het cloudplatform draait op Azure, regio North Europe.",
    "La plateforme cloud est hébergée sur Azure (France Central).",
])
def test_a_named_cloud_provider_with_its_region_is_substance(reader, text):
    assert _kind(reader, text) == "substance"


@pytest.mark.parametrize("text", [
    "Unsere SaaS-Lösung läuft sicher in der Cloud auf Azure.",
    "Our cloud-native platform runs on AWS.",
])
def test_a_cloud_provider_alone_stays_a_label_s_only_substance(reader, text):
    assert _kind(reader, text) == "label"


def test_an_upkeep_answer_quoting_yearly_fees_names_numbers_with_a_unit(bank):
    rows = ("Position: Wartung und Updates; Intervall: jährlich; Betrag EUR: 3.100,00 "
            "Position: Cloud-Abonnement; Intervall: jährlich; Betrag EUR: 6.250,00")
    ev = Evaluation(bank_version=bank.version, proposal="p",
                    answers=[Answer(question="upkeep.after_pilot", evidence="specific", text=rows)])
    scored = next(a for a in score(ev).answers if a.question == "upkeep.after_pilot")
    assert scored.points > 0 and "labels earn nothing" not in scored.reasons[0]
