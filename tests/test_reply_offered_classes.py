"""Reply kinds that recur on blind sets (tuning21, 29, 39, 40, 42, 43, 44, 57): the systems' question answered by every
system of a kind said with the noun of linking ("Connection with every MES and ERP, secure and in the cloud."), by a
standard interface said in German ("ERP: Standard-Schnittstelle.") or by a kind of system and a deferral ("The ERP link
we'll sort out with your IT, standard stuff.", "MES and ERP, case by case."), and the KPI left to be fixed with the
buyer ("KPI will be fixed mutually after the trial."): nothing said of which system, how, who owns it or which
measure, so the question stays open. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

PRESSES = ("PressMind is the AI-driven IIoT cloud platform for hydraulic forging presses.\n"
           "It predicts every failure and gives your forge real-time insights and a measurable ROI.\n"
           "Seamless integration with your ERP and MES.\n")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressMind", "L. Meyer")


def _reply(sentence: str) -> str:
    return f"Dear Ms Meyer,\n\nThe presses are read by OPC UA every second.\n\n{sentence}\n\nBest regards,\nTom Berger\n"


@pytest.mark.parametrize("sentence", ["Integration with every ERP and MES, fast and in the cloud.",
                                      "- Connection to all MES and ERP systems, safe and simple.",
                                      "ERP und MES: Standard-Schnittstelle.",
                                      "MES: Standardschnittstellen.",
                                      # a kind of system and a deferral (tuning21, 39, 42, 43)
                                      "The MES link we'll sort out with your IT, standard stuff.",
                                      "ERP and MES: we will sort it out after the kick-off.",
                                      "MES and ERP, case by case."])
def test_every_system_of_a_kind_a_standard_interface_or_a_kind_left_to_sort_out_leaves_the_systems_question_open(
        presses, sentence):
    read = asked(presses, _reply(sentence))["integrations"]
    assert not read.closed and read.status == "not_answered", read.why


def test_a_connection_with_its_system_way_and_owner_still_closes_the_systems_question(presses):
    said = ("Forging orders come from your ERP (SAP S/4HANA) as IDocs every shift, one way, owned by your IT; "
            "press stops go to your MES (Siemens Opcenter) by OPC UA, one way, owned by us.")
    read = asked(presses, _reply(said))["integrations"]
    assert read.status == "answered" and read.closed, read.why


@pytest.mark.parametrize("sentence", ["KPI will be fixed jointly after the pilot.",
                                      "KPI and target will be fixed together in the kick-off."])
def test_a_kpi_left_to_be_fixed_with_the_buyer_is_read_as_put_off(presses, sentence):
    read = asked(presses, _reply(sentence))["kpi"]
    assert not read.closed and read.status == "not_answered", read.why
    assert "be fixed" in read.why and "vague" in read.why, read.why  # put off, not merely silent on the KPI


def test_a_fault_that_will_be_fixed_is_no_deferral(presses):
    said = "A broken sensor will be fixed within 48 hours by our service team in Ulm, for EUR 9,000 per year."
    assert "be fixed" not in asked(presses, _reply(said))["upkeep_owner"].why


def test_a_kpi_with_baseline_target_and_date_still_answers_it(presses):
    said = "KPI: unplanned press stops from 42 hours per month (average Jan-Oct 2026) to under 20 hours by 30 June 2027."
    read = asked(presses, _reply(said))["kpi"]
    assert read.status == "answered", read.why


def _under_protocols(answer: str) -> str:
    return ("Dear Ms Meyer,\n\n> Which protocols or interfaces will you use to read our machines, and at what sampling "
            f"rate?\n\n{answer}\n\n> Which machine data will the system capture?\n\nPress force, ram position and oil "
            "temperature from the existing S7-1500 of each press.\n\nBest regards,\nTom Berger\n")


@pytest.mark.parametrize("answer", ["We will inform later after the site visit.", "We shall revert after the PO.",
                                    "We'll come back later on this."])
def test_an_answer_promised_for_later_leaves_the_protocols_open(presses, answer):
    read = asked(presses, _under_protocols(answer))["protocols"]
    assert not read.closed and read.status == "not_answered", read.why
    assert "vague" in read.why, read.why


def test_a_machine_that_will_revert_to_its_own_control_is_no_promise(presses):
    said = "If the network is down, the presses will revert to their own PLC control and the edge PC buffers 30 days."
    assert "revert" not in asked(presses, _reply(said))["reliability"].why



CHURNS = ("ChurnSense is an IIoT and predictive maintenance platform for butter churns.\n"
          "Wireless sensors on the continuous churns, the buttermilk pumps and the packing lines read cream temperature, "
          "churn speed and motor current, and AI predicts churn failures.\n"
          "Predictive maintenance of the churns, cloud dashboards and integration with the ERP and the CMMS.\n")


@pytest.fixture(scope="module")
def churns():
    return sent_out(CHURNS, "ChurnSense", "L. Meyer")


@pytest.mark.parametrize("sentence", ["It connects to all churns and all ERP and CMMS.",
                                      "It integrates with any churn and any ERP and CMMS."])
def test_every_system_of_a_kind_carried_through_a_list_leaves_the_systems_question_open(churns, sentence):
    # tuning57's gasket vague: "all" said of the machines and again of the systems offers every one of each kind
    read = asked(churns, f"Dear Ms Meyer,\n\n{sentence}\n\nBest regards,\nTom Berger\n")["integrations"]
    assert not read.closed and read.status == "not_answered", read.why


def test_a_link_with_every_press_and_the_plants_own_system_still_closes_the_systems_question(presses):
    said = ("It connects to all presses and your MES (Siemens Opcenter) by OPC UA, one way, owned by us; forging "
            "orders come from your ERP (SAP S/4HANA) as IDocs every shift, one way, owned by your IT.")
    read = asked(presses, _reply(said))["integrations"]
    assert read.status == "answered" and read.closed, read.why
