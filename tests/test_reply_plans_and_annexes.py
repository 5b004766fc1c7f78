"""Ways of answering seen in tuning22's blind replies that left answers open: a change put to a person first and
applied on their word, and an outage said as the service "not available". Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

EXTRUDER = ("ExtruMind brings machine learning to the twin-screw extruders of compounding plants.\n"
            "AI predicts melt pressure drift and strand breaks and adjusts screw speed and barrel zones automatically.\n"
            "Connects to your line PLCs, your LIMS and your ERP, with a cloud portal.\n"
            "Less scrap, fewer stops, steadier quality.\n")


@pytest.fixture(scope="module")
def extruder():
    return sent_out(EXTRUDER, "ExtruMind", "T. Varga")


MAIL = Mail("Dear Mr Varga,", "Kind regards,\nElena")


def test_a_change_put_to_a_person_and_applied_on_their_confirmation_answers_the_review(extruder):
    body = ("Each new screw-speed value is proposed to the extruder operator on the line HMI and takes effect only "
            "after her confirmation.")
    assert MAIL.asked(extruder, body)["human_review"].status == "answered"


def test_a_system_set_to_advise_only_by_a_person_is_on_the_review(extruder):
    body = "The shift supervisor can put ExtruMind in advice only mode at any moment from the control room."
    assert MAIL.asked(extruder, body)["human_review"].status != "not_answered"


def test_the_service_said_not_available_with_what_the_line_does_answers_the_outage(extruder):
    body = ("When our cloud is not available, the extruder PLC carries on with its last set-points and the edge box "
            "stores 10 days of readings.")
    assert MAIL.asked(extruder, body)["reliability"].status != "not_answered"


def test_data_said_to_belong_to_the_plant_under_an_ownership_heading_says_whose_it_is(extruder):
    body = ("Data ownership\n- All readings and models belong to the compounding plant (clause 4 of the contract).\n"
            "- Export: in full, as CSV, at any time, free of charge.")
    question = MAIL.asked(extruder, body)["data_ownership"]
    assert question.status == "answered"
    assert any("belong to the compounding plant" in q for q in question.quotes)


def test_a_word_before_a_list_that_opens_with_a_preposition_is_no_third_product(extruder):
    body = "You own all the data; export: complete, as CSV and Parquet, at any time and without any fee."
    assert MAIL.asked(extruder, body)["data_ownership"].status == "answered"


def test_three_products_after_a_preposition_are_still_alternatives(extruder):
    body = "We connect to SAP, Oracle and Microsoft Dynamics through standard connectors."
    assert MAIL.asked(extruder, body)["integrations"].status == "not_answered"


def test_damaged_parts_found_out_of_a_held_back_count_say_what_it_detects(extruder):
    body = ("- Detection: worn and damaged screw elements, found in 14 of 16 teardowns of 2025 that were held back from "
            "training.")
    assert MAIL.asked(extruder, body)["analytics"].status == "answered"


def test_a_spec_line_naming_the_vlan_the_outbound_way_and_nothing_inbound_answers_the_network(extruder):
    body = "- Network: gateway on the extrusion hall VLAN behind the firewall, outbound MQTT on port 8883 only, nothing inbound."
    read = MAIL.read(extruder, body)
    assert {q.topic: q for q in read.round.questions}["security"].status == "answered"
    assert read.evaluation.answer("security.model").choices == ["outbound_only"]


def test_the_vendors_named_field_service_after_a_label_is_who_keeps_it_running(extruder):
    body = "- After go-live: ExtruMind field service checks the models monthly and retrains them yearly; EUR 8,200 a year."
    assert MAIL.asked(extruder, body)["upkeep_owner"].status == "answered"


def test_a_plain_capitalised_word_opening_a_clause_before_service_is_no_team(extruder):
    # "Standard", not "Remote": a remote, monitoring or managed service names the vendor keeping the system running
    # (drafting.yaml, stop 39), so "Remote service ..." now answers who keeps it by what the service does
    body = "- Upkeep: Standard service after the pilot, EUR 8,200 a year."
    assert MAIL.asked(extruder, body)["upkeep_owner"].status != "answered"


def test_a_technique_boasted_by_a_superlative_with_a_bare_accuracy_answers_nothing(extruder):
    body = "Our models apply the most advanced neural networks and reach over 97% accuracy in every prediction."
    assert MAIL.asked(extruder, body)["analytics"].status == "not_answered"
    assert "workflow.analytics" not in MAIL.specific(extruder, body)


def test_a_figure_of_the_platform_as_a_whole_is_no_commitment_for_this_plant(extruder):
    body = "Uptime of our platform was 99.95% over the past two years."
    assert MAIL.asked(extruder, body)["reliability"].status == "not_answered"
    assert not MAIL.specific(extruder, body)


def test_the_same_figure_committed_for_this_plant_still_answers(extruder):
    body = ("If our cloud is unreachable, your extruders carry on with their last set-points and the edge box keeps 10 "
            "days of readings; we commit to 99.5% availability of the platform per month.")
    assert MAIL.asked(extruder, body)["reliability"].status == "answered"
