"""A model's history said by the years its records span ("42 runs from 2023 to 2025"), as rounds16 found a table cell
say it: a length of history, as "24 months" is. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

STILLS = ("DistilMind is the AI for whisky stills.\n"
          "Machine learning predicts the cut points of every spirit run.\n")
MAIL = Mail("Dear Mr Grant,", "Best regards,\nIona Reid")


@pytest.fixture(scope="module")
def stills():
    return sent_out(STILLS, "DistilMind", "E. Grant")


def _history(sent, body: str):
    done = MAIL.read(sent, body)
    return {q.topic: q for q in done.round.questions}["history"], done.evaluation.answer("data.history")


@pytest.mark.parametrize("body", [
    "Training data: 420 spirit runs from 2023 to 2025 in your still-house historian, with the lab's strength "
    "readings; your stillman Angus Ross checks them before each training.",
    "Training data: 420 spirit runs (2023-2025) in your still-house historian, with the lab's strength readings; your "
    "stillman Angus Ross checks them before each training.",
])
def test_a_history_said_by_the_years_its_records_span_is_a_length_and_closes(stills, body):
    question, answer = _history(stills, body)
    assert answer is not None and answer.choices and answer.choices[0] in {"months", "years_exportable"}
    assert question.closed, question.why


def test_records_of_one_year_alone_say_no_length(stills):
    question, _answer = _history(stills, "Training data: 420 spirit runs of 2025 in your still-house historian, with "
                                         "the lab's strength readings; your stillman Angus Ross checks them.")
    assert not question.closed
