"""Replies written as chat lines (issue 16 rounds, held-out kinds): short lines, an answer a line or one answer broken
over two lines, no punctuation, a link's owner on a line of its own. A line its writer ended (the next line's first
word would have fit on it) stays a line of its own when pasted; a line that goes on the answer above it (lower case, on
none of its own topics or naming nothing of its own; an owner's label under a link) is read with it as one sentence, by
placing and by drafting alike. Replies in English, German, Italian, Spanish and French."""
import pytest

from questions import load_bank
from reading import analyze
from reading.documents import pasted
from rounds_corpus import Mail, replied, sent_out
from scoring.rounds import reply_reader

PROPOSAL = ("FormGuard watches the transfer presses of a metal stamping plant with AI.\n"
            "Machine learning predicts die breakage and unplanned press stops from sensor data.\n"
            "Connects to your ERP, your maintenance system (CMMS) and your MES, with a cloud dashboard.\n"
            "Less downtime, smarter maintenance.\n")


@pytest.fixture(scope="module")
def press():
    return sent_out(PROPOSAL, "FormGuard", "K. Lindqvist")


def _lines(text: str) -> list[str]:
    return [line for line in pasted(text, "reply", "Reply").text.split("\n") if line]


def test_a_pasted_replys_chat_lines_its_writer_ended_stay_lines():
    text = ("scrap on press 3 was 2.9% last quarter\n"
            "data: tonnage, vibration, oil temperature, stroke counter\n"
            "retrained by our service desk twice a year\n")
    assert _lines(text) == text.strip().split("\n")


def test_a_pasted_replys_paragraph_wrapped_at_its_width_is_still_one_line():
    text = ("Our service desk in Malmo monitors the gateways every day and retrains\n"
            "the models twice a year against the labelled stops of the last six\n"
            "months; the fee is 5,400 EUR a year.\n")
    assert len(_lines(text)) == 1


def test_a_proposal_pasted_keeps_its_lines_joined_as_before():
    text = "Sensors on every press\nread the tonnage every second\n"
    assert len(pasted(text).text.split("\n")) == 1


MAILS = {
    "en": (Mail("Hi Karin", "cheers\nOla"), "SAP S/4 via IDoc\nboth ways, orders in, confirmations out\n"
                                             "Owner: IT, Mr Nyberg", ("IT", "Mr Nyberg")),
    "de": (Mail("Hallo Frau Lindqvist", "Grüße\nJonas"), "SAP S/4 per IDoc\nin beide Richtungen, Aufträge rein, "
                                                          "Rückmeldungen raus\nVerantwortlich: IT, Herr Maier", ("IT", "Herr Maier")),
    "it": (Mail("Buongiorno", "Saluti\nMarco"), "SAP S/4 tramite IDoc\nin entrambe le direzioni, ordini in entrata, "
                                                 "conferme in uscita\nResponsabile: IT, Sig. Bruni", ("IT", "Sig. Bruni")),
    "es": (Mail("Hola", "Saludos\nPablo"), "SAP S/4 vía IDoc\nen ambos sentidos, órdenes de entrada, confirmaciones "
                                            "de salida\nResponsable: TI, Sr. Vidal", ("TI", "Sr. Vidal")),
}


@pytest.mark.parametrize("language", sorted(MAILS))
def test_an_answer_broken_over_chat_lines_with_its_owner_below_answers_the_links_question(press, language):
    mail, body, _ = MAILS[language]
    question = mail.asked(press, body)["integrations"]
    assert question.status == "answered", question.why
    assert any("IDoc" in q and "\n" in q for q in question.quotes), question.quotes  # the lines quoted as one sentence


@pytest.mark.parametrize("language", sorted(MAILS))
def test_the_link_drafted_from_chat_lines_goes_both_ways_and_has_its_owner(press, language):
    mail, body, owners = MAILS[language]  # the department or who in it
    done = mail.read(press, body).evaluation
    rows = next(a for a in done.answers if a.question == "connect.integrations").integrations
    linked = [r for r in rows if r.method == "IDoc"]
    assert linked and all(r.direction == "both" and r.owner in owners for r in linked), rows


def test_a_chat_line_on_a_topic_of_its_own_starts_its_own_answer(press):
    text = MAILS["en"][0].letter("Fiix gets work orders from FormGuard via REST\n"
                                 "retrained by our service desk twice a year, 5400 EUR a year")
    said = [s.text for s, *_ in reply_reader(load_bank()).sentences(pasted(text, "reply").text)]
    assert "retrained by our service desk twice a year, 5400 EUR a year" in said


def test_an_unanswered_chat_line_joins_no_line_before_it_that_is_on_no_topic(press):
    text = MAILS["en"][0].letter("thanks for the list\nanswers below as discussed")
    said = [s.text for s, *_ in reply_reader(load_bank()).sentences(pasted(text, "reply").text)]
    assert "thanks for the list" in said


@pytest.mark.parametrize("text, owner", [
    ("Fiix work orders via REST; owner: maintenance, Mrs Holm", "Mrs Holm"),
    ("Lettura dei lotti da SAP via OData, responsabile: IT, Sig. Rossi", "Sig. Rossi"),
    ("Auftragsdaten aus SAP per IDoc, verantwortlich: IT, Frau Keller", "Frau Keller"),
])
def test_an_owners_label_then_a_department_and_who_in_it_names_the_person(text, owner):
    sentence = analyze(text).sentences[0]
    assert reply_reader(load_bank()).links.owner_named(text, text.lower(), sentence.substance) == owner


def test_the_lines_read_as_one_reply_quote_the_owner_with_its_link(press):
    done = replied(press, MAILS["en"][0].letter(MAILS["en"][1]))
    question = next(q for q in done.round.questions if q.topic == "integrations")
    assert any("Owner: IT, Mr Nyberg" in q for q in question.quotes), question.quotes

