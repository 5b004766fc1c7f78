"""Reading uploaded proposals: real PDF and DOCX files made here, and the hostile files the app must survive."""
from __future__ import annotations

import io
import random
import time
import zipfile
from concurrent.futures import ThreadPoolExecutor

import docx
import pytest
from fpdf import FPDF
from pypdf import PdfReader, PdfWriter

from kit import pdf_pages, pdf_with_content, slow_pdf
import proposals.extract
from proposals import MAX_UPLOAD_BYTES, ExtractionError, extract_text
from proposals.layout import tidy
from proposals.result import Refused
from proposals.runner import _result
from reading import analyze

WRAPPED = ("We connect every CNC machine to the MES via OPC UA and publish machine status, cycle time and stop "
           "reasons every 5 seconds, so that shift leads see downtime on the line as it happens.")
BULLETS = ["- Real-time dashboards for supervisors", "- Predictive maintenance with AI"]
LABEL = "Our seamless Industry 4.0 platform delivers a digital twin of your factory."


def proposal_pdf() -> bytes:
    return pdf_pages([["1. Architecture", WRAPPED, *BULLETS], [LABEL], ["Support is available 24/7 by phone."]])


def encrypted(pdf: bytes, user_password: str) -> bytes:
    writer = PdfWriter(clone_from=io.BytesIO(pdf))
    writer.encrypt(user_password=user_password, owner_password="vendor-owner", algorithm="RC4-128")  # pypdf needs no extra package for RC4
    return _written(writer)


