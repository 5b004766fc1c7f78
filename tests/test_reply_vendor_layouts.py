"""Replies laid out as vendors lay them out, read for which question each part answers: short
question titles ("Q: KPI?"), tables, answers wrapped in sales talk. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, asked, placed, replied, sent_out
from scoring.rounds import reply_reader
from questions import load_bank

BANK = load_bank()
HOIST = ("HoistSense is the AI-driven IIoT cloud platform for smart overhead cranes and hoists.\n"
         "It predicts every failure and gives your plant real-time insights and a digital future.\n")
MAIL = Mail("Dear Mr. Costa,", "Best regards,\nRui Lopes")


@pytest.fixture(scope="module")
def hoist():
    return sent_out(HOIST, "HoistSense", "M. Costa")


def _placed(sent, text: str) -> dict[str, str]:
    return placed(sent, text)


TITLED = ("Hello Mr. Costa,\n\n"
          "Q: KPI?\n"
          "A: Crane downtime in bay 3.\n\n"
          "Q: After the pilot?\n"
          "A: Our service team in Porto.\n\n"
          "Q: Who signs off?\n"
          "A: The crane foreman.\n\n"
          "Kind regards,\nRui Lopes\n")


def test_a_short_question_title_after_q_ties_the_answer_under_it_to_that_question(hoist):
    placed = _placed(hoist, TITLED)
    assert placed["A: Crane downtime in bay 3."] == "kpi"
    assert placed["A: Our service team in Porto."] == "upkeep_owner"
    assert "Q: KPI?" not in placed and "Q: After the pilot?" not in placed  # the buyer's words, no answer


def test_a_question_title_that_names_no_one_question_ends_the_answer_above_it(hoist):
    text = TITLED.replace("Q: Who signs off?", "Q: Anything else?")
    placed = _placed(hoist, text)
    assert placed["A: The crane foreman."] is None


TABLE = ("Dear Mr. Costa,\n\nour answers side by side:\n\n"
         "Topic            | Answer for the Braga plant\n"
         "-----------------+------------------------------------------\n"
         "KPI              | Crane availability in bay 3: 91.5% from March to August 2026 (maintenance log), "
         "target 97% by 31 May 2027, read monthly from the log by the maintenance manager.\n"
         "Network          | One gateway in the crane VLAN sends outbound over HTTPS only; nothing inbound.\n\n"
         "Best regards,\nRui Lopes\n")


def test_a_table_row_answers_the_question_its_first_column_names(hoist):
    placed = _placed(hoist, TABLE)
    row = next(text for text in placed if "gateway in the crane VLAN" in text)
    assert placed[row] == "security"


def test_a_kpi_with_baseline_and_target_in_a_table_row_closes_the_kpi_question(hoist):
    kpi = asked(hoist, TABLE)["kpi"]
    assert kpi.closed, kpi.why


@pytest.mark.parametrize("reviewer", ["The rigger on shift", "The crane mechanic on duty"])
def test_a_trade_named_as_the_person_on_shift_is_who_reviews(hoist, reviewer):
    text = (f"Dear Mr. Costa,\n\n{reviewer} sees each proposed load limit and sets it only when they decide; "
            "no limit changes by itself.\n\nBest regards,\nRui Lopes\n")
    review = asked(hoist, text)["human_review"]
    assert review.closed, review.why


@pytest.mark.parametrize("boast", ["Our hoist model keeps improving every week.",
                                   "The detection gets better with every shift it runs."])
def test_an_improvement_boasted_with_a_frequency_beside_it_makes_no_answer_specific(hoist, boast):
    done = MAIL.read(hoist, boast)
    assert not [a.question for a in done.evaluation.answers if a.evidence == "specific" and boast in a.quotes]
    assert all(q.status == "not_answered" for q in done.round.questions)


def _network(sent, body: str):
    return MAIL.read(sent, f"Network: {body}").evaluation.answer("security.model")


def test_a_device_on_its_own_mobile_link_with_no_connection_into_the_plant_network_is_outbound_only(hoist):
    model = _network(hoist, "each hoist box carries a 5G SIM card of its own, and there is no connection "
                            "into your plant network, inbound or outbound.")
    assert model is not None and model.choices == ["outbound_only"] and model.evidence == "specific"


def test_a_mobile_link_with_no_word_on_the_plant_network_says_nothing_of_how_the_system_reaches_it(hoist):
    model = _network(hoist, "each hoist box carries a 5G SIM card of its own.")
    assert model is None or model.evidence != "specific"


IN_ORDER = ["Thank you; our answers follow in your order, one paragraph each.",
            "We would start with the brake failures on the two 20 t cranes in bay 3, six stops in 2026.",
            "Hoist motor current and brake temperature come from new Wika sensors on each crane.",
            "The gateway sits behind your Fortinet firewall in the crane VLAN and only sends outbound over HTTPS.",
            "If the firewall or our cloud is down, the cranes run as before and the gateway keeps eight days "
            "of readings, sent on when the line is back; we commit to 99.5% a month.",
            "After the pilot our service team in Porto runs it for 4,800 EUR a year."]


def test_paragraphs_in_the_letters_order_answer_in_turn_though_one_names_an_earlier_questions_words(hoist):
    placed = _placed(hoist, "Dear Mr. Costa,\n\n" + "\n\n".join(IN_ORDER) + "\n\nBest regards,\nRui Lopes\n")
    assert placed[IN_ORDER[4]] == "reliability" and placed[IN_ORDER[3]] == "security"
    assert placed[IN_ORDER[0]] is None  # the opening says how the answers are laid out, it answers nothing


def test_paragraphs_out_of_the_letters_order_are_placed_by_nothing(hoist):
    shuffled = [IN_ORDER[0], IN_ORDER[5], IN_ORDER[4], IN_ORDER[1], IN_ORDER[3]]
    placed = _placed(hoist, "Dear Mr. Costa,\n\n" + "\n\n".join(shuffled) + "\n\nBest regards,\nRui Lopes\n")
    assert not any(placed.values())


@pytest.mark.parametrize("aside", ["A point you did not raise:", "Something your letter did not cover:"])
def test_a_paragraph_that_says_the_letter_did_not_raise_it_answers_no_asked_question(hoist, aside):
    text = (f"Dear Mr. Costa,\n\n{aside} the slingers would get a tablet each, and we would train every "
            "shift for 18 months of hoist records in one morning.\n\nBest regards,\nRui Lopes\n")
    sentences, _ = reply_reader(BANK).placed(text, hoist.rounds[-1].questions)
    asked = {q.topic for q in hoist.rounds[-1].questions}
    assert not [s.text for s, _, _, on in sentences if on & asked]


@pytest.mark.parametrize("dodge", ["After the pilot we will offer a support contract for the gateways.",
                                   "After the pilot our support team takes care of everything."])
def test_a_contract_offered_later_or_a_team_that_does_everything_leaves_upkeep_open(hoist, dodge):
    upkeep = MAIL.asked(hoist, dodge)["upkeep_owner"]
    assert not upkeep.closed and upkeep.status == "not_answered", upkeep.why


def test_a_contract_offered_with_its_yearly_fee_still_answers_who_keeps_it_running(hoist):
    text = ("Dear Mr. Costa,\n\nAfter the pilot we will offer a support contract: our service team in Porto monitors "
            "the gateways for 4,800 EUR a year.\n\nBest regards,\nRui Lopes\n")
    assert asked(hoist, text)["upkeep_owner"].closed


def test_data_said_to_be_able_to_go_to_a_system_with_no_how_does_not_answer_the_systems_question(hoist):
    links = MAIL.asked(hoist, "The lift counts can be transferred to your ERP.")["integrations"]
    assert not links.closed, links.why


def test_data_that_can_go_to_a_system_with_its_format_and_owner_still_answers_it(hoist):
    text = ("Dear Mr. Costa,\n\nThe lift counts can be transferred to your SAP PM every night as a CSV file; "
            "your SAP key user Ana Reis owns that link.\n\nBest regards,\nRui Lopes\n")
    read = asked(hoist, text)
    assert read["integrations"].status == "answered" and read["integrations"].closed, read["integrations"].why


def test_a_label_whose_only_cue_says_which_way_heads_no_question(hoist):
    placed = _placed(hoist, "Dear Mr. Costa,\n\nShort answers to your letter: here they come.\n\nBest regards,\nRui Lopes\n")
    assert placed["Short answers to your letter: here they come."] is None


def test_a_kpi_that_will_move_considerably_names_no_figure_and_answers_nothing(hoist):
    kpi = MAIL.asked(hoist, "Crane downtime will reduce considerably.")["kpi"]
    assert kpi.status == "not_answered", kpi.why


def test_a_kpi_that_moves_considerably_with_its_figures_still_answers(hoist):
    text = ("Dear Mr. Costa,\n\nCrane downtime will reduce considerably: from 41 hours in 2026 (maintenance log) to a "
            "target under 15 hours in 2027, counted monthly from the log.\n\nBest regards,\nRui Lopes\n")
    assert asked(hoist, text)["kpi"].status != "not_answered"


OWN_ORDER = ("Dear Mr. Costa,\n\nour short answers, in our own order:\n\n"
             "1. Network: the gateway in the crane VLAN sends outbound over HTTPS only.\n"
             "2. Review: the crane foreman approves each new load limit on his tablet.\n"
             "3. Data: hoist motor current and brake temperature from two new clamp-on sensors per crane.\n\n"
             "Best regards,\nRui Lopes\n")


def test_an_item_numbered_in_the_vendors_own_order_answers_the_question_its_label_names(hoist):
    placed = _placed(hoist, OWN_ORDER)
    assert placed["Network: the gateway in the crane VLAN sends outbound over HTTPS only."] == "security"
    assert placed["Review: the crane foreman approves each new load limit on his tablet."] == "human_review"
    assert next(v for k, v in placed.items() if k.startswith("Data: hoist motor")) == "data"


def test_a_claim_read_in_another_answer_leaves_the_data_answer_in_unlisted_words_to_close_the_history(hoist):
    text = ("Dear Mr. Costa,\n\n"
            "Data: every lift's hook load and hook height, from the HoistLink box on each of the 6 cranes in bay 2.\n"
            "History: the model learns from 14 months of your lift logs.\n"
            "Your maintenance planner checks the weights in those logs before the first training.\n\n"
            "Best regards,\nRui Lopes\n")
    done = replied(hoist, text)
    assert done.evaluation.answer("data.captured").evidence == "specific"
    history = {q.topic: q for q in done.round.questions}["history"]
    assert history.closed, history.why


BOLD_HEADINGS = ("Dear Mr. Costa,\n\nour answers, grouped by theme:\n\n"
                 "**Measure**\n"
                 "Crane availability in bay 3 from 91.5% (March to August 2026, maintenance log) to 97% by 31 May 2027, "
                 "read monthly from the log.\n\n"
                 "**Signals**\n"
                 "Hoist motor current and brake temperature come from two new clamp-on units per crane.\n\n"
                 "Best regards,\nRui Lopes\n")


def test_a_bold_heading_on_its_own_line_ties_the_answer_under_it_to_its_question(hoist):
    read = asked(hoist, BOLD_HEADINGS)
    assert read["kpi"].status == "answered" and read["kpi"].closed, read["kpi"].why
    assert read["data"].status != "not_answered", read["data"].why
