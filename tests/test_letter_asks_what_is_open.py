"""The follow-up letter asks what the documents leave open, and quotes only sentences on the question (found by two
new-buyer walks: a vision product page whose specifications named the training samples and who retrains, a reply that
answered the data question but for the condition data, and an MES offer that sells with no label). Every proposal here
is new: a product page of specifications asks neither what the page states of the model's data nor who keeps it
running; a sentence quoted under two questions stands under the one it is on, and none is quoted from a part the
question does not ask; a question asked again after a reply says what is still missing; a scorecard of a read proposal
that sells with no label says so, not that labels are backed or that the proposal is still to be read."""
from datetime import date

from questions import load_bank
from reading.documents import pasted
from reading.draft import drafter_for
from reports.letter_round import as_text
from rounds_corpus import Mail, SENT, sent_out
from scoring import score
from scoring.rounds import freeze, letter_problems, open_questions

PAGE = ("GlazeEye — the AI-powered Industry 4.0 future of ceramic tile quality\n\n"
        "GlazeEye harnesses deep learning and edge AI to transform your kilns into zero-defect smart factories.\n\n"
        "Why GlazeEye?\n"
        "• Digital twin of your tile inspection process\n"
        "• Predictive quality analytics powered by machine learning\n\n"
        "Technical specifications\n"
        "• Camera: 16 MP colour line-scan camera above the kiln exit, up to 60 tiles per minute\n"
        "• Defects: glaze drops, pinholes, corner chips and shade deviations on every tile\n"
        "• Edge computer: fanless industrial PC, AMD Ryzen 7, NVIDIA T1000, Ubuntu 22.04 LTS\n"
        "• Model training: requires 300 good and 30 defective tiles per glaze; retraining performed by GlazeEye "
        "engineers remotely\n"
        "• Data: images kept for 14 days on the edge PC, defect statistics sent to the GlazeEye cloud\n")


def _letter(text: str) -> dict:
    return {q.topic: q for q in sent_out(text, "GlazeEye", "M. Rossi").rounds[-1].questions}


def test_a_page_naming_the_samples_a_model_needs_asks_only_who_checks_the_data():
    history = _letter(PAGE)["history"]
    assert history.given == ["data", "number"], history.given
    assert history.text == "Who checks the quality of the data the model learns from?"
    assert any(q.startswith("• Model training: requires 300 good") for q in history.proposal_quotes)


def test_the_vendors_engineers_retraining_it_leave_only_the_yearly_cost_to_ask():
    upkeep = _letter(PAGE)["upkeep_owner"]
    assert upkeep.given == ["role"] and not upkeep.text.startswith("Who"), upkeep.text
    assert any("retraining performed by GlazeEye engineers" in q for q in upkeep.proposal_quotes)


def test_upkeep_done_by_the_vendor_in_the_passive_is_the_vendors_service():
    offer = ("For your tile line 3 in Sassuolo we install two cameras above the kiln exit.\n"
             "Retraining of the models is performed by GlazeEye engineers every quarter.\n")
    drafted = drafter_for(load_bank()).draft_documents([pasted(offer)], "GlazeEye line 3", "GlazeEye")
    upkeep = drafted.answer("upkeep.owner")
    assert upkeep is not None and "vendor_service" in [*upkeep.choices, *upkeep.suggested], upkeep


def test_a_sentence_quoted_under_two_questions_stands_under_the_one_it_is_on():
    """Images kept for 14 days say what is stored, drafted also as history kept: quoted under the data question, not
    under "what does the model learn from"."""
    asked = _letter(PAGE)
    kept = "• Data: images kept for 14 days on the edge PC, defect statistics sent to the GlazeEye cloud"
    assert kept in asked["data"].proposal_quotes and kept not in asked["history"].proposal_quotes
    assert "• Digital twin of your tile inspection process" in asked["technologies"].proposal_quotes


def test_no_sentence_is_quoted_from_a_part_the_question_does_not_ask():
    """The edge PC's CPU and GPU drafted as industrial hardware answers no part of "what happens when the network is
    down": the open gap reads only what happens offline."""
    reliability = _letter(PAGE)["reliability"]
    assert not any("Ryzen" in q for q in reliability.proposal_quotes), reliability.proposal_quotes


def test_a_question_asked_again_after_an_answer_asks_what_is_still_missing():
    offer = ("LoomWatch brings predictive maintenance and IoT to your weaving hall.\n"
             "Edge gateways read the looms and show the stops on a dashboard.\n")
    sent = sent_out(offer, "LoomWatch", "M. Rossi")
    mail = Mail("Dear Ms Rossi,", "Kind regards,\nJan Peeters")
    done = mail.read(sent, "Data: loom state, pick counts and warp-break stops from the existing Siemens S7-1200 PLCs "
                           "of the 40 looms, read by one LoomWatch gateway per row.")
    assert done.round.questions[[q.topic for q in done.round.questions].index("data")].status in ("answered", "partly")
    again = {q.topic: q for q in open_questions(done.evaluation, done.card)}["data"]
    assert again.text.startswith("Which condition data"), again.text
    letter = freeze(done.evaluation, done.card, "M. Rossi", date(2026, 11, 20))
    assert letter_problems(done.evaluation, done.card, letter.rounds[-1].questions) == []
    assert "Which machine data will the system capture" not in as_text(letter, letter.rounds[-1]).decode()


def test_a_question_the_reply_did_not_answer_is_asked_whole_again():
    offer = ("LoomWatch brings predictive maintenance and IoT to your weaving hall.\n"
             "Edge gateways read the looms and show the stops on a dashboard.\n")
    sent = sent_out(offer, "LoomWatch", "M. Rossi")
    done = Mail("Dear Ms Rossi,", "Kind regards,\nJan Peeters").read(sent, "Thank you, we will come back to you.")
    again = {q.topic: q for q in open_questions(done.evaluation, done.card)}["data"]
    assert again.text.startswith("Which machine data will the system capture"), again.text


def test_a_read_proposal_that_sells_with_no_label_says_so():
    offer = ("Proposal for your packing line 2 at Tilburg, prepared by Brabant Line Systems.\n"
             "Operators enter stop reasons on a terminal at the line; the shift lead reviews the stops each morning.\n"
             "Stop reasons and counts come from the existing S7-1500 PLC of the wrapper over OPC UA every second.\n")
    drafted = drafter_for(load_bank()).draft_documents([pasted(offer)], "Line 2 stops", "Brabant")
    card = score(drafted)
    assert not card.labels and not card.gaps
    assert "labels are backed" not in card.verdict
    assert "as read, sells with no label" in card.no_gaps_said() and "read the proposal" not in card.no_gaps_said()


def test_the_letters_on_the_walks_kinds_ask_nothing_twice_nor_what_is_settled():
    evaluation = drafter_for(load_bank()).draft_documents([pasted(PAGE)], "GlazeEye", "GlazeEye")
    card = score(evaluation)
    assert letter_problems(evaluation, card, open_questions(evaluation, card)) == []
    assert freeze(evaluation, card, "M. Rossi", SENT).rounds[-1].questions
