"""A reply's parts tied to the question a heading above them names, and history told as an amount: a line holding
only the letter's question number ("Question 11", "Q11:") heads the paragraph under it, after a blank line too; a
table row's number with its topic in brackets ("| 11 (review) | ...") places the row; a markdown heading ("### 9 -
Network") is read past its hashes. History told as an amount ("one full year of readings"), and on the history only
where the data question's words name what the model learns from. Answers written under the buyer's letter quoted line
by line ("> ...") are read. Every sentence here is new (issue 16)."""
import random
import re

import pytest

from rounds_corpus import placed, sent_out
from questions import load_bank
from reading.documents import pasted
from reading.reply_wrapped import titles
from reading.spelled import Spelled
from reports.letter_round import as_text
from scoring.rounds import read_reply, reply_reader

EXTRUSION = ("ExtruSense is the AI-driven Industry 4.0 platform for smart extrusion lines.\n"
             "It predicts every failure, connects seamlessly to your ERP and gives your team real-time insights.\n")
REVIEW = ("The process engineer on shift checks each proposed barrel temperature change at the line terminal. "
          "She can reject it with one click and the extruder keeps its old setpoint.")


@pytest.fixture(scope="module")
def extrusion():
    return sent_out(EXTRUSION, "ExtruSense", "A. Lind")


def _letter(body: str) -> str:
    return f"Dear Ms Lind,\n\nplease find our answers below.\n\n{body}\n\nKind regards,\nPeter Holm\n"


@pytest.mark.parametrize("heading", ["Question 11", "Q11:", "Answer to question 11", "Regarding question 11:",
                                     "**11.**", "Question 11 (review of changes)"])
def test_a_line_of_the_question_number_alone_heads_the_paragraph_below_its_blank_line(extrusion, heading):
    found = placed(extrusion, _letter(f"{heading}\n\n{REVIEW}"))
    assert [found[s] for s in REVIEW.replace(". ", ".\n").splitlines()] == ["human_review", "human_review"]


def test_the_number_alone_heads_only_the_next_paragraph(extrusion):
    later = "The edge box reads the melt pressure from the extruder PLC over OPC UA every second."
    found = placed(extrusion, _letter(f"Question 11\n\n{REVIEW}\n\n{later}"))
    assert found[later] != "human_review"


def test_a_number_that_opens_an_answer_on_its_line_still_ends_at_the_blank_line(extrusion):
    later = "The edge box reads the melt pressure from the extruder PLC over OPC UA every second."
    found = placed(extrusion, _letter(f"Question 11: {REVIEW}\n\n{later}"))
    assert found[later] != "human_review"


def test_a_table_rows_number_with_its_topic_in_brackets_places_the_row(extrusion):
    table = f"| Question | Answer |\n|---|---|\n| 11 (review) | {REVIEW} |\n"
    found = placed(extrusion, _letter(table))
    assert found["She can reject it with one click and the extruder keeps its old setpoint."] == "human_review"


def test_a_markdown_heading_names_its_topic_past_the_hashes_and_number(extrusion):
    text = _letter("### 9 - Network\n\nThe edge box sits in its own VLAN and calls our cloud over HTTPS.")
    reader = reply_reader(load_bank())
    said, _ = reader.placed(text, extrusion.rounds[-1].questions)
    under = reader.headed(text, extrusion.rounds[-1].questions)
    box = next(s for s, *_ in said if s.text.startswith("The edge box"))
    assert under.get(box.start) == {"security"}


@pytest.mark.parametrize("heading, topic", [("Running costs", "upkeep_owner"), ("Costs", "upkeep_owner"),
                                            ("Success criteria", "kpi"), ("Measuring success", "kpi")])
def test_a_heading_naming_a_questions_part_in_its_own_words_heads_its_paragraph(extrusion, heading, topic):
    text = _letter(f"**{heading}**\n\nZulu alpha bravo charlie delta.")
    reader = reply_reader(load_bank())
    said, _ = reader.placed(text, extrusion.rounds[-1].questions)
    under = reader.headed(text, extrusion.rounds[-1].questions)
    line = next(s for s, *_ in said if s.text.startswith("Zulu"))
    assert under.get(line.start) == {topic}


@pytest.mark.parametrize("amount", ["one full year", "a whole year", "12 complete months", "two full seasons"])
def test_history_told_as_an_amount_with_a_word_of_wholeness_answers_how_much_history(extrusion, amount):
    body = (f"The scrap model is trained on {amount} of your melt pressure readings from the extruder PLC; "
            "your process engineer checks them for gaps before each training.")
    asked = {q.topic: q for q in read_reply(extrusion, pasted(_letter(body), "reply", "Reply")).round.questions}
    assert asked["history"].status == "answered" and asked["history"].closed


