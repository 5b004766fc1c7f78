"""Ways of answering seen in tuning23's blind replies that left answers open or made vague ones specific: a pasted
chat whose messages are paragraphs, the story of a pilot told in the past, an engineer's notes with shortened time
units, links joined by "one way, and ..." clauses, data "property of" the plant, the plant going on "as today", the
models retrained for a fee, and figures of other clients, of every installation or of a range the product covers ("at
any line speed up to ..."). Every sentence here is new."""
import pytest

from reading.splitting import splitter
from rounds_corpus import Mail, sent_out

PRESS = ("LamiSense brings AI to the hot presses of a laminate flooring plant.\n"
         "Machine learning predicts blisters and delamination and adjusts press time and temperature automatically.\n"
         "Connects to your press PLCs, your lab system and your ERP, with a cloud portal.\n"
         "Less scrap, shorter cycles, smart production.\n")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "LamiSense", "R. Duarte")


MAIL = Mail("Dear Ms Duarte,", "Best regards,\nTom Reyes")


def test_a_link_clause_joined_by_one_way_and_its_owner_is_no_list_of_alternative_products(press):
    body = "Every hour the historian sends the press log to LamiSense as a CSV file, one way, and Mr Ortega owns that."
    question = MAIL.asked(press, body)["integrations"]
    assert question.status != "not_answered" and "alternatives" not in question.why


def test_a_deferral_told_in_the_past_puts_nothing_off(press):
    body = ("We began with the problem your maintenance team had raised in the workshop: blisters on press 2, "
            "2.4% of boards rejected in 2025 by the reject log.")
    question = MAIL.asked(press, body)["problem"]
    assert question.status != "not_answered" and "is vague" not in question.why


def test_the_same_deferral_still_to_come_is_vague(press):
    body = "The first problem will be chosen in the workshop with your team."
    assert MAIL.asked(press, body)["problem"].status == "not_answered"


CHAT = ("[14:02] Tom Reyes (LamiSense): not on your list, but the press crew sees each warning on the HMI and the lab "
        "tests only the boards it marks.\n"
        "[14:05] Tom Reyes (LamiSense): Gateway on the press VLAN behind your firewall, outbound HTTPS on port 443 only, "
        "nothing inbound.")


def test_each_timestamped_chat_message_is_a_paragraph_of_its_own(press):
    assert MAIL.asked(press, CHAT)["security"].status == "answered"


def test_without_time_stamps_the_same_lines_stay_in_the_paragraph_the_letter_did_not_ask(press):
    untimed = CHAT.replace("[14:02] ", "").replace("[14:05] ", "")
    assert MAIL.asked(press, untimed)["security"].status == "not_answered"


def test_a_shortened_month_before_a_small_letter_ends_no_sentence():
    said = [text for _, text in splitter().sentences("Trained on 7 mo. of press logs, min. 4 mo. Checked every 2 wks. "
                                                     "Then retrained.")]
    assert said == ["Trained on 7 mo. of press logs, min. 4 mo.", "Checked every 2 wks.", "Then retrained."]


def test_retraining_the_models_for_a_yearly_fee_says_who_keeps_it_running(press):
    body = "Our service team in Porto checks the models monthly and retrains them twice a year, for 6,400 EUR per year."
    assert MAIL.asked(press, body)["upkeep_owner"].status == "answered"


def test_the_presses_going_on_as_today_says_what_happens_in_an_outage(press):
    body = "If our cloud is unreachable, the presses run their recipes like today."
    assert MAIL.asked(press, body)["reliability"].status == "partly"


def test_data_said_to_be_property_of_the_plant_answers_whose_it_is(press):
    body = "All readings are property of your company, downloadable as CSV from the portal at any time without cost."
    assert MAIL.asked(press, body)["data_ownership"].status == "answered"


@pytest.mark.parametrize("topic, body", [
    ("kpi", "Our clients cut press scrap by 30% within a year."),
    ("analytics", "Blister detection accuracy is above 96% in every installation we have made."),
    ("reliability", "The platform has an availability of 99.8%."),
    ("problem", "Blisters are our standard use case, solved on more than 40 presses."),
    ("data", "Its thermal cameras scan every board at any press speed up to 40 m/min."),
])
def test_figures_of_other_clients_every_installation_the_platform_or_any_value_up_to_a_bound_answer_nothing(press, topic, body):
    assert MAIL.asked(press, body)[topic].status == "not_answered"
    assert MAIL.specific(press, body) == []
