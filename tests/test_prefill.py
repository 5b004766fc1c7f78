"""Suggested quotes: which proposal sentences answer which question, and with what evidence."""
import pytest

from reading import analyze
from reading.prefill import Prefiller


@pytest.fixture(scope="module")
def prefiller(bank):
    return Prefiller(bank)


def test_a_protocol_sentence_is_suggested_for_the_protocol_question_as_specific(prefiller):
    text = "Our platform is seamless. The gateway reads the S7 PLCs over OPC UA every 5 seconds."
    suggestions = prefiller.suggest(analyze(text))
    (first, *_) = suggestions["data.protocols"]
    assert first.quote == "The gateway reads the S7 PLCs over OPC UA every 5 seconds."
    assert first.evidence == "specific" and "protocol or interface" in first.why


def test_a_label_sentence_is_only_a_vendor_claim(prefiller):
    suggestions = prefiller.suggest(analyze("Our AI-powered cloud keeps you secure with remote access."))
    (item,) = suggestions["security.model"]
    assert item.evidence == "vendor_claim"


def test_options_named_in_a_sentence_are_suggested(prefiller):
    suggestions = prefiller.suggest(analyze("We measure vibration and temperature on every press."))
    assert {"vibration", "temperature"} <= set(suggestions["data.captured"][0].choices)


def test_substance_sentences_come_before_claims_and_the_list_is_capped(prefiller):
    text = "We integrate everything. " * 3 + "Work orders go to SAP PM through IDoc. " + "Integration is easy. " * 5
    items = prefiller.suggest(analyze(text), limit=3)["connect.integrations"]
    assert len(items) == 3 and items[0].evidence == "specific" and "SAP PM" in items[0].quote


def test_neutral_text_suggests_nothing(prefiller):
    assert prefiller.suggest(analyze("Thank you for your time. Kind regards.")) == {}


def test_a_rule_for_an_unknown_question_is_refused(bank):
    with pytest.raises(ValueError, match="unknown question"):
        Prefiller(bank, {"data.nope": {"cues": ["x"]}})


def test_a_sentence_the_proposal_repeats_is_suggested_once(prefiller):
    text = "We read vibration over OPC UA every minute.\nWe  read vibration over OPC UA every minute.\n"
    assert len(prefiller.suggest(analyze(text))["data.protocols"]) == 1


def test_a_cue_in_capitals_is_found_and_quoted_as_the_proposal_writes_it(prefiller):
    items = prefiller.suggest(analyze("Each HISTORIAN tag keeps its Retention period."))["data.history"]
    assert items[0].why == "mentions 'Retention'"


def test_a_cue_inside_a_longer_word_is_not_a_cue(prefiller):
    assert "data.history" not in prefiller.suggest(analyze("The prehistory of the plant is long."))


def test_a_reference_is_a_sentence_with_a_measured_result_not_any_mention_of_a_customer(prefiller):
    text = ("Scanned quantities are booked straight into the customer's ERP at packing. "
            "At a reference customer, a frozen-food plant in Poznan, changeover losses fell by 35% within a year.")
    quotes = [s.quote for s in prefiller.suggest(analyze(text))["return.reference"]]
    assert quotes == ["At a reference customer, a frozen-food plant in Poznan, changeover losses fell by 35% within a year."]


def test_a_target_a_planned_pilot_or_a_customers_requirement_is_no_reference(prefiller):
    result = "During the pilot at a Tier-1 supplier in Gyor, false rejects dropped from 4.1% to 0.9% in ten weeks."
    text = ("Target: customer returns for scratched covers from 22 a year to fewer than 5 a year. "
            "We suggest a 10-week pilot on line 2, compared with the same weeks of last year. "
            "Test reports are archived for 12 years, as your customers demand. " + result)
    quotes = [s.quote for s in prefiller.suggest(analyze(text))["return.reference"]]
    assert quotes == [result]


def test_a_kind_a_question_needs_must_be_a_known_kind(bank):
    with pytest.raises(ValueError, match="return.reference needs unknown kind"):
        Prefiller(bank, {"return.reference": {"cues": ["customer"], "needs": ["testimonial"]}})