def test_a_word_of_wholeness_before_no_unit_of_time_is_no_amount():
    spelled = Spelled(["year", "years", "hour"], {"words": ["full", "complete"], "units": ["year", "years"]})
    assert spelled.digits("we deliver a complete line and one full year of support") == \
        "we deliver a complete line and 1 year of support"


def test_a_sentence_on_what_the_model_learns_from_answers_the_history_though_it_names_records(extrusion):
    learning = "It is trained on one full year of your extruder records and logged data."
    questions = extrusion.rounds[-1].questions
    reader = reply_reader(load_bank())
    said, at = reader.placed(_letter(learning), questions)
    tied = reader.tied(said, {q.topic for q in questions}, frozenset(), at, reader.headed(_letter(learning), questions))
    answers = {t for t, sentences in tied.items() if learning in [s.text for s in sentences]}
    assert "history" in answers and "data" not in answers


def test_data_collected_and_kept_for_months_is_still_on_the_data_captured(extrusion):
    kept = "Melt temperature data is recorded by the extruder PLC every second and kept for 24 months."
    asked = {q.topic: q for q in read_reply(extrusion, pasted(_letter(kept), "reply", "Reply")).round.questions}
    assert kept in asked["data"].quotes


def _quoted_letter(sent) -> str:
    letter = as_text(sent, sent.rounds[-1]).decode()
    return "On 2 Nov 2026, Anna Lind wrote:\n" + "\n".join("> " + line if line else ">" for line in letter.splitlines())


def test_answers_written_under_a_letter_quoted_line_by_line_are_read(extrusion):
    fee = "After the pilot our service desk in Malmo monitors the edge boxes; the yearly fee is 9,600 EUR."
    text = (f"Hello Anna,\n\nour answers are under your mail.\n\nPeter\n\n{_quoted_letter(extrusion)}\n\n"
            f"Our answers:\n10. {fee}\n11. {REVIEW}\n\nBest regards,\nPeter Holm\n")
    asked = {q.topic: q for q in read_reply(extrusion, pasted(text, "reply", "Reply")).round.questions}
    assert asked["upkeep_owner"].closed and asked["human_review"].closed


def test_a_vague_note_over_a_letter_quoted_line_by_line_leaves_every_question_open(extrusion):
    text = (f"Hello Anna,\n\nwe will of course answer all points in the final offer.\n\nPeter\n\n"
            f"{_quoted_letter(extrusion)}\n\n--\nThis e-mail and any attachments are confidential.\n")
    assert not any(q.closed for q in read_reply(extrusion, pasted(text, "reply", "Reply")).round.questions)


def test_a_postscript_under_the_quoted_letter_is_the_writers_own_and_the_letter_is_not(extrusion):
    fee = "After the pilot our service desk in Malmo monitors the edge boxes; the yearly fee is 9,600 EUR."
    letter = as_text(extrusion, extrusion.rounds[-1]).decode()
    text = (f"Hello Anna,\n\nwe will come back on most points next week.\n\nBest regards,\nPeter Holm\n\n"
            f"-----Original Message-----\nFrom: Anna Lind\nSent: Monday, 2 November 2026 09:12\n{letter}\n\n"
            f"PS: {fee}\n")
    asked = {q.topic: q for q in read_reply(extrusion, pasted(text, "reply", "Reply")).round.questions}
    assert asked["upkeep_owner"].closed and f"PS: {fee}" in asked["upkeep_owner"].quotes
    assert [t for t, q in asked.items() if q.closed] == ["upkeep_owner"]


@pytest.mark.parametrize("title", ["Mr", "Mrs", "Dr", "Ing"])
def test_a_title_at_a_lines_end_keeps_the_name_below_in_its_sentence(extrusion, title):
    review = (f"Every recommended barrel temperature change is approved at the line terminal by your shift lead {title}.\n"
              "Novak, who can reject it with one click.")
    asked = {q.topic: q for q in read_reply(extrusion, pasted(_letter(review), "reply", "Reply")).round.questions}
    assert review in asked["human_review"].quotes and asked["human_review"].closed


def test_a_title_before_a_blank_line_joins_no_paragraph_to_the_next(extrusion):
    text = _letter("The boxes are checked by our technician Mr.\n\nThe fee is 9,600 EUR a year.")
    assert "The fee is 9,600 EUR a year." in placed(extrusion, text)


def test_titles_at_a_lines_end_are_found_wherever_the_whole_pattern_finds_them():
    rules = reply_reader(load_bank()).rules
    titled = titles(rules.titles, rules.months, rules.wrapped_titles)
    rng = random.Random(11)
    pieces = [*rules.wrapped_titles, ".", ".\n", "\n", " ", "\t", "Koch", "koch", "a", "30", rules.months[0]]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        assert titled.sub(titled.spaced, text) == re.sub(titled.pattern, titled.spaced, text), repr(text)


