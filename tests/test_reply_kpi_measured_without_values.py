"""A KPI named with how it will be measured against a period before the start ("against the 12 weeks before go-live"),
but with no baseline or target value, answers the KPI question partly: never described specifically, never closed.
A promise to track the improvements stays unanswered (found by a walk through a corrugator reply). Every sentence here
is new."""
import pytest

from rounds_corpus import Mail, sent_out

COATING = ("CoatSense is the AI-driven Industry 4.0 platform for powder coating lines.\n"
           "Film thickness gauges and oven sensors feed a model that predicts coating defects.\n"
           "It will reduce rework and pay back quickly.\n")
MAIL = Mail("Dear Ms de Vries,", "Best regards,\nJonas Keller")


@pytest.fixture(scope="module")
def coating():
    return sent_out(COATING, "CoatSense", "M. de Vries")


MEASURED = [
    "We will measure reworked racks per week against the 12 weeks before go-live.",
    "Success is counted as hooks sent back to pre-treatment per shift, compared with the six months before the pilot.",
    "Orange-peel complaints will be tracked every month and compared to the same months of 2025.",
    "KPI: Nacharbeitsquote pro Schicht, gemessen gegenüber den letzten 3 Monaten vor dem Start.",
    "We meten de afkeur per ploeg, vergeleken met the 10 weeks before go-live.",
    "The measure is first-pass yield of the coated parts; the baseline we take during the first month of the pilot.",
    "Reject rate at final inspection, baseline to be measured over 4 weeks before we switch on the model.",
]


@pytest.mark.parametrize("sentence", MEASURED)
def test_a_kpi_compared_with_a_period_before_the_start_is_answered_partly(coating, sentence):
    question = MAIL.asked(coating, sentence)["kpi"]
    assert question.status == "partly" and not question.closed, question.why
    assert "names the data" in question.why and sentence in question.quotes


@pytest.mark.parametrize("sentence", MEASURED)
def test_a_kpi_without_values_never_makes_the_kpi_described_specifically(coating, sentence):
    assert "decision.kpi" not in MAIL.specific(coating, sentence)


def test_the_period_s_length_is_no_value_of_the_kpi(coating):
    question = MAIL.asked(coating, MEASURED[0])["kpi"]
    assert "but not a number with its unit" in question.why, question.why


@pytest.mark.parametrize("sentence", [
    "We will of course track the improvements together.",
    "We will track the improvements together against the months before go-live.",
    "The results will be compared with the situation before the project.",
    "Improvements will be measured against the baseline.",
    "The model was validated against the last 3 months of data from your oven PLC.",
    "We tested the defect prediction against the last two years of your rework records.",
])
def test_a_promise_to_track_improvements_or_a_model_checked_on_past_data_leaves_the_kpi_unanswered(coating, sentence):
    question = MAIL.asked(coating, sentence)["kpi"]
    assert question.status == "not_answered" and not question.closed, question.why


def test_a_kpi_with_its_values_still_names_its_figures_beside_a_period(coating):
    body = ("Reworked racks per week: 38 on average in 2025 in your rework log, target at most 10 by June 2027, "
            "measured against the 12 weeks before go-live.")
    question = MAIL.asked(coating, body)["kpi"]
    assert "not a number" not in question.why and question.status in ("answered", "partly"), question.why


@pytest.mark.parametrize("sentence", [
    "KPI: fewer racks sent back for re-coating per month; the target we fix with you after the pilot.",
    "Our KPI would be the number of customer returns for chipped coating.",
    "Kennzahl: Anzahl der Reklamationen pro Monat.",
])
def test_a_kpi_named_as_a_count_without_figures_is_answered_partly(coating, sentence):
    question = MAIL.asked(coating, sentence)["kpi"]
    assert question.status == "partly" and not question.closed, question.why
    assert "decision.kpi" not in MAIL.specific(coating, sentence)
