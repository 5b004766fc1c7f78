"""A digital twin or simulation model named as what the project builds ("building a full plant digital twin", "a
digital twin that replicates the process") is simulation, in a case study too: a model of the plant that is run is
as sure as its cue, unlike a technology label; a digital twin only listed among a vendor's words is none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Cooling at a cheese dairy: a case study

A cheese dairy in Bavaria paid more for cooling every year, and nobody knew which cold rooms used the most.

{built}

After the study the dairy moved two compressors and cut its cooling energy by 14%.
"""


def technologies(built: str) -> list[str]:
    answer = draft(STORY.format(built=built), BANK, proposal="twin").answer("workflow.technologies")
    return answer.choices if answer else []


def test_a_digital_twin_the_project_builds_is_simulation():
    assert "simulation" in technologies("Our engineers started by building a full plant digital twin of the "
                                        "refrigeration system from the compressor and room data.")


def test_a_digital_twin_that_replicates_the_process_is_simulation():
    assert "simulation" in technologies("The project delivered a digital twin that replicates the cooling process, "
                                        "so each change was tried in the model before the plant.")


def test_a_digital_twin_only_named_among_the_vendors_words_is_no_simulation():
    assert "simulation" not in technologies("Our platform is cloud ready, AI ready and digital twin ready.")
