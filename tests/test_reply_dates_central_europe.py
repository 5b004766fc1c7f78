"""A reply's date is read from its header or dateline in Polish and Czech, whose dates name the month in its own case
("2 grudnia 2026", "3. prosince 2026"), and in the Nordic spellings (walk81: "Data: 2 grudnia 2026, 14:37" under an
"Odp:"/"RE:" subject was not read, so round 1 showed the day the reply was pasted)."""
from datetime import date

import pytest

from questions import load_bank
from rounds_corpus import replied, sent_out
from scoring.round_changes import changes
from scoring.rounds import reply_reader

HEADERS = [("Data: czwartek, 3 grudnia 2026 10:12", date(2026, 12, 3)),
           ("Wysłane: wtorek, 15 września 2026 08:05", date(2026, 9, 15)),
           ("Data: 7 października 2026, 16:40", date(2026, 10, 7)),
           ("Data: 7 pazdziernika 2026 16:40", date(2026, 10, 7)),  # typed without its accents
           ("Odesláno: čtvrtek 3. prosince 2026 10:12", date(2026, 12, 3)),
           ("Datum: 21. května 2026 9:30", date(2026, 5, 21)),
           ("Sendt: 3. marts 2026 10:12", date(2026, 3, 3)),
           ("Skickat: den 14 augusti 2026 10:12", date(2026, 8, 14)),
           ("Sendt: 1. desember 2026 kl. 10:12", date(2026, 12, 1))]


@pytest.mark.parametrize("header, day", HEADERS)
def test_a_reply_headers_date_is_read_with_the_month_in_its_own_case(header, day):
    dated = reply_reader(load_bank()).paragraphs.dated
    mail = f"Od: Jan Nowak <j@vendor.example>\n{header}\nTemat: Odp: pytania\n\nDzień dobry,\n\n1. Tak.\n"
    assert dated.stated(mail) == day


def test_a_polish_dateline_is_read():
    dated = reply_reader(load_bank()).paragraphs.dated
    assert dated.stated("Kraków, 4 listopada 2026\n\nSzanowni Państwo,\n\nAd 1. Tak.\n") == date(2026, 11, 4)


KILNS = ("KilnWatch is the AI-driven Industry 4.0 platform for ceramic kilns.\n"
         "It predicts every failure and gives your plant real-time insights.\n")


def test_the_round_records_and_shows_the_day_a_polish_reply_states():
    reply = ("Od: Marek Nowak <m@kilnwatch.example>\nData: 2 grudnia 2026, 14:37\nTemat: RE: pytania, runda 1\n\n"
             "Ad 1. Dane: temperatura palników 3 pieców z ich sterowników S7.\n\nZ poważaniem\nMarek Nowak\n")
    done = replied(sent_out(KILNS, "KilnWatch", "A. Kowalska"), reply)
    assert done.round.replied_on == date(2026, 12, 2)
    assert changes(done.round).reply_said("Reply", today=date(2026, 12, 7)) == "Reply, dated 2026-12-02"
