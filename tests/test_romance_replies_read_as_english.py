"""A reply in Spanish, Italian, French or Portuguese read as specifically as one in English (issue 16, walk 69): a role
it names once is drafted, not only suggested as in an article read through a gloss, and an accuracy it measured ("acertó
26 de 30 casos") answers the question on what the system detects."""
from pathlib import Path

import pytest

from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for
from reading.reply_drafting import for_drafting
from scoring.rounds import reply_reader

BANK = load_bank()
READER = reply_reader(BANK)

_ROLES = {
    "es": "Hola Marta, te contesto punto por punto. Usarán el sistema el jefe de turno de hornos (alertas y ajuste de "
          "quemadores) y el técnico de mantenimiento (órdenes de trabajo). El jefe de turno recibe una alerta y ajusta "
          "los quemadores. Ninguna recomendación cambia el horno sola: el jefe de turno decide siempre.",
    "it": "Buongiorno Marta, rispondo punto per punto. Useranno il sistema il capoturno dei forni (allarmi e "
          "regolazione dei bruciatori) e il tecnico di manutenzione (ordini di lavoro). Il capoturno riceve un allarme "
          "e regola i bruciatori. Nessuna raccomandazione cambia il forno da sola: il capoturno decide sempre.",
    "pt": "Olá Marta, respondo ponto por ponto. Vão usar o sistema o chefe de turno dos fornos (alertas e ajuste dos "
          "queimadores) e o técnico de manutenção (ordens de trabalho). O chefe de turno recebe um alerta e ajusta os "
          "queimadores. Nenhuma recomendação muda o forno sozinha: o chefe de turno decide sempre.",
}


@pytest.mark.parametrize("language", sorted(_ROLES))
def test_a_role_a_romance_reply_names_once_is_drafted_not_only_suggested(language):
    drafted, _ = drafter_for(BANK).drafted_pass([pasted(_ROLES[language], "reply", "respuesta.txt")])
    roles = drafted.answer("users.roles")
    assert roles and "maintenance_techs" in roles.choices, roles


def test_a_role_a_long_spanish_reply_names_once_is_drafted_not_only_suggested():
    # walk 69's first reply, nine answers long: read as an article (or a product page) its "técnico de mantenimiento",
    # named once, was only suggested and the roles question read "1 kind (supervisors / shift leads)"
    text = (Path(__file__).parent / "data" / "walk69" / "respuesta_ronda1_TDL.txt").read_text(encoding="utf-8")
    lines, *_ = for_drafting(pasted(text, "reply", "respuesta_ronda1_TDL.txt"), READER)  # one sentence a line
    drafted, _ = drafter_for(BANK).drafted_pass([lines])
    roles = drafted.answer("users.roles")
    assert roles and {"shift_leads", "maintenance_techs"} <= set(roles.choices), roles


_ACCURACY = {
    "es": "En Castellón la detección de desgaste de rodamientos acertó 26 de 30 casos (87 %) en 6 meses, medido contra "
          "las órdenes de trabajo cerradas.",
    "it": "A Sassuolo il sistema ha rilevato 26 casi su 30 di usura dei cuscinetti (87 %) in 6 mesi, misurato sugli "
          "ordini di lavoro chiusi.",
    "fr": "À Castellón, la détection de l'usure des roulements a trouvé 26 cas sur 30 (87 %) en 6 mois, mesuré sur les "
          "ordres de travail clôturés.",
    "pt": "Em Castellón a deteção de desgaste de rolamentos acertou 26 de 30 casos (87 %) em 6 meses, medido contra as "
          "ordens de trabalho fechadas.",
    "de": "In Castellón hat die Erkennung 26 von 30 Lagerschäden (87 %) in 6 Monaten erkannt, gemessen an den "
          "geschlossenen Arbeitsaufträgen.",
}


@pytest.mark.parametrize("language", sorted(_ACCURACY))
def test_a_measured_accuracy_in_a_romance_reply_is_an_accuracy(language):
    assert READER.accuracy.said(_ACCURACY[language].lower(), READER.spelled.digits)


@pytest.mark.parametrize("sentence", ["El piloto dura 6 de 8 semanas en la planta.",
                                      "Il 26 di 30 operatori lavora su due turni."])
def test_a_share_with_no_word_of_finding_is_no_accuracy(sentence):
    assert not READER.accuracy.said(sentence.lower(), READER.spelled.digits)
