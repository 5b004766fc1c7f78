"""An option the offer puts out of scope is drafted from no other line of it, in any language it is written in
(reading/draft_excluded.py, drafting.yaml excluded_options; walk70: "Predictive maintenance models are not included in
this proposal", yet a case-study deck's "AI-powered anomaly detection" ticked the prediction)."""
import pytest

from reading.draft import draft

OFFERED = {
    "en": "Our gateway reads the spindle load of 40 CNC machines every second and the shift leader sees it on a live "
          "dashboard. The platform predicts bearing failures two weeks ahead.",
    "fr": "Notre passerelle lit la charge broche de 40 machines CNC chaque seconde et le chef d'équipe la voit sur un "
          "tableau de bord en temps réel. La plateforme prédit les pannes de roulements deux semaines à l'avance.",
    "es": "Nuestra pasarela lee la carga del husillo de 40 máquinas CNC cada segundo y el jefe de turno la ve en un "
          "panel en tiempo real. La plataforma predice fallos de rodamientos con dos semanas de antelación.",
    "de": "Unser Gateway liest die Spindellast von 40 CNC-Maschinen jede Sekunde, und der Schichtleiter sieht sie auf "
          "einem Live-Dashboard. Die Plattform berechnet die Restlebensdauer jedes Werkzeugs mit einem Prognosemodell.",
}
LEFT_OUT = {
    "en": " Predictive maintenance models are not included in this proposal.",
    "fr": " Hors périmètre : les modèles de maintenance prédictive.",
    "es": " Fuera del alcance: los modelos de mantenimiento predictivo.",
    "de": " Nicht im Lieferumfang: Prognosemodelle für die Werkzeugstandzeit.",
}


def _choices(evaluation, question):
    answer = next((a for a in evaluation.answers if a.question == question), None)
    return (answer.choices, answer.suggested) if answer else ([], [])


@pytest.mark.parametrize("language", sorted(OFFERED))
def test_an_excluded_prediction_is_drafted_from_no_other_line(language, bank):
    assert "prediction" in _choices(draft(OFFERED[language], bank), "workflow.analytics")[0]  # said, it drafts
    choices, suggested = _choices(draft(OFFERED[language] + LEFT_OUT[language], bank), "workflow.analytics")
    assert "prediction" not in choices and "prediction" not in suggested


def test_an_excluded_option_sold_as_an_option_is_only_offered_to_check(bank):
    text = ("Our gateway reads the spindle load of 40 CNC machines every second and the shift leader sees it on a live "
            "dashboard. The analytics module (an extra option) predicts bearing failures two weeks ahead. Predictive "
            "maintenance models are not included in this proposal.")
    choices, suggested = _choices(draft(text, bank), "workflow.analytics")
    assert "prediction" not in choices and "prediction" in suggested


@pytest.mark.parametrize("excluded", [
    "Changes to PLC programs, if any are needed, are carried out by your controls contractor and are excluded.",
    "Not included: connection of the moisture data to your MES.",
])
def test_work_on_a_thing_left_out_is_not_the_thing(excluded, bank):
    text = ("Our gateway reads the moisture of the dryer and the press state from the PLC every second over OPC UA, and "
            "the shift leader sees both on a live dashboard. " + excluded)
    evaluation = draft(text, bank)
    assert "plc_integration" in _choices(evaluation, "data.sources")[0]
    assert "live_dashboard" in _choices(evaluation, "workflow.outputs")[0]
