"""A promise written informally is still a commitment: 'we'd sign up to getting ... down to', 'putting ... in
writing', 'what we put in the contract: ... no higher than'; and a duration after 'over the first' is how long a
target is measured, never the target. Sentences written for these tests."""
import pytest

from kpi_corpus import offered_kpi_ends


@pytest.mark.parametrize("promise", [
    "With the new burners we'd sign up to getting that scrap down to 2.5 % of output.",
    "With the new burners we are happy to put 2.5 % scrap in writing, measured over the first 90 days.",
    "What we put in the contract: scrap on the line no higher than 2.5 %, measured over six weeks of production.",
    "We are prepared to stand behind 2.5 % scrap after the retrofit.",
    "You can hold us to 2.5 % scrap.",
    "Our proposal: scrap of 2.5 % or better, written into the purchase order.",
    "Happy to commit: 2.5 % scrap by month six.",
])
def test_an_informal_promise_is_read_as_the_target(promise):
    text = "Your line reports show scrap at 4.2 % of output last quarter.\n" + promise
    assert offered_kpi_ends(text) == (4.2, 2.5)


def test_a_measuring_window_after_the_target_is_not_the_target():
    text = ("Your changeovers take 48 minutes on average today.\n"
            "We are comfortable putting 20 minutes per changeover in writing, measured over the first 30 days.")
    assert offered_kpi_ends(text) == (48, 20)


@pytest.mark.parametrize("verb", ["will come down to", "will fall to", "will drop to"])
def test_what_the_offer_says_will_happen_to_the_measure_is_the_target(verb):
    text = ("Average giveaway last quarter was 3.4 g per jar (checkweigher data, 1.2 million jars).\n"
            "The fillers are six-head machines from 2012.\n"
            f"With servo dosing and checkweigher feedback, average giveaway {verb} 1.1 g per jar.")
    assert offered_kpi_ends(text) == (3.4, 1.1)
