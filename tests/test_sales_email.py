"""A vendor's sales e-mail or letter handed in beside the offer (walk79: a rep's "i fermi non pianificati si riducono del
30% garantito, e partiamo in 6 settimane", pasted beside the signed offer, was filed as the proposal and drafted as
described specifically): a document kind of its own, suggested for a text that reads as an e-mail, whose sentences draft
only what the offer leaves open and only as the vendor's claim."""
from __future__ import annotations

import pytest

from paths import EXAMPLES_BANK_VERSION
from questions import load_bank
from questions.models import DOCUMENT_KINDS
from reading.documents import PASTED, kind_read, kinds_from_names, pasted
from reading.draft import drafter_for
from reading.sales_mail import SALES_EMAIL, mail_only, reads_as_email

BANK = load_bank()
OFFER = """Offer for kiln energy monitoring
Prepared for: Holzwerk Süd GmbH, Rosenheim

We install 12 power meters on kilns 1 to 6 and read them every 60 seconds over Modbus TCP. Your shift leader gets an \
alert on the kiln panel when the energy per batch runs 10 % above the recipe's value."""

MAILS = {
    "en": "From: Tom Baker <t.baker@voltis.example>\nTo: Anna Gruber\nSubject: Re: kiln offer\n\nDear Anna,\n\n"
          "We install 12 power meters on kilns 1 to 6 and read them every 60 seconds over Modbus TCP.\n"
          "Maintenance technicians also get predictive alerts on their phones when a fan bearing vibrates.\n\n"
          "Kind regards\nTom Baker\nKey Account Manager",
    "de": "Von: Jan Vogel <j.vogel@voltis.example>\nAn: Anna Gruber\nBetreff: AW: Angebot Trockenkammern\n\n"
          "Sehr geehrte Frau Gruber,\n\nwir setzen die Sensoren an allen 40 Kammern ein, ohne Aufpreis.\n\n"
          "Mit freundlichen Grüßen\nJan Vogel",
    "it": "Da: Luca Rossi <l.rossi@voltis.example>\nA: Marco Bianchi\nOggetto: R: Offerta\n\nBuongiorno Ing. Bianchi,\n\n"
          "l'integrazione con il gestionale è già compresa nel prezzo.\n\nCordiali saluti\nLuca Rossi",
    "es": "De: Ana Ruiz\nPara: Pablo Gil\nAsunto: Oferta de monitorización\n\nEstimado Pablo:\n\n"
          "empezamos en 6 semanas y la reducción de paradas del 30 % está garantizada.\n\nSaludos cordiales\nAna Ruiz",
    "fr": "Bonjour Madame Lefèvre,\n\nnous installons les capteurs sur les 40 presses sans frais supplémentaires.\n\n"
          "Bien cordialement,\nPaul Martin",
    "nl": "Geachte heer De Vries,\n\nde koppeling met uw ERP zit al in de prijs.\n\nMet vriendelijke groet,\nPieter Jansen",
}


def draft(*documents):
    return drafter_for(BANK).draft_documents(list(documents), proposal="KilnSense", vendor="Voltis")


def test_the_kind_is_named_for_the_buyer():
    assert DOCUMENT_KINDS[SALES_EMAIL] == "Sales e-mail or letter"


@pytest.mark.parametrize("lang", sorted(MAILS))
def test_a_text_that_reads_as_an_email_is_suggested_as_one_beside_an_offer(lang):
    assert reads_as_email(MAILS[lang])
    assert kind_read("proposal", PASTED, MAILS[lang], [pasted(OFFER)]) == SALES_EMAIL


def test_an_offer_is_not_read_as_an_email_nor_an_email_alone_as_anything_but_the_proposal():
    assert not reads_as_email(OFFER)
    long_offer = "Dear Ms Carter,\n\n" + "We install 12 power meters on kilns 1 to 6. " * 120 + "\n\nKind regards\nTom"
    assert not reads_as_email(long_offer)  # a proposal's cover letter runs on for pages
    assert kind_read("proposal", PASTED, MAILS["en"], []) == "proposal"  # the first text is the offer


def test_a_file_named_as_an_email_is_one():
    assert kinds_from_names(["email_Ferrandi.txt", "Offerta_OFF-2026-0412.pdf"], True) == [SALES_EMAIL, "proposal"]


def test_an_emails_sentences_draft_only_claims():
    as_offer = draft(pasted(MAILS["en"]))
    assert any(a.evidence == "specific" for a in as_offer.answers)  # the same words in the offer are described
    told = draft(pasted(MAILS["en"], SALES_EMAIL, "Mail from Tom"))
    assert told.answers and all(a.evidence == "vendor_claim" for a in told.answers)


