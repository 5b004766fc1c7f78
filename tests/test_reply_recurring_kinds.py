"""Kinds of answer that recurred across the blind reply sets tuning41..46 and were read wrong: a sentence whose words
happen to form a list of three with names in it (verbs in a row, "installs, watches and repairs KilnPulse"; what is read
from the plant's own devices, "from the Siemens drives, temperature and RH") taken for products offered as
alternatives. Every sentence here is new (issue 16)."""
import pytest

from rounds_corpus import Mail, placed, sent_out

KILN = ("KilnPulse brings AI and IoT to the tunnel kilns of roof tile plants as a Smart factory solution.\n"
        "Predictive maintenance warns before kiln car bearings and burners fail.\n"
        "Connects to your kiln PLC, your MES and your ERP, with a cloud portal.\n"
        "Fewer cracked tiles, less gas.\n")
MAIL = Mail("Dear Mr Berger,", "Kind regards,\nJana")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnPulse", "R. Berger")


def test_verbs_in_a_row_before_the_product_are_no_list_of_alternatives(kiln):
    body = ("Your question on upkeep: after the pilot our field team in Graz installs, watches and repairs KilnPulse, "
            "for EUR 18 000 per year.")
    assert MAIL.asked(kiln, body)["upkeep_owner"].closed


def test_data_read_from_the_plants_own_devices_is_no_list_of_alternatives(kiln):
    body = ("Data: car speeds from the Siemens drives, temperature and RH from new probes in each zone, burner states "
            "from the Honeywell controllers every 10 s over OPC UA.")
    assert MAIL.asked(kiln, body)["data"].closed


def test_names_throughout_a_list_are_still_products_offered_as_alternatives(kiln):
    for body in ("Integration with SAP, Oracle and Microsoft Dynamics is standard.",
                 "We connect to SAP, IFS, Infor and others via standard connectors."):
        assert MAIL.asked(kiln, body)["integrations"].status == "not_answered", body


def test_roles_each_named_with_what_it_does_in_a_relative_clause_say_who_uses_it_daily(kiln):
    body = ("The system is used by the kiln operator, who adjusts the firing curve, the shift leader, who confirms "
            "holds, and the QC inspector, who releases the pallets.")
    assert MAIL.asked(kiln, body)["users"].closed


def test_roles_each_the_subject_of_its_own_act_in_a_table_row_say_who_uses_it_daily(kiln):
    body = ("| Topic | Our answer |\n|---|---|\n| Workflow | Holds on cracked pallets in your MES. |\n"
            "| Users | Kiln operator adjusts the burners, shift leader confirms holds, QC inspector releases the pallets. |")
    assert MAIL.asked(kiln, body)["users"].closed


def test_roles_named_with_no_act_of_their_own_still_leave_who_does_what_open(kiln):
    for body in ("Users: operators, shift leaders and other roles.",
                 "Users: everybody from operator to shift leader can use it, the operator has always the last word."):
        assert not MAIL.asked(kiln, body)["users"].closed, body


def test_the_vendor_as_the_agent_of_a_passive_names_who_keeps_it_running(kiln):
    body = "Once the trial ends, the service is carried out by our team in Linz for EUR 15 600 per year."
    assert MAIL.asked(kiln, body)["upkeep_owner"].closed


def test_a_team_named_by_its_town_in_a_table_row_names_who_keeps_it_running(kiln):
    body = "| Topic | Our answer |\n|---|---|\n| Service | Salzburg team, EUR 15.600 per year |"
    assert MAIL.asked(kiln, body)["upkeep_owner"].closed


def test_a_team_named_with_no_fee_or_the_plants_own_team_leaves_the_upkeep_open(kiln):
    for body in ("| Topic | Our answer |\n|---|---|\n| Service | Salzburg team, price on request |",
                 "| Topic | Our answer |\n|---|---|\n| Service | your team, as usual |"):
        assert not MAIL.asked(kiln, body)["upkeep_owner"].closed, body


def test_what_the_vendor_always_does_as_the_answer_is_a_dodge(kiln):
    for body in ("7) Integrations: MES and ERP as usual.", "| Topic | Answer |\n|---|---|\n| Integrations | SAP, wie üblich |"):
        assert MAIL.asked(kiln, body)["integrations"].status == "not_answered", body


def test_machines_that_run_as_usual_in_an_outage_still_answer_what_happens(kiln):
    body = ("If the network or our cloud is down, the kilns run as usual on their own PLC, the edge PC buffers 10 days "
            "of data and sends it afterwards; we commit to 99.5 % availability per month.")
    assert MAIL.asked(kiln, body)["reliability"].closed


def test_one_connector_said_to_be_standard_names_no_way_of_linking(kiln):
    body = "- ERP: standard connector to Business Central"
    assert MAIL.asked(kiln, body)["integrations"].status == "not_answered"



def test_a_statement_under_a_quoted_question_answers_it_however_many_of_its_words_it_echoes(kiln):
    answer = "You do, export as JSON any time without extra fees."
    body = ("> Which of our systems receive the data ...?\nHolds to the MES by REST, one way, owned by your IT team.\n\n"
            f"> Who owns the data ...?\n{answer}\n\n"
            "> Who deploys, monitors and maintains the system after the pilot?\nOur team in Graz, EUR 9 000 per year.")
    at = placed(kiln, MAIL.letter(body))
    assert at.get(answer) == "data_ownership"
    assert at.get("Our team in Graz, EUR 9 000 per year.") == "upkeep_owner"  # the answer after it keeps its place


def test_a_count_of_things_said_to_be_wrong_or_damaged_names_the_problems_data(kiln):
    for body in ("1. First the damaged roof tiles from kiln 2, about 40 pallets per week in your shift report; solved "
                 "when it is under 10 pallets per week for two months.",
                 "1. First the tiles with the wrong colour shade, about 40 pallets per week in your shift report; solved "
                 "when it is under 10 pallets per week for two months."):
        assert MAIL.asked(kiln, body)["problem"].status == "answered", body


def test_a_count_of_what_goes_right_still_names_no_problems_data(kiln):
    body = "The first problem we solve are the kiln cars: 40 per week in your shift report."
    assert not MAIL.asked(kiln, body)["problem"].closed


def test_the_months_the_model_needs_beside_no_history_kept_say_how_much_history_it_needs(kiln):
    body = ("History: the model learns from the firing curves of each kiln car against your sorting results. It needs "
            "6 months of kiln cars; your PLCs keep no history, so we record from March. Our data engineer checks "
            "the data quality every week.")
    assert MAIL.asked(kiln, body)["history"].closed


def test_a_format_left_to_the_buyers_liking_names_no_way_of_linking(kiln):
    body = "7) Integrations: SAP and the MES, the format as you wish."
    assert MAIL.asked(kiln, body)["integrations"].status == "not_answered"
