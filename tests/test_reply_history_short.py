"""A reply that gives the model's history as too little for the label (issue 16): the question's why says what the
answers drafted against what the label needs, where the label's rule needs data AND months of history at once, not
only "not all the scorecard needs" (walk74: "almeno 8 settimane" left the buyer guessing). A length the label accepts,
or no length drafted at all, adds nothing."""
from questions import load_bank
from questions.models import Answer, Evaluation
from scoring.round_short import short_of

SOURCE = "gap:ai:data.history"


def _with_history(*chosen: str) -> Evaluation:
    answers = [Answer(question="data.captured", choices=["temperature"], evidence="specific"),
               Answer(question="data.history", choices=list(chosen), evidence="specific")]
    return Evaluation(bank_version="0", proposal="FornoSense", answers=answers)


def test_weeks_of_history_say_weeks_against_the_months_an_ai_label_needs():
    said = short_of([SOURCE], _with_history("weeks"), load_bank())
    assert said and said[0].startswith("Drafted from the answers: weeks;"), said
    assert "months" in said[0] and "AI" in said[0]


def test_months_of_history_or_none_drafted_add_no_shortfall():
    assert short_of([SOURCE], _with_history("months"), load_bank()) == []
    assert short_of([SOURCE], _with_history(), load_bank()) == []
