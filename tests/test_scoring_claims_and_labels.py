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
