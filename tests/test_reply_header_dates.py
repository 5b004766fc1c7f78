"""A reply e-mail's own date is read from its header as each mail client writes it in the vendor's language (walk 69:
"Enviado el: jueves, 10 de diciembre de 2026" was not read, so the round showed the day the reply was read). A date
after today is kept as the reply states it, and said so where the round is shown: not refused, not put back."""
from datetime import date

import pytest

from questions import load_bank
from reports.round_parts import facts, rounds
from rounds_corpus import replied, sent_out
from scoring import score
from scoring.round_changes import changes
from scoring.rounds import reply_reader

DAY = date(2026, 12, 10)
HEADERS = ["Enviado el: jueves, 10 de diciembre de 2026 11:42", "Gesendet: Donnerstag, 10. Dezember 2026 11:42",
           "Envoyé : jeudi 10 décembre 2026 11:42", "Envoyé le : jeudi 10 déc. 2026 11:42",
           "Inviato: giovedì 10 dicembre 2026 11:42", "Sent: Thursday, December 10, 2026 11:42 AM"]


@pytest.mark.parametrize("header", HEADERS)
def test_a_reply_headers_date_is_read_in_the_vendors_language(header):
    dated = reply_reader(load_bank()).paragraphs.dated
    assert dated.stated(f"De: Jordi Soler <j@mijares.example>\n{header}\nPara: Ana Puig\n\nHola Ana,\n\n1. Sí.\n") == DAY


KILNS = ("KilnWatch is the AI-driven Industry 4.0 platform for ceramic kilns.\n"
         "It predicts every failure and gives your plant real-time insights.\n")


def test_a_reply_dated_after_today_keeps_its_date_and_the_round_says_it_is_later():
    reply = ("De: Jordi Soler\nEnviado el: jueves, 10 de diciembre de 2099 11:42\nPara: Ana Puig\n\n"
             "1. Datos: temperatura de los quemadores de los 3 hornos desde sus PLC S7.\n\nSaludos,\nJordi\n")
    done = replied(sent_out(KILNS, "KilnWatch", "A. Puig"), reply)
    assert done.round.replied_on == date(2099, 12, 10)
    said = "Reply, dated 2099-12-10 (a date after today, as the reply states it)"
    assert ("Reply", [said]) in facts(rounds(done.evaluation, score(done.evaluation))[0])
    assert changes(done.round).reply_said("Reply", today=date(2100, 1, 4)) == "Reply, dated 2099-12-10"
