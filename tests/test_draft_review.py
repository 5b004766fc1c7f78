"""The buyer's review of drafted answers: keep, reject, clear, and re-drafting that never
overwrites what the buyer did."""
from questions import Answer, load_bank
from reading.draft import draft
from questions.answer_edits import accept_suggestion, clear_unreviewed, keep, merge_draft, reject
from reading.draft_review import progress, section_questions

BANK = load_bank()
FIRST = ("We read spindle state and part counts from the Siemens S7 PLCs over OPC UA every second. "
         "Operators pick a downtime reason on a tablet at each press. Training on site for operators and shift leads.")
SECOND = ("We read vibration and temperature from new wireless sensors every minute. "
          "Operators pick a downtime reason on a tablet at each press.")


def test_progress_counts_drafted_and_reviewed_answers():
    drafted = draft(FIRST, BANK)
    total = len(drafted.answers)
    reviewed = reject(keep(drafted, ["data.captured"]), ["users.roles"])
    assert progress(reviewed).drafted == total
    assert progress(reviewed).reviewed == 2 and progress(reviewed).unreviewed == total - 2
    assert progress(reviewed).line() == f"{total} answers drafted, 2 reviewed"


def test_keep_marks_reviewed_without_changing_the_answer():
    drafted = draft(FIRST, BANK)
    kept = keep(drafted, ["data.captured"]).answer("data.captured")
    assert kept.reviewed and kept.choices == drafted.answer("data.captured").choices


def test_reject_empties_the_answer_and_redrafting_does_not_bring_it_back():
    rejected = reject(draft(FIRST, BANK), ["data.sources"])
    assert rejected.answer("data.sources").choices == [] and rejected.answer("data.sources").evidence == "not_answered"
    again = merge_draft(rejected, draft(FIRST, BANK), BANK)
    assert again.answer("data.sources").choices == []


def test_redrafting_a_new_version_keeps_reviewed_and_typed_answers_and_replaces_stale_drafts():
    first = keep(draft(FIRST, BANK), ["data.captured"])
    typed = Answer(question="users.training", evidence="demonstrated", choices=["onsite_champions"])
    first = first.model_copy(update={"answers": [a for a in first.answers if a.question != "users.training"] + [typed]})
    merged = merge_draft(first, draft(SECOND, BANK), BANK)
    assert merged.answer("data.captured") == first.answer("data.captured")  # reviewed: untouched
    assert merged.answer("users.training") == typed  # typed by the buyer: untouched
    sources = merged.answer("data.sources")
    assert sources.unreviewed and "new_sensors" in sources.choices and "plc_integration" not in sources.choices
    assert merged.proposal_text == SECOND


def test_an_untouched_empty_answer_is_filled_by_the_draft():
    empty = draft("", BANK).model_copy(update={"answers": [Answer(question="data.sources", evidence="not_answered")]})
    assert merge_draft(empty, draft(FIRST, BANK), BANK).answer("data.sources").choices


def test_clear_unreviewed_removes_only_unreviewed_drafts():
    drafted = keep(draft(FIRST, BANK), ["data.captured"])
    cleared = clear_unreviewed(drafted)
    assert [a.question for a in cleared.answers] == ["data.captured"]


def test_a_whole_section_can_be_kept():
    drafted = draft(FIRST, BANK)
    kept = keep(drafted, section_questions(BANK, "data"))
    assert all(a.reviewed for a in kept.answers if a.question.startswith("data."))
    assert not any(a.reviewed for a in kept.answers if not a.question.startswith("data."))


def test_accepting_a_suggested_option_chooses_it_and_keeps_the_other_suggestions():
    from questions import Evaluation
    question = BANK.questions()["data.sources"]
    start = Evaluation(bank_version=BANK.version, proposal="p", answers=[
        Answer(question="data.sources", evidence="not_answered", suggested=["gateways", "meters"], drafted=True)])
    accepted = accept_suggestion(start, question, "meters").answer("data.sources")
    assert accepted.choices == ["meters"] and accepted.suggested == ["gateways"]
    assert accepted.evidence == "vendor_claim" and accepted.drafted
    assert accepted.reviewed  # nothing else was drafted in it: the buyer's click decided the answer


