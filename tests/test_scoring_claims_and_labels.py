"""What a proposal's words are worth: quotes back an answer but are none, a general claim earns little,
and a claim that only restates a label the vendor sells earns nothing (issue 14: substance above labels)."""
from questions import Answer, Evaluation
from scoring import score
from scoring.headline import headline

NAMED = "Vibration and temperature are read every second over OPC UA from 14 PLCs into the CMMS."


def _scored(bank, answer: Answer, **evaluation):
    ev = Evaluation(bank_version=bank.version, proposal="p", answers=[answer], **evaluation)
    return next(a for a in score(ev).answers if a.question == answer.question), headline(ev, bank)


def test_quotes_behind_options_only_suggested_earn_nothing(bank):
    suggested = Answer(question="data.captured", evidence="vendor_claim", suggested=["vibration"], quotes=[NAMED],
                       drafted=True)
    scored, line = _scored(bank, suggested)
    assert scored.points == 0 and line.overall == 0
    accepted = suggested.model_copy(update={"choices": ["vibration"], "suggested": []})
    chosen, _ = _scored(bank, accepted)
    plain, _ = _scored(bank, accepted.model_copy(update={"quotes": []}))
    assert chosen.points > plain.points > 0  # once an option is chosen, the quoted sentences top it up


def test_a_typed_note_still_earns_its_bonus_with_nothing_chosen(bank):
    note, _ = _scored(bank, Answer(question="data.captured", evidence="specific", text=NAMED))
    assert note.points > 0


def test_rows_only_quoted_earn_nothing_on_the_integrations_question(bank):
    quoted, _ = _scored(bank, Answer(question="connect.integrations", evidence="vendor_claim", quotes=[NAMED]))
    assert quoted.points == 0


def test_three_general_claims_earn_less_than_one_answer_described_specifically(bank):
    """A page that claims three things in general words earns less than a case study naming one of them."""
    answer = Answer(question="data.captured", choices=["downtime", "vibration", "temperature"])
    claim, _ = _scored(bank, answer.model_copy(update={"evidence": "vendor_claim"}))
    specific, _ = _scored(bank, answer.model_copy(update={"evidence": "specific"}))
    assert 0 < 3 * claim.points < specific.points


def test_a_claim_that_only_restates_a_label_sold_with_a_gap_earns_nothing(bank):
    """Sold as AI, "our AI predicts failures" drafted as the analysis is the label again: its points are withheld; as
    the prediction is what the gap asks for, the reason says the claim names it, not that it restates the label."""
    claim = Answer(question="workflow.analytics", evidence="vendor_claim", choices=["prediction"])
    unlabelled, _ = _scored(bank, claim)
    sold, line = _scored(bank, claim, labels=["ai"])
    assert unlabelled.points > 0 and sold.points == 0 and line.overall == 0
    assert "Sold as AI / machine learning" in sold.reasons[-1] and "names what the gap asks for" in sold.reasons[-1]
    chart = Answer(question="workflow.analytics", evidence="vendor_claim", choices=["trends"])
    assert "restates the label" in _scored(bank, chart, labels=["ai"])[0].reasons[-1]


def test_a_label_withholds_nothing_from_answers_described_specifically_or_off_its_gaps(bank):
    specific = Answer(question="workflow.analytics", evidence="specific", choices=["prediction"])
    assert _scored(bank, specific, labels=["ai"])[0].points == _scored(bank, specific)[0].points > 0
    elsewhere = Answer(question="security.controls", evidence="vendor_claim", choices=["mfa", "roles"])  # AI reads no control
    assert _scored(bank, elsewhere, labels=["ai"])[0].points == _scored(bank, elsewhere)[0].points > 0


def test_a_label_whose_requirement_holds_withholds_nothing_on_that_requirement_s_questions(bank):
    """IIoT asks for an answer on reliability when links fail: offline buffering OR a reliability measure. With a
    measure described specifically the requirement holds, so a mere claim on buffering keeps its points."""
    offline = Answer(question="reliability.offline", evidence="vendor_claim", choices=["buffered"])
    measures = Answer(question="reliability.measures", evidence="specific", choices=["redundancy"])
    def offline_points(*answers):
        card = score(Evaluation(bank_version=bank.version, proposal="p", labels=["iiot"], answers=list(answers)))
        return next(a for a in card.answers if a.question == "reliability.offline").points
    assert offline_points(offline) == 0
    assert offline_points(offline, measures) == _scored(bank, offline)[0].points > 0
