"""An offer's terms and its item rows answer what they are about, not the plant's problem nor how fast it decides
(reading/draft_terms.py, drafting.yaml offer_terms; walk71: "Installation: ... subject to machine availability during
shutdown" drafted "Downtime is unclear" and the availability committed, a feature row's "Unlimited users" a decision
within minutes)."""
import pytest

from reading.draft import draft

BODY = ("We fit vibration sensors on 9 forging presses and energy meters on 12 feeders; the edge gateway sends the "
        "readings every second to our cloud, where the maintenance supervisor sees press health trends.\n\n")


def _answer(evaluation, question):
    return next((a for a in evaluation.answers if a.question == question), None)


@pytest.mark.parametrize("term", [
    "5. Installation: Within 3 weeks of material receipt at site, subject to machine availability during shutdown.",
    "5. Instalación: dentro de 3 semanas desde la recepción del material, sujeta a la disponibilidad de las máquinas "
    "durante la parada.",
    "TERMS & CONDITIONS\n\nInstallation will be done within 3 weeks of material receipt at site, subject to machine "
    "availability during shutdown.",
])
def test_a_term_of_the_offer_is_no_plant_problem_nor_a_commitment(term, bank):
    evaluation = draft(BODY + term, bank)
    problems = _answer(evaluation, "problem.plant_problems")
    assert problems is None or "downtime_unclear" not in problems.choices
    commitment = _answer(evaluation, "reliability.commitment")
    assert commitment is None or "shutdown" not in commitment.text


def test_an_item_row_of_the_scope_is_no_decision_within_minutes(bank):
    text = ("Scope of supply\n\n| Sr. | Description | Qty | Remarks |\n| 1 | Vibration sensors on forging presses | 9 Nos "
            "| as per BOM |\n| 6 | Web dashboard, mobile app & WhatsApp alerts | 1 Lot | Unlimited users |\n\n" + BODY)
    latency = _answer(draft(text, bank), "decision.latency")
    assert latency is None or "minutes" not in latency.choices


def test_a_plain_line_still_drafts_its_problem(bank):
    text = BODY + "Today nobody can say why the presses stop: downtime reasons are not recorded at all."
    problems = _answer(draft(text, bank), "problem.plant_problems")
    assert problems is not None and "downtime_unclear" in problems.choices
