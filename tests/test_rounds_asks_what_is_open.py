"""The letter asks only what is still open (issue 16; walk 75c): an offer that says the data is the buyer's leaves
only how it is exported; an added question on a topic the offer answers is asked in its own words, not the topic's
whole question. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

CLOUD = ("FurnaceWatch is a cloud-based Industry 4.0 platform for your annealing furnaces.\n"
         "Temperature and gas flow are read from the furnace PLCs over OPC UA every 10 seconds and sent to our "
         "Azure cloud.\n")
MAIL = Mail("Dear Mr Okafor,", "Kind regards,\nLena Brandt")
FULL = "Who owns the data in your system, and can we export all of it at any time in an open format without extra fees?"
EXPORT = "Can we export all of our data at any time, in an open format, without extra fees?"


def _asked(offer: str) -> dict:
    return {q.topic: q for q in sent_out(offer, "FurnaceWatch", "T. Okafor").rounds[-1].questions}


@pytest.mark.parametrize("ours", [
    "All furnace data collected remains the property of the customer.",
    "The recorded measurements are yours; we store them for you.",
    "Your company owns the data; the customer owns every reading we collect.",
    "Ownership: all recorded data belongs to the customer.",
])
def test_data_the_offer_says_is_the_buyers_leaves_only_how_it_is_exported(ours):
    ownership = _asked(CLOUD + ours + "\n").get("data_ownership")
    assert ownership is not None and ownership.text == EXPORT and ownership.given == ["owner"], ownership
    assert ours in ownership.proposal_quotes


@pytest.mark.parametrize("theirs", [
    "All furnace data collected remains our property.",
    "The data stays in our cloud and is exported only through our service desk.",
])
def test_data_the_vendor_keeps_or_says_nothing_of_asks_whose_it_is(theirs):
    ownership = _asked(CLOUD + theirs + "\n").get("data_ownership")
    assert ownership is not None and ownership.text == FULL and ownership.given == [], ownership


def test_a_reply_naming_the_export_answers_where_the_offer_says_the_data_is_the_buyers():
    sent = sent_out(CLOUD + "All furnace data collected remains the property of the customer.\n", "FurnaceWatch",
                    "T. Okafor")
    ownership = MAIL.asked(sent, "You can export all measurements as CSV files through the web portal at any time, "
                                 "at no cost.")["data_ownership"]
    assert ownership.status == "answered", ownership.why


KPI = ("PressGuard is the AI predictive maintenance platform for your stamping presses.\n"
       "Vibration of the press bearings is read over OPC UA every second.\n"
       "Your presses had 26 unplanned stops last year; our target is at most 18 unplanned "
       "stops in the first year after go-live.\n"
       "Every warning goes to the maintenance planner, who approves the work order in SAP PM before it is scheduled.\n")


def _added(offer: str, *also: str) -> dict:
    from questions.loader import load_bank
    from reading.documents import pasted
    from reading.draft import drafter_for
    from scoring import score
    from scoring.rounds import open_questions
    evaluation = drafter_for(load_bank()).draft_documents([pasted(offer)], "PressGuard", "Vendor")
    return {q.topic: q for q in open_questions(evaluation, score(evaluation), also=frozenset(also))}


def test_an_added_question_on_a_topic_the_offer_answers_is_asked_in_its_own_words():
    from questions.loader import load_round_rules
    from scoring.round_asks import question_text
    from scoring.rounds import Source
    kpi = next(t for t in load_round_rules().topics if t.id == "kpi")
    measured = Source("question:return.measurement", "kpi", "Unanswered", follow_up="How will the result be measured?")
    reference = Source("question:return.reference", "kpi", "Unanswered", own="Which reference site shows it?",
                       follow_up="Which reference site shows it?")
    assert question_text(kpi, [measured, reference], again=True) == ("How will the result be measured? "
                                                                     "Which reference site shows it?")
    assert question_text(kpi, [measured, reference]).startswith("Which KPI moves")  # the KPI itself still open


def test_training_added_where_the_offer_names_the_roles_asks_only_how_they_are_trained():
    users = _added(KPI + "The shift leaders and the press setters see the warnings on a tablet every shift.\n",
                   "users.training").get("users")
    assert users is not None and users.text == "How will the users be trained?", users


def test_the_whole_kpi_question_is_asked_where_the_offer_states_no_baseline():
    offer = KPI.replace("Your presses had 26 unplanned stops last year; our target is at most "
                        "18 unplanned stops in the first year after go-live.\n", "It will reduce your downtime.\n")
    kpi = _added(offer, "return.measurement").get("kpi")
    assert kpi is not None and kpi.text.startswith("Which KPI moves, from what measured baseline"), kpi
