"""A KPI moved from one bare value to another by a date, its unit said once in the measure's name ("mill hrs per 1,000
gal from 2.4 (Jan-Sep 2026, your batch records) to 1.9 by 9/30/2027"): the first value is today's, the second the
target, each in the name's unit, and the KPI question closes. Bare values whose name holds no unit make no whole
measure. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

KILN = ("KilnIQ is Industry 4.0 for your tunnel kiln: AI and IoT sensors cut gas use and cracked bricks.\n"
        "It connects to your systems and shows everything on one dashboard.\n")
MAIL = Mail("Dear Mr Dvorak,", "Best regards,\nSara Holm")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnIQ", "P. Dvorak")


@pytest.mark.parametrize("sentence", [
    "KPI: kiln hrs per 1,000 pallets from 3.2 (Jan-Oct 2026, your kiln log) to 2.7 by 6/30/2027, read monthly from the same log.",
    "Item 7 - KPI: fired scrap kg/t from 14 (2025, your kiln log) to 9 by 31.12.2027, counted from the same log every month.",
])
def test_a_kpi_moved_between_bare_values_by_a_date_with_the_unit_in_its_name_closes(kiln, sentence):
    question = MAIL.asked(kiln, sentence)["kpi"]
    assert question.closed, question.why


def test_bare_values_whose_name_holds_no_unit_leave_the_kpi_open(kiln):
    sentence = "KPI: cracked bricks from 14 (2025, your kiln log) to 9 by 31.12.2027."
    assert not MAIL.asked(kiln, sentence)["kpi"].closed
