"""Replies as they arrive from mail clients and writers in other languages (questions/reply_languages.yaml): a
colleague's answer forwarded under a German or French header block, the buyer's letter quoted under one, a question's
number headed "Vraag 9", "Pregunta nº 9" or "Zu Frage 9", German headings over English answers. Every reply here is new."""
from pathlib import Path

import pytest
import yaml

from questions import load_bank
from questions.languages import with_languages
from reading.documents import pasted
from reading.reply_languages import Numbered
from rounds_corpus import sent_out
from scoring.rounds import read_reply, reply_reader

QUESTIONS = Path(__file__).resolve().parent.parent / "questions"
MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _questions(sent, text: str):
    return read_reply(sent, pasted(text, "reply", "Reply")).round.questions


def _statuses(sent, text: str) -> dict[str, str]:
    return {q.topic: q.status for q in _questions(sent, text)}


def _quoted(sent, text: str) -> dict[str, list[str]]:
    """Topic -> the reply's sentences quoted as its answer (a German text's answers may also draft more: its words are
    glossed)."""
    return {q.topic: list(q.quotes) for q in _questions(sent, text)}


ANSWERS = ("Hi Ines,\n\nwe read the motor current and the bowl temperature of each of the six spiral mixers from their "
           "Siemens S7 PLCs over OPC UA, every second.\n\nThe night baker sees a stopped mixer on the panel by the ovens "
           "12 seconds after it stops; we log it in every acceptance test.\n\nAfter the pilot our service team in Linz "
           "maintains the gateways and retrains the model; the fee is 4,800 EUR a year.\n\nKarl\n")

GERMAN_FORWARD = ("Hallo Frau Meyer,\n\nanbei die Antworten unseres Technikers zu Ihren Fragen.\n\nMit freundlichen Grüßen\n"
                  "Ines Vogt\n\n-------- Weitergeleitete Nachricht --------\nBetreff: AW: Fragen Bäckerei Meyer\n"
                  "Datum: Mon, 30 Nov 2026 09:12:44 +0100\nVon: Karl Brenner <k.brenner@mixmind.at>\n"
                  "An: Ines Vogt <i.vogt@mixmind.de>\n\n" + ANSWERS)

FRENCH_FORWARD = ("Bonjour Madame Meyer,\n\nje vous transfère ci-dessous les réponses de notre ingénieur.\n\nCordialement,\n"
                  "Sophie Marchand\n\nDe : Karl Brenner <k.brenner@mixmind.fr>\nEnvoyé : lundi 30 novembre 2026 09:12\n"
                  "À : Sophie Marchand <s.marchand@mixmind.fr>\nObjet : RE: Questions boulangerie Meyer\n\n" + ANSWERS)


PORTUGUESE_FORWARD = ("Olá Sra. Meyer,\n\nsegue abaixo a resposta do nosso engenheiro.\n\nAtenciosamente,\nInês Costa\n\n"
                      "---------- Mensagem encaminhada ---------\nDe: Karl Brenner <k.brenner@mixmind.pt>\n"
                      "Data: seg., 30 de nov. de 2026 às 09:12\nAssunto: RE: Perguntas\n"
                      "Para: Inês Costa <i.costa@mixmind.com.br>\n\n" + ANSWERS)


@pytest.mark.parametrize("forwarded", [GERMAN_FORWARD, FRENCH_FORWARD, PORTUGUESE_FORWARD], ids=["german", "french", "portuguese"])
def test_a_colleagues_answer_forwarded_under_a_header_block_in_another_language_is_read_as_the_reply(mixers, forwarded):
    read = _statuses(mixers, forwarded)
    assert read == _statuses(mixers, ANSWERS)
    assert read["latency"] == "answered" and read["upkeep_owner"] == "answered"


