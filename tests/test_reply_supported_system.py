"""A system only said to be supported or compatible ("MES: Wonderware is supported.", "we are compatible with SAP")
names what the product can do, not a link for this plant: no data, interface or owner, so the integrations question
stays open; the same system with its data, interface and owner closes it (issue 16, a kind tuning39 showed). Every
sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESS = ("PressWatch is predictive maintenance for mechanical stamping presses.\n"
         "IoT sensors and AI predict clutch and bearing failures before they stop the press.\n")
MAIL = Mail("Dear Ms Berg,", "Best regards,\nTomas Novak")
ASKED = ('"Which data?"\nClutch slip and bearing temperature from the Siemens S7 press PLC, plus new vibration sensors '
         'on the flywheel bearings.\n\n"ERP?"\n{erp}\n\n"Review?"\nThe press foreman accepts or rejects each warning on '
         'the line terminal; PressWatch never stops the press itself.')


@pytest.fixture(scope="module")
def press():
    return sent_out(PRESS, "PressWatch", "A. Berg")


@pytest.mark.parametrize("erp", ["Infor LN is supported.", "Both SAP and Oracle are supported.",
                                 "We are fully compatible with Microsoft Dynamics 365."])
def test_a_system_only_said_to_be_supported_leaves_integrations_open(press, erp):
    integrations = MAIL.asked(press, ASKED.format(erp=erp))["integrations"]
    assert integrations.closed is False and integrations.status == "not_answered"


def test_a_supported_system_with_its_data_interface_and_owner_closes_integrations(press):
    erp = ("Maintenance orders go to your Infor LN through its REST API every 15 minutes, the connection owned by your "
           "IT team; Oracle is also supported.")
    assert MAIL.asked(press, ASKED.format(erp=erp))["integrations"].closed is True
