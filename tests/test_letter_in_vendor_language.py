"""Walk 65: a German buyer's follow-up letter was English only, and she translated 12 questions for a German
integrator by hand. The letter is written in the language of the proposal's documents by default, or in the one the
buyer picks (German, French, Spanish, Italian, Polish, Dutch, English): its fixed wording and each question as
questions/letter_languages.yaml words them, in every format; quotes from the offer stay as the vendor wrote them; a
question with no wording yet goes in English, and the Follow-up page says which."""
from __future__ import annotations

import io
import json
import subprocess
import sys
from datetime import date

import docx
import pytest
from pypdf import PdfReader

import kit
from kit import shown
from paths import ROOT
from questions.loader import load_bank
from questions.models import RoundQuestion
from reading.documents import pasted
from reports.letter_round import ROUND_LETTERS, letter, sent_in_english
from reports.letter_words import letter_language, letter_words
from scoring import score
from scoring.rounds import engine_for, freeze, load_round_rules

ANGEBOT = ("Angebot: KI-gestützte Inline-Qualitätsprüfung\n\n"
           "Sehr geehrte Frau Maier, vielen Dank für Ihre Anfrage und das angenehme Gespräch am 12.11.2026 in Aalen. "
           "Gerne unterbreiten wir Ihnen nachfolgend unser Angebot für die Einführung einer KI-gestützten "
           "Inline-Qualitätsprüfung an Ihrer Druckgusslinie für Getriebegehäuse.\n\n"
           "Unsere Deep-Learning-Algorithmen bewerten jedes Röntgenbild in Echtzeit und erkennen Poren, Lunker und "
           "Kaltfließstellen zuverlässig. Die Lösung ist vollständig Industrie-4.0-fähig und lässt sich nahtlos in "
           "Ihre bestehende IT-Landschaft integrieren. Die Anbindung an Ihr MES bzw. ERP-System ist über OPC UA "
           "problemlos möglich.")
QUOTE = "Die Anbindung an Ihr MES bzw. ERP-System ist über OPC UA problemlos möglich."
INTEGRATIONS = ("Welche unserer Systeme (Instandhaltung, Lager/ERP, Planung, Qualität, Finanzen) erhalten die Daten, in "
                "welchem Format, in welche Richtung, und wer verantwortet jede Verbindung?")


def _german(example):
    evaluation = example("a_").model_copy(update={"documents": [pasted(ANGEBOT, "proposal", "Angebot.txt")],
                                                  "vendor": "VisionTec Automation GmbH", "proposal": "PoroScan AI"})
    answers = [a for a in evaluation.answers if a.question != "connect.integrations"]
    quoted = next(a for a in evaluation.answers if a.question == "connect.integrations")
    answers.append(quoted.model_copy(update={"quotes": [QUOTE]}))
    evaluation = evaluation.model_copy(update={"answers": answers})
    return freeze(evaluation, score(evaluation), "Katrin Maier", date(2026, 12, 6))


def _text(evaluation, language=None) -> str:
    return ROUND_LETTERS["text"][0](evaluation, evaluation.rounds[-1], language).decode()


def test_a_german_offer_s_letter_is_german_by_default_its_quotes_as_the_vendor_wrote_them(example):
    sent = _german(example)
    assert letter_language(sent) == "de"
    said = _text(sent)
    assert said.startswith("Betreff: PoroScan AI: Rückfragen, Runde 1\n\nSehr geehrtes Team von VisionTec")
    assert " ".join(INTEGRATIONS.split()) in " ".join(said.split())
    assert f"In Ihrem Angebot steht: \u201c{QUOTE}\u201d (Angebot" in " ".join(said.split())
    assert "Why we ask" not in said and "Your proposal" not in said and "Mit freundlichen Grüßen\nKatrin Maier" in said
    assert letter(sent, sent.rounds[-1]).in_english == ()


def test_an_english_offer_s_letter_stays_as_it_was(example):
    evaluation = example("c_")
    sent = freeze(evaluation, score(evaluation), "A. Buyer", date(2026, 12, 6))
    assert letter_language(sent) == "en"
    said = _text(sent)
    assert said.startswith("Subject: ") and ": questions, round 1" in said and "Why we ask: Your proposal speaks of" in said


@pytest.mark.parametrize("language, subject, asks", [
    ("fr", "PoroScan AI : questions, tour 1", "Lesquels de nos systèmes"),
    ("es", "PoroScan AI: preguntas, ronda 1", "¿Cuáles de nuestros sistemas"),
    ("it", "PoroScan AI: domande, round 1", "Quali dei nostri sistemi"),
    ("en", "PoroScan AI: questions, round 1", "Which of our systems"),
])
def test_the_buyer_picks_another_language_for_the_same_round(example, language, subject, asks):
    said = _text(_german(example), language)
    assert subject in said.splitlines()[0] and asks in said and QUOTE in " ".join(said.split())


