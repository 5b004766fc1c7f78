"""A measured accuracy answers the accuracy part of the question on what the system predicts or detects, though it
names no cue of that question: a rate said of the system's hits, misses or false calls ("97.8% detection of cracks ...
with 1.2% false rejects", found by a walk through a press shop's vision reply), in any word order a vendor writes it:
the whole first ("Of 60 cracked housings, 57 were found"), words between the count and its whole ("caught 57 cracked
housings of 60"), German or Dutch order ("In the pilot were 57 from 60 cracks detected"), a rate named by what it
counts ("the false-reject rate was 0.8%"), a share of good parts rejected (a false reject), a number in words, and a
bound measured in a trial ("under one percent measured over 3 weeks"). A rate the plant's own people or tester found
or its rejects today, a target or a bound promised, or a year, is no accuracy of the system. Every sentence here is
new."""
import pytest

from rounds_corpus import Mail, sent_out

STAMPING = ("PressEye is the AI-driven Industry 4.0 platform for stamping lines.\n"
            "A camera at the press outfeed inspects every part and detects splits and necking with AI.\n"
            "It integrates with your systems and will cut scrap.\n")
MAIL = Mail("Dear Mr Okafor,", "Best regards,\nLena Vogt")


@pytest.fixture(scope="module")
def stamping():
    return sent_out(STAMPING, "PressEye", "C. Okafor")


@pytest.mark.parametrize("sentence", [
    "Over six weeks at a Tier-1 supplier, on 14,000 door inner panels, it caught 46 of 48 splits and wrongly rejected 0.6% of good panels.",
    "Our reference line reached 98.4% detection of necking, measured on 9,500 fender parts re-inspected by hand.",
    "Missed splits: 3 out of 212 in the trial; 11 false rejects on 30,000 parts.",
    "Bei Gestamp wurden 57 von 60 Rissen erkannt, with 0.8% Pseudoausschuss over 3 months.",
    "In de proef werden 97% van de scheuren gedetecteerd, on 4,000 panels checked by your quality lab.",
])
def test_a_rate_of_hits_misses_or_false_calls_is_quoted_on_the_accuracy_question(stamping, sentence):
    question = MAIL.asked(stamping, sentence)["analytics"]
    assert sentence in question.quotes and question.status != "not_answered", question.why


@pytest.mark.parametrize("sentence", [
    "In the pilot at a Tier-1 plant, 0.6% of good panels were rejected.",
    "Over six weeks the camera rejected 12 good panels out of 18,000.",
    "Of 60 split panels in the trial, 57 were found.",
    "Of the 60 split panels in the pilot, the model found 57.",
    "The pilot caught 57 split panels of 60.",
    "In the pilot were 57 from 60 splits detected by the camera.",
    "The false-reject rate was 0.8% over 3 weeks on 20,000 panels.",
    "The detection rate in the pilot was 96%, measured on 1,200 fenders.",
    "PressEye ran with a false-reject rate of under one percent measured over 3 weeks.",
    "Only 3 of 2,000 good panels were wrongly rejected during the pilot.",
])
def test_an_accuracy_in_any_word_order_is_quoted_on_the_accuracy_question(stamping, sentence):
    question = MAIL.asked(stamping, sentence)["analytics"]
    assert sentence in question.quotes and question.status != "not_answered", question.why


@pytest.mark.parametrize("sentence", [
    "Your quality lab found 41 of the 380 panels it checked in 2025 with splits.",
    "You will see it solved when the weekly audit of 300 panels finds fewer than 2% with splits.",
    "Today the end-of-line audit catches splits only after the batch and 2.7% of panels go to rework.",
    "Off-spec coils in 2025: 96 out of 4,100, each found only at the customer's incoming inspection.",
    "We guarantee a false-reject rate of under 1% measured over 3 months after go-live.",
    "The false-reject rate is to stay below 1% in the first year after go-live.",
    "Today 2% of good panels are rejected by the old light barrier.",
    "In 2025, 412 of 23,800 panels were rejected at the customer.",
    "Of 60 press operators, 57 were trained in the pilot.",
])
def test_a_rate_the_plant_found_targets_or_promises_or_a_year_is_no_accuracy_of_the_system(stamping, sentence):
    question = MAIL.asked(stamping, sentence)["analytics"]
    assert sentence not in question.quotes, question.why


def test_the_walks_pilot_result_is_quoted_beside_what_the_model_flags(stamping):
    body = ("1. The model flags a split with a confidence score; below 0.6 the part goes to the operator.\n"
            "2. The pilot reached 96.9% detection of splits on 3,000 panels with 0.9% false rejects.")
    question = MAIL.asked(stamping, body)["analytics"]
    assert any("96.9% detection" in quote for quote in question.quotes), question.quotes
