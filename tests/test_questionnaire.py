"""The vendor's answers to the buyer's questionnaire (walk80: a workbook of "N°, Question ESN, Réponse Nordmeca" rows
beside a French offer, filed as an other document, its rows quoted whole, the buyer's question as the vendor's claim):
a document kind of its own, each row read with its question, only its answer drafted, quoted and asked about."""
from __future__ import annotations

import pytest

from questions import load_bank
from questions.models import DOCUMENT_KINDS, Document
from reading.documents import Citations, kind_read, kinds_from_names, pasted
from reading.draft import drafter_for
from reading.questionnaire import QUESTIONNAIRE, answers_text, qa_rows, reads_as_questionnaire

BANK = load_bank()
TITLE = "Vendor's answers to our questions"


def _sheet(header: tuple[str, str, str], rows: list[tuple[str, str]]) -> str:
    """A workbook's rows as proposals/sheets.py writes them: each cell under its column's header."""
    n, q, a = header
    return "Sheet1\n\n" + "\n\n".join(f"{n}: {i}; {q}: {question}; {a}: {answer}"
                                       for i, (question, answer) in enumerate(rows, 1))


SHEETS = {
    "en": _sheet(("No", "Buyer question", "Vendor answer"), [
        ("Which systems will the platform be linked to?", "We create work orders in your SAP PM through its REST API"),
        ("What happens when the internet link is down?", "The edge box buffers all readings for 48 hours and resends them"),
        ("Who owns the data?", "The customer owns all data and can export it as CSV at any time"),
        ("How long does commissioning take?", "Twelve weeks from the order")]),
    "de": _sheet(("Nr.", "Frage Käufer", "Antwort Anbieter"), [
        ("Welche Systeme werden angebunden?", "Wir legen Instandhaltungsaufträge in SAP PM über die REST-API an"),
        ("Was passiert bei einem Ausfall der Internetverbindung?",
         "Das Edge-Gateway puffert alle Messwerte 48 Stunden lang und sendet sie danach nach"),
        ("Wem gehören die Daten?", "Die Daten bleiben Eigentum des Kunden"),
        ("Wie lange dauert die Inbetriebnahme?", "Zwölf Wochen ab Bestellung")]),
    "fr": _sheet(("N°", "Question client", "Réponse fournisseur"), [
        ("Quels systèmes seront reliés ?", "Nous créons les ordres de travail dans votre GMAO via son API REST"),
        ("Que se passe-t-il en cas de coupure internet ?", "Les mesures sont conservées 48 heures sur la passerelle"),
        ("À qui appartiennent les données ?", "Les données restent la propriété du client"),
        ("Délai de mise en service ?", "Douze semaines après la commande")]),
    "es": _sheet(("Nº", "Pregunta", "Respuesta del proveedor"), [
        ("¿Con qué sistemas se integra?", "Creamos órdenes de trabajo en su SAP PM mediante la API REST"),
        ("¿Qué pasa si se corta internet?", "La pasarela guarda los datos 48 horas y los reenvía después"),
        ("¿De quién son los datos?", "Los datos son propiedad del cliente"),
        ("¿Plazo de puesta en marcha?", "Doce semanas desde el pedido")]),
}
OFFER = """Offer for press monitoring
Prepared for: Stanzwerk Nord GmbH

We install 12 vibration sensors on presses P1 to P6 and read them every second over IO-Link. Your maintenance \
technicians get an alert on their phones when a bearing runs hot."""


def _questions(text: str) -> list[str]:
    return [question for _, question, _ in qa_rows(text)]


def test_the_kind_is_named_for_the_buyer():
    assert DOCUMENT_KINDS[QUESTIONNAIRE] == TITLE


@pytest.mark.parametrize("lang", sorted(SHEETS))
def test_a_sheet_of_answered_questions_is_filed_as_the_vendors_answers_in_any_language(lang):
    assert reads_as_questionnaire(SHEETS[lang])
    assert kind_read("other", "ESN_2026_11.xlsx", SHEETS[lang], [pasted(OFFER)]) == QUESTIONNAIRE


def test_a_pasted_table_of_questions_and_answers_is_one_too():
    table = "| Nr | Frage | Antwort |\n|---|---|---|\n" + "\n".join(
        f"| {i} | {q} | {a} |" for i, (q, a) in enumerate(
            [("Welche Systeme?", "SAP PM über REST"), ("Wer besitzt die Daten?", "Der Kunde"),
             ("Wie lange dauert die Schulung?", "Zwei Tage vor Ort")], 1))
    assert [a for _, _, a in qa_rows(pasted(table).text)] == ["SAP PM über REST", "Der Kunde", "Zwei Tage vor Ort"]


def test_an_offer_with_a_few_questions_answered_in_a_table_stays_the_offer():
    faq = "\n\n".join(f"Question: {q}; Answer: {a}" for q, a in [
        ("Is training included?", "Yes, two days"), ("Is the app free?", "Yes"), ("Do you support OPC UA?", "Yes")])
    offer = OFFER + "\n\n" + "We read every press's stroke counter and motor current once per second. " * 30
    assert not reads_as_questionnaire(offer + "\n\n" + faq)
    assert not reads_as_questionnaire(OFFER)  # no rows at all


