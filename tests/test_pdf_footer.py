"""Every page of the PDF export ends with the same readable footer: the report's name and "Page n of N", in the
footer's own font and size, whatever font the page's last line was set in and however long the proposal's name."""
from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from questions import load_evaluation
from reports import to_pdf
from reports.pdf_fonts import unicode_font_files
from scoring import score
from paths import EXAMPLES

LONG = "Energy monitoring retrofit for compressed air, presses and hardening furnaces - Vendor GmbH offer"
NON_LATIN = "Завод Энергомониторинг: мониторинг энергии прессов и печей закалки - ООО Вендор, предложение"
FOOTER_TOP = 40  # points above the page's bottom edge: the footer sits 12 mm up, the text above it ends far higher


def footers(raw: bytes) -> list[list[tuple[str, float]]]:
    """Each page's footer as the pieces of text drawn there, each with the font size it was drawn in."""
    pages = []
    for page in PdfReader(io.BytesIO(raw)).pages:
        pieces: list[tuple[str, float]] = []

        def keep(text, cm, tm, font, size, pieces=pieces):
            if text.strip() and tm[5] * cm[3] + cm[5] < FOOTER_TOP:
                pieces.append((text.strip(), size * tm[3] * cm[3]))
        page.extract_text(visitor_text=keep)
        pages.append(pieces)
    return pages


def evaluation_named(stem: str, proposal: str):
    path = next(p for name, p in EXAMPLES.items() if name.startswith(stem))
    evaluation = load_evaluation(path).model_copy(update={"proposal": proposal})
    return evaluation, score(evaluation)


@pytest.mark.parametrize("stem", [name[:2] for name in EXAMPLES])
@pytest.mark.parametrize("proposal", [LONG, NON_LATIN, "Short"])
def test_every_pages_footer_reads_the_title_and_its_page_number_in_the_footers_font(stem, proposal):
    if proposal == NON_LATIN and not unicode_font_files():
        pytest.skip("Cyrillic needs DejaVu Sans")
    evaluation, card = evaluation_named(stem, proposal)
    pages = footers(to_pdf(evaluation, card))
    assert len(pages) > 1
    for number, pieces in enumerate(pages, 1):
        texts = [text for text, _ in pieces]
        assert texts[-1] == f"Page {number} of {len(pages)}", (number, texts)
        title = " ".join(texts[:-1])
        assert title.startswith(f"Winnow proposal evaluation \u00b7 {proposal[:20]}"), (number, title)
        assert all(size == pytest.approx(7.5) for _, size in pieces), (number, pieces)


def test_a_long_name_in_the_footer_is_cut_at_a_word_before_the_page_number():
    evaluation, card = evaluation_named("a_", LONG)
    for pieces in footers(to_pdf(evaluation, card)):
        title = pieces[0][0]
        assert title.endswith("...") and not title.endswith("Page")
        shown = title.removeprefix("Winnow proposal evaluation \u00b7 ").removesuffix("...")
        assert LONG.startswith(shown) and LONG[len(shown)] in " ,-", shown
