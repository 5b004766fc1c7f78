"""Kinds of reply a new buyer's walks read wrongly (reading/reply_deferred.py, reply_owned.py, reply_breaks.py,
reply_owners.py, questions/rounds.yaml `deferred`): an answer put off by a verb of settling or a link only said possible
drafts no link and no owner and leaves its question open; an export offered at no charge says how the data is exported;
a reject count is no person's review; the vendor by its own name, or a team with its holder in brackets, owns the links it
lists; a Word document's paragraphs, one a line, answer in the letter's order, and a dodge in its own paragraph is not
answered by another answer's sentence. Every reply here is written for these tests."""
from questions import load_bank
from questions.models import RoundQuestion
from rounds_corpus import asked, replied, sent_out
from scoring.rounds import reply_reader

BANK = load_bank()
READER = reply_reader(BANK)
LINKS = BANK.key_questions.integrations
PROPOSAL = """Offer: PressWatch for the press shop of Halden Metall

We fit vibration and temperature sensors on the four presses of line 2 and read the Siemens S7-1500 PLC over OPC UA \
every second. The AI model predicts bearing failures on the presses. Work orders go to your Maximo CMMS through its REST \
API. Stock levels go to your Infor ERP as a nightly CSV export.
"""
SENT = sent_out(PROPOSAL, "PressWatch", "E. Berg")


def _mail(body: str) -> str:
    return f"Dear Ms Berg,\n\n{body}\n\nBest regards,\nTom Lind\nPressWatch AS\n"


def _rows(outcome) -> dict[str, str]:
    """Linked area -> its owner, as the answer after the reply holds them."""
    answer = outcome.evaluation.answer(LINKS)
    return {row.system: row.owner for row in answer.integrations} if answer else {}


def _why(text: str) -> str:
    sentence = READER.reader.read(text).sentences[0]
    return READER.vague(sentence)


def test_links_whose_formats_the_vendor_will_settle_with_the_buyer_later_name_no_owner_and_stay_open():
    text = _mail("Our REST APIs send the work orders to Maximo and the stock to Infor; we would settle the formats with "
                 "your IT department once the pilot starts.")
    outcome = replied(SENT, text)
    question = next(q for q in outcome.round.questions if q.topic == "integrations")
    assert question.status == "not_answered" and not question.closed
    assert not any(owner for owner in _rows(outcome).values())


def test_a_verb_of_settling_put_in_the_future_with_the_buyer_is_vague_but_one_told_as_done_is_not():
    assert "puts the answer off" in _why("We will agree the service model with you during the pilot kick-off meeting.")
    assert _why("We agreed the export format with your IT department last week.") == ""


def test_a_link_only_said_possible_answers_nothing_but_a_possibility_denied_is_no_claim():
    assert "only possible" in _why("Our platform can connect to your Maximo CMMS and your Infor ERP over REST.")
    assert _why("The edge box sits in your OT network; nothing can connect to it from outside.") == ""


def test_an_export_offered_at_any_time_at_no_extra_charge_says_how_the_data_is_exported():
    topic = next(t for t in READER.rules.topics if t.id == "data_ownership")
    question = RoundQuestion(id="1.1", text=topic.ask, topic=topic.id)
    read = READER.read([question], _mail("All recorded data is yours. A full export as CSV or Parquet is available at any "
                                         "time at no extra charge, and on termination we hand over a complete export."))
    assert read.questions[0].status == "answered"


def test_a_count_of_rejects_is_no_review_and_puts_no_sentence_after_it_on_the_review():
    text = _mail("Press state, good and reject counts and die changes come from the S7-1500 PLC of each press. Downtime "
                 "reasons are typed in by the operators on a terminal at the press.")
    sentences = READER.sentences(text)
    assert not any("human_review" in topics for *_, topics in sentences)
    review = asked(SENT, text)["human_review"]
    assert review.status == "not_answered" and review.quotes == []


def test_the_vendor_by_its_name_and_a_team_with_its_holder_in_brackets_own_the_links_they_list():
    text = _mail("PressWatch owns the edge box, the OPC UA connection to the PLC and the Maximo REST interface, including "
                 "updates. Your IT team (Ola Nordmann) owns the nightly Infor CSV export and the firewall port; your "
                 "Maximo administrator owns the API key.")
    rows = _rows(replied(SENT, text))
    assert rows.get("maintenance") == "PressWatch"
    assert rows.get("inventory") == "IT team"


def test_a_reply_owning_the_buyers_own_links_proposes_their_owners_and_is_marked_on_them():
    reviewed = [a.model_copy(update={"reviewed": True}) if a.question == LINKS else a for a in SENT.answers]
    sent = SENT.model_copy(update={"answers": reviewed})
    text = _mail("Your IT team (Ola Nordmann) owns the nightly Infor CSV export. Your Maximo administrator owns the "
                 "Maximo REST interface.")
    outcome = replied(sent, text)
    proposed = next(p.proposed for p in outcome.proposed if p.question == LINKS)
    assert {row.system: row.owner for row in proposed.integrations} == {"maintenance": "administrator",
                                                                        "inventory": "IT team"}
    question = next(q for q in outcome.round.questions if q.topic == "integrations")
    assert "names no owner" not in question.why


def test_a_word_documents_paragraphs_one_a_line_answer_in_order_and_a_dodge_keeps_its_question_open():
    text = "\n".join([
        "PressWatch - Answers to Halden Metall, Round 1",
        "Dear Ms Berg,",
        "Thank you for your questions. Our answers follow in the order you asked them.",
        "We start with unplanned stops of press 3, 41 hours in 2025 by your downtime log.",
        "The model learns from 18 months of your PLC history and 12 months of Maximo work orders.",
        "It predicts bearing failures 6 to 10 days ahead; on a press line in Raufoss it caught 11 of 12.",
        "Work orders go to Maximo by REST API, owned by your maintenance planner; stock goes to Infor as a nightly CSV "
        "file, owned by your IT team.",
        "The KPI is unplanned stop hours of line 2, from 41 in 2025 to under 20 by June 2027, counted from your "
        "downtime log.",
        "The edge box connects only outbound over HTTPS on port 443; nothing comes in.",
        "We will agree the support model with you during the pilot kick-off meeting.",
        "Your maintenance planner reviews every work order the system opens before it is scheduled, and can close it "
        "as no fault found, which also retrains the model.",
        "Best regards,",
        "Tom Lind",
    ]) + "\n"
    questions = asked(SENT, text)
    upkeep = questions["upkeep_owner"]
    assert upkeep.status == "not_answered" and not upkeep.closed
    assert upkeep.quotes == ["We will agree the support model with you during the pilot kick-off meeting."]
    assert questions["human_review"].status == "answered"
