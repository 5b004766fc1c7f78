"""Several links in one sentence, each with its own owner: the vendor naming itself ("..., owned by us") owns the second
link, not the team named for the first; an owner named last in a table's cell ("owned by your IT |") is named however
the row's bar follows it; a statement naming no system drafting knows still links the area of where its data lands
when it names that link's owner ("...; scrap counts go to your quality data system (Q-DAS) as CSV, owned by us":
quality, owned by us, by CSV), with its own way and owner, and one naming no owner links nothing. Every sentence here
is new."""
import pytest

from rounds_corpus import Mail, sent_out

FORMING = ("FormWatch is the AI-driven Industry 4.0 platform for hot forming.\n"
           "A camera at the furnace exit checks every blank and predicts die wear.\n"
           "It integrates with your systems and will cut scrap.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nJonas Brandt")


@pytest.fixture(scope="module")
def forming():
    return sent_out(FORMING, "FormWatch", "A. Lindqvist")


def links(forming, body):
    """The reply's links by area, and the round's question on them."""
    done = MAIL.read(forming, body)
    found = {row.system: row for row in done.evaluation.answer("connect.integrations").integrations}
    return found, next((q for q in done.round.questions if q.topic == "integrations"), None)


def rows(forming, body):
    return {system: row.owner for system, row in links(forming, body)[0].items()}


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


def test_a_statement_linking_where_its_data_lands_with_its_owner_is_its_own_link(forming):
    body = ("Die work orders go to your SAP PM via IDoc, one way, owned by your SAP team; scrap counts per heat go to "
            "your quality data system (Q-DAS) as CSV every night, one way, owned by us.")
    rows, question = links(forming, body)
    assert rows["quality"].owner == "us" and "CSV" in rows["quality"].method, rows
    assert rows["maintenance"].owner == "SAP team", rows
    assert question is not None and question.closed, question


def test_a_statement_naming_no_owner_links_no_area_of_its_own(forming):
    body = ("Die work orders go to your SAP PM via IDoc, one way, owned by your SAP team; scrap counts per heat go to "
            "your quality data system every night.")
    rows, _ = links(forming, body)
    assert "quality" not in rows, rows
