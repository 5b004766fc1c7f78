"""Roles listed each with what it does in brackets, in German too, after a few words that say where it works ("Prüfer an
der Röntgenkabine (bewerten Grenzfälle am Bildschirm, je Schicht), Schichtführer Qualität (entscheidet über gesperrte
Teile), Qualitätsingenieurin (wertet wöchentlich die Fehlerstatistik aus)"): the list says what each role does. Walk 65's
1.6 read "names a role but not ... what each role does"."""
import pytest

from reading.reply_tasks import tasked
from rounds_corpus import replied, sent_out

MIXERS = ("MixMind is the AI-driven IIoT smart factory platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")
ROLES = ("Sehr geehrte Frau Meyer,\n\nRollen: Prüfer an der Teigstation (bewerten Grenzfälle am Bildschirm, je Schicht), "
         "Schichtführer Qualität (entscheidet über gesperrte Chargen), Qualitätsingenieurin (wertet wöchentlich die "
         "Fehlerstatistik je Linie aus).\n\nMit freundlichen Grüßen\nKarl\n")


@pytest.mark.parametrize("lower, roles", [
    ("prüfer an der teigstation (bewerten grenzfälle am bildschirm), schichtführer qualität (entscheidet über "
     "gesperrte chargen)", ["Prüfer", "Schichtführer"]),
    ("the mixer operator at line two (confirms the dough temperature) and the planner (moves the next batch)",
     ["mixer operator", "planner"]),
])
def test_roles_each_with_its_duty_in_brackets_after_a_few_words(lower, roles):
    assert tasked(lower, roles)


def test_a_roles_other_name_or_a_head_count_in_brackets_is_no_duty():
    assert not tasked("the shift leader (schichtleiter) and the operator (3 shifts)", ["shift leader", "operator"])


def test_a_german_list_of_roles_with_duties_answers_what_each_does():
    sent = sent_out(MIXERS, "MixMind", "L. Meyer")
    users = next(q for q in replied(sent, ROLES).round.questions if q.topic == "users")
    assert users.status in ("answered", "partly") and "what each role does" not in users.why.split("but not")[-1]
