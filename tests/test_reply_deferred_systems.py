"""Reply kind that recurs on blind sets (tuning21, tuning39, tuning42, tuning43): the systems' question answered by a
kind of system and a deferral ("The ERP link we'll sort out with your IT, standard stuff.", "MES and ERP, case by
case."): nothing said of which system, how or who owns it, so the question stays open. Every reply here is new."""
import pytest

from rounds_corpus import asked, sent_out

MIXERS = ("MixMind is the AI-driven IIoT cloud platform for industrial dough mixers.\n"
          "It predicts every failure and gives your bakery real-time insights and a digital future.\n"
          "Seamless integration with your ERP and MES.\n")


@pytest.fixture(scope="module")
def mixers():
    return sent_out(MIXERS, "MixMind", "L. Meyer")


def _reply(sentence: str) -> str:
    return f"Dear Ms Meyer,\n\nThe mixers are read by OPC UA every second.\n\n{sentence}\n\nBest regards,\nTom Berger\n"


@pytest.mark.parametrize("sentence", ["The MES link we'll sort out with your IT, standard stuff.",
                                      "ERP and MES: we will sort it out after the kick-off.",
                                      "MES and ERP, case by case."])
def test_a_kind_of_system_left_to_be_sorted_out_later_leaves_the_systems_question_open(mixers, sentence):
    read = asked(mixers, _reply(sentence))["integrations"]
    assert not read.closed and read.status == "not_answered", read.why


def test_a_connection_said_with_its_system_way_and_owner_still_closes_it(mixers):
    said = ("Finished batches go to your ERP (SAP S/4HANA) as IDocs after each batch, one way, owned by your IT; "
            "mixer stops go to your MES (Siemens Opcenter) by OPC UA, one way, owned by us.")
    read = asked(mixers, _reply(said))["integrations"]
    assert read.status == "answered" and read.closed, read.why
