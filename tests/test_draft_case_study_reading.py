"""What real case studies say that drafting misread (issue 14, real_tuning16): a text that names itself a case study is
no product page, a system built by the project is no link, and cue families in real texts' words (quality issues, a
legacy ERP system, planning from what people know, plans made automatically)."""
from questions import load_bank
from reading.draft import drafter_for
from reading.documents import pasted

BANK = load_bank()
DRAFTER = drafter_for(BANK)


def offered(text: str, qid: str) -> list[str]:
    answer = DRAFTER.draft(text).answer(qid)
    return answer.choices + answer.suggested if answer else []


def areas(text: str) -> set[str]:
    answer = DRAFTER.draft(text).answer("connect.integrations")
    return {row.system for row in answer.integrations} if answer else set()


def is_page(text: str) -> bool:
    _ev, seen = DRAFTER.drafted_pass([pasted(text)])
    brochure = seen.brochure(DRAFTER.rules.marketing_document_below, DRAFTER.story.least) and not seen.story
    return DRAFTER.product_page(seen, brochure)


def extrusion_text(middle: str) -> str:
    """An explainer of a twin on an extrusion line, told mostly in the general present and the passive past."""
    return ("Extrusion is the backbone of pipe and profile manufacturing, used across the building and packaging industries.\n"
            "Manufacturers need precision in melt temperature, pressure and line speed for consistent quality.\n"
            "Digital twins enable manufacturers to simulate, monitor and control extrusion in real time.\n"
            + middle +
            "Challenges in Extrusion\n"
            "- Frequent quality issues such as die lines and wall thickness drift.\n"
            "- Difficulty in monitoring melt pressure and screw speed.\n"
            "- High downtime due to unscheduled maintenance.\n"
            "Process of IoT in Extrusion\n"
            "- Sensing\n"
            "Sensors on the dies, heaters and pullers monitor temperature, pressure and speed.\n"
            "This data continuously updates the digital twin for real-time feedback.\n"
            "- Transmission\n"
            "Data from the sensors was transmitted through MQTT to local edge servers and cloud platforms.\n"
            "This ensured low-latency decisions and storage for analysis.\n"
            "- Processing\n"
            "Edge computing managed immediate responses like die overheating.\n"
            "Cloud-based systems processed long-term patterns in melt flow.\n")


def test_a_text_that_names_itself_a_case_study_is_no_product_page():
    text = extrusion_text("This case study explores how a mid-size plant enhanced its pipe extrusion line using a twin.\n")
    assert not is_page(text)


def test_the_same_text_without_naming_itself_so_is_read_as_a_page():
    assert is_page(extrusion_text("Such a twin can help a mid-size plant enhance its pipe extrusion line.\n"))


def test_planning_that_relied_on_what_people_know_is_planning_on_assumptions():
    text = ("Before the project, the client's production planning relied heavily on manual processes and institutional "
            "knowledge, and orders were scheduled reactively.")
    assert "planning_assumptions" in offered(text, "problem.plant_problems")


def test_frequent_quality_issues_are_quality_issues_that_repeat():
    text = "The line had frequent quality issues such as warping, sink marks and short shots."
    assert "quality_repeats" in offered(text, "problem.plant_problems")


def test_a_legacy_erp_named_with_words_between_is_an_existing_system():
    text = "The scheduler reads the open orders from their legacy COBOL-based ERP system every night."
    assert "existing_systems" in offered(text, "data.sources")


def test_plans_generated_automatically_are_a_closed_loop():
    text = "We built a constraint programming model to automatically generate efficient production plans."
    assert "closed_loop" in offered(text, "workflow.analytics")


def test_a_system_the_project_built_is_no_link_but_the_system_it_connects_to_is():
    text = ("We helped a paper manufacturer by building a constraint-based scheduling tool that connects directly with "
            "their legacy ERP system.")
    assert areas(text) == {"inventory"}
