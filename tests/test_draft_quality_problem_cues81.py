"""Repeating quality problems told by a defect in the singular of a compound, by bad product shipped, or by the German
word for a customer's complaint of a bad product (drafting.yaml problem.plant_problems quality_repeats, german.yaml
Reklamation; recall81)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> set[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return set(answer.choices) if answer else set()


def test_defective_product_shipped_after_sampled_defect_inspection_is_a_quality_problem():
    story = ("Until 2022 the Harlow bakery relied on a manual defect inspection of one tray in fifty, and too many "
             "defective buns were shipped to its retail customers. In 2023 a camera line was installed above the "
             "cooling conveyor. It now checks every bun for size, colour and cracks.")
    assert "quality_repeats" in problems(story)


def test_customer_complaints_told_in_german_are_a_quality_problem():
    story = ("Die Molkerei Berger verarbeitet jedes Jahr rund 40.000 Tonnen Früchte zu Joghurt und Quark. "
             "Vor dem Projekt gelangten immer wieder Folienreste in das Endprodukt und führten zu Reklamationen. "
             "Im Jahr 2023 wurde eine Kamera über dem Förderband installiert. "
             "Sie prüft jede Charge auf Fremdkörper und meldet jeden Fund an den Schichtleiter.")
    assert "quality_repeats" in problems(story)