def test_a_message_forwarded_from_the_buyers_domain_under_a_german_header_is_still_not_the_reply(mixers):
    text = GERMAN_FORWARD.replace("k.brenner@mixmind.at", "k.brenner@baeckerei-meyer.de")
    assert set(_statuses(mixers, text).values()) == {"not_answered"}


LETTER = ("Our shift bakers see a stopped mixer 12 seconds after it stops, on the panel by the ovens.\n"
          "Our service desk maintains the gateways after the pilot for 4,800 EUR a year.\n")
PUT_OFF = ("Sehr geehrte Frau Meyer,\n\nwir melden uns nächste Woche mit allen Antworten.\n\nFreundliche Grüße\n"
           "Karl Brenner\n\n")


@pytest.mark.parametrize("header", [
    "Von: Lisa Meyer <l.meyer@baeckerei-meyer.de>\nGesendet: Freitag, 20. November 2026 10:00\n"
    "An: Karl Brenner <k.brenner@mixmind.de>\nBetreff: Fragen\n\n",
    # the same block as a mail client pastes it, or as tidying joins short lines, on one line
    "Von: Lisa Meyer <l.meyer@baeckerei-meyer.de> Gesendet: Freitag, 20. November 2026 10:00 "
    "An: Karl Brenner <k.brenner@mixmind.de> Betreff: Fragen\n\n",
    "Am 20.11.2026 um 10:00 schrieb Lisa Meyer <l.meyer@baeckerei-meyer.de>:\n",
    "El vie, 20 nov 2026 a las 10:00, Lisa Meyer (<l.meyer@baeckerei-meyer.de>) escribió:\n",
    "Od: Lisa Meyer <l.meyer@baeckerei-meyer.de>\nWysłano: piątek, 20 listopada 2026 10:00\n"
    "Do: Karl Brenner <k.brenner@mixmind.de>\nTemat: Pytania\n\n",
], ids=["outlook", "one-line", "schrieb", "escribio", "polish"])
def test_the_buyers_letter_under_a_header_in_another_language_is_not_the_reply(mixers, header):
    assert set(_statuses(mixers, PUT_OFF + header + LETTER).values()) == {"not_answered"}


def test_the_writers_own_message_quoted_under_a_dutch_schreef_line_is_read_as_the_reply(mixers):
    text = ("Beste Ines,\n\nhieronder wat ik vorige week aan mevrouw Meyer stuurde.\n\nKarl Brenner\n\n"
            "Op 25 nov. 2026 om 09:12 schreef Karl Brenner <k.brenner@mixmind.nl>:\n\n" + LETTER)
    assert _statuses(mixers, text)["latency"] == "answered"


NUMBERED = ("Geachte mevrouw Meyer,\n\nVraag 2\nWe record motor current and bowl temperature of all six spiral mixers "
            "from their Siemens S7 PLCs.\n\nVraag 9\n12 s, as the acceptance test showed.\n\nVraag 12\n"
            "Our desk in Utrecht, 4,800 EUR a year.\n\nMet vriendelijke groet,\nJoost de Vries\n")


@pytest.mark.parametrize("word", ["Vraag", "Pregunta nº", "Domanda", "Frage", "Zu Frage", "Antwort zu Frage", "Spørgsmål",
                                  "Pytanie"])
def test_a_question_number_headed_in_the_writers_language_reads_as_one_headed_in_english(mixers, word):
    in_english = _quoted(mixers, NUMBERED.replace("Vraag", "Question"))
    assert _quoted(mixers, NUMBERED.replace("Vraag", word)) == in_english
    unnumbered = _quoted(mixers, NUMBERED.replace("Vraag 2\n", "").replace("Vraag 9\n", "").replace("Vraag 12\n", ""))
    assert in_english["latency"] == ["12 s, as the acceptance test showed."] and unnumbered["latency"] == []


JOINT = ("Sehr geehrte Frau Meyer,\n\n{}\n12 s, and our desk in Linz, 4,800 EUR a year, as the acceptance test showed.\n\n"
         "Freundliche Grüße\nKarl Brenner\n")


