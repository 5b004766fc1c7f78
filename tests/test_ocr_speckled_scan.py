"""A speckled scan read clean (walk 65: a scanned German datasheet with a copier's dark dots read "MATT" for MQTT and
"Kl- Bildauswertung", its table rows strewn with "~", "|" and "="): a page whose lone dark dots pass a share of its
pixels is cleared by a median filter before OCR; a clean page is read as it is."""
from __future__ import annotations

import io
import random
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from proposals.ocr import read_image
from proposals.speckle import SPECKLED, despeckled, speckle_share

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = ["Feldbus: OPC UA Server, MQTT, PROFINET optional", "Schutzart: IP54, lüfterlos",
         "Versorgung: 24 V DC, max. 120 W", "Industrie-Rechner für KI-Bildauswertung"]


def _page(speckled: bool) -> Image.Image:
    image = Image.new("L", (1654, 1000), 255)
    draw, font = ImageDraw.Draw(image), ImageFont.truetype(FONT, 34)
    for row, line in enumerate(LINES):
        draw.text((120, 120 + row * 90), line, font=font, fill=0)
    if speckled:
        dots, pixels = random.Random(65), image.load()
        for _ in range(12000):
            pixels[dots.randrange(1654), dots.randrange(1000)] = dots.choice([0, 60, 90])
    return image


def test_only_a_speckled_page_is_filtered():
    assert speckle_share(_page(False)) < SPECKLED < speckle_share(_page(True))
    clean = _page(False)
    assert despeckled(clean) is clean


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Debian's tesseract-ocr")
def test_a_speckled_scan_reads_its_words():
    buffer = io.BytesIO()
    _page(True).save(buffer, format="PNG", dpi=(300, 300))
    text = read_image(buffer.getvalue(), None)["text"]
    assert "MQTT" in text and "KI-Bildauswertung" in text and "lüfterlos" in text


WALK80_SCAN = Path(__file__).parent / "data" / "walk80" / "datasheet_scan_grey_noise.png"
ROWS = {"Schutzart": "IP67 / IP69K", "Betriebsspannung": "18 ... 30 V DC", "Stromaufnahme": "< 40 mA",
        "Gehäusewerkstoff": "Edelstahl 1.4404", "Anschluss": "M12-Steckverbindung, 4-polig", "Zulassungen": "CE, UL"}


def test_grey_scanner_noise_counts_as_speckle():
    """Walk 80's datasheet, scanned at 150 dpi 1.75 degrees askew: its dots are grey, none of them ink-dark."""
    page = Image.open(WALK80_SCAN)
    ink_only = page.point(lambda grey: 0 if grey < 128 else 255)  # the dots as a count of ink-dark ones sees them
    assert speckle_share(ink_only) < SPECKLED < speckle_share(page)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="needs Debian's tesseract-ocr")
def test_a_slanted_table_with_grey_noise_reads_its_values_and_no_stray_cells():
    text = read_image(WALK80_SCAN.read_bytes(), None)["text"]
    rows = {cells[0]: cells[1:] for line in text.split("\n") if line.startswith("|")
            for cells in [[cell.strip() for cell in line.strip("| ").split("|")]]}
    bare = lambda words: re.sub(r"[\s.…]", "", words)  # "18 ... 30 V DC" read "18... 30 V DC" is no misread
    for name, value in ROWS.items():
        assert [bare(cell) for cell in rows.get(name, [])] == [bare(value)], text
