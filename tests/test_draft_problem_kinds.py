"""The plant's problem read from the kind of problem a sentence tells, not from a word it shares with one: an
inspection's false rejects, scrap bought as raw material, a machine's faulty part and a gas's ppm are no quality issue
that repeats; a company's several sites are no owner without a remote view; a general truth told among the
before-state is others' trouble; failures whose location nobody could find leave the downtime unclear."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def drafted(text: str) -> list[str]:
    answer = draft(text, BANK).answer("problem.plant_problems")
    return sorted(answer.choices) if answer else []


def test_an_inspections_false_rejects_are_no_repeated_quality_issue():
    text = ("Before the project, the old camera on line 2 threw out good cartons: its false rejects ran at 4 % of output "
            "last year. We fit a new camera with a trained model on line 2.")
    assert "quality_repeats" not in drafted(text)
    escaped = ("Before the project, the old camera on line 2 let bad cartons through: rejects at the customer ran at 4 % "
               "of output last year. We fit a new camera with a trained model on line 2.")
    assert drafted(escaped) == ["quality_repeats"]


def test_scrap_bought_as_raw_material_is_no_quality_issue():
    text = ("Before the project, the melt shop at Riga bought steel scrap from three dealers, and the scrap quality "
            "varied from heat to heat last year. We fit a spectrometer on the charging crane and read each heat's chemistry.")
    assert "quality_repeats" not in drafted(text)
    own = ("Before the project, the scrap rate on the Riga casting line was 6 % last year. We fit a spectrometer on the "
           "charging crane and read each heat's chemistry.")
    assert drafted(own) == ["quality_repeats"]


def test_a_machines_faulty_part_is_no_product_made_badly():
    text = ("Before the project, the shear at the Oslo works stopped twice last year until the faulty component, a gear "
            "ring, was replaced. We fit two accelerometers on the shear gearbox.")
    assert "quality_repeats" not in drafted(text)


def test_a_gas_level_in_ppm_is_no_defect_rate():
    text = ("Before the project, levels of 50 ppm of ammonia in the Leeds engine room set off the evacuation alarm twice "
            "last year. We fit four ammonia sensors in the engine room.")
    assert "quality_repeats" not in drafted(text)
    defects = ("Before the project, the Leeds line shipped 50 ppm of faulty connectors to its customer last year. We fit "
               "a camera at the end of the line.")
    assert drafted(defects) == ["quality_repeats"]


def test_a_companys_several_sites_are_no_owner_without_a_remote_view():
    text = ("Before the project, the Leeds company ran lean initiatives across multiple sites and kept spare parts in "
            "off-site warehouses. We fit a terminal at each press of the Leeds plant.")
    assert "no_remote_visibility" not in drafted(text)
    away = ("Before the project, the owner could not see from the office whether the presses at your second site were "
            "running. We fit a terminal at each press of the second site.")
    assert drafted(away) == ["no_remote_visibility"]


def test_a_general_truth_among_the_before_state_is_no_trouble_of_the_plant():
    text = ("Case study: slicer upkeep at a meat plant.\nThe challenge\nEquipment manufacturers could in theory see the "
            "early signs of a breakdown, but OEMs seldom follow machines once they leave their shops.\nThe solution\n"
            "The plant installed a maintenance system on its 50 slicers in 2021.")
    assert drafted(text) == []
    own = ("Case study: slicer upkeep at a meat plant.\nThe challenge\nThe plant struggled with breakdowns of its 50 "
           "slicers, which the fitters could not foresee.\nThe solution\nThe plant installed a maintenance system on its "
           "50 slicers in 2021.")
    assert drafted(own) == ["other"]


def test_downtime_whose_failure_location_nobody_found_stays_unclear():
    text = ("Before the project, unplanned downtime on the Atacama conveyors came from blown fuses, yet finding the "
            "failure location took four hours each time. We fit current sensors on each conveyor drive.")
    assert drafted(text) == ["downtime_unclear"]
