"""A link's owner in a reply is who the owning verb names (its subject, or its agent after "owned by", "is the
responsibility of", "lies with"), not the sentence's last role ("... is owned by your maintenance planner, and our
service technician answers tickets about it": the planner); and a sentence that makes someone the owner of "it" right
after a sentence naming a link owns that link ("... to SAP QM over an IDoc. Mrs. Keller from controls looks after
it."), on the question on systems, not on upkeep (found by a walk through a press shop's vision reply). Every sentence
here is new."""
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


def _read(forming, body):
    done = MAIL.read(forming, body)
    questions = {q.topic: q for q in done.round.questions}
    answer = done.evaluation.answer("connect.integrations")
    return questions, answer.integrations if answer is not None else []


@pytest.mark.parametrize("body, owner", [
    (f"{LINK}, which is owned by your maintenance planner, and our service technician answers tickets about it.",
     "maintenance planner"),
    (f"{LINK}. The XML link is owned by your quality engineer, and our support engineer answers questions on it.",
     "quality engineer"),
    (f"{LINK}, owned by your quality manager; the operator sees each reject on the HMI.", "quality manager"),
    (f"{LINK}. The link to the MES is the responsibility of your quality engineer; our service technician helps "
     "with tickets.", "quality engineer"),
    (f"{LINK}. The responsibility for that interface lies with your shift leader, not with the operator.",
     "shift leader"),
    (f"{LINK}, which stays in the hands of your MES team; the operator confirms each reject.", "MES team"),
    (f"{LINK}; the interface is owned from your quality engineer, our service technician makes the tickets.",
     "quality engineer"),
])
def test_the_owner_is_who_the_owning_verb_names_not_the_last_role(forming, body, owner):
    questions, rows = _read(forming, body)
    assert "and a role" in questions["integrations"].why, questions["integrations"].why
    assert rows and all(row.owner == owner for row in rows), rows


@pytest.mark.parametrize("body, owner", [
    (f"{LINK}. Mrs. Keller from controls looks after it.", "Mrs. Keller from controls"),
    (f"{LINK}. Herr Vogel from IT takes care of it.", "Herr Vogel from IT"),
    (f"{LINK}. Your quality engineer looks after that interface.", "quality engineer"),
])
def test_looking_after_the_link_said_before_is_owning_it_not_upkeep(forming, body, owner):
    questions, rows = _read(forming, body)
    assert "and a role" in questions["integrations"].why, questions["integrations"].why
    assert rows and all(row.owner == owner for row in rows), rows
    upkeep = questions.get("upkeep_owner")
    assert upkeep is None or upkeep.status == "not_answered", upkeep


@pytest.mark.parametrize("body", [
    f"{LINK}. Our service team looks after the camera and the furnace PC.",
    "The camera needs cleaning once a week. Our service technician looks after it.",
    f"{LINK}. Who maintains it after the pilot: our service team in Stuttgart.",
])
def test_looking_after_the_system_is_upkeep_and_owns_no_link(forming, body):
    questions, rows = _read(forming, body)
    assert all(not row.owner for row in rows), rows
    assert questions["upkeep_owner"].status != "not_answered", questions["upkeep_owner"]


def test_each_link_owned_by_its_own_owner_in_one_sentence(forming):
    body = ("Two systems receive data: your MES (Proxia) gets each blank reject as XML after every batch (one way), "
            "owned by your production IT group (Eva Lind); the Maximo CMMS gets a work request over its REST API "
            "(one way), owned by your maintenance planner (Jan Holm).")
    _, rows = _read(forming, body)
    owners = {row.system: row.owner for row in rows}
    assert owners.get("maintenance") == "maintenance planner" and owners.get("production") == "production IT group", rows
