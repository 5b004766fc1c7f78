"""A rule the plant must meet (a regulation, a regulator's standard, an audit's findings under one) is a trouble none
of the seven listed problems names: "other". Beside a listed problem the text also tells, only a finding against the
plant under that rule is; the rule alone is the setting the listed problem is told in. An offer that says it complies
with a rule tells what the product is, no trouble of the plant (drafting.yaml roles: regulated, regulated_found)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return answer.choices if answer else []


def test_a_regulation_told_of_the_plant_before_is_another_problem_beside_a_listed_one():
    text = ("Before the project, the cannery lost about 9 hours a week to unplanned stops on its two seamers. "
            "The plant also had to meet the new state food safety regulations for every can it shipped, "
            "and the regulator's inspector found gaps in its paper records. "
            "We installed a stop counter on each seamer and a dashboard in the shift office.")
    found = problems(text)
    assert "downtime_unclear" in found and "other" in found


def test_a_case_study_naming_the_rule_the_site_had_to_meet_drafts_another_problem():
    text = ("How a spice mill keeps its batch records\n"
            "In 2021 the Hartwell spice mill had to prepare for its first audit under a new rule. "
            "The FDA issued new record keeping requirements for every blended lot that year. "
            "Hartwell installed scales with barcode readers at each blender and a batch record server in the office. "
            "The mill passed its next inspection with no findings.")
    assert "other" in problems(text)


def test_a_rule_the_site_works_under_beside_a_listed_problem_is_its_setting_not_another_problem():
    text = ("How a spice mill keeps its batch records\n"
            "In 2021 the Hartwell spice mill faced stock counts that never matched the books. "
            "The FDA issued new record keeping requirements for every blended lot that year. "
            "Hartwell installed scales with barcode readers at each blender and a batch record server in the office. "
            "The mill passed its next inspection with no findings.")
    found = problems(text)
    assert "inventory_mismatch" in found and "other" not in found


def test_an_offer_that_says_it_complies_with_a_rule_states_no_problem_of_the_plant():
    text = ("Offer for your fill-finish suite. "
            "Your operators record the room temperatures on paper chart recorders today and lose about 3 hours a week on it. "
            "The system meets 21 CFR Part 11 and EU GMP Annex 11 with an audit trail that no user can edit. "
            "We fit 14 temperature and humidity sensors and show every room on a dashboard.")
    assert "other" not in problems(text)


def test_a_rule_the_sites_new_system_serves_is_no_problem_of_the_plant_one_it_had_to_keep_met_is():
    # "supports compliance reporting", "gewährleistet die GMP-Konformität", "garantit la conformité HACCP": what the
    # system does for the rule, told in one site's story, not a trouble the site had
    texts = [("How a bakery weighs its loaves\n"
              "In 2022 the Millbrook bakery installed checkweighers with a reporting server on its two bread lines. "
              "The server supports compliance reporting for every batch and keeps each weight for two years. "
              "Operators see the weights of the last hour on a screen at each line."),
             ("Wie eine Molkerei ihre Chargen dokumentiert\n"
              "Die Molkerei Haller installierte 2022 ein Chargensystem an ihren zwei Abfülllinien. "
              "Das System gewährleistet die GMP-Konformität jeder Charge und speichert jedes Protokoll zehn Jahre. "
              "Die Bediener sehen die Chargen der letzten Stunde an einem Bildschirm."),
             ("Comment une fromagerie documente ses lots\n"
              "En 2022, la fromagerie Morel a installé un système de lots sur ses deux lignes de conditionnement. "
              "Le système garantit la conformité HACCP de chaque lot et conserve chaque protocole dix ans. "
              "Les opérateurs voient les lots de la dernière heure sur un écran.")]
    for text in texts:
        assert "other" not in problems(text), text

    obliged = ("How a spice mill keeps its batch records\n"
               "In 2021 the Hartwell spice mill had to ensure compliance with new FDA record keeping rules for every "
               "blended lot. Hartwell installed scales with barcode readers at each blender and a batch record server "
               "in the office. The mill passed its next inspection with no findings.")
    assert "other" in problems(obliged)
