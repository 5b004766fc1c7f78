"""The buyer an offer is addressed to ("To: ACME Castings Ltd", "An: Gießerei Albrecht GmbH", "Cliente: ... (FMR)") is
the offer's own reader: a sentence naming it ("At ACME Castings, unplanned downtime fell ...", "the data remain the
property of ACME Castings") tells the buyer's plant, never another customer's case (reading/references.py,
drafting.yaml reference_told `addressed`). Another customer named so is still a reference."""
import pytest

from questions import load_bank
from reading.draft import draft

BANK = load_bank()
OFFER = {
    "en": "Quotation Q-118\nTo: ACME Castings Ltd, Sheffield plant\nAttn: Maintenance manager\n\nWe install vibration "
          "sensors on the 3 die-casting cells and the data is stored on the plant's server.\n\n",
    "de": "Angebot A-2207\nAn: Gießerei Albrecht GmbH, Werk Soest\n\nWir installieren Schwingungssensoren an den 3 Zellen "
          "und die Daten werden auf dem Server des Werks gespeichert.\n\n",
    "es": "Propuesta técnica No. 44\nCliente: Fundiciones y Maquinados Regiomontanos, S.A. de C.V. (FMR), Planta "
          "Apodaca\n\nInstalaremos sensores de vibración en las 3 celdas y los datos se guardan en el servidor.\n\n",
}


def _answers(language: str, sentence: str):
    drafted = draft(OFFER[language] + sentence, BANK, proposal="addressee")
    return {a.question: a for a in drafted.answers}


@pytest.mark.parametrize("language, sentence", [
    ("en", "At ACME Castings, unplanned downtime fell from 40 to 22 hours per month in 2025."),
    ("en", "For ACME Castings we connected the presses to SAP PM in 2024 and downtime fell by 30 %."),
    ("de", "Bei der Gießerei Albrecht sank die ungeplante Stillstandszeit 2025 von 40 auf 22 Stunden pro Monat."),
])
def test_the_buyers_own_name_tells_no_reference(language, sentence):
    assert "return.reference" not in _answers(language, sentence)


@pytest.mark.parametrize("language, sentence", [
    ("en", "At Dunmore Castings, unplanned downtime fell from 40 to 22 hours per month in 2025."),
    ("de", "Bei der Druckguss Hohenlohe GmbH sank die ungeplante Stillstandszeit 2025 von 40 auf 22 Stunden pro Monat."),
])
def test_another_named_customer_is_still_a_reference(language, sentence):
    assert "return.reference" in _answers(language, sentence)


def test_the_short_name_in_brackets_is_the_buyers_too():
    from reading.draft_rules import draft_data
    from reading.references import ReferenceReader
    reader = ReferenceReader.from_data(draft_data()["reference_told"] if "reference_told" in draft_data()
                                       else draft_data()["roles"]["reference_told"], [])
    names = {name for _opens, name in reader.found(OFFER["es"].splitlines()[1])}
    assert {"fundiciones y maquinados regiomontanos", "fmr"} <= names  # whole: not its first word alone (labels80)
