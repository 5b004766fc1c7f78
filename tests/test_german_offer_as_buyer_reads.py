"""A German offer drafted as its buyer reads it (walk 65: a die caster's quality manager scored a concrete German offer
3/100): borderline cases shown to a person are the review of exceptions, an offer's letter sent with its datasheet and
security paper is still a letter (each sentence counts, nothing only suggested), a bulleted item is no headline however
German capitalises its nouns, a courtesy opener and the offer's title are no claim, the system's backup is no
workflow, and an item offered as an option drafts nothing. Each as a kind, in sentences of our own."""
from __future__ import annotations

from questions import load_bank
from questions.models import Document
from reading.draft import draft, drafter_for

BANK = load_bank()


def _answers(text: str) -> dict:
    return {a.question: a for a in draft(text, BANK).answers}


def _offer(*lines: str) -> str:
    return "\n\n".join(("Sehr geehrter Herr Albers,", *lines, "Mit freundlichen Grüßen\n\nAnna Kühn"))


def test_borderline_cases_put_to_a_person_are_the_review_of_exceptions_not_a_dashboard():
    answers = _answers(_offer(
        "Für Ihre Lackiererei liefern wir ein Kamerasystem mit Auswertung an Linie 2.",
        "Unklare Grenzfälle werden dem Schichtleiter am Bildschirm zur Entscheidung vorgelegt."))
    review = answers["upkeep.human_review"]
    assert review.choices == ["human_exceptions"]
    assert "human_approves" not in review.choices
    assert "live_dashboard" not in getattr(answers.get("workflow.outputs"), "choices", [])


def test_a_letter_sent_with_its_datasheet_and_security_paper_drafts_each_option_it_states():
    letter = _offer(
        "vielen Dank für Ihre Anfrage zur Prüfung Ihrer Gussteile an Ihrer Linie 3.",
        "Unsere Software bewertet jedes Bild Ihrer Kamera an Linie 3 und meldet das Ergebnis an Ihre Werker.",
        "Unklare Grenzfälle werden Ihrem Prüfer am Bildschirm zur Entscheidung vorgelegt.",
        "Wir liefern die Kamera, die Auswertebox und die Schulung Ihrer Werker an Ihrer Linie 3.",
        "Der Preis für das Paket beträgt 24.000 € netto, die Lieferung erfolgt acht Wochen nach Ihrer Bestellung.")
    sheet = "\n".join(f"{k}: {v}" for k, v in [
        ("Prozessor", "ARM Cortex A72, 4 Kerne"), ("Speicher", "512 GB SSD, industrietauglich"),
        ("Schnittstellen", "2 x GigE, 4 x USB 3.0"), ("Versorgung", "24 V DC, max. 60 W"),
        ("Schutzart", "IP54, lüfterlos"), ("Umgebung", "0 bis 45 °C, 5 bis 95 % Feuchte"),
        ("Abmessungen", "200 x 150 x 80 mm, 2,1 kg"), ("Montage", "Hutschiene oder Wandmontage"),
        ("Betriebssystem", "Linux, gehärtet und signiert"), ("Zertifizierung", "CE und UKCA, Prüfbericht anbei")])
    security = "\n\n".join([
        "Die Box wird in einem separaten VLAN der Fertigung betrieben und hat keinen Zugang zum Internet.",
        "Benutzer werden lokal auf der Box angelegt und regelmäßig durch die IT des Kunden geprüft.",
        "Updates für Betriebssystem und Software werden quartalsweise bereitgestellt und eingespielt.",
        "Die Konfiguration wird auf einem Laufwerk des Kunden abgelegt und dort vom Kunden verwaltet.",
        "Die Entwicklung der Software orientiert sich an den Vorgaben der Norm IEC 62443."])
    documents = [Document(name="Angebot.pdf", kind="proposal", text=letter),
                 Document(name="Datenblatt.pdf", kind="datasheet", text=sheet),
                 Document(name="IT-Sicherheit.docx", kind="security", text=security)]
    answers = {a.question: a for a in drafter_for(BANK).draft_documents(documents).answers}
    assert answers["upkeep.human_review"].choices == ["human_exceptions"]  # drafted, not only suggested
    assert "human_exceptions" not in answers["upkeep.human_review"].suggested


def test_a_bulleted_item_is_no_headline_though_german_capitalises_its_nouns():
    answers = _answers(_offer(
        "Unser Leistungsumfang für Ihr Werk in Ulm umfasst:",
        "• Einweisung Ihrer Werker und Qualitätsingenieure an der Anlage (3 Tage)",
        "• Inbetriebnahme der Prüfstation an Ihrer Linie 4"))
    assert "quality" in answers["users.roles"].choices