@pytest.mark.parametrize("heading", ["Zu Frage 9 und 12:", "Vraag 9 en vraag 12", "Domanda 9 e 12 -"])
def test_two_question_numbers_joined_in_the_writers_language_head_one_answer_to_both(mixers, heading):
    in_english = _quoted(mixers, JOINT.format("Q9 + Q12:"))
    assert _quoted(mixers, JOINT.format(heading)) == in_english
    assert in_english["latency"] == in_english["upkeep_owner"] != [] and _quoted(mixers, JOINT.format(""))["upkeep_owner"] == []


HEADED = ("Sehr geehrte Frau Meyer,\n\nDaten\nMotor current and bowl temperature of the six spiral mixers, from their "
          "Siemens S7 PLCs over OPC UA.\n\nAlarmzeit\n12 s, as the acceptance test showed.\n\nBetreuung\n"
          "Our desk in Linz, 4,800 EUR a year.\n\nFreundliche Grüße\nKarl Brenner\n")


def test_german_headings_over_english_answers_read_as_english_headings(mixers):
    in_english = HEADED.replace("Daten", "Data").replace("Alarmzeit", "Latency").replace("Betreuung", "Upkeep")
    read = _statuses(mixers, HEADED)
    assert read == _statuses(mixers, in_english)
    unheaded = _statuses(mixers, HEADED.replace("Daten\n", "").replace("Alarmzeit\n", "").replace("Betreuung\n", ""))
    assert read["latency"] != "not_answered" and unheaded["latency"] == "not_answered"
    assert read["upkeep_owner"] != "not_answered" and unheaded["upkeep_owner"] == "not_answered"


def test_a_question_word_heads_a_number_only_at_a_lines_start_and_keeps_the_texts_length():
    numbered = Numbered(["frage", "zu frage", "pregunta"], ["und"])
    text = ("**Zu Frage 3:** Motor current.\nIhre Frage 3 betrifft den Strom.\n> Pregunta nº 12 - Datos\nFrage 2025 war\n"
            "Frage 3 und 4: Strom\nFrage 3 und Linie 4")
    read = numbered.as_q(text)
    assert len(read) == len(text)
    assert read.splitlines() == ["**Q" + " " * len("u Frage ") + "3:** Motor current.", "Ihre Frage 3 betrifft den Strom.",
                                 "> Q" + " " * len("regunta nº ") + "12 - Datos", "Frage 2025 war",
                                 "Q     3 &   4: Strom", "Q     3 und Linie 4"]


def test_headings_for_a_topic_the_rounds_do_not_have_are_refused():
    with pytest.raises(ValueError, match="datta"):
        with_languages({"topics": [{"id": "data", "heads": ["data"]}]}, {"headings": {"de": {"datta": ["daten"]}}})


def test_an_answer_forwarded_by_the_buyers_colleague_who_points_to_it_below_is_read_as_the_reply(mixers):
    text = ("Hallo Lisa,\n\nunten finden Sie die Antworten von MixMind.\n\nGruß\nThomas\n\n"
            "-------- Weitergeleitete Nachricht --------\nBetreff: AW: Fragen\nDatum: Mon, 30 Nov 2026 09:12:44 +0100\n"
            "Von: Karl Brenner <k.brenner@mixmind.at>\nAn: Thomas Roth <t.roth@baeckerei-meyer.de>\n\n" + ANSWERS)
    assert _statuses(mixers, text)["latency"] == "answered"
    unpointed = text.replace("unten finden Sie die Antworten von MixMind.", "das kam heute von MixMind.")
    assert _statuses(mixers, unpointed)["latency"] == "not_answered"  # whose message it is, it cannot tell


@pytest.mark.parametrize("closing", ["Mit freundlichen Grüßen", "Cordialement,", "Met vriendelijke groet,",
                                     "Un cordial saludo,", "Cordiali saluti"])
