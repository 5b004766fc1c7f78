"""A label gap says what is short: a level below the label's claim ("sold as Industry 4.0, but the answers show ..."),
or, where the answers reach the claimed level or above it, the one thing the label still needs, never worded as a
shortfall of level (a cloud offer that delivers integrated workflows and says nothing of offline running)."""
import json
from pathlib import Path

from questions.models import Evaluation
from scoring import score

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def card(name: str):
    return score(Evaluation.model_validate(json.loads((EXAMPLES / name).read_text(encoding="utf-8"))))


def test_a_gap_at_the_claimed_level_names_what_is_missing_not_a_lower_level():
    gaps = [g for g in card("d_iiot_cloud_ot_access.json").gaps if g.delivered >= g.claimed]
    assert gaps
    for gap in gaps:
        assert "reach the level it claims" in gap.reason and "but the answers show" not in gap.reason
        assert gap.missing in gap.reason


def test_a_gap_below_the_claimed_level_says_what_the_answers_show():
    gaps = [g for g in card("a_dashboard_sold_as_industry_4_0.json").gaps if g.delivered < g.claimed]
    assert gaps
    for gap in gaps:
        assert "but the answers show" in gap.reason and gap.missing in gap.reason
