"""The plant's trouble no listed problem names drafts the problem's "other" (reading/draft_unlisted.py, drafting.yaml
roles unlisted_problem, troubles, pains, regulated); what only says a thing already meets a rule names no trouble."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def problems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return answer.choices if answer else []


CASE = ("Case study: how Kerrow Lamb tags every carcass\n\n"
        "In 2019 Kerrow Lamb opened a new boning room at its Otago plant for 4,000 lambs a day. "
        "{rule} "
        "Kerrow fitted RFID tags on every hook and scanning stations at grading and boning. "
        "In the first season the plant cut its yield reporting from two days to one hour, said plant manager Aroha Tane.")


def test_a_site_said_to_be_compliant_with_rules_states_no_problem():
    text = CASE.format(rule="It is compliant with New Zealand, EU and USDA hygiene requirements and with halal standards.")
    assert "other" not in problems(text)


def test_a_rule_the_site_had_to_meet_is_still_another_problem():
    text = CASE.format(rule="The plant had to meet new EU hygiene regulations for every carcass it exported.")
    assert "other" in problems(text)
