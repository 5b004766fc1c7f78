"""Page furniture repeated on every page is dropped however few the pages (walk 65: a two-page German offer kept its
running head "VisionTec Automation GmbH · Industriestraße 14 · ... · Seite 1" and its register and bank footer as
sentences on both pages): a line at the edges of every page is no sentence of the document, even one longer than a
usual running head; a line repeated on only some of three pages or more keeps the rule it had."""
from __future__ import annotations

from proposals.layout import join_pages

HEAD = "Kranbau Weser GmbH · Hafenstraße 9 · 28195 Bremen · Angebot 2026-118 · Seite {n}"
FOOT = ("Kranbau Weser GmbH · Amtsgericht Bremen HRB 41122 · Geschäftsführer: Dipl.-Ing. Ute Brandt · USt-IdNr. "
        "DE 298 114 507 · Sparkasse Bremen IBAN DE12 2905 0101 0001 2345 67")


def _page(n: int, body: str) -> str:
    return "\n".join([HEAD.format(n=n), body, FOOT])


def test_a_two_page_offers_running_head_and_long_footer_are_dropped():
    text = join_pages([_page(1, "Wir liefern zwei Kameras an Ihre Linie 2."),
                       _page(2, "Der Preis beträgt 18.000 € netto.")])
    assert "Hafenstraße" not in text and "Amtsgericht" not in text
    assert "Wir liefern zwei Kameras an Ihre Linie 2." in text and "Der Preis beträgt 18.000 € netto." in text


def test_a_long_line_on_only_some_pages_stays():
    pages = [_page(1, "Erste Seite."), "\n".join([HEAD.format(n=2), "Zweite Seite.", "Anhang"]),
             "\n".join([HEAD.format(n=3), "Dritte Seite.", "Anhang"])]
    text = join_pages(pages)
    assert "Amtsgericht" in text and "Hafenstraße" not in text
