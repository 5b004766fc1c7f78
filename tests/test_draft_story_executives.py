"""In one site's story an executive is named as who decided, ordered or paid ("the CEO gave the IT staff seven
months"): no user of what the system gives. The same executive told using the output is one, and an offer that names
its reader's managing director keeps him (drafting.yaml users.story_titles)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()
STORY = ("Harlow Castings, a grey iron foundry in Ohio, struggled with unplanned stops on its two moulding lines. "
         "In 2022 Harlow installed vibration sensors on 18 motors and connected them to a cloud dashboard. "
         "The maintenance team received an alert whenever a bearing ran hot, and stops fell by a third. ")


def users(text: str) -> list[str]:
    answer = draft(text, BANK).answer("users.roles")
    return answer.choices if answer else []


def test_an_executive_who_set_a_deadline_in_a_story_is_no_user():
    text = STORY + "The CEO gave the engineering staff four months to finish the rollout."
    assert "owner" not in users(text)


def test_an_executive_named_as_the_speaker_in_a_story_is_no_user():
    text = STORY + "Mara Olsen is managing director of the firm that wired the gateways for Harlow."
    assert "owner" not in users(text)


def test_an_executive_told_reading_the_output_in_a_story_is_a_user():
    text = STORY + "Each Monday the CEO reviews the weekly stop report with the plant manager."
    assert "owner" in users(text)
