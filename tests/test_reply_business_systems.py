"""The Industry 4.0 label's business systems are those the scope's Integrated level counts, an MES (production) among
them: two links each with a method and an owner, one into the MES and one into SAP PM or the ERP, close the systems
question; links without an owner, or one link alone, do not. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

EXTRUDER = ("ScrewSense is the Industry 4.0 platform for your twin-screw extruders.\n"
            "Sensors on the barrels and the gearbox feed our cloud, which predicts melt pressure swings.\n"
            "It connects to your business systems.\n")
MAIL = Mail("Dear Ms Okafor,", "Best regards,\nTomasz Zielinski")


@pytest.fixture(scope="module")
def extruder():
    return sent_out(EXTRUDER, "ScrewSense", "A. Okafor")


@pytest.mark.parametrize("body", [
    "Off-spec lots go to your MES (Critical Manufacturing) by REST, one way, owner Mr. Duarte (process). "
    "Gearbox warnings go to SAP PM as notifications via IDoc, one way, owner Ms. Lind (maintenance).",
    "Granulate quality per lot goes to your MES (Opcenter) as JSON by REST, one way, owned by your MES team; "
    "energy per tonne goes to your ERP (Dynamics 365) as a CSV file once a day, one way, owned by Mr. Varga (controlling).",
])
def test_an_mes_link_and_a_second_business_link_each_whole_close_the_systems_question(extruder, body):
    question = MAIL.asked(extruder, body)["integrations"]
    assert question.closed, question.why


def test_an_mes_link_alone_leaves_the_industry_4_0_systems_question_open(extruder):
    body = "Off-spec lots go to your MES (Critical Manufacturing) by REST, one way, owner Mr. Duarte (process)."
    question = MAIL.asked(extruder, body)["integrations"]
    assert not question.closed and "at least two of production (MES)" in question.why, question.why


def test_an_mes_link_and_a_maintenance_link_without_owners_stay_open(extruder):
    body = ("Off-spec lots go to your MES (Critical Manufacturing) by REST. "
            "Gearbox warnings go to SAP PM as notifications via IDoc.")
    assert not MAIL.asked(extruder, body)["integrations"].closed
