"""Where the data comes from: a plant system named as what the project puts in, a few words after a verb of building,
deploying, implementing, installing or choosing it ("implemented a Wonderware historian", "chose FactoryTalk
Metrics"), is the deliverable, no existing SCADA, MES or historian the system reads (drafting.yaml built_systems); one
the offer reads from stays an existing source, and instruments fitted stay new sensors. Kit called the old way the
project is measured against ("conventional machine vision") is no new sensor either (roles: old_ahead)."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def sources(text: str) -> list[str]:
    answer = draft(text, BANK).answer("data.sources")
    return answer.choices if answer else []


def test_a_historian_the_project_implemented_or_deployed_is_no_existing_source():
    assert "existing_systems" not in sources("The integrator implemented a Wonderware historian at the Leeds bottling plant last spring.")
    assert "existing_systems" not in sources("The integrator deployed a Wonderware historian at the Leeds bottling plant.")


def test_a_plant_system_the_site_chose_is_the_deliverable_not_a_source():
    assert "existing_systems" not in sources("The Tilburg plant chose FactoryTalk Metrics for its OEE reporting.")


def test_a_historian_or_scada_the_offer_reads_from_stays_an_existing_source():
    assert "existing_systems" in sources("Our gateway reads the batch temperatures from your PI historian every minute.")
    assert "existing_systems" in sources("We read the oven setpoints from the existing WinCC SCADA at line 3.")


def test_sensors_the_project_installs_stay_new_sensors():
    assert "new_sensors" in sources("We installed wireless vibration sensors on the six kiln fans at the Leeds plant.")


def test_kit_called_the_conventional_or_traditional_way_is_no_new_sensor():
    """What the project is measured against ("conventional machine vision") is the old way, no kit it fits
    (drafting.yaml roles: old_ahead)."""
    assert "new_sensors" not in sources("A scratch and a speck of dust look the same to conventional machine vision.")
    assert "new_sensors" not in sources("Our model tells apart defects that traditional vision systems confuse.")


def test_a_cue_of_the_old_way_names_only_the_kit_up_to_the_next_and():
    assert "new_sensors" in sources("The mill runs a conventional rack-based monitoring system, and we fitted wireless "
                                    "vibration sensors to its fans.")