def test_every_format_of_the_letter_says_it_in_the_language(example):
    sent = _german(example)
    round_ = sent.rounds[-1]
    build = {fmt: entry[0] for fmt, entry in ROUND_LETTERS.items()}
    assert INTEGRATIONS in build["md"](sent, round_).decode()
    word = docx.Document(io.BytesIO(build["docx"](sent, round_)))
    assert any(p.text.startswith(INTEGRATIONS) for p in word.paragraphs) and word.core_properties.language == "de"
    pdf = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(build["pdf"](sent, round_))).pages)
    assert " ".join(INTEGRATIONS.split()) in " ".join(pdf.split()) and "Warum wir fragen" in pdf
    as_json = json.loads(build["json"](sent, round_, "fr"))
    assert as_json["subject"] == "PoroScan AI : questions, tour 1" and as_json["language"] == "fr"


def test_a_question_with_no_wording_yet_goes_in_english_and_is_named(example):
    sent = _german(example)
    new = RoundQuestion(id="1.99", text="Which colour is the edge box?", topic="data")
    round_ = sent.rounds[-1].model_copy(update={"questions": [*sent.rounds[-1].questions, new]})
    found = letter(sent, round_, "de")
    assert found.questions[-1].text == "Which colour is the edge box?"
    assert found.in_english == (len(round_.questions),) == tuple(sent_in_english(round_, "de"))
    assert found.questions[0].text.startswith("Welch")  # the others in German still


def test_a_counted_question_is_said_with_its_count_in_the_language():
    text = ("Which roles use the system every day, and what does each one do with it? "
            "For the label your proposal uses, name at least 3 roles.")
    assert letter_words().question(text, "de") == ("Welche Rollen nutzen das System täglich, und was macht jede damit? "
                                                   "Für die Bezeichnung, die Ihr Angebot verwendet, nennen Sie bitte "
                                                   "mindestens 3 Rollen.")


def _every_part() -> tuple[list[str], list[str]]:
    """Every question text a round can ask (topics, their given parts and counts, gaps' and flags' own questions, the
    questions the buyer adds in their own words, what an incomplete link lacks) and every label gap's 'missing'."""
    bank, rules = load_bank(), load_round_rules()
    engine = engine_for(bank)
    asks = [t.ask for t in rules.topics] + [g.ask for t in rules.topics for g in t.given.values()]
    asks += [t.counted for t in rules.topics if t.counted]
    asks += [engine.questions[q].prompt for t in rules.topics for q in t.own_words]
    asks += [req.follow_up for reqs in engine.requirements.values() for req, _ in reqs]
    asks += [flag.follow_up for flag in bank.flags]
    asks += [ask for t in rules.topics if t.open_links for ask in (t.open_links.way, t.open_links.owner, t.open_links.both)]
    asks += [rules.sales_email[key] for key in ("ask", "contradicts_ask")]  # a sales e-mail's word, to confirm or weigh
    return asks, [req.missing for reqs in engine.requirements.values() for req, _ in reqs]


@pytest.mark.parametrize("language", ["de", "fr", "es", "it", "pl", "nl"])
def test_every_question_the_bank_can_ask_has_its_wording_in_each_language(language):
    asks, missing = _every_part()
    worded = {q["en"] for q in letter_words().questions if q.get(language)}
    assert sorted(set(asks) - worded) == []
    assert sorted(m for m in set(missing) if language not in letter_words().gaps.get(m, {})) == []


def test_the_command_line_writes_the_letter_in_the_language_asked(example, tmp_path):
    path = tmp_path / "offer.json"
    path.write_text(_german(example).model_dump_json(), encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "reports", "letter", str(path), "--language", "es"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Asunto: PoroScan AI: preguntas, ronda 1")
    default = subprocess.run([sys.executable, "-m", "reports", "letter", str(path)], cwd=ROOT, capture_output=True,
                             text=True, timeout=120)
    assert default.stdout.startswith("Betreff: ")


def test_the_follow_up_page_offers_the_language_german_by_default_and_names_english_questions(store, example):
    sent = _german(example)
    new = RoundQuestion(id="1.99", text="Which colour is the edge box?", topic="data")
    round_ = sent.rounds[-1].model_copy(update={"questions": [*sent.rounds[-1].questions, new]})
    eid = store.create(sent.model_copy(update={"rounds": [round_]})).id
    at = kit.open_app("rounds", eid, timeout=60)
    choice = at.selectbox(key=f"rounds:{eid}:language:1")
    assert choice.value == "de" and "Deutsch" in choice.options
    assert f"1 question has no Deutsch wording yet and goes in English: {len(round_.questions)}." in shown(at)
    choice.set_value("en").run()
    assert not at.exception and "wording yet" not in shown(at)

