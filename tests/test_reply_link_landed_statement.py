"""A sentence linking several systems, one statement per link: a statement naming no system drafting knows still links
the area of where its data lands when it names that link's owner ("...; scrap counts go to your quality data system
(Q-DAS) as CSV, owned by us": quality, owned by us, by CSV), with its own way and owner, not the sentence's. A statement
naming no owner links nothing. Every sentence here is new."""
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
    done = MAIL.read(forming, body)
    rows = {row.system: row for row in done.evaluation.answer("connect.integrations").integrations}
    asked = {q.topic: q for q in done.round.questions}
    return rows, asked.get("integrations")


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
