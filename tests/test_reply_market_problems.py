"""The problems every plant of a trade has ("addresses all typical problems of ceramic plants such as scrap"), or a
result at a customer known only by its size or standing ("reduced scrap by 35% at a leading Spanish tile
manufacturer"): the market's, not this plant's, so they answer nothing and make nothing specific (issue 16: a vague
sentence never makes an answer described specifically). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("TileEye is Industry 4.0 and AI for ceramic tile kilns: IoT sensors, real-time dashboards and machine learning.\n"
        "It predicts roller and burner failures, detects cracked tiles and integrates with your ERP, MES and CMMS.\n")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "TileEye", "K. Haas")


MAIL = Mail("Dear Mr Haas,", "Kind regards,\nLuis Ortega")


@pytest.mark.parametrize("sentence", [
    "1. Problem: Our solution addresses all typical problems of ceramic plants such as scrap, downtime and energy waste.",
    "Problem: TileEye solves the most common problems of tile plants, scrap and unplanned stops.",
    "Our solution reduced scrap by 35% at a leading Spanish tile manufacturer.",
    "At a major Italian producer, downtime fell by 40% in six months.",
])
def test_the_markets_problems_or_an_unnamed_customers_result_answer_nothing(kiln, sentence):
    assert not MAIL.asked(kiln, sentence)["problem"].closed
    assert MAIL.specific(kiln, sentence) == []


def test_this_plants_own_problem_still_closes_the_question(kiln):
    text = ("Problem: we start with the cracked tiles at the exit of your kiln 2, 3.1% of output from January to "
            "September 2026 in your QA log; solved when under 1% for 3 months.")
    assert MAIL.asked(kiln, text)["problem"].closed
