"""A plant system named as what the new software integrates with ("integrates with your existing ERP system") is a
link, not where the data comes from; one the data is read from is the existing source."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def sources(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.sources")
    return answer.choices if answer else []


def test_a_system_the_software_integrates_with_is_no_source():
    text = ("For your foundry we deliver a scheduling software that integrates with your existing ERP system. "
            "We fit wireless counters on the four moulding lines and show the output on a dashboard.")
    assert "existing_systems" not in sources(text)


def test_a_system_the_data_is_read_from_is_the_existing_source():
    text = ("For your foundry we read the furnace temperatures from your existing SCADA system every minute and "
            "show them on a dashboard in the melt shop.")
    assert "existing_systems" in sources(text)
