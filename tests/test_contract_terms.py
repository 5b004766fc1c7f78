"""Walk 81 (and 79, 80): the terms a vendor writes into its offer or its signed annex were read as clean text and never
shown: a warranty of 24 months in the offer and 12 in the signed annex, liability capped at 50 % of the order value,
acceptance deemed given after 10 days of silence. The scorecard, its exports and Compare list each term as the
documents state it, with its sentence and document; a term that works against the buyer, and one two documents state
differently, is flagged with a plain reason and asked in the follow-up letter, once."""
from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

import kit
from kit import shown
from questions.models import Document
from reading.contract_terms import terms
from reports import to_html, to_markdown, to_pdf, to_xlsx
from reports.compare import to_markdown as compare_markdown
from scoring import compare, score
from scoring.contract_terms import contract_terms
from scoring.rounds import open_questions

# walk81's kind, in short: the offer's commercial terms and the signed annex's (read by OCR)
OFFER = """12. Warunki handlowe
Płatność: 30% zaliczki po podpisaniu umowy, 60% po odbiorze Fazy 1, 10% po 3 miesiącach pracy. Termin płatności 30 dni. Gwarancja:
24 miesiące na sprzęt i oprogramowanie. Szczegółowe warunki – Załącznik nr 2 (podpisany).
Opcje: O3 rozszerzenie gwarancji do 36 miesięcy.
"""
ANNEX = """WARUNKI GWARANCJI, ODBIORU I ODPOWIEDZIALNOŚCI
$1 Gwarancja
1. Wykonawca udziela gwarancji na dostarczony sprzęt na okres 24 miesięcy.
2. Na oprogramowanie gwarancja wynosi 12 miesięcy;
po tym okresie usuwanie błędów w ramach abonamentu.
$2 Odbiór
1. Odbiór następuje protokołem w terminie 10 dni roboczych od zgłoszenia gotowości.
2. Brak uwag w tym terminie oznacza odbiór bez zastrzeżeń.
$3 Odpowiedzialność
1. Całkowita odpowiedzialność Wykonawcy ograniczona jest do 50% wartości netto umowy.
"""


def _read(text: str) -> list[tuple[str, str, bool]]:
    return [(t.kind, t.value(), t.against) for t in terms(text)]


@pytest.mark.parametrize("text, expected", [
    ("Warranty: 24 months from final acceptance on hardware and software.", [("warranty", "24 months", False)]),
    ("Die Gewährleistung beträgt 12 Monate ab Abnahme.", [("warranty", "12 months", False)]),
    ("La garantie est de 2 ans pièces et main-d'œuvre.", [("warranty", "2 years", False)]),
    ("La garantía del software es de 18 meses.", [("warranty", "18 months", False)]),
    ("Garanzia: 36 mesi sull'hardware.", [("warranty", "36 months", False)]),
    ("Okres gwarancji wynosi 24 miesiące.", [("warranty", "24 months", False)]),
    ("We give a warranty of 3 years on the gateways.", [("warranty", "3 years", False)]),
    ("Op de sensoren geldt een garantie van 5 jaar.", [("warranty", "5 years", False)]),
])
def test_a_warranty_is_read_with_its_length_in_each_language(text, expected):
    assert _read(text) == expected


@pytest.mark.parametrize("text", [
    "If the customer raises no objection within 10 working days, acceptance is deemed given.",
    "Erfolgt innerhalb von 14 Tagen keine Rüge, gilt die Anlage als abgenommen.",
    "Sans réserve notifiée sous 8 jours, la réception est réputée prononcée.",
    "Transcurridos 10 días sin objeciones, la recepción se considerará aceptada.",
    "In assenza di contestazioni entro 15 giorni il collaudo si intende accettato.",
    "Brak uwag w terminie 7 dni oznacza odbiór bez zastrzeżeń.",
])
def test_acceptance_by_the_buyer_s_silence_is_flagged_in_each_language(text):
    read = terms(text)
    assert [t.kind for t in read if t.against] == ["acceptance"], read


@pytest.mark.parametrize("text, flagged", [
    ("The supplier's total liability is limited to 50% of the contract value.", True),
    ("Die Haftung des Auftragnehmers ist auf 30 % des Auftragswerts begrenzt.", True),
    ("La responsabilité du prestataire est limitée à 100 % du montant de la commande.", False),
    ("La responsabilidad total del proveedor queda limitada al 20 % del valor del pedido.", True),
])
def test_a_liability_cap_below_the_order_value_is_flagged(text, flagged):
    assert [(t.kind, t.against) for t in terms(text)] == [("liability", flagged)]


@pytest.mark.parametrize("text", [
    "The vendor may use the data collected from your machines, anonymised, to improve its models.",
    "Der Auftragnehmer ist berechtigt, die Daten anonymisiert für die Weiterentwicklung zu nutzen.",
    "Les données restent la propriété du prestataire.",
    "Il fornitore può utilizzare i dati di produzione per migliorare i propri algoritmi.",
    "Wykonawca może wykorzystywać dane procesowe w celach rozwojowych.",
])
def test_the_vendor_owning_or_using_the_plant_s_data_is_flagged(text):
    assert [(t.kind, t.against) for t in terms(text)] == [("data", True)]


@pytest.mark.parametrize("text", [
    "The subscription renews automatically for 12 months unless terminated with 3 months' notice.",
    "Der Vertrag verlängert sich automatisch um 12 Monate, Kündigungsfrist 3 Monate.",
    "Le contrat est renouvelé par tacite reconduction : reconduction tacite de 12 mois.",
    "Il contratto si rinnova automaticamente di anno in anno, con preavviso di 90 giorni.",
])
def test_a_contract_that_renews_itself_is_flagged(text):
    assert [(t.kind, t.against) for t in terms(text)] == [("renewal", True)]


