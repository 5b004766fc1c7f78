"""Scanned pages read by OCR: PDFs and images of pages made here from rendered pages of known text."""
from __future__ import annotations

import io
import re
import subprocess
import sys
import tempfile
import time
import zlib
from pathlib import Path

import docx
import pypdfium2
import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

import proposals.ocr
import proposals.runner
from drafting_corpus import drafted_items, load
from kit import pdf_pages
from paths import ROOT
from proposals import ExtractionError, extract_text
from proposals.layout import PAGE_BREAK
from proposals.readers import read_pdf
from proposals.result import Refused
from reading.draft import draft

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # fonts-dejavu-core; Unicode, unlike the core fonts
DPI = 300
PAGES = [
    ["Integration with the plant",
     "We connect every CNC machine to the MES via OPC UA and publish machine status, cycle time and stop "
     "reasons every 5 seconds, so that shift leads see downtime on the line as it happens.",
     "Each stop longer than ten minutes opens a work order in the maintenance system through its REST API."],
    ["Support and training",
     "Support is available by phone from six in the morning to ten at night on working days.",
     "Operators are trained on the line in two sessions of four hours each before the start of production."],
    ["Pilot results",
     "In a six month pilot at a metal works, unplanned downtime fell from 41 to 27 hours per month.",
     "The maintenance planner reviews the five most frequent loss patterns with the plant manager every week."],
]
GERMAN = ["Überwachung der Maschinen",
          "Die Störungsmeldungen gehen über OPC UA an das Leitsystem, und die Wartung prüft täglich die größten "
          "Verluste an jeder Anlage."]


def text_pdf(pages: list[list[str]]) -> bytes:
    """Large enough print for OCR to read back once the pages are scanned."""
    return pdf_pages(pages, font_file=FONT, size=12, leading=7, gap=3)


def page_images(pdf: bytes) -> list[Image.Image]:
    """Each page as a scanner would see it: grey pixels at DPI, no text layer."""
    document = pypdfium2.PdfDocument(pdf)
    return [page.render(scale=DPI / 72, grayscale=True).to_pil() for page in document]


def scanned_pdf(pages: list[list[str]]) -> bytes:
    images = page_images(text_pdf(pages))
    out = io.BytesIO()
    images[0].save(out, format="PDF", save_all=True, append_images=images[1:], resolution=DPI)
    return out.getvalue()


def mixed_pdf() -> bytes:
    """Page 1 text, page 2 a scan, page 3 text."""
    text, scan = PdfReader(io.BytesIO(text_pdf(PAGES))), PdfReader(io.BytesIO(scanned_pdf(PAGES)))
    writer = PdfWriter()
    for page in (text.pages[0], scan.pages[1], text.pages[2]):
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def share_found(expected: str, read: str) -> float:
    """The share of the expected words that the read text has (as many times), allowing OCR its slips."""
    have = words(read)
    found = 0
    for word in words(expected):
        if word in have:
            have.remove(word)
            found += 1
    return found / len(words(expected))


def pages_of(text: str) -> list[str]:
    return text.split(f"\n{PAGE_BREAK}\n")


def test_a_scanned_pdf_is_read_by_ocr_page_by_page():
    result = extract_text("scan.pdf", scanned_pdf(PAGES))
    assert result.kind == "pdf" and result.pages == 3 and result.ocr_pages == [1, 2, 3]
    read = pages_of(result.text)
    assert len(read) == 3
    for paragraphs, page in zip(PAGES, read):
        assert share_found(" ".join(paragraphs), page) >= 0.95, page
    assert result.warnings == []  # every page was read; kind and ocr_pages tell how


def test_only_the_scanned_page_of_a_mixed_pdf_is_read_by_ocr_and_pages_keep_their_order():
    result = extract_text("mixed.pdf", mixed_pdf())
    assert result.ocr_pages == [2] and result.pages == 3
    first, second, third = pages_of(result.text)
    assert first.startswith("Integration with the plant") and third.startswith("Pilot results")
    assert share_found(" ".join(PAGES[1]), second) >= 0.95
    assert result.warnings == ["page 2 had no text layer and was read by OCR; check names and figures quoted from it"]


def test_progress_is_told_once_per_scanned_page():
    told = []
    extract_text("scan.pdf", scanned_pdf(PAGES), progress=lambda done, total: told.append((done, total)))
    assert told == [(1, 3), (2, 3), (3, 3)]


