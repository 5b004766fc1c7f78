"""The recommended first phase builds on the pilot the vendor offers where the offer states one (its sentences
quoted, as drafting placed them at how the return is measured), aims at the problem the KPI moves, proves the level
the answers deliver (or says what the claimed level still needs), and says plainly where the offer states no pilot.
Walk 53 saw "A pilot on one line or machine group aimed at the problem 'reports are delayed', proving level 4"
beside an offer of its own 8-week pilot, a claim of level 1 and answers delivering level 3, whose KPI moves the
discarded product. The phase reads alike on the page's source (the Scorecard) and in every export."""
import io
import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from questions import Answer, Evaluation, evaluation_from_bytes, load_bank
from reports import to_html, to_markdown, to_pdf, to_xlsx
from scoring import score
from scoring.render import scorecard_json, scorecard_text
from scoring.scorecard import OFFERED_PILOT

BANK = load_bank()
WALK = Path(__file__).parent / "data" / "first_phase" / "coldtrace_walk53.json"
LENGTH = "An 8-week pilot in cold rooms 1-4 and blast freezer A with 12 probes and one gateway, starting in February 2027."
MEASURES = ("At the end of the pilot we compare the discarded product and the time to retrieve a lot's history with "
            "the figures above, and you decide on the rollout to the whole plant.")


@pytest.fixture(scope="module")
def walk() -> Evaluation:
    return evaluation_from_bytes(WALK.read_bytes(), BANK)


def _with_pilot(quotes: list[str], **fields) -> Evaluation:
    """A small evaluation whose return is measured by a pilot, quoted as drafting quotes it."""
    answers = [Answer(question="return.measurement", choices=["pilot_baseline"], evidence="specific", quotes=quotes),
               Answer(question="problem.plant_problems", choices=["downtime_unclear"], evidence="specific")]
    return Evaluation(proposal="Press line", vendor="PressWatch", bank_version=BANK.version, answers=answers, **fields)


def test_the_first_phase_builds_on_the_pilot_the_offer_states(walk):
    phase = score(walk, BANK).first_phase
    assert phase.pilot_scope.startswith("Build on the pilot the vendor offers")
    assert phase.offered[:2] == [LENGTH, MEASURES]


def test_the_pilot_aims_at_the_problem_the_kpi_moves_not_the_first_problem_ticked(walk):
    pilot = score(walk, BANK).first_phase.pilot_scope
    assert "the problem its KPI moves, 'product discarded for temperature excursions' (14 t/year today)" in pilot
    assert "reports are delayed" not in pilot


def test_the_pilot_proves_the_level_the_answers_deliver_not_the_one_above(walk):
    card = score(walk, BANK)
    assert (card.claimed_scope, card.delivered_scope) == (1, 3)
    assert "proving level 3 (Integrated), the level the answers deliver" in card.first_phase.pilot_scope
    assert "level 4" not in card.first_phase.pilot_scope


def test_a_claimed_level_above_the_delivered_one_says_what_it_still_needs(walk):
    pilot = score(walk.model_copy(update={"claimed_scope": 4}), BANK).first_phase.pilot_scope
    assert "proving level 3 (Integrated), the level the answers deliver; level 4 (Predictive / closed loop)" in pilot
    assert "which the vendor claims, still needs analysis that finds loss patterns" in pilot


def test_answers_on_no_level_prove_the_first_rung_before_the_claimed_level():
    """Walk 54: a label-only e-mail claiming level 4 was asked to prove level 4, a proposal showing level 2 level 2."""
    pilot = score(_with_pilot([], claimed_scope=4), BANK).first_phase.pilot_scope
    assert "proving level 1 (Connected devices / data capture) first, which the answers do not show yet: it needs " \
           "named machine data" in pilot
    assert "; level 4 (Predictive / closed loop), which the vendor claims, still needs" in pilot
    alone = score(_with_pilot([], claimed_scope=1), BANK).first_phase.pilot_scope
    assert "proving level 1 (Connected devices / data capture) first" in alone and "which the vendor claims" not in alone


