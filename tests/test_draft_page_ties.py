"""What ties a text to one plant and project, and what drafts nothing: a job's name ("the plant manager")
is no plant, a participle after the present ("they are installed") tells no story, and what "instead of"
sets aside is the old way (issue 14: product pages read as offers drafted "described specifically")."""
from questions import load_bank
from reading.draft import draft, drafter_for

BANK = load_bank()

# A product description in the present that names who is alerted by their jobs' names only.
ALERT_PAGE = """Shift Alert Hub

Shift Alert Hub sends machine stops, quality holds and maintenance warnings to phones on the shop floor.
Each alert names the machine, the stop reason and the time the stop began.
Alerts go out by SMS and e-mail within ninety seconds of the event.
The hub reads stop signals from the line PLCs over OPC UA every second.
A stop longer than ten minutes is escalated from the shift supervisor to the plant manager.
An unacknowledged quality hold is escalated to the site lead after fifteen minutes.
The daily summary lists every stop with its duration and reason code.
Escalation rules are edited in a browser by the plant manager.
The hub keeps twelve months of alert history in a local SQL database.
Reports export to CSV at any time.
"""


def test_a_page_naming_the_plant_manager_is_still_a_product_page():
    drafted = draft(ALERT_PAGE, BANK)
    assert drafted.answers  # it still drafts what the page claims ...
    assert all(a.evidence == "vendor_claim" for a in drafted.answers)  # ... as the vendor's claim


def test_a_participle_after_the_present_tells_no_story():
    story = drafter_for(BANK).story
    assert not story.tells("they are installed on each motor in an hour".split())
    assert story.tells("they installed sensors on each motor in an hour".split())


def test_what_instead_of_sets_aside_drafts_nothing():
    def outputs(text):
        answer = draft(text, BANK).answer("workflow.outputs")
        return set(answer.choices) if answer else set()
    set_aside = ("Instead of sending each alarm of the packing line to the planners as a new work order, "
                 "the system groups the alarms of each machine into one daily list.")
    assert "work_orders" not in outputs(set_aside)
    assert "work_orders" in outputs("The system opens a work order in the CMMS for every alarm on the line.")


def test_questions_a_page_asks_in_the_past_tell_no_story():
    asking = ALERT_PAGE + "Which machine was down longest on the night shift?\nHow often did the filler stop for a jam?\n"
    assert all(a.evidence == "vendor_claim" for a in draft(asking, BANK).answers)


def test_a_page_that_helps_you_still_speaks_to_no_buyer():
    benefits = ALERT_PAGE + ("The hub lets you see every open stop on one screen.\n"
                             "Its weekly digest helps your team find the stops that return.\n")
    assert all(a.evidence == "vendor_claim" for a in draft(benefits, BANK).answers)
    assert drafter_for(BANK).story.speaks_to("we will fit the hub at your filler".split())


# A product page on motor monitoring that names each quantity its sensors read in one sentence only.
MOTOR_PAGE = """Motor Health Monitor

Motor Health Monitor watches the motors of pumps, fans and conveyors around the clock.
Its wireless sensor clamps to the motor housing and measures vibration and temperature every minute.
Readings are sent to the cloud over LTE, where they are kept for two years.
Manufacturers across industries use the monitor to plan their maintenance.
Each motor gets a health score from zero to one hundred on the dashboard.
Installation takes about ten minutes per motor and needs no wiring.
Batteries last up to five years in normal use.
The sensor housing is rated IP68 and ATEX zone 2.
"""


def captured(text: str) -> tuple[set[str], set[str]]:
    answer = draft(text, BANK).answer("data.captured")
    return (set(answer.choices), set(answer.suggested)) if answer else (set(), set())


def test_vibration_a_page_names_once_is_its_claim_but_a_temperature_named_once_is_only_offered():
    drafted, offered = captured(MOTOR_PAGE)
    assert "vibration" in drafted
    assert "temperature" not in drafted and "temperature" in offered
