"""Who owns a link, named as a team, department or group by its system or function ("the MES group", "the plant's IT
department") or as a person by title and name ("Mrs Keller from controls"), is its owner as much as a listed role, and
so is the owner said after the link in a relative clause ("... interface, which your SAP team owns"), or as who is
responsible for, maintains or looks after it (found by a walk through a press shop's vision reply). A thing owns
nothing, nor does a team that owns no link. Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

FORMING = ("FormWatch is the AI-driven Industry 4.0 platform for hot forming.\n"
           "A camera at the furnace exit checks every blank and predicts die wear.\n"
           "It integrates with your systems and will cut scrap.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nJonas Brandt")
LINK = "Blank rejects go to your MES (Proxia) as XML after every batch, one way"


@pytest.fixture(scope="module")
def forming():
    return sent_out(FORMING, "FormWatch", "A. Lindqvist")


@pytest.mark.parametrize("owner, named", [
    ("which your MES team owns", "MES team"),
    ("the production IT group is responsible for that interface", "production IT group"),
    ("our integration team maintains the interface", "integration team"),
    ("the plant's automation department looks after it", "automation department"),
    ("Mrs Ahlberg from controls owns that link", "Mrs Ahlberg from controls"),
    ("die Schnittstelle is owned by the IT-Abteilung", "IT-Abteilung"),
    ("de koppeling wordt maintained by the MES afdeling", "MES afdeling"),
])
def test_a_team_or_titled_person_owning_a_link_is_its_owner(forming, owner, named):
    body = f"{LINK}, {owner}." if owner.startswith("which") else f"{LINK}; {owner}."
    done = MAIL.read(forming, body)
    question = {q.topic: q for q in done.round.questions}["integrations"]
    rows = done.evaluation.answer("connect.integrations").integrations
    assert "and a role" in question.why, question.why
    assert rows and all(row.owner == named for row in rows), rows


@pytest.mark.parametrize("owner", [
    "the plant's own ERP owns the interface",
    "the gateway maintains the connection",
    "our service team maintains the die-wear models",
    "the tool room group owns all die drawings",
    "the die drawings, which your tool room team owns, stay in the PDM",
])
def test_a_thing_or_a_team_owning_no_link_is_no_owner(forming, owner):
    done = MAIL.read(forming, f"{LINK}; {owner}.")
    question = {q.topic: q for q in done.round.questions}["integrations"]
    rows = done.evaluation.answer("connect.integrations").integrations
    assert "but not a role" in question.why, question.why
    assert all(not row.owner for row in rows), rows


def test_the_walks_reject_records_to_sap_qm_are_owned_by_the_sap_team(forming):
    body = ("Images stay on the inspection PC for 90 days; only the reject records go to SAP QM through the standard QM "
            "notification interface, which your SAP team owns.")
    done = MAIL.read(forming, body)
    question = {q.topic: q for q in done.round.questions}["integrations"]
    rows = done.evaluation.answer("connect.integrations").integrations
    assert "and a role" in question.why and all(row.owner == "SAP team" for row in rows), (question.why, rows)


SAP_LINK = "The production schedule and stock levels go to your SAP S/4HANA as an IDoc every hour, one way"


@pytest.mark.parametrize("owners", [
    "The SAP link is owned by your SAP team.",
    "Marco owns the MES link, Petra owns the SAP one.",
    "Your automation engineer owns the MES link, your ERP administrator owns the SAP one.",
])
def test_one_system_named_in_one_link_sentence_is_one_link_its_owner_owns_every_area_it_links(forming, owners):
    done = MAIL.read(forming, f"{LINK}; {SAP_LINK[0].lower()}{SAP_LINK[1:]}. {owners}")
    rows = {row.system: row.owner for row in done.evaluation.answer("connect.integrations").integrations}
    assert rows["planning"] and rows["planning"] == rows["inventory"] != rows.get("production"), rows


@pytest.mark.parametrize("owner", [
    "It belongs to your MES team.",
    "The XML link belongs to your MES team.",
    "The link sits with your MES team.",
    "Responsibility for it sits with your MES team.",
    "The interface falls under your MES team.",
    "The interface is handled by your MES team.",
    "That link is the job of your MES team.",
])
def test_a_link_said_to_belong_to_sit_with_or_fall_under_a_team_is_owned_by_it(forming, owner):
    rows = MAIL.read(forming, f"{LINK}. {owner}").evaluation.answer("connect.integrations").integrations
    assert rows and all(row.owner == "MES team" for row in rows), rows


@pytest.mark.parametrize("owner", [
    "All process data belongs to your MES team.",
    "All data collected by FormWatch via OPC UA and XML belongs to your MES team.",
    "All process data, and the models trained on it, belong to your MES team.",
])
def test_data_said_to_belong_to_a_team_owns_no_link(forming, owner):
    rows = MAIL.read(forming, f"{LINK}. {owner}").evaluation.answer("connect.integrations").integrations
    assert all(not row.owner for row in rows), rows


QM_LINK = "Quality results go to your SAP QM as a CSV file every night, one way"


@pytest.mark.parametrize("owners", [
    "The XML link is owned by your MES team; the CSV link is owned by your IT department.",
    "The XML link belongs to your MES team; the CSV link belongs to your IT department.",
    "The XML link sits with your MES team; the CSV link sits with your IT department.",
    "Your MES team owns the XML link; your IT department owns the CSV link.",
])
def test_each_team_owns_the_link_its_clause_names_though_the_links_were_named_sentences_before(forming, owners):
    done = MAIL.read(forming, f"{LINK}. {QM_LINK}. {owners}")
    rows = {row.system: row.owner for row in done.evaluation.answer("connect.integrations").integrations}
    assert rows == {"production": "MES team", "quality": "IT department"}, rows
