"""A reply that gives one of the things a question asks, read as partly answered, and sales lines that
promise control, help or interfaces read as answering nothing. Every sentence here is new."""
import pytest

from rounds_corpus import asked, sent_out

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n")


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def test_a_yearly_fee_without_who_keeps_it_running_is_answered_partly(mixers):
    question = asked(mixers, "Dear Ms Meyer,\n\nThe yearly fee after the pilot is 5,200 EUR for the six spiral mixers.\n")["upkeep_owner"]
    assert question.status == "partly" and not question.closed
    assert "a role" in question.why


def test_a_role_alone_is_no_part_of_the_systems_question(mixers):
    question = asked(mixers, "Dear Ms Meyer,\n\nYour shift bakers will like the new interface on the mixer panel.\n")["integrations"]
    assert question.status == "not_answered"


@pytest.mark.parametrize("sentence, topic", [
    ("Your operators always stay in control of every rejected batch.", "human_review"),
    ("The platform exchanges data with every ERP and MES through standard interfaces.", "integrations"),
    ("Our support team is at your disposal, with flexible service packages for bakeries.", "upkeep_owner"),
    ("Bakeries usually cut mixer downtime by 30% within a year, and your maintenance team will see it.", "kpi"),
    ("Send us the mixer logs and our engineers take care of the rest.", "protocols"),
])
def test_a_sales_line_that_names_a_role_a_system_or_a_figure_closes_nothing(mixers, sentence, topic):
    question = asked(mixers, f"Dear Ms Meyer,\n\n{sentence}\n\nBest regards,\nTom Berger\n")[topic]
    assert question.status != "answered" and not question.closed, question.why


def test_questions_left_for_later_by_their_numbers_are_not_answered_by_a_figure_beside_them(mixers):
    text = ("Dear Ms Meyer,\n\n1. The mixer motors' power draw, from new meters in the dough room switchboard.\n\n"
            "2, 9 and 10 we will answer after our IT team has visited; such projects cost 20,000 EUR a year.\n")
    read = asked(mixers, text)
    assert read["latency"].status == "not_answered" and read["upkeep_owner"].status == "not_answered"


def test_where_the_project_goes_first_is_the_problem_it_solves(mixers):
    text = ("Dear Ms Meyer,\n\nThe first thing we would go after is bearing wear on the six spiral mixers, "
            "which caused 11 failures in 2025.\n")
    assert asked(mixers, text)["problem"].status == "answered"


def test_data_said_to_be_yours_is_on_the_ownership_question(mixers):
    question = asked(mixers, "Dear Ms Meyer,\n\nYou own every mixing record, and you take them away as CSV files whenever you like.\n")["data_ownership"]
    assert question.status == "answered", question.why


def test_a_kpi_named_as_a_rate_with_its_figures_names_its_measure(mixers):
    text = ("Dear Ms Meyer,\n\nThe KPI is the rate of batches rejected at the dough check: 3.4% from January to "
            "September 2026 in your lab book, target 1.5% by 30 June 2027, counted monthly by your QA manager.\n")
    assert asked(mixers, text)["kpi"].status in ("answered", "partly")
    assert "not the data" not in asked(mixers, text)["kpi"].why


def test_a_time_said_in_the_answer_to_another_question_does_not_answer_how_fast_a_stop_is_seen(mixers):
    text = ("Dear Ms Meyer,\n\n5. The model predicts a bearing failure on each mixer, 40 minutes before it stops.\n\n"
            "Best regards,\nTom Berger\n")
    read = asked(mixers, text)
    assert read["latency"].status == "not_answered" and not read["latency"].closed, read["latency"].why


def test_a_time_said_under_the_question_on_stops_still_answers_it(mixers):
    text = ("Dear Ms Meyer,\n\n9. The shift baker sees a mixer stop on his phone 20 seconds after it happens, "
            "as the acceptance test logs.\n\nBest regards,\nTom Berger\n")
    assert asked(mixers, text)["latency"].status == "answered"


