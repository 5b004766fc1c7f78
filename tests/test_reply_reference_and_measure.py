"""A reply that names a reference customer (the company and what runs there, with someone to call) closes the question
on which reference shows a measured result, and one that states how the result will be measured (the data it is
counted from, the period taken as the baseline) closes the question on measuring, in every reply language (rounds.yaml
kpi `heads` and `reads`); a vague one ("we have many references", "we will measure it together") leaves them open."""
from __future__ import annotations

from datetime import date

import pytest

from reading.documents import pasted
from rounds_corpus import SENT, drafted
from scoring import score
from scoring.rounds import freeze, read_reply

PROPOSAL = ("Quotation Q-2291 for the predictive maintenance of the die-casting cells at your plant in Querétaro.\n\n"
            "We install two vibration sensors and one oil temperature sensor on each of your 3 die-casting cells; the "
            "gateway sends the readings every second to the on-premise server.\n\n"
            "The anomaly model raises an alert to the shift maintenance supervisor, who decides whether to intervene.\n\n"
            "We expect unplanned downtime of the cells to fall by 25 % within 12 months.")
ASKED = frozenset({"return.measurement", "return.reference"})
MAIL = {"en": ("Dear Mr Ortiz,\n\nfurther to your letter, our answers.\n\n", "\n\nBest regards,\nJohn Miller"),
        "es": ("Estimado Ing. Ortiz:\n\nle respondo a sus preguntas.\n\n", "\n\nSaludos cordiales,\nJuan Molina"),
        "de": ("Sehr geehrter Herr Ortiz,\n\nanbei unsere Antworten.\n\n", "\n\nMit freundlichen Grüßen\nJan Müller"),
        "fr": ("Monsieur Ortiz,\n\nvoici nos réponses à vos questions.\n\n", "\n\nCordialement,\nJean Martin")}
MEASURE = {
    "en": "Measurement: the result will be measured with your own stop log in SAP PM; we take the last 9 months as the "
          "baseline and compare the unplanned stop hours of each cell every month.",
    "es": "Medición: el resultado se medirá con su propio registro de paros en SAP PM; tomamos los últimos 9 meses como "
          "línea base y comparamos cada mes las horas de paro no programado de cada celda.",
    "de": "Messung: Das Ergebnis messen wir mit Ihrem eigenen Stillstandsprotokoll in SAP PM; als Ausgangswert nehmen "
          "wir die letzten 9 Monate und vergleichen monatlich die ungeplanten Stillstandsstunden jeder Zelle.",
    "fr": "Mesure : le résultat sera mesuré avec votre propre journal des arrêts dans SAP PM ; nous prenons les 9 "
          "derniers mois comme référence et comparons chaque mois les heures d'arrêt non planifié de chaque cellule.",
}
REFERENCE = {
    "en": "Reference: Dunmore Castings Ltd in Sheffield runs the system on 4 die-casting cells. Contact: Mr Alan "
          "Price, maintenance manager, phone +44 114 555 0101.",
    "es": "Referencia: Fundiciones del Norte (Saltillo) opera el sistema en 4 celdas de inyección. Contacto: Ing. "
          "Marta Ruiz, gerente de mantenimiento, teléfono +52 844 410 2200.",
    "de": "Referenz: Die Gießerei Albrecht GmbH in Soest betreibt das System an 4 Druckgusszellen. "
          "Ansprechpartnerin: Frau Petra Lang, Instandhaltungsleiterin, Telefon +49 2921 5550.",
    "fr": "Référence : la Fonderie Morel à Lyon utilise le système sur 4 cellules de fonderie sous pression. "
          "Contact : M. Paul Morel, responsable maintenance, téléphone +33 4 72 00 11 22.",
}
VAGUE = {
    "en": "References: we have many satisfied customers in the automotive sector. Measurement: we will define together "
          "how to measure the result.",
    "es": "Referencias: tenemos muchos casos de éxito en el sector automotriz. Medición: definiremos juntos cómo medir "
          "el resultado.",
}


@pytest.fixture(scope="module")
def sent():
    evaluation = drafted({"proposal": PROPOSAL}, "Castsense")
    sent = freeze(evaluation, score(evaluation), "R. Ortiz", SENT, also=ASKED)
    [kpi] = [q for q in sent.rounds[-1].questions if q.topic == "kpi"]
    assert {f"question:{q}" for q in ASKED} <= set(kpi.sources)  # the letter asks both
    return sent


def _kpi(sent, language: str, body: str):
    greeting, closing = MAIL[language]
    outcome = read_reply(sent, pasted(greeting + body + closing, "reply", "Reply"), today=date(2026, 12, 7))
    still = {s.split(":", 1)[1] for s in outcome.round.open_after if s.startswith("question:")}
    return still & ASKED, {a.question: a for a in outcome.evaluation.answers}


@pytest.mark.parametrize("language", ["en", "es", "de", "fr"])
def test_a_named_reference_and_a_stated_measuring_method_close_the_question(sent, language):
    still, answers = _kpi(sent, language, MEASURE[language] + "\n\n" + REFERENCE[language])
    assert not still
    assert answers["return.measurement"].choices == ["before_after"]
    assert REFERENCE[language].split(".")[0] in answers["return.reference"].text


@pytest.mark.parametrize("language", ["es", "de", "fr"])
def test_the_measuring_method_alone_answers_the_measuring(sent, language):
    still, answers = _kpi(sent, language, MEASURE[language])
    assert answers["return.measurement"].choices == ["before_after"]
    assert "return.reference" not in answers and still == {"return.reference"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_vague_references_and_measuring_leave_the_question_open(sent, language):
    still, answers = _kpi(sent, language, VAGUE[language])
    assert still == ASKED
    assert "return.reference" not in answers and "return.measurement" not in answers
