"""The buyer's review decisions stick across rounds (issue 16): a change a reply proposed that the buyer declined is not
proposed again for the same sentences; rejecting a wrong draft after a reply removes the offer's draft, not the answer
the reply gave, so the gap the reply closed stays closed; an answer the buyer made whose evidence level is not chosen
yet is not asked again as if blank."""
from datetime import date

import pytest

from questions import Answer
from questions.answer_edits import reject
from reading.documents import pasted
from rounds_corpus import SENT, cases, drafted
from scoring import score
from scoring.round_now import changes_now
from scoring.round_rejects import reject_drafts
from scoring.round_taking import keep_own_answer, pending
from scoring.rounds import freeze, may_also_ask, open_questions, open_sources, read_reply
from scoring.rules import is_answered

SPINDLE = dict(cases("tuning"))["spindle_ai"]
SPECIFIC = SPINDLE["replies"]["specific"]["text"]
LATER = date(2026, 12, 1)


def _read(evaluation, text: str, name: str = "Reply", today: date | None = None):
    return read_reply(evaluation, pasted(text, "reply", name), today=today)


@pytest.fixture(scope="module")
def declined():
    """Every answer the buyer's own, the specific reply read, the first change it proposes declined."""
    evaluation = drafted(SPINDLE, "SpindleSense")
    mine = [a.model_copy(update={"drafted": False, "reviewed": True}) for a in evaluation.answers]
    evaluation = evaluation.model_copy(update={"answers": mine})
    done = _read(freeze(evaluation, score(evaluation), "K. Novak", SENT), SPECIFIC).evaluation
    proposals = pending(done)
    assert len(proposals) >= 2, "the case needs several proposals"
    return keep_own_answer(done, proposals[0].question), proposals[0], proposals[1:]


# --- 1. a declined proposal does not come back ---------------------------------------------------

def test_a_declined_proposal_is_remembered_in_its_round(declined):
    kept, no, _ = declined
    assert [a.question for a in kept.rounds[-1].declined] == [no.question]
    assert no.question not in {a.question for a in pending(kept)}


def test_reading_the_same_reply_again_does_not_propose_the_declined_change_again(declined):
    kept, no, others = declined
    again = _read(kept, SPECIFIC, today=LATER)
    assert no.question not in {p.question for p in again.proposed}
    assert {p.question for p in others} <= {p.question for p in again.proposed}  # the others are still proposed


def test_a_later_reply_repeating_the_sentence_does_not_propose_it_again(declined):
    kept, no, _ = declined
    sentence = next(q for q in no.quotes if q in SPECIFIC)
    later = f"Dear Ms Novak,\n\nas written before: {sentence}\n\nWe look forward to the pilot.\n\nKind regards,\nAnna Berg\n"
    again = _read(kept, later, "Second reply", LATER)
    assert no.question not in {p.question for p in again.proposed}


def test_a_new_sentence_on_the_declined_question_is_proposed(declined):
    kept, no, _ = declined
    text = {"workflow.analytics": "The model also detects tool breakage on the spindles as it happens, from the "
                                  "vibration signal, and flags the loss patterns of each shift.",
            "workflow.technologies": "Each spindle carries an IoT vibration sensor and the edge gateway runs the "
                                     "machine learning model on site."}.get(no.question)
    if text is None:
        pytest.skip(f"no new sentence written for {no.question}")
    again = _read(kept, f"Hello,\n\n{text}\n\nBest regards,\nAnna Berg\n", "Second reply", LATER)
    assert no.question in {p.question for p in again.proposed}


# --- 2. rejecting the offer's wrong draft leaves the reply's answer --------------------------------

OFFER = """Dear Mr Brenner,
thank you for the visit to your Aalen plant on 3 November. Below is our offer for line 3.
SpindleSense AI brings predictive maintenance to line 3.
On each of your 12 machining centres MC-301 to MC-312 an edge gateway reads the spindle load and the part counter from the Fanuc controller every second.
Your maintenance planner, Mr Kovac, receives each alert on his tablet and approves the work order.
The pilot starts on 12 January 2027 on MC-301 to MC-304 and costs 24,000 EUR.
"""


@pytest.fixture(scope="module")
def mixed():
    """The offer's specific sentence drafted the data captured (a part counter: no condition data, so the round asked);
    the reply named vibration and temperature; the answer holds both, the gaps on it closed by the reply."""
    evaluation = drafted({"proposal": OFFER}, "SpindleSense")
    done = _read(freeze(evaluation, score(evaluation), "K. Novak", SENT), SPECIFIC).evaluation
    answer = done.answer("data.captured")
    assert {"vibration", "production_count"} <= set(answer.choices) and answer.unreviewed
    assert any("part counter" in q for q in answer.quotes) and any(q in SPECIFIC for q in answer.quotes)
    assert not changes_now(done)[-1].open_again
    return done


