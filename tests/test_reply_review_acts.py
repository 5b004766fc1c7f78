"""The review of what the system decides read in a reply with the acts drafting reads beside a role in an offer (one
list, drafting.yaml acting): "the dryer foreman decides on each warning" is a review in both; and a reviewer's either-or
choice on each output whatever its second verb ("confirms or clears the flag"). A role with no act, or an act with no
role, stays open. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

DRYER = ("DryWise brings AI to your veneer dryer.\n"
         "Machine learning predicts wet spots and proposes new zone temperatures for every sheet.\n"
         "Smart, automatic and fully connected.\n")
MAIL = Mail("Dear Ms Virtanen,", "Best regards,\nPekka Laine")


@pytest.fixture(scope="module")
def dryer():
    return sent_out(DRYER, "DryWise", "M. Virtanen")


@pytest.mark.parametrize("sentence", [
    "The dryer foreman decides on each warning; nothing changes the zones automatically.",
    # the act far from the role, past what drafting reads beside it: the reply's read of the review still knows it
    "Each warning goes to the screen of the dryer foreman, and after a look at the sheets he alone decides.",
])
def test_a_role_with_an_act_drafting_reads_as_a_review_closes_the_review_question(dryer, sentence):
    question = MAIL.asked(dryer, sentence)["human_review"]
    assert question.closed, question.why


@pytest.mark.parametrize("sentence", [
    "A flagged sheet goes to the grading table first; the grader confirms or clears the flag.",
    "The dryer operator accepts or skips each proposed zone temperature on the panel.",
])
def test_a_reviewers_either_or_choice_on_each_output_closes_the_review_question(dryer, sentence):
    question = MAIL.asked(dryer, sentence)["human_review"]
    assert question.closed, question.why


@pytest.mark.parametrize("sentence", [
    "The dryer foreman is informed about everything.",
    "The model decides on each warning by itself.",
])
def test_a_role_without_an_act_or_an_act_without_a_role_leaves_the_review_open(dryer, sentence):
    assert not MAIL.asked(dryer, sentence)["human_review"].closed


@pytest.mark.parametrize("sentence", [
    "Your dryer master Mr. Nieminen decides on every suggestion.",
    "Frau Keller decides on each new zone temperature before it goes to the dryer.",
])
def test_a_person_named_by_title_who_decides_is_the_reviewer(dryer, sentence):
    question = MAIL.asked(dryer, sentence)["human_review"]
    assert question.closed and question.status == "answered", question.why


def test_a_person_named_by_title_who_only_hears_of_it_reviews_nothing(dryer):
    assert not MAIL.asked(dryer, "Mr. Nieminen will be informed by e-mail.")["human_review"].closed
