"""Every export says each link with its way, method and owner (walk 62: the PDF, XLSX and Markdown said only
"Inventory / ERP, Quality", so a buyer's file lost which way data flows and who owns each link)."""
from questions import load_bank
from questions.models import Answer, Evaluation, Integration
from scoring import score
from scoring.render import scorecard_json, scorecard_text

BANK = load_bank()
LINKS = BANK.key_questions.integrations
SAID = "Inventory / ERP ← out of your system, IDoc, owner: your SAP team; Quality → into your system, CSV"


def _card(*rows: Integration):
    answer = Answer(question=LINKS, evidence="specific", integrations=list(rows))
    return score(Evaluation(bank_version=BANK.version, proposal="Links", answers=[answer]))


def _links_said(card) -> str:
    return next(a["said"] for a in scorecard_json(card)["answers"] if a["question"] == LINKS)


def test_the_json_and_markdown_exports_say_each_links_way_method_and_owner():
    card = _card(Integration(system="inventory", direction="from_system", method="IDoc", owner="your SAP team"),
                 Integration(system="quality", direction="to_system", method="CSV"))
    assert _links_said(card) == SAID
    assert f"({SAID})" in scorecard_text(card, markdown=True)


def test_a_row_exchanging_no_data_is_no_connection_and_a_repeated_row_is_said_once():
    card = _card(Integration(system="finance", direction="none"),
                 Integration(system="quality", direction="to_system", method="CSV"),
                 Integration(system="quality", direction="to_system", method="CSV"))
    assert _links_said(card) == "Quality → into your system, CSV"
