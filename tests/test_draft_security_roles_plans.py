"""Drafts that misread security, roles and plans (browser walks 49 and 50): remote support only through the plant's own
gate is no vendor access, a network zone is segmentation, a letter's addressee or signature is no user, and a link or
output left to a later phase is none the offer delivers. Each rule is checked against the same words said plainly."""
from questions import load_bank
from reading.draft import draft
from rounds_corpus import Mail, sent_out

BANK = load_bank()
READS = "The edge box reads the kiln PLCs every 5 seconds over OPC UA and shows the firing curve on a dashboard."


def chosen(text: str, question: str) -> list[str]:
    answer = draft(text, BANK).answer(question)
    return answer.choices if answer else []


def systems(text: str) -> list[str]:
    answer = draft(text, BANK).answer("connect.integrations")
    return [link.system for link in answer.integrations] if answer else []


def test_remote_support_only_through_the_plants_own_gate_is_no_vendor_access():
    gated = READS + " Our service desk helps only through your bastion host, in sessions you open; nothing inbound from the internet."
    via_vpn = READS + " Remote maintenance is possible only via your VPN, and the box accepts no incoming connections."
    vendor = READS + " Our engineers connect through your VPN for remote support."
    assert "vendor_remote_access" not in chosen(gated, "security.model")
    assert chosen(via_vpn, "security.model") == ["outbound_only"]
    assert chosen(vendor, "security.model") == ["vendor_remote_access"]


def test_a_zone_model_or_a_named_ot_zone_is_segmentation():
    zoned = READS + " The edge box is placed in the OT zone of your Purdue model, level 2."
    conduits = READS + " Network design follows the zones and conduits of IEC 62443-3-2."
    assert draft(zoned, BANK).answer("security.segmentation") is not None
    assert draft(conduits, BANK).answer("security.segmentation") is not None
    assert draft(READS, BANK).answer("security.segmentation") is None


def test_an_addressee_a_salutation_or_a_signature_names_no_user():
    letter = ("To: Plant Manager, Keramik Nord GmbH, Bremen\n\nDear Maintenance Manager,\n\n" + READS +
              " The shift leader acknowledges each alarm on the tablet.\n\nKind regards,\nQuality Manager")
    using = READS + " The plant manager and the quality manager get the weekly report on the tablet."
    roles = chosen(letter, "users.roles")
    assert not {"plant_manager", "maintenance_planner", "quality"} & set(roles)
    assert "shift_leads" in roles
    assert {"plant_manager", "quality"} <= set(chosen(using, "users.roles"))


def test_an_output_or_link_not_yet_there_or_left_to_a_later_phase_is_not_drafted():
    later = READS + " Work orders are not yet integrated with your Maximo; this follows in phase 2."
    priced = READS + " The link to your LIMS for batch release holds will be delivered in phase 2, month 6, at 4 000 EUR."
    now = READS + " When a kiln drifts, the system creates a work order in your Maximo through its REST API."
    assert "work_orders" not in chosen(later, "workflow.outputs")
    assert "maintenance" not in systems(later)
    assert "quality" not in systems(priced) and "quality_holds" not in chosen(priced, "workflow.outputs")
    assert "work_orders" in chosen(now, "workflow.outputs") and "maintenance" in systems(now)
    pending = READS + " Alerts that are not yet acknowledged escalate to the plant manager by SMS."
    assert "alerts" in chosen(pending, "workflow.outputs")


KILNS = ("KilnWatch uses sensors and AI to predict cracked tiles in roller kilns.\n"
         "It sends its results to your ERP and quality systems.\n")
MAIL = Mail("Dear Plant Manager,", "Best regards,\nHead of Maintenance")


def test_a_reply_to_the_plant_manager_with_a_link_left_to_phase_2_proposes_neither():
    sent = sent_out(KILNS, "KilnWatch", "B. Ortiz")
    read = MAIL.read(sent, "The link to your LIMS for release holds will be delivered in phase 2, month 9, at 6 200 EUR.")
    done = read.evaluation
    roles = done.answer("users.roles")
    links = done.answer("connect.integrations")
    assert "plant_manager" not in (roles.choices if roles else [])
    assert "quality" not in [link.system for link in links.integrations] if links else True
    assert not read.round.questions or all(q.status != "answered" for q in read.round.questions if q.topic == "integrations")
