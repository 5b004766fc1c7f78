"""A datasheet PDF read as a buyer reads it: a record line the PDF wrapped mid-phrase is one line again (the next line
opened by a minus figure, "-50 to 250 C", or a name going on, "OPC UA Tunneller"), while each record line
("Protocols: ...", "Security: ...") stays a line of its own; and a record line naming security controls is substance
that drafts the controls it names. PDFs and sheets written for these tests, laid out at two widths and sizes."""
import pytest
from fpdf import FPDF

from proposals import extract_text
from questions import load_bank
from reading.documents import from_file
from reading.draft import drafter_for
from reading.text import reader_for

BANK = load_bank()

# (the record's first line as the PDF wraps it, the rest of the record)
PROBE = ("T-9 probe: PT1000 element, accuracy 0.1 K, 4-wire, measuring range",
         "-50 to 250 C; IP68; M12 connector; 2 m PUR cable.")
HUB = ("TL-Hub gateway: ARM Cortex-A53, 2 GB RAM, 12-30 V DC, DIN-rail; bundles Matrikon",
       "OPC UA Tunneller for legacy PLC access; keeps 30 days of readings locally.")
PROTOCOLS = "Protocols: OPC UA, MQTT, Modbus TCP, REST API"
SECURITY = "Security: SOC 2 Type II audit report on request; multi-factor sign-in; audit log of every change."
WARRANTY = "Warranty: 3 years on all hardware, 5 years on the probes."


def _sheet(size: int) -> bytes:
    """A one-page datasheet whose two wrapped records break where PROBE and HUB say: each wrapped paragraph's cell is
    as wide as its first line, as a narrow column or a larger font would set it."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=size)
    pdf.multi_cell(0, 6, "ThermoLink T-9 - Product Datasheet", new_x="LMARGIN", new_y="NEXT")
    for first, rest in (PROBE, HUB):
        width = pdf.get_string_width(first) + 2 * pdf.c_margin + 1
        pdf.multi_cell(width, 6, f"{first} {rest}", new_x="LMARGIN", new_y="NEXT")
    for record in (PROTOCOLS, SECURITY, WARRANTY):
        pdf.multi_cell(0, 6, record, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _read(data: bytes):
    """The datasheet's document as the app makes it from an upload."""
    name = "ThermoLink_datasheet.pdf"
    return from_file(name, "datasheet", extract_text(name, data), data)


@pytest.fixture(scope="module", params=[9, 11], ids=["9pt", "11pt"])
def sheet(request):
    return _read(_sheet(request.param))


def test_a_minus_figure_the_pdf_wrapped_goes_on_the_record(sheet):
    assert " ".join(PROBE) in sheet.text.splitlines()


def test_a_name_the_pdf_wrapped_goes_on_the_record(sheet):
    assert " ".join(HUB) in sheet.text.splitlines()


def test_each_record_line_stays_a_line_of_its_own(sheet):
    lines = sheet.text.splitlines()
    assert all(record in lines for record in (PROTOCOLS, SECURITY, WARRANTY))


def test_a_record_line_opened_by_a_name_stays_apart_from_the_record_before():
    from proposals.layout import tidy
    text = (f"{HUB[0]} OPC UA Tunneller for legacy PLC access; keeps 30 days of readings\n"
            "OPC UA: server and client, 500 tags, signed and encrypted\n"
            f"{HUB[0]}\nMQTT broker included, 500 topics, QoS 1\n")
    lines = tidy(text, unwrap=True).splitlines()
    assert "OPC UA: server and client, 500 tags, signed and encrypted" in lines
    assert "MQTT broker included, 500 topics, QoS 1" in lines


def test_a_minus_typeset_as_an_en_dash_goes_on_the_record_too():
    from proposals.layout import tidy
    text = f"{PROBE[0]}\n–50 to 250 C; IP68; M12 connector.\n{HUB[0]} and more of the same width\n"
    assert f"{PROBE[0]} –50 to 250 C; IP68; M12 connector." in tidy(text, unwrap=True).splitlines()


def test_a_bullet_dash_still_opens_an_item():
    from proposals.layout import tidy
    text = f"{PROBE[0]}\n- 50 probes per hub, daisy-chained\n"
    assert "- 50 probes per hub, daisy-chained" in tidy(text, unwrap=True).splitlines()


@pytest.mark.parametrize("record", [
    SECURITY,
    "Security: ISO 27001 certified hosting; role-based access; single sign-on via Okta.",
])
def test_a_record_line_naming_security_controls_is_substance(record):
    sentence = next(s for s in reader_for(BANK).read(record).sentences if s.text.startswith("Security"))
    assert sentence.kind == "substance"
    assert any(s.kind == "control" for s in sentence.substance)


def test_a_security_record_drafts_the_controls_it_names(sheet):
    drafted = drafter_for(BANK).draft_documents([sheet], proposal="ThermoLink T-9")
    controls = drafted.answer("security.controls")
    assert controls is not None
    assert {"mfa", "audit_log", "iec62443"} <= set(controls.choices)
    assert SECURITY in controls.quotes


def test_an_independent_security_audit_is_an_assessment_and_backs_the_cybersecurity_tick():
    text = ("Security: SOC 2 Type II report available under NDA; role-based access; single sign-on via Azure AD; "
            "all traffic TLS 1.3 encrypted.")
    drafted = drafter_for(BANK).draft(text, proposal="Datasheet")
    assert "iec62443" in drafted.answer("security.controls").choices
    assert "cybersecurity" in drafted.answer("workflow.technologies").choices
