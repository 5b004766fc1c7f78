"""The Consensus page and evaluator ownership, headless with AppTest, signed in through st.user.

Two evaluators (Ann, Raj) each have their own evaluation of LineView Pro in one group; Ann's
answers are example a's, Raj's are example b's, so they disagree on many questions.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kit import IMPORT, key, opened, shown, unescape
from questions import load_evaluation
from scoring import score
from scoring.consensus import consensus
from scoring.scorecard import whole
from store import Store
import re
from questions.wording import many

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.json"))
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "q7Zr2LwXe9TbN4vKc1sHf8JmYd3GpUa6", "client_id": "winnow",
        "client_secret": "s3cret", "server_metadata_url": "http://localhost:9400/.well-known/openid-configuration"}
ANN = {"is_logged_in": True, "email": "ann@plant.example", "name": "Ann"}
RAJ = {"is_logged_in": True, "email": "raj@plant.example", "name": "Raj"}
ANN_AS, RAJ_AS = "Ann (ann@plant.example)", "Raj (raj@plant.example)"  # as the team sees them
MIA = {"is_logged_in": True, "email": "mia@plant.example", "name": "Mia"}
HOSTILE = "<img src=x onerror=alert(1)> **bold** [x](javascript:alert(1))"


@pytest.fixture
def store(monkeypatch, app_url) -> Store:
    monkeypatch.delenv("WINNOW_ALLOWED_USERS", raising=False)
    return Store(app_url)


@pytest.fixture
def team(store) -> dict:
    """The proposal, Ann's and Raj's own evaluations of it (ids), and their consensus."""
    a, b = load_evaluation(EXAMPLES[0]), load_evaluation(EXAMPLES[1])
    first = store.create(a)
    ids = {}
    for who, answers in ((ANN, a.answers), (RAJ, b.answers)):
        mine = store.join(first.id, evaluator=f"{who['name']} ({who['email']})", owner=who["email"])
        store.save(mine.id, mine.evaluation.model_copy(update={"answers": answers}), mine.version, actor=who["email"])
        ids[who["name"]] = mine.id
    group = store.group(first.id)
    names = ["Example author"] + [s.evaluation.evaluator for s in group[1:]]
    return {"first": first.id, **ids, "consensus": consensus([(n, s.evaluation) for n, s in zip(names, group)])}


def open_page(user: dict | None, eid: str, page: str = "consensus") -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    if user is not None:
        at.secrets["auth"] = AUTH
        at.secrets["winnow"] = {"allowed": ["@plant.example"]}
        at.user = user
    at.query_params["id"] = eid
    at.run()
    at.switch_page(f"views/{page}.py").run()
    assert not at.exception, at.exception
    return at


def test_the_page_shows_every_evaluator_the_merged_score_and_the_disagreements(team):
    at = open_page(ANN, team["Ann"])
    result = team["consensus"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Consensus \\(median\\)"] == f"{result.merged.overall:.0f}/100"
    assert metrics["Ann \\(ann@plant\\.example\\)"] == f"{result.scorecards[1].overall:.0f}/100"
    assert metrics["Raj \\(raj@plant\\.example\\)"] == f"{result.scorecards[2].overall:.0f}/100"
    assert f"Question by question: {many(len(result.disagreements), 'disagreement')}" in shown(at)
    captions = " ".join(unescape(c.value) for c in at.caption)
    assert "3 evaluators" in captions and "Evaluated by" not in captions  # the page speaks for all three
    flagged = [e.label for e in at.expander if "Disagreement" in e.label]
    assert len(flagged) == len(result.disagreements) > 0
    text = shown(at)
    for card in (result.merged, *result.scorecards):  # each scorecard's gaps, side by side
        assert all(f"Gap, {g.label_name}: {g.missing}" in text for g in card.gaps)
    assert len([link for link in at.get("page_link") if link.proto.label == "Full scorecard"]) == 3  # one per evaluator


def test_a_comment_is_saved_to_the_question_s_thread_and_shown_as_plain_text(team, store):
    at = open_page(RAJ, team["Raj"])
    qid = team["consensus"].disagreements[0].question
    at.text_area(key=f"comment_text:{qid}").input(HOSTILE)
    next(b for b in at.button if b.label == "Add comment" and qid in str(b.form_id)).click().run()
    assert not at.exception, at.exception
    thread = store.comments(store.get(team["first"]).group_id, qid)
    assert [(c.author, c.text) for c in thread] == [("Raj (raj@plant.example)", HOSTILE)]
    assert HOSTILE in shown(at)
    assert not any("<img" in m.value.replace("\\<img", "") for m in at.markdown)


def test_a_signed_in_user_with_no_evaluation_of_the_proposal_can_join_it(team, store):
    at = open_page(MIA, team["first"])
    at.button(key="consensus:join").click().run()
    assert not at.exception, at.exception
    group = store.group(team["first"])
    mine = [s for s in group if s.owner == "mia@plant.example"]
    assert len(mine) == 1 and mine[0].evaluation.evaluator == "Mia (mia@plant.example)"
    assert mine[0].evaluation.answers == []
    assert at.query_params["id"] == [mine[0].id] or at.query_params["id"] == mine[0].id


def test_an_evaluator_who_has_joined_is_offered_their_own_answers_not_a_second_join(team):
    at = open_page(ANN, team["first"])
    assert not [b for b in at.button if b.key == "consensus:join"]


def test_without_sign_in_there_is_nobody_to_join_as(team):
    at = open_page(None, team["first"])
    assert not [b for b in at.button if b.key == "consensus:join"]
    assert "3 evaluators" in shown(at)
    assert "once Winnow runs with sign-in" not in shown(at)  # a team already: nothing to explain


def test_a_lone_local_buyer_is_told_how_colleagues_would_join(store):
    """A new buyer's walk found Consensus with one evaluator and no word of how a second joins."""
    alone = store.create(load_evaluation(EXAMPLES[0])).id
    at = open_page(None, alone)
    assert not [b for b in at.button if b.key == "consensus:join"]
    assert "once Winnow runs with sign-in" in shown(at)


