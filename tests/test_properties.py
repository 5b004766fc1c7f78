"""Properties that hold for any valid evaluation (hypothesis builds them from the bank)."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from questions import Answer, Evaluation, Integration, Measure, evaluation_from_bytes, load_bank
from questions.models import Document
from questions.models import name_problem
from scoring import score
from scoring.rules import EVIDENCE_ORDER

BANK = load_bank()
QUESTIONS = list(BANK.questions().values())
WORDS = ["OPC UA", "every shift", "vibration", "SAP", "operator", "38 hours", "Industry 4.0", "seamless",
         "AI-powered", "maintenance planner", "12 %", "reduced by 5 %", "the", "line 2", "İ", "€3,000"]
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

texts = st.one_of(st.lists(st.sampled_from(WORDS), max_size=8).map(" ".join), st.text(max_size=40))
evidence = st.sampled_from(EVIDENCE_ORDER)


@st.composite
def answers(draw, question):
    ids = question.choice_ids()
    kw = {"question": question.id, "evidence": draw(evidence), "text": draw(texts)}
    if question.kind == "choice":
        kw["choices"] = draw(st.lists(st.sampled_from(ids), max_size=1))
    elif question.kind == "choices":
        kw["choices"] = draw(st.lists(st.sampled_from(ids), max_size=len(ids), unique=True))
    elif question.kind == "measure":
        num = st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False))
        kw["measure"] = Measure(metric=draw(st.sampled_from(["", "Downtime"])), unit=draw(st.sampled_from(["", "h"])),
                                baseline=draw(num), target=draw(num))
    elif question.kind == "integrations":
        kw["integrations"] = draw(st.lists(st.builds(
            Integration, system=st.sampled_from(ids), direction=st.sampled_from(["none", "to_system", "from_system", "both"]),
            method=st.sampled_from(["", "REST API"]), owner=st.sampled_from(["", "IT"])), max_size=4))
    return Answer(**kw)


# A name a file may hold: not blank, no control or direction characters (questions.models.name_problem).
names = st.text(min_size=1, max_size=20).filter(lambda s: s.strip() and name_problem(s) is None)


@st.composite
def evaluations(draw):
    chosen = draw(st.lists(st.sampled_from(QUESTIONS), unique_by=lambda q: q.id, max_size=len(QUESTIONS)))
    return Evaluation(
        bank_version=BANK.version, proposal=draw(names),
        labels=draw(st.lists(st.sampled_from([lab.id for lab in BANK.labels]), unique=True, max_size=4)),
        answers=[draw(answers(q)) for q in chosen], documents=[Document(name="Proposal text", text=draw(texts))])


@SETTINGS
@given(evaluations())
def test_scores_stay_in_range(evaluation):
    card = score(evaluation)
    assert 0 <= card.overall <= 100
    assert all(0 <= s.score <= 100 for s in card.sections)
    assert all(0 <= a.points <= a.max_points + 1e-9 for a in card.answers)
    assert 0 <= card.delivered_scope <= 4 and 0 <= card.claimed_scope <= 4


def _more_substance(evaluation: Evaluation, index: int, how: str) -> Evaluation:
    answers = list(evaluation.answers)
    a = answers[index]
    q = BANK.questions()[a.question]
    if how == "evidence":
        a = a.model_copy(update={"evidence": EVIDENCE_ORDER[min(4, EVIDENCE_ORDER.index(a.evidence) + 1)]})
    elif how == "text":
        a = a.model_copy(update={"text": a.text + ". The maintenance planner reads vibration over OPC UA every shift."})
    elif how == "choice" and q.kind == "choices":
        a = a.model_copy(update={"choices": list(dict.fromkeys(a.choices + q.choice_ids()[:1]))})
    elif how == "row" and q.kind == "integrations":
        a = a.model_copy(update={"integrations": a.integrations + [Integration(system="finance", direction="both", method="CSV", owner="Controller")]})
    answers[index] = a
    return evaluation.model_copy(update={"answers": answers})


@SETTINGS
@given(evaluations(), st.integers(0, 100), st.sampled_from(["evidence", "text", "choice", "row"]))
def test_adding_substance_never_lowers_a_score(evaluation, pick, how):
    if not evaluation.answers:
        return
    before = score(evaluation)
    after = score(_more_substance(evaluation, pick % len(evaluation.answers), how))
    assert after.overall >= before.overall
    for old, new in zip(before.sections, after.sections):
        assert new.score >= old.score, old.id


@SETTINGS
@given(evaluations())
def test_json_round_trip_is_lossless(evaluation):
    again = evaluation_from_bytes(evaluation.model_dump_json().encode())
    assert again == evaluation
    assert score(again) == score(evaluation)


@SETTINGS
@given(evaluations(), st.randoms(use_true_random=False))
def test_reordering_answers_changes_nothing(evaluation, rnd):
    shuffled = list(evaluation.answers)
    rnd.shuffle(shuffled)
    assert score(evaluation.model_copy(update={"answers": shuffled})) == score(evaluation)


@SETTINGS
@given(evaluations())
def test_a_scorecard_built_without_revalidation_is_what_validation_makes_of_it(evaluation):
    from scoring import Scorecard
    card = score(evaluation)
    assert Scorecard.model_validate(card.model_dump()) == card
    assert Scorecard.model_validate_json(card.model_dump_json()).model_dump_json() == card.model_dump_json()  # types too
