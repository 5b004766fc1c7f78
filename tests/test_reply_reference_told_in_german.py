"""Walk72: a German reply's reference ("Bei der Druckguss Hohenlohe GmbH ... sank die Ausschussquote von 5,6 % auf
3,7 % ... Ansprechpartner ist Herr Thomas Rieger, Leiter Qualität, Tel. +49 ...; er steht Ihnen für ein
Referenzgespräch zur Verfügung") stayed "not answered": "Tel." cut the contact from the call, the case and its contact
stood in two sentences, no German word placed it on the reference, "Ausschussquote" named no data and the
reference call was read through its gloss. Other customers and figures, and a dodge that must
stay open."""
from datetime import date

import pytest

from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for
from reading.splitting import splitter
from scoring import score
from scoring.rounds import freeze, read_reply

BANK = load_bank()
OFFER = ("Offer for Metallguss Süd: we propose an inline X-ray cell for your die-cast line 2. A deep-learning "
         "classifier on the edge server decides OK/NOK for every casting; the shift inspector reviews each NOK part on "
         "the HMI. Results go to your MES via OPC UA. Target: scrap from 5.1 % to 3.5 % within six months after SAT.")


def _sent():
    drafted = drafter_for(BANK).draft_documents([pasted(OFFER)], "Offer", "Vendor")
    return freeze(drafted, score(drafted, BANK), "Buyer", date(2026, 12, 6), also=frozenset({"return.reference"}))


def _reference(reply: str):
    read = read_reply(_sent(), pasted(reply, "reply", "Reply"))
    status = next(q.status for q in read.round.questions if "question:return.reference" in q.sources)
    answer = next((a for a in read.evaluation.answers if a.question == "return.reference"), None)
    return status, answer


@pytest.mark.parametrize("greeting, body, closing", [
    ("Sehr geehrte Frau Novak,", "wir dürfen Ihnen nun eine Referenz nennen: Bei der Gießerei Albtal GmbH sank die Ausschussquote nach Einführung "
    "unseres Systems von 6,2 % auf 4,1 % innerhalb von vier Monaten. Ansprechpartner ist Frau Anna Weber, Leiterin "
    "Qualität, Tel. +49 721 5566-120; sie steht Ihnen für ein Referenzgespräch zur Verfügung.",
     "Mit freundlichen Grüßen"),
    ("Sehr geehrter Herr Novak,", "gerne nennen wir Ihnen eine Referenz: Bei der Alu Druckguss Ost AG sank die "
     "Ausschussquote seit der Inbetriebnahme von 4,9 % auf 3,3 %, gemessen über drei Monate. Ihr Ansprechpartner dort ist "
     "Herr Jan Brandt, Tel. +49 341 8899-40; er steht Ihnen für einen Referenzbesuch zur Verfügung.",
     "Viele Grüße"),
])
def test_a_reference_told_over_two_sentences_with_its_contact_answers_the_reference(greeting, body, closing):
    status, answer = _reference(f"{greeting}\n\n{body}\n\n{closing}\nJonas Keller\n")
    assert status == "answered"
    assert answer is not None and any("Tel." in q for q in answer.quotes)


def test_references_kept_confidential_stay_open():
    body = ("Zu Frage 1 (Referenzen): Unser System ist bei zahlreichen namhaften Automobilzulieferern im Einsatz und hat "
            "dort überall zu deutlichen Verbesserungen geführt. Aus Gründen der Vertraulichkeit können wir die Namen "
            "nicht schriftlich nennen.")
    status, _ = _reference(f"Sehr geehrte Frau Novak,\n\n{body}\n\nMit freundlichen Grüßen\nJonas Keller\n")
    assert status == "not_answered"


def test_a_telephone_s_short_form_ends_no_sentence():
    text = "Contact: Mr Tom Hale, quality manager, Tel. +44 121 555 0199; he is available for a call. Next sentence."
    assert len(list(splitter().sentences(text))) == 2
