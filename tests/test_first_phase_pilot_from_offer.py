"""The pilot the first phase builds on, and Compare's "Pilot", is the one the offer's documents state, not a reply's
sentence that names the pilot while telling how it is measured (walk 67: Compare showed "The baseline will be measured
in the first 4 weeks of the pilot ..." from the reply the buyer took, in place of the offer's "Phase 1 - pilot project
(8 weeks) on line 2"). Where the offer's documents state no pilot, one a reply proposes is still quoted. Every
sentence here is new."""
from questions import Answer, Evaluation, load_bank
from reading.documents import pasted
from scoring import score
from scoring.compare import compare

BANK = load_bank()
PILOT = "Phase 1 - pilot project (6 weeks) on press line 4: meters, vibration sensors and the dashboard commissioned."
OFFER = f"PressWatch for the Kessler stamping plant.\n{PILOT}\nPhase 2 - rollout to press lines 1-3.\n"
BASELINE = ("The baseline will be measured in the first 3 weeks of the pilot; the target is 20 % fewer unplanned stops "
            "within 6 months, counted each month on the dashboard.")
REPLY = f"Dear Ms Kessler,\n\n{BASELINE}\n\nKind regards,\nTom Berg\n"


def _evaluation(offer: str, reply: str, quotes: list[str], name: str = "PressWatch") -> Evaluation:
    answers = [Answer(question="return.measurement", choices=["pilot_baseline"], evidence="specific", quotes=quotes),
               Answer(question="problem.plant_problems", choices=["downtime_unclear"], evidence="specific")]
    return Evaluation(proposal=name, vendor="Vendor", bank_version=BANK.version, answers=answers,
                      documents=[pasted(offer), pasted(reply, "reply", "Reply to round 1")])


def test_a_reply_sentence_measuring_the_pilot_does_not_replace_the_pilot_the_offer_states():
    evaluation = _evaluation(OFFER, REPLY, [BASELINE])
    phase = score(evaluation, BANK).first_phase
    assert phase.offered == [PILOT]
    assert phase.pilot_scope.startswith("Build on the pilot the vendor offers")


def test_compare_shows_the_offers_pilot():
    evaluation = _evaluation(OFFER, REPLY, [BASELINE])
    other = _evaluation(OFFER.replace("Kessler", "Brandt"), REPLY, [], "Other")
    assert compare([evaluation, other], bank=BANK).pilot("PressWatch") == PILOT


def test_a_pilot_only_a_reply_proposes_is_still_quoted():
    offer = "PressWatch for the Kessler stamping plant.\nWe connect the presses and show their stops on a dashboard.\n"
    proposed = "We propose a pilot of 6 weeks on press line 4 with 12 vibration sensors before the rollout."
    evaluation = _evaluation(offer, f"Dear Ms Kessler,\n\n{proposed}\n\nKind regards,\nTom Berg\n", [proposed])
    assert score(evaluation, BANK).first_phase.offered == [proposed]
