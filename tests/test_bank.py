"""The bank, glossary, scope ladder and rules are data; these tests keep that data whole."""
import pytest

from questions.models import QuestionBank
from scoring.rules import RuleError, compile_condition


def test_the_six_questions_of_seed_000_open_the_bank(bank):
    titles = [s.title for s in bank.sections[:6]]
    assert titles == [
        "What problem does this solve?", "What data does it capture?", "What workflow does it improve?",
        "Who will use it?", "How does it connect with production, inventory, quality and finance?",
        "What decision becomes faster or better?",
    ]
    assert [s.id for s in bank.sections[6:]] == ["security", "reliability", "upkeep", "return"]


def test_typed_lists_come_from_the_seeds(bank):
    q = bank.questions()
    assert len([c for c in q["problem.plant_problems"].choices if c.id != "other"]) == 7
    assert len([c for c in q["data.captured"].choices if c.id != "other"]) == 12
    assert len(q["workflow.technologies"].choices) == 9
    assert {c.id for c in q["connect.integrations"].choices} >= {"production", "inventory", "quality", "maintenance", "finance"}


def test_question_and_choice_ids_are_unique(bank):
    ids = [q.id for s in bank.sections for q in s.questions]
    assert len(ids) == len(set(ids))
    for question in bank.questions().values():
        assert len(question.choice_ids()) == len(set(question.choice_ids())), question.id
        if question.kind in ("choice", "choices", "integrations"):
            assert question.choices, f"{question.id} needs choices"


def test_every_label_has_a_definition_required_substance_and_follow_up(bank):
    wanted = {"iot", "iiot", "industry_4_0", "smart_factory", "digital_transformation", "ai",
              "predictive_maintenance", "digital_twin", "cloud_edge", "real_time"}
    assert wanted <= {label.id for label in bank.labels}
    for label in bank.labels:
        assert label.means.strip() and label.aliases and label.requires, label.id
        for req in label.requires:
            assert req.missing.strip() and req.why.strip(), label.id
            assert req.follow_up.strip().endswith("?"), f"{label.id}: a follow-up is a question"


def test_every_rule_in_the_data_compiles_against_the_bank(bank):
    conditions = [r.when for lab in bank.labels for r in lab.requires]
    conditions += [lvl.when for lvl in bank.scope if lvl.when]
    conditions += [f.when for f in bank.flags] + [t.backed_by for t in bank.technologies]
    conditions += [bank.problem_fit.tied.when, bank.problem_fit.partial.when]
    for cond in conditions:
        compile_condition(cond, bank)


def test_a_rule_naming_an_unknown_question_or_option_is_refused(bank):
    with pytest.raises(RuleError, match="unknown question 'data.nope'"):
        compile_condition({"answered": "data.nope"}, bank)
    with pytest.raises(RuleError, match="unknown option"):
        compile_condition({"chosen": {"question": "data.captured", "any": ["smell"]}}, bank)
    with pytest.raises(RuleError, match="unknown condition"):
        compile_condition({"sometimes": "data.captured"}, bank)


def test_scope_ladder_runs_from_unclear_to_closed_loop(bank):
    assert [lvl.level for lvl in bank.scope] == [0, 1, 2, 3, 4]
    assert bank.scope[0].when is None and all(lvl.when for lvl in bank.scope[1:])
    assert all(lvl.needs.strip() for lvl in bank.scope[1:]), "each level says what reaching it needs"


def test_the_nine_technologies_each_have_a_backing_rule(bank):
    names = set(bank.questions()[bank.key_questions.technologies].choice_ids())
    assert {t.id for t in bank.technologies} == names


def test_bank_rejects_unknown_fields(bank):
    data = bank.model_dump()
    data["sections"][0]["questions"][0]["wieght"] = 3
    with pytest.raises(Exception, match="wieght"):
        QuestionBank.model_validate(data)


def test_changing_a_weight_in_the_data_changes_the_score(bank, example):
    from scoring.engine import Engine
    evaluation = example("a_")
    before = Engine(bank).score(evaluation)
    data = bank.model_dump()
    data["sections"][4]["weight"] = 60  # connections: where the dashboard is weakest
    heavier = Engine(QuestionBank.model_validate(data)).score(evaluation)
    assert heavier.overall < before.overall
