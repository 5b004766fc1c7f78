"""What a page drafts as the vendor's claim is what the page claims (issue 14): a glossary's line on a product page, an
integration guide or a page with a customer's quote, a term and its definition ("- Planned Maintenance: A series of
operations ..."), tells the reader what a word means and claims nothing of the product; the page's own sentences still
draft. Every page here is new."""
import pytest

from questions import load_bank
from reading.draft import draft
from reading.draft_labelled import glossary_line

PRODUCT = ("EnerTrack Energy Software\n"
           "EnerTrack reads every electricity meter in the building and shows the consumption per line on a dashboard.\n"
           "The software sends an e-mail alert when a meter's load rises above its limit.\n"
           "Reports per month and per cost centre are exported as PDF or Excel.\n"
           "Glossary\n"
           "- Planned Maintenance: A series of operations carried out at a set frequency to keep the equipment efficient.\n"
           "- Load Profile: The consumption of a meter over a day, in 15-minute steps.\n"
           "Ask for a demo of EnerTrack today and see your energy data in one place.\n")

GUIDE = ("How to connect LineLink to your MES\n"
         "This guide shows the steps to connect the LineLink gateway to a manufacturing execution system.\n"
         "LineLink reads the machine states from the PLC over OPC UA and stores them on the gateway.\n"
         "Terms used in this guide\n"
         "- Work Order: A request to carry out a maintenance task on one asset, with its parts and hours.\n"
         "- Quality Hold: A block placed on a lot until a quality engineer releases it.\n"
         "Open the LineLink web page, enter the address of the MES server and press Connect.\n"
         "The gateway then sends each machine state to the MES as soon as it changes.\n")

QUOTE = ("PressWatch for stamping presses\n"
         "PressWatch measures the tonnage of every stroke and warns the press operator when a die starts to wear.\n"
         "The platform shows each press's strokes and stops on a live dashboard for the shift.\n"
         '"With PressWatch our die changes dropped by a third," says the maintenance lead of a Tier 1 supplier.\n'
         "- Predictive Maintenance: A way of servicing machines when their data show wear, not on a calendar.\n"
         "- Root Cause Analysis: A method to find why a fault happened, step by step.\n"
         "Book a call with our team to see PressWatch on your own presses.\n")


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def _read(text: str, bank, question: str) -> set[str]:
    """What the draft drafts or offers for one question."""
    answer = draft(text, bank).answer(question)
    return set(answer.choices) | set(answer.suggested) if answer else set()


def test_a_product_pages_glossary_term_is_not_read_as_an_output_of_the_product(bank):
    outputs = _read(PRODUCT, bank, "workflow.outputs")
    assert "maintenance_plan" not in outputs
    assert {"alerts", "live_dashboard"} <= outputs  # the page's own sentences still say what it gives


def test_a_product_pages_glossary_term_quotes_no_data_it_reads(bank):
    answer = draft(PRODUCT, bank).answer("data.captured")  # its own "reads every electricity meter" may claim it
    assert answer is None or not any(glossary_line(q) for q in answer.quotes)
    glossed_only = PRODUCT.replace("reads every electricity meter in the building and shows the consumption per line on",
                                   "shows each line on")
    assert "energy_consumption" not in _read(glossed_only, bank, "data.captured")


def test_an_integration_guides_terms_are_no_holds_or_work_orders_it_makes(bank):
    outputs = _read(GUIDE, bank, "workflow.outputs")
    assert not {"quality_holds", "work_orders"} & outputs
    assert "quality" not in _read(GUIDE, bank, "users.roles")


def test_an_integration_guide_still_reads_what_its_gateway_reads(bank):
    assert "machine_status" in _read(GUIDE, bank, "data.captured")


def test_a_glossary_beside_a_customers_quote_offers_no_analytics(bank):
    assert not _read(QUOTE, bank, "workflow.analytics")
    assert "live_dashboard" in _read(QUOTE, bank, "workflow.outputs")


@pytest.mark.parametrize("line", ["- Planned Maintenance: A series of operations done at a set frequency.",
                                  "Alarm Time – The machine is blocked by an error.",
                                  "• Quality Hold: The block placed on a lot until it is released."])
def test_a_term_and_its_definition_opened_by_an_article_is_a_glossary_line(line):
    assert glossary_line(line)


@pytest.mark.parametrize("line", ["Camera: 5 MP, 60 frames per second",  # a specification's value
                                  "- Work orders: creates a work order from each alarm.",  # a feature said of the product
                                  "Note: the price is fixed for three years.",  # the line's own sentence goes on
                                  "The gateway reads the PLC: A short cable is all it needs."])  # a sentence, no term
def test_a_specification_a_feature_or_a_sentence_is_no_glossary_line(line):
    assert not glossary_line(line)


def test_a_case_studys_glossary_line_still_drafts(bank):
    text = ("Case study: how Brenner Foods cut downtime on line 2\n"
            "In 2023 Brenner Foods installed vibration sensors on the six filler motors of line 2.\n"
            "The maintenance team received an alert on their phones when a motor's vibration rose.\n"
            "- Planned Maintenance: A series of operations the team now schedules from the sensor data.\n"
            "Unplanned stops on line 2 fell from 14 to 5 a month within the first year.\n")
    assert "maintenance_plan" in _read(text, bank, "workflow.outputs")
