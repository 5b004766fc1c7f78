"""Walk 56 read a scanned offer, its interface list and its commercial e-mail as one proposal, and a second vendor's
brochure-like proposal. Each fix reads a kind of sentence; every sentence here is new, none of the walk's.

- A KPI with its baseline and target that the vendor commits to (in its own words, or by a refund or a penalty in the
  terms right after it) is the return promised, in numbers (reading/draft_promise.py).
- A sentence that counts the result from the plant's own records ("measured from your CMMS work orders") tells how it
  is measured: the plant's own data before and after, quoted first, not the pilot's line of another option.
- Another customer told by its trade after an indefinite article ("At a mid-sized dairy in Friesland, ...") is a
  reference: never this plant's problem nor this offer's promise (reading/references.py).
- The offer's numbered phase with pilot machines and weeks is the pilot the first phase builds on, however the buyer
  answered how the result is measured (scoring/first_phase.py).
- Training given a length for the plant's people ("Training: three days for 9 kiln operators") is on-site training.
"""
import pytest

from questions import Answer, Evaluation, load_bank
from questions.models import Document
from reading.draft import draft
from scoring import score

BANK = load_bank()

BASELINE = "Your shift reports for 2025 count 38 hours of unplanned kiln stops per month."
COMMIT = "We commit to reduce unplanned kiln stops to 25 hours per month within 9 months after go-live."
MEASURED = ("We measure it from your CMMS work orders with the failure class 'kiln', compared with the scheduled "
            "kiln hours from your ERP.")
REFUND = "If the reduction stays below 15 %, we refund 40 % of the first year's licence."
PILOT = "Phase 1 (weeks 1-4): 3 pilot kilns and a baseline measurement."
OFFER = f"""Offer KL-77 for your tunnel kilns

Implementation
{PILOT}
Phase 2 (weeks 5-12): the other 9 kilns and the CMMS link.

Target KPI
{BASELINE} {COMMIT} {MEASURED} {REFUND}
"""


def _answer(text: str, qid: str):
    return draft(text, BANK).answer(qid)


def test_a_kpi_the_vendor_commits_to_is_the_return_promised_with_its_refund():
    promise = _answer(OFFER, "return.promise")
    assert promise is not None and promise.quotes == [COMMIT, REFUND]


def test_a_refund_in_the_terms_after_the_kpi_commits_the_vendor_to_it():
    target = "Target: unplanned kiln stops from 38 to 25 hours per month within 9 months of go-live."
    terms = "Should the stops stay above 30 hours per month, we refund 40 % of the first year's licence."
    promise = _answer(f"Offer KL-78 for your tunnel kilns\n\n{target} {terms}", "return.promise")
    assert promise is not None and promise.quotes == [target, terms]


def test_a_kpi_only_aimed_at_promises_no_return():
    hoped = "Our aim is to bring unplanned kiln stops to 25 hours per month within 9 months."
    assert _answer(f"Offer KL-79 for your tunnel kilns\n\n{BASELINE} {hoped}", "return.promise") is None


def test_the_result_counted_from_the_plants_own_records_is_measured_before_and_after_and_quoted_first():
    measurement = _answer(OFFER, "return.measurement")
    assert measurement.choices == ["before_after"]
    assert measurement.quotes[0] == MEASURED


@pytest.mark.parametrize("sentence", [
    "Downtime is counted from your maintenance log, month by month.",
    "We calculate the saving from your SAP PM notifications of each quarter.",
])
def test_a_measure_taken_from_the_plants_records_is_its_own_data(sentence):
    measurement = _answer(f"Offer KL-80 for your tunnel kilns\n\n{sentence}", "return.measurement")
    assert measurement is not None and measurement.choices == ["before_after"]


def test_a_reading_taken_with_the_plants_instrument_is_no_measure_of_the_result():
    sentence = "After firing, the operator measures the tile's shade with your spectrometer at the line's end."
    measurement = _answer(f"Offer KL-81 for your tunnel kilns\n\n{sentence}", "return.measurement")
    assert measurement is None or "before_after" not in measurement.choices


UNNAMED = [
    "At a tier-2 packaging supplier near Utrecht, CleanFlow reduced unplanned downtime by 22 % in the first year.",
    "For a large manufacturer of seat frames, CleanFlow reduced unplanned downtime by 22 % in the first year.",
    "At an automotive OEM, CleanFlow cut unplanned downtime by 19 % within six months.",
]
BROCHURE = """CleanFlow Smart CIP - proposal for your dairy in Leeuwarden

CleanFlow is the leading AI platform for the hygienic factory of the future. Our digital twin gives you a complete view
of every cleaning cycle.

Proven results
{case} Customers typically recover their investment within a year.

What we install
We mount flow and conductivity sensors on your four CIP return lines. The sensors send their data through a gateway to
CleanFlow Cloud, hosted in Frankfurt.

Commercials
Subscription of 2,400 EUR per month for up to 8 circuits, minimum term 24 months.

Next steps
We propose a free 6-week trial on two CIP circuits of your choice.
"""


@pytest.mark.parametrize("case", UNNAMED)
@pytest.mark.parametrize("qid", ["problem.statement", "problem.plant_problems", "return.promise"])
def test_another_customer_told_by_its_trade_is_no_problem_and_no_promise_of_this_offer(qid, case):
    answer = _answer(BROCHURE.format(case=case), qid)
    assert answer is None or case not in answer.quotes


@pytest.mark.parametrize("case", UNNAMED)
def test_another_customer_told_by_its_trade_with_its_result_is_the_reference(case):
    reference = _answer(BROCHURE.format(case=case), "return.reference")
    assert reference is not None and reference.quotes == [case]


def _evaluation(measurement: Answer, text: str = OFFER) -> Evaluation:
    documents = [Document(name="offer.pdf", kind="proposal", format="pdf", text=text)]
    answers = [measurement, Answer(question="problem.plant_problems", choices=["downtime_unclear"], evidence="specific")]
    return Evaluation(proposal="Kilns", vendor="KilnLog", bank_version=BANK.version, documents=documents, answers=answers)


def test_the_offers_numbered_pilot_phase_is_the_first_phase_however_the_measurement_is_answered():
    typed = Answer(question="return.measurement", choices=["before_after"], evidence="specific", quotes=[MEASURED])
    phase = score(_evaluation(typed), BANK).first_phase
    assert phase.offered == [PILOT] and phase.pilot_scope.startswith("Build on the pilot the vendor offers")


def test_a_pilot_told_with_its_result_in_the_documents_is_no_pilot_offered():
    done = "In the 6-week pilot at Kessler Keramik, kiln stops fell from 41 to 27 hours a month."
    typed = Answer(question="return.measurement", choices=["before_after"], evidence="specific")
    phase = score(_evaluation(typed, f"Offer KL-82\n\n{done}\n"), BANK).first_phase
    assert phase.offered == [] and phase.pilot_scope.startswith("The offer states no pilot of its own")


TRAINING = "Training: three days for 9 kiln operators and 2 shift leads, in Czech, given by our partner in Brno."


def test_training_given_a_length_for_the_plants_people_is_on_site_training():
    training = _answer(f"Offer KL-83 for your tunnel kilns\n\n{TRAINING}", "users.training")
    assert training is not None and training.choices == ["onsite"]


def test_a_model_trained_for_days_trains_no_one():
    sentence = "Model training takes 3 days for each glaze recipe."
    training = _answer(f"Offer KL-84 for your tunnel kilns\n\n{sentence}", "users.training")
    assert training is None or training.choices == []
