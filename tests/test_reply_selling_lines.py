"""A reply laid out by the buyer's questions whose other lines sell ("very reliable", "highly available"): a line the
layout places at its own question still drafts the options it names, as it would read alone, though the reply as a
whole reads as a brochure (issue 16, a kind tuning10 to tuning38 showed); an unplaced selling line drafts nothing
specific. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("KilnGuard is predictive maintenance for roller kilns.\n"
        "IoT sensors and AI predict burner and roller failures before they stop the kiln.\n")
MAIL = Mail("Dear Mr Rossi,", "Kind regards,\nEva Lund")
SELLING = ("1) Problem: burner failures on the kiln, which is where KilnGuard delivers its famous savings.\n"
           "3) Protocols: OPC UA, industry standard.\n4) History: one season is enough for the model to learn your kiln.\n"
           "5) Prediction: roller breaks, with market-leading accuracy.\n6) Twin: a rigorous physical model of the kiln, "
           "validated at many plants.\n9) Latency: real time.\n11) Service: we provide a complete service package "
           "after start-up.")
DATA = "2) Data: all burner flame signals, zone temperatures and roller drive currents, from your Siemens S7-1500 PLCs."


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnGuard", "P. Rossi")


def test_a_data_line_placed_at_its_question_among_selling_lines_answers_it(kiln):
    body = SELLING.replace("3) Protocols", DATA + "\n3) Protocols")
    data = MAIL.asked(kiln, body)["data"]
    assert data.status == "answered" and data.closed is True


def test_selling_lines_alone_make_nothing_specific(kiln):
    assert MAIL.specific(kiln, SELLING) == []


def test_an_unplaced_bullet_of_a_selling_reply_makes_nothing_specific(kiln):
    body = ("KilnGuard is trusted by leading tile makers worldwide. What you get:\n- 99.9 % uptime and automatic failover\n"
            "- market-leading accuracy\n- a world-class team at your side")
    assert MAIL.specific(kiln, body) == []


def test_a_label_before_an_arrow_heads_its_line_as_a_colon_does(kiln):
    arrows = "\n".join(line.split(") ", 1)[1].replace(": ", " -> ", 1) for line in [*SELLING.splitlines(), DATA])
    data = MAIL.asked(kiln, arrows)["data"]
    assert data.status == "answered" and data.closed is True