def test_a_value_moved_from_todays_to_another_by_a_year_answers_the_kpi_whatever_its_verb(extrusion):
    kpi = ("Die changes on line 3 go from 14 per month in 2025 (your maintenance log) to 6 per month by March 2027, "
           "counted in the same log.")
    asked = {q.topic: q for q in read_reply(extrusion, pasted(_letter(kpi), "reply", "Reply")).round.questions}
    assert kpi in asked["kpi"].quotes and asked["kpi"].closed


def test_a_change_of_counts_with_no_year_it_is_due_by_is_no_kpi(extrusion):
    rollout = "We go from 3 extruders in the pilot to 7 extruders in the rollout, with the same edge box."
    asked = {q.topic: q for q in read_reply(extrusion, pasted(_letter(rollout), "reply", "Reply")).round.questions}
    assert rollout not in asked["kpi"].quotes



@pytest.mark.parametrize("separator", ["---------- Forwarded message ---------\n", "---------- Forwarded message --------- "])
def test_an_older_message_under_a_separator_its_header_was_pasted_onto_is_still_no_reply(extrusion, separator):
    """A pasted reply keeps its writer's lines apart (its header under the separator); a file's text tidied as prose
    joins the header to the separator line ("--------- From: ..."): either way the message under it is old."""
    text = ("Hi Anna,\n\nforwarding the note from your colleague below.\n\nPeter\n\n"
            f"{separator}From: Lisa Meyer <l.meyer@plant.example>\nDate: 3 November 2026\n"
            f"Subject: Extrusion line visit\n\nPeter,\n\n{REVIEW}\n\nLisa\n")
    document = pasted(text, "reply", "Reply")
    assert ("--------- From:" in document.text) == separator.endswith(" ")
    assert not {q.topic: q for q in read_reply(extrusion, document).round.questions}["human_review"].closed


def _weitergeleitet(sender: str) -> str:
    return ("Sehr geehrte Frau Lind,\n\nanbei die Antworten unseres Ingenieurs.\n\nMit freundlichen Grüßen\nPeter Holm\n\n"
            "-------- Weitergeleitete Nachricht --------\nBetreff: AW: Fragen Extrusion\nDatum: Mon, 9 Nov 2026 16:40\n"
            f"Von: Jonas Berg <{sender}>\nAn: Peter Holm <p.holm@extrusense.example>\n\nHallo Peter,\n\n{REVIEW}\n\nJonas\n")


def test_a_colleagues_answers_forwarded_under_german_header_fields_within_one_domain_are_read(extrusion):
    document = pasted(_weitergeleitet("j.berg@extrusense.example"), "reply", "Reply")
    assert {q.topic: q for q in read_reply(extrusion, document).round.questions}["human_review"].closed


def test_a_message_forwarded_under_german_header_fields_from_another_domain_is_no_reply(extrusion):
    document = pasted(_weitergeleitet("j.berg@kunststoffwerk.example"), "reply", "Reply")
    assert not {q.topic: q for q in read_reply(extrusion, document).round.questions}["human_review"].closed


def test_the_letter_quoted_under_a_german_wrote_line_is_no_reply(extrusion):
    text = (f"Hallo Frau Lind,\n\nwir antworten bis Freitag.\n\nPeter\n\nAm 2. Nov. 2026 um 09:12 schrieb Anna Lind:\n"
            f"{REVIEW}\n")
    assert not {q.topic: q for q in read_reply(extrusion, pasted(text, "reply", "Reply")).round.questions}["human_review"].closed


def test_a_line_that_says_what_someone_wrote_down_starts_no_older_message(extrusion):
    text = _letter(f"Our engineer wrote down what happens at each change:\n{REVIEW}")
    assert {q.topic: q for q in read_reply(extrusion, pasted(text, "reply", "Reply")).round.questions}["human_review"].closed


def test_a_link_offered_to_all_systems_of_a_kind_names_none_of_the_plants():
    offer = ("MeltIQ is the smart Industry 4.0 platform for die casting cells.\n"
             "It collects cycle data and sends it to your ERP.\n")
    sent = sent_out(offer, "MeltIQ", "A. Lind")
    claim = "MeltIQ is compatible with all makes of die casting machines and integrates with all ERP software."
    asked = {q.topic: q for q in read_reply(sent, pasted(_letter(claim), "reply", "Reply")).round.questions}
    assert asked["integrations"].status == "not_answered" and not asked["integrations"].closed


def test_a_heading_quoting_part_of_a_question_without_its_question_mark_heads_the_paragraph_below(extrusion):
    text = _letter(f"Re: Who reviews the system's recommendations\n\n{REVIEW}")
    found = placed(extrusion, text)
    assert "Re: Who reviews the system's recommendations" not in found  # the buyer's words, no sentence of the reply
    assert [found[s] for s in REVIEW.replace(". ", ".\n").splitlines()] == ["human_review", "human_review"]
