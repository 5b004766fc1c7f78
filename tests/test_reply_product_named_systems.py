"""The plant's own software named only by its product name ("FishTalk gets feed per pen per day as a nightly CSV
file") is a plant system where it receives or sends the plant's data in a sentence on links; its area is what moves
(feed, stock, orders, maintenance jobs, quality results), never its name (replywalk6, questions/rounds.yaml links
`movers`/`moves`). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PENS = ("PenWise brings Industry 4.0 to salmon farms.\n"
        "Underwater cameras and machine learning detect appetite and adjust the feed rate automatically.\n"
        "Integrates with your farm systems.\n")


@pytest.fixture(scope="module")
def pens():
    return sent_out(PENS, "PenWise", "I. Berg")


MAIL = Mail("Hi Ingrid,", "Best,\nTone Lie")


def rows(pens, text: str) -> dict[str, object]:
    answer = MAIL.read(pens, text).evaluation.answer("connect.integrations")
    return {row.system: row for row in (answer.integrations if answer else [])}


@pytest.mark.parametrize("sentence, area", [
    ("Systems: FishTalk gets feed per pen per day as a nightly CSV file, one way; owner is your controller Marit.",
     "inventory"),
    ("The Hatchery Manager receives the weekly production plan as an XML file, one way; owner is your planner Eva.",
     "planning"),
    ("SeaTrack Pro gets the maintenance jobs for the cameras over its REST API, one way; owner is your site manager Kjetil.",
     "maintenance"),
    ("Systems: FarmLab sends the lab results per pen to PenWise as a CSV file every morning; owner is your fish-health "
     "vet Nora.",
     "quality"),
])
def test_a_plant_system_named_by_its_product_name_takes_its_area_from_what_moves(pens, sentence, area):
    row = rows(pens, sentence)[area]
    assert row.method and row.owner


def test_two_product_named_systems_fill_two_areas_and_close_the_links_question(pens):
    text = ("Systems: FishTalk gets feed per pen per day as a nightly CSV file, one way; owner is your controller Marit. "
            "The Hatchery Manager receives the weekly production plan as an XML file, one way; owner is your planner Eva.")
    assert {"inventory", "planning"} <= set(rows(pens, text))
    assert MAIL.asked(pens, text)["integrations"].closed


@pytest.mark.parametrize("sentence", [
    # a person or a site by a plain name, the product sold, data that names no area, a device's model
    "Systems: Marit gets feed per pen per day as a nightly CSV file, one way.",
    "Systems: PenWise gets the lab results per pen from the barge PC as a CSV file, one way; owner is your vet Nora.",
    "Systems: FishTalk gets the camera pictures as a nightly CSV file, one way; owner is your controller Marit.",
    # a device's model is a machine's controller, no plant software ("the S7-1500 gets the set-points")
    "Systems: the S7-1500 gets the feed rate set-points per pen over OPC UA, one way; owner is your technician Ola.",
])
def test_a_name_that_is_no_plant_system_or_moves_nothing_of_an_area_adds_no_link(pens, sentence):
    assert not {"inventory", "planning", "maintenance", "quality", "finance", "production"} & set(rows(pens, sentence))
