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


@pytest.mark.usefixtures("first_run")
def test_the_users_section_suggests_no_addressee_or_signatory_on_the_page(store):
    import kit
    from kit import key
    from paths import EXAMPLES_BANK_VERSION
    from questions import Evaluation

    eid = store.create(Evaluation(bank_version=EXAMPLES_BANK_VERSION, proposal="Linea 4", vendor="X")).id
    offer = ("Alla c.a. Ing. Marco Rossi, Responsabile Manutenzione\nOggetto: offerta per il monitoraggio delle linee\n"
             "Il responsabile manutenzione riceve ogni mattina un report sui fermi.\n\nCordiali saluti\nIng. Paolo Bianchi\n"
             "Responsabile Manutenzione e Service, Automazioni Emiliane S.r.l.\n")
    at = kit.open_app("evaluate", eid, timeout=60)
    at.radio(key=f"proposal:{eid}:source").set_value("Paste the text").run()
    at.text_area(key=f"proposal:{eid}:paste").input(offer)
    at.button(key=f"proposal:{eid}:read").click().run()
    at.selectbox(key=f"section:{eid}").set_value("users").run()
    assert not at.exception, at.exception
    offered = [t.value for t in at.text_area if t.key.startswith(key(eid, "users.roles", "suggest:"))]
    assert not any("Rossi" in value or "Automazioni Emiliane" in value for value in offered)
    roles = store.get(eid).evaluation.answer("users.roles")
    assert not roles or not any("Rossi" in q or "Automazioni" in q for q in roles.quotes)
