"""The letter does not ask how the OT network is kept apart of an offer that states it (walk 74: it asked "firewall,
DMZ, VLAN" while quoting "rete di stabilimento (VLAN dedicata OT)"): a VLAN or DMZ, a network of its own or a firewall
between OT and IT, in the offer's language, leaves the question which way the system connects; with that stated too,
only who sets them up. A firewall named without keeping anything apart states no separation. Every sentence is new."""
import pytest

from rounds_corpus import Mail, sent_out

OFFER = ("KilnWatch is the smart, cloud-connected Industry 4.0 platform for tunnel kilns.\n"
         "Twelve thermocouples along the kiln feed an edge box that predicts cracked tiles with AI.\n")
MAIL = Mail("Dear Mr Lindqvist,", "Kind regards,\nMarta Ruiz")
WAY = "Which connections does your system need into our OT network, inbound or outbound, and who sets them up?"


def _security(offer: str):
    return next((q for q in sent_out(offer, "KilnWatch", "J. Lindqvist").rounds[-1].questions
                 if q.topic == "security"), None)


@pytest.mark.parametrize("separated", [
    "The edge box sits in a dedicated VLAN of your OT network, apart from the office LAN.",
    "Die Edge-Box steht im getrennten OT-Netz und sendet über eine DMZ an den Server.",
    "Le boîtier edge est installé dans un réseau OT séparé, derrière le pare-feu de l'usine.",
    "La caja edge se conecta a una red OT separada del resto de la planta.",
    "Il box edge è collegato alla rete di stabilimento (VLAN dedicata OT).",
])
def test_a_separation_the_offer_states_is_not_asked_again(separated):
    security = _security(OFFER + separated + "\n")
    assert security is not None and "separation" in security.given, security
    assert "firewall, DMZ, VLAN" not in security.text and "segmented" not in security.text, security.text
    assert separated in security.proposal_quotes


def test_with_the_way_it_connects_stated_too_only_who_sets_them_up_is_asked():
    security = _security(OFFER + "The edge box opens no inbound port; it connects outbound only over HTTPS.\n"
                                 "It sits in its own VLAN, separate from the office network.\n")
    if security is not None:  # the offer may answer the whole question
        assert security.text.startswith("Who sets up and looks after"), security.text


@pytest.mark.parametrize("unseparated", [
    "Port 443 must be open in your firewall for the edge box to reach the cloud.",
    "The edge box reaches the cloud over the plant network.",
])
def test_a_firewall_or_a_network_named_without_keeping_apart_states_no_separation(unseparated):
    security = _security(OFFER + unseparated + "\n")
    assert security is not None and "separation" not in security.given, security
    assert "kept apart" in security.text or "segmented" in security.text, security.text


REPLY = "The edge box opens no inbound port: it connects outbound only, over HTTPS on port 443 to our cloud."


def test_a_reply_naming_the_way_need_not_name_the_separation_the_offer_states():
    sent = sent_out(OFFER + "The edge box sits in a dedicated VLAN of your OT network.\n", "KilnWatch", "J. Lindqvist")
    security = MAIL.asked(sent, REPLY)["security"]
    assert security.status != "not_answered" and "but not how the networks are kept apart" not in security.why, \
        security.why  # what the scorecard still holds open aside


def test_a_reply_naming_only_the_way_leaves_the_separation_open_where_the_offer_states_none():
    security = MAIL.asked(sent_out(OFFER, "KilnWatch", "J. Lindqvist"), REPLY)["security"]
    assert security.status == "partly" and "how the networks are kept apart" in security.why, security.why