def test_beside_the_offer_the_offers_sentence_is_quoted_and_only_what_it_leaves_open_rests_on_the_email():
    offer, mail = pasted(OFFER, "proposal", "Offer"), pasted(MAILS["en"], SALES_EMAIL, "Mail from Tom")
    alone = {a.question: a for a in draft(offer).answers}
    drafted = draft(offer, mail)
    for answer in drafted.answers:
        if answer.question in alone:
            assert answer == alone[answer.question].model_copy(update={})  # the offer's answer, its quotes
        else:
            assert answer.evidence == "vendor_claim"
            assert all(q in mail.text for q in answer.quotes)
    only = mail_only(drafted)
    assert only and not set(only) & set(alone)
    assert set(only) == {a.question for a in drafted.answers if a.question not in alone}


def _with_mail():
    offer, mail = pasted(OFFER, "proposal", "Offer"), pasted(MAILS["en"], SALES_EMAIL, "Mail from Tom")
    return draft(offer, mail), mail


def test_an_answer_resting_only_on_the_email_is_a_gap_the_scorecard_says_and_the_letter_asks_to_confirm():
    from reports.letter import follow_up_letter
    from scoring import score
    from scoring.mail_said import FLAG_ID, words
    drafted, mail = _with_mail()
    REASON = words()["reason"]
    only = mail_only(drafted)
    card = score(drafted, BANK)
    marked = {a.question for a in card.answers if REASON in a.reasons}
    assert marked == set(only)
    flag = next(f for f in card.flags if f.id == FLAG_ID)
    assert "sales e-mail" in flag.reason and flag.follow_up
    letter = " ".join(follow_up_letter(drafted, card).decode().split())  # as wrapped in lines
    asked = drafted.answer(only[0]).quotes[0]
    assert f"Your sales e-mail says \u201c{asked}\u201d: please confirm it in the offer." in letter


def test_an_offer_without_an_email_has_no_such_gap():
    from scoring import score
    from scoring.mail_said import FLAG_ID
    card = score(draft(pasted(OFFER, "proposal", "Offer")), BANK)
    assert not [f for f in card.flags if f.id == FLAG_ID]


CONTRARY = {  # an e-mail beside OFFER that says the contrary of it, in the letter's language
    "en": "From: Tom Baker <t.baker@voltis.example>\nTo: Anna Gruber\nSubject: Re: kiln offer\n\nDear Anna,\n\n"
          "Your shift leader gets an alert when the energy per batch runs 5 % above the recipe's value.\n\n"
          "Kind regards\nTom Baker",
    "de": "Von: Jan Vogel <j.vogel@voltis.example>\nAn: Anna Gruber\nBetreff: AW: Angebot\n\nSehr geehrte Frau Gruber,\n\n"
          "wir installieren Leistungsmesser an 20 Öfen.\n\nMit freundlichen Grüßen\nJan Vogel",
}
OFFERS = {"en": OFFER,
          "de": "Angebot für die Energieüberwachung der Öfen\n\nWir installieren 12 Leistungsmesser an 6 Öfen und lesen sie "
                "alle 60 Sekunden über Modbus TCP aus. Ihr Schichtleiter erhält einen Alarm, wenn die Energie je Charge "
                "10 % über dem Rezeptwert liegt."}


@pytest.mark.parametrize("lang", sorted(CONTRARY))
def test_an_email_saying_the_contrary_of_the_offer_is_a_flag_and_the_letter_asks_which_binds_in_its_language(lang):
    from reports.letter import follow_up_letter
    from reading.mail_contradicts import contradicted
    from scoring import score
    from scoring.mail_said import CONTRADICTS_ID
    offer, mail = pasted(OFFERS[lang], "proposal", "Offer"), pasted(CONTRARY[lang], SALES_EMAIL, "Mail")
    drafted = draft(offer, mail)
    [found] = contradicted(drafted)
    card = score(drafted, BANK)
    [flag] = [f for f in card.flags if f.id.startswith(CONTRADICTS_ID)]
    assert found.mail in flag.reason and found.offer in flag.reason
    letter = " ".join(follow_up_letter(drafted, card).decode().split())
    asks = {"en": f"Your sales e-mail says \u201c{found.mail}\u201d; your offer says \u201c{found.offer}\u201d: "
                  "which of the two binds?",
            "de": f"Ihre Verkaufs-E-Mail sagt \u201e{found.mail}\u201c, Ihr Angebot sagt \u201e{found.offer}\u201c: "
                  "Welche der beiden Aussagen ist verbindlich?"}
    assert asks[lang] in letter
    assert not [f for f in score(draft(offer), BANK).flags if f.id.startswith(CONTRADICTS_ID)]
