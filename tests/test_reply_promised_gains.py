"""Kinds of answer that recurred across the blind reply sets tuning48 and tuning51 and were read wrong: the product
said to bring a gain with no figure ("BrassLogic reduces scrap and downtime.") taken as the plant's problem, and roles
each given its duty in brackets or after a dash taken as short of what each does. Every sentence here is new (issue 16)."""
import pytest

from questions import load_bank
from rounds_corpus import Mail, sent_out
from scoring.rounds import reply_reader

KILN = ("KilnPulse brings AI and IoT to the tunnel kilns of roof tile plants as a Smart factory solution.\n"
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
        assert "promises what the product does" in _why(text), text


def test_a_gain_with_a_figure_a_role_or_a_condition_is_no_mere_promise():
    for text in ("KilnPulse reduces cracked tiles from 3.8 % to 1.5 % by June 2027.",
                 "The system reduces the burner setpoint when zone 4 runs too hot, and the kiln operator confirms it.",
                 "KilnPulse reduces gas when the car push rate drops."):
        assert "promises what the product does" not in _why(text), text


def test_roles_each_with_its_duty_in_brackets_say_who_uses_it_daily(kiln):
    body = ("7) Users: kiln operator (burner alarms on the panel), shift leader (hold orders for cracked cars), "
            "QC inspector (held pallets).")
    assert MAIL.asked(kiln, body)["users"].status == "answered"


def test_roles_each_with_its_duty_after_a_dash_say_who_uses_it_daily(kiln):
    body = "Users: kiln operator - adjusts the burners, shift leader - confirms holds, QC inspector - releases pallets."
    assert MAIL.asked(kiln, body)["users"].status == "answered"


def test_a_role_named_twice_is_read_each_time_with_its_own_duty():
    from reading.reply_tasks import tasked
    lower = "users - setting operator (confirms the burner curve), kiln operator (watches the car push rate)."
    assert tasked(lower, ["operator"])
    assert not tasked("users - setting operator, kiln operator and others.", ["operator"])


def test_a_roles_other_name_or_head_count_in_brackets_is_no_duty(kiln):
    for body in ("Users: kiln operator (Ofenfahrer), shift leader (Schichtleiter) and QC inspector.",
                 "Users: kiln operators (3 shifts), shift leaders (2 shifts), QC inspectors (1 shift)."):
        assert "what each role does" in MAIL.asked(kiln, body)["users"].why, body


def test_what_the_product_can_do_with_no_role_or_figure_names_no_workflow(kiln):
    body = "5) Work orders: KilnPulse can create work orders."
    assert not MAIL.asked(kiln, body)["workflow"].closed


def test_what_the_product_can_do_for_a_role_or_over_a_named_link_may_answer():
    for text in ("The system can create a work order for the kiln maintenance planner.",
                 "KilnPulse can send burner work orders to SAP PM by IDoc."):
        assert "promises what the product does" not in _why(text), text
