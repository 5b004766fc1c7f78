"""The vendor's own team named by where it sits ("Our support in Tampere monitors remotely ...") is who keeps the system
running, even where the reply answers in its own order and the sentence stands where the history's answer would. A
service that is the product, with no team doing the upkeep ("our service runs in Brno"), still names no one. Every
reply here is new."""
import pytest

from rounds_corpus import asked, replied, sent_out

KILNS = ("KilnMind is the AI platform for tunnel kilns of brick plants, with cloud dashboards and predictive "
         "maintenance.\nIt learns from your firing data and cuts energy and cracked bricks.\n")

# a reply in its own order, its lines broken by hand: its last paragraph stands where the history's answer would
OWN_ORDER = """Dear Mr Novak,

A few answers today, the others after the site visit.

What we fix first is the share of cracked bricks at kiln 2: 3.1 % today in your QA log, and it is solved when
it stays under 2 % for 8 weeks. We read your Siemens S7 over OPC UA every second and the new thermocouples
over Modbus TCP every 5 s.

How much firing history the model needs we will tell you after the visit. The models are very good.
The data of course belongs to the plant. The alarms are fast and the KPI we agree in the project.

{upkeep}

Best regards,
Petr
"""


@pytest.fixture(scope="module")
def kilns():
    return sent_out(KILNS, "KilnMind", "J. Novak")


def _upkeep(sent, sentence: str):
    return asked(sent, OWN_ORDER.format(upkeep=sentence))["upkeep_owner"]


@pytest.mark.parametrize("team", [
    "Our service in Brno monitors remotely and recalibrates the thermocouples every 4 months, for EUR 21,000 per year.",
    "Our support at Ostrava maintains the models and recalibrates the thermocouples every 4 months, EUR 21,000 per year.",
])
def test_the_vendors_team_named_by_its_place_keeps_it_running_wherever_it_stands(kilns, team):
    upkeep = _upkeep(kilns, team)
    assert upkeep.closed and upkeep.status == "answered", upkeep.why


def test_a_service_that_is_the_product_names_no_one_who_keeps_it_running(kilns):
    upkeep = _upkeep(kilns, "Our service runs in Brno and the thermocouples are recalibrated every 4 months, "
                            "for EUR 21,000 per year.")
    assert not upkeep.closed, upkeep.why


def _table(sent, cell: str):
    text = ("Dear Mr Novak,\n\n| Topic | Our answer |\n|---|---|\n| History | tbd with your process team |\n"
            f"| Service | {cell} |\n\nBest regards,\nPetr\n")
    done = replied(sent, text)
    return {q.topic: q for q in done.round.questions}["upkeep_owner"]


def test_upkeep_done_from_a_named_place_is_the_vendors_team_there(kilns):
    upkeep = _table(kilns, "Remote monitoring from Brno, thermocouple recalibration every 4 months, 21 kEUR per year")
    assert upkeep.closed and upkeep.status == "answered", upkeep.why


def test_upkeep_done_from_a_time_names_no_one(kilns):
    upkeep = _table(kilns, "Remote monitoring from day one, thermocouple recalibration every 4 months, 21 kEUR per year")
    assert not upkeep.closed and "a role" in upkeep.why, upkeep.why
