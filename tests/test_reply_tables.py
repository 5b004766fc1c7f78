"""Replies whose answers sit in tables (issue 16): a cell wrapped over several lines is read whole, a row's number and
topic point to the question it answers but never answer it, and a possibility denied ("nothing can connect to it")
is no vague claim. Bordered (+---+) and Markdown pipe tables, "Topic | Answer" tables with no outer bars, numbered
rows with no header. Every reply here is new."""
import pytest

from questions.loader import load_round_rules
from reading.documents import Citations, pasted
from proposals.text_cells import rows_joined
from reading.reply_cells import Pointers, joined
from rounds_corpus import Mail, placed, sent_out

BREWHOUSE = ("BrewSense is the AI-driven cloud platform for brewhouses and filling lines.\n"
             "Smart sensors and machine learning predict every failure and optimise your lauter tun in real time.\n"
             "Seamless integration with your ERP and MES, Industry 4.0 ready.\n"
             "Automatic adjustments keep every brew on target.\n")


@pytest.fixture(scope="module")
def brewhouse():
    return sent_out(BREWHOUSE, "BrewSense", "K. Brandt")


MAIL = Mail("Dear Ms Brandt,\n\nour answers, in the numbering of your letter:", "Kind regards,\nTomasz Wrona")
_letter, _read, _asked = MAIL.letter, MAIL.read, MAIL.asked


# --- a bordered table whose answer cells wrap over several lines ------------------------------------------------

BORDERED = """+----+-------------+-----------------------------------------------------------+
| No | Topic       | Answer                                                    |
+----+-------------+-----------------------------------------------------------+
| 3  | Protocols   | The lauter tun PLC (S7-1500) over OPC UA, sampled every   |
|    |             | 500 ms; the two wort turbidity meters over Modbus TCP     |
|    |             | once per second.                                          |
+----+-------------+-----------------------------------------------------------+
| 10 | Network     | One edge PC in the brewhouse VLAN behind your OT          |
|    |             | firewall. Outbound                                        |
|    |             | only, over HTTPS 443 through your DMZ proxy to our        |
|    |             | cloud; no                                                 |
|    |             | inbound ports, no VPN.                                    |
+----+-------------+-----------------------------------------------------------+
| 12 | After the   | After the pilot our service team in Gdansk monitors the   |
|    | pilot       | edge PC remotely and retrains the models every quarter,   |
|    |             | 14,500 EUR per year.                                      |
+----+-------------+-----------------------------------------------------------+"""


def test_a_wrapped_cell_is_read_as_one_text_of_the_same_length():
    flat = joined(BORDERED)
    assert len(flat) == len(BORDERED)
    row = next(line for line in flat.split("\n") if line.startswith("| 3"))
    assert "500 ms" in row and "once per second." in row  # the cell's three lines are one line
    assert "|    |" not in row


def test_a_topic_wrapped_in_its_narrow_column_is_not_read_into_the_answer():
    row = next(line for line in joined(BORDERED).split("\n") if line.startswith("| 12"))
    assert " ".join(row.split("|")[3].split()) == ("After the pilot our service team in Gdansk monitors the edge PC "
                                                   "remotely and retrains the models every quarter, 14,500 EUR per year.")


def test_every_line_of_a_wrapped_cell_answers_the_row_and_is_quoted_as_written(brewhouse):
    done = _read(brewhouse, BORDERED)
    asked = {q.topic: q for q in done.round.questions}
    security = asked["security"]
    assert security.closed, security.why
    assert any("Outbound" in quote and "inbound ports" in quote for quote in security.quotes)  # one sentence
    reply = Citations([d for d in done.evaluation.documents if d.kind == "reply"])
    assert all(reply.cite(quote) for q in done.round.questions for quote in q.quotes)


