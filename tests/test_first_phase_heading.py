"""A heading over a contract's section ("Responsibilities during the pilot (8 weeks)": no stop, its length only in a
bracketed aside) names the section, no pilot the vendor offers: the recommended first phase does not quote it as the
offer (walk 55 quoted it and left the offered pilot out), while a line of the offer with no stop that states the
pilot's length itself still is one. Every sentence here is new."""
from questions import Answer, Evaluation, load_bank
from scoring import score

BANK = load_bank()
HEADING = "Duties of both parties during the trial (6 weeks)"
OFFER = "We propose a trial of 6 weeks on kiln 2 (tunnel kiln, line 2)."


def _phase(quotes: list[str]):
    answers = [Answer(question="return.measurement", choices=["pilot_baseline"], evidence="specific", quotes=quotes),
               Answer(question="problem.plant_problems", choices=["downtime_unclear"], evidence="specific")]
    evaluation = Evaluation(proposal="Kiln line", vendor="KilnLog", bank_version=BANK.version, answers=answers)
    return score(evaluation, BANK).first_phase


def test_a_section_heading_is_not_quoted_as_the_pilot_offered():
    assert _phase([HEADING, OFFER]).offered == [OFFER]


def test_a_heading_alone_offers_no_pilot():
    phase = _phase([HEADING])
    assert phase.offered == [] and phase.pilot_scope.startswith("The offer states no pilot of its own")


def test_an_offer_line_without_a_stop_that_states_the_length_is_still_the_offer():
    line = "6-week trial on kiln 2, starting in March"
    assert _phase([line]).offered == [line]
