"""Answers written as a vendor's lead-in words and list fields, as rounds17's probes found them open: a label with its
article ended by a full stop ("The prediction. Bore drift 15 parts ahead ..."), a process leaving its tolerance as
what is predicted, a link's owner as a field after a comma (", owner MES admin Tom Weber"), and a label that names its
system in brackets ("ERP (SAP): ..."). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

HONING = ("HoneAI brings artificial intelligence to the honing of cylinder bores.\n"
          "Machine learning predicts stone wear and bore drift and adjusts the honing head in time.\n"
          "Seamless integration with your MES and maintenance system.\n")


@pytest.fixture(scope="module")
def honing():
    return sent_out(HONING, "HoneAI", "C. Weiss")


MAIL = Mail("Hello Ms Weiss,", "Cheers,\nMarc")


def test_a_lead_in_label_with_its_article_heads_the_prediction_that_follows(honing):
    body = ("The prediction. Bore drift 15 parts ahead, so the head is reset before a bore leaves tolerance. Tested on "
            "220,000 bores at a gearbox plant in 2025: 92% of out-of-tolerance bores were prevented, checked against "
            "the final air gauge.")
    assert MAIL.asked(honing, body)["analytics"].closed


def test_an_owner_given_as_a_field_after_a_comma_owns_the_link(honing):
    body = ("Maintenance (SAP PM): stone change notifications, IDoc, one way, owner maintenance planner Eva Kern. "
            "MES (Opcenter): bore diameters per engine block, REST, one way, owner MES admin Tom Weber.")
    rows = {r.system: r for r in MAIL.read(honing, body).evaluation.answer("connect.integrations").integrations}
    assert rows["production"].owner == "MES admin Tom Weber" and rows["maintenance"].owner


def test_a_label_naming_its_system_in_brackets_places_its_line_under_the_links(honing):
    body = "ERP (SAP): honing stones used per week as a CSV file, one way, owner your controller Tom Weber."
    question = MAIL.asked(honing, body)["integrations"]
    assert question.quotes and question.status != "not_answered"
