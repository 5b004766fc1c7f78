"""Ways of answering seen in tuning24's blind replies (a supplier-portal log, a plan in the future tense, a Markdown table
with a PS under the signature): an accuracy given as a sentence's only figure answers nothing (questions/rounds.yaml
`accuracy` bare); a field line that only names the question's topic is no answer (`paragraphs` named); a promise of
what other plants or the market see is the market's (`general` commits, elsewhere); a PS under the signature is the
writer's own words; a table's long rows set no wrap width for the prose around them. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out
from reading.documents import pasted
from scoring.rounds import read_reply

COILS = ("StripSense is artificial intelligence for the cold rolling mill.\n"
         "Sensors and machine learning predict strip breaks and set the mill's tension automatically.\n"
         "Integrates with your mill automation, your MES and your ERP in the cloud.\n"
         "Fewer breaks, more tonnes, smart rolling.\n")
MAIL = Mail("Dear Mr Haas,", "Kind regards,\nLea Brandt\nStripSense GmbH")


@pytest.fixture(scope="module")
def coils():
    return sent_out(COILS, "StripSense", "P. Haas")


def test_the_letter_asks_what_it_predicts_who_approves_and_what_happens_in_an_outage(coils):
    assert {"analytics", "human_review", "reliability", "data_ownership"} <= {q.topic for q in coils.rounds[-1].questions}


@pytest.mark.parametrize("sentence", [
    "Our models reach 96% accuracy, confirmed by an independent institute.",
    "Strip breaks will be predicted with 93% accuracy.",
    "External tests found an accuracy of 97% for our break model.",
    "Break prediction: 95 % accuracy, validated in a national research project.",
])
def test_an_accuracy_that_is_the_sentences_only_figure_answers_nothing(coils, sentence):
    question = MAIL.asked(coils, sentence)["analytics"]
    assert not question.closed and "it gives an accuracy" in question.why, question.why
    assert "workflow.analytics" not in MAIL.specific(coils, sentence)


def test_an_accuracy_beside_what_it_was_counted_on_still_answers(coils):
    sentence = ("On 420 coils of stand 3 held back from training, the model warned of 91% of the strip breaks at least "
                "30 seconds ahead.")
    question = MAIL.asked(coils, sentence)["analytics"]
    assert sentence in question.quotes and "it gives an accuracy" not in question.why, question.why


def test_a_field_line_naming_the_topic_is_no_answer_though_it_names_a_role(coils):
    body = "Ticket 11 | Topic: Operator approval"
    assert not MAIL.asked(coils, body)["human_review"].closed
    assert "upkeep.human_review" not in MAIL.specific(coils, body)


def test_the_answer_under_a_field_line_still_answers(coils):
    body = ("Ticket 11 | Topic: Operator sign-off\nReply: Each tension change is applied only after the mill operator "
            "on shift accepts it on the stand 3 panel.")
    assert MAIL.asked(coils, body)["human_review"].status == "answered"


@pytest.mark.parametrize("sentence", [
    "The gateway will run with 99.9% uptime, proven at 200 rolling mills worldwide.",
    "Our models will be pre-trained on more than 9,000 coils, so little history will be needed.",
    "StripSense typically pays back within 10 months.",
])
def test_a_promise_of_what_other_plants_see_makes_no_answer_specific(coils, sentence):
    assert not MAIL.specific(coils, sentence)


def test_the_same_promise_for_this_plant_still_answers(coils):
    sentence = ("If the gateway fails, your stands keep their last tension set-points and the gateway buffers 14 days; we "
                "commit to 99.5% availability per month.")
    assert MAIL.asked(coils, sentence)["reliability"].status == "answered"


def test_a_ps_under_the_signature_answers(coils):
    text = ("Dear Mr Haas,\n\nthank you for the questions.\n\nKind regards,\nLea Brandt\nStripSense GmbH\n\n"
            "PS: All coil data stays your property (clause 6.1) and you can export it as CSV at any time, free of charge.\n")
    done = read_reply(coils, pasted(text, "reply", "Reply"))
    assert {q.topic: q for q in done.round.questions}["data_ownership"].status == "answered"


def test_a_vague_phrase_in_a_conceded_clause_leaves_the_main_clause_to_answer(coils):
    sentence = ("Although no one can of course promise an end to every break, the problem we take on first is "
                "the edge crack on stand 3, which caused 41 strip breaks in 2025 according to your mill's break log.")
    question = MAIL.asked(coils, sentence)["problem"]
    assert sentence in question.quotes and "is vague" not in question.why, question.why


def test_a_vague_main_clause_after_a_conceded_one_stays_vague(coils):
    sentence = "While no system prevents every break, we will of course support your team at every step."
    assert not MAIL.specific(coils, sentence)