def test_a_file_named_a_questionnaire_is_one_and_not_a_reply():
    assert kinds_from_names(["Offre.pdf", "reponses_questionnaire.xlsx"], True) == ["proposal", QUESTIONNAIRE]
    assert kinds_from_names(["Fragebogen_Antworten.xlsx"], False) == [QUESTIONNAIRE]


@pytest.mark.parametrize("lang", sorted(SHEETS))
def test_only_the_answers_are_read_the_buyers_questions_never_quoted_as_the_vendors(lang):
    sheet = Document(name=f"answers_{lang}.xlsx", kind=QUESTIONNAIRE, format="xlsx", text=SHEETS[lang], sha256=lang)
    drafted = drafter_for(BANK).draft_documents([pasted(OFFER, "proposal", "Offer"), sheet], "PressWatch", "Acme")
    quotes = [q for a in drafted.answers for q in a.quotes]
    cite = Citations(drafted.documents).cite
    from_sheet = [q for q in quotes if cite(q).startswith(TITLE)]
    assert from_sheet  # the answers draft, quoted as the vendor's answers to our questions
    for quote in from_sheet:
        assert not any(question in quote for question in _questions(SHEETS[lang]))
        assert any(quote in answer for _, _, answer in qa_rows(SHEETS[lang]))


def test_drafting_reads_each_row_as_its_answer_alone():
    read = answers_text(SHEETS["fr"])
    assert "Les données restent la propriété du client" in read.split("\n")
    assert not any(q in read for q in _questions(SHEETS["fr"]))
    assert answers_text(OFFER) == OFFER  # any other text as it is


def test_the_letter_quotes_the_answer_led_in_as_the_vendors_answers():
    from reports.letter_round import _lead
    from scoring.round_quotes import offer_sentences
    from reading.reply_readers import reply_reader_for
    sheet = Document(name="answers.xlsx", kind=QUESTIONNAIRE, format="xlsx", text=SHEETS["en"], sha256="en")
    drafted = drafter_for(BANK).draft_documents([pasted(OFFER, "proposal", "Offer"), sheet], "PressWatch", "Acme")
    said = offer_sentences(drafted, reply_reader_for(BANK))
    assert "The customer owns all data and can export it as CSV at any time" in said
    assert not [s for s in said if "Who owns the data?" in s or s.startswith("No: ")]
    assert _lead("proposal_says", TITLE) == "answers_say"
    assert _lead("proposal_says", "Proposal p. 2") == "proposal_says"


def test_the_draft_panel_says_the_quotes_come_from_the_vendors_answers():
    from views.drafts import drawn_from
    sources = {"a": f"{TITLE}, section “Sheet1”", "b": "Proposal p. 1"}
    assert drawn_from(["a"], sources) == "the vendor's answers to our questions"
    assert drawn_from(["a", "b"], sources) == "the vendor's answers to our questions and the proposal"
    assert drawn_from(["b"], sources) == "the proposal"


@pytest.mark.parametrize("said", ["Les données restent la propriété du client.",
                                  "Propriété des données : les données restent la propriété du client.",
                                  "Toutes les données collectées restent la propriété du client."])
def test_the_buyer_named_the_datas_owner_in_french_drafts_ownership(said):
    text = ("Nous installons douze capteurs sur les presses et les données sont envoyées à la plateforme toutes les "
            f"minutes. {said} La formation des techniciens dure deux jours.")
    drafted = drafter_for(BANK).draft(text, "PressWatch", "Acme")
    owned = drafted.answer("connect.data_ownership")
    assert owned is not None and "open_export" in owned.choices


@pytest.mark.parametrize("said", ["La décision d'arrêter une presse pour une intervention préventive, avant la casse.",
                                  "La decisión de parar una prensa para un mantenimiento preventivo, antes de la rotura.",
                                  "La decisione di fermare una pressa per manutenzione preventiva, prima della rottura.",
                                  "Die Entscheidung, eine Presse vor dem Bruch für die Wartung anzuhalten."])
def test_a_decision_named_in_the_offers_language_is_suggested_for_which_decision_improves(said):
    from reading.prefill import Prefiller
    from reading.text import reader_for
    found = Prefiller(BANK).suggest(reader_for(BANK).read(said))
    assert said in [s.quote for s in found.get("decision.improved", [])]


def test_suggestions_quote_a_questionnaires_answers_never_its_questions():
    from reading.prefill import Prefiller
    from reading.questionnaire import read_text
    from reading.text import reader_for
    sheet = Document(name="answers.xlsx", kind=QUESTIONNAIRE, format="xlsx", text=SHEETS["fr"], sha256="fr")
    text = read_text([pasted(OFFER, "proposal", "Offer"), sheet])
    quotes = [s.quote for found in Prefiller(BANK).suggest(reader_for(BANK).read(text)).values() for s in found]
    assert "Nous créons les ordres de travail dans votre GMAO via son API REST" in quotes
    assert not [q for q in quotes if any(question in q for question in _questions(SHEETS["fr"]))]