def test_a_wrapped_cell_fragment_is_tied_to_its_own_row_not_to_another_question(brewhouse):
    where = placed(brewhouse, pasted(_letter(BORDERED), "reply", "Reply").text)
    port = next(text for text in where if "inbound ports" in text)
    assert where[port] == "security"
    assert where[next(text for text in where if "500 ms" in text)] == "protocols"


def test_wrapped_cells_naming_the_protocols_and_the_upkeep_close_both(brewhouse):
    asked = _asked(brewhouse, BORDERED)
    assert asked["protocols"].closed, asked["protocols"].why
    assert asked["upkeep_owner"].closed, asked["upkeep_owner"].why


# --- a row's heading points to the question, it never answers it -------------------------------------------------

VAGUE_PIPES = """| # | Question | Our answer |
|---|----------|------------|
| 12 | Service | Our worldwide service network stands by your side for the whole life of the brewhouse. |
| 13 | Operator | The operator is always in charge. |"""


def test_a_vague_cell_under_a_service_heading_names_no_one_who_keeps_it_running(brewhouse):
    upkeep = _asked(brewhouse, VAGUE_PIPES)["upkeep_owner"]
    assert not upkeep.closed, upkeep.why


def test_a_vague_cell_under_an_operator_heading_leaves_the_human_review_open(brewhouse):
    review = _asked(brewhouse, VAGUE_PIPES)["human_review"]
    assert not review.closed, review.why


def test_a_row_heading_is_not_quoted_as_part_of_the_answer(brewhouse):
    body = "| # | Question | Our answer |\n|---|---|---|\n| 13 | Human review | The operator is always in charge. |"
    review = _asked(brewhouse, body)["human_review"]
    assert review.quotes == ["The operator is always in charge."], review.quotes
    assert not review.closed, review.why


NUMBERED_NO_HEADER = """| 12 | Service | Our service organisation is there for you around the clock. |
| 13 | Operator | The operator keeps the final word at all times. |"""


def test_numbered_rows_with_no_header_point_by_their_label_alone(brewhouse):
    asked = _asked(brewhouse, NUMBERED_NO_HEADER)
    assert not asked["upkeep_owner"].closed, asked["upkeep_owner"].why
    assert not asked["human_review"].closed, asked["human_review"].why


SPECIFIC_PIPES = """| # | Question | Our answer |
|---|----------|------------|
| 12 | Service | After the pilot our service team in Gdansk monitors the edge PC and retrains the models each quarter; 14,500 EUR per year. |
| 13 | Operator | Every new lauter setpoint is shown to the brewer on shift, who accepts or rejects it on the brewhouse HMI. |"""


def test_a_specific_cell_under_the_same_headings_still_answers(brewhouse):
    asked = _asked(brewhouse, SPECIFIC_PIPES)
    assert asked["upkeep_owner"].closed, asked["upkeep_owner"].why
    assert asked["human_review"].status != "not_answered", asked["human_review"].why


TOPIC_ANSWER = """Topic          | Answer for the Zywiec brewhouse
---------------+------------------------------------------------
Upkeep         | Our support is always there for you.
Human review   | The brewer decides."""


def test_a_topic_answer_table_without_outer_bars_reads_its_heading_as_a_pointer(brewhouse):
    asked = _asked(brewhouse, TOPIC_ANSWER)
    assert not asked["upkeep_owner"].closed, asked["upkeep_owner"].why


EMPTY_CELL = """| No | Topic | Answer |
|----|-------|--------|
| 8  | KPI   |        |
| 12 | Upkeep |       |"""


def test_a_row_whose_answer_cell_is_blank_answers_nothing(brewhouse):
    asked = _asked(brewhouse, EMPTY_CELL)
    assert not asked["kpi"].closed and not asked["upkeep_owner"].closed


def test_the_first_column_of_a_data_table_is_no_pointer():
    table = ("| Signal | Source | Rate |\n|---|---|---|\n| Wort turbidity | Sigrist meter, Modbus TCP | 1 s |\n"
             "| Mash temperature | S7-1500 over OPC UA | 500 ms |")
    assert Pointers(load_round_rules().tables["pointers"]).answers(table) == {}


