"""A short quote with a price table is an offer, not a price sheet (walk 69: a one-page Spanish DOCX quote, an offer to
the buyer with a few priced lines and a short scope, was filed "Price sheet", so beside another document its scope was
drafted apart as prices). The kind test reads what the quote's prose says, in any language: whom it is written to,
what is supplied, when it is delivered (drafting.yaml price_sheet offer_prose); a list of prices with little else
stays a price sheet. Every sentence is new, none of the walk's."""
import io

import docx
import pytest

from kit import pdf_pages
from proposals import extract_text
from questions import load_bank
from reading.documents import from_file, kind_read
from reading.draft import drafter_for

BANK = load_bank()


def _quote(paragraphs: list[str], rows: list[list[str]], after: list[str] = ()) -> bytes:
    """A Word file: its paragraphs, a bordered table of `rows` (header first), then the paragraphs `after`."""
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    table = document.add_table(rows=0, cols=len(rows[0]))
    table.style = "Table Grid"
    for row in rows:
        for cell, text in zip(table.add_row().cells, row):
            cell.text = text
    for text in after:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SPANISH = _quote(
    ["Presupuesto 2027/031 - Control de temperatura de cámaras de secado",
     "Para: Azulejos del Mijares S.L. - Att. Jordi Soler\nVila-real, 2 de febrero de 2027",
     "Proponemos un sistema de control para sus 4 secaderos. Se instalan 8 sondas de humedad con salida Modbus RTU y "
     "un registrador en el cuadro de secaderos. El jefe de turno recibe un aviso por SMS cuando la humedad sale de su banda."],
    [["Concepto", "Cantidad", "Importe"], ["Sondas de humedad", "8", "3.920,00 €"], ["Registrador con pantalla", "1", "2.650,00 €"],
     ["Instalación", "1", "1.800,00 €"], ["Total sin IVA", "", "8.370,00 €"], ["IVA 21 %", "", "1.757,70 €"]],
    ["Mantenimiento anual: 640 €/año + IVA. Plazo de entrega: 3 semanas."])
GERMAN = _quote(
    ["Angebotsnummer 27-114 - Temperaturüberwachung Härteöfen", "An: Härterei Brenner GmbH, z. Hd. Herrn Vogt",
     "Wir bieten Ihnen die Überwachung Ihrer zwei Härteöfen an. Lieferumfang: 6 Thermoelemente Typ N und ein Datenlogger "
     "mit Anzeige am Leitstand. Lieferzeit: 5 Wochen nach Auftrag."],
    [["Position", "Menge", "Preis"], ["Thermoelemente Typ N", "6", "1.140,00 EUR"], ["Datenlogger", "1", "2.300,00 EUR"],
     ["Montage", "1", "1.250,00 EUR"], ["Summe netto", "", "4.690,00 EUR"]])
PRICE_LIST = _quote(
    ["Tarifa 2027 - sondas y registradores"],
    [["Referencia", "Descripción", "Precio"], ["SH-10", "Sonda de humedad Modbus", "490,00 €"],
     ["SH-20", "Sonda de humedad 4-20 mA", "430,00 €"], ["RG-4", "Registrador 4 canales", "2.650,00 €"],
     ["RG-8", "Registrador 8 canales", "3.400,00 €"]],
    ["Precios sin IVA. Forma de pago: 30 días fecha factura. Validez: hasta el 31 de diciembre de 2027."])


def _kind(name: str, data: bytes) -> str:
    return kind_read("other", name, extract_text(name, data).text)


@pytest.mark.parametrize("name, data", [("AM_2027-031.docx", SPANISH), ("27-114_Brenner.docx", GERMAN)])
def test_a_short_quote_whose_prose_names_the_buyer_the_scope_and_the_delivery_is_no_price_sheet(name, data):
    assert _kind(name, data) == "other"


def test_a_list_of_prices_with_a_payment_note_is_still_a_price_sheet():
    # read by its content: a name naming a kind ("tarifa_2027.docx", a price list by name since stop 62) keeps that kind
    assert _kind("sondas_2027.docx", PRICE_LIST) == "price_sheet"


DATASHEET = [["SH-10 humidity probe - datasheet", "Measuring range: 0 to 100 % RH. Output: Modbus RTU over RS-485.",
              "Operating temperature: -20 to 120 C. Protection: IP65."]]


def test_a_short_quote_beside_a_datasheet_drafts_its_scope_with_the_offer_not_apart_as_prices():
    files = [("sh10_datasheet.pdf", pdf_pages(DATASHEET), "datasheet"), ("AM_2027-031.docx", SPANISH, "other")]
    documents = []
    for name, data, kind in files:
        extracted = extract_text(name, data)
        documents.append(from_file(name, kind_read(kind, name, extracted.text, documents), extracted, data))
    assert [d.kind for d in documents] == ["datasheet", "other"]
    drafted = drafter_for(BANK).draft_documents(documents)
    quoted = [q for a in drafted.answers if a.question != "upkeep.after_pilot" for q in a.quotes]
    assert any("Se instalan 8 sondas de humedad" in q for q in quoted)  # the scope drafts the data it captures