def test_the_name_under_a_closing_in_another_language_answers_nothing(closing):
    text = f"Hallo,\n\nour answers follow.\n\n{closing}\nJan Novak\nService Manager, Kiln GmbH\n"
    assert [s.text for s, *_ in reply_reader(load_bank()).sentences(text)] == ["Hallo,", "our answers follow."]


def test_a_label_in_another_alphabet_or_with_an_apostrophe_heads_its_answer(mixers):
    text = ("Bonjour Madame Meyer,\n\nDélai d'alerte : 12 s, as the acceptance test showed.\n\n"
            "Übertragung der Daten\nMotor current and bowl temperature of the six spiral mixers, from their Siemens S7 PLCs "
            "over OPC UA.\n\nCordialement,\nThomas Girard\n")
    read = _quoted(mixers, text)
    assert read["latency"] == ["Délai d'alerte : 12 s, as the acceptance test showed."]
    assert read["data"] == ["Motor current and bowl temperature of the six spiral mixers, from their Siemens S7 PLCs over OPC UA."]


def test_no_heading_in_another_language_is_an_english_word_of_another_topic():
    rounds, languages = (yaml.safe_load((QUESTIONS / name).read_text(encoding="utf-8"))
                         for name in ("rounds.yaml", "reply_languages.yaml"))
    english = {}
    for topic in rounds["topics"]:
        for word in [*topic.get("heads", []), *topic.get("cues", [])]:
            english.setdefault(word.lower(), set()).add(topic["id"])
    clashes = [(language, topic, word) for language, heads in languages["headings"].items()
               for topic, words in heads.items() for word in words if topic not in english.get(word, {topic})]
    assert clashes == []


GUILLEMETS = ("Bonjour Madame Meyer,\n\n« How many seconds or minutes pass between a machine stop and the responsible person "
              "seeing it, and how is that measured? »\n12 s, as the acceptance test showed.\n\n« Who deploys, monitors and "
              "maintains the system after the pilot, and at what cost per year? »\nOur desk in Liège, 4,800 EUR a year.\n\n"
              "Cordialement,\nThomas Girard\n")


def test_questions_quoted_back_in_guillemets_set_the_french_way_read_as_in_curly_quotes(mixers):
    curly = GUILLEMETS.replace("« ", "\u201c").replace(" »", "\u201d")
    read = _quoted(mixers, GUILLEMETS)
    assert read == _quoted(mixers, curly)
    assert read["latency"] == ["12 s, as the acceptance test showed."] and read["kpi"] == []


def test_a_closing_guillemet_after_a_space_ends_its_sentence_and_stays_with_it():
    text = "« Who owns the data? »\nThe mill, always. He said « yes. » Then he left."
    sentences = [s.text for s in reply_reader(load_bank()).read_as(pasted(text, "reply", "Reply").text).sentences]
    assert sentences == ["« Who owns the data? »", "The mill, always.", "He said « yes. »", "Then he left."]


TABLE = ("Dear Ms Meyer,\n\n| No | Question | Answer |\n|----|----------|--------|\n| 9 | How many seconds or minutes pass "
         "between a machine stop and the responsible person seeing it? | 12 s, as the acceptance test showed. |\n| 12 | Who "
         "deploys, monitors and maintains the system after the pilot, and at what cost per year? | Our desk in Valencia, "
         "4,800 EUR a year. |\n\nBest regards,\nPablo Ruiz\n")


@pytest.mark.parametrize("header", ["| Nº | Pregunta | Respuesta |", "| N. | Domanda | Risposta |", "| Nr. | Frage | Antwort |"])
def test_a_tables_pointer_columns_headed_in_another_language_point_as_english_ones_do(mixers, header):
    in_english = _quoted(mixers, TABLE)
    assert _quoted(mixers, TABLE.replace("| No | Question | Answer |", header)) == in_english
    assert in_english["upkeep_owner"] == ["Our desk in Valencia, 4,800 EUR a year."]
