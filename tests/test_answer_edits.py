"""The answer-editing rules (questions/answer_edits.py), one rule at a time, without the app."""
from questions import Answer, Evaluation, load_bank
from questions.answer_edits import accept_quote, clear_unreviewed, evidence_for, keep, merge_draft, reject, \
    remove_quote, same_quote, take_proposed, typed, with_answer

BANK = load_bank()
QUESTIONS = BANK.questions()
CAPTURED, HISTORY, STATEMENT = QUESTIONS["data.captured"], QUESTIONS["data.history"], QUESTIONS["problem.statement"]


def _evaluation(*answers: Answer) -> Evaluation:
    return Evaluation(bank_version=BANK.version, proposal="P", answers=list(answers))


def _draft(question: str, **fields) -> Answer:
    return Answer(question=question, drafted=True, **fields)


def test_keeping_a_draft_marks_it_reviewed_and_changes_nothing_else():
    draft = _draft("data.captured", choices=["machine_status"], quotes=["We read machine status."])
    kept = keep(_evaluation(draft), ["data.captured"]).answer("data.captured")
    assert kept == draft.model_copy(update={"reviewed": True})


def test_keeping_leaves_an_answer_the_buyer_typed_alone():
    mine = Answer(question="data.captured", choices=["machine_status"])
    assert keep(_evaluation(mine), ["data.captured"]).answer("data.captured") == mine


def test_rejecting_a_draft_leaves_it_empty_and_reviewed():
    rejected = reject(_evaluation(_draft("data.captured", choices=["machine_status"])), ["data.captured"])
    answer = rejected.answer("data.captured")
    assert answer.is_empty and answer.reviewed and answer.evidence == "not_answered"


def test_merging_a_draft_never_replaces_the_buyers_answer_and_fills_the_rest():
    mine = Answer(question="data.captured", choices=["production_count"])
    drafted = _evaluation(_draft("data.captured", choices=["machine_status"]), _draft("problem.statement", text="x"))
    merged = merge_draft(_evaluation(mine), drafted, BANK)
    assert merged.answer("data.captured") == mine
    assert merged.answer("problem.statement").drafted


def test_clearing_removes_only_unreviewed_drafts():
    reviewed = _draft("data.captured", choices=["machine_status"], reviewed=True)
    cleared = clear_unreviewed(_evaluation(reviewed, _draft("problem.statement", text="x")))
    assert cleared.answers == [reviewed]


def test_accepting_a_quote_adds_it_once_raises_the_evidence_and_ticks_the_options_it_names():
    before = _evaluation(_draft("data.captured", choices=["machine_status"], quotes=["We read status."]))
    after = accept_quote(before, CAPTURED, "we read  STATUS.", "specific", ["production_count", "nonsense"], BANK)
    answer = after.answer("data.captured")
    assert answer.quotes == ["We read status."]
    assert answer.evidence == "specific" and answer.reviewed
    assert answer.choices == ["machine_status", "production_count"]


def test_accepting_a_quote_never_lowers_the_evidence_and_keeps_a_one_answer_choice():
    before = _evaluation(Answer(question="data.history", evidence="proven", choices=["months"]))
    after = accept_quote(before, HISTORY, "Two years of history.", "vendor_claim", ["years_exportable"], BANK)
    answer = after.answer("data.history")
    assert answer.evidence == "proven" and answer.choices == ["months"] and not answer.reviewed


def test_removing_the_last_quote_of_a_typed_answer_removes_the_answer():
    before = _evaluation(Answer(question="problem.statement", quotes=["A sentence."]))
    assert remove_quote(before, "problem.statement", "A sentence.", BANK).answer("problem.statement") is None


def test_removing_the_last_quote_of_a_draft_leaves_it_rejected():
    before = _evaluation(_draft("problem.statement", evidence="specific", quotes=["A sentence."]))
    answer = remove_quote(before, "problem.statement", "A sentence.", BANK).answer("problem.statement")
    assert answer.is_empty and answer.reviewed and answer.evidence == "not_answered"


def test_removing_one_quote_keeps_the_answers_content():
    before = _evaluation(Answer(question="problem.statement", text="Downtime", quotes=["A.", "B."]))
    answer = remove_quote(before, "problem.statement", "A.", BANK).answer("problem.statement")
    assert answer.quotes == ["B."] and answer.text == "Downtime"


def test_a_typed_value_keeps_the_quotes_and_reviews_a_draft():
    previous = _draft("problem.statement", text="old", quotes=["Q."])
    answer = typed("problem.statement", {"text": "new"}, "specific", previous)
    assert answer.text == "new" and answer.quotes == ["Q."] and answer.reviewed


def test_a_value_cleared_removes_a_typed_answer_and_rejects_a_draft():
    assert typed("problem.statement", {"text": " "}, "not_answered", Answer(question="problem.statement", text="x")) is None
    rejected = typed("problem.statement", {"text": ""}, "not_answered", _draft("problem.statement", text="x"))
    assert rejected.is_empty and rejected.drafted and rejected.reviewed