def test_an_offer_with_no_pilot_says_so_plainly():
    phase = score(_with_pilot([]), BANK).first_phase
    assert phase.offered == []
    assert phase.pilot_scope.startswith("The offer states no pilot of its own: ask for one on one line or machine group")
    assert "aimed at the problem 'downtime is unclear'" in phase.pilot_scope


@pytest.mark.parametrize("done", [
    "In the 10-week pilot at Kessler Automotive in Zwickau, unplanned downtime fell from 11.8% to 7.9%.",
    "During the three-month trial on your line 2, first-pass yield at AOI rose from 96.1% to 98.4%.",
    "In the twelve months before the pilot, press 2 stopped 7 times because a clutch seized."])
def test_a_pilot_told_with_the_result_it_gave_is_no_pilot_offered(done):
    assert score(_with_pilot([done]), BANK).first_phase.offered == []


@pytest.mark.parametrize("vague", [
    "A pilot helps measure whether the model can detect the target defects before committing to full hardware.",
    "PressWatch sends a pilot offer by 26 November.",
    "Training of setters on site during the pilot."])
def test_a_pilot_named_without_length_start_or_measure_is_no_pilot_offered(vague):
    assert score(_with_pilot([vague]), BANK).first_phase.offered == []


@pytest.mark.parametrize("offered", [
    "We propose a six-week pilot on press 3 in parallel with your manual inspection.",
    "Pilot on press 4, scrap compared with its last 8 weeks before go-live.",
    "The trial starts on press 2 once the probes are fitted.",
    "Our pilot target is 18 hours of stops a month or less."])
def test_a_pilot_stated_with_its_length_start_or_measure_is_offered(offered):
    assert score(_with_pilot([offered]), BANK).first_phase.offered == [offered]


def _pdf_text(raw: bytes) -> str:
    return " ".join(" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(raw)).pages)


def test_every_export_quotes_the_pilot_the_vendor_offers(walk):
    card = score(walk, BANK)
    quoted = f"{OFFERED_PILOT}:"
    for text in (to_markdown(walk, card).decode(), to_html(walk, card).decode(), scorecard_text(card)):
        assert quoted in text and "Build on the pilot the vendor offers" in text
        assert "8-week pilot in cold rooms 1-4" in text and "At the end of the pilot we compare" in text
    pdf = _pdf_text(to_pdf(walk, card))
    assert quoted in pdf and "8-week pilot in cold rooms 1-4" in pdf and "Build on the pilot the vendor offers" in pdf
    rows = [[c.value for c in row][:2] for ws in load_workbook(io.BytesIO(to_xlsx(walk, card))) for row in ws.rows]
    assert [f"First phase: {OFFERED_PILOT.lower()}", LENGTH] in rows
    assert ["First phase: pilot scope", card.first_phase.pilot_scope] in rows
    assert json.loads(json.dumps(scorecard_json(card)))["first_phase"]["offered"][:2] == [LENGTH, MEASURES]


def test_the_questions_the_first_phase_reads_its_pilot_from_are_in_the_bank():
    assert set(BANK.first_phase.questions) <= set(BANK.questions())


def _with_kpi(measure: dict, problems: list[str]) -> Evaluation:
    answers = [Answer(question="decision.kpi", evidence="specific", measure=measure),
               Answer(question="problem.plant_problems", choices=problems, evidence="specific")]
    return Evaluation(proposal="Press line", vendor="PressWatch", bank_version=BANK.version, answers=answers)


def test_a_complete_kpi_tied_to_no_problem_asks_for_the_problem_not_the_metric():
    measure = {"metric": "Unplanned downtime", "unit": "h/month", "baseline": 40, "target": 25}
    kpi = score(_with_kpi(measure, []), BANK).first_phase.kpi
    assert not kpi.startswith("Incomplete")
    assert "name the plant problem it measures" in kpi and "40" in kpi and "25" in kpi


def test_a_kpi_without_its_target_is_incomplete_whatever_the_problem():
    measure = {"metric": "Unplanned downtime", "unit": "h/month", "baseline": 40}
    for problems in ([], ["downtime_unclear"]):
        assert score(_with_kpi(measure, problems), BANK).first_phase.kpi.startswith("Incomplete")
