"""A reply's table of measures and its answer on what the system predicts (walk 47): the KPI answered in a table
("| Batches written off | batches/month | 7 | 3 | HACCP deviation log |") was marked "Not answered ... only answers
vaguely", by the one deferring sentence under it, and no KPI was drafted; and the prediction question the reply
answered with a horizon and the role that acts on it was asked again. A table of measures (the metric, its unit in a
cell of its own or beside each value, today's value, the target; under a labelled header or none) is the KPI answer, as
drafting reads a proposal's KPI table; one deferring sentence beside it leaves it answered; a horizon and a named role
acting on the prediction are the decision it improves. Every reply here is new (none is the walk's)."""
import pytest

from rounds_corpus import replied, sent_out
from reading.kpi_table import bare_row, cells, is_unit, table_rows

COMPRESSORS = ("CompressAI offers condition monitoring and predictive maintenance for the 6 screw compressors of your "
               "Linz plant.\nVibration and motor current are measured on each compressor every 30 seconds by new "
               "wireless sensors.\nThe data goes to our cloud dashboard.\nWe expect far fewer unplanned stops and lower "
               "energy costs.\nPrice: 3,400 EUR per month.\n")


@pytest.fixture(scope="module")
def compressors():
    return sent_out(COMPRESSORS, "CompressAI", "B. Wolf")


def _reply(kpi: str, analytics: str = "") -> str:
    """A reply numbered as the letter: the problem, the history, what it predicts (`analytics`, if any), the KPI."""
    told = f"4. {analytics}\n\n" if analytics else ""
    return ("Dear Mr Wolf,\n\nour answers, numbered as in your letter.\n\n1. First the unplanned stops of compressors "
            "K1-K6: 9 a month today, each costing about 2 hours of compressed air.\n\n3. The model learns from 14 months of "
            "vibration readings and 31 failures logged in Maximo. Data quality is checked every week by our data engineer "
            f"together with your process engineer.\n\n{told}7. {kpi}\n\nKind regards,\nPetra Lindner\nCompressAI\n")


def _kpi(sent, reply: str):
    out = replied(sent, reply)
    question = next(q for q in out.round.questions if q.topic == "kpi")
    return question, out.evaluation.answer("decision.kpi")


TABLES = {
    "unit column, no rule under the header": (
        "Our KPIs:\n\n| KPI | Unit | Today | Goal (end of 2027) | Source |\n"
        "| Unplanned compressor stops | stops/month | 9 | 4 | Maximo work orders |\n"
        "| Specific energy | kWh/m3 | 0.118 | 0.104 | Energy meters |",
        ("unplanned compressor stops", "stops/month", 9.0, 4.0)),
    "unit column, a Markdown rule under the header": (
        "Measures:\n\n| Measure | Unit | Baseline (2026) | Target (month 9) |\n|---|---|---|---|\n"
        "| Leak losses | % | 22 | 12 |\n| Unplanned stops | stops per quarter | 11 | 5 |",
        ("leak losses", "%", 22.0, 12.0)),
    "no header at all": (
        "From your baseline to our target:\n\n| Unplanned stops | stops/month | 9 | 4 | CMMS |\n"
        "| Compressed-air cost | EUR/month | 18,500 | 14,000 | Controlling |",
        ("unplanned stops", "stops/month", 9.0, 4.0)),
    "each value with its unit": (
        "What we commit to for your plant:\n\n| KPI | Current | Committed |\n| Energy per m3 of air | 0.118 kWh | 0.104 kWh |\n"
        "| Unplanned stops | 9 stops/month | 4 stops/month |",
        ("energy per m3 of air", "kwh", 0.118, 0.104)),
}


@pytest.mark.parametrize("layout", list(TABLES))
def test_a_table_of_measures_beside_a_deferring_sentence_answers_the_kpi(compressors, layout):
    table, (metric, unit, baseline, target) = TABLES[layout]
    question, answer = _kpi(compressors, _reply(f"{table}\n\nThe baseline will be confirmed jointly in the first 6 weeks."))
    assert question.status == "answered" and question.closed, question.why
    assert any("|" in quote for quote in question.quotes)
    measure = answer.measure
    assert (measure.metric, measure.unit.lower(), measure.baseline, measure.target) == (metric, unit, baseline, target)


def test_the_deferring_sentence_alone_still_answers_nothing(compressors):
    question, answer = _kpi(compressors, _reply("The baseline and the target will be confirmed jointly in the first 6 weeks."))
    assert question.status == "not_answered" and not question.closed
    assert answer is None or answer.measure is None or answer.measure.target is None


def test_a_table_of_another_sites_figures_drafts_no_kpi_for_this_plant(compressors):
    table = ("| KPI | Reference plant (Graz) | After 1 year in Graz |\n"
             "| Unplanned stops | 12 stops/month | 5 stops/month |")
    _question, answer = _kpi(compressors, _reply(table))
    assert answer is None or answer.measure is None or answer.measure.target is None


def test_a_unit_column_gives_a_proposals_kpi_table_its_bare_values_their_unit():
    lines = ["| Metric | Unit | Today | Target |", "| Rework rate | % | 6.5 | 3 |", "| Oven downtime | h/month | 31 | 12 |"]
    rows = table_rows(lines)
    assert [(r.metric, r.unit, r.baseline, r.target) for r in rows] == [
        ("rework rate", "%", 6.5, 3.0), ("oven downtime", "h/month", 31.0, 12.0)]


@pytest.mark.parametrize("cell, unit", [("batches/month", True), ("EUR", True), ("%", True), ("kWh", True),
                                        ("stops per quarter", True), ("SAP", False), ("Measured by", False),
                                        ("yes", False), ("Maximo work orders", False), ("12", False)])
def test_a_cell_is_a_unit_by_its_shape(cell, unit):
    assert is_unit(cell) is unit


def test_a_row_with_no_header_reads_its_values_in_the_order_asked_and_a_pointer_row_none():
    found = bare_row(cells("| Returned pallets | pallets/week | 40 | 15 | WMS report |"))
    assert (found.metric, found.unit, found.baseline, found.target) == ("returned pallets", "pallets/week", 40.0, 15.0)
    assert bare_row(cells("| 3 | Security | One edge box behind your firewall |")) is None
    assert bare_row(cells("| Pilot | 3 months | 12,000 EUR |")) is None  # a duration beside a price: no measure


HORIZONS = [
    ("The model flags a bearing 2 to 3 weeks before it fails (tested on 2025 data: 88 % of failures caught). "
     "Your reliability engineer schedules the change in Maximo.", "reliability engineer"),
    ("Each compressor gets a warning on average 12 days ahead of a valve failure. "
     "The maintenance planner then plans the valve swap for the next weekend stop.", "maintenance planner"),
]


@pytest.mark.parametrize("analytics, role", HORIZONS)
def test_a_horizon_and_the_role_that_acts_on_it_are_the_decision_the_prediction_improves(compressors, analytics, role):
    out = replied(compressors, _reply("Scrap and stops as in 1.", analytics))
    question = next(q for q in out.round.questions if q.topic == "analytics")
    assert question.status == "answered" and question.closed, question.why
    decision = out.evaluation.answer("decision.improved")
    assert role in decision.text and ("ahead" in decision.text or "before it fails" in decision.text)
    assert "Data quality" not in decision.text


def test_a_role_told_without_a_horizon_is_no_decision_the_prediction_improves(compressors):
    out = replied(compressors, _reply("Scrap and stops as in 1.", "Your maintenance team is told on the smartphone, everywhere."))
    decision = out.evaluation.answer("decision.improved")
    assert decision is None or "smartphone" not in decision.text