# --- a possibility denied is no claim ----------------------------------------------------------------------------

DENIED = "10. The edge PC sits in its own VLAN behind your OT firewall; nothing can connect to it from the internet."


def test_a_denied_reach_from_outside_is_a_specific_network_answer(brewhouse):
    security = _asked(brewhouse, DENIED)["security"]
    assert security.status != "not_answered" and "claims" not in security.why, security.why
    assert security.closed, security.why


def test_no_one_can_reach_it_says_which_way_it_connects(brewhouse):
    body = ("10. The gateway opens one outbound MQTT connection over TLS to our cloud; no one from outside can "
            "reach it, and your OT firewall keeps the brewhouse VLAN apart from the office network.")
    security = _asked(brewhouse, body)["security"]
    assert security.closed, security.why


def test_a_possibility_still_claimed_stays_vague(brewhouse):
    body = "6. BrewSense can connect to your ERP and MES, and any other system can be integrated as well."
    integrations = _asked(brewhouse, body)["integrations"]
    assert integrations.status == "not_answered", integrations.why


ROWS_APART = """| No | Topic | Answer |
|----|-------|--------|
| 3 | Protocols | The lauter tun PLC over OPC UA every 500 ms; the turbidity meters over their Modbus TCP port 502 once per second. |
| 10 | Security | Designed according to IEC 62443. |"""


def test_a_question_with_its_own_row_is_not_answered_by_another_rows_words(brewhouse):
    security = _asked(brewhouse, ROWS_APART)["security"]
    assert security.status == "not_answered", security.why
    assert all("Modbus" not in quote for quote in security.quotes)


def test_a_row_may_still_answer_a_question_the_table_gives_no_row(brewhouse):
    body = ("| No | Topic | Answer |\n|----|-------|--------|\n"
            "| 3 | Protocols | The lauter tun PLC over OPC UA every 500 ms; the edge PC sends outbound only over HTTPS "
            "443 through your OT firewall. |\n"
            "| 12 | Upkeep | After the pilot our service team in Gdansk maintains it for 14,500 EUR per year. |")
    assert _asked(brewhouse, body)["security"].status != "not_answered"


def test_a_row_of_its_own_under_a_blank_first_cell_is_not_joined_to_the_row_above():
    table = ("| Area | System | Owner |\n|---|---|---|\n| Maintenance | SAP PM | Mr Kowalski |\n"
             "| | Maximo | Ms Novak |")
    assert joined(table) == table


def test_a_pipe_table_with_no_rules_between_rows_joins_a_cell_wrapped_under_blank_cells(brewhouse):
    body = ("| No | Topic | Answer |\n|----|-------|--------|\n"
            "| 10 | Network | One edge PC in the brewhouse VLAN behind your OT firewall. Outbound |\n"
            "| | | only, over HTTPS 443 through your DMZ proxy; no |\n"
            "| | | inbound ports. |\n"
            "| 11 | Outages | The edge PC buffers 21 days of data and the brewhouse runs on as today. |")
    flat = joined(body)
    assert "no inbound ports" in " ".join(flat.replace("|", " ").split())
    security = _asked(brewhouse, body)["security"]
    assert security.closed, security.why


QUESTION_ANSWER = """| **Question** | **Answer** |
|---|---|
| Which protocols will you use to read our machines, and at what sampling rate? | OPC UA from the S7-1500 every 500 ms. |
| Who maintains it after the pilot, and at what cost? | We will tell you after the pilot. |"""


def test_an_answer_after_the_question_in_its_row_is_quoted_without_the_bars(brewhouse):
    protocols = _asked(brewhouse, QUESTION_ANSWER)["protocols"]
    assert protocols.closed and protocols.quotes == ["OPC UA from the S7-1500 every 500 ms."], protocols.quotes


