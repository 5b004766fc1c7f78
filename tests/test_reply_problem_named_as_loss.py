"""A plant problem named by the loss itself, a damage, a grade lost, short circuits, a material lost ("returned for
bearing damage", "6,2 % off-grade cathodes", "la perte de sucre"), counted, answers the question on the problem: its
loss is the problem's data, a number beside a place's own number ("tankhouse 2, 6,2 %") no range a boast reads. Every
sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

OFFER = ("CellWise uses machine learning and AI to make your plant smarter.\n"
         "Our algorithms learn from your data and optimise everything.\n")
MAIL = Mail("Dear Ms Moreau,", "Kind regards,\nJan Visser")


@pytest.fixture(scope="module")
def offer():
    return sent_out(OFFER, "CellWise", "C. Moreau")


@pytest.mark.parametrize("body", [
    "The first problem we solve is gearbox damage on conveyor 7: 5 gearboxes replaced for damage in 2025, in your "
    "maintenance log; solved when at most 1 a year.",
    "Problema: daños en los rodamientos de la línea 2, 6 rodamientos cambiados en 2025; resuelto con como máximo 1 al año.",
    "Problema: danni ai cuscinetti della linea 2, 6 cuscinetti sostituiti nel 2025; risolto con al massimo 1 all'anno.",
    "Problème : dommages aux roulements de la ligne 2, 6 roulements changés en 2025 ; résolu avec au plus 1 par an.",
])
def test_a_counted_loss_named_as_damage_answers_the_problem(offer, body):
    question = MAIL.asked(offer, body)["problem"]
    assert question.closed, question.why


def test_a_unit_s_number_before_the_loss_s_share_is_no_range_that_sells(offer):
    """"spray dryer 2, 3,4 % off-spec": the unit's number and the share, no "2-3.4 %" a boast reads, so the sentence
    is no sales talk and its counted loss answers the problem beside a KPI line that names the loss too."""
    body = ("Problem: blocked nozzles on spray dryer 2, 3,4 % off-spec powder in 2025 by your lab log.\n"
            "KPI: off-spec share, target agreed after the pilot.")
    question = MAIL.asked(offer, body)["problem"]
    assert question.closed, question.why
