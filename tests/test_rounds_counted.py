"""A label gap that counts (a smart factory needs two business systems and three roles) is said in the letter's
question, so a reply that answers the question as asked can close it. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

SMART = ("PressLink makes your stamping plant a smart factory.\n"
         "Press data is connected to your business systems.\n"
         "Everyone in the plant sees the presses live.\n")
PLAIN = ("PressLink predicts die wear on stamping presses with machine learning.\n"
         "Press data is connected to your business systems.\n")
MAIL = Mail("Dear Ms Brandt,", "Kind regards,\nOle Berg")


@pytest.fixture(scope="module")
def smart():
    return sent_out(SMART, "PressLink", "H. Brandt")


def _question(sent, topic: str):
    return next(q for q in sent.rounds[-1].questions if q.topic == topic)


def test_a_smart_factory_letter_asks_for_two_systems_and_three_roles(smart):
    assert _question(smart, "integrations").text.endswith("name at least 2 of them.")
    assert _question(smart, "users").text.endswith("name at least 3 roles.")


def test_a_letter_whose_label_counts_no_systems_asks_which_without_a_number():
    sent = sent_out(PLAIN, "PressLink", "H. Brandt")
    asked = [q.text for q in sent.rounds[-1].questions if q.topic == "integrations"]
    assert asked and not any("at least" in text for text in asked)


def _answered(sent, topic: str, answer: str):
    """The round's question on `topic` after a reply that quotes it with `answer` under it."""
    return MAIL.asked(sent, f"> {_question(sent, topic).text}\n\n{answer}")[topic]


def test_two_systems_each_with_format_direction_and_owner_under_the_quoted_question_close_it(smart):
    answer = ("Your SAP PM receives a notification for each worn die as an IDoc, one way; owner your maintenance "
              "planner Jonas Lind. Your Proalpha ERP receives the good and scrap strokes per order as a CSV file every "
              "night, one way; owner your controller Mia Holm.")
    assert _answered(smart, "integrations", answer).closed


def test_one_system_under_the_counted_question_leaves_it_open_and_says_the_label_needs_more(smart):
    answer = ("Your SAP PM receives a notification for each worn die as an IDoc, one way; owner your maintenance "
              "planner Jonas Lind.")
    found = _answered(smart, "integrations", answer)
    assert not found.closed and "Still open on the scorecard" in found.why


def test_the_workflow_question_asks_for_the_kinds_the_scorecard_counts(smart):
    text = _question(smart, "workflow").text
    assert all(kind in text for kind in ("work orders", "schedule changes", "reorders", "quality holds"))


def test_a_work_order_the_planner_acts_on_under_the_quoted_question_closes_it(smart):
    answer = ("Each worn die opens a work order in your SAP PM, and your maintenance planner Jonas Lind schedules the "
              "die change into the next weekend stop.")
    assert _answered(smart, "workflow", answer).closed


def test_a_setting_accepted_on_a_screen_is_no_workflow_of_the_kinds_asked(smart):
    answer = "The press operator accepts or rejects a recommended stroke rate on the press screen at each coil change."
    assert not _answered(smart, "workflow", answer).closed


TWIN = ("MaltTwin is the digital twin for malting kilns.\n"
        "It simulates every kiln run and keeps the twin in step with live data.\n")


@pytest.fixture(scope="module")
def twin():
    return sent_out(TWIN, "MaltTwin", "H. Brandt")


def test_a_twin_letter_asks_for_the_three_kinds_of_live_data_the_label_counts(twin):
    assert "name at least 3 kinds of data" in _question(twin, "data").text


def test_three_kinds_of_data_with_their_sources_close_the_counted_data_question(twin):
    answer = ("From kilns 1 and 2 we read air-on and air-off temperature, fan pressure, airflow and the fan motors' "
              "vibration, all from the existing Siemens S7 kiln PLCs.")
    assert _answered(twin, "data", answer).closed


def test_two_kinds_of_data_leave_the_counted_data_question_open_and_say_why(twin):
    answer = "From kilns 1 and 2: air-on and air-off temperature and fan pressure, read from the existing S7 kiln PLCs."
    found = _answered(twin, "data", answer)
    assert not found.closed and "Still open on the scorecard" in found.why


def test_an_airflow_named_in_one_word_is_the_third_kind_of_data(twin):
    answer = ("From kilns 1 and 2: air-on and air-off temperature, fan pressure and airflow, all read from the existing "
              "Siemens S7 kiln PLCs.")
    assert _answered(twin, "data", answer).closed
