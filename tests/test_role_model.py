"""The learnt sentence-role model (reading/role_model.py): read from questions/role_model.json in plain
Python, it overrules the rules' offer only where it is sure, and only in a site's story."""
import subprocess
import sys
from pathlib import Path

import pytest

from drafting_corpus import drafted_items
from questions import load_bank
from reading import role_model
from reading.draft import draft, drafter_for
from reading.role_model import model, text_features
from roles_corpus import read

ROOT = Path(__file__).resolve().parent.parent
BANK = load_bank()
DRAFTER = drafter_for(BANK)

STORY = """Kestrel Dairy cuts cleaning water by a fifth

Before the project, the two pasteurisers at Kestrel Dairy were cleaned on a fixed timer and nobody knew how much water each wash used.

Sustainability reporting on water and energy use is now expected by most large retailers.

The dairy chose a local integrator in 2024.

The integrator fitted flow meters to both cleaning circuits and wired them to a small edge gateway.

The gateway sent the readings to a dashboard that the shift leads checked at the start of every shift.

Within six months water use per wash fell by 21 percent."""
GENERAL = "Sustainability reporting on water and energy use is now expected by most large retailers."


def chances(text: str) -> list[dict[str, float]]:
    """The model's chances of each role for each sentence, beside the rules' own reading."""
    role_model.READS = False
    try:
        reading, told = read(DRAFTER, text)
    finally:
        role_model.READS = True
    feats = text_features([s.text for s in reading.sentences], [t.role for t in told])
    return [model().chances(f) for f in feats]


def model_reads(text: str) -> list[str]:
    return [max(c, key=c.get) for c in chances(text)]


def test_the_model_reads_the_plant_before_as_before_and_the_fitting_as_an_offer():
    reads = model_reads(STORY)
    assert reads[1] == "before"  # "Before the project, the two pasteurisers ... were cleaned on a fixed timer"
    assert reads[4] == "offer"  # "The integrator fitted flow meters to both cleaning circuits ..."


def test_a_truth_about_retailers_in_a_dairys_story_is_general_not_an_offer():
    reading, told = read(DRAFTER, STORY)
    roles = {s.text: t.role for s, t in zip(reading.sentences, told)}
    assert roles[GENERAL] == "general"
    assert roles["The integrator fitted flow meters to both cleaning circuits and wired them to a small edge gateway."] == "offer"


def test_what_retailers_expect_drafts_no_energy_reading_for_the_dairy():
    assert ("data.captured", "energy_consumption") not in drafted_items(draft(STORY, BANK), BANK)


def test_in_an_offer_told_in_the_present_the_model_overrules_nothing():
    """The model learnt from sites' stories; in offers it read the product's own present-tense lines as
    general truths (tuning, tuning2, tuning3 lost right options), so there the rules decide alone."""
    offer = "\n\n".join([
        "Dear Ms. Hale,", "We will fit flow meters to both cleaning circuits of your dairy.",
        "Readings from each circuit are stored for two years.",
        "Most dairies lose water to cleaning cycles that run longer than they need.", "Water prices are rising across Europe.",
        "When a wash runs long, an alert reaches the shift lead within a minute.",
        "Our gateway sends the readings to a dashboard every minute.", "The price is EUR 18,400 for hardware and set-up."])
    alone = chances(offer)[4]  # "Water prices are rising across Europe.": the model alone is sure
    assert max(alone, key=alone.get) == "general" and alone["offer"] < role_model.cues()["overrule_below"]
    reading, told = read(DRAFTER, offer)
    assert told[4].role == "offer"


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
