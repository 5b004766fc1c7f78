"""German compounds built on a general head noun (issue 14, german5, questions/german.yaml nouns): a compound German
writes as one word ("Energieeffizienzmaßnahmen", "Produktionsprozesse", "Optimierungspotenziale") is read as its
parts only where its last part is known; general heads of measures, processes, production, information and potential
unread left the whole compound as written, its English cue ("energy efficiency") hidden inside it. German sentences
of our own."""
import dataclasses
import sys
from pathlib import Path

import pytest

from questions import load_bank
from reading.draft import draft
from reading.german import gloss_rules
from reading.phrases import normalise, tokens

sys.path.insert(0, str(Path(__file__).parent))
from drafting_corpus import drafted_items  # noqa: E402

RULES = dataclasses.replace(gloss_rules(), on=True, nouns_on=True)


def read(text: str) -> str:
    return " ".join(RULES.gloss(text, tokens(normalise(text))))


@pytest.mark.parametrize("german, english", [
    ("Energieeffizienzmaßnahmen", "energy efficiency measures"),
    ("Produktionsdaten", "production data"),
    ("Fertigungsprozesse", "production processes"),
    ("Einsparpotenziale", "potentials"),
    ("Energieoptimierung", "energy optimisation"),
    ("Statusinformationen", "status information"),
])
def test_a_compound_on_a_general_head_is_read_as_its_parts(german, english):
    assert read(german).endswith(english)


def test_energy_efficiency_measures_named_in_one_compound_name_the_energy_cost_problem():
    bank = load_bank()
    ev = draft("Wir planen gemeinsam mit Ihnen die nötigen Energieeffizienzmaßnahmen.", bank, proposal="x")
    assert ("problem.plant_problems", "energy_cost") in drafted_items(ev, bank)


def test_a_compound_on_an_unknown_head_stays_as_written():
    assert read("Energieeffizienzgesetz") == "energieeffizienzgesetz"
