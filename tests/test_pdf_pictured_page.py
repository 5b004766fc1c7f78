"""Walk 66: a PDF's page 4, a customer story pasted as a picture with a printed footer, was dropped without a word:
its text layer held the footer alone, so it was not read by OCR. A page of a line or two of text on a page-sized
picture is read as a scan; a page with a logo and its text is not."""
import io

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from proposals.extract import extract_text

STORY = ["Customer story",
         "A bakery in Dayton cut unplanned stops on its bun line",
         "by a third in six months with our downtime tracking."]


def picture(lines: list[str], size=(1700, 2200)) -> bytes:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    page = Image.new("L", size, 255)
    draw = ImageDraw.Draw(page)
    for n, line in enumerate(lines):
        draw.text((120, 160 + 70 * n), line, font=font, fill=0)
    out = io.BytesIO()
    page.save(out, format="PNG")
    return out.getvalue()


def pdf(second_page_text: str, image: bytes, width: float = 190) -> bytes:
    doc = FPDF()
    doc.set_auto_page_break(False)  # the footer on the picture's own page
    doc.set_font("Helvetica", size=11)
    doc.add_page()
    doc.multi_cell(0, 6, "Our offer connects the four presses of your cell 4 to an on-site server over OPC UA.")
    doc.add_page()
    doc.image(io.BytesIO(image), x=10, y=10, w=width)
    doc.set_y(-20)
    doc.cell(0, 6, second_page_text)
    return bytes(doc.output())


def test_a_picture_of_a_page_with_a_printed_footer_is_read_by_ocr():
    read = extract_text("offer.pdf", pdf("Miami Valley Controls - page 2 of 2", picture(STORY)))
    assert "cut unplanned stops on its bun line" in read.text
    assert "Miami Valley Controls" in read.text  # the footer still read, from the picture's page
    assert any("page 2" in w for w in read.warnings) and read.pages == 2  # told as read by OCR


def test_a_logo_beside_a_page_s_text_is_no_scan():
    read = extract_text("offer.pdf", pdf("Miami Valley Controls - page 2 of 2", picture(STORY, (300, 100)), width=40))
    assert "cut unplanned stops" not in read.text and "Miami Valley Controls" in read.text
    assert not read.warnings