def test_another_evaluator_s_answers_open_read_only_with_the_reason(team):
    at = open_page(RAJ, team["Ann"], page="evaluate")
    assert "This evaluation is ann@plant.example's: only they can change it" in shown(at)
    assert at.warning[0].value.startswith("This evaluation is ann@plant")  # at the top, before the form
    assert at.text_input(key=key(team["Ann"], "header", "vendor")).disabled
    assert at.selectbox(key=key(team["Ann"], "problem.plant_problems", "evidence")).disabled


def test_another_evaluator_s_evaluation_disables_the_upload_and_points_to_no_reload_button(team):
    at = open_page(RAJ, team["Ann"], page="evaluate")
    uploads = at.get("file_uploader")
    assert uploads and all(u.proto.disabled for u in uploads)
    assert at.radio(key=f"proposal:{team['Ann']}:source").disabled
    assert not [b for b in at.button if "Reload" in b.label]
    text = shown(at)
    assert "Reload" not in text and "Only the evaluator who owns this evaluation adds its documents." in text


def test_the_owner_s_upload_box_stays_enabled(team):
    at = open_page(ANN, team["Ann"], page="evaluate")
    assert not any(u.proto.disabled for u in at.get("file_uploader"))
    assert "adds its documents" not in shown(at)


def test_the_owner_s_own_answers_stay_editable(team, store):
    at = open_page(ANN, team["Ann"], page="evaluate")
    assert "only they can change it" not in shown(at)
    at.text_input(key=key(team["Ann"], "header", "vendor")).input("Acme (checked by Ann)").run()
    assert store.get(team["Ann"]).evaluation.vendor == "Acme (checked by Ann)"


def test_the_consensus_downloads_are_offered(team):
    at = open_page(ANN, team["Ann"])
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Markdown", "CSV", "JSON"]


def test_compare_can_rank_on_each_proposal_s_consensus(team, store):
    other = store.create(load_evaluation(EXAMPLES[2]))
    mia = store.join(team["first"], evaluator="Mia", owner=MIA["email"])  # a second vote for Raj's answers
    store.save(mia.id, store.get(team["Raj"]).evaluation.model_copy(update={"evaluator": "Mia"}), mia.version,
               actor=MIA["email"])
    for eid, who in ((team["Ann"], ANN), (team["Raj"], RAJ), (mia.id, MIA)):  # a label each in the picker
        mine = store.get(eid)
        store.rename(eid, f"{mine.evaluation.proposal} ({who['name']})", mine.version, actor=who["email"])
    group = store.group(team["first"])
    merged = consensus([(str(i), s.evaluation) for i, s in enumerate(group)]).merged
    lineview = store.get(team["first"]).evaluation
    at = open_page(ANN, team["first"], page="compare")
    at.multiselect(key="compare:ids").set_value([team["first"], other.id]).run()

    def overall() -> float:
        table = next(d.value for d in at.dataframe if "Overall (weighted)" in d.value.index)
        return float(table.loc["Overall (weighted)", lineview.proposal])

    assert overall() == whole(score(lineview).overall)  # shown as the scorecard rounds it
    at.toggle(key="compare:consensus").set_value(True).run()
    assert not at.exception, at.exception
    assert overall() == whole(merged.overall) != whole(score(lineview).overall)


