"""Every measure a proposal states is offered to the buyer to pick under the KPI question, not only the one drafted:
each further row of a results table ("Metric | Today | Target") and a second change told in the same sentence whatever
its unit ("scrap from 4.1 % to 2.5 % and changeover from 45 to 30 minutes"). Each offered quote reads alone as its
measure, as accepting it says that measure. Proposal texts written for these tests."""
import pytest

from reading.documents import pasted
from reading.prefill import Prefiller
from reading.quote_options import measure_in
from reading.text import reader_for


@pytest.fixture(scope="module")
def offered(bank):
    prefiller, question = Prefiller(bank), bank.questions()[bank.key_questions.kpi]

    def offered(text: str) -> list[tuple]:
        items = prefiller.suggest(reader_for(bank).read(pasted(text).text)).get(question.id, [])
        return [(s.quote, measure_in(s.quote, question, bank)) for s in items if s.why.startswith("states a measure")]
    return offered


def _ends(found) -> list[tuple]:
    return [(m.metric, m.baseline, m.target) for _quote, m in found]


def test_each_further_row_of_a_results_table_is_offered_as_its_measure(offered):
    text = ("Offer for packaging line 3\n\nResults we commit to for line 3:\n\n"
            "KPI | Baseline | Goal\nOEE | 61 % | 72 %\nChangeover time | 45 min | 30 min\nScrap rate | 4.1 % | 2.5 %\n")
    found = offered(text)
    assert _ends(found) == [("changeover time", 45, 30), ("scrap rate", 4.1, 2.5)]
    assert found[0][0] == "KPI: Changeover time; Baseline: 45 min; Goal: 30 min"


def test_a_table_of_today_and_target_offers_a_row_in_money_too(offered):
    text = ("Offer for your extrusion plant\n\nMetric | Today | Target\nUnplanned downtime | 46 h/month | 30 h/month\n"
            "Energy cost | EUR 350K | EUR 240K\n")
    assert [m.metric for _q, m in offered(text)] == ["energy cost"]


def test_a_second_change_in_the_sentence_is_offered_whatever_its_unit(offered):
    text = ("Offer for your packaging line 3. With the new servo format parts we commit to bring scrap from 4.1 % to "
            "2.5 % and changeover from 45 to 30 minutes within six months of go-live.")
    (quote, measure), = offered(text)
    assert (measure.metric, measure.unit, measure.baseline, measure.target) == ("changeover", "minutes", 45, 30)
    assert quote.startswith("With the new servo format parts we commit to bring … changeover from 45 to 30 minutes")


def test_a_second_share_in_the_sentence_is_offered_too(offered):
    text = ("Offer for your packaging line 3. We commit to bring scrap from 4.1 % to 2.5 % and unplanned downtime from "
            "9 % to 6 % within six months of go-live.")
    assert _ends(offered(text)) == [("unplanned downtime", 9, 6)]


def test_ranges_and_other_plants_results_offer_no_measure(offered):
    for text in ("FryVision fits fryers from 600 to 4,000 mm belt width and lines from 2,000 to 20,000 pieces per hour.",
                 "At a bakery near Lyon our ovens cut gas use from 2.1 to 1.7 MWh/t and scrap from 3 % to 2 % in 2024."):
        assert offered(text) == []


def test_a_pdf_or_word_tables_row_lines_offer_each_further_row(offered):
    text = ("Offer for your line 3\n\nMetric: OEE; Today: 61 %; Target: 72 %\n\n"
            "Metric: Changeover time; Today: 45 min; Target: 30 min\n\nMetric: Scrap rate; Today: 4.1 %; Target: 2.5 %\n")
    assert _ends(offered(text)) == [("changeover time", 45, 30), ("scrap rate", 4.1, 2.5)]


def test_a_spanish_second_change_is_offered_with_the_verb_before_it(offered):
    text = ("Propuesta para su planta de Zaragoza. Nos comprometemos a reducir el consumo de 1,9 a 1,6 kWh/m² y el "
            "tiempo de cambio de 45 a 30 minutos en doce meses.")
    (quote, measure), = offered(text)
    assert quote == "Nos comprometemos a reducir … el tiempo de cambio de 45 a 30 minutos en doce meses."
    assert (measure.metric, measure.baseline, measure.target) == ("tiempo de cambio", 45, 30)
