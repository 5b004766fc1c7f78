"""The KPI a reply states under the question on it is read by drafting's own KPI reader on those sentences alone: a
case told of another customer in the answer on the analytics ("At a plant near Porto it caught 68 % of cracks ...")
does not make the buyer's KPI another site's result. A KPI sentence that itself tells another site's result still
gives no KPI. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("KilnIQ is Industry 4.0 for your tunnel kiln: AI and IoT sensors cut gas use and cracked bricks.\n"
        "It connects to your systems and shows everything on one dashboard.\n")
MAIL = Mail("Dear Mr Dvorak,", "Best regards,\nSara Holm")
CASE = ("Analytics: the model flags a crack risk per car 40 minutes ahead; at a plant near Porto it caught 68 % of "
        "cracked cars with under 2 false alarms per week, counted over 5 months.\n")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnIQ", "P. Dvorak")


@pytest.mark.parametrize("kpi", [
    "KPI: cracked cars from 52 in 2025 to below 15 per year by 30/06/2028, counted from the kiln log each month.",
    "KPI: Rejected cars from 96 per quarter (average Q1-Q3 2026) to 40 by March 2028; read from the kiln log monthly.",
])
def test_a_kpi_of_counts_by_a_date_closes_beside_a_case_told_of_another_plant(kiln, kpi):
    question = MAIL.asked(kiln, CASE + "\n" + kpi)["kpi"]
    assert question.closed, question.why


def test_a_kpi_sentence_that_tells_another_plants_result_leaves_the_kpi_open(kiln):
    kpi = "KPI: at a plant near Porto cracked cars fell from 52 in 2024 to 15 in 2025."
    question = MAIL.asked(kiln, CASE + "\n" + kpi)["kpi"]
    assert not question.closed, question.why
