"""The delivered scope level follows the answers on every scorecard, and says which answers hold it
(scoring/scope_held.py; walk70: after the buyer removed a drafted "Prediction" the scorecard still said "Level 4 -> 4",
held by the "Recurring loss patterns" the buyer had kept, which nothing showed)."""
import json
from pathlib import Path

from questions.models import Evaluation
from reports.common import scope_rows
from scoring import score

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "b_downtime_loop_industry_4_0.json"


def _with_analytics(choices: list[str]) -> Evaluation:
    evaluation = Evaluation.model_validate(json.loads(EXAMPLE.read_text(encoding="utf-8")))
    answers = [a.model_copy(update={"choices": choices}) if a.question == "workflow.analytics" else a
               for a in evaluation.answers]
    return evaluation.model_copy(update={"answers": answers})


def test_removing_the_only_analysis_drops_the_level(bank):
    assert score(_with_analytics(["prediction"]), bank).delivered_scope == 4
    assert score(_with_analytics([]), bank).delivered_scope < 4


def test_the_level_names_the_answers_that_hold_it(bank):
    card = score(_with_analytics(["trends", "loss_patterns"]), bank)
    assert card.delivered_scope == 4
    assert "Recurring loss patterns" in card.delivered_from and "Prediction (failure, quality, demand)" not in card.delivered_from
    delivered = dict(scope_rows(card))["Delivered"]
    assert "held by: Recurring loss patterns" in delivered and "Unplanned downtime, lines 1-3" in delivered
    assert "Recurring loss patterns" not in score(_with_analytics([]), bank).delivered_from


def test_the_scorecard_page_says_what_the_level_stands_on(store):
    from kit import open_app, shown
    saved = store.create(_with_analytics(["trends", "loss_patterns"]))
    text = shown(open_app("scorecard", saved.id))
    assert "Level 4 stands on: Recurring loss patterns" in text
    store.save(saved.id, _with_analytics(["trends"]), saved.version)
    assert "stands on: Recurring loss patterns" not in shown(open_app("scorecard", saved.id))
