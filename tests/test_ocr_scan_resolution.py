"""Walk 76: a French offer scanned at 150 dpi was rendered at 300 for OCR, and its price table came out "1120000 €/an"
for "11 200,00 €/an"; its price table page, with few function words, was then read again with the German and English
data. A scan is read at its own resolution, and a page whose words tell no language stays in the one it was read in."""
import io

import pypdfium2
from PIL import Image, ImageDraw, ImageFont

from proposals import ocr
from proposals.limits import OCR_DPI, SCAN_LEAST_DPI
from proposals.ocr_languages import language

_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _page(lines: list[str], dpi: int) -> Image.Image:
    scale = dpi / 300
    font = ImageFont.truetype(_FONT, int(34 * scale))
    page = Image.new("L", (int(2480 * scale), int(900 * scale)), 255)
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(lines):
        draw.text((int(120 * scale), int((150 + 70 * n) * scale)), line, font=font, fill=0)
    return page


def _pdf(pages: list[Image.Image], dpi: int) -> bytes:
    out = io.BytesIO()
    pages[0].convert("RGB").save(out, format="PDF", resolution=dpi, save_all=True,
                                 append_images=[p.convert("RGB") for p in pages[1:]])
    return out.getvalue()


def _dpi_of(data: bytes) -> int:
    page = pypdfium2.PdfDocument(data)[0]
    return ocr._scan_dpi(page, *page.get_size())


def test_a_page_scanned_at_150_dpi_is_rendered_at_150_not_blown_up():
    assert _dpi_of(_pdf([_page(["Angebot"], 150)], 150)) == 150
    assert _dpi_of(_pdf([_page(["Offerta"], 200)], 200)) == 200


def test_a_fine_scan_is_rendered_at_most_at_ocr_dpi_and_a_coarse_one_at_least_at_the_floor():
    assert _dpi_of(_pdf([_page(["Offer"], 400)], 400)) >= OCR_DPI  # min(OCR_DPI, ...) in _rendered
    assert _dpi_of(_pdf([_page(["Offer"], 100)], 100)) == SCAN_LEAST_DPI


def test_a_page_that_is_no_scan_is_rendered_at_ocr_dpi():
    document = pypdfium2.PdfDocument.new()
    page = document.new_page(595, 842)
    assert ocr._scan_dpi(page, 595, 842) == OCR_DPI


def test_a_price_table_page_of_a_spanish_scan_stays_read_in_spanish(monkeypatch):
    real = ocr._pytesseract()
    calls = []

    class Counting:
        TesseractError = real.TesseractError

        def __getattr__(self, name):
            return getattr(real, name)

        def image_to_string(self, path, lang, config):
            calls.append(lang)
            return real.image_to_string(path, lang=lang, config=config)

    monkeypatch.setattr(ocr, "_pytesseract", lambda: Counting())
    prose = ["Propuesta para la supervisión de los circuitos de limpieza de la planta de Toledo.",
             "El sistema mide la temperatura y el caudal de cada ciclo y envía una alerta al jefe de turno.",
             "Los datos se guardan en un servidor de la planta y el equipo de calidad revisa las alertas."]
    prices = ["Precios", "Piloto (CIP 1 + L1)    24.500,00 €", "Licencia del servidor    9.400,00 €",
              "Formación    2.600,00 €", "Total    36.500,00 €"]
    data = _pdf([_page(prose, 300), _page(prose, 300), _page(prices, 300)], 300)
    texts = ["", "", ""]
    ocr.read_scanned_pages(data, texts, [], None)
    assert "24.500,00" in texts[2] and "Formación" in texts[2]
    assert calls[-1] == "spa+eng" and calls.count("deu+eng") <= 2, calls  # the table is never read again in German


def test_a_page_tells_german_and_english_apart_from_french_but_a_price_list_tells_nothing():
    assert language("Der Schichtleiter bestätigt jede Meldung, bevor ein Auftrag im System erstellt wird und die "
                    "Daten zu uns kommen.") == "eng"
    assert language("The maintenance planner approves each work order before it is sent to the crew on the "
                    "night shift from the office.") == "eng"
    assert language("Poste Montant HT Phase 1 42 800,00 € Phase 2 118 500,00 € Licence 9 400,00 € Formation "
                    "2 600,00 € Total 173 300,00 €") is None
