"""A page that sells must not read as specific, and a case study must not read as a vendor's claim:
what tells them apart is whose story the text tells, not how much it sells in passing."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def specific(text: str) -> list[str]:
    return [a.question for a in draft(text, BANK).answers if a.evidence == "specific"]


def test_a_page_citing_an_analysts_study_is_a_product_page_however_concrete():
    page = ("Motor health monitoring for rolling mills\n"
            "Wireless sensors read the vibration, temperature and current of each motor on mill 3 every second. "
            "Each anomaly becomes a work order in the maintenance system. "
            "Studies show that 83% of motor failures give a vibration signature weeks before they stop a line. "
            "Vibration trends are shown on a dashboard for the reliability engineer. "
            "Your planners see every alarm ranked by risk.")
    assert draft(page, BANK).answers and specific(page) == []


def test_the_same_page_without_the_study_still_drafts_specific_answers():
    # the control: the study alone made the page above a product page (both name the site's own mill 3: a short
    # description naming no site's unit is a product's, study or none: test_draft_pages.py)
    text = ("Motor health monitoring for rolling mills\n"
            "Wireless sensors read the vibration, temperature and current of each motor on mill 3 every second. "
            "Each anomaly becomes a work order in the maintenance system. "
            "Vibration trends are shown on a dashboard for the reliability engineer. "
            "Your planners see every alarm ranked by risk.")
    assert specific(text) != []


def test_a_case_study_that_sells_in_passing_keeps_its_specific_answers():
    # tied to one plant and one project, so the selling sentences draft nothing themselves but do not
    # make the whole text a brochure whose every answer is only a claim
    case = ("Cement maker cuts unplanned downtime on its tube mills\n"
            "Back in 2019, the company faced three weeks of downtime after a gearbox failed on a tube mill. "
            "The plant then installed four vibration sensors on each gearbox, read every 10 seconds over Modbus TCP. "
            "Our award-winning, AI-powered platform delivers seamless, actionable insights. "
            "Industry-leading analytics empower every team with real-time visibility. "
            "Best-in-class, future-proof and scalable, it transforms maintenance. "
            "Unlock smarter decisions with our intelligent, cloud-native solution.")
    assert specific(case) != []


def test_a_range_of_weeks_to_go_live_sells_like_a_range_of_percent():
    for claim in ("OEE analytics platform, live in 6 to 12 weeks, reads the line speed from every filler over OPC UA.",
                  "6-12 wks to go live: the platform reads the line speed from every filler over OPC UA."):
        assert specific(claim) == []


def test_a_dated_go_live_in_a_plan_still_makes_the_answer_specific():
    assert specific("The gateway reads the line speed from every filler over OPC UA every second "
                    "and goes live in week 12.") != []


SURVEY = "According to a survey, unplanned downtime costs food plants 800 hours a year, logged on paper by operators."


def test_a_survey_of_plants_in_general_states_the_problem_only_as_a_claim():
    evaluation = draft(SURVEY, BANK)
    assert evaluation.answer("problem.plant_problems") is not None
    assert specific(SURVEY) == []
    # nor does it tell how this plant's people work with the system
    assert {a.question for a in evaluation.answers} <= {"problem.plant_problems", "problem.statement"}


def test_the_plants_own_problem_in_the_same_words_stays_specific():
    own = "Unplanned downtime costs the bakery 800 hours a year, logged on paper by operators."
    assert "problem.plant_problems" in specific(own)


PAGE = ("Downtime tracking for machine shops\n"
        "The app reads the spindle state of each CNC over MTConnect. "
        "The planner sees every stop on the daily schedule board. "
        "Learn more about the tablet app.")


def test_a_product_page_naming_a_daily_routine_once_drafts_no_text_answer_for_it():
    # said once in passing, as an option said once is only a suggestion
    assert draft(PAGE, BANK).answer("users.daily_use") is None


def test_a_daily_routine_the_page_says_twice_is_its_claim():
    twice = PAGE.replace("Learn more", "Every shift the supervisor reviews the stop reasons with the operators on "
                                       "the board. Learn more")
    answer = draft(twice, BANK).answer("users.daily_use")
    assert answer is not None and answer.evidence == "vendor_claim"


def test_an_offer_that_sells_in_the_present_stays_a_brochure_though_it_names_the_project():
    # tied to this project, but telling nothing that happened: the selling is all there is
    offer = ("Our offer for the plant\n"
             "We will deliver our award-winning, AI-powered platform to the plant within this project. "
             "The learning models read your machine data over OPC UA and need only a reasonable amount of it. "
             "Our data scientists take care of the rest, seamlessly and at scale. "
             "Industry-leading analytics empower every team with real-time visibility. "
             "Best-in-class, future-proof and scalable, it transforms maintenance. "
             "Unlock smarter decisions with our intelligent, cloud-native solution.")
    assert draft(offer, BANK).answers and specific(offer) == []
