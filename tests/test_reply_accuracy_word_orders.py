"""A measured accuracy is read in any word order a vendor writes it: the whole first ("Of 60 cracked housings, 57 were
found"), words between the count and its whole ("caught 57 cracked housings of 60"), German or Dutch order ("In the
pilot were 57 from 60 cracks detected"), a rate named by what it counts ("the false-reject rate was 0.8%"), a share of
good parts rejected (a false reject), a number in words, and a bound measured in a trial ("under one percent measured
over 3 weeks"). Still no accuracy: a bound promised or targeted, a year, the plant's own finds or its rejects today
(found by a walk through a press shop's vision reply). Every sentence here is new."""
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
    "We guarantee a false-reject rate of under 1% measured over 3 months after go-live.",
    "The false-reject rate is to stay below 1% in the first year after go-live.",
    "Today 2% of good panels are rejected by the old light barrier.",
    "In 2025, 412 of 23,800 panels were rejected at the customer.",
    "Of 60 press operators, 57 were trained in the pilot.",
    "Your quality lab found 41 of the 380 panels it checked in 2025 with splits.",
])
def test_a_promised_bound_a_year_or_the_plants_own_rejects_are_no_accuracy(stamping, sentence):
    question = MAIL.asked(stamping, sentence)["analytics"]
    assert sentence not in question.quotes, question.why
