"""The plant's KPI read by the structure of what a text says: whose result a figure is, which
numbers are today's and which are aimed at. Sentences written for these tests."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def measure(text: str):
    answer = draft(text, BANK).answer("decision.kpi")
    return answer.measure if answer else None


def test_a_result_at_another_named_site_drafts_no_kpi():
    text = ("Vibration monitoring for your cooling tower fans.\n"
            "At a paper mill in Finland our sensors cut unplanned stops from 14 to 3 per year.\n"
            "For your site we will set the targets after the first month.\n")
    assert measure(text) is None


def test_a_case_study_tells_its_customers_result_not_the_buyers():
    text = ("Case study: Alpha Foods, Leeds.\n"
            "With our line monitoring, Alpha Foods brought rework down from 6.2% to 2.1% of batches.\n"
            "We would be happy to discuss the same for your plant.\n")
    assert measure(text) is None
