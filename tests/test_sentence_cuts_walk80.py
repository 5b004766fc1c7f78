"""Where walk80's French offer and questionnaire were cut in the wrong place (reading/splitting.py,
questions/sentences.yaml): a revision, a telephone, a reference and a unit price's short forms end no sentence
("rév. B", "tél. 02 ...", "réf. 2291", "P.U. HT: ..."), so a price row stays one row; and a question's mark before a
row's next cell ends the buyer's question, the vendor's answer after it a sentence of its own."""
import pytest

from reading import analyze


def cut(text: str) -> list[str]:
    return [s.text for s in analyze(text).sentences]


@pytest.mark.parametrize("sentence", [
    "Offre n° OF-2026-0412 rév. B pour la ligne de presses du bâtiment 2.",
    "Notre technicien est joignable au tél. 02 35 64 12 90 du lundi au vendredi.",
    "Le capteur décrit dans la réf. 2291 équipe déjà vos presses.",
    "Il preventivo rif. 118 vale per le presse della linea 3.",
    "Das Angebot gilt inkl. Montage und ca. 30 Tage nach Eingang.",
    "Les capteurs, p. ex. des accéléromètres, sont livrés avec leur câble.",
    "The sensors cost approx. 310 EUR each, cabling incl. and shipped by Rossi S.p.A. from Milan.",
])
def test_a_short_form_keeps_its_sentence_whole(sentence):
    assert cut(sentence) == [sentence]


@pytest.mark.parametrize("row", [
    "Poste: Passerelles Edge NX-200; Qté: 3; P.U. HT: 2 450,00 €; Total HT: 7 350,00 €",
    "Poste: Abonnement plateforme — annuel; Qté: 1; p.u. HT: 9 600,00 €; Total HT: 9 600,00 € / an",
])
def test_a_price_row_with_a_unit_price_stays_one_row(row):
    assert cut(row) == [row]


@pytest.mark.parametrize("row, answer", [
    ("N°: 7; Question: Où sont hébergées les données ? Qui y a accès ?; Réponse: Cloud OVH à Roubaix.",
     "Réponse: Cloud OVH à Roubaix."),
    ("Nr.: 4; Frage: Wer hat Zugriff auf die Daten?; Antwort: Nur unsere zwei Servicetechniker.",
     "Antwort: Nur unsere zwei Servicetechniker."),
    ("No.: 2; Question: Who can see the data?; Answer: Only your maintenance planner and our support desk.",
     "Answer: Only your maintenance planner and our support desk."),
    ("N.: 5; Domanda: Chi ha accesso ai dati?; Risposta: Solo i tecnici di manutenzione.",
     "Risposta: Solo i tecnici di manutenzione."),
])
def test_an_answer_after_a_question_in_a_row_is_its_own_sentence(row, answer):
    sentences = cut(row)
    assert sentences[-1] == answer
    assert all(answer not in s for s in sentences[:-1])


def test_a_french_space_before_a_question_mark_still_ends_the_question():
    assert cut("Où sont hébergées les données ? Qui y a accès ? Réponse : en France.") == [
        "Où sont hébergées les données ?", "Qui y a accès ?", "Réponse : en France."]
