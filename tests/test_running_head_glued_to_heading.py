"""A wide running head (a letterhead's address line) that unwrapping glued to the page's first heading ("... | (312)
555-0188 3.3 Dashboard and alerts", walk73) is dropped as the same head alone atop the other pages is, and the heading
stays a line of its own; a line that only opens with the head's first words is kept. Pages written for these tests."""
from proposals.layout import PAGE_BREAK, tidy

HEAD = "Rothmann Prozesstechnik GmbH, Industriestraße 12, 70565 Stuttgart | www.rothmann.example | +49 711 555 0100"
BODY = [["1. Ausgangslage", "Die Linie 2 steht im Mittel 14 Stunden pro Monat still."],
        ["2.4 Anbindung an SAP", "Die Rückmeldungen gehen alle 15 Minuten an SAP PP."],
        ["Leistungsumfang und Preise", "Die Lizenz kostet 900 € im Monat."],
        ["3. Schulung", "Zwei Schichtführer werden vor Ort geschult."]]


def _text(pages: list[list[str]]) -> str:
    return tidy(PAGE_BREAK.join("\n".join(lines) for lines in pages), unwrap=True)


def test_a_wide_running_head_glued_to_the_pages_first_heading_is_dropped():
    text = _text([["Rothmann", HEAD, *lines] for lines in BODY])
    lines = text.split("\n")
    assert "www.rothmann.example" not in text
    assert "2.4 Anbindung an SAP" in lines and "Leistungsumfang und Preise" in lines


def test_a_line_that_only_opens_with_the_heads_first_words_stays():
    said = "Rothmann Prozesstechnik GmbH liefert seit 1998 Sensorik für die Lebensmittelindustrie in ganz Europa."
    text = _text([["Rothmann", HEAD, *lines] for lines in BODY[:3]] + [["Rothmann", HEAD, said]])
    assert said in text.split("\n")
