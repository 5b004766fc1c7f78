"""Kinds of answer that recurred across the blind reply sets tuning48 and tuning51 and were read wrong: the product
said to bring a gain with no figure ("BrassLogic reduces scrap and downtime.") taken as the plant's problem, and roles
each given its duty in brackets or after a dash taken as short of what each does. Every sentence here is new (issue 16)."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

KILN = ("KilnPulse brings AI and IoT to the tunnel kilns of roof tile plants.\n"
        "Predictive maintenance warns before kiln car bearings and burners fail.\n"
        "Connects to your kiln PLC, your MES and your ERP, with a cloud portal.\n"
        "Fewer cracked tiles, less gas.\n")
MAIL = Mail("Dear Mr Berger,", "Kind regards,\nJana")
READER = reply_reader(load_bank())


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnPulse", "R. Berger")


def _why(text: str) -> str:
    return READER.vague(READER.reader.read(text).sentences[-1])


@pytest.mark.parametrize("body", ["1) Problem: TilePulse reduces cracks and gas use.",
                                  "KilnPulse improves the firing and the quality of your roof tiles.",
                                  "| Problem | Cracks are a common issue; KilnPulse will bring a clear improvement. |"])
def test_the_product_promising_a_gain_without_a_figure_names_no_problem(kiln, body):
    assert MAIL.asked(kiln, body)["problem"].status == "not_answered", body


def test_a_promised_gain_is_vague_however_the_product_is_named():
    for text in ("The system optimises your kiln and reduces gas.", "Our solution will improve the tile quality.",
                 "It boosts the output of your kilns."):
        assert "promises a gain" in _why(text), text


def test_a_gain_with_a_figure_a_role_or_a_condition_is_no_mere_promise():
    for text in ("KilnPulse reduces cracked tiles from 3.8 % to 1.5 % by June 2027.",
                 "The system reduces the burner setpoint when zone 4 runs too hot, and the kiln operator confirms it.",
                 "KilnPulse reduces gas when the car push rate drops."):
        assert "promises a gain" not in _why(text), text
