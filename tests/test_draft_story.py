"""A case study tells the story of one site (its people or plant acting in the past); a product
page speaks in the general present. The story ties a text to a project, and a trouble told as what
happened to the site is a problem stated surely enough to draft."""
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.phrases import normalise, tokens

BANK = load_bank()
STORY = drafter_for(BANK).story


def tells(sentence: str) -> bool:
    return STORY.tells(tokens(normalise(sentence)))


def test_a_site_acting_in_the_past_tells_a_story():
    assert tells("Plant B faced repeated gearbox failures on its kiln drives.")
    assert tells("In 2022 the customer chose a wireless vibration system for its pumps.")
    assert tells("They installed forty sensors on the cooling towers in three weeks.")


def test_the_general_present_and_a_machine_in_the_past_tell_no_story():
    assert not tells("The system correlates reader events with routing steps and operator badges.")
    assert not tells("Availability is the share of planned time the press was actually running.")
    assert not tells("The plant, after a long winter, stopped.")  # "stopped" tells what the plant did, not a listed past
    assert not tells("The plant, in 2021, chose a new supplier.")  # the subject is cut off by the clause


CASE_STUDY = (
    "Condition monitoring at a pulp mill\n"
    "The mill runs four debarking drums around the clock. "
    "In 2023 the mill faced three drum bearing failures, each one stopping the wood yard for a day. "
    "The maintenance team wanted a warning days before a bearing failed. "
    "They installed wireless vibration sensors on every drum bearing during a planned shutdown. "
    "The sensors send vibration and temperature every ten minutes to a gateway in the yard office. "
    "Maintenance technicians get an alert on their phones when a trend rises. "
    "The mill engineers used the trends to plan bearing changes into shutdowns. "
    "Learn more about our sensors."
)


def test_a_case_study_that_tells_its_story_is_no_product_page_despite_a_call_to_act():
    drafted = draft(CASE_STUDY, BANK)
    sources = drafted.answer("data.sources")
    # the gateway is named once: on a product page it would only be a suggestion to check
    assert sources and "gateways" in sources.choices


def test_the_same_sentences_in_the_general_present_are_a_product_page():
    page = ("Condition monitoring for debarking drums\n"
            "Drum bearings fail without warning and stop the wood yard. "
            "Wireless vibration sensors fit on every drum bearing during a planned shutdown. "
            "The sensors send vibration and temperature every ten minutes to a gateway in the yard office. "
            "Maintenance technicians get an alert on their phones when a trend rises. "
            "Learn more about our sensors.")
    drafted = draft(page, BANK)
    sources = drafted.answer("data.sources")
    assert not sources or "gateways" not in sources.choices
    assert all(a.evidence != "specific" for a in drafted.answers)


def test_a_trouble_told_as_what_happened_to_the_site_drafts_another_problem():
    told = ("Before the project, the company had no way to see which tools were worn until a batch of housings went out of tolerance. "
            "We fit a laser gauge after each lathe and read the diameters into a dashboard every minute.")
    problems = draft(told, BANK).answer("problem.plant_problems")
    assert problems and "other" in problems.choices


def test_the_same_trouble_told_without_a_story_is_only_offered_to_check():
    told = ("Before the project, nobody could see which tools were worn until a batch of housings went out of tolerance. "
            "We fit a laser gauge after each lathe and read the diameters into a dashboard every minute.")
    problems = draft(told, BANK).answer("problem.plant_problems")
    assert not problems or "other" not in problems.choices


# A product's own documentation: concrete, but it names no offer, no customer and no project,
# never speaks to its reader and tells nothing in the past.
GATEWAY_DOCS = (
    "Edge Gateway 4\n"
    "The Edge Gateway 4 is a fanless box that collects data from machine controllers on the shop floor. "
    "It reads PLC tags over OPC UA, Modbus TCP and S7 from up to 64 devices at once. "
    "Each tag is sampled at a configurable rate between 100 milliseconds and one hour. "
    "Values are published to an MQTT broker as JSON with name, value, quality and timestamp. "
    "When the uplink is lost, the gateway buffers up to one million values on its local disk. "
    "Buffered values are sent in order once the connection returns. "
    "The web console shows the state of every connection and the last value of each tag. "
    "User accounts are kept in the console with read and write roles. "
    "All traffic to the broker is encrypted with TLS 1.3 and client certificates. "
    "Firmware updates are signed and installed from the console. "
    "The box mounts on a DIN rail and runs from 24 V DC."
)


def test_a_products_own_documentation_is_a_product_page_however_concrete():
    drafted = draft(GATEWAY_DOCS, BANK)
    assert all(a.evidence != "specific" for a in drafted.answers)
    # the console's roles are said once: a suggestion to check, not the page's claim
    controls = drafted.answer("security.controls")
    assert not controls or "roles" not in controls.choices


def test_the_same_box_offered_to_one_plant_is_described_specifically():
    offer = GATEWAY_DOCS.replace("The Edge Gateway 4 is a fanless box that collects",
                                 "For your press shop we will fit one Edge Gateway 4, a fanless box that collects")
    offer = offer.replace("The web console shows", "Your maintenance team sees in the web console")
    assert any(a.evidence == "specific" for a in draft(offer, BANK).answers)


def test_a_quotation_in_the_third_person_is_no_product_page():
    quotation = GATEWAY_DOCS.replace("Edge Gateway 4\n", "Quotation 2291 - Edge Gateway 4 for press line 2\n")
    assert any(a.evidence == "specific" for a in draft(quotation, BANK).answers)


def test_a_product_page_naming_the_plant_in_passing_is_still_a_product_page():
    # "the plant" names no one the page was written for: one such line ties it to no project
    passing = GATEWAY_DOCS.replace("from machine controllers on the shop floor",
                                   "from machine controllers wherever they sit in the plant")
    drafted = draft(passing, BANK)
    assert drafted.answers and all(a.evidence != "specific" for a in drafted.answers)


def test_an_offers_own_term_in_one_line_still_ties_the_page_to_a_project():
    offer = GATEWAY_DOCS.replace("runs from 24 V DC.", "runs from 24 V DC; the price includes two days on site.")
    assert any(a.evidence == "specific" for a in draft(offer, BANK).answers)


def test_a_short_note_is_too_short_to_judge_as_a_product_page():
    note = "The gateway reads PLC tags over OPC UA and publishes them to an MQTT broker every second."
    assert any(a.evidence == "specific" for a in draft(note, BANK).answers)


def test_a_story_told_of_an_award_winning_customer_still_ties_the_text_to_that_site():
    # "award winning" makes the story sentence sell; who faced what is the story all the same
    case = ("Jacket inspection at a cable maker\n"
            "An award-winning cable maker faced a rising number of complaints about jacket defects. "
            "A line camera films the cable jacket at the exit of the extruder. "
            "The camera image is compared with the last good metre of the same cable. "
            "A defect longer than two millimetres raises an alarm on the line panel. "
            "Every defect is stored with its position on the drum and the batch number. "
            "A gateway in the control cabinet sends the defect list to the quality database. "
            "The quality engineer reviews the defects of each drum before release. "
            "Learn more about the camera.")
    sources = draft(case, BANK).answer("data.sources")
    assert sources and "gateways" in sources.choices
