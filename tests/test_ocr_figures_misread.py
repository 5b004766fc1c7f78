"""A scanned French offer's "1er mars" came out of tesseract as "ler mars", "2ème" as "2@me", "1ère" as "l&ere"; a
figure's digits come out as look-alike letters ("11 S00 €", "l5.O3.2O25"). They are read back where the context is a
figure (proposals/ocr_figures.py), and a word is never touched. The scans are rendered here and read by tesseract."""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from proposals.extract import extract_text
from proposals.ocr_figures import figures_righted

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def scan(lines: list[str]) -> bytes:
    """A page of the lines as a 300 dpi scan (PNG), one line every 80 px."""
    font = ImageFont.truetype(FONT, 34)
    page = Image.new("L", (2480, 160 + 80 * len(lines)), 255)
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(lines):
        draw.text((120, 80 + 80 * n), line, font=font, fill=0)
    out = io.BytesIO()
    page.save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()


def test_a_scanned_french_offers_ordinals_are_read_as_written():
    text = extract_text("offre.png", scan([
        "Offre n° 2024-117 du 1er mars 2024",
        "Mise en service le 1er avril, formation la 2ème semaine, audit au 3e mois.",
        "La 1ère année comprend le support ; à partir de la 2ème année : 11 500 € HT."])).text
    assert "du 1er mars 2024" in text and "le 1er avril" in text, text
    assert "la 2ème semaine" in text and "La 1ère année" in text, text
    assert "ler " not in text and "&" not in text and "@" not in text, text


def test_a_scans_figures_read_as_look_alike_letters_are_read_as_digits():
    """The page shows an S, an l and an O where the vendor's scan blurred a 5, a 1 and a 0: tesseract reads the
    letters, the figures are read back; the words and codes beside them stay."""
    text = extract_text("offer.png", scan([
        "Abonnement annuel : 11 S00 € HT, facturé le l5.O3.2O25.",
        "Wartungsvertrag: 1.2S0 EUR pro Monat ab 3l.l2.2024, 1O0 Sensoren.",
        "Setup fee USD l2,5OO; a 5S audit of the lines with IO-Link.",
        "Canone annuo 4.8OO € dal l° gennaio; cuota anual 2.9S0 € desde el ler trimestre 2025."])).text
    for figure in ("11 500 € HT", "15.03.2025", "1.250 EUR", "31.12.2024", "100 Sensoren", "USD 12,500", "4.800 €",
                   "dal 1° gennaio", "2.950 €", "el 1er trimestre"):
        assert figure in text, (figure, text)
    assert "5S audit" in text and "IO-Link" in text, text


@pytest.mark.parametrize("read, meant", [
    ("Offre valable jusqu'au ler juin", "Offre valable jusqu'au 1er juin"),
    ("facturation dès le ler mois", "facturation dès le 1er mois"),
    ("Mardi ler avril 2025", "Mardi 1er avril 2025"),
    ("pago en el ler trimestre", "pago en el 1er trimestre"),
    ("la lére phase, la 2éme phase, la 26me phase", "la 1ère phase, la 2ème phase, la 2ème phase"),
    ("au 1&re étage et au 3&£me", "au 1ère étage et au 3ème"),
    ("from the lst of May to the 2lst", "from the 1st of May to the 21st"),
    ("scadenza al l° luglio, lª rata", "scadenza al 1° luglio, 1ª rata"),
    ("Lizenz 1.15O EUR pro Jahr ab l5.O1.2O25", "Lizenz 1.150 EUR pro Jahr ab 15.01.2025"),
    ("Licencja: PLN l2 5OO rocznie", "Licencja: PLN 12 500 rocznie"),
    ("Licentie € 9.8OO per jaar, 2S % korting", "Licentie € 9.800 per jaar, 25 % korting"),
    ("Start l0:3O, 1S0 sensors", "Start 10:30, 150 sensors"),
])
def test_misread_figures_and_ordinals_are_read_back_in_every_language(read, meant):
    assert figures_righted(read) == meant


@pytest.mark.parametrize("text", [
    "han ler ofte av det",  # Norwegian: "laughs"
    "Napoléon Ier, le IIe siècle, le chef de la ligne",
    "Siemens S7-1500 und Sinamics S120, Position O3, CO2",
    "5S-Audit, 5S audit, eine 2l Flasche, 10lbs, 1o piano",
    "IO-Link, ISO, lot 12, a lot of parts, page l of 3",
    "MQTT 3.1.1, OPC UA, 2eme, 3e mois, 10er Pack",
])
def test_words_and_codes_beside_figures_are_left_as_read(text):
    assert figures_righted(text) == text


@pytest.mark.parametrize("read, meant", [
    ("$1 Gwarancja\nText.\n$2 Odbiór i reklamacje\n", "§1 Gwarancja\nText.\n§2 Odbiór i reklamacje\n"),
    ("  $ 3 Haftung und Schäden\n§4 Daten\n", "  § 3 Haftung und Schäden\n§4 Daten\n"),
    ("$7 Responsabilité\n$8 Données du client\n", "§7 Responsabilité\n§8 Données du client\n"),
])
def test_a_terms_pages_section_signs_read_as_dollars_are_read_back(read, meant):
    assert figures_righted(read) == meant


@pytest.mark.parametrize("text", [
    "$1 Gwarancja\nThe pilot costs $3 Million.\n",  # a dollar amount on the page: "$N Word" may be a price
    "$12 Installation\n$40 Training\nTotal $52\n",
    "$2 Odbiór\n$5 per part saved\n",  # "$5 per part": lower case, an amount's words
    "Section $1 Warranty\n",  # one heading alone, and not at the line's start
])
def test_dollar_amounts_and_lone_headings_stay_dollars(text):
    assert figures_righted(text) == text


def test_a_scanned_polish_signed_terms_page_reads_its_clause_signs():
    """walk81's signed annex: tesseract read "§1 Gwarancja" as "$1 Gwarancja" (and "§4" right)."""
    from pathlib import Path
    page = Path(__file__).parent / "data" / "walk81" / "signed_terms_scan_pl.png"
    text = extract_text(page.name, page.read_bytes()).text
    assert "$" not in text
    for heading in ("§1 Gwarancja", "§2 Odbiór", "§3 Odpowiedzialność", "§4 Dane"):
        assert heading in text
