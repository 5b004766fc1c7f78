"""A round that takes more than one reply (issue 16): a further message of the vendor's is read into the same round
against the questions still open, a question an earlier reply settled stays settled, the round lists each reply with
its date and what it settled, a round saved with one reply loads as before, and `python -m scoring reply` reads a
second reply into the same round."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest

from paths import ROOT
from questions.models import Evaluation, Round
from reading.documents import pasted
from reports.md import to_markdown
from rounds_corpus import SENT, cases, drafted
from scoring import score
from scoring.round_changes import changes
from scoring.round_history import replies_said
from scoring.round_replies import read_further_reply, read_reply_into_round
from scoring.rounds import RoundError, freeze, read_reply

SPINDLE = dict(cases("tuning"))["spindle_ai"]
# the figures the first (partial) reply left out, sent the day after "as promised", in the vendor's own words
KPI_LATER = {
    "en": "Following up on yesterday's e-mail, as promised: the KPI we will track is unplanned downtime of the spindles, "
          "currently 38 hours a month as recorded in Maximo, and we commit to bringing it under 18 hours a month within "
          "the first year.",
    "de": "Sehr geehrter Herr Novak,\nwie versprochen reichen wir die Kennzahl nach: ungeplante Stillstandszeit der "
          "Spindeln, heute 38 Stunden pro Monat laut Maximo, Ziel unter 18 Stunden pro Monat innerhalb von 12 Monaten.",
}
VAGUE_AGAIN = ("Further to our last message: we will of course support you at every step of the project, and the "
               "details will be defined together in the workshop.")


@pytest.fixture(scope="module")
def first():
    """Round 1 sent, and read with the vendor's partial reply: the KPI and the history dodged."""
    evaluation = drafted(SPINDLE, "SpindleSense")
    evaluation = freeze(evaluation, score(evaluation), "K. Novak", SENT)
    return read_reply(evaluation, pasted(SPINDLE["replies"]["partial"]["text"], "reply", "Reply 1"),
                      today=date(2026, 12, 10))


def _by_topic(round_: Round) -> dict:
    return {q.topic: q for q in round_.questions}


@pytest.mark.parametrize("language", ["en", "de"])
def test_a_second_reply_settles_a_question_the_first_dodged_in_the_same_round(first, language):
    kpi_before = _by_topic(first.round)["kpi"]
    assert not kpi_before.settled
    later = read_further_reply(first.evaluation, pasted(KPI_LATER[language], "reply", "Reply 2"),
                               today=date(2026, 12, 12))
    [round_] = later.evaluation.rounds  # no new round
    kpi = _by_topic(round_)["kpi"]
    assert kpi.closed and kpi.settled
    assert [r.document for r in round_.replies] == ["Reply 1", "Reply 2"]
    assert round_.settled_by(kpi.id).document == "Reply 2" and round_.replies[1].replied_on == date(2026, 12, 12)
    assert round_.replies[0].settled == first.round.replies[0].settled  # what the first settled stays its own
    both = changes(round_)
    assert both.replies == 2 and both.questions_closed > changes(first.round).questions_closed
    assert both.score_after >= first.round.score_after
    assert sum(d.kind == "reply" for d in later.evaluation.documents) == 2


def test_a_question_an_earlier_reply_settled_stays_as_it_left_it(first):
    settled = {q.id: q for q in first.round.questions if q.settled}
    assert settled
    contrary = "About the data: it depends on your requirements and will be defined in the workshop."
    later = read_further_reply(first.evaluation, pasted(contrary, "reply", "Reply 2"), today=date(2026, 12, 12))
    for q in later.round.questions:
        if q.id in settled:
            assert q == settled[q.id]
            assert later.round.settled_by(q.id).document == "Reply 1"


def test_a_second_reply_repeating_a_vague_line_reopens_nothing_and_makes_nothing_specific(first):
    later = read_further_reply(first.evaluation, pasted(VAGUE_AGAIN, "reply", "Reply 2"), today=date(2026, 12, 12))
    assert later.round.questions == first.round.questions
    assert later.round.replies[-1].settled == []
    levels = lambda ev: {a.question: (a.evidence, a.choices) for a in ev.answers}  # noqa: E731
    assert levels(later.evaluation) == levels(first.evaluation)
    assert changes(later.round).responsiveness == changes(first.round).responsiveness


