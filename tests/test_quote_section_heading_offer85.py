"""A quote is cited under the numbered heading right above it, even where that heading is longer than the section's
first line, never under the line before the heading (walk82: an Italian Word offer's service line was cited under the
offer's title line above "3. Servizi di assistenza ..."). A numbered list's items stay no headings of their own."""
from __future__ import annotations

import pytest

from questions.models import Document
from reading.documents import Citations, digest


def _cited(text: str, quote: str) -> str:
    document = Document(name="offerta.docx", kind="proposal", format="docx", text=text, sha256=digest(text))
    return Citations([document]).cite(quote)


@pytest.mark.parametrize("title, heading, first", [
    ("Automazioni Emiliane - Offerta tecnica", "3. Servizi di assistenza e manutenzione programmata",
     "Reperibilità 24/7 con intervento entro 8 ore."),
    ("AutomaPol - Oferta techniczna", "4. Serwis i utrzymanie systemu po uruchomieniu",
     "Serwis 24/7, reakcja w 8 godzin."),
    ("Acme Automation quotation", "5. Support and maintenance after go-live",
     "Support 24/7, on site in 8 hours."),
])
def test_a_quote_under_a_longer_numbered_heading_is_cited_under_that_heading(title, heading, first):
    text = f"{title}\n{heading}\n{first}\n"
    assert _cited(text, first) == f"Proposal, section \u201c{heading}\u201d"


def test_a_numbered_lists_first_item_is_no_heading_and_its_heading_stays():
    text = ("Come procediamo\n1. Colleghiamo tutti i sensori alle presse\n2. Addestriamo il modello\n"
            "Il progetto dura dodici settimane in tutto, dal sopralluogo alla consegna.\n")
    assert _cited(text, "1. Colleghiamo tutti i sensori alle presse") == "Proposal, section \u201cCome procediamo\u201d"
