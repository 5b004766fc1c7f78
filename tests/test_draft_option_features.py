"""The features a learnt per-option confidence would read (reading/option_model.py), recorded for
bench/train_options.py: recording them changes no draft, and every option recorded is one the draft
ticks or offers to check, with what backs it read from the text."""
from questions import load_bank
from reading import option_model
from reading.draft import draft

BANK = load_bank()
STORY = ("Case study: Brannock Tiles, Stoke. In 2022 the tile works lost a kiln shift most weeks to burner faults. "
         "The team fitted 14 flame sensors on kiln 2 and a gateway collected their readings every 10 seconds. "
         "Our analytics software found the burner drift patterns in the flame data. "
         "The works manager said the kiln had not stopped unplanned since March 2023.")


def recorded(text: str):
    option_model.RECORD = []
    try:
        return draft(text, BANK), option_model.RECORD
    finally:
        option_model.RECORD = None


def test_recording_the_features_leaves_the_draft_as_it_was():
    plain = draft(STORY, BANK)
    with_rows, rows = recorded(STORY)
    assert rows and with_rows.answers == plain.answers


def test_each_recorded_option_is_drafted_or_offered_to_check_as_recorded():
    evaluation, rows = recorded(STORY)
    for qid, option, drafted, _, features in rows:
        answer = evaluation.answer(qid)
        assert option in (answer.choices if drafted else answer.suggested)
        assert features[f"q:{qid}"] == 1.0 and features["kind:story"] == 1.0


def test_an_option_one_sentence_backs_reads_that_sentence_and_its_role():
    _, rows = recorded(STORY)
    features = next(f for q, o, *_, f in rows if (q, o) == ("workflow.technologies", "data_analytics"))
    assert features["n:0"] == 1.0  # one sentence
    assert 0.0 <= features["p_offer"] <= 1.0 and features["heading"] == 0.0
