"""How often data is taken is no decision latency: "collected in real time with a frequency up to 1 second" drafts no
latency answer, while a stop seen within seconds does (tuning22's vague pasta reply). And two owning clauses each own
their own link, also where the second owner is named by first name alone ("Your automation guy Marco owns the MES
link, Petra owns the SAP one": tuning21's start-up). Every sentence here is new."""
import pytest

from rounds_corpus import Mail, sent_out

FORMING = ("FormWatch is the AI-driven Industry 4.0 platform for hot forming.\n"
           "A camera at the furnace exit checks every blank and predicts die wear.\n"
           "It integrates with your systems and will cut scrap.\n")
MAIL = Mail("Dear Ms Lindqvist,", "Kind regards,\nJonas Brandt")
LINKS = ("Blank rejects go to your MES (Proxia) as XML after every batch, one way, and SAP gets the scrap totals as a "
         "CSV file every night, one way. ")


@pytest.fixture(scope="module")
def forming():
    return sent_out(FORMING, "FormWatch", "A. Lindqvist")


def _latency(forming, body):
    answer = MAIL.read(forming, body).evaluation.answer("decision.latency")
    return answer.choices if answer is not None and answer.evidence == "specific" else []


@pytest.mark.parametrize("body", [
    "The data of the press is collected in real time with a frequency up to 1 second.",
    "Furnace temperatures are acquired in real time and stored in our cloud.",
    "All signals are read with a sampling frequency of 10 Hz.",
    "Process values are collected every 2 seconds from the PLC.",
])
def test_a_rate_data_is_taken_at_drafts_no_latency(forming, body):
    assert "minutes" not in _latency(forming, body)


@pytest.mark.parametrize("body", [
    "When the press stops, the shift leader sees it on his phone within 30 seconds.",
    "Your toolroom is notified of a die-wear alert within 10 seconds by a text message.",
])
def test_a_stop_seen_within_seconds_still_drafts_minutes(forming, body):
    assert "minutes" in _latency(forming, body)


def _owners(forming, body):
    answer = MAIL.read(forming, LINKS + body).evaluation.answer("connect.integrations")
    return {row.system: row.owner for row in answer.integrations}


@pytest.mark.parametrize("body, mes, sap", [
    ("Your automation guy Marco owns the MES link, Petra owns the SAP one.", "automation guy Marco", "Petra"),
    ("Your MES administrator looks after the MES link, and Ola looks after the SAP one.", "administrator", "Ola"),
    ("Your shift lead Tom owns the MES interface, while Anna is responsible for the SAP interface.", "shift lead",
     "Anna"),
    ("The MES link is owned by your quality engineer; Mrs. Berg owns the SAP link.", "quality engineer", "Mrs. Berg"),
])
def test_each_owning_clause_owns_its_own_link_also_by_first_name(forming, body, mes, sap):
    assert _owners(forming, body) == {"production": mes, "inventory": sap}


def test_a_system_opening_a_clause_owns_nothing(forming):
    owners = _owners(forming, "Your maintenance planner owns the MES link, and Proxia owns the rest.")
    assert owners["inventory"] != "Proxia"


def _links(forming, body):
    done = MAIL.read(forming, body)
    answer = done.evaluation.answer("connect.integrations")
    return {q.topic: q for q in done.round.questions}["integrations"], \
        {row.system: (row.method, row.owner) for row in (answer.integrations if answer else [])}


@pytest.mark.parametrize("body, area, method", [
    ("Your stock system (Timbersoft) is sent the finished charge as a CSV file at unloading, one way. Your IT manager "
     "owns that link.", "inventory", "CSV"),
    ("Systems: your feeding control software receives the feed rate per pen over Modbus TCP, one way; owner is your "
     "barge technician Ola.", "production", "Modbus TCP"),
    ("Your process control system gets the new set-points as a CSV file every hour, one way; your automation engineer "
     "owns that link.", "production", "CSV"),
    ("Integration: the finished charge goes to your stock management software as an XML file at unloading; owner is "
     "your IT manager.", "inventory", "XML file"),
])
def test_the_plants_own_system_takes_the_area_its_description_names(forming, body, area, method):
    question, rows = _links(forming, body)
    assert question.status != "not_answered", question.why
    assert rows.get(area, ("", ""))[0] == method, rows


def test_a_name_given_beside_its_description_keeps_that_area_later(forming):
    body = ("Data: pellet counts and blower data come from the existing AKVA CCS feed barge system over Modbus TCP "
            "every 10 seconds.\n\nSystems: the AKVA CCS receives the feed rate per pen over Modbus TCP, one way; owner "
            "is your barge technician Ola.")
    _, rows = _links(forming, body)
    assert rows.get("production") == ("Modbus TCP", "barge technician Ola"), rows


def test_a_name_with_no_description_takes_no_area(forming):
    _, rows = _links(forming, "Systems: Zentrix receives the feed rate per pen over Modbus TCP, one way; owner is "
                               "your barge technician Ola.")
    assert "production" not in rows, rows


def test_a_person_named_alone_owns_the_link_said_before(forming):
    _, rows = _links(forming, "Your planning system (PPS) receives the predicted wear per order as a JSON message, "
                               "one way; Piotr Nowak owns that link.")
    assert rows.get("planning") == ("JSON", "Piotr Nowak"), rows
