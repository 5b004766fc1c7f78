"""The scorecard names a problem ticked as 'Other' by the buyer's note on it, not as "Other (describe in the note)":
the walk's first phase read "aimed at the problem 'other (describe in the note)'"."""
from questions import Answer, Evaluation, load_bank
from scoring.engine import engine_for

BANK = load_bank()


def _card(note: str):
    problem = Answer(question="problem.plant_problems", choices=["other"], text=note, evidence="specific")
    evaluation = Evaluation(proposal="Kiln", vendor="KilnWatch", bank_version=BANK.version, answers=[problem])
    return engine_for(BANK).score(evaluation)


def test_an_other_problem_is_named_by_the_buyers_note():
    card = _card("Press roll bearing failures stop the paper machine")
    assert card.problem_fit.problems == ["Press roll bearing failures stop the paper machine"]
    assert "aimed at the problem 'press roll bearing failures stop the paper machine'" in card.first_phase.pilot_scope


def test_an_other_problem_without_a_note_is_the_one_the_proposal_describes():
    card = _card("")
    assert "describe in the note" not in " ".join(card.problem_fit.problems).lower()
    assert "aimed at the problem the proposal describes" in card.first_phase.pilot_scope
