"""What the round's letter says to the vendor, read as the vendor reads it (a new buyer's walk): the Word file names
the buyer, not python-docx; a second round thanks for the reply, not for the proposal; a quote is cited as the
vendor knows its documents ("Proposal"), not by the buyer's own "Pasted text"."""
import io
from datetime import date

import docx

from reading.documents import pasted
from reports.letter_round import ROUND_LETTERS, letter
from rounds_corpus import SENT, cases, drafted
from scoring import score
from scoring.rounds import freeze, read_reply

SPINDLE = dict(cases("tuning"))["spindle_ai"]


def _sent():
    evaluation = drafted(SPINDLE, "SpindleSense")
    return freeze(evaluation, score(evaluation), "K. Novak", SENT)


def test_the_word_letter_is_authored_by_the_buyer_not_the_library():
    sent = _sent()
    props = docx.Document(io.BytesIO(ROUND_LETTERS["docx"][0](sent, sent.rounds[0]))).core_properties
    assert props.author == "K. Novak" and "python-docx" not in (props.comments or "")


def test_a_second_rounds_letter_thanks_for_the_reply():
    done = read_reply(_sent(), pasted(SPINDLE["replies"]["partial"]["text"], "reply", "Reply")).evaluation
    again = freeze(done, score(done), "K. Novak", date(2026, 11, 20))
    said = letter(again, again.rounds[-1]).intro
    assert said.startswith(f"Thank you for your reply of {done.rounds[0].replied_on.isoformat()} to our questions of "
                           f"{SENT.isoformat()}")
    assert letter(again, again.rounds[0]).intro.startswith("Thank you for your proposal")


def test_a_quote_is_cited_as_the_vendor_knows_its_documents():
    sent = _sent()
    second = pasted("A second pasted note from the vendor.", "proposal")
    two = sent.model_copy(update={"documents": [*sent.documents, second]})
    cited = [source for q in letter(two, two.rounds[0]).questions for _lead, _quote, source in q.quotes]
    assert cited and not any("Pasted text" in source for source in cited), cited


def test_a_question_asked_again_says_what_the_reply_gave_on_it():
    """The walk's round-2 letter repeated two questions word for word, as if the reply went unread."""
    done = read_reply(_sent(), pasted(SPINDLE["replies"]["partial"]["text"], "reply", "Reply")).evaluation
    again = freeze(done, score(done), "K. Novak", date(2026, 11, 20))
    before = {q.topic: q for q in again.rounds[0].questions}
    found = letter(again, again.rounds[-1])
    repeated = [(q, a) for q, a in zip(again.rounds[-1].questions, found.questions) if before.get(q.topic) and
                before[q.topic].quotes]
    assert repeated
    for question, asked in repeated:
        replied = [quote for lead, quote, _where in asked.quotes if lead.startswith("We asked this before")]
        assert replied and all(quote in " ".join(before[question.topic].quotes) for quote in replied)
    first = letter(again, again.rounds[0])
    assert not any(lead.startswith("We asked this before") for q in first.questions for lead, *_ in q.quotes)
    assert "We asked this before; your reply said:" in ROUND_LETTERS["text"][0](again, again.rounds[-1]).decode()


def _with_scanned_price_row():
    """The walk's letter quoted a scanned price sheet's row as '"| Support und Wartung, jährlich | 12.960,00 EUR |"
    (Other document MachineSense_Preisblatt.pdf p. 1, read by OCR)': the buyer's markup and reading, not the vendor's."""
    from questions.models import Document
    sent = _sent()
    row = "| Support und Wartung, jährlich | 12.960,00 EUR |"
    sheet = Document(name="MachineSense_Preisblatt.pdf", kind="other", format="pdf", pages=1, ocr_pages=[1],
                     text=f"Preisblatt\n{row}\n")
    first = sent.rounds[0].questions[0].model_copy(update={"proposal_quotes": [row]})
    round_ = sent.rounds[0].model_copy(update={"questions": [first, *sent.rounds[0].questions[1:]]})
    return sent.model_copy(update={"documents": [*sent.documents, sheet], "rounds": [round_]})


def test_a_table_row_is_quoted_by_its_cells_and_a_file_by_its_own_name():
    sent = _with_scanned_price_row()
    lead, quote, source = letter(sent, sent.rounds[0]).questions[0].quotes[0]
    assert quote == "Support und Wartung, jährlich; 12.960,00 EUR"
    assert source == "MachineSense_Preisblatt.pdf p. 1"
    for fmt in ("text", "md"):
        said = ROUND_LETTERS[fmt][0](sent, sent.rounds[0]).decode()
        assert "read by OCR" not in said and "Other document" not in said and "| Support" not in said


def test_a_way_in_the_offer_states_leaves_only_the_segmentation_to_ask():
    """Walk 55's letter asked "Which connections does your system need into our OT network, inbound or outbound" under
    the offer's own "opens no inbound port; it connects outbound only on port 8883", quoted."""
    from questions import Answer, Evaluation, load_bank
    from scoring.rounds import open_questions
    bank = load_bank()
    said = "The gateway opens no inbound port; it connects outbound only on port 8883 to the cloud."
    offer = Evaluation(bank_version=bank.version, proposal="Ovens", labels=["cloud_edge"], documents=[pasted(said)],
                       answers=[Answer(question="security.model", choices=["outbound_only"], evidence="specific",
                                       quotes=[said], drafted=True)])
    [asked] = [q for q in open_questions(offer, score(offer), bank) if q.topic == "security"]
    assert "inbound or outbound" not in asked.text and "kept apart" in asked.text
    assert not any("no answer on how the cloud reaches" in why for why in asked.comes_from)
