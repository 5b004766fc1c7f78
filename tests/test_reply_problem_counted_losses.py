"""A plant problem told by the losses the plant counts, whatever parts or is given away ("the thread breaks: 240 per
shift week in your loom log", "the giveaway on the bag filler: 2.3 g over declared weight per bag"), names what goes
wrong as the problem's data: with its count the question on the problem closes. The same count of nothing that goes
wrong ("the looms: 240 per shift week") does not. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

LOOMS = ("WeaveMind uses machine learning and AI to make your weaving mill smarter.\n"
         "Our algorithms learn from your data and optimise everything.\n")
MAIL = Mail("Dear Ms Okoro,", "Kind regards,\nJan Visser")


@pytest.fixture(scope="module")
def looms():
    return sent_out(LOOMS, "WeaveMind", "A. Okoro")


@pytest.mark.parametrize("body", [
    "The first problem we solve are the thread breaks: 240 per week in your loom log, and it is solved when they stay "
    "under 120 per week for 2 months.",
    "What we fix first is the giveaway on the bag filler: your checkweigher shows 2.3 g over declared weight per bag, "
    "and we call it solved when it stays under 0.9 g for 8 weeks on that checkweigher.",
])
def test_a_counted_loss_of_what_parts_or_is_given_away_answers_the_problem(looms, body):
    question = MAIL.asked(looms, body)["problem"]
    assert question.closed, question.why


def test_a_count_of_no_loss_leaves_the_problem_open(looms):
    body = "The first problem we solve are the looms: 240 per week in your loom log."
    assert not MAIL.asked(looms, body)["problem"].closed
