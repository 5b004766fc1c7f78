"""A question a vendor's reply closed reads as open again once the buyer rejects the answer that closed it: on the
Follow-up page, the scorecard's round lines, every export and the CLI (the walk saw "closed: yes" stay after the
buyer rejected the reply's answer, while the next letter asked the same question again)."""
import json

from dataclasses import replace

import pytest

from questions.answer_edits import reject
from reading.documents import pasted
from reports import to_markdown
from rounds_corpus import SENT, cases, drafted
from scoring import score
from scoring.round_changes import changes, open_again
from scoring.round_now import changes_now, open_now
from scoring.rounds import freeze, open_questions, read_reply

SPINDLE = dict(cases("tuning"))["spindle_ai"]


@pytest.fixture(scope="module")
def replied():
    evaluation = drafted(SPINDLE, "SpindleSense")
    sent = freeze(evaluation, score(evaluation), "K. Novak", SENT)
    return read_reply(sent, pasted(SPINDLE["replies"]["specific"]["text"], "reply", "Reply (specific)")).evaluation


def _closed_by_a_drafted_answer(evaluation):
    """A question the reply closed, and a question of the bank its sources name that the reply's drafting answered."""
    drafted = {a.question for a in evaluation.answers if a.unreviewed and a.has_content}
    for q in evaluation.rounds[-1].questions:
        asked = [s.rsplit(":", 1)[1] for s in q.sources if not s.startswith("flag:")]
        hit = [qid for qid in asked if qid in drafted]
        if q.closed and hit:
            return q, hit
    raise AssertionError("the specific reply closes no question through a drafted answer")


def test_a_closed_question_stays_closed_while_its_answer_stands(replied):
    now = open_now(replied)
    assert not any(open_again(q, now) for q in replied.rounds[-1].questions)
    assert replace(changes_now(replied)[-1], score_now=None) == changes(replied.rounds[-1])


def test_rejecting_the_answer_that_closed_a_question_opens_it_again(replied):
    question, answered = _closed_by_a_drafted_answer(replied)
    rejected = reject(replied, answered)
    now = open_now(rejected)
    assert open_again(question, now), question.sources
    before, after = changes(rejected.rounds[-1]), changes_now(rejected)[-1]
    assert after.questions_closed == before.questions_closed - after.open_again and after.open_again >= 1
    assert "open again since" in after.line() and "open again since" not in before.line()
    assert after.as_json()["questions_open_again"] == after.open_again
    # the next letter asks it again, as the round now says
    assert question.topic in {q.topic for q in open_questions(rejected, score(rejected))}
    # the stored round is as the reply left it
    assert next(q for q in rejected.rounds[-1].questions if q.id == question.id).closed


def test_every_export_and_the_cli_say_the_question_is_open_again(replied, tmp_path, capsys):
    from scoring.__main__ import main as cli
    question, answered = _closed_by_a_drafted_answer(replied)
    rejected = reject(replied, answered)
    assert "open again since" in to_markdown(rejected, score(rejected)).decode()
    path = tmp_path / "evaluation.json"
    path.write_text(rejected.model_dump_json(), encoding="utf-8")
    cli(["score", str(path), "--format", "json"])
    rounds = json.loads(capsys.readouterr().out)["rounds"]
    assert rounds[-1]["questions_open_again"] >= 1