def test_a_courtesy_opener_and_the_offers_title_are_left_out_of_the_quotes_where_the_body_says_it():
    title = "Angebot: KI-gestützte Sichtprüfung - Ihr Weg zur Smart Factory"
    courtesy = ("Gerne unterbreiten wir Ihnen nachfolgend unser Angebot für eine KI-gestützte Sichtprüfung an Ihrer "
                "Stanzlinie.")
    body = "Unsere Algorithmen bewerten jedes Kamerabild in Echtzeit und erkennen Risse und Grate zuverlässig."
    quotes = _answers(_offer(title, courtesy, body))["workflow.analytics"].quotes
    assert quotes == [body]
    english = _answers("Dear Mr Albers,\n\nProposal: AI visual inspection for your stamping line\n\nWe are pleased "
                       "to submit our proposal for an AI-based visual inspection on your stamping line.\n\nOur "
                       "algorithms rate every camera image in real time and detect cracks and burrs.")
    assert english["workflow.analytics"].quotes == [
        "Our algorithms rate every camera image in real time and detect cracks and burrs."]


def test_the_systems_backup_walks_through_no_workflow_and_no_daily_use():
    answers = _answers(_offer(
        "Die Einstellungen und das trainierte Modell werden täglich auf den Server Ihrer IT gesichert.",
        "Die Software kennt die Rollen Bediener, Meister und Administrator."))
    for question in ("workflow.before_after", "users.daily_use", "decision.improved", "data.protocols"):
        quoted = answers[question].quotes if question in answers else []
        assert not any("gesichert" in q or "kennt die Rollen" in q for q in quoted), question
    english = _answers("Dear Mr Albers,\n\nThe configuration and the trained model are backed up every night to "
                       "your file server.")
    assert "workflow.before_after" not in english and "users.daily_use" not in english


def test_an_item_offered_as_an_option_drafts_nothing():
    rows = ("Pos: 1; Leistung: Kamerasystem an Linie 2 inkl. Montage; Preis: 21.000,00 €\n"
            "Pos: O1; Option: Leitstand-Dashboard mit Live-Status aller Maschinen; Preis: 3.900,00 €")
    answers = _answers(_offer("Unser Angebot im Einzelnen:", rows))
    assert "live_dashboard" not in getattr(answers.get("workflow.outputs"), "choices", [])
    english = _answers("Dear Mr Albers,\n\nItem: Camera system on line 2; Price: EUR 21,000\n"
                       "Option: Live dashboard of machine status for every press; Price: EUR 3,900")
    assert "live_dashboard" not in getattr(english.get("workflow.outputs"), "choices", [])


def test_what_the_models_training_needs_in_a_german_offer_is_not_asked_again():
    from rounds_corpus import sent_out

    offer = _offer("Für Ihre Stanzerei liefern wir eine KI-gestützte Sichtprüfung, Ihr Schritt zur Smart Factory.",
                   "Für das initiale Training benötigen wir ca. 1.500 bewertete Kamerabilder Ihrer Produktion, davon "
                   "mindestens 200 fehlerhafte Teile.")
    asked = {q.topic: q for q in sent_out(offer, "Sichtprüfung", "K. Maier").rounds[-1].questions}
    history = asked["history"]
    assert history.text == "Who checks the quality of the data the model learns from?", history.text
    assert any("1.500 bewertete Kamerabilder" in q for q in history.proposal_quotes)


def test_a_reply_that_has_a_person_decide_only_the_borderline_cases_reviews_exceptions_not_every_action():
    from rounds_corpus import Mail, sent_out

    offer = _offer("Unsere KI-Plattform ist Ihr Schritt zur Smart Factory und bewertet jedes Kamerabild an Linie 2.",
                   "Der Preis beträgt 24.000 € netto.")
    sent = sent_out(offer, "Sichtprüfung", "K. Maier")
    mail = Mail("Sehr geehrte Frau Maier,", "Mit freundlichen Grüßen\nAnna Kühn")
    done = mail.read(sent, "Menschliche Kontrolle: Grenzfälle entscheidet immer der Prüfer; n.i.O.-Entscheidungen "
                           "des Systems kann der Schichtführer im CAQ aufheben.").evaluation
    review = next(a for a in done.answers if a.question == "upkeep.human_review")
    assert review.choices == ["human_exceptions"], review.choices
