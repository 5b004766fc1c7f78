"""A PDF's table laid out by runs of spaces (no bars, no tabs, as a monospaced scope or plan table prints) is read a
row a line, each row its own sentence under its headers, not glued into the paragraph around it (walk 75)."""
from __future__ import annotations

from fpdf import FPDF

from proposals import extract_text
from proposals.text_tables import with_bars

MONO = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"


def _mono_pdf(lines: list[str]) -> bytes:
    pdf = FPDF()
    pdf.add_font("M", fname=MONO)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "The schedule below lists the work packages of the pilot.", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("M", size=8.5)
    for line in lines:
        pdf.cell(0, 4.6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", size=10)
    pdf.multi_cell(0, 5, "Prices exclude travel and are valid for 90 days.", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


PRICED = [
    "Pos.  Leistung                                      Menge  Einheit   Preis (EUR)",
    "----  --------------------------------------------  -----  --------  -----------",
    "2.1   Energiezähler Janitza UMG 96 (Einbau)            14  Stk            11,900",
    "2.2   Anbindung an SAP PM (Meldungen)                   1  Pauschal        7,400",
    "2.3   Schulung Schichtführer                            3  Tage            2,700",
    "                                                                   -----------",
    "      Summe                                                             22,000",
]


def test_a_priced_table_in_a_pdf_is_read_a_row_a_line_under_its_headers():
    text = extract_text("angebot.pdf", _mono_pdf(PRICED)).text
    lines = text.split("\n")
    assert "| 2.2 | Anbindung an SAP PM (Meldungen) | 1 | Pauschal | 7,400 |" in lines
    assert "| Pos. | Leistung | Menge | Einheit | Preis (EUR) |" in lines
    assert not any("7,400" in line and "2.3" in line for line in lines)  # no two rows glued
    assert "Summe 22,000" in lines and "Prices exclude travel and are valid for 90 days." in lines


def test_a_plan_table_with_week_ranges_keeps_each_row_apart():
    plan = ["Semaine  Activité                             Responsable",
            "-------  -----------------------------------  ---------------------",
            "1-3      Audit du site et des automates       chef de projet",
            "4-9      Pose des capteurs                    techniciens du fournisseur",
            "10-12    Réception                            qualité du client"]
    text = extract_text("offre.pdf", _mono_pdf(plan)).text
    assert "| 4-9 | Pose des capteurs | techniciens du fournisseur |" in text.split("\n")


def test_figures_set_right_a_place_off_their_header_stay_in_their_column():
    text = "\n".join(["Item  Description             Qty   Price",
                      "1     Edge gateway               2    7,800",
                      "2     Historian connector         1   12,100",
                      "3     Commissioning days         10    9,000"])
    assert with_bars(text).split("\n")[2] == "| 2 | Historian connector | 1 | 12,100 |"


def test_a_numbered_list_with_indented_text_is_no_table():
    text = "\n".join(["1.  We install the sensors on the press line.",
                      "2.  We connect the gateway to the plant network.",
                      "3.  We train the shift leaders on the dashboard."])
    assert with_bars(text) == text


def test_a_rule_under_the_last_column_is_no_wrapped_cell():
    text = "\n".join(["Item  Description        Qty   Price",
                      "1     Sensors             12    4,800",
                      "2     Gateway              1    2,100",
                      "3     Training             2    1,600",
                      "                              -----",
                      "      Total                     8,500"])
    rows = with_bars(text).split("\n")
    assert rows[3] == "| 3 | Training | 2 | 1,600 |" and rows[4].strip() == "-----"
