"""A technology a case study tells the project put in by its bare name (drafting.yaml built_told `done`,
reading/draft_shown.py): "the bakery has leveraged IoT", "the plant manager decided to deploy machine learning" is what
this project did, drafted though "IoT" or "machine learning" is no cue of its own; the same name told as advice, a
possibility or the plant's own past stays undrafted."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Case study: Hallberg Bakery stops burning its rye

Hallberg Bakery, a family bakery in Uppsala, threw away two batches of rye bread a week because one of its three \
tunnel ovens ran hot on the night shift, and nobody noticed before the loaves came out black.

The owner wanted to know about a hot oven while the batch could still be saved.

{told}

Within six months the bakery threw away one batch a month.

"Our night baker now turns an oven down before the crust burns," said Lena Hallberg, owner of Hallberg Bakery.
"""


def technologies(told: str) -> list[str]:
    answer = draft(STORY.format(told=told), BANK, proposal="rye").answer("workflow.technologies")
    return answer.choices if answer else []


def test_a_bakery_that_has_leveraged_iot_uses_the_industrial_internet_of_things():
    told = "Hallberg Bakery has leveraged IoT so that the night baker sees each oven's heat on a tablet."
    assert "iiot" in technologies(told)


def test_a_decision_taken_to_deploy_machine_learning_is_data_analytics():
    told = "The owner decided to deploy machine learning on two years of oven records to foresee when a tunnel overheats."
    assert "data_analytics" in technologies(told)


def test_implementing_iot_given_as_advice_is_no_technology_the_bakery_has():
    told = "A careful approach to implementing IoT elements is critical for every bakery of this size."
    assert "iiot" not in technologies(told)


def test_iot_that_could_be_implemented_is_only_a_possibility():
    told = "IoT could be implemented on the three ovens to see their heat from the office."
    assert "iiot" not in technologies(told)


def test_iot_the_bakery_had_installed_years_before_is_its_own_past():
    told = "Years ago the bakery had installed IoT on its proofers, and nobody looked at it since."
    assert "iiot" not in technologies(told)
