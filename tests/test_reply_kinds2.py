"""Kinds of wording two blind reply sets found (issue 16): a link's owner given as a list's field after a semicolon,
named by department with the person in brackets or with "also" ("owner IT (Lena Vogt)", "owner also Lena Vogt"); a
claim of linking with every system of a kind, asked for "as per your request", which answers nothing. Every proposal
and reply here is new."""
import pytest

from questions import load_bank
from reading.documents import pasted
from rounds_corpus import Mail, sent_out
from scoring.rounds import read_reply, reply_reader

PRESS = ("PressLink brings Industry 4.0 and a smart factory to your press shop.\n"
         "Every stroke, die change and stop is captured and shared with your business systems.\n"
         "Connected to your ERP and MES, with live dashboards for every manager.\n")

MAIL = Mail("Dear Mr Haas,", "Best regards,\nIlse Moor\nPressLink BV")


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "PressLink", "K. Haas")


def _links(owner_erp: str, owner_mes: str) -> str:
    return ("Systems and interfaces:\n\n"
            f"- ERP (Infor LN): good and scrap counts per production order, CSV every 30 min over SFTP, one way; {owner_erp}.\n"
            f"- CMMS (Fiix): a work order for each die that passes its stroke limit, over its REST API, one way from us; "
            f"{owner_mes}.")


@pytest.mark.parametrize("erp, mes", [("owner IT (Lena Vogt)", "owner also Lena Vogt"),
                                      ("owner IT department (Lena Vogt)", "owner also your maintenance planner")])
def test_an_owner_given_as_a_field_by_department_or_with_also_owns_each_link(press, erp, mes):
    question = MAIL.asked(press, _links(erp, mes))["integrations"]
    assert question.closed, question.why
    assert "names no owner" not in question.why


def test_links_whose_owner_field_is_missing_are_not_all_answered(press):
    question = MAIL.asked(press, _links("no owner yet", "to be agreed"))["integrations"]
    assert not question.closed


VAGUE_LINKS = "PressLink connects with every ERP and CMMS software as per your request, and managers see all presses live."


def test_a_claim_of_linking_with_every_system_of_a_kind_on_request_answers_nothing(press):
    assert not MAIL.asked(press, VAGUE_LINKS)["integrations"].closed
    assert MAIL.specific(press, VAGUE_LINKS) == []


@pytest.fixture(scope="module")
def general():
    return reply_reader(load_bank()).general


@pytest.mark.parametrize("text", ["It connects with every ERP on the market.",
                                  "The gateway integrates with every major MES as your needs require."])
def test_linking_with_every_system_of_a_kind_is_offered_to_every_plant(general, text):
    assert "every system of a kind" in general.why(text)


@pytest.mark.parametrize("text", ["As per your request, the counts go to your SAP S/4HANA by IDoc every hour.",
                                  "We read the spindle load with every PLC cycle over OPC UA."])
def test_your_request_or_a_rate_per_plc_cycle_is_no_offer_to_every_plant(general, text):
    assert general.why(text) == ""


def test_a_reply_answering_the_links_specifically_closes_them_on_request_too(press):
    body = ("As per your request: good and scrap counts per production order go to your Infor LN as a CSV file every 30 "
            "minutes over SFTP, one way, owned by your IT department; a work order for each die that passes its stroke "
            "limit goes to your Fiix CMMS over its REST API, owned by your maintenance planner.")
    done = read_reply(press, pasted(MAIL.letter(body), "reply", "Reply"))
    assert {q.topic: q for q in done.round.questions}["integrations"].closed


FILLER = ("FillSense brings Industry 4.0 to your filling line: machine learning and a smart factory dashboard.\n"
          "It keeps every fill weight on target and improves your key figures.\n")


@pytest.fixture(scope="module")
def filler():
    return sent_out(FILLER, "FillSense", "K. Haas")


def test_a_spread_beside_its_process_target_is_no_kpi_target(filler):
    body = "Fill weight variation at filler 2: standard deviation 2.4 g in Jan-Oct 2026 against target 250."
    assert not MAIL.asked(filler, body)["kpi"].closed


def test_a_spread_narrowed_from_a_baseline_to_a_target_is_a_kpi(filler):
    body = ("KPI: the standard deviation of fill weight on filler 2, from 2.4 g in Jan-Oct 2026 to 1.2 g by 30 June 2027, "
            "measured on every bottle by your checkweigher and reported monthly.")
    assert MAIL.asked(filler, body)["kpi"].closed


OVEN = ("OvenCloud is a cloud platform with edge computing for your tunnel ovens.\n"
        "Our IoT gateway streams every temperature to the cloud and the AI tunes your burners.\n")


@pytest.fixture(scope="module")
def oven():
    return sent_out(OVEN, "OvenCloud", "K. Haas")


@pytest.mark.parametrize("where", ["sits on its own switch", "sits on its own network switch in the bake hall"])
def test_a_gateway_on_a_network_of_its_own_that_only_connects_out_answers_the_network_question(oven, where):
    body = (f"Network: the gateway {where} and connects only outbound over 4G on port 443; nothing can connect to it "
            "from outside.")
    assert MAIL.asked(oven, body)["security"].closed


def test_a_gateway_said_only_to_connect_over_4g_leaves_the_network_question_open(oven):
    body = "Network: the gateway connects over 4G to our cloud on port 443."
    assert not MAIL.asked(oven, body)["security"].closed
