"""Who keeps the system running is the subject of the verbs of upkeep: the vendor's "we", its people or its name
opening a clause with "deploys", "monitors", "maintains" (reading/draft_upkeep.py), not a team of the plant named as a
helper ("together with your maintenance team") or for a side task beside it ("your electricians swap the batteries").
From an offer and from a reply alike (browser walks 47 and 48); and an owner Winnow drafted and nobody reviewed is
marked so in the recommended first phase, on the page and in every export. Every sentence here is new."""
import io

import pytest
from openpyxl import load_workbook

from questions import load_bank
from reading.draft import draft
from reports import to_html, to_markdown, to_xlsx
from scoring import score
from scoring.scorecard import UNREVIEWED
from rounds_corpus import Mail, sent_out

OWNER = "upkeep.owner"


@pytest.fixture(scope="module")
def bank():
    return load_bank()


def _owner(text: str, bank) -> list[str]:
    answer = draft(text, bank).answer(OWNER)
    return answer.choices if answer is not None else []


OFFER = ("Offer for the kiln line of Ziegelwerk Haas.\n"
         "We fit thermocouples on kilns 1 and 2 and read the burner PLC over OPC UA.\n"
         "{upkeep}\n"
         "A firing curve that drifts is flagged to the kiln operator within 5 minutes.")


@pytest.mark.parametrize("upkeep", [
    "Our process engineers tune the alarm limits every quarter together with your maintenance team.",
    "Twice a year our analysts walk through the findings with your IT department."])
def test_a_plant_team_the_vendor_only_works_with_keeps_nothing(bank, upkeep):
    assert not {"maintenance_team", "it_ot_team"} & set(_owner(OFFER.format(upkeep=upkeep), bank))


@pytest.mark.parametrize("upkeep, vendor", [
    ("KilnSight deploys and monitors the system for the five-year term. Your electricians swap the thermocouples "
     "when one fails.", "KilnSight"),
    ("After handover, ThermoLog operates, patches and monitors the edge box. Your IT staff reset the firewall rule "
     "once a year.", "ThermoLog")])
def test_the_vendor_named_as_the_subject_of_the_upkeep_verbs_keeps_it_not_the_team_with_a_side_task(bank, upkeep,
                                                                                                        vendor):
    answer = draft(OFFER.format(upkeep=upkeep), bank).answer(OWNER)
    assert answer.choices == ["vendor_service"] and any(vendor in q for q in answer.quotes), answer


def test_a_plant_team_said_to_maintain_it_stays_its_owner_beside_the_vendors_monitoring(bank):
    upkeep = "We monitor the edge box remotely. Your maintenance team maintains the thermocouples and the gateway."
    assert "maintenance_team" in {*_owner(OFFER.format(upkeep=upkeep), bank),
                                  *draft(OFFER.format(upkeep=upkeep), bank).answer(OWNER).suggested}


@pytest.mark.parametrize("watched", ["KilnSight monitors your kilns around the clock.",
                                     "KilnSight monitors the flame temperature of the burners."])
def test_the_product_that_monitors_the_plants_process_is_no_one_who_keeps_it(bank, watched):
    upkeep = f"{watched} Your maintenance team looks after the sensors."
    assert _owner(OFFER.format(upkeep=upkeep), bank) == ["maintenance_team"]


PROPOSAL = ("BoilerWatch is condition monitoring for steam boilers at Brauerei Lindner.\n"
            "Sensors on the feed pumps and burners send vibration and flue gas temperature to our cloud, and AI "
            "predicts pump failures before they stop the boiler house.\n")
MAIL = Mail("Dear Mr Lindner,", "Kind regards,\nPetra Olsen")


def test_a_reply_naming_the_vendor_who_deploys_and_monitors_drafts_its_service_not_the_team_that_changes_parts():
    sent = sent_out(PROPOSAL, "BoilerWatch", "J. Lindner")
    body = ("1. Upkeep: BoilerWatch deploys and monitors the system for the 48-month term (named contact: Ana Ruiz). "
            "Your maintenance team replaces the pump sensors; the flue gas probes are cleaned monthly by your shift.")
    answer = MAIL.read(sent, body).evaluation.answer(OWNER)
    assert answer is not None and answer.choices == ["vendor_service"], answer
    assert not any("replaces the pump sensors" in q for q in answer.quotes), answer.quotes


@pytest.fixture(scope="module")
def drafted_owner(bank):
    text = OFFER.format(upkeep="After the pilot your maintenance team runs and maintains the system.")
    evaluation = draft(text, bank, proposal="Kiln line")
    assert evaluation.answer(OWNER).choices == ["maintenance_team"]
    return evaluation


def test_an_unreviewed_drafted_owner_is_marked_in_the_first_phase(bank, drafted_owner):
    assert score(drafted_owner, bank).first_phase.owner == f"Our maintenance team ({UNREVIEWED})"


def test_a_reviewed_owner_is_not_marked_in_the_first_phase(bank, drafted_owner):
    reviewed = drafted_owner.model_copy(update={"answers": [
        a.model_copy(update={"reviewed": True}) if a.question == OWNER else a for a in drafted_owner.answers]})
    assert score(reviewed, bank).first_phase.owner == "Our maintenance team"


def test_every_export_marks_the_unreviewed_owner_of_the_first_phase(bank, drafted_owner):
    card = score(drafted_owner, bank)
    marked = f"Our maintenance team ({UNREVIEWED})"
    assert f"**Owner:** {marked}" in to_markdown(drafted_owner, card).decode()
    assert marked in to_html(drafted_owner, card).decode()
    rows = [[c.value for c in row] for ws in load_workbook(io.BytesIO(to_xlsx(drafted_owner, card))) for row in ws.rows]
    assert ["First phase: owner", marked] in [r[:2] for r in rows]
