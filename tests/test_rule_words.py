"""The rules' word lists hold words: a bare no, on, off or yes in a YAML list is read as false or true, and that word
then never matches (it was so in four lists of drafting.yaml until stop 37). Quote such words."""
from pathlib import Path

import pytest
import yaml

RULES = sorted((Path(__file__).parent.parent / "questions").glob("*.yaml"))


def _booleans_in_lists(node, path: str = "") -> list[str]:
    if isinstance(node, dict):
        return [found for key, value in node.items() for found in _booleans_in_lists(value, f"{path}.{key}")]
    if isinstance(node, list):
        return [f"{path}: {item}" for item in node if isinstance(item, bool)] + \
            [found for item in node for found in _booleans_in_lists(item, path)]
    return []


def test_the_rule_files_are_found():
    assert any(p.name == "drafting.yaml" for p in RULES) and any(p.name == "rounds.yaml" for p in RULES)


@pytest.mark.parametrize("rules", RULES, ids=lambda p: p.name)
def test_no_word_list_holds_a_word_yaml_reads_as_true_or_false(rules):
    assert _booleans_in_lists(yaml.safe_load(rules.read_text(encoding="utf-8"))) == []


def test_a_bare_no_in_a_list_is_found():
    assert _booleans_in_lists(yaml.safe_load("kpi:\n  labels: [level, no, 'on']\n")) == [".kpi.labels: False"]
