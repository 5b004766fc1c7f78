"""A kind that recurred across the blind reply sets tuning48, tuning51 and tuning52: a line labelled with what the
workflow question asks the system to create ("- Work orders: ...", "4. Holds and orders - ...") answers that question;
read by no label, such a line in bullets was placed on no question, and the prediction its words name took it instead.
Every sentence here is new (issue 16)."""
import pytest

from rounds_corpus import Mail, placed, sent_out

KILN = ("KilnPulse brings AI and IoT to the tunnel kilns of roof tile plants as a Smart factory solution.\n"
        "Predictive maintenance warns before kiln car bearings and burners fail.\n"
        "Connects to your kiln PLC, your MES and your ERP, with a cloud portal.\n")
MAIL = Mail("Dear Mr Berger,", "Kind regards,\nJana")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnPulse", "R. Berger")


ORDERS = ("- Work orders: a burner service order for the kiln technician when the flame signal falls under 40 %, and a "
          "quality hold on the kiln car for the QC inspector when the prediction says cracks.")


@pytest.mark.parametrize("label", ["- Work orders:", "- Holds and orders:", "- Quality holds:"])
def test_a_bullet_labelled_with_what_the_workflow_creates_answers_the_workflow(kiln, label):
    line = ORDERS.replace("- Work orders:", label)
    body = f"Short answers:\n\n- Data: burner temperatures from the kiln PLC every 10 s.\n{line}\n- Prediction: very accurate."
    on = placed(kiln, MAIL.letter(body))
    assert on[line] == "workflow"
    assert MAIL.asked(kiln, body)["workflow"].closed


def test_the_dodged_prediction_bullet_after_it_stays_open(kiln):
    body = f"Short answers:\n\n{ORDERS}\n- Prediction: very accurate, proven at many plants."
    assert not MAIL.asked(kiln, body)["analytics"].closed
