"""Rounds tuning42 and tuning70: the buyer's KPI under the KPI question ("KPI: casing bursts from 120 per week ... to
under 40 per week by 30-06-2027") stayed open when another line placed there told another plant's result ("In a plant
in Murcia ... it predicted 71 % of 2.300 bursts"): drafting reads the lines as one text, and a text telling another
site's result commits to none. Each line is read alone where the lines together state no baseline and target
(reading/reply_kpi.py), each that dates its target, in each language; another plant's result still gives none."""
import pytest

from rounds_corpus import replied, sent_out

OFFER = ("FillSense is an IIoT and AI platform for sausage filling lines. Sensors on the 4 fillers read casing "
         "pressure, portion weight and speed, and AI predicts bursts. Live dashboards and alerts to supervisors.")


def _kpi(body):
    sent = sent_out(OFFER, "FillSense", "Buyer")
    done = replied(sent, f"Dear Ms. Ortiz,\n\n{body}\n\nRegards,\nTom")
    return next(q for q in done.round.questions if q.topic == "kpi"), done.evaluation.answer("decision.kpi")


@pytest.mark.parametrize("body, baseline, target", [
    ("In a plant in Murcia with the same fillers it predicted 71 % of 2,300 bursts with 3 false alarms per shift, "
     "measured over 5 months against the line log.\nKPI: casing bursts from 120 per week (average of weeks "
     "27-43/2026) to under 40 per week by 30-06-2027, measured each week from the line log.", 120, 40),
    ("In einem Werk in Murcia mit denselben Füllern sagte es 71 % von 2.300 Platzern mit 3 Fehlalarmen pro Schicht "
     "voraus, gemessen über 5 Monate.\nKPI: Ausschussquote von 4,2 % (2025, aus dem MES) auf 2,5 % bis 30.06.2027, "
     "monatlich aus dem MES gemessen.", 4.2, 2.5),
    ("En una planta de Murcia con las mismas embutidoras predijo el 71 % de 2.300 roturas con 3 falsas alarmas por "
     "turno, medido durante 5 meses.\nKPI: tasa de rechazo del 4,2 % (2025, del MES) al 2,5 % antes del 30-06-2027, "
     "medida cada mes en el MES.", 4.2, 2.5),
])
def test_the_buyers_kpi_beside_another_plants_result_closes(body, baseline, target):
    question, answer = _kpi(body)
    assert answer is not None and (answer.measure.baseline, answer.measure.target) == (baseline, target)
    assert question.closed


@pytest.mark.parametrize("body", [
    "KPI: at a plant in Murcia with the same fillers bursts fell from 120 to 40 per week, measured over 5 months.",
    # the plant named a line before its result: the result read alone would seem ours
    "KPI: our reference is a sausage plant in Murcia with the same Handtmann fillers.\n"
    "Casing bursts fell from 120 per week to 40 per week within six months there.",
])
def test_another_plants_result_states_no_kpi_of_ours(body):
    question, _answer = _kpi(body)
    assert not question.closed
