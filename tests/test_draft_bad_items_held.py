"""What an inspection does with a bad item is a quality hold: the defective, damaged or failed item named and moved off
the good flow ("the defective pills are sorted out before they are packaged", "cartons with crushed corners are
air-jetted into a separate bin"), or a lot told quarantined. Not a bad item only named, nor a reject made in the
before-state alone."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Crisp packets: a seal check at a snack plant

A snack plant in Leicester packs 180 bags a minute on line 4. Leaking seals reached two supermarkets last year.

{told}

Since March no leaking bag has reached a customer, said the plant's quality manager.
"""


def outputs(told: str) -> list[str]:
    answer = draft(STORY.format(told=told), BANK, proposal="snacks").answer("workflow.outputs")
    return answer.choices if answer else []


def test_defective_bags_sorted_out_by_the_new_check_are_a_quality_hold():
    assert "quality_holds" in outputs("The project team installed a camera over the sealer; the defective bags are "
                                      "sorted out before they are boxed.")


def test_bags_with_crushed_seals_air_jetted_into_a_bin_are_a_quality_hold():
    assert "quality_holds" in outputs("The new vision check looks at every seal, and bags with open or crushed seals "
                                      "are air-jetted into a separate locked bin.")


def test_a_pallet_told_quarantined_is_a_quality_hold():
    assert "quality_holds" in outputs("When the camera found a run of open seals, the pallet was quarantined.")


def test_defective_bags_only_counted_are_no_hold():
    assert "quality_holds" not in outputs("The project team installed a camera over the sealer that counts the "
                                          "defective bags per hour.")
