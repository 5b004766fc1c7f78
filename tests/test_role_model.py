"""The learnt sentence-role model (reading/role_model.py): read from questions/role_model.json in plain
Python, it overrules the rules' offer only as an act of role_model.yaml allows, in the kind of text it names."""
import subprocess
import sys
from pathlib import Path

import pytest

from drafting_corpus import drafted_items
from questions import load_bank
from reading import role_model
from reading.draft import draft, drafter_for
from reading.draft_pass import Pass
from reading.role_model import model, pass_features, text_features
from roles_corpus import read

ROOT = Path(__file__).resolve().parent.parent
BANK = load_bank()
DRAFTER = drafter_for(BANK)
GENERAL_ACT = {"where": "story", "to": ["general"], "below": 0.4}  # an act as role_model.yaml would keep it

STORY = """Kestrel Dairy cuts cleaning water by a fifth

Before the project, the two pasteurisers at Kestrel Dairy were cleaned on a fixed timer and nobody knew how much water each wash used.

Sustainability reporting on water and energy use is now expected by most large retailers.

The dairy chose a local integrator in 2024.

The integrator fitted flow meters to both cleaning circuits and wired them to a small edge gateway.

The gateway sent the readings to a dashboard that the shift leads checked at the start of every shift.

Within six months water use per wash fell by 21 percent."""
GENERAL = "Sustainability reporting on water and energy use is now expected by most large retailers."
FITTING = "The integrator fitted flow meters to both cleaning circuits and wired them to a small edge gateway."


@pytest.fixture
def acts(monkeypatch):
    """role_model.yaml's acts, set for one test."""
    def use(*kept):
        monkeypatch.setitem(role_model.cues(), "acts", list(kept))
    return use


def chances(text: str) -> list[dict[str, float]]:
    """The model's chances of each role for each sentence, beside the rules' own reading."""
    role_model.READS = False
    try:
        reading, told = read(DRAFTER, text)
    finally:
        role_model.READS = True
    feats = pass_features(Pass(DRAFTER, reading), reading, [t.role for t in told])
    return [model().chances(f) for f in feats]


def model_reads(text: str) -> list[str]:
    return [max(c, key=c.get) for c in chances(text)]


def told(text: str) -> dict[str, str]:
    reading, roles = read(DRAFTER, text)
    return {s.text: t.role for s, t in zip(reading.sentences, roles)}


def test_the_model_reads_the_plant_before_as_before_and_the_fitting_as_an_offer():
    reads = model_reads(STORY)
    assert reads[1] == "before"  # "Before the project, the two pasteurisers ... were cleaned on a fixed timer"
    assert reads[4] == "offer"  # "The integrator fitted flow meters to both cleaning circuits ..."


def test_the_model_reads_a_truth_about_retailers_in_a_dairys_story_as_general():
    assert model_reads(STORY)[2] == "general"


def test_where_an_act_is_kept_a_truth_about_retailers_is_general_and_drafts_no_energy_reading(acts):
    acts(GENERAL_ACT)
    roles = told(STORY)
    assert roles[GENERAL] == "general" and roles[FITTING] == "offer"
    assert ("data.captured", "energy_consumption") not in drafted_items(draft(STORY, BANK), BANK)


def test_with_no_act_kept_each_sentence_tells_what_the_rules_read(acts):
    acts()
    role_model.READS = False
    try:
        rules = told(STORY)
    finally:
        role_model.READS = True
    assert told(STORY) == rules


def test_an_act_overrules_only_where_the_model_is_sure():
    sure = {"offer": 0.1, "general": 0.7, "before": 0.2}
    unsure = {"offer": 0.45, "general": 0.5, "before": 0.05}
    assert role_model._overruled(sure, [GENERAL_ACT]) == "general"
    assert role_model._overruled(unsure, [GENERAL_ACT]) is None
    assert role_model._overruled(unsure, [{"where": "story", "role": "general", "above": 0.5}]) == "general"
    assert role_model._overruled({"offer": 0.05, "selling": 0.9}, [GENERAL_ACT]) is None  # selling is not among `to`


def test_the_rules_role_two_sentences_around_and_the_place_in_the_text_are_features():
    texts = ["Until 2022 the mill weighed every coil by hand.", "Scales were checked once a year.",
             "We fitted load cells under both coil cars.", "Weights now reach the ERP within a minute."]
    feats = text_features(texts, ["before", "before", "offer", "offer"], {"far", "fine_pos"})
    assert "prev2:before" in feats[2] and "next2:offer" in feats[0] and "around:before:offer" in feats[1]
    assert "pos10:5" in feats[2] and "pos10:0" in feats[0]


def test_a_sentence_told_in_the_past_carries_the_tense_feature():
    feats = chances_features("The plant replaced its chillers in 2019.\n\nOur sensors measure the flow every second.")
    assert "t:past" in feats[0] and "t:past" not in feats[1]


def chances_features(text: str) -> list[list[str]]:
    reading, roles = read(DRAFTER, text)
    return pass_features(Pass(DRAFTER, reading), reading, [t.role for t in roles])


def test_in_an_offer_told_in_the_present_the_model_overrules_nothing(acts):
    """The model learnt from sites' stories; in offers it read the product's own present-tense lines as
    general truths (tuning, tuning2, tuning3 lost right options), so there the rules decide alone."""
    acts(GENERAL_ACT)
    offer = "\n\n".join([
        "Dear Ms. Hale,", "We will fit flow meters to both cleaning circuits of your dairy.",
        "Readings from each circuit are stored for two years.",
        "Most dairies lose water to cleaning cycles that run longer than they need.", "Water prices are rising across Europe.",
        "When a wash runs long, an alert reaches the shift lead within a minute.",
        "Our gateway sends the readings to a dashboard every minute.", "The price is EUR 18,400 for hardware and set-up."])
    alone = chances(offer)[4]  # "Water prices are rising across Europe.": the model alone is sure
    assert max(alone, key=alone.get) == "general" and alone["offer"] < GENERAL_ACT["below"]
    reading, roles = read(DRAFTER, offer)
    assert roles[4].role == "offer"


def test_the_weights_are_read_without_a_learning_library():
    code = "import sys; from reading.role_model import model; model(); print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_the_training_script_writes_the_committed_weights(tmp_path):
    pytest.importorskip("sklearn")
    out = tmp_path / "role_model.json"
    subprocess.run([sys.executable, "bench/train_roles.py", "--out", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    assert out.read_text(encoding="utf-8") == (ROOT / "questions" / "role_model.json").read_text(encoding="utf-8")
