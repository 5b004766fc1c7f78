"""Replies partly in German and replies in a detector's own terms, as rounds16 found them: a German label over an
answer ("Die Vorhersage: ..."), a German KPI line whose deadline is a day with a full stop before its month ("bis
30. Juni 2027"), and how well a detector finds said as false calls or a hit rate. Every sentence here is new."""
import pytest

from reading.documents import pasted
from rounds_corpus import Mail, placed, sent_out

PRESS = ("PressMind brings machine learning and Industry 4.0 to tablet presses.\n"
         "AI detects capping and lamination in every tablet and predicts punch wear.\n"
         "Fewer rejected batches and higher yield.\n")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "PressMind", "K. Roth")


MAIL = Mail("Sehr geehrte Frau Roth,", "Mit freundlichen Grüßen\nJonas Keller")


def test_a_german_label_puts_its_answer_under_the_prediction(press):
    body = ("Die Vorhersage: for each batch PressMind gives the share of capped tablets 20 minutes before the "
            "press reaches it, and at Pharmawerk Jena it was within 0.5 percentage points on 610 batches in 2025.")
    assert set(placed(press, pasted(MAIL.letter(body), "reply", "Reply").text).values()) >= {"analytics"}


DOSING = ("PressMind is smart dosing for tablet presses.\n"
          "Machine learning calculates the fill depth for every batch.\n"
          "Less waste, more good tablets.\n")


@pytest.fixture(scope="module")
def dosing():
    return sent_out(DOSING, "PressMind", "K. Roth")


def test_a_german_kpi_line_with_its_day_before_the_month_is_one_sentence_and_closes(dosing):
    body = ("Kennzahl: Anteil gekappter Tabletten, 1,9% (Chargenprotokolle, 2025) -> 0,6% bis 31. März 2027, monatlich "
            "aus den Chargenprotokollen.")
    sentences = list(placed(dosing, pasted(MAIL.letter(body), "reply", "Reply").text))
    assert any("31. März 2027, monatlich" in s for s in sentences)
    assert MAIL.asked(dosing, body)["kpi"].closed


@pytest.mark.parametrize("sentence", [
    "The camera finds 94% of the capped tablets your QC finds by hand, with 3% false calls, counted on 12,000 tablets.",
    "On 40 batches at Pharmawerk Jena the hit rate was 91% against the hand checks of QC.",
])
def test_how_well_a_detector_finds_said_as_false_calls_or_a_hit_rate_is_on_the_prediction(press, sentence):
    assert MAIL.asked(press, sentence)["analytics"].status != "not_answered"
