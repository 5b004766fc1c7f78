"""Walk 80: the scorecard, its exports and Compare showed one option of a French offer, "OPT-4 ... 4 800,00 € / an a
year" (the period said twice), and none of the items the offer excluded. What an offer leaves out and what it sells on
top, at what price and how often, are read from its documents in every language it is written in, listed beside its
price on the scorecard, in each export and in Compare; "/ an", "par an", "pro Jahr", "all'anno" are one period."""
from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

import kit
from kit import shown
from questions.models import Document
from reading.fees import stated_in
from reading.offer_extras import extras
from reports import to_html, to_markdown, to_pdf, to_xlsx
from reports.compare import to_markdown as compare_markdown
from reports.compare_docs import to_pdf as compare_pdf
from scoring import compare, score

FRENCH = """3. Fonctionnalités
• Tableaux de bord temps réel par presse.
4. Non compris
• Le câblage réseau Ethernet entre les îlots et le local informatique.
• La formation au-delà de 2 sessions.
Société Exemple SAS au capital de 100 000 € — page 1
• Les travaux de génie civil.
5. Options
Option: OPT-1; Description: Interface ERP (ordres, quantités); Prix HT: 7 200,00 €
Option: OPT-2; Description: Astreinte 24/7 (par an); Prix HT: 3 600,00 € / an
6. Prix
Poste: Paramétrage plateforme; Qté: 1; P.U. HT: 12 000,00 €; Total HT: 12 000,00 €
Poste: Abonnement plateforme — annuel; Qté: 1; P.U. HT: 8 000,00 €; Total HT: 8 000,00 € / an
"""
GERMAN = """Leistungsumfang
- Sensorik und Edge-Gateway für Linie 2
Nicht im Lieferumfang enthalten:
- Bauseitige Netzwerkverkabelung
- Anpassung der SPS-Programme
Optionen
Position: O1; Beschreibung: Anbindung SAP PM; Preis: 5.900,00 €
Position: O2; Beschreibung: Rufbereitschaft am Wochenende; Preis: 2.400,00 € pro Jahr
Preise
Position: 1; Beschreibung: Pilot Linie 2; Preis: 28.000,00 €
"""
ENGLISH = ("Total project price: EUR 48,000\n"
           "Optional: remote monitoring service, EUR 1,200 per month\n"
           "Travel and accommodation of our engineers are not included in the price.\n")
ITALIAN = ("Opzioni\n"
           "Opzione: A; Descrizione: Reperibilità 24/7 (all'anno); Prezzo: 3.600,00 € all'anno\n"
           "Opzione: B; Descrizione: Integrazione MES; Prezzo: 9.300,00 €\n"
           "Esclusioni\n"
           "- Opere murarie e cablaggi\n")


def _said(text: str) -> tuple[list[str], list[str]]:
    read = extras(text)
    return read.excluded, [o.said() for o in read.options]


def test_a_french_offer_s_exclusions_and_options_are_read_each_with_its_price_and_period():
    excluded, options = _said(FRENCH)
    assert excluded == ["Le câblage réseau Ethernet entre les îlots et le local informatique.",
                        "La formation au-delà de 2 sessions.", "Les travaux de génie civil."]
    assert options == ["OPT-1 Interface ERP (ordres, quantités): 7 200,00 € one-off",
                       "OPT-2 Astreinte 24/7 (par an): 3 600,00 € a year"]


@pytest.mark.parametrize("text, excluded, options", [
    (GERMAN, ["Bauseitige Netzwerkverkabelung", "Anpassung der SPS-Programme"],
     ["O1 Anbindung SAP PM: 5.900,00 € one-off", "O2 Rufbereitschaft am Wochenende: 2.400,00 € a year"]),
    (ENGLISH, ["Travel and accommodation of our engineers are not included in the price."],
     ["Optional: remote monitoring service: EUR 1,200 a month"]),
    (ITALIAN, ["Opere murarie e cablaggi"],
     ["A Reperibilità 24/7 (all'anno): 3.600,00 € a year", "B Integrazione MES: 9.300,00 € one-off"]),
])
def test_exclusions_and_priced_options_are_read_in_other_languages(text, excluded, options):
    assert _said(text) == (excluded, options)


def test_an_offer_s_own_prices_are_no_options_and_a_price_list_excludes_nothing():
    excluded, options = _said("Preise\nPosition: 1; Beschreibung: Pilot; Preis: 28.000,00 €\n"
                              "Wartungsvertrag: 7.850,00 € pro Jahr\nThe adoption fee is EUR 500.\n")
    assert excluded == [] and options == []


@pytest.mark.parametrize("row", ["Option: OPT-4; Description: Astreinte 24/7 (par an); Prix HT: 4 800,00 € / an",
                                 "Pos: O3; Leistung: Rufbereitschaft; Abrechnung: jährlich; Preis: 2.400,00 € / Jahr",
                                 "Voce: Reperibilità; Fatturazione: annuale; Prezzo: 3.600,00 € / anno",
                                 "Item: Standby; Billing: yearly; Price: EUR 2,400 / year"])
def test_a_period_the_amount_states_is_never_said_twice(row):
    said = " ".join(stated_in(row))
    assert "a year" not in said and said.count("/") <= 2, said


def _offer(example):
    evaluation = example("a_")
    offer = Document(name="Offre_OF-2026-0999.pdf", kind="proposal", text=FRENCH)
    return evaluation.model_copy(update={"documents": [*evaluation.documents, offer]})


OPTIONS = "OPT-1 Interface ERP (ordres, quantités): 7 200,00 € one-off; OPT-2 Astreinte 24/7 (par an): 3 600,00 € a year"
CABLING = "Le câblage réseau Ethernet entre les îlots et le local informatique."


