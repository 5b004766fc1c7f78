"""The plant's KPI read from one sentence: "today X ... with a target of Y", "the measured baseline is X
... reduce it to Y"; the metric is what "the KPI is ..." names, never a pronoun or "measured baseline",
and a target that moves the wrong way is no target. Sentences written for these tests."""
import pytest

from kpi_corpus import drafted_kpi as measure
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.draft_kpi import read_change, read_target

BANK = load_bank()
RULES = drafter_for(BANK).rules




@pytest.mark.parametrize("text, expected", [
    ("Our KPI is scrap on the press line, today 4.8% of parts, with a target of 2.5% of parts by next summer.",
     ("scrap on the press line", "% of parts", 4.8, 2.5)),
    ("The KPI: changeover time on line 2, currently 95 minutes per changeover, and our goal is 40 minutes per changeover.",
     ("changeover time on line 2", "minutes per changeover", 95.0, 40.0)),
    ("The KPI we propose is first pass yield; the measured baseline is 88% and we will raise it to 94%.",
     ("first pass yield", "%", 88.0, 94.0)),
])
def test_a_named_kpi_with_todays_value_and_its_target(text, expected):
    got = measure(text)
    assert got is not None
    assert (got.metric, got.unit, got.baseline, got.target) == expected


def test_a_baseline_and_a_reduction_of_it_read_without_a_pronoun_for_a_metric():
    got = read_change("The measured baseline is 14 stops per week; we will reduce it to 6 stops per week.", RULES)
    assert (got.baseline, got.target) == (14.0, 6.0)
    assert got.metric and got.metric.split()[0] not in ("it", "measured", "baseline")
    target = read_target("The measured baseline is 14 stops per week; we will reduce it to 6 stops per week.", RULES)
    assert target.metric not in ("it", "measured baseline", "baseline")


@pytest.mark.parametrize("text", [
    "The KPI is unplanned downtime on the mixers, today 30 hours per month, with a target of 45 hours per month.",
    "The KPI is OEE on line 4, today 61%, with a target of 55%.",
])
def test_a_target_that_moves_the_wrong_way_is_no_target(text):
    assert measure(text) is None


def test_a_pronoun_is_never_the_metric():
    got = read_target("Downtime was high last year; today it is 12% and we aim to bring it to 7%.", RULES)
    assert got is None or got.metric != "it"


def test_a_named_kpi_keeps_its_of_phrase():
    got = measure("The KPI is the number of stops per week, today 14 stops per week, with a target of 6 stops per week.")
    assert got is not None and got.metric == "number of stops per week" and (got.baseline, got.target) == (14.0, 6.0)


@pytest.mark.parametrize("text, expected", [
    ("Unplanned downtime is 42 hours per month today; our target is 20 hours per month.",
     ("unplanned downtime", 42.0, 20.0)),
    ("Scrap currently runs at 4.8% of parts; we will bring it down to 2.5% of parts.", ("scrap", 4.8, 2.5)),
    ("Today's OEE on line 3 is 61%, and the goal is 72%.", ("OEE on line 3", 61.0, 72.0)),
    ("Our measured baseline for changeover time is 95 minutes; we commit to reduce it to 40 minutes.",
     ("changeover time", 95.0, 40.0)),
])
def test_the_metric_stops_before_todays_value(text, expected):
    got = measure(text)
    assert got is not None and (got.metric, got.baseline, got.target) == expected


@pytest.mark.parametrize("text, metric", [
    ("The KPI is unplanned spindle downtime. Today it is 42 hours per month; we target 20 hours per month.",
     "unplanned spindle downtime"),
    ("Our KPI will be scrap on the press line. The measured baseline is 4.8% of parts and we commit to reduce it "
     "to 2.5% of parts.", "scrap on the press line"),
])
def test_the_kpi_named_in_the_sentence_before_is_the_metric(text, metric):
    got = measure(text)
    assert got is not None and got.metric == metric


# --- a baseline and a target on separate labelled lines or sentences ---------------------------

def answer(text: str):
    return draft(text, BANK).answer("decision.kpi")


@pytest.mark.parametrize("text, expected", [
    ("KPI: time to find a recalled lot.\nBaseline 60 hours (last spring's recall).\nTarget: under one hour.",
     ("time to find a recalled lot", 60.0, 1.0)),
    ("KPI: changeover time on press 4.\nCurrently: 2 hours per changeover.\nGoal: 45 minutes per changeover.",
     ("changeover time on press 4", 120.0, 45.0)),
    ("Unplanned downtime today: 30 hours per month. Target: under 15 hours per month.",
     ("unplanned downtime", 30.0, 15.0)),
    ("Scrap rate\n- Currently: 5.2% of parts\n- Aim: 3% of parts", ("scrap rate", 5.2, 3.0)),
])
def test_a_baseline_and_a_target_on_separate_lines_are_one_measure(text, expected):
    got = measure(text)
    assert got is not None and (got.metric, got.baseline, got.target) == expected


def test_a_target_on_its_own_line_that_moves_the_wrong_way_is_no_target():
    assert measure("Unplanned downtime today: 30 hours per month. Target: under 45 hours per month.") is None


@pytest.mark.parametrize("text, unit", [
    ("KPI: customer complaints about scratches.\nToday: 212 complaints in 2025.\n"
     "Aim: fewer than 40 in the twelve months after go-live.", "complaints"),
    ("KPI: dented housings returned by the customer.\nBaseline 90 housings in 2025 (our 8D log).\n"
     "Target: fewer than 20 in the year after go-live.", "housings"),
])
def test_a_count_is_of_the_thing_counted_never_a_preposition(text, unit):
    got = answer(text)
    assert got is not None and got.measure.unit == unit and got.measure.target < got.measure.baseline
    assert got.evidence == "specific"  # "90 housings" counts a thing: a number with its unit


def test_a_count_in_a_sentence_that_sells_stays_a_claim():
    got = answer("KPI: complaints.\nOur smart AI platform cut complaints for 90 customers.\n"
                 "Target: fewer than 20 complaints.")
    assert got is None or got.evidence != "specific"


def test_a_period_is_never_converted_into_a_rate_for_a_baseline():
    got = measure("From your records: over the last 12 months line 2 lost 31 hours a month to stops.\n"
                  "Our target is 18 hours a month.")
    assert got is not None and (got.baseline, got.target) == (31.0, 18.0)