def test_the_question_in_a_rows_first_cell_answers_nothing(brewhouse):
    upkeep = _asked(brewhouse, QUESTION_ANSWER)["upkeep_owner"]
    assert not upkeep.closed and upkeep.status == "not_answered", upkeep.why


BOXED = """┌────┬───────────┬──────────────────────────────────────────────────────┐
│ No │ Topic     │ Answer                                               │
├────┼───────────┼──────────────────────────────────────────────────────┤
│ 10 │ Network   │ One edge PC in the brewhouse VLAN behind your OT     │
│    │           │ firewall. Outbound                                   │
│    │           │ only, over HTTPS 443 through your DMZ proxy; no      │
│    │           │ inbound ports, no VPN.                               │
├────┼───────────┼──────────────────────────────────────────────────────┤
│ 13 │ Operator  │ The operator always has the final say.               │
└────┴───────────┴──────────────────────────────────────────────────────┘"""


def test_a_table_drawn_in_box_characters_reads_as_one_drawn_in_ascii(brewhouse):
    asked = _asked(brewhouse, BOXED)
    assert asked["security"].closed, asked["security"].why
    assert not asked["human_review"].closed, asked["human_review"].why
    assert "\u2502" not in pasted(BOXED, "reply", "Reply").text


ALIGNED = """No   Topic        Answer
3    Protocols    The lauter tun PLC (S7-1500) over OPC UA every 500 ms; the turbidity
                  meters over Modbus TCP once per second.
10   Network      One edge PC in the brewhouse VLAN behind your OT firewall. Outbound
                  only, over HTTPS 443 through your DMZ proxy; no inbound ports.
12   Service      Our worldwide service network stands by your side for the whole life
                  of the brewhouse.
13   Operator     The operator always has the final say."""


def test_a_space_aligned_table_with_wrapped_answers_reads_each_row_whole(brewhouse):
    asked = _asked(brewhouse, ALIGNED)
    assert asked["protocols"].closed and asked["security"].closed, (asked["protocols"].why, asked["security"].why)


def test_a_question_with_its_own_vague_row_is_not_answered_from_another_rows_words(brewhouse):
    asked = _asked(brewhouse, ALIGNED)  # "your OT firewall" of row 10 names no team that maintains it
    assert not asked["upkeep_owner"].closed, asked["upkeep_owner"].why
    assert not asked["human_review"].closed, asked["human_review"].why


def test_a_pasted_table_writes_each_wrapped_row_as_one_line_its_label_whole():
    lines = rows_joined(BORDERED).split("\n")
    assert "| 12 | After the pilot | After the pilot our service team in Gdansk monitors the edge PC remotely and " \
           "retrains the models every quarter, 14,500 EUR per year. |" in lines
    assert len([line for line in lines if line.startswith("| 10 ")]) == 1 and not any(
        line.startswith("|    |") for line in lines)


def test_a_pasted_table_keeps_a_row_of_its_own_under_a_blank_first_cell():
    table = "| Area | System | Owner |\n|---|---|---|\n| Maintenance | SAP PM | Mr Kowalski |\n| | Maximo | Ms Novak |\n"
    assert rows_joined(table) == table


def test_a_grid_table_joins_a_label_wrapped_in_capitals():
    table = ("+----+--------+----------------------------------+\n| No | Topic  | Answer                           |\n"
             "+----+--------+----------------------------------+\n| 3  | Data   | OPC UA from the S7-1500 every    |\n"
             "|    | Read   | 500 ms.                          |\n+----+--------+----------------------------------+\n"
             "| 13 | Human  | The brewer on shift accepts each |\n|    | Review | setpoint on the HMI.             |\n"
             "+----+--------+----------------------------------+\n")
    lines = rows_joined(table).split("\n")
    assert "| 13 | Human Review | The brewer on shift accepts each setpoint on the HMI. |" in lines
    assert "| 3 | Data Read | OPC UA from the S7-1500 every 500 ms. |" in lines
