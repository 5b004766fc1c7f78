"""The rules' word lists hold words: a bare no, on, off or yes in a YAML list is read as false or true, and that word
then never matches (it was so in four lists of drafting.yaml until stop 37). Quote such words. So in a gloss's word map
(a word to its English): dutch.yaml's "geen: no" glossed "stuurt geen machines aan" as "sends False machines"."""
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


def _booleans_in_word_maps(node, path: str = "") -> list[str]:
    """A boolean among a mapping's values where the rest are words (a gloss: word -> English); settings maps
    ("read_in_drafting: true") hold few words beside their flags."""
    if isinstance(node, list):
        return [found for item in node for found in _booleans_in_word_maps(item, path)]
    if not isinstance(node, dict):
        return []
    words = sum(isinstance(v, str) for v in node.values())
    own = [f"{path}.{k}: {v}" for k, v in node.items() if isinstance(v, bool)] if words >= 5 else []
    return own + [found for k, v in node.items() for found in _booleans_in_word_maps(v, f"{path}.{k}")]


def test_the_rule_files_are_found():
    assert any(p.name == "drafting.yaml" for p in RULES) and any(p.name == "rounds.yaml" for p in RULES)


@pytest.mark.parametrize("rules", RULES, ids=lambda p: p.name)
def test_no_word_list_holds_a_word_yaml_reads_as_true_or_false(rules):
    assert _booleans_in_lists(yaml.safe_load(rules.read_text(encoding="utf-8"))) == []


def test_a_bare_no_in_a_list_is_found():
    assert _booleans_in_lists(yaml.safe_load("kpi:\n  labels: [level, no, 'on']\n")) == [".kpi.labels: False"]


@pytest.mark.parametrize("rules", RULES, ids=lambda p: p.name)
def test_no_gloss_maps_a_word_to_what_yaml_reads_as_true_or_false(rules):
    assert _booleans_in_word_maps(yaml.safe_load(rules.read_text(encoding="utf-8"))) == []


def test_a_bare_no_in_a_gloss_is_found():
    gloss = "words:\n  een: a\n  de: the\n  het: the\n  en: and\n  van: of\n  geen: no\n"
    assert _booleans_in_word_maps(yaml.safe_load(gloss)) == [".words.geen: False"]


class _KeysOnce(yaml.SafeLoader):
    """A loader that lists every key a mapping holds twice: YAML keeps the last one without a word, so a list
    written twice under one key ("bounds" in rounds.yaml's `measure`, stop 58) loses the first silently."""
    twice: list[str] = []

    def construct_mapping(self, node, deep=False):
        seen = set()
        for key, _ in node.value:
            name = str(self.construct_object(key, deep=deep))
            if name in seen:
                self.twice.append(f"{name} (line {key.start_mark.line + 1})")
            seen.add(name)
        return super().construct_mapping(node, deep)


def _keys_twice(text: str) -> list[str]:
    loader = _KeysOnce(text)
    loader.twice = []
    try:
        loader.get_single_data()
    finally:
        loader.dispose()
    return loader.twice


@pytest.mark.parametrize("rules", RULES, ids=lambda p: p.name)
def test_no_mapping_in_the_rules_holds_a_key_twice(rules):
    assert _keys_twice(rules.read_text(encoding="utf-8")) == []


def test_a_key_written_twice_is_found():
    assert _keys_twice("measure:\n  bounds: [below]\n  bare: [in]\n  bounds: [at most]\n") == ["bounds (line 4)"]
