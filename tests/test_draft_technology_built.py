"""A technology a case study tells the project built, installed or deployed ("In March the project team installed
a gateway beside each press") is what this project put in: it is drafted from that one sentence, as sure as its
cue, where a technology only named of the product stays a label to check (drafting.yaml reliability, built_told).
Not where the sentence tells an aim or a possibility, a feature the product comes with, or names the technology far
from the verb, at the end of a long list of what something else shows."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Case study: Kessler Pressworks cuts bearing failures

Kessler Pressworks, a pressing plant in Bavaria, faced two press failures a year from worn bearings, and nobody \
saw them coming.

The maintenance manager wanted a warning weeks before a bearing gave out.

{told}

Within a year the plant replaced two bearings in time and lost no press to a bearing failure.

"We now plan bearing changes around our orders," said Anna Weber, maintenance manager at Kessler Pressworks.
"""


def technologies(told: str) -> tuple[list[str], list[str]]:
    answer = draft(STORY.format(told=told), BANK, proposal="presses").answer("workflow.technologies")
    return (answer.choices, answer.suggested) if answer else ([], [])


def test_a_gateway_the_project_installed_is_iiot_from_one_sentence():
    drafted, _ = technologies("In March the project team installed a gateway beside each press.")
    assert "iiot" in drafted


def test_the_same_gateway_only_named_is_a_label_to_check():
    drafted, suggested = technologies("The service relies on a gateway beside each press.")
    assert "iiot" not in drafted and "iiot" in suggested


def test_a_gateway_that_will_be_installed_is_an_aim_not_drafted():
    drafted, suggested = technologies("Next spring the project team will have installed a gateway beside each "
                                      "press.")
    assert "iiot" not in drafted and "iiot" in suggested


def test_a_link_to_the_cmms_designed_and_implemented_is_system_integration():
    drafted, _ = technologies("A custom interface to the CMMS was designed, tested and implemented by the project "
                              "team.")
    assert "system_integration" in drafted


def test_a_built_in_feature_of_the_product_is_no_deed():
    drafted, _ = technologies("The software's built-in analytics of the bearing data show each press.")
    assert "data_analytics" not in drafted


def test_a_technology_named_far_from_the_verb_is_not_what_was_built():
    drafted, suggested = technologies("The project team implemented a whiteboard at each press, which lists the "
                                      "counts, the stops, the scrap, the cleaning checklist and a pareto chart of the "
                                      "data.")
    assert "data_analytics" not in drafted and "data_analytics" in suggested


def test_an_ai_vision_system_the_project_deployed_is_data_analytics():
    # data analytics is implied by the detection the sentence tells; the detection is what was deployed
    drafted, _ = technologies("In May the project team deployed an AI vision system that detects cracks in every "
                              "bearing race.")
    assert "data_analytics" in drafted


def test_a_vision_system_only_named_is_analytics_to_check():
    # (with its label too, "The AI vision system detects cracks", it is shown: tests/test_draft_technology_shown.py)
    drafted, suggested = technologies("The vision system detects cracks in every bearing race.")
    assert "data_analytics" not in drafted and "data_analytics" in suggested


def test_a_model_that_plans_by_itself_built_is_no_data_analytics():
    drafted, suggested = technologies("The project team built a model to automatically generate production schedules "
                                      "for the presses.")
    assert "data_analytics" not in drafted and "data_analytics" in suggested


def test_a_predictive_model_the_project_applied_is_data_analytics():
    drafted, _ = technologies("The project team applied a model that predicts each bearing failure weeks ahead.")
    assert "data_analytics" in drafted


def test_presses_wired_to_a_gateway_are_iiot():
    drafted, _ = technologies("Each press was wired to a gateway beside it.")
    assert "iiot" in drafted


def test_a_gateway_the_plant_merely_has_stays_a_label_to_check():
    drafted, suggested = technologies("Each press has a gateway beside it.")
    assert "iiot" not in drafted and "iiot" in suggested


def test_a_gateway_run_as_what_a_plant_can_do_is_a_possibility_not_drafted():
    drafted, suggested = technologies("Running a gateway beside each press, a plant can see its stops.")
    assert "iiot" not in drafted and "iiot" in suggested


def test_an_ai_vision_system_deployed_is_data_analytics_where_analytics_is_also_named():
    # analytics named of the product in another sentence does not hide the detection the project deployed
    drafted, _ = technologies("The vendor's analytics platform keeps each press's bearing data. In May the project "
                              "team deployed an AI vision system that detects cracks in every bearing race.")
    assert "data_analytics" in drafted


def test_a_detection_model_trained_on_the_plants_images_is_data_analytics():
    drafted, _ = technologies("A deep learning model trained on 40,000 of the plant's own race images detects "
                              "cracks in every bearing race.")
    assert "data_analytics" in drafted


def test_a_detection_model_that_will_be_trained_is_an_aim_not_drafted():
    drafted, _ = technologies("Next year a deep learning crack detector will be trained on the plant's own race "
                              "images.")
    assert "data_analytics" not in drafted
