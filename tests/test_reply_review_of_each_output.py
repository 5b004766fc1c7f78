"""Who reviews what the AI decides, said as a person named by the plant's trade who reviews, accepts or refuses each of
its outputs ("the melter on shift reviews every proposal", "the kiln master accepts or refuses each set-point"): that is
who reviews and how, and closes the question; the vendor's own experts or the system itself do not (issue 16, a kind
the tuning sets showed). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

FURNACE = "FurnaceMind uses AI to set the electrode power and oxygen of your arc furnace automatically.\n"


@pytest.fixture(scope="module")
def furnace():
    return sent_out(FURNACE, "FurnaceMind", "R. Lindqvist")


MAIL = Mail("Dear Mr Lindqvist,", "Kind regards,\nAnna Sepp")


def test_the_letter_asks_who_reviews_what_the_ai_decides(furnace):
    assert "human_review" in {q.topic for q in furnace.rounds[-1].questions}


@pytest.mark.parametrize("sentence", [
    "The melter on shift reviews every power profile before it is applied.",
    "The furnace master accepts or refuses each set-point on the panel.",
])
def test_a_plant_person_who_reviews_each_output_closes_the_review(furnace, sentence):
    assert MAIL.asked(furnace, sentence)["human_review"].closed


@pytest.mark.parametrize("sentence", [
    "Our experts review every model.",
    "The system reviews every heat automatically.",
])
def test_the_vendors_experts_or_the_system_reviewing_leave_the_review_open(furnace, sentence):
    assert not MAIL.asked(furnace, sentence)["human_review"].closed
