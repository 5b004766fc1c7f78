"""An offer's own figures for the buyer's plant are a measure or a promise, not selling (walk 47): a hedge or a boast
on the plant's own figure ("loses on average ...", "40 % fewer stops at current losses of ...") measures or promises,
while the same words on other customers or in general ("our customers typically see up to 30%") still sell; a number
a word or two before a thing counted ("14 unplanned stops") is a number with a unit; the problem statement's
suggestions put the plant's problem before a datasheet's spec line."""
import pytest

from questions import load_bank
from reading.draft import draft, drafter_for
from reading.prefill import Prefiller
from reading.text import reader_for
from reading.told import GENERAL, SELLING

BANK = load_bank()
OFFER = ("\n\nWe fit vibration sensors on the 6 mixer gearboxes, read every 10 seconds over OPC UA, and the maintenance "
         "planner gets a weekly list of gearboxes ranked by remaining life.\n\n")


def told(text: str) -> list[str]:
    return [t.role for t in drafter_for(BANK).told(reader_for(BANK).read(text))]


def answer(text: str, qid: str):
    return draft(text, BANK).answer(qid)


@pytest.mark.parametrize("sentence", [
    "Line 4 loses on average 12 hours a week to unplanned stops, typically on the night shift.",
    "The bottling hall loses on average 7 hours a month to label jams, typically after a changeover.",
    "We expect 30 % fewer rejects on press 2 within 9 months, at current losses of 22,000 EUR per month.",
    "From your baseline of 41 complaints a year we expect 50 % less complaints in the first year.",
    "Today the kiln line loses 9 hours a week; we expect 40 % less downtime within 6 months.",
])
def test_a_hedge_or_boast_on_the_plants_own_figure_does_not_sell(sentence):
    assert told(OFFER + sentence)[-1] != SELLING


@pytest.mark.parametrize("sentence", [
    "Our customers typically see up to 30% OEE improvement and ROI in less than 12 months.",
    "Our customers see 40 % fewer unplanned stops at current output levels.",
    "Manufacturers typically see 25 % lower energy costs today.",
    "Up to 35 % less scrap at your plant within a year.",
    "We expect 40 % fewer unplanned stops across all plants.",
    "Plants on average lose 20 % more output than they think.",
])
def test_the_same_cue_on_other_customers_or_in_general_still_sells(sentence):
    assert told(OFFER + sentence)[-1] in (SELLING, GENERAL)  # a truth of plants in general is read so first


@pytest.mark.parametrize("promise", [
    "We expect a reduction of lost batches by at least 50 % within 12 months (about 190,000 EUR per year at current "
    "losses of 31,000 EUR/month) and 40 % fewer unplanned CIP stops.",
    "We expect 30 % fewer rejects on press 2 within 9 months, at current losses of 22,000 EUR per month.",
])
def test_a_promise_for_this_plant_with_its_baseline_drafts_the_return(promise):
    got = answer(OFFER + promise, "return.promise")
    assert got is not None and got.evidence == "specific" and promise in got.text


def test_a_return_other_customers_typically_see_drafts_no_specific_return():
    text = OFFER + "Our customers typically see up to 30% OEE improvement and ROI in less than 12 months."
    got = answer(text, "return.promise")
    assert got is None or got.evidence != "specific"


def test_a_selling_sentence_is_suggested_only_as_the_vendors_claim():
    text = OFFER + "Our customers typically see up to 30% OEE improvement and ROI in less than 12 months."
    reading = reader_for(BANK).read(text)
    selling = frozenset(s.text for s, t in zip(reading.sentences, drafter_for(BANK).told(reading)) if t.role == SELLING)
    suggested = Prefiller(BANK).suggest(reading, selling=selling)["return.promise"]
    assert [s.evidence for s in suggested if "OEE" in s.quote] == ["vendor_claim"]


@pytest.mark.parametrize("sentence, figure", [
    ("The two CIP lines have 14 unplanned stops per quarter.", "14"),
    ("The dairy loses 6 to 8 batches of yoghurt per month.", "8 batches"),
    ("Last year the transfer pumps had 11 bearing failures.", "11"),
    ("The moulding cell produced 250 rejected parts last month.", "250"),
])
def test_a_number_a_word_or_two_before_a_thing_counted_is_a_number_with_a_unit(sentence, figure):
    read = reader_for(BANK).read(sentence).sentences[0]
    assert read.kind == "substance" and figure in [s.term for s in read.substance if s.kind == "number"]


@pytest.mark.parametrize("sentence", [
    "We replaced 3 of the stops with planned ones.",  # "of the" ends the count
    "Demand rose under COVID-19 stay-at-home orders.",  # a name's number
    "The plant has 14 production lines.",  # the site's kit: how big it is, no measure
    "It complies with 21 CFR parts 73 and 74.",  # a thing numbered itself
])
def test_a_number_cut_off_from_the_thing_or_counting_kit_is_no_number_with_a_unit(sentence):
    assert not any(s.kind == "number" for s in reader_for(BANK).read(sentence).sentences[0].substance)


@pytest.mark.parametrize("problem", [
    "Molkerei Oberland loses on average 6 to 8 batches of yoghurt per month to fermentation deviations, and the two "
    "CIP lines have 14 unplanned stops per quarter because pump seals fail without warning.",
    "Brauhaus Lenz loses on average 4 to 5 brews a month, and the bottling line has 9 unplanned stops per week "
    "because the labeller jams without warning.",
])
def test_the_plants_own_loss_told_with_an_average_states_the_problem(problem):
    got = answer(problem + OFFER, "problem.statement")
    assert got is not None and problem.split(",")[0] in got.text


def test_the_problem_statements_suggestions_put_the_plants_problem_before_a_spec_line():
    spec = "- Storage: 1 TB SSD, enough for 24 months of raw data at 2,000 signals"
    problem = "The filler has 14 stops a week because the capper jams without warning."
    reading = reader_for(BANK).read(spec + "\n\n" + problem)
    suggested = Prefiller(BANK).suggest(reading)["problem.statement"]
    assert suggested[0].quote == problem


def test_a_counted_baseline_keeps_its_unit_short_of_the_clause_after_it():
    text = ("The two mixers have 20 unplanned stops per quarter because seals fail without warning." + OFFER +
            "We expect 40 % fewer unplanned mixer stops within 12 months, at current losses of 12,000 EUR a month.")
    measure = answer(text, "decision.kpi").measure
    assert measure.baseline == 20 and "because" not in measure.unit
