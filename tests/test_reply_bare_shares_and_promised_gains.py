"""Two vague kinds a probe of my own vague sentences found making answers specific: a share of all it finds, counted
on nothing ("Our AI detects 99% of all defects"), and a gain promised with no figure ("you will see the benefits in
OEE, scrap and energy within weeks"). Neither answers for this plant (issue 16: a vague sentence never makes an
answer described specifically); a share counted on this plant's trial still does. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("TileEye is Industry 4.0 and AI for ceramic tile kilns: IoT sensors, real-time dashboards and machine learning.\n"
        "It predicts roller and burner failures, detects cracked tiles and integrates with your ERP, MES and CMMS.\n")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "TileEye", "K. Haas")


MAIL = Mail("Dear Mr Haas,", "Kind regards,\nLuis Ortega")


@pytest.mark.parametrize("sentence, topic", [
    ("Our AI detects 99% of all defects.", "analytics"),
    ("The model recognises 98% of all faults.", "analytics"),
    ("KPI: you will see the benefits in OEE, scrap and energy within weeks.", "problem"),
    ("KPI: you will see improvements in scrap and downtime within a few weeks.", "problem"),
])
def test_a_share_of_all_or_a_gain_promised_without_figures_answers_nothing(kiln, sentence, topic):
    assert not MAIL.asked(kiln, sentence)[topic].closed
    assert MAIL.specific(kiln, sentence) == []


def test_a_share_counted_on_this_plants_trial_still_answers_the_analysis(kiln):
    text = "In the 6-week trial on your kiln 2 it detects 96% of the cracks, counted against 4,000 tiles inspected by hand."
    assert MAIL.asked(kiln, text)["analytics"].closed