def test_what_is_no_term_stays_unread():
    """A target counted from acceptance, an option extending the warranty, data that stays on site or that the
    system merely uses, a priced row, a payback, a payment's milestone at acceptance."""
    assert terms("Downtime falls by 25 % within 12 months from the acceptance.\n"
                 "Option O3: warranty extension to 36 months.\n"
                 "The data never leaves the plant.\n"
                 "Operators use the data of the last 6 months to plan changeovers.\n"
                 "Item: Extended warranty 36 months; Price: EUR 4,800\n"
                 "With the incentive payments the project pays back in 12 months.\n"
                 "Le solde de 10 % est dû à la signature du PV de réception sous 8 jours.\n") == ()


@pytest.mark.parametrize("text, expected", [
    ("Zahlung: 40 % bei Auftrag, 60 % nach Abnahme.", [("payment", "40 % / 60 %", False)]),
    ("Payment 30 days from invoice.", [("payment", "30 days", False)]),
    ("Garantía: 1 año.", [("warranty", "1 year", False)]),
    ("Odbiór następuje w terminie 10 dni roboczych.", [("acceptance", "10 working days", False)]),
    ("De gegevens blijven eigendom van de klant.", [("data", "", False)]),
])
def test_payment_acceptance_and_whose_data_are_read_as_stated(text, expected):
    assert _read(text) == expected


def test_the_offer_and_its_signed_annex_read_as_walk81_terms():
    assert _read(OFFER) == [("payment", "30 % / 60 % / 10 %", False), ("payment", "30 days", False),
                            ("warranty", "24 months", False)]
    assert _read(ANNEX) == [("warranty", "24 months", False), ("warranty", "12 months", False),
                            ("acceptance", "10 working days", False), ("acceptance", "", True),
                            ("liability", "50 %", True)]


def _offer(example, *documents):
    evaluation = example("a_")
    added = [Document(name=name, kind=kind, text=text) for name, kind, text in documents]
    return evaluation.model_copy(update={"documents": [*evaluation.documents, *added]})


WALK81 = (("Oferta_OF-2026-11-087.pdf", "proposal", OFFER), ("Zalacznik_2_Warunki_podpisane.png", "other", ANNEX))


def test_two_documents_stating_the_warranty_differently_are_flagged_and_asked_once(example):
    read = contract_terms(_offer(example, *WALK81))
    titles = [f.title for f in read.flags]
    assert titles.count("Warranty: the documents differ") == 1, titles
    differ = next(f for f in read.flags if f.title.startswith("Warranty"))
    assert "“Gwarancja: 24 miesiące" in differ.reason and "12 miesięcy" in differ.reason and "binds?" in differ.follow_up
    assert {"Acceptance deemed given if the buyer is silent", "Liability capped below the order value"} <= set(titles)
    evaluation = _offer(example, *WALK81)
    asked = " ".join(q.text for q in open_questions(evaluation, score(evaluation)))
    for flag in read.flags:
        assert asked.count(flag.follow_up) == 1, flag.follow_up


def test_every_export_and_compare_list_the_terms_and_the_conflict(example):
    evaluation = _offer(example, *WALK81)
    card = score(evaluation)
    md = to_markdown(evaluation, card).decode().replace("\\", "")
    assert "Contract term: Warranty:** 24 months" in md and "Term flag: Warranty: the documents differ" in md
    assert "Liability capped below the order value" in to_html(evaluation, card).decode()
    pdf = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(to_pdf(evaluation, card))).pages).split())
    assert "Contract term: Acceptance" in pdf and "the documents differ" in pdf
    sheet = load_workbook(io.BytesIO(to_xlsx(evaluation, card))).worksheets[0]
    cells = [row[0].value for row in sheet.iter_rows() if row[0].value]
    assert "Contract term: Liability" in cells
    comp = compare([evaluation, example("b_")])
    rows = {row[0]: row[1:] for row in comp.contract_rows()}
    assert rows["Warranty"] == ["24 months; 12 months", "not stated"] and rows["Liability"][0] == "50 %"
    assert "## Contract terms" in compare_markdown(comp).decode()


def test_the_scorecard_page_shows_the_terms_and_the_conflict_flag(store, example):
    eid = store.create(_offer(example, *WALK81)).id
    at = kit.open_app("scorecard", eid, timeout=60)
    assert not at.exception, at.exception
    page = shown(at).replace("**", "")
    assert "Contract terms" in page and "Warranty: 24 months" in page
    assert "Warranty: the documents differ" in page and "which of the two binds?" in page


def test_a_topic_open_only_for_a_contract_term_asks_that_term_alone():
    from questions.loader import load_round_rules
    from scoring.round_asks import question_text
    from scoring.rounds import Source
    topic = next(t for t in load_round_rules().topics if t.id == "upkeep_owner")
    ask = "Your terms say “Der Vertrag verlängert sich automatisch”: will you agree that it ends at its term?"
    term = Source("term:contract_term_renewal_x", topic.id, "Contract term: The contract renews itself", 0, ask, (), ask)
    assert question_text(topic, [term]) == ask
    gap = Source("question:upkeep.owner", topic.id, "Unanswered: who", reads=("upkeep.owner",))
    assert question_text(topic, [gap, term]) == f"{topic.ask} {ask}"