def _written(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx() -> bytes:
    document = docx.Document()
    document.add_heading("Integration", level=1)
    document.add_paragraph(WRAPPED)
    document.add_paragraph("Real-time dashboards for supervisors", style="List Bullet")
    table = document.add_table(rows=3, cols=2)
    for row, (left, right) in zip(table.rows, [("Interface", "Detail"), ("PLC", "OPC UA every 5 seconds"),
                                               ("CMMS", "REST API, work order per stop")]):
        row.cells[0].text, row.cells[1].text = left, right
    document.add_paragraph(LABEL)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def zipped(members: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def zip_bomb_docx(megabytes: int) -> bytes:
    """A DOCX-shaped zip whose word/document.xml is `megabytes` of zeros, streamed so the test stays light."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w") as member:
            for _ in range(megabytes):
                member.write(bytes(1024 * 1024))
    return out.getvalue()


def refusal(filename: str, data: bytes, **limits) -> str:
    with pytest.raises(ExtractionError) as caught:
        extract_text(filename, data, **limits)
    message = str(caught.value)
    assert "\n" not in message
    return message


@pytest.fixture
def no_worker(monkeypatch):
    """Fail the test if the file gets as far as a worker process (python-docx or pypdf)."""
    def forbidden(*args, **kwargs):
        raise AssertionError("the file reached a worker")
    monkeypatch.setattr(proposals.extract, "run_worker", forbidden)


# Real documents

def test_text_comes_out_of_a_generated_pdf():
    result = extract_text("proposal.pdf", proposal_pdf())
    assert (result.kind, result.pages, result.warnings) == ("pdf", 3, [])
    assert "stop reasons every 5 seconds" in result.text
    assert "OPC UA" in result.text and "digital twin" in result.text


def test_pdf_pages_stay_apart_wrapped_lines_rejoin_and_bullets_stay_separate():
    lines = extract_text("proposal.pdf", proposal_pdf()).text.split("\n")
    assert WRAPPED in lines  # fpdf2 wrapped it over two lines; it is one sentence again
    assert BULLETS[0] in lines and BULLETS[1] in lines
    assert lines[lines.index(LABEL) - 1] == "\f"  # a page break on its own line before each new page


def test_the_wrapped_sentence_reads_as_one_substance_sentence():
    reading = analyze(extract_text("proposal.pdf", proposal_pdf()).text)
    sentence = next(s for s in reading.sentences if "OPC UA" in s.text)
    assert sentence.kind == "substance" and "every 5 seconds" in sentence.text


def test_text_comes_out_of_a_generated_docx_including_tables():
    result = extract_text("proposal.docx", make_docx())
    assert (result.kind, result.pages, result.warnings) == ("docx", None, [])
    lines = result.text.split("\n")
    assert lines[0] == "Integration" and WRAPPED in lines and "Real-time dashboards for supervisors" in lines
    # two columns and no header row marked (bold or repeated): one "key: value" line per row
    assert "PLC: OPC UA every 5 seconds" in lines and "CMMS: REST API, work order per stop" in lines
    assert lines.index("Interface: Detail") < lines.index(LABEL)  # document order kept


def test_utf8_and_cp1252_text_files():
    words = "Café Müller: OPC UA to the MES every 5 seconds – budget €12,000."
    for data in (words.encode("utf-8"), words.encode("utf-8-sig"), words.encode("utf-16")):
        result = extract_text("notes.txt", data)
        assert (result.text, result.kind, result.pages, result.warnings) == (words, "text", None, [])
    result = extract_text("notes.txt", words.encode("cp1252"))
    assert result.text == words
    assert result.warnings == ["the file is not UTF-8; it was read as Windows-1252 (Western European), "
                               "so check accented letters and symbols"]


def test_bytes_outside_cp1252_fall_back_to_latin1_with_a_warning():
    result = extract_text("notes.md", "Caf\xe9 M\xfcller runs the MES on every line.".encode("latin-1") + b"\x81")
    assert result.text == "Café Müller runs the MES on every line."  # byte 0x81 has no cp1252 meaning
    assert "Latin-1" in result.warnings[0]


def test_markdown_keeps_headings_and_bullets_and_rejoins_wrapped_paragraphs():
    markdown = ("# Integration\n\nWe connect every CNC machine to the MES\nvia OPC UA every 5 seconds.\n\n"
                "- dashboards\n- alerts\n")
    text = extract_text("proposal.md", markdown.encode()).text
    assert text == ("# Integration\n\nWe connect every CNC machine to the MES via OPC UA every 5 seconds.\n\n"
                    "- dashboards\n- alerts")


def test_short_lines_such_as_headings_and_unmarked_lists_are_not_joined():
    assert tidy("Key benefits\nReduced downtime\nFaster changeovers", unwrap=True) == (
        "Key benefits\nReduced downtime\nFaster changeovers")
    assert tidy("Phone: +1 555 0100\nEmail: sales@vendor.example", unwrap=True) == (
        "Phone: +1 555 0100\nEmail: sales@vendor.example")


def test_whitespace_is_normalised_within_lines_but_line_breaks_are_kept():
    assert tidy("a\t b\u00a0\u00a0c\u200b\r\n\r\n\r\nd  ", unwrap=False) == "a b c\n\nd"


def test_a_form_feed_is_a_page_break_on_a_line_of_its_own_and_tidying_twice_changes_nothing():
    once = tidy("A b\x0c  C\n\n\x0c\x0cD", unwrap=True)  # (a page opening in lower case goes on the last: test_layout_pages)
    assert once == "A b\n\x0c\nC\n\x0c\n\n\x0c\nD"  # the empty third page keeps its break
    assert tidy(once, unwrap=True) == once


def test_files_read_at_the_same_time_each_get_their_own_text():
    files = {f"vendor{n}.pdf": pdf_pages([[f"Vendor {n} reads machine status over OPC UA."]]) for n in range(6)}
    with ThreadPoolExecutor(max_workers=6) as pool:  # as several Streamlit sessions would
        texts = dict(zip(files, pool.map(lambda name: extract_text(name, files[name]).text, files)))
    assert texts == {name: f"Vendor {name[6]} reads machine status over OPC UA." for name in files}


def test_a_pdf_named_docx_is_read_as_a_pdf_with_a_warning():
    result = extract_text("proposal.docx", proposal_pdf())
    assert result.kind == "pdf"
    assert result.warnings == ["the file is named .docx but is a PDF; it was read as one"]


def test_pdf_with_only_an_owner_password_is_read():
    result = extract_text("proposal.pdf", encrypted(proposal_pdf(), user_password=""))
    assert "OPC UA" in result.text


def test_pages_without_text_even_by_ocr_are_named_in_a_warning():
    pdf = FPDF()
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.cell(0, 10, "We read machine status over OPC UA.")
    pdf.add_page()
    pdf.rect(20, 20, 100, 100)  # a drawing, no text: OCR finds none either
    result = extract_text("proposal.pdf", bytes(pdf.output()))
    assert result.text == "We read machine status over OPC UA."
    assert result.warnings == ["page 2 had no text to read, not even by OCR"] and result.ocr_pages == []


# Hostile and broken files

def test_file_over_the_size_limit_is_refused_before_reading(monkeypatch):
    def forbidden(*args):
        raise AssertionError("the file was looked at")
    monkeypatch.setattr(proposals.extract, "detect", forbidden)
    message = refusal("huge.pdf", b"%PDF-" + bytes(MAX_UPLOAD_BYTES))
    assert message == ("huge.pdf: the file is 20.1 MB, over the 20 MB limit; "
                       "upload a smaller file or just the relevant sections")


def test_zip_bomb_docx_is_refused(no_worker):
    message = refusal("proposal.docx", zip_bomb_docx(150))
    assert message == ("proposal.docx: the document would unpack to 150 MB (the limit is 100 MB), "
                       "which looks like a zip bomb; it was not opened")


def test_docx_with_a_part_compressed_like_a_bomb_is_refused(no_worker):
    message = refusal("proposal.docx", zip_bomb_docx(5))
    assert message.startswith("proposal.docx: a part of the document is compressed ")
    assert message.endswith(" to 1, far beyond a real document, which looks like a zip bomb; it was not opened")


def test_docx_that_understates_its_unpacked_size_is_stopped_safely():
    data = bytearray(zipped({"word/document.xml": bytes(20_000_000), "[Content_Types].xml": b"<Types/>"}))
    central = data.index(b"PK\x01\x02")  # the document's entry comes first in both headers
    data[22:26] = data[central + 24:central + 28] = (1000).to_bytes(4, "little")  # declare 1 KB, not 20 MB
    assert zipfile.ZipFile(io.BytesIO(bytes(data))).getinfo("word/document.xml").file_size == 1000
    message = refusal("proposal.docx", bytes(data))
    assert message == ("proposal.docx: the Word document is damaged and could not be read; "
                       "open it in Word and save a fresh copy")


def test_encrypted_pdf_is_refused():
    message = refusal("proposal.pdf", encrypted(proposal_pdf(), user_password="secret"))
    assert message == "proposal.pdf: the PDF is encrypted; save an unprotected copy and upload that"


def test_truncated_pdf_gives_a_clear_message():
    pdf = proposal_pdf()
    message = refusal("proposal.pdf", pdf[: len(pdf) // 2])
    assert message == ("proposal.pdf: the PDF is incomplete: it stops before its end-of-file marker, so it was "
                       "probably cut off during download or copying; download or export it again")


def test_garbage_with_a_pdf_header_gives_a_clear_message():
    garbage = b"%PDF-1.7\n" + random.Random(7).randbytes(50_000) + b"\nstartxref\n9\n%%EOF\n"
    message = refusal("proposal.pdf", garbage)
    assert message.startswith("proposal.pdf: the PDF is damaged and could not be read (it starts like a PDF, "
                              "but its contents are not valid PDF)")


def test_binary_file_renamed_txt_is_refused():
    expected = ("setup.txt: this is not a text file (it contains binary data); "
                "upload the proposal as PDF, DOCX, XLSX, CSV, TXT or Markdown")
    noisy = bytes(b for b in random.Random(3).randbytes(20_000) if b)  # no NUL bytes, still binary
    assert refusal("setup.txt", b"\x7fELF\x02\x01\x01" + bytes(100)) == expected
    assert refusal("setup.txt", noisy) == expected


def test_slow_extraction_is_stopped_by_the_time_limit():
    started = time.monotonic()
    message = refusal("proposal.pdf", slow_pdf(), timeout=1.0)
    assert time.monotonic() - started < 5
    assert message.startswith("proposal.pdf: reading the PDF took longer than the 1-second time limit, "
                              "so it was stopped")
    assert "OPC UA" in extract_text("proposal.pdf", proposal_pdf()).text  # and the next file reads fine


def test_greedy_pdf_is_stopped_by_the_memory_limit():
    greedy = pdf_with_content(b"BT /F1 12 Tf (OPC UA) Tj ET\n" + b" " * 70_000_000)  # 70 KB that inflates to 70 MB
    message = refusal("proposal.pdf", greedy, memory_mb=100)
    assert message.startswith("proposal.pdf: reading the PDF needed more memory than the 100 MB limit, "
                              "so it was stopped")


def test_pdf_without_any_text_even_by_ocr_is_refused():
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 100, 100)
    message = refusal("scan.pdf", bytes(pdf.output()))
    assert message.startswith("scan.pdf: no text could be read from the PDF, not even by OCR of its pages")


def test_an_extension_that_lies_gets_a_clear_message():
    assert refusal("proposal.pdf", b"<html><body>Session expired</body></html>") == (
        "proposal.pdf: the file is named .pdf but its content is not a PDF; "
        "it may be damaged or a different kind of file, so download or export it again")
    assert refusal("proposal.docx", zipped({"ppt/presentation.xml": b"<presentation/>"})) == (
        "proposal.docx: it is a PowerPoint presentation, not a Word document or an Excel workbook; "
        "upload the proposal as PDF, DOCX, XLSX, CSV, TXT or Markdown")
    assert refusal("proposal.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600)).startswith(
        "proposal.docx: it is a password-protected Word document or an old-format (.doc, .xls) Office file")


def test_damaged_zip_and_unsupported_or_empty_files_are_refused():
    assert refusal("proposal.docx", b"PK\x03\x04" + bytes(200)).startswith(
        "proposal.docx: the file starts like a Word document (a ZIP archive) but is damaged")
    assert refusal("proposal.html", b"<p>OPC UA</p>") == (
        "proposal.html: .html files are not supported; upload the proposal as PDF, DOCX, XLSX, CSV, TXT or Markdown")
    assert refusal("proposal.txt", b" \n\t ") == "proposal.txt: the file is empty"


def test_a_crashed_worker_gives_a_plain_message():
    with pytest.raises(Refused) as caught:
        _result("pdf", b"", b"Segmentation fault", -11, 20.0, 512)
    assert str(caught.value) == ("reading the PDF failed unexpectedly; it may be damaged or unusually complex, "
                                 "so export it again or upload it as plain text")


def test_message_names_the_file():
    message = refusal("C:\\Users\\buyer\\Downloads\\Vendor X\nproposal.pdf", b"%PDF-1.4\n")
    assert message.startswith("Vendor X proposal.pdf: the PDF is incomplete")
    assert refusal("", b"") == "unnamed file: the file is empty"


def test_generated_pdf_is_a_real_pdf():
    assert len(PdfReader(io.BytesIO(proposal_pdf())).pages) == 3  # guards the fixtures themselves
