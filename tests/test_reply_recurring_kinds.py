"""Kinds of answer that recurred across the blind reply sets tuning41..46 and were read wrong: a sentence whose words
happen to form a list of three with names in it (verbs in a row, "installs, watches and repairs KilnPulse"; what is read
from the plant's own devices, "from the Siemens drives, temperature and RH") taken for products offered as
alternatives. Every sentence here is new (issue 16)."""
import pytest

from rounds_corpus import Mail, sent_out

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
