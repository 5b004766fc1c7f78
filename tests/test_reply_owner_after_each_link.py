"""One sentence that lists links, each statement ending with its own owner ("SAP PM gets work orders by OData, one way,
owner Herr Wolf; SAP QM gets the holds by OData, owner Frau Yilmaz; ..."): every link is read with its own owner, not
only the first (issue 16, a kind tuning31 showed). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

CUPS = ("CupSense is a smart factory solution for yoghurt cup forming lines.\n"
        "It connects your machines with SAP and your MES.\n")


@pytest.fixture(scope="module")
def cups():
    return sent_out(CUPS, "CupSense", "E. Brandt")


MAIL = Mail("Dear Ms Brandt,", "Best regards,\nOla Nordmann")

LISTED = ("Links: SAP PM (maintenance) gets a work order per heater warning by OData, one way, owner Herr Kraus; SAP QM "
          "(quality) gets each quality hold by OData, one way, owner Frau Demir; your MES (Hydra) gets the OEE per "
          "machine every 10 minutes by REST, owner Herr Lenz (IT).")


def test_each_link_of_one_sentence_is_read_with_the_owner_after_it(cups):
    rows = {row.system: row.owner for row in MAIL.read(cups, LISTED).evaluation.answer("connect.integrations").integrations}
    assert rows == {"maintenance": "Herr Kraus", "quality": "Frau Demir", "production": "Herr Lenz (IT)"}


def test_links_each_with_its_own_owner_close_the_question_on_systems(cups):
    assert MAIL.asked(cups, LISTED)["integrations"].closed


def test_links_listed_with_one_owner_for_the_first_leave_the_others_unowned(cups):
    text = ("Links: SAP PM (maintenance) gets a work order per heater warning by OData, one way, owner Herr Kraus; "
            "SAP QM (quality) gets each quality hold by OData, one way.")
    rows = {row.system: row.owner for row in MAIL.read(cups, text).evaluation.answer("connect.integrations").integrations}
    assert rows.get("maintenance") == "Herr Kraus" and not rows.get("quality")
