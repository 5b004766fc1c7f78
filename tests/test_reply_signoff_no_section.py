"""A sign-off's name over the signature that opens with it ("Graham" over "Graham Whitlock | Senior Solutions
Architect", walk 70) names no section: the quoted letter below it is cited as the reply, not "section 'Graham'"
(reading/documents.py _signed). A real heading still names its section."""
import pytest

from questions.models import Document
from reading.documents import Citations

QUOTE = "The gateway reads the stroke counter from each PLC over OPC UA once per second."


@pytest.mark.parametrize("name, signature", [
    ("Graham", "Graham Whitlock | Senior Solutions Architect"),
    ("Javier", "Javier Ferrer Climent, Director Técnico, TermoDigital Levante S.L."),
    ("Anke", "Anke Vogel - Vertrieb Industrie 4.0, Hoffmann Systeme GmbH"),
])
def test_a_sign_off_name_is_no_section(name, signature):
    text = f"Hi Dave,\n\nSee our answers inline below.\n\nKind regards,\n{name}\n\n{signature}\n\n-----Original Message-----\n\n{QUOTE}\n"
    reply = Document(name="Reply to round 1", kind="reply", text=text)
    assert Citations([reply]).cite(QUOTE) == "Reply"


def test_a_heading_still_names_its_section():
    text = f"Integration\n\n{QUOTE}\n"
    reply = Document(name="Reply", kind="reply", text=text)
    assert Citations([reply]).cite(QUOTE) == "Reply, section \u201cIntegration\u201d"
