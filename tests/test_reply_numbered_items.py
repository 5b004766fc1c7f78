"""Items a vendor numbers in its own way: a number kept inside its sentence ("2) Review: ..."), a heading line
after its number ("8. When the network is down"), the letter's numbers in brackets after the vendor's own
("3. (Q12) ..."). Every sentence here is new."""
import pytest

from rounds_corpus import asked, placed, sent_out
from questions import load_bank
from scoring.rounds import reply_reader

HOIST = ("HoistSense is the AI-driven IIoT cloud platform for smart overhead cranes and hoists.\n"
         "It predicts every failure and gives your plant real-time insights and a digital future.\n")


@pytest.fixture(scope="module")
def hoist():
    return sent_out(HOIST, "HoistSense", "M. Costa")


def test_a_label_after_a_bracketed_number_places_the_sentence_under_it(hoist):
    text = ("Dear Mr. Costa,\n\n"
            "1) Network: the gateway in the crane VLAN sends outbound over HTTPS only.\n"
            "2) Review of load limits: none of this is automatic.\n"
            "The crane foreman types each new limit into the hoist panel himself, as he does today.\n\n"
            "Best regards,\nRui Lopes\n")
    found = placed(hoist, text)
    assert found["The crane foreman types each new limit into the hoist panel himself, as he does today."] == "human_review"


def test_a_numbered_heading_line_ties_the_paragraph_under_it_to_its_question(hoist):
    text = ("Dear Mr. Costa,\n\n"
            "7. Outages and availability\n"
            "The HoistLink box keeps 21 days of lift logs on its card, and the cranes keep running as before.\n\n"
            "Best regards,\nRui Lopes\n")
    assert asked(hoist, text)["reliability"].status != "not_answered"


def test_a_sentence_under_a_heading_is_tied_also_to_the_question_its_own_words_are_most_on(hoist):
    text = ("Dear Mr. Costa,\n\n"
            "Data and where it comes from\n"
            "Hoist motor current and brake temperature from two new clamp-on sensors per crane.\n"
            "We read the hoist drives over Modbus TCP every 2 seconds.\n\n"
            "Best regards,\nRui Lopes\n")
    questions = hoist.rounds[-1].questions
    reader = reply_reader(load_bank())
    said, at = reader.placed(text, questions)
    tied = reader.tied(said, {q.topic for q in questions}, frozenset(), at, reader.headed(text, questions))
    polled = "We read the hoist drives over Modbus TCP every 2 seconds."
    assert polled in [t.text for t in tied["protocols"]] and polled in [t.text for t in tied["data"]]


def test_the_letters_numbers_in_brackets_after_the_vendors_own_place_each_item(hoist):
    text = ("Dear Mr. Costa,\n\nour answers in our own order, your question numbers in brackets:\n\n"
            "1. (Q12) We fit the boxes in one weekend.\n"
            "2. (Q13) The crane foreman approves every new load limit on his tablet.\n"
            "3. (Q10) The gateway in the crane VLAN sends outbound over HTTPS only.\n\n"
            "Best regards,\nRui Lopes\n")
    found = placed(hoist, text)
    assert found["(Q12) We fit the boxes in one weekend."] == "upkeep_owner"
    assert found["(Q13) The crane foreman approves every new load limit on his tablet."] == "human_review"


@pytest.mark.parametrize("marker", ["Q9:", "Question 9:", "To your question 9:"])
def test_one_item_marked_with_the_letters_question_number_answers_that_question_in_bare_figures(hoist, marker):
    text = f"Dear Mr. Costa,\n\n{marker} 8 s to the crane foreman's handset, timed at each acceptance.\n\nBest regards,\nRui Lopes\n"
    assert asked(hoist, text)["latency"].status == "answered"


def test_one_item_numbered_as_a_list_is_not_taken_for_the_letters_question(hoist):
    text = "Dear Mr. Costa,\n\n9. 8 s to the crane foreman's handset, timed at each acceptance.\n\nBest regards,\nRui Lopes\n"
    assert asked(hoist, text)["latency"].status == "not_answered"