FORWARDED = ("Hi Jana,\n\nforwarding what I sent to Ms Meyer last week, as you asked.\n\nTom\n\n"
             "---------- Forwarded message ---------\nFrom: Tom Berger\nDate: 25 Nov 2026\nSubject: Re: MixMind\n\n"
             "The shift baker sees a mixer stop on his phone 20 seconds after it happens, as the acceptance test logs.\n")


def test_the_writers_own_older_message_forwarded_with_the_reply_is_read_as_the_reply(mixers):
    assert asked(mixers, FORWARDED)["latency"].status == "answered"


def test_an_older_message_from_someone_else_under_the_reply_is_still_not_the_reply(mixers):
    text = FORWARDED.replace("From: Tom Berger", "From: Lisa Meyer")
    assert asked(mixers, text)["latency"].status == "not_answered"


COLLEAGUE = ("Hello Ms Meyer,\n\nbelow is what our controls engineer put together for your bakery.\n\nBest regards,\n"
             "Ines Vogt\nAccount Manager, MixMind GmbH\n\n---------- Forwarded message ---------\n"
             "From: Karl Brenner <k.brenner@mixmind.de>\nDate: Mon, 30 Nov 2026\nSubject: RE: bakery letter\n"
             "To: Ines Vogt <i.vogt@mixmind.de>\n\nInes,\n\nthe night baker sees a stopped mixer on the panel "
             "by the ovens 12 seconds after it stops; we log it in every acceptance test.\n\nKarl\n")


def test_a_colleagues_message_forwarded_within_the_vendors_domain_is_read_as_the_reply(mixers):
    assert asked(mixers, COLLEAGUE)["latency"].status == "answered"


def test_a_message_forwarded_from_another_domain_is_still_not_the_reply(mixers):
    text = COLLEAGUE.replace("k.brenner@mixmind.de", "k.brenner@backhaus-meyer.de")
    assert asked(mixers, text)["latency"].status == "not_answered"


@pytest.mark.parametrize("sentence, topic", [
    ("All mixing records are yours.", "data_ownership"),
    ("When the link drops, the mixer panels keep running and the readings are stored locally.", "reliability"),
    ("Only outbound connections leave the dough room gateway.", "security"),
])
def test_one_half_of_a_two_part_question_is_answered_partly(mixers, sentence, topic):
    question = asked(mixers, f"Dear Ms Meyer,\n\n{sentence}\n\nBest regards,\nTom Berger\n")[topic]
    assert question.status == "partly" and not question.closed, question.why


@pytest.mark.parametrize("sentence, topic", [
    ("All mixing records are yours, and you can export them as CSV at any time free of charge.", "data_ownership"),
    ("When the link drops, the edge PC buffers the readings for 30 days and sends them later.", "reliability"),
])
def test_both_halves_of_a_two_part_question_answer_it(mixers, sentence, topic):
    question = asked(mixers, f"Dear Ms Meyer,\n\n{sentence}\n\nBest regards,\nTom Berger\n")[topic]
    assert question.status == "answered", question.why


def test_a_person_who_answers_an_alarm_is_no_answer_put_off(mixers):
    text = ("Dear Ms Meyer,\n\n9. The shift baker on duty will answer each mixer stop alarm on his phone within "
            "30 seconds, as the acceptance test logs.\n\nBest regards,\nTom Berger\n")
    assert asked(mixers, text)["latency"].status == "answered"


def test_who_keeps_it_running_without_the_fee_settles_the_scorecard_but_is_answered_only_partly():
    sent = sent_out("FurnaceMind is the AI platform for annealing furnaces, with cloud dashboards.\n", "FurnaceMind", "A. Buyer")
    upkeep = asked(sent, "Dear Ms Buyer,\n\nUpkeep: after the pilot our Gdynia desk monitors and maintains it."
                         "\n\nKind regards,\nPiotr\n")["upkeep_owner"]
    assert upkeep.closed and upkeep.status == "partly" and "what it costs" in upkeep.why, upkeep.why
