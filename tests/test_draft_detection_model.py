"""A trained model that judges each part or image (a crack-detection model, a neural network that classifies each shot)
is analysis the proposal states: workflow.analytics 'detection', backing data and analytics and the AI label, so the
follow-up letter does not ask what the model detects."""
from datetime import date

import pytest

from questions import load_bank
from reading.draft import draft
from scoring import score
from scoring.rounds import freeze

BANK = load_bank()

QUOTE = """VisionGuard AI - Quotation for Hollmann Stanztechnik

VisionGuard brings artificial intelligence to your press shop.

Today the inspectors check one part in fifty by eye, and last year 14 complaints cost about EUR 180,000.

- Two line-scan cameras mounted after press 3, inspecting every housing at up to 40 strokes per minute.
- {model}
- A part judged cracked is pushed to the reject chute; the line operator sees the image on the HMI and confirms or releases it within the shift.
"""


def _choices(evaluation, qid):
    answer = evaluation.answer(qid)
    return answer.choices if answer else []


@pytest.mark.parametrize("model", [
    "An inspection PC at the line running our crack-detection model, trained on 2,000 images of your own parts during a six-week pilot.",
    "A neural network trained on your parts classifies each housing within 300 ms as good, cracked or unknown.",
    "The deep learning model was trained with 1,500 images from your line and detects cracks of 0.2 mm and more.",
    "Our AI model, trained on your own reject images, detects splits and necking on every part.",
    "A YOLOv8 detector, trained on 3,000 images of your housings, marks each crack on the image.",
])
def test_a_trained_model_that_judges_each_part_is_detection_backing_data_analytics(model):
    evaluation = draft(QUOTE.format(model=model), BANK, proposal="detection")
    assert "detection" in _choices(evaluation, "workflow.analytics")
    assert "prediction" not in _choices(evaluation, "workflow.analytics")
    assert "data_analytics" in _choices(evaluation, "workflow.technologies")


@pytest.mark.parametrize("sentence", [
    "Cameras take a photo of every housing, and the inspector checks the photos at the end of the shift.",
    "The dashboard shows the scrap per die as a trend chart.",
    "Our inspectors classify the defects by hand at the end of the shift.",
])
def test_cameras_or_charts_without_a_trained_model_are_no_detection(sentence):
    evaluation = draft(QUOTE.format(model=sentence), BANK, proposal="detection")
    assert "detection" not in _choices(evaluation, "workflow.analytics")


def test_the_letter_asks_no_what_the_model_detects_when_the_quote_says_it():
    model = "An inspection PC at the line running our crack-detection model, trained on 2,000 images of your own parts."
    evaluation = draft(QUOTE.format(model=model), BANK, proposal="detection")
    sent = freeze(evaluation, score(evaluation, BANK), "Buyer", date(2026, 12, 4))
    assert "analytics" not in {q.topic for q in sent.rounds[-1].questions}


def test_a_quote_sold_as_ai_with_only_charts_is_still_asked_what_the_model_detects():
    evaluation = draft(QUOTE.format(model="The dashboard shows the scrap per die as a trend chart."), BANK, proposal="ai")
    sent = freeze(evaluation, score(evaluation, BANK), "Buyer", date(2026, 12, 4))
    assert "analytics" in {q.topic for q in sent.rounds[-1].questions}
