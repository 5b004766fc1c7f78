"""Walk 68: a French customer reference sheet, scanned, was read with the German and English data alone: "arrêts
planifiés" came out "arréts planifies", "à 29 h" "a 29 h", and drafting found no measure in it. A page whose words are
French, Spanish or Italian is read again with its own language's data."""
import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from proposals.extract import extract_text
from proposals.ocr_languages import language as ocr_language, romance

FRENCH = ["Fiche référence client - Fonderie du Jura",
          "Problème : arrêts non planifiés des fours de maintien, environ 30 heures par mois.",
          "Résultats mesurés après 9 mois : arrêts non planifiés réduits de 30 % (de 30 h à 21 h par mois).",
          "Le responsable maintenance reçoit les alertes et décide des interventions."]


def scan(lines: list[str]) -> bytes:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34)
    page = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(lines):
        draw.text((120, 150 + 70 * n), line, font=font, fill=0)
    out = io.BytesIO()
    page.convert("RGB").save(out, format="PDF", resolution=300)
    return out.getvalue()


def test_a_scanned_french_page_keeps_its_accents():
    text = extract_text("reference.pdf", scan(FRENCH)).text
    assert "arrêts non planifiés" in text and "à 21 h" in text and "Problème" in text


@pytest.mark.parametrize("text, language", [
    (" ".join(FRENCH), "fra"),
    ("El sistema mide la temperatura de los hornos y envía una alarma al jefe de turno cuando se pasa del límite.", "spa"),
    ("Il sistema misura la temperatura dei forni e invia un allarme al capoturno quando supera il limite della linea.", "ita"),
    ("The system measures the temperature of the furnaces and sends an alarm to the shift lead when it is too high.", None),
    ("Das System misst die Temperatur der Öfen und sendet dem Schichtleiter einen Alarm, wenn sie zu hoch ist.", None),
    ("Le Mans, Paris", None),  # too few words to tell
])
def test_a_page_s_language_is_told_by_its_function_words(text, language):
    assert romance(text) == language


_PAGES = [["Offre n° 12 - surveillance des presses de la ligne 2",
           "Les capteurs mesurent la vibration des moteurs et envoient les alertes au chef d'équipe."],
          ["Le serveur est installé dans la salle informatique de l'usine et les données restent sur site.",
           "La formation des opérateurs dure deux jours et le support est assuré par notre équipe."],
          ["Les arrêts non planifiés sont aujourd'hui de 30 heures par mois sur les presses.",
           "L'objectif est de réduire ces arrêts de 25 % en douze mois avec le responsable maintenance."],
          ["Die Daten bleiben im Werk des Kunden und werden nicht in die Cloud übertragen.",
           "Der Schichtleiter bestätigt jede Meldung, bevor ein Auftrag erstellt wird."]]


def _tiff(pages: list[list[str]]) -> bytes:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34)
    frames = []
    for lines in pages:
        page = Image.new("L", (2480, 600), 255)
        draw = ImageDraw.Draw(page)
        for n, line in enumerate(lines):
            draw.text((120, 150 + 70 * n), line, font=font, fill=0)
        frames.append(page)
    out = io.BytesIO()
    frames[0].save(out, format="TIFF", save_all=True, append_images=frames[1:], dpi=(300, 300))
    return out.getvalue()


def test_a_french_scans_pages_are_read_once_each_after_its_language_is_known(monkeypatch):
    from proposals import ocr
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
    read = ocr.read_image(_tiff(_PAGES[:3] + _PAGES[:1]), None)
    assert "arrêts non planifiés" in read["text"]
    # the first two pages are read together before any language is known (each twice), the next ones once in French
    assert len(calls) <= 6 and calls.count("fra+eng") >= 4, calls


def test_a_german_page_after_french_ones_is_read_again_in_german(monkeypatch):
    from proposals import ocr
    read = ocr.read_image(_tiff(_PAGES), None)
    assert "übertragen" in read["text"] and "bestätigt" in read["text"]


POLISH = ["Warunki gwarancji i odpowiedzialności - załącznik nr 2",
          "Łączna odpowiedzialność Wykonawcy jest ograniczona do 50 % wartości umowy.",
          "Usunięcie błędów krytycznych nastąpi w ciągu 8 godzin od zgłoszenia przez Zamawiającego.",
          "Dane z czujników są własnością Zamawiającego i nie opuszczają zakładu."]


def test_a_scanned_polish_page_keeps_its_letters():
    """Walk 81: a signed Polish terms page read with German and English data came out "Catkowita odpowiedzialnosc",
    "btedéw": its words then matched nothing."""
    text = extract_text("warunki.pdf", scan(POLISH)).text
    assert "Łączna odpowiedzialność" in text and "błędów" in text and "własnością Zamawiającego" in text


@pytest.mark.parametrize("text, language", [
    (" ".join(POLISH), "pol"),
    ("Het systeem meet de temperatuur van de ovens en stuurt een alarm naar de ploegleider wanneer deze te hoog wordt.",
     "nld"),
    ("O sistema mede a temperatura dos fornos e envia um alarme ao chefe de turno quando não está dentro do limite.",
     "por"),
    ("We connect the presses to the ERP and we send the alarms to the shift lead when a limit is passed.", "eng"),
    ("Das System misst die Temperatur der Öfen und sendet dem Schichtleiter um 6 Uhr einen Alarm, wenn sie zu hoch ist.",
     "eng"),
])
def test_polish_dutch_and_portuguese_pages_are_told_apart_from_the_others(text, language):
    assert ocr_language(text) == language
