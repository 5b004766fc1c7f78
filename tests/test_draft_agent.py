"""A sentence drafts an answer only when it tells what the system, the vendor or the project does
for this plant. A general truth about the industry or the technology, a definition, a call to act,
a hypothetical, another product or a study names the same words and drafts nothing the plant gets
(it may still state the problem). Each general sentence below sits in the same offer as the vendor's
own sentence that says the same thing for this plant, and which does draft."""
import pytest

from questions import load_bank
from reading.draft import draft, drafter_for
from reading.phrases import normalise, tokens

BANK = load_bank()
DRAFTER = drafter_for(BANK)
OFFER = ("Offer for the press shop of Kramer GmbH.\n"
         "We will install the system in week 12 and train your two shift leads on site.\n")
VIBRATION, PLANNER = ("data.captured", "vibration"), ("users.roles", "maintenance_planner")
DOWNTIME_REASONS, CLOUD = ("workflow.outputs", "downtime_reasons"), ("workflow.technologies", "cloud")


def drafted(sentence: str) -> set[tuple[str, str]]:
    evaluation = draft(OFFER + sentence, BANK)
    return {(a.question, choice) for a in evaluation.answers for choice in a.choices}


def general(sentence: str) -> str | None:
    words = tokens(normalise(sentence))
    return DRAFTER.agent.general(words, DRAFTER.rules.scan.find(words))


PAIRS = [  # (general truth, the same said by the vendor for this plant, an option the vendor's sentence drafts)
    ("Manufacturers lose hundreds of hours a year to stops, and vibration sensors on motors can help them see "
     "failures coming.", "Our vibration sensors on your press motors show each failure coming.", VIBRATION),
    ("Predictive maintenance can help cut maintenance costs by a third, because vibration sensors warn the "
     "maintenance planner before a bearing fails.", "Our vibration sensors warn your maintenance planner before a bearing fails.",
     PLANNER),
    ("Studies show that plants with vibration sensors on their motors see fewer stops.",
     "We fit vibration sensors on the motors of your Line 2.", VIBRATION),
    ("Imagine a dashboard that shows every stop to the maintenance planner.",
     "The dashboard shows every stop of Line 2 to your maintenance planner.", PLANNER),
    ("Learn how vibration sensors on motors warn the maintenance planner before a bearing fails.",
     "On your Line 2, vibration sensors on each motor warn the maintenance planner before a bearing fails.", PLANNER),
    ("IIoT is the network of machines that send their data to the cloud, where planners see it live.",
     "The edge gateway connects your presses to our cloud, where your planners see live machine data.", CLOUD),
    ("Traditional systems keep vibration readings in the cloud for a year.",
     "The system keeps the vibration readings of your presses in our cloud for a year.", CLOUD),
    ("Condition monitoring is the practice of tracking vibration on motors.",
     "The system tracks the vibration of your eight press motors.", VIBRATION),
    ("Plant maintenance is moving from fixed intervals to vibration sensors on every motor.",
     "We fit vibration sensors on the eight motors of your Line 2.", VIBRATION),
    ("Over two decades the trade has undergone an evolution from repairs to vibration sensors on motors.",
     "We fit vibration sensors on the eight motors of your Line 2.", VIBRATION),
    ("Working with vibration sensors on motors can provide this kind of warning to a maintenance planner.",
     "Our vibration sensors warn your maintenance planner before a bearing fails.", PLANNER),
    ("Conventional reports send the maintenance planner each vibration alert a day late.",
     "The platform e-mails each vibration alert to your maintenance planner.", PLANNER),
    ("A deep dive into fitting vibration sensors on motors and building a model that learns every week.",
     "We fit vibration sensors on the eight motors of your Line 2.", VIBRATION),
    ("Unlike this offer, competing platforms e-mail vibration alerts to the maintenance planner.",
     "The platform e-mails each vibration alert to your maintenance planner.", PLANNER),
    ("Vibration sensors on every motor are widely recognised as the surest guard against a seized bearing.",
     "We fit vibration sensors on the eight motors of your Line 2.", VIBRATION),
    ("It is well known that a maintenance planner who gets each vibration alert early saves most stops.",
     "Our vibration sensors warn your maintenance planner before a bearing fails.", PLANNER),
    ("Hosted monitoring platforms let a maintenance planner see vibration alerts from any phone.",
     "Our platform lets your maintenance planner see the vibration alerts of Line 2 from any phone.", PLANNER),
    ("Make sure your maintenance planner hears of every vibration alert before the next shift.",
     "Our platform e-mails every vibration alert of Line 2 to your maintenance planner.", PLANNER),
    ("In extreme cases, the only record of a motor's vibration is the maintenance planner's notebook.",
     "The system sends every vibration alert of Line 2 to your maintenance planner.", PLANNER),
    ("Press makers follow their own norms, while best practice includes a vibration sensor on every motor.",
     "We fit vibration sensors on the eight motors of your Line 2.", VIBRATION),
    ("A vibration sensor on a motor is like a stethoscope on a patient's chest.",
     "We fit vibration sensors on the eight motors of your Line 2.", VIBRATION),
    ("How long a press runs has much to do with how soon the maintenance planner hears of each vibration alert.",
     "The system sends every vibration alert of Line 2 to your maintenance planner.", PLANNER),
]