def test_every_export_and_compare_list_the_options_and_what_is_not_included(example):
    evaluation = _offer(example)
    card = score(evaluation)
    md = to_markdown(evaluation, card).decode().replace("\\", "")
    assert f"Priced options:** {OPTIONS}" in md and "Not included:** " + CABLING in md
    html = to_html(evaluation, card).decode()
    assert "Astreinte 24/7 (par an): 3 600,00 € a year" in html and "génie civil" in html
    pdf = " ".join(" ".join(page.extract_text() for page in PdfReader(io.BytesIO(to_pdf(evaluation, card))).pages).split())
    assert "Priced options: OPT-1" in pdf and "3 600,00 € a year" in pdf and "Not included: Le câblage" in pdf
    sheet = load_workbook(io.BytesIO(to_xlsx(evaluation, card))).worksheets[0]
    rows = {row[0].value: row[1].value for row in sheet.iter_rows() if row[0].value}
    assert rows["Priced options"] == OPTIONS and CABLING in rows["Not included"]
    comp = compare([evaluation, example("b_")])
    name = comp.proposals[0]
    assert comp.priced_options(name) == OPTIONS and CABLING in comp.not_included(name)
    assert comp.priced_options(comp.proposals[1]) == "none stated"
    assert OPTIONS in compare_markdown(comp).decode().replace("\\", "")
    compared = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(compare_pdf(comp))).pages).split())
    assert "Priced options: OPT-1" in compared and "génie civil" in compared


def test_the_scorecard_page_lists_the_options_and_what_is_not_included(store, example):
    eid = store.create(_offer(example)).id
    at = kit.open_app("scorecard", eid, timeout=60)
    assert not at.exception, at.exception
    page = shown(at).replace("**", "")
    assert f"Priced options: {OPTIONS}" in page and "Les travaux de génie civil." in page


@pytest.mark.parametrize("text, excluded", [
    ("Exclusions\n1. Civil works\n2. Network cabling\n3. PLC changes\nPrices\nTotal: EUR 40,000\n",
     ["Civil works", "Network cabling", "PLC changes"]),
    ("5. Esclusioni\n1. Opere murarie\n2. Cablaggio di rete\n6. Prezzi\nTotale: 40.000,00 €\n",
     ["Opere murarie", "Cablaggio di rete"]),
    ("The following are not included in this offer:\n- Civil works\n- Network cabling\nOur team starts in May.\n",
     ["Civil works", "Network cabling"]),
    ("Niet inbegrepen:\n- Bekabeling van het netwerk\n- Aanpassing van de PLC-programma's\n",
     ["Bekabeling van het netwerk", "Aanpassing van de PLC-programma's"]),
])
def test_a_list_of_exclusions_ends_where_the_next_section_starts(text, excluded):
    assert extras(text).excluded == excluded


@pytest.mark.parametrize("line, excluded", [
    ("Sono esclusi: opere murarie ed elettriche; licenza server OPC UA sullo SCADA esistente e relative modifiche a "
     "carico dell'integratore SCADA; configurazione di Infor EAM lato Cliente; hardware server e licenze VMware; "
     "perizia tecnica asseverata (quotabile da ente terzo); tutto quanto non espressamente indicato nella presente "
     "offerta.",
     ["opere murarie ed elettriche", "licenza server OPC UA sullo SCADA esistente e relative modifiche a carico "
      "dell'integratore SCADA", "configurazione di Infor EAM lato Cliente", "hardware server e licenze VMware",
      "perizia tecnica asseverata (quotabile da ente terzo)", "tutto quanto non espressamente indicato nella presente "
      "offerta"]),
    ("Nicht im Lieferumfang: Bauarbeiten; Netzwerkverkabelung bis zum Schaltschrank; Serverhardware.",
     ["Bauarbeiten", "Netzwerkverkabelung bis zum Schaltschrank", "Serverhardware"]),
    ("Not included: civil works, cabling and the switch.", ["civil works, cabling and the switch"]),
])
def test_a_run_in_list_of_exclusions_names_each_item_after_its_label(line, excluded):
    """walk82: a long "Sono esclusi: a; b; c" line under "4. Esclusioni" was lost whole: its items stand after the
    phrase, so no sentence of it said what is excluded before it."""
    assert extras(f"4. Esclusioni\n{line}\n5. Opzioni a pagamento\nO1 – Aria compressa: € 14.800").excluded == excluded
    assert extras(line).excluded == excluded


def test_a_label_that_names_prices_or_a_bracketed_exclusion_lists_nothing():
    assert extras("Prices (VAT excluded): EUR 12 000 one-off; EUR 900 a year.").excluded == []


@pytest.mark.parametrize("sentence, price, excluded", [
    ("NexaFlow is offered as a subscription from EUR 4,900 per month per site (24-month minimum term), hardware and "
     "onboarding quoted separately.", "EUR 4,900", "hardware and onboarding quoted separately"),
    ("Le pilote coûte 18 500 € HT, le capteur de réserve chiffré à part.", "18 500 €",
     "le capteur de réserve chiffré à part"),
])
def test_a_clause_setting_other_things_apart_leaves_the_price_beside_it(sentence, price, excluded):
    """walk82: "..., hardware and onboarding quoted separately" set the whole sentence apart, so the brochure stated no
    price and its whole sentence was listed as not included."""
    assert any(price in line for line in stated_in(sentence))
    assert extras(sentence).excluded == [excluded]


@pytest.mark.parametrize("sentence", [
    "The SAP link, EUR 12,000, is quoted separately.",
    "Phase 2 costs EUR 48,000 and is quoted separately.",
])
def test_a_price_the_apart_phrase_speaks_of_is_still_no_price_of_the_offer(sentence):
    assert stated_in(sentence) == ()
