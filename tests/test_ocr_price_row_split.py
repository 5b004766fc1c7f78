"""A scanned price page whose yearly fee tesseract read as two lines, its label ("Abonnement annuel", "Jährliche
Lizenz", "Annual subscription") on one and its amount on another, so the fee was not read as yearly: the row is read
back as one (proposals/ocr_rows.py, by the words' positions), and a page scanned askew is turned straight first
(proposals/deskew.py). The pages are rendered here and read by tesseract."""
from __future__ import annotations

import io

import pytest
from PIL import Image, ImageDraw, ImageFont

from proposals.deskew import deskewed, slant
from proposals.extract import extract_text
from proposals.ocr_rows import labels_continued, rows_joined
from reading.fees import fees

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def price_page(title: str, rows: list[tuple[list[str], str]], *, drop: int = 0, pitch: int = 110,
               angle: float = 0.0) -> bytes:
    """A 300 dpi scan of a price table: each row's label lines at the left, its amount far right, `drop` px lower
    than the label's first line (a row printed unevenly, an amount centred on a label of two lines)."""
    font = ImageFont.truetype(FONT, 34)
    page = Image.new("L", (2480, 1200), 255)
    draw = ImageDraw.Draw(page)
    draw.text((120, 100), title, font=font, fill=0)
    top = 220
    for label, amount in rows:
        for n, line in enumerate(label):
            draw.text((120, top + 45 * n), line, font=font, fill=0)
        draw.text((1750, top + drop), amount, font=font, fill=0)
        top += pitch
    out = io.BytesIO()
    page.rotate(angle, fillcolor=255).save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()


def yearly_fees(text: str) -> list[str]:
    return [line for line in text.splitlines() if fees().fee(line)]


FRENCH = [(["Pilote ligne 2 (installation, capteurs)"], "38 500,00 € HT"), (["Abonnement annuel"], "12 900,00 € HT"),
          (["Formation"], "2 400,00 € HT")]


@pytest.mark.parametrize("drop", [30, 45, -30])
def test_a_french_yearly_fee_whose_amount_sits_off_its_label_is_one_row(drop):
    text = extract_text("prix.png", price_page("Offre de prix - Surveillance des presses", FRENCH, drop=drop)).text
    assert yearly_fees(text) == ["| Abonnement annuel | 12 900,00 € HT |"], text
    assert "| Pilote ligne 2 (installation, capteurs) | 38 500,00 € HT |" in text, text
    assert "| Formation | 2 400,00 € HT |" in text, text


GERMAN = [(["Jährliche Lizenz (Software, Updates)"], "14.800,00 EUR"), (["Inbetriebnahme vor Ort"], "6.200,00 EUR"),
          (["Schulung"], "2.400,00 EUR"), (["Summe netto"], "23.400,00 EUR")]


@pytest.mark.parametrize("angle", [0.5, 2.0, -2.0])
def test_a_german_price_page_scanned_askew_keeps_each_amount_beside_its_label(angle):
    text = extract_text("preise.png", price_page("Preisblatt - Zustandsüberwachung Pressen", GERMAN, pitch=90,
                                                 angle=angle)).text
    assert yearly_fees(text) == ["| Jährliche Lizenz (Software, Updates) | 14.800,00 EUR |"], text
    assert "| Schulung | 2.400,00 EUR |" in text and "| Summe netto | 23.400,00 EUR |" in text, text


def test_an_english_label_of_two_lines_beside_its_amount_is_one_label():
    rows = [(["Annual subscription", "(software, updates, hotline)"], "USD 14,800.00"),
            (["Commissioning on site"], "USD 6,200.00")]
    text = extract_text("prices.png", price_page("Price sheet - press monitoring", rows, drop=22, pitch=140)).text
    assert yearly_fees(text) == ["| Annual subscription (software, updates, hotline) | USD 14,800.00 |"], text


def test_without_positions_only_a_label_and_the_amount_under_it_alone_are_one_row():
    text = "Precios\n\nCuota anual de licencia\n9.800,00 €\n\nFormación\n\n2.400,00 €\nPuesta en marcha\n"
    assert rows_joined(text, None).split("\n") == ["Precios", "", "Cuota anual de licencia   9.800,00 €", "",
                                                   "Formación", "", "2.400,00 €", "Puesta en marcha", ""]


def test_a_row_under_a_heading_or_a_sentence_keeps_its_own_label():
    text = ("Wiederkehrende Kosten\nWartungsvertrag     4.800,00 EUR\n\nDie Preise verstehen sich netto.\n"
            "(zzgl. MwSt)     EUR 912,00")
    assert labels_continued(text) == text
    assert labels_continued("Canone annuo\n(licenza e aggiornamenti)     9.800,00 €") == \
        "Canone annuo (licenza e aggiornamenti)     9.800,00 €"


def test_a_slanted_page_is_told_and_turned_straight_and_a_straight_one_is_left_as_it_is():
    font = ImageFont.truetype(FONT, 34)
    page = Image.new("L", (2480, 1600), 255)
    draw = ImageDraw.Draw(page)
    for n in range(12):
        draw.text((120, 150 + 100 * n), "Wartung und Updates der Anlage, jährlich abgerechnet", font=font, fill=0)
    assert deskewed(page) is page
    for angle in (1.0, -2.5):
        turned = page.rotate(angle, fillcolor=255)
        assert abs(slant(turned) - angle) <= 0.15
        assert abs(slant(deskewed(turned))) < 0.3