def test_the_page_marks_the_drafts_an_evaluator_has_not_reviewed(team, store):
    saved = store.get(team["Ann"])
    drafted = saved.evaluation.answers[0].question
    answers = [a.model_copy(update={"drafted": a.question == drafted}) for a in saved.evaluation.answers]
    store.save(saved.id, saved.evaluation.model_copy(update={"answers": answers}), saved.version,
               actor="ann@plant.example")
    at = open_page(ANN, team["Ann"])
    assert "Drafted answers not yet reviewed, marked \"draft\" below: Ann (ann@plant.example) 1." in shown(at)
    prompt = next(q.prompt for q in team["consensus"].questions if q.question == drafted)
    at.toggle(key="consensus:only_disagreements").set_value(False).run()  # every question, not only the flagged
    label = next(unescape(e.label) for e in at.expander if prompt in unescape(e.label))
    assert label.count("(draft)") == 1
    untouched = open_page(RAJ, team["Raj"])  # the same group: Ann's draft shows to Raj too
    assert "Ann (ann@plant.example) 1." in shown(untouched)


@pytest.fixture
def midway(store) -> dict:
    """Ann has answered as example a; Raj, on the same answers, has reached every other question."""
    a = load_evaluation(EXAMPLES[0])
    first = store.create(a)
    ids = {}
    for who, answers in ((ANN, a.answers), (RAJ, a.answers[::2])):
        mine = store.join(first.id, evaluator=f"{who['name']} ({who['email']})", owner=who["email"])
        update = {"answers": answers, "evidence_records": a.evidence_records}  # the same records back the same levels
        store.save(mine.id, mine.evaluation.model_copy(update=update), mine.version, actor=who["email"])
        ids[who["name"]] = mine.id
    group = store.group(first.id)
    return {**ids, "consensus": consensus([(s.evaluation.evaluator, s.evaluation) for s in group])}


def test_mid_way_the_page_flags_no_disagreement_and_keeps_the_merged_score_of_the_answered_questions(midway):
    at = open_page(ANN, midway["Ann"])
    result = midway["consensus"]
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Consensus \\(median\\)"] == metrics["Ann \\(ann@plant\\.example\\)"] == f"{score(load_evaluation(EXAMPLES[0])).overall:.0f}/100"
    assert "Question by question: 0 disagreements" in shown(at)
    assert not [e for e in at.expander if "Disagreement" in e.label]
    assert result.disagreements == []


def test_mid_way_the_page_shows_apart_who_has_not_answered_what_and_each_evaluator_s_progress(midway):
    at = open_page(RAJ, midway["Raj"])
    result = midway["consensus"]
    (ann, total), (raj, _) = result.progress[ANN_AS], result.progress[RAJ_AS]
    author = result.evaluators[0]
    text = shown(at)
    assert f"Not answered yet: {many(len(result.waiting), 'question')}" in text
    assert f"Answered so far: {author} {ann} of {total} · {ANN_AS} {ann} of {total} · {RAJ_AS} {raj} of {total}." in text
    assert f"{raj} of {total} answered" in text  # under Raj's score
    table = next(d.value for d in at.dataframe if "Not answered yet by" in d.value.columns)
    assert list(table["Question"]) == [q.prompt for q in result.waiting]
    assert RAJ_AS in set(table["Not answered yet by"])
    skipped = next(q for q in result.waiting if q.waiting == [RAJ_AS])
    label = next(unescape(e.label) for e in at.expander if skipped.prompt in unescape(e.label))
    assert f"not answered yet: {RAJ_AS}" in label and label.count(" / ") == 1  # two answers, not three


def test_the_section_table_says_how_many_evaluators_each_merged_score_rests_on(midway):
    at = open_page(ANN, midway["Ann"])
    result = midway["consensus"]
    table = next(d.value for d in at.dataframe if "Overall (weighted)" in d.value.index)
    assert table.loc["Overall (weighted)", "Consensus rests on"] == "3 of 3 evaluators"
    for s in result.merged.sections:
        assert table.loc[s.title, "Consensus rests on"] == f"{result.rests_on(s.id)} of 3 evaluators"


# --- who evaluates: the owner's account, whatever a page, a save, a copy or a file says ------------

def evaluators_shown(at: AppTest) -> str:
    return next(c.value for c in at.caption if re.search(r"\d evaluators?:", c.value))


