"""A case study's before and after is the plant's measurement only where it is told of the plant, not credited
to the product (issue 14): "the control system lowered ..." is the result the story credits to what was sold."""
from questions import load_bank
from reading.draft import draft
from reading.measured import told_of_plant

BANK = load_bank()
CREDITED = (frozenset({"system", "approach", "software"}), frozenset({"lowered", "cut", "reduced"}))
OPENING = ("Pell Plastics is a custom injection molder in Derby, and much of its work is for the car industry. "
           "In 2021 the company scrapped too many lids on its eight presses, and its engineers could not tell why. "
           "Pell Plastics chose to fit cavity pressure sensors to every press, and a gateway sent their readings to a server. "
           "The engineers reviewed the pressure curves each morning and adjusted the hold times. "
           "The project took three months and was finished in March 2022. ")


def measured(text: str) -> list[str]:
    answer = draft(text, BANK).answer("return.measurement")
    return answer.choices if answer else []


def test_a_measure_told_as_the_plants_own_figure_is_its_own():
    assert told_of_plant(["In the first two months our scrap rate fell from 4% to 2%."], "scrap rate", *CREDITED)


def test_a_measure_the_product_leads_is_credited_to_it():
    assert not told_of_plant(["The new monitoring system lowered the scrap rate from 4% to 2%."], "scrap rate", *CREDITED)


def test_an_opening_phrase_that_names_the_product_leaves_the_plants_figure_its_own():
    assert told_of_plant(["Within a year of running the new software, the scrap rate fell from 4% to 2%."],
                         "scrap rate", *CREDITED)


def test_a_figure_read_from_the_system_or_changed_with_it_is_still_the_plants():
    assert told_of_plant(["Data from the new monitoring system showed the scrap rate falling from 4% to 2%."],
                         "scrap rate", *CREDITED)
    assert told_of_plant(["With the new system the scrap rate fell from 4% to 2%."], "scrap rate", *CREDITED)


def test_a_case_study_telling_its_scrap_rate_before_and_after_was_measured_before_and_after():
    assert "before_after" in measured(OPENING + "Within a year the scrap rate fell from 4% to 2%.")


def test_a_case_study_crediting_its_system_with_the_drop_tells_no_measurement():
    assert "before_after" not in measured(OPENING + "Within a year the new monitoring system cut the scrap rate from 4% to 2%.")
