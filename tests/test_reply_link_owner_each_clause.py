"""Two links in one sentence, each with its owner after "owned by", go to their own owners: the vendor naming itself
("..., owned by us") owns the second link, not the team named for the first; and an owner named last in a table's cell
("owned by your IT |") is named however the row's bar follows it. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

FORMING = ("FormWatch is the AI-driven Industry 4.0 platform for hot forming.\n"
           "A camera at the furnace exit checks every blank and predicts die wear.\n"
           "It integrates with your systems and will cut scrap.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nJonas Brandt")


@pytest.fixture(scope="module")
def forming():
    return sent_out(FORMING, "FormWatch", "A. Lindqvist")


def rows(forming, body):
    return {row.system: row.owner for row in MAIL.read(forming, body).evaluation.answer("connect.integrations").integrations}


def test_the_vendor_owning_the_second_link_of_a_sentence_owns_that_link_only(forming):
    body = ("Blank rejects go to your MES (Proxia) as XML after every batch, one way, owned by your IT team; "
            "die work orders go to your SAP PM by the same interface, owned by us.")
    owners = rows(forming, body)
    assert owners.get("production") == "IT team", owners
    assert owners.get("maintenance") == "us", owners


def test_an_owner_named_before_a_table_rows_bar_is_the_links_owner(forming):
    body = "| Integration | Proxia MES via XML, one way, owned by your IT |\n"
    owners = rows(forming, body)
    assert owners and all(owner == "IT" for owner in owners.values()), owners