def test_a_pdf_with_a_text_layer_never_reaches_ocr(monkeypatch):
    def forbidden(*args):
        raise AssertionError("OCR was called")
    monkeypatch.setattr(proposals.ocr, "read_scanned_pages", forbidden)
    result = read_pdf(text_pdf(PAGES))
    assert result["ocr_pages"] == [] and len(pages_of(result["text"])) == 3
    assert extract_text("proposal.pdf", text_pdf(PAGES)).ocr_pages == []


def test_reading_a_text_pdf_imports_no_ocr_library():
    code = ("import sys; from proposals.readers import read_pdf; read_pdf(sys.stdin.buffer.read()); "
            "print(sorted(m for m in ('proposals.ocr', 'pytesseract', 'pypdfium2') if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, input=text_pdf(PAGES), capture_output=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == b"[]"


def test_a_png_of_a_page_is_read_as_an_image_even_with_a_transparent_background():
    grey = page_images(text_pdf(PAGES[:1]))[0]
    ink = Image.merge("LA", (Image.new("L", grey.size, 0), grey.point(lambda v: 255 - v)))  # black text, clear paper
    out = io.BytesIO()
    ink.save(out, format="PNG", dpi=(DPI, DPI))
    result = extract_text("page.png", out.getvalue())
    assert result.kind == "image" and result.pages == 1 and result.ocr_pages == [1]
    assert share_found(" ".join(PAGES[0]), result.text) >= 0.95


def test_a_multi_page_tiff_is_read_page_by_page():
    images = page_images(text_pdf(PAGES[:2]))
    out = io.BytesIO()
    images[0].save(out, format="TIFF", save_all=True, append_images=images[1:], compression="tiff_deflate",
                   dpi=(DPI, DPI))
    told = []
    result = extract_text("scan.tiff", out.getvalue(), progress=lambda *report: told.append(report))
    assert result.kind == "image" and result.pages == 2 and result.ocr_pages == [1, 2]
    first, second = pages_of(result.text)
    assert share_found(" ".join(PAGES[0]), first) >= 0.95 and share_found(" ".join(PAGES[1]), second) >= 0.95
    assert told == [(1, 2), (2, 2)]


def test_a_jpeg_named_jpg_is_an_image_too():
    image = page_images(text_pdf(PAGES[1:2]))[0]
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=85, dpi=(DPI, DPI))
    result = extract_text("photo.jpg", out.getvalue())
    assert result.kind == "image" and "phone" in result.text


def test_a_docx_or_text_file_is_never_read_by_ocr(monkeypatch):
    document = docx.Document()
    document.add_paragraph("We connect the MES over OPC UA.")
    out = io.BytesIO()
    document.save(out)
    assert extract_text("proposal.docx", out.getvalue()).ocr_pages == []
    assert extract_text("proposal.txt", b"We connect the MES over OPC UA.").ocr_pages == []


def test_a_german_page_keeps_its_umlauts():
    result = extract_text("angebot.pdf", scanned_pdf([GERMAN]))
    for word in ("Überwachung", "Störungsmeldungen", "über", "prüft", "täglich", "größten"):
        assert word in result.text, result.text


def test_a_scan_with_nothing_to_read_is_refused_plainly():
    blank = Image.new("L", (1700, 2200), 255)
    blank.paste(0, (200, 200, 1500, 1200))  # a black box: drawn, but no text
    out = io.BytesIO()
    blank.save(out, format="PDF", resolution=200)
    with pytest.raises(ExtractionError) as refused:
        extract_text("scan.pdf", out.getvalue())
    assert str(refused.value) == ("scan.pdf: no text could be read from the PDF, not even by OCR of its pages; "
                                  "if it is a scan, scan it again more clearly, or ask the vendor for a PDF "
                                  "with selectable text or a DOCX")


def test_without_tesseract_a_scan_is_refused_and_a_mixed_pdf_warns(monkeypatch):
    monkeypatch.setattr("pytesseract.pytesseract.tesseract_cmd", "/nowhere/tesseract")
    install = "install the Debian packages tesseract-ocr, tesseract-ocr-eng and tesseract-ocr-deu"
    with pytest.raises(Refused) as refused:
        proposals.ocr.read_scanned_pages(b"", ["", ""], [], None)
    assert str(refused.value).startswith("the PDF has no text layer (it looks scanned), and reading scanned pages "
                                         "needs Tesseract OCR") and str(refused.value).endswith(install)
    texts = ["Some text.", ""]
    assert proposals.ocr.read_scanned_pages(b"", texts, [], None) == (
        [], [f"page 2 had no text layer and was not read: reading scanned pages needs Tesseract OCR with its "
             f"English and German data, which is not installed here; {install}"])