@pytest.mark.parametrize("truth, vendors, option", PAIRS, ids=[p[2][1] + str(i) for i, p in enumerate(PAIRS)])
def test_a_general_truth_drafts_nothing_the_vendors_own_sentence_does(truth, vendors, option):
    assert general(truth)
    assert general(vendors) is None
    assert option not in drafted(truth)
    assert option in drafted(vendors)


def test_the_industry_as_subject_still_states_the_problem():
    said = drafted("Many food plants still record downtime reasons on paper, so their planners rarely see the data.")
    assert ("problem.plant_problems", "downtime_unclear") in said
    assert DOWNTIME_REASONS not in said


def test_a_subject_is_general_by_who_it_is_not_by_the_words_around_it():
    assert general("Most maintenance teams still plan bearing changes by the calendar.") == "generic_subject"
    assert general("Today, many manufacturers run their presses to failure.")
    assert general("Our maintenance team plans each bearing change from the trend.") is None
    assert general("Three plants of the group run the system since 2021.") is None
    assert general("The plant's engineers chose the sensors.") is None


def test_a_technology_defined_is_an_explainer_but_one_named_at_work_is_not():
    assert general("AI helps manufacturers spot defects.")
    assert general("Machine learning is a way of finding patterns in data.") == "concept"
    assert general("Machine learning on our edge box finds the patterns in your press data.") is None
    assert general("Predictive maintenance will start on the two presses of your Line 2.") is None
    assert general("AI finds the defects on each part.") is None  # on a product page, the product at work


def kpi(sentence: str):
    answer = next((a for a in draft(OFFER + sentence, BANK).answers if a.question == "decision.kpi"), None)
    return answer.measure if answer else None


def test_a_result_the_industry_or_a_technology_gets_is_no_kpi_of_this_plant():
    assert kpi("Studies show that predictive maintenance cuts unplanned downtime from 12% to 7%.") is None
    assert kpi("Predictive maintenance can help cut scrap from 4% to 2% within a year.") is None
    assert kpi("Many plants cut their scrap rate from 4% to 2% in the first year.") is None
    measure = kpi("Our target for your presses: unplanned downtime from 12% to 7% within a year.")
    assert (measure.baseline, measure.target) == (12.0, 7.0)


def test_an_explainer_named_with_its_abbreviation_is_still_an_explainer():
    assert general("Overall equipment effectiveness (OEE) is the number plant managers ask for first.") == "concept"
    assert general("OEE of your Line 2 is shown on the shop-floor screen.") is None


def test_a_standard_or_protocol_explained_is_general_but_one_in_use_is_not():
    assert general("IEC 62443 is a series of standards for the security of industrial networks.") == "concept"
    assert general("OPC UA is a protocol for machine-to-machine communication.") == "concept"
    assert general("OPC UA is used between the press PLC and the edge box.") is None


def test_a_bare_plural_of_products_is_general_but_a_label_line_of_systems_is_the_offers_own():
    assert general("Hosted scheduling tools give planners a view of every order.") == "generic_subject"
    assert general("Systems connected to the platform: SAP ERP for orders and Maximo CMMS for work orders.") is None
    assert general("Systems like ours keep every order in view.") is None


def test_what_the_product_does_for_this_plant_in_the_present_stays_an_offer():
    assert general("The system sends an alert to the shift lead when a press stops for longer than five minutes.") is None
    assert general("Our gateway reads the S7 PLCs of both presses over OPC UA.") is None
    assert general("Since go-live, unplanned stops on Line 2 fell by a third.") is None
    said = drafted("The system sends an alert to the shift lead when a press stops for longer than five minutes.")
    assert ("users.roles", "shift_leads") in said and ("workflow.outputs", "alerts") in said


@pytest.mark.parametrize("sentence", [
    "Upgrading aging compressors can improve the system's performance.",
    "Keeping the kilns at temperature requires steady gas pressure.",
])
def test_a_doing_with_its_object_as_the_subject_is_general_advice(sentence):
    assert general(sentence) == "gerund"


@pytest.mark.parametrize("sentence", [
    "Closing of the work order is shown back on the operator's tablet.",
    "Cooling at the Halden depot is monitored by the new controls.",
    "Bottling lines are losing two hours a shift to label jams.",
])
def test_a_noun_in_ing_before_a_preposition_or_a_plural_verb_is_no_general_doing(sentence):
    assert general(sentence) != "gerund"
