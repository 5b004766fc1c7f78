"""A round's line says the score it was sent at and the reply left, and today's where the answers moved since (a
redraft, an edit): walk53 saw "awaiting the reply (score 6)" and "score 0 -> 6" beside a scorecard of 0."""
from questions.answer_edits import reject
from reading.documents import pasted
from reports import to_markdown
from rounds_corpus import SENT, cases, drafted
from scoring import score
from scoring.round_now import changes_now
from scoring.rounds import freeze, read_reply

SPINDLE = dict(cases("tuning"))["spindle_ai"]


def _sent():
    evaluation = drafted(SPINDLE, "SpindleSense")
    return freeze(evaluation, score(evaluation), "K. Novak", SENT)


def _emptied(evaluation):
    """Every drafted answer rejected: the score falls to what nothing drafted earns."""
    return reject(evaluation, [a.question for a in evaluation.answers if a.drafted])


def _replied(sent):
    return read_reply(sent, pasted(SPINDLE["replies"]["specific"]["text"], "reply", "Reply (specific)")).evaluation


def test_a_round_awaiting_its_reply_says_the_score_it_was_sent_at_and_today_s():
    sent = _sent()
    assert changes_now(sent)[-1].line().endswith(f"(score {round(sent.rounds[-1].score_before)} when sent)")
    later = sent.model_copy(update={"answers": _replied(sent).answers})  # the buyer filled answers in meanwhile
    today = round(score(later).overall)
    assert today != round(sent.rounds[-1].score_before)
    assert changes_now(later)[-1].line().endswith(f"when sent, {today} today)")


def test_a_replied_round_says_today_s_score_beside_the_reply_s_and_the_exports_carry_it():
    done = _replied(_sent())
    assert "today" not in changes_now(done)[-1].line()
    later = _emptied(done)
    today = round(score(later).overall)
    assert today != round(done.rounds[-1].score_after)
    line = changes_now(later)[-1].line()
    assert f", {today} today;" in line
    assert line in to_markdown(later, score(later)).decode().replace("\\", "")  # (Markdown escapes "->")
