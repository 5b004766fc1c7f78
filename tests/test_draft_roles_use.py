"""A careful buyer ticks a role as a user only where the text has that role use what the vendor delivers: its alerts,
its screens, the data entered into it, what it proposes. A case study or a product page also names the plant's hands
for the work they do or did before the project ("operators changed the dies by feel"), and names people by the job
they hold ("line supervisor Martin Kelly outlined the benefits"): neither is a user (drafting.yaml users_tied,
reading/draft_users_tied.py; users.apposition, reading/speakers.py)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

STORY = """Cold heading at Harlow Fasteners

Harlow Fasteners runs twelve cold headers in two shifts at its plant in Leeds.
Before the project, {before}
{stores}
In 2024 the plant fitted an acoustic sensor to each header and connected them to a small edge server.
{after}
Tool breakages fell by 40% in the first year, and unplanned stops fell from 31 to 12 hours a month.
"""


def roles(before: str = "the dies were changed when a crack was found.", after: str = "",
          stores: str = "") -> list[str]:
    text = STORY.format(before=before, after=after, stores=stores)
    answer = draft(text, BANK).answer("users.roles")
    return sorted(answer.choices) if answer else []


def test_operators_doing_the_plants_work_before_the_project_are_no_users():
    assert "operators" not in roles(before="operators changed the dies by feel and blamed the wire for every crack. "
                                    "Operators unload each batch into crates and carry them to the washer.")


def test_an_operator_the_system_warns_is_a_user():
    assert "operators" in roles(after="Since then the panel at each header warns the operator two strokes before a "
                                      "die cracks.")


def test_an_operator_who_enters_data_into_the_system_is_a_user():
    assert "operators" in roles(after="At each stop the operator picks the reason on the touchscreen by the header.")


def test_a_storeman_counting_by_hand_is_no_user_of_the_sensors():
    assert "stores" not in roles(stores="The storeman counted the wire coils by hand every Friday afternoon.")


def test_a_storeman_who_gets_the_systems_list_is_a_user():
    assert "stores" in roles(stores="Each morning the storeman receives a list of the dies worn past their limit.")


def test_the_crew_under_a_short_label_of_training_is_trained_on_the_system():
    assert "operators" in roles(after="Training: two hours for every crew at the header.")


def test_a_title_written_right_before_a_name_names_who_speaks_not_a_user():
    assert "shift_leads" not in roles(after="Line supervisor Martin Kelly outlined what the sensors changed for "
                                            "the plant.")


def test_a_title_the_sentence_says_a_person_held_names_no_user():
    assert "quality" not in roles(after="The quality manager in charge of the project is Dana Whitfield.")


def test_a_titled_person_who_uses_the_output_stays_a_user():
    assert "shift_leads" in roles(after="Line supervisor Martin Kelly checks the header board every morning.")


LETTER = """Offer: acoustic die monitoring for your cold headers

Dear Mr. Brandt,
thank you for your visit last week. We will fit an acoustic sensor to each of your twelve cold headers and connect them to one edge server in your plant.
The server warns at the header two strokes before a die cracks, and we will keep the system running for you.
We will spend one day on site with your press crews.
The price for the twelve headers is EUR 48,000; we can start in March.
Kind regards, Anna Roth
"""


def test_an_offer_to_one_buyer_names_the_buyers_crews_for_what_they_get():
    answer = draft(LETTER, BANK).answer("users.roles")
    assert answer and "operators" in answer.choices


PAGE = """PressLine Guide: automating a bakery line

{line}
PressLine reads the oven temperatures and the proofer humidity every ten seconds and shows them on one screen.
It sends an alert to the line tablet when a zone drifts outside its band.
The guide explains the PLC, HMI and MES layers and the standards that bind them.
"""


def page_roles(line: str) -> list[str]:
    answer = draft(PAGE.format(line=line), BANK).answer("users.roles")
    return sorted(answer.choices) if answer else []


def test_a_manager_a_page_speaks_as_uses_nothing():
    assert "plant_manager" not in page_roles("As a plant manager, I want to ramp up production and keep energy costs "
                                             "down.")


def test_a_quality_manager_whose_words_a_page_quotes_uses_nothing():
    assert "quality" not in page_roles("In the words of one quality manager, it just has to make sense.")


def test_a_manager_a_page_tells_reading_its_report_is_a_user():
    assert "plant_manager" in page_roles("The plant manager sees energy per tonne on the weekly report.")
    assert "quality" in page_roles("The quality manager reviews every drifted batch on the screen before release.")


def test_a_title_before_a_name_set_off_by_commas_names_who_speaks():
    from reading.draft_rules import rules_for
    from reading.phrases import normalise, tokens
    sentence = "The quality manager of Harlow, Dana Whitfield, chose the sensors after a trial."
    words = tokens(normalise(sentence))
    named = [words[i] for i in sorted(rules_for(BANK).users.named(sentence, words))]
    assert "quality" in named and "manager" in named


def test_a_role_labelling_the_line_is_tied_by_what_the_label_heads():
    assert "plant_manager" in page_roles("Plant manager: a weekly look at the energy report and the alarms.")
    assert "operators" in page_roles("Operators: a tablet at every oven.")
