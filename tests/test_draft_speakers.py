"""Who a story names as its source is no user of the system (issue 14): a title set beside a person's name."""
from questions import load_bank
from reading.draft import draft
from reading.draft_rules import rules_for
from reading.phrases import normalise, tokens

BANK = load_bank()
RULES = rules_for(BANK)


def named(sentence: str) -> list[str]:
    """The words of the sentence that name a title beside a person's name."""
    words = tokens(normalise(sentence))
    return [words[i] for i in sorted(RULES.users.named(sentence, words))]


def roles(text: str) -> list[str]:
    answer = draft(text, BANK).answer("users.roles")
    return answer.choices if answer else []


def test_a_capitalised_title_before_a_persons_name_is_who_is_named():
    assert named("Early on, the firm's Quality Manager, Ruth Okafor chose to try the vision system.") == ["quality", "manager"]


def test_a_title_after_a_persons_name_up_to_where_the_apposition_closes_is_who_is_named():
    assert named("Ruth Okafor, quality manager at Pell Ceramics, chose the vision system.") == ["quality", "manager"]


def test_a_person_named_with_a_title_who_then_uses_the_output_keeps_the_title():
    assert named("Ruth Okafor, the plant's quality manager, reviews the reject charts every morning.") == []
    assert named("The firm's Quality Manager, Ruth Okafor checks the reject board each shift.") == []


def test_a_role_beside_a_company_name_is_no_persons_title():
    assert named("At Pell Ceramics, operators see each reject on the line screen.") == []
    assert named("For the operators, Pell Ceramics fitted a screen at every kiln.") == []
    assert named("With Pell Ceramics, operators at the kilns see each reject.") == []
    assert "operators" not in named("The line runs on Pell MES, operators at each kiln see its rejects.")


def test_a_list_of_capitalised_modules_names_no_person():
    assert named("It links the other modules (Energy, Plant Manager View, Predictive Maintenance, Scheduling).") == []


def test_a_story_naming_its_plant_manager_as_who_chose_the_audit_drafts_no_plant_manager_user():
    story = ("Case study: Pell Ceramics, Stoke. In 2021 the tile works paid too much for gas on its two kilns. "
             "From the start, the company's Plant Manager, Ruth Okafor saw the value of an energy audit. "
             "The auditors fitted 12 gas meters and logged the kilns' gas use every 15 minutes for six weeks.")
    assert "plant_manager" not in roles(story)


def test_a_plant_manager_who_reads_the_energy_report_is_still_a_user():
    story = ("Case study: Pell Ceramics, Stoke. In 2021 the tile works paid too much for gas on its two kilns. "
             "The auditors fitted 12 gas meters and logged the kilns' gas use every 15 minutes for six weeks. "
             "Each Monday the plant manager reads the energy report on the gas used per tonne.")
    assert "plant_manager" in roles(story)


def test_a_role_acronym_inside_a_products_name_names_no_people():
    assert named("The plant charts its bottle weights in Brix QA, which flags every drifting mould.") == ["qa"]


def test_a_role_acronym_before_a_word_for_people_or_after_a_determiner_still_names_people():
    assert named("Every morning the Pell QA team reviews the weight charts.") == []
    assert named("The QA lead reviews the weight charts every morning.") == []


def test_a_line_written_all_in_capitals_names_no_product_by_its_acronym():
    assert named("WEIGHT CONTROL FOR THE QA TEAM AT PELL") == []
