"""German offers and replies (issue 14 and 16, german16): a link stated plainly in German is read as its English
twin is, by the drafter and the reply reader (the system, the way, the direction and the owner); German hedges and
deferrals ("grundsätzlich möglich", "je nach Anforderung", "klären wir im Kick-off") answer nothing."""
import pytest

from questions import load_bank
from reading.draft import draft
from rounds_corpus import Mail, sent_out

BANK = load_bank()
OFFER = ("Quotation 118: OEE monitoring for your gearbox assembly lines\n"
         "We connect the 38 stations of your four lines through their S7-1500 PLCs over OPC UA; cycle times and "
         "machine states are read every second.\n"
         "OEE per line is shown live on a screen above each line.\n")
MAIL = Mail("Sehr geehrte Frau Berger,", "Mit freundlichen Grüßen\nSysweld Integration GmbH")


def rows(text: str) -> dict:
    answer = {a.question: a for a in draft(text, BANK).answers}.get("connect.integrations")
    return {row.system: row for row in answer.integrations} if answer else {}


@pytest.mark.parametrize("text, area, method", [
    ("Wir schreiben die Aufträge per RFC in Ihr SAP PM.", "maintenance", "RFC"),
    ("Die Stillstände gehen stündlich als CSV an Ihr MES.", "production", "CSV"),
    ("Das ERP erhält die Rückmeldungen über eine REST-Schnittstelle.", "planning", "REST"),
    ("Die Materialverbräuche werden jede Nacht als CSV-Datei an Ihr proALPHA übertragen.", "inventory", "CSV"),
])
def test_a_link_stated_in_german_drafts_its_area_and_way(text, area, method):
    row = rows(text).get(area)
    assert row is not None and method in row.method and row.direction == "to_system", rows(text)


def test_a_link_read_from_the_plants_system_in_german_comes_from_it():
    row = rows("Die Fertigungsaufträge liest unser Server jede Stunde aus Ihrem SAP PP.").get("planning")
    assert row is not None and row.direction == "from_system", row


@pytest.mark.parametrize("owner", [
    "Verantwortlich für die Schnittstelle ist Ihre IT-Abteilung (Herr Weber).",
    "Die Schnittstelle liegt bei Ihrer IT-Abteilung.",
])
def test_a_german_owner_of_the_link_said_before_owns_it(owner):
    row = rows("Die Stillstände gehen stündlich als CSV an Ihr MES. " + owner).get("production")
    assert row is not None and row.owner == "IT-Abteilung", row


def test_a_bare_interface_in_a_german_feature_list_drafts_no_method():
    row = rows("TanLogic auf einen Blick:\n- Automatische Rezeptberechnung\n- ERP-Schnittstelle\n").get("inventory")
    assert row is None or not row.method, row


def _links(reply: str):
    return MAIL.asked(sent_out(OFFER, "Sysweld", "M. Berger"), reply)["integrations"]


@pytest.mark.parametrize("reply", [
    "Wir schreiben die Aufträge per RFC in Ihr SAP PM; verantwortlich ist Ihre IT-Abteilung.",
    "Die Stillstände gehen stündlich als CSV an Ihr MES. Verantwortlich für die Schnittstelle ist Ihre "
    "IT-Administratorin Frau Lechner.",
    "Das ERP erhält die Rückmeldungen über eine REST-Schnittstelle, betreut von Ihrem SAP-Team.",
])
def test_a_german_reply_naming_system_way_and_owner_answers_the_links_question(reply):
    links = _links(reply)
    assert links.status == "answered", links.why


@pytest.mark.parametrize("reply, phrase", [
    ("Grundsätzlich ist eine Anbindung an Ihr ERP möglich.", "grundsätzlich ist"),
    ("Selbstverständlich unterstützen wir Sie bei der Anbindung an Ihr SAP.", "selbstverständlich"),
    ("Die Anbindung an Ihr MES erfolgt je nach Anforderung über REST oder CSV.", "je nach anforderung"),
    ("Die Schnittstellen zu Ihrem ERP klären wir im Kick-off.", "klären wir"),
    ("Format und Richtung der Anbindung an Ihr SAP legen wir nach Absprache mit Ihrer IT fest.", "nach absprache"),
])
def test_a_german_hedge_or_deferral_answers_nothing(reply, phrase):
    links = _links(reply)
    assert links.status == "not_answered" and phrase in links.why, links.why


@pytest.mark.parametrize("owner, named", [
    ("Verantwortlich für die Schnittstelle ist Ihre IT (Herr Weber).", "Herr Weber"),
    ("The interface is owned by your IT (Mr. Weber).", "Mr. Weber"),
    ("The interface is owned by your IT team (Ms Keller).", "IT team"),
])
def test_a_titled_person_in_brackets_after_an_owner_that_names_no_team_owns_the_link(owner, named):
    row = rows("Das ERP erhält die Rückmeldungen über eine REST-Schnittstelle. " + owner).get("planning")
    assert row is not None and row.owner == named, row
