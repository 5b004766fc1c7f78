"""A letter's addressee line ("Alla c.a. Ing. Rossi, Responsabile Manutenzione") and the vendor's signature block are
no user of the system (walk82: the addressee, run into the lines under it by a pasted text's unwrapping, was quoted
under the roles question; the signatory's title with the company's legal form was suggested there). Several
languages; a role that does use the system is still drafted."""
from __future__ import annotations

import pytest

from questions import load_bank
from reading import analyze
from reading.documents import pasted
from reading.draft import draft
from reading.prefill import Prefiller

BANK = load_bank()
BODY = "\n\nThe maintenance manager gets a report on the stops every morning.\n"


@pytest.mark.parametrize("addressee", [
    "Alla c.a. Ing. Marco Rossi, Responsabile Manutenzione",
    "Do rąk: Pan Jan Nowak, Kierownik Utrzymania Ruchu",
    "Zu Händen Herrn Klaus Weber, Leiter Instandhaltung",
    "T.a.v. dhr. Jansen, Hoofd Onderhoud",
])
def test_an_addressee_line_stands_alone_in_a_pasted_text(addressee):
    text = pasted(f"{addressee}\nSubject: offer for monitoring the pasteurisation lines\nThe plant sends data daily.\n").text
    assert addressee in text.splitlines()


def test_an_addressee_line_is_quoted_under_no_question():
    offer = ("Alla c.a. Ing. Marco Rossi, Responsabile Manutenzione\nOggetto: offerta per il monitoraggio delle linee\n"
             "Il responsabile manutenzione riceve ogni mattina un report sui fermi.\n")
    drafted = draft(offer, BANK)
    quotes = [q for a in drafted.answers for q in a.quotes]
    assert not any("Rossi" in q for q in quotes)
    assert "maintenance_planner" in drafted.answer("users.roles").choices  # the body's user still drafted


@pytest.mark.parametrize("signature", [
    "Cordiali saluti\nIng. Paolo Bianchi\nResponsabile Manutenzione e Service, Automazioni Emiliane S.r.l.",
    "Z poważaniem\nAnna Kowalska\nKierownik Utrzymania Ruchu, AutomaPol Sp. z o.o.",
    "Mit freundlichen Grüßen\nKlaus Weber\nLeiter Instandhaltung, Weber Automation GmbH",
])
def test_the_vendors_signature_is_suggested_as_no_user(signature):
    offer = "Offer for your plant\n\nThe system collects temperature data from the PLCs over OPC UA.\n\n" + signature
    suggested = Prefiller(BANK).suggest(analyze(pasted(offer).text))
    last = signature.splitlines()[-1]
    assert not any(last in s.quote for items in suggested.values() for s in items)
