"""Money a reply or a price sheet states as a sum, and the day a header writes with slashes (issue 14). "A + B = C" is
one price, its total C said with its parts; a date "06/12/2026" reads day first, as Europe and India write it, and
month first in a text that writes dates or money as the United States does. Sentences written for these tests."""
from datetime import date

import pytest

from questions.loader import load_round_rules
from reading.fees import stated_in
from reading.reply_dated import Dated


@pytest.mark.parametrize("said, total", [
    ("Annual upkeep: software Rs. 3,10,000 + sensor AMC Rs. 1,45,500 = Rs. 4,55,500 + GST per year.", "Rs. 4,55,500"),
    ("Der Wartungsvertrag kostet 2.900 € + 650 € = 3.550 € jährlich zzgl. MwSt.", "3.550 €"),
    ("The licence costs USD 18,000 + USD 4,500 = USD 22,500 a year.", "USD 22,500"),
])
def test_a_sum_is_stated_once_by_its_total(said, total):
    lines = stated_in(said)
    assert len(lines) == 1 and total in lines[0] and "=" in lines[0], lines


def test_two_prices_with_no_sum_stay_two():
    lines = stated_in("The pilot costs EUR 24,000 and the licence EUR 9,600 a year.")
    assert lines == ("pilot EUR 24,000", "licence EUR 9,600 a year")


@pytest.fixture(scope="module")
def dated():
    return Dated(load_round_rules().paragraphs)


@pytest.mark.parametrize("header, day", [
    ("Date: 04/11/2026\nDear Ms Weber,", date(2026, 11, 4)),
    ("Pune, 09/12/2026\nDear Sir, AMC Rs. 1,80,000 per year.", date(2026, 12, 9)),
    ("Sent: 11/04/2026\nDear Ms Weber,\nThe subscription is $14,000 a year.", date(2026, 11, 4)),
    ("Date: 11/23/2026\nDear Ms Weber,", date(2026, 11, 23)),
    ("Date: 23/11/2026\nDear Ms Weber,", date(2026, 11, 23)),
])
def test_a_header_date_with_slashes_reads_by_the_documents_locale(dated, header, day):
    assert dated.stated(header) == day


def test_a_fraction_or_a_ratio_in_a_header_is_no_date(dated):
    assert dated.stated("Subject: ratio 3/4 of the line\nDear Ms Weber,") is None