def test_entering_something_leaves_the_level_to_choose_and_clearing_it_not_answered():
    assert evidence_for({"text": "SAP"}, "not_answered") == "not_answered"  # asked of the buyer, never guessed
    assert evidence_for({"text": "SAP"}, "proven") == "proven"
    assert evidence_for({"text": "  "}, "proven") == "not_answered"
    assert evidence_for({"choices": []}, "specific", quoted=True) == "specific"  # the quotes still stand


def test_taking_the_replys_answer_replaces_the_buyers_as_reviewed():
    before = _evaluation(Answer(question="problem.statement", text="mine"))
    after = take_proposed(before, _draft("problem.statement", text="theirs"))
    assert after.answer("problem.statement").text == "theirs" and after.answer("problem.statement").reviewed


def test_an_answer_set_lands_in_the_banks_order():
    before = _evaluation(Answer(question="problem.statement", text="x"))
    after = with_answer(before, "problem.plant_problems", Answer(question="problem.plant_problems", choices=["other"]), BANK)
    assert [a.question for a in after.answers] == ["problem.plant_problems", "problem.statement"]
    assert with_answer(after, "problem.statement", None, BANK).answers == after.answers[:1]


def test_the_same_quote_is_found_whatever_its_spacing_and_case():
    assert same_quote("We read  status.", "we read status.")
    assert not same_quote("We read status.", "We read state.")


def test_a_sentence_the_buyer_cuts_from_a_drafted_text_no_longer_counts_as_its_quote():
    """Walk 54 rewrote a drafted protocols answer; the sentences it replaced still counted ("Names 9 specific things")."""
    planner = "The maintenance planner decides in the daily 7:30 meeting which jobs are done."
    tls = "The edge box opens outbound connections only (TLS 1.3)."
    kept_apart = "Data is sent over OPC UA."  # quoted, never part of the drafted text: not the buyer's to cut
    drafted = Answer(question="data.protocols", text=f"{planner} {tls}", quotes=[planner, tls, kept_apart],
                     drafted=True)
    content = {"choices": [], "measure": None, "integrations": []}
    rewritten = typed("data.protocols", {**content, "text": "OPC UA (EUROMAP 77), 1 s; " + tls}, "specific", drafted)
    assert rewritten.quotes == [tls, kept_apart] and rewritten.reviewed
    untouched = typed("data.protocols", {**content, "text": f"{planner}  {tls} Checked."}, "specific", drafted)
    assert untouched.quotes == drafted.quotes


def test_dropping_one_drafted_option_keeps_the_others_and_the_offers_as_a_reviewed_edit():
    from questions.answer_edits import drop_option
    drafted = Answer(question="problem.plant_problems", evidence="specific", drafted=True, quotes=["q"],
                     choices=["downtime_unclear", "inventory_mismatch"], suggested=["energy_cost"])
    start = Evaluation(bank_version="1", proposal="p", answers=[drafted])
    after = drop_option(start, "problem.plant_problems", "inventory_mismatch").answer("problem.plant_problems")
    assert after.choices == ["downtime_unclear"] and after.reviewed and after.drafted
    assert after.suggested == ["energy_cost"] and after.quotes == ["q"] and after.evidence == "specific"
    emptied = drop_option(Evaluation(bank_version="1", proposal="p", answers=[drafted.model_copy(
        update={"choices": ["downtime_unclear"]})]), "problem.plant_problems", "downtime_unclear")
    assert emptied.answer("problem.plant_problems").is_empty  # nothing left: rejected, so a re-draft leaves it


def test_editing_a_drafts_options_keeps_its_offers_to_check_and_accepts_one_picked():
    # ui62's walk: changing the options in the multiselect dropped every "check this" offer under the answer
    drafted = _draft("data.captured", choices=["machine_status", "temperature"], suggested=["vibration", "energy"],
                     quotes=["We read machine status and oven temperature."])
    edited = typed("data.captured", {"choices": ["machine_status", "vibration"]}, "specific", drafted)
    assert edited.suggested == ["energy"]  # still offered, earns nothing until accepted
    assert edited.accepted == ["vibration"] and edited.reviewed


def test_removing_one_quote_of_an_unreviewed_draft_leaves_it_to_review():
    """Removing a quote is an edit, not a review: the draft still awaits the buyer's Keep (walk80)."""
    for text, quotes in (("Stillstand", ["Erster Satz.", "Zweiter Satz."]), ("Arrêts", ["Une phrase.", "Deux."]),
                         ("", ["Una frase."])):
        before = _evaluation(_draft("problem.statement", evidence="specific", text=text or "x", quotes=quotes))
        answer = remove_quote(before, "problem.statement", quotes[0], BANK).answer("problem.statement")
        assert answer.quotes == quotes[1:] and not answer.reviewed and answer.unreviewed


def test_removing_a_quote_of_a_reviewed_draft_keeps_it_reviewed():
    before = _evaluation(_draft("problem.statement", evidence="specific", text="Downtime", quotes=["A.", "B."])
                         .model_copy(update={"reviewed": True}))
    assert remove_quote(before, "problem.statement", "B.", BANK).answer("problem.statement").reviewed