def test_a_round_still_waiting_for_its_first_reply_takes_it_as_before(first):
    sent = freeze(drafted(SPINDLE, "SpindleSense"), score(drafted(SPINDLE, "SpindleSense")), "K. Novak", SENT)
    with pytest.raises(RoundError):
        read_further_reply(sent, pasted(KPI_LATER["en"], "reply", "Reply 1"))
    text = SPINDLE["replies"]["partial"]["text"]
    once = read_reply_into_round(sent, pasted(text, "reply", "Reply 1"), today=date(2026, 12, 10))
    assert once.round.questions == first.round.questions and len(once.round.replies) == 1


def test_the_same_message_read_twice_into_a_round_is_refused(first):
    with pytest.raises(RoundError, match="already read into round 1"):
        read_further_reply(first.evaluation, pasted(SPINDLE["replies"]["partial"]["text"], "reply", "Reply 1 again"))


def test_a_round_saved_with_one_reply_loads_with_that_reply_listed(first):
    data = json.loads(first.evaluation.model_dump_json())
    for round_ in data["rounds"]:
        del round_["replies"]  # as a file saved before rounds took several replies
    loaded = Evaluation.model_validate(data)
    [round_] = loaded.rounds
    assert round_.replies == first.round.replies and round_.settled_by("1.9").document == "Reply 1"
    assert changes(round_) == changes(first.round)
    unreplied = dict(data["rounds"][0], reply_document="", reply_sha256="", replied_on=None)
    assert Round.model_validate(unreplied).replies == []  # no reply, none listed


def test_exports_list_every_reply_and_which_one_settled_each_question(first):
    single = to_markdown(first.evaluation, score(first.evaluation)).decode()
    assert "**Reply:** Reply 1, dated" in single and "(reply 1)" not in single  # one reply: as before
    later = read_further_reply(first.evaluation, pasted(KPI_LATER["en"], "reply", "Reply 2"), today=date(2026, 12, 12))
    text = to_markdown(later.evaluation, score(later.evaluation)).decode()
    assert "**Replies:** Reply 1: Reply 1, dated 2026-12-10" in text
    assert "Reply 2: Reply 2, dated 2026-12-12" in text and "(reply 2)" in text
    assert "(2 replies, read together)" in text
    assert replies_said(first.round) == []  # Compare: one reply says its line alone, as before
    assert [r.split(",")[0] for r in replies_said(later.round)] == ["Reply 1: Reply 1", "Reply 2: Reply 2"]
    assert _by_topic(later.round)["kpi"].id in replies_said(later.round)[1].split("settled ")[1].split(", ")


def run(*args):
    return subprocess.run([sys.executable, "-m", "scoring", *map(str, args)], cwd=ROOT, capture_output=True, text=True)


def test_cli_reply_reads_a_further_reply_into_the_same_round(first, tmp_path):
    (tmp_path / "after.json").write_text(first.evaluation.model_dump_json(), encoding="utf-8")
    (tmp_path / "kpi.txt").write_text(KPI_LATER["en"], encoding="utf-8")
    out = run("reply", tmp_path / "after.json", tmp_path / "kpi.txt", "--format", "json")
    assert out.returncode == 0, out.stderr
    [round_] = json.loads(out.stdout)["rounds"]
    assert [r["document"] for r in round_["replies"]] == ["Reply 1", "kpi.txt"]
    text = run("reply", tmp_path / "after.json", tmp_path / "kpi.txt")
    assert "Reply 2: kpi.txt" in text.stdout and "2 replies" in text.stdout
    again = run("reply", tmp_path / "after.json", tmp_path / "kpi.txt", "--new-round", "--format", "json")
    assert again.returncode == 0 and len(json.loads(again.stdout)["rounds"]) == 2


def test_cli_reply_with_a_message_already_read_exits_2_with_one_line(first, tmp_path):
    (tmp_path / "after.json").write_text(first.evaluation.model_dump_json(), encoding="utf-8")
    (tmp_path / "same.txt").write_text(SPINDLE["replies"]["partial"]["text"], encoding="utf-8")
    out = run("reply", tmp_path / "after.json", tmp_path / "same.txt")
    assert out.returncode == 2 and out.stdout == "" and len(out.stderr.strip().splitlines()) == 1
    assert "already read into round 1" in out.stderr