def test_rejecting_the_offers_wrong_draft_leaves_the_replys_answer_and_the_gap_closed(mixed):
    rejected = reject_drafts(mixed, ["data.captured"])
    answer = rejected.answer("data.captured")
    assert "vibration" in answer.choices and "production_count" not in answer.choices
    assert all(q in SPECIFIC for q in answer.quotes) and answer.reviewed  # a re-draft brings the offer's back no more
    now = changes_now(rejected)[-1]
    assert not now.open_again and now.closed == changes_now(mixed)[-1].closed  # the round still names what it settled
    assert changes_now(reject(mixed, ["data.captured"]))[-1].open_again  # emptied whole, the gaps would open again


def test_rejecting_an_answer_that_is_only_the_replys_empties_it_and_opens_its_question_again():
    evaluation = drafted(SPINDLE, "SpindleSense")
    done = _read(freeze(evaluation, score(evaluation), "K. Novak", SENT), SPECIFIC).evaluation
    assert all(q in SPECIFIC for q in done.answer("data.history").quotes)
    rejected = reject_drafts(done, ["data.history"])
    assert not rejected.answer("data.history").has_content
    assert changes_now(rejected)[-1].open_again


def test_rejecting_a_draft_before_any_reply_is_the_plain_rejection():
    evaluation = drafted({"proposal": OFFER}, "SpindleSense")
    assert reject_drafts(evaluation, ["data.captured"]) == reject(evaluation, ["data.captured"])


# --- 3. an answer with no evidence level is not asked as if blank ----------------------------------

@pytest.fixture(scope="module")
def spindle():
    return drafted(SPINDLE, "SpindleSense")


def _with(evaluation, answer: Answer):
    return evaluation.model_copy(update={"answers": [a for a in evaluation.answers if a.question != answer.question]
                                         + [answer]})


@pytest.mark.parametrize("answer", [
    Answer(question="upkeep.owner", evidence="not_answered", choices=["maintenance_team"]),
    Answer(question="upkeep.owner", evidence="not_answered", text="Our own maintenance crew, Ms Weber's team."),
])
def test_an_answer_made_without_its_evidence_level_is_not_asked_as_unanswered(spindle, answer):
    blank = {s.id for s in open_sources(spindle, score(spindle))}
    assert "question:upkeep.owner" in blank  # the case: the offer leaves it open
    made = _with(spindle, answer)
    assert "question:upkeep.owner" not in {s.id for s in open_sources(made, score(made))}
    assert "upkeep.owner" not in may_also_ask(made, score(made))


def test_a_gap_that_needs_a_level_there_is_still_asked(spindle):
    made = _with(spindle, Answer(question="data.captured", evidence="not_answered", choices=["vibration"]))
    sources = {s.id for s in open_sources(made, score(made))}
    assert "question:data.captured" not in sources
    assert "gap:predictive_maintenance:data.captured" in sources  # no level chosen: the gap's rule is not met
    assert "data" in {q.topic for q in open_questions(made, score(made))}


@pytest.mark.parametrize("answer", [
    Answer(question="decision.kpi", evidence="not_answered"),
    Answer(question="decision.kpi", evidence="specific", quotes=["Downtime falls by half."]),
    Answer(question="decision.kpi", evidence="vendor_claim", measure={"unit": "h"}),
    Answer(question="decision.kpi", evidence="not_answered", drafted=True, reviewed=True),
])
def test_an_answer_that_says_nothing_is_still_asked(spindle, answer):
    assert not is_answered(answer)
    made = _with(spindle, answer)
    assert "question:decision.kpi" in {s.id for s in open_sources(made, score(made))}


# --- the Follow-up page ------------------------------------------------------------------------------

def test_the_follow_up_page_does_not_offer_a_declined_change_in_the_next_round(store):
    import kit
    eid = store.create(drafted(SPINDLE, "SpindleSense")).id
    evaluation = store.get(eid).evaluation
    mine = [a.model_copy(update={"drafted": False, "reviewed": True}) for a in evaluation.answers]
    store.save(eid, evaluation.model_copy(update={"answers": mine}), 1)
    at = kit.open_app("rounds", eid, timeout=60)
    key = lambda part: f"rounds:{eid}:{part}"  # noqa: E731

    def paste(text: str) -> None:
        at.text_area(key=key("paste")).input(text)
        at.button(key=key("read")).click().run()
        assert not at.exception, at.exception

    at.button(key=key("send")).click().run()
    paste(SPECIFIC)
    no = pending(store.get(eid).evaluation)[0]
    at.button(key=key(f"keep:{no.question}")).click().run()
    at.button(key=key("send")).click().run()  # round 2: the reply repeats what it said
    paste(f"Dear Ms Novak,\n\nas written before: {next(q for q in no.quotes if q in SPECIFIC)}\n\nKind regards,\nAnna Berg\n")
    saved = store.get(eid).evaluation
    assert len(saved.rounds) == 2 and no.question not in {a.question for a in pending(saved)}
    assert not [b for b in at.button if b.key in (key(f"keep:{no.question}"), key(f"accept:{no.question}"))]
