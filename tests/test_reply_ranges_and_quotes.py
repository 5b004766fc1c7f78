"""Two kinds a new buyer's walk found in how a reply is read against a round (issue 16):
- a vague sentence that answered: a range of topics spanned "from X to Y" in words, or graded whole ("the full
  range of"), names no measured result and no data; and a number that ends the product's name ("Stampwise 500
  tackles ...") counts nothing. Such a sentence answers no question and makes no answer "described specifically";
- the buyer's own questions quoted back line by line with an e-mail's quote mark ("> 6. What does the twin
  simulate?", "> 9. and 10. (network, outages)"), each answered under it: the buyer's words, never the vendor's
  answer nor a question the vendor asks, in this round or the next.
Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out
from scoring import score
from scoring.rounds import freeze

PRESSES = ("PressPilot is an AI-powered IoT platform with a digital twin for stamping lines.\n"
           "Machine learning predicts die wear and misfeeds, and real-time dashboards show every press.\n")
MAIL = Mail("Hello Ms Berg,", "Kind regards,\nTomas Lind\nPressPilot AB")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressPilot", "J. Berg")


@pytest.mark.parametrize("sentence", [
    "PressPilot covers the whole spectrum of stamping issues, from die wear to misfeeds and scrap.",
    "Our platform handles the entire range of press problems, from tool breakage to downtime.",
    "Stampwise 500 addresses a wide range of press problems, from tool breakage to downtime.",
])
def test_a_range_of_topics_or_a_named_product_answers_no_question(presses, sentence):
    body = f"1. {sentence}"
    asked = MAIL.asked(presses, body)["problem"]
    assert not asked.closed and asked.status == "not_answered" and "vague" in asked.why
    assert MAIL.specific(presses, body) == []


@pytest.mark.parametrize("sentence", ["Our Stampwise 500 tackles misfeeds, scrap and downtime.",
                                      "On every line the new Stampwise 500 tackles misfeeds and scrap."])
def test_a_number_that_ends_a_products_name_is_no_figure(presses, sentence):
    """The problems it names are some answer, but "500 tackles" counts nothing: no number, so only partly."""
    assert MAIL.asked(presses, f"1. {sentence}")["problem"].status == "partly"


def test_a_problem_named_with_its_count_still_answers(presses):
    body = ("1. We start with the misfeeds on press 4: 23 per week in your shift log, and you will see them counted "
            "on the weekly shift report.")
    assert MAIL.asked(presses, body)["problem"].closed


def test_a_range_with_figures_is_no_graded_extent(presses):
    body = "1. Misfeeds on press 4 fell from 23 to 6 per week at a sister plant, and we start with them here."
    assert MAIL.asked(presses, body)["problem"].status != "not_answered"


QUOTED_INLINE = """Thanks for the questions, short answers below.

> 6. What does the twin simulate?

The twin is a great way to explore your line.

> 11. Who keeps it running?

Our service engineer in Malmö, Erik Holm, maintains the system after the pilot for SEK 90,000 per year.

> 9. and 10. (timing, network)

All fast and secure.

> 12. Who reviews the recommendations?

Your shift lead decides."""


def _letter_lines() -> set[str]:
    return {line.lstrip("> ").strip() for line in QUOTED_INLINE.splitlines() if line.startswith(">")}


def _quoted_as_vendors(round_) -> list[str]:
    said = _letter_lines()
    return [quote for q in round_.questions for quote in q.quotes
            if any(quote in line or line.endswith(quote) for line in said)]


def test_lines_quoted_back_with_a_quote_mark_are_no_answer_nor_a_question_the_vendor_asks(presses):
    done = MAIL.read(presses, QUOTED_INLINE)
    assert _quoted_as_vendors(done.round) == []
    assert not any("asks the buyer" in q.why for q in done.round.questions)
    assert {q.topic: q for q in done.round.questions}["upkeep_owner"].closed


def test_the_same_reply_read_against_the_next_round_quotes_none_of_the_buyers_lines(presses):
    first = MAIL.read(presses, QUOTED_INLINE)
    second = freeze(first.evaluation, first.card, "J. Berg", presses.rounds[-1].sent_at)
    again = MAIL.read(second, QUOTED_INLINE)
    assert _quoted_as_vendors(again.round) == []
    assert not any("asks the buyer" in q.why for q in again.round.questions)


def test_no_quoted_heading_of_the_letter_ends_up_in_a_drafted_answer(presses):
    done = MAIL.read(presses, QUOTED_INLINE)
    said = _letter_lines()
    assert not [quote for a in done.evaluation.answers for quote in a.quotes
                if any(quote.strip() and (quote in line or line.endswith(quote)) for line in said)]


def test_a_quoted_message_the_reply_ends_with_is_still_read_as_before(presses):
    """The quote mark alone does not make a line the buyer's question: a whole message the reply ends with is left to
    the readers of older messages."""
    body = "1. We start with the misfeeds on press 4: 23 per week, shown on the weekly shift report.\n\n> Sent earlier"
    assert MAIL.asked(presses, body)["problem"].closed


def test_the_writers_own_statements_marked_with_a_quote_mark_under_each_question_still_answer(presses):
    """A quote mark before the vendor's own statements (the letter's questions plain above them) marks the answer, not
    the letter: a marked block that neither asks nor heads is the writer's."""
    body = ("Problem\n> We start with the misfeeds on press 4: 23 per week in your shift log, and you will see them "
            "counted on the weekly shift report.\n\nUpkeep\n> Our service engineer in Malmö, Erik Holm, maintains the "
            "system after the pilot for SEK 90,000 per year.\n\nThat is all for now.")
    asked = MAIL.asked(presses, body)
    assert asked["problem"].closed and asked["upkeep_owner"].closed