def test_signed_in_the_evaluator_field_shows_the_account_and_cannot_be_edited(team):
    at = open_page(ANN, team["Ann"], page="evaluate")
    box = next(t for t in at.text_input if t.label == "Evaluator")
    assert box.value == ANN_AS and box.disabled
    assert not [t for t in at.text_input if t.key == key(team["Ann"], "header", "evaluator")]  # no free-text field


def test_a_colleague_s_name_saved_by_the_owner_does_not_change_who_consensus_shows(team, store):
    mine = store.get(team["Ann"])
    saved = store.save(mine.id, mine.evaluation.model_copy(update={"evaluator": RAJ_AS}), mine.version,
                       actor=ANN["email"])
    assert saved.evaluation.evaluator == ANN_AS and store.get(mine.id).evaluation.evaluator == ANN_AS
    names = unescape(evaluators_shown(open_page(RAJ, team["Ann"])))
    assert names.count(RAJ_AS) == 1 and names.count(ANN_AS) == 1


def test_a_colleague_s_name_written_into_the_saved_row_does_not_change_who_consensus_shows(team, store):
    from sqlalchemy import text
    with store.engine.begin() as db:  # the stored evaluation file edited behind Winnow's back
        db.execute(text("UPDATE evaluations SET json = REPLACE(json, :ann, :raj), evaluator = :raj WHERE id = :id"),
                   {"ann": ANN_AS, "raj": RAJ_AS, "id": team["Ann"]})
    names = unescape(evaluators_shown(open_page(RAJ, team["Ann"])))
    assert names.count(RAJ_AS) == 1 and "ann@plant.example" in names  # Ann's address, never Raj twice
    assert store.get(team["Ann"]).evaluation.evaluator == "ann@plant.example"  # and so in every export
    assert [s.evaluator for s in store.list() if s.id == team["Ann"]] == ["ann@plant.example"]


def test_consensus_names_signed_in_owners_from_their_account_never_the_free_text_field():
    from types import SimpleNamespace
    from views.panel import evaluator_names

    def saved(owner, evaluator):
        return SimpleNamespace(owner=owner, evaluation=SimpleNamespace(evaluator=evaluator))
    group = [saved("", "Local Lou"), saved("ann@plant.example", RAJ_AS), saved("raj@plant.example", RAJ_AS),
             saved("mia@plant.example", "Mia (mia@plant.example)")]
    assert evaluator_names(group) == ["Local Lou", "ann@plant.example", RAJ_AS, "Mia (mia@plant.example)"]


def test_a_duplicate_of_a_colleague_s_evaluation_is_mine_and_evaluated_by_me(team, store):
    anns = store.rename(team["Ann"], "Ann's own quote", store.get(team["Ann"]).version, actor=ANN["email"])
    at = open_page(RAJ, anns.id, page="library")
    names = list(at.dataframe[0].value["Proposal"])
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [names.index("Ann's own quote")]}}
    at.run()
    at.button(key="library:dup").click().run()
    assert not at.exception, at.exception
    copy = next(store.get(s.id) for s in store.list() if s.proposal == "Ann's own quote (copy)")
    assert (copy.owner, copy.evaluation.evaluator) == (RAJ["email"], RAJ_AS)
    assert copy.evaluation.answers == anns.evaluation.answers  # her answers, now Raj's to change
    assert ("copied_from", team["Ann"]) in [(e.field, e.after) for e in store.history(copy.id) if not e.question]


def test_an_import_of_a_file_naming_someone_else_is_mine_and_evaluated_by_me(store):
    data = json.loads(EXAMPLES[0].read_text())
    data.update(proposal="Quote from Ann's laptop", evaluator=ANN_AS)
    at = opened(open_page(RAJ, store.create(load_evaluation(EXAMPLES[1])).id, page="library"), IMPORT)
    at.file_uploader[0].set_value(("quote.json", json.dumps(data).encode(), "application/json"))
    at.button(key="FormSubmitter:import-Import").click().run()
    assert not at.exception, at.exception
    imported = next(store.get(s.id) for s in store.list() if s.proposal == "Quote from Ann's laptop")
    assert (imported.owner, imported.evaluation.evaluator) == (RAJ["email"], RAJ_AS)


def test_without_sign_in_the_evaluator_field_stays_free_text(team, store):
    at = open_page(None, team["first"], page="evaluate")
    box = at.text_input(key=key(team["first"], "header", "evaluator"))
    assert not box.disabled
    box.input("Lou from maintenance").run()
    assert store.get(team["first"]).evaluation.evaluator == "Lou from maintenance"