def test_accepting_a_suggestion_beside_drafted_options_leaves_those_to_review():
    from questions import Evaluation
    question = BANK.questions()["data.sources"]
    start = Evaluation(bank_version=BANK.version, proposal="p", answers=[
        Answer(question="data.sources", evidence="specific", choices=["gateways"], suggested=["meters"], drafted=True)])
    accepted = accept_suggestion(start, question, "meters", "specific").answer("data.sources")
    assert accepted.choices == ["gateways", "meters"] and not accepted.reviewed


def test_an_answer_of_options_to_check_is_no_drafted_answer_to_review():
    from questions import Evaluation
    start = Evaluation(bank_version=BANK.version, proposal="p", answers=[
        Answer(question="data.sources", evidence="not_answered", suggested=["meters"], drafted=True),
        Answer(question="data.history", evidence="specific", choices=["months"], drafted=True)])
    done = progress(start)
    assert (done.drafted, done.reviewed, done.to_check) == (1, 0, 1)
    after = progress(accept_suggestion(start, BANK.questions()["data.sources"], "meters", "specific"))
    assert (after.drafted, after.reviewed, after.to_check) == (2, 1, 0)


def test_accepting_a_suggestion_for_a_one_answer_question_replaces_its_choice():
    from questions import Evaluation
    question = BANK.questions()["data.history"]
    start = Evaluation(bank_version=BANK.version, proposal="p", answers=[
        Answer(question="data.history", evidence="specific", choices=["weeks"], suggested=["months"], drafted=True)])
    accepted = accept_suggestion(start, question, "months").answer("data.history")
    assert accepted.choices == ["months"] and accepted.suggested == [] and accepted.evidence == "specific"


def _outputs_drafted_with_an_offer():
    from questions import Evaluation
    return Evaluation(bank_version=BANK.version, proposal="p", answers=[
        Answer(question="workflow.outputs", evidence="specific", choices=["live_dashboard"], suggested=["alerts"],
               quotes=["A live dashboard shows each press and alerts the shift lead."], drafted=True)])


def test_rejecting_a_draft_leaves_the_option_the_buyer_accepted_from_check_this():
    """Walk 61: "Accept: Alerts", then Reject on the drafted "Live machine-status dashboard": both went."""
    accepted = accept_suggestion(_outputs_drafted_with_an_offer(), BANK.questions()["workflow.outputs"], "alerts")
    assert accepted.answer("workflow.outputs").unreviewed  # the drafted dashboard still awaits its review
    rejected = reject(accepted, ["workflow.outputs"]).answer("workflow.outputs")
    assert rejected.choices == ["alerts"] and rejected.reviewed and rejected.evidence == "specific"
    again = merge_draft(reject(accepted, ["workflow.outputs"]), draft(FIRST, BANK), BANK)
    assert again.answer("workflow.outputs").choices == ["alerts"]  # a re-draft leaves it so


def test_clearing_or_redrafting_never_takes_back_an_option_the_buyer_accepted():
    accepted = accept_suggestion(_outputs_drafted_with_an_offer(), BANK.questions()["workflow.outputs"], "alerts")
    assert clear_unreviewed(accepted).answer("workflow.outputs").choices == ["alerts"]
    redrafted = merge_draft(accepted, draft(SECOND, BANK), BANK).answer("workflow.outputs")
    assert "alerts" in redrafted.choices


def test_a_drafted_answer_holding_only_options_to_check_is_no_draft_to_review_whatever_its_evidence():
    """Walk 59: "Drafted 12 answers" of an offer where 7 held only options to check at the vendor's claim, and Compare
    counted them as drafts not yet reviewed while the Scorecard said all were reviewed."""
    from questions import Evaluation
    from scoring import compare
    offered = Answer(question="workflow.analytics", evidence="vendor_claim", suggested=["prediction"],
                     quotes=["The AI predicts failures."], drafted=True)
    kept = Answer(question="data.history", evidence="specific", choices=["months"], drafted=True, reviewed=True)
    start = Evaluation(bank_version=BANK.version, proposal="p", answers=[offered, kept])
    assert not offered.unreviewed and offered.offered_only
    assert (progress(start).drafted, progress(start).unreviewed, progress(start).to_check) == (1, 0, 1)
    assert compare([start, start.model_copy(update={"proposal": "q"})]).unreviewed == {"p": 0, "q": 0}
