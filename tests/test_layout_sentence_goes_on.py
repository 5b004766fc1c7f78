"""A sentence a PDF's layout broke over two lines is one sentence (walk78: "... koppeling met Ultimo" | "CMMS ..." and
"(bijv. stroomopname compressor vriestunnel" | "> 110% van het gemiddelde ...) maakt ... een storingsmelding aan in
Ultimo" read as two broken sentences, the link missed; "... verlagen naar 240 kWh/ton en 52" | "Nm³/ton, en de OEE
..." cut a target from its unit). A ">" before a figure is "more than", no quoted line; a unit written with a power
opens no sentence; a bracket the page's last line closes goes on the line that opened it. Real list items, headings
and quoted lines still stand alone. Every sentence here is new."""
import pytest

from proposals.layout import join_pages, tidy

_PROSE = ("We connect the line to the plant's systems and report the energy use of every machine per order and per "
          "shift to the energy coordinator.\n")


def _lines(text: str) -> list[str]:
    return tidy(text, unwrap=True).split("\n")


@pytest.mark.parametrize("first, second", [
    ("Alarm rule: when the motor current of extruder 3 stays above its limit (for example the screw drive at",
     "> 115% of its mean for 20 minutes) the platform opens a notification in Maximo."),
    ("Alarmregel: wenn die Stromaufnahme des Extruders 3 über der Grenze bleibt (z. B. Schneckenantrieb bei",
     "> 115% des Mittelwerts über 20 Minuten) legt die Plattform eine Meldung in SAP PM an."),
    ("Règle d'alarme : si le courant du moteur de l'extrudeuse 3 reste au-dessus (par exemple la vis à",
     "> 115 % de sa moyenne pendant 20 minutes) la plateforme crée un avis dans Maximo."),
])
def test_a_bracket_closed_on_the_pages_last_line_goes_on_the_line_before(first, second):
    lines = _lines(_PROSE + first + "\n" + second)
    assert lines[-1] == first + " " + second


@pytest.mark.parametrize("first, second", [
    ("Target: within 12 months lower the specific use to 3.4 kWh/t and the gas use to 41",
     "Nm³/t, and raise the line's OEE to 78%."),
    ("Ziel: innerhalb von 12 Monaten den spezifischen Verbrauch auf 3,4 kWh/t und den Gasverbrauch auf 41",
     "Nm³/t senken und die OEE auf 78 % steigern."),
    ("Objetivo: en 12 meses bajar el consumo específico a 3,4 kWh/t y el consumo de agua de lavado a 12",
     "m³/t, y subir el OEE de la línea al 78 %."),
])
def test_a_figure_wrapped_before_its_unit_with_a_power_is_one_sentence(first, second):
    lines = _lines(_PROSE + first + "\n" + second + "\n" + _PROSE)
    assert first + " " + second in lines


def test_a_wide_line_a_page_leaves_open_goes_on_a_name_atop_the_next_page():
    pages = [_PROSE + "The platform writes each energy deviation it confirms as a fault notification into the link with Ultimo",
             "CMMS (work orders), where the maintenance planner turns it into a work order."]
    text = join_pages([tidy(page, unwrap=True) for page in pages])
    assert ("into the link with Ultimo CMMS (work orders), where the maintenance planner turns it into a work order."
            in text)


@pytest.mark.parametrize("pages", [
    [_PROSE + "3. Connections", "SAP S/4HANA reads the released process orders every 15 minutes."],
    [_PROSE + "Connections to your systems", "OPC UA: machine states from the S7-1500 controllers."],
])
def test_a_heading_or_a_record_at_a_pages_foot_stays_apart(pages):
    text = join_pages([tidy(page, unwrap=True) for page in pages])
    assert pages[1] in text.split("\n")


@pytest.mark.parametrize("text", [
    "Thanks for the offer, a few questions below.\n> Can the gateway buffer a week of data?\n> Who owns the data?",
    "Steps:\n> Install the gateway in the cabinet\n> Connect it to the PLC network",
])
def test_a_quoted_line_or_an_arrow_item_still_stands_alone(text):
    assert _lines(text) == text.split("\n")
