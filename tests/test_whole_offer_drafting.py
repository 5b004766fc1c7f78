"""Issue 14, offers64 (tuning5): whole offers as vendors send them, letterhead, greeting, a price table typed with bars,
an options section, terms and signature. On the start rules five of its twelve offers were read as product pages (their
price table's rows, typed "1 | VS-Tri sensor | 38 | 245.00 | 9,310.00" under a header line, were no line items to the
bid rule, and "Pos. | Leistung" was cut at "Pos."), and every offer in German, French, Spanish or Italian was read as an
article through its gloss (an option one glossed line named was only suggested). A bid is written to one buyer: its
answers are drafted as an offer's; what only its options section names is offered to check."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.draft_pass import Pass
from reading.splitting import splitter

BANK = load_bank()

TABLE = ["Price schedule",
         "Item | Description | Qty | Unit price GBP | Total GBP",
         "1 | Wireless vibration sensor incl. mounting pad | 38 | 245.00 | 9,310.00",
         "2 | Edge gateway incl. 4G SIM | 2 | 1,150.00 | 2,300.00",
         "3 | Installation and commissioning (3 engineer days) | 1 | 2,850.00 | 2,850.00"]

OFFER = "\n".join([
    "VIBRASENSE LTD",
    "Kentmere Board Mill Ltd",
    "Subject: Proposal for wireless condition monitoring, PM2 dryer section",
    "Dear Graham,",
    "Scope of supply",
    "- 38 wireless vibration and temperature sensors on the dryer-section pumps and fans",
    "- Alarm set-up to ISO 10816-3 zones",
    *TABLE,
    "",  # a blank line ends the table: a heading right under its last row reads as that row wrapped
    "Optional items",
    "Option B: remote analyst service, monthly report by a Cat III analyst, GBP 4,800.00 per year.",
    "Commercial terms",
    "Validity: 60 days.",
    "Warranty: 24 months on hardware.",
    "Yours sincerely,",
])


def _answer(evaluation, qid):
    return next((a for a in evaluation.answers if a.question == qid), None)


def test_a_table_row_after_a_header_cell_with_a_stop_is_one_line():
    said = [t for _, t in splitter().sentences("Pos. | Leistung | Menge | EP €\n1 | Stromzähler | 14 | 640,00")]
    assert said == ["Pos. | Leistung | Menge | EP €", "1 | Stromzähler | 14 | 640,00"]
    # ... and a category, a revision, a count go on: "cat. II", "rev. B", "38 no. VS-Tri"
    assert [t for _, t in splitter().sentences("An analyst certified cat. II reviews the alarms.")] == \
        ["An analyst certified cat. II reviews the alarms."]


def test_a_price_table_typed_with_bars_makes_the_text_a_bid():
    drafter = drafter_for(BANK)
    reading = drafter.reader.read("\n".join(TABLE))
    seen = Pass(drafter, reading)
    assert drafter.bid(reading, seen.table_rows)
    assert not drafter.bid(reading)  # the rows' cells alone name no quantity: no line items


def test_an_offers_answers_are_drafted_not_only_suggested():
    sensors = _answer(draft(OFFER, BANK), "data.sources")
    assert sensors is not None and "new_sensors" in sensors.choices


def test_what_only_the_options_section_names_is_offered_to_check():
    outputs = _answer(draft(OFFER, BANK), "workflow.outputs")
    assert outputs is None or "shift_reports" not in outputs.choices
    # the same line among the offer's own lines is drafted
    own = OFFER.replace("\nOptional items\n", "")
    assert "shift_reports" in _answer(draft(own, BANK), "workflow.outputs").choices


ITALIAN = "\n".join([
    "PredictaLab S.r.l.",
    "Gentile Dott.ssa Di Marco,",
    "Vi presentiamo la nostra proposta per il servizio di manutenzione predittiva delle linee 1 e 2.",
    "Cosa offriamo",
    "Sensori: 34 sensori wireless di vibrazione e temperatura su motori, riduttori e pompe del vuoto.",
    "Integrazione CMMS: PredictaCare crea una richiesta di lavoro in Infor EAM tramite API REST.",
    "Accesso alla piattaforma con autenticazione a due fattori obbligatoria e registro degli accessi.",
    "Offerta economica",
    "Voce | Q.tà | Importo unitario | Importo totale",
    "Sensori vibrazione/temperatura wireless | 34 | € 290,00 | € 9.860,00",
    "Gateway industriale con SIM | 2 | € 1.350,00 | € 2.700,00",
    "Formazione in sito per manutentori (1 giornata) | 1 | € 800,00 | € 800,00",
    "Cordiali saluti",
])


def test_an_italian_bid_drafts_what_one_line_names():
    evaluation = draft(ITALIAN, BANK)
    assert "work_orders" in _answer(evaluation, "workflow.outputs").choices  # "richiesta di lavoro": a work request
    controls = _answer(evaluation, "security.controls")
    assert {"mfa", "audit_log"} <= set(controls.choices)  # a second factor, the access log
    assert _answer(evaluation, "users.training").choices == ["onsite"]  # "formazione in sito"


FRENCH = "\n".join([
    "OptiQual Vision",
    "Madame,",
    "Nous avons le plaisir de vous adresser notre proposition pour le contrôle visuel de la ligne 2.",
    "- un rapport de fin de poste (PDF) envoyé automatiquement au chef d'équipe ;",
    "- le numéro de lot saisi par l'opérateur au démarrage.",
    "Désignation | Qté | Prix unitaire | Total",
    "Caméra linéaire 4K + éclairage tunnel | 1 | 18 400,00 € | 18 400,00 €",
    "Calculateur OptiQual Edge + armoire IP65 | 1 | 6 900,00 € | 6 900,00 €",
    "Écran opérateur 21,5\" | 1 | 1 150,00 € | 1 150,00 €",
    "Cordialement,",
])


def test_a_french_bid_reads_the_end_of_shift_report_and_what_the_operator_enters():
    evaluation = draft(FRENCH, BANK)
    assert "shift_reports" in _answer(evaluation, "workflow.outputs").choices
    assert "operator_inputs" in _answer(evaluation, "data.captured").choices