def test_options_drafted_from_a_scanned_copy_reach_those_drafted_from_its_text(bank):
    """A printed evaluation, with a floor: the aim is >= 0.90 of the text's (question, option) pairs."""
    found = drafted = 0
    for case in [case for case in load("heldout") if case.kind == "substance"][:6]:
        scan = extract_text(f"{case.name}.pdf", scanned_pdf([case.text.splitlines()]))
        from_text, from_scan = drafted_items(draft(case.text, bank), bank), drafted_items(draft(scan.text, bank), bank)
        found += len(from_text & from_scan)
        drafted += len(from_text)
    print(f"\noptions drafted from the scans: {found}/{drafted} = {found / drafted:.2f} of those from the text")
    assert found / drafted >= 0.9


# Hostile and broken images, and the limits

def png_claiming(width: int, height: int) -> bytes:
    """A PNG whose header claims a size and whose pixel data is a few bytes: a decompression bomb's shape."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return len(body).to_bytes(4, "big") + kind + body + zlib.crc32(kind + body).to_bytes(4, "big")
    header = width.to_bytes(4, "big") + height.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(b"\0" * 100)) + \
        chunk(b"IEND", b"")


def test_a_damaged_image_is_refused_plainly():
    with pytest.raises(ExtractionError) as refused:
        extract_text("scan.png", b"\x89PNG\r\n\x1a\n" + bytes(300))
    assert str(refused.value) == ("scan.png: the image is damaged or in a form that cannot be read; "
                                  "save it again as PNG or TIFF")


def test_an_image_claiming_a_huge_size_is_refused_before_it_is_decoded():
    with pytest.raises(ExtractionError) as refused:
        extract_text("scan.png", png_claiming(100_000, 100_000))
    assert str(refused.value) == ("scan.png: page 1 of the image is 100,000 x 100,000 pixels, far more than a "
                                  "scanned page; it was not opened")


def test_ocr_past_the_time_limit_is_stopped_with_its_tesseract_and_files(monkeypatch, tmp_path):
    monkeypatch.setattr(proposals.runner, "OCR_SECONDS_PER_PAGE", 0.0)  # no allowance: the 1-second limit holds
    # A scratch root of its own: other programs' readings in the shared temp folder are not this one's
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    started = time.monotonic()
    with pytest.raises(ExtractionError) as refused:
        extract_text("scan.pdf", scanned_pdf(PAGES), timeout=1.0)
    assert time.monotonic() - started < 10, "stopped late"
    assert str(refused.value).startswith("scan.pdf: reading the PDF took longer than the 1-second time limit")
    assert not list(tmp_path.glob("winnow-read-*")), "the scratch folder was left"
    for _ in range(30):  # SIGKILL is prompt, but a busy machine may take a moment to run the kill
        if not _tesseracts(tmp_path):
            break
        time.sleep(0.1)
    assert not _tesseracts(tmp_path), "a tesseract was left running"


def _tesseracts(root: Path) -> list[Path]:
    """The processes reading a page from a scratch folder under root."""
    mark = str(root / "winnow-read-").encode()
    return [path for path in Path("/proc").glob("[0-9]*/cmdline") if mark in _read(path)]


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError:  # the process ended meanwhile
        return b""


def test_a_file_with_too_many_scanned_pages_is_refused(monkeypatch):
    with pytest.raises(Refused) as refused:
        proposals.ocr.read_scanned_pages(b"", [""] * 101, [], None)
    assert str(refused.value) == ("the PDF has 101 scanned pages, more than the 100 that are read by OCR from one "
                                  "file; upload the relevant sections")


def test_a_gif_is_still_refused_and_a_text_named_png_is_not_read_as_text():
    with pytest.raises(ExtractionError, match="it is a GIF image, not a proposal document"):
        extract_text("scan.gif", b"GIF89a" + bytes(100))
    with pytest.raises(ExtractionError, match=r"named \.png but its content is not an image \(PNG, JPEG or TIFF\)"):
        extract_text("scan.png", b"We connect the MES over OPC UA.")
