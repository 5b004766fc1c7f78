"""A datasheet's "Key: value" line ends where the next line opens a "Key:" of its own, in any language, though its
value holds no figure and the line was wide enough to look wrapped: walk61's scan joined "Benutzerverwaltung: Rollen,
Anmeldung über Active Directory (LDAP)" and "Updates: signiert, quartalsweise, Rollback möglich", and upkeep was
drafted from Active Directory (proposals/layout.py). A record whose value goes on after a comma still joins."""
import pytest

from proposals.layout import tidy

LINES = {
    "de": ["Datenblatt Edge Box", "Prozessor: Intel Core i5, 16 GB RAM, 512 GB SSD",
           "Benutzerverwaltung: Rollen, Anmeldung über Active Directory (LDAP)",
           "Updates: signiert, quartalsweise, Rollback möglich", "Garantie: 36 Monate"],
    "en": ["Edge box datasheet", "Processor: Intel Core i5, 16 GB RAM, 512 GB SSD",
           "User management: roles, sign-in through Active Directory (LDAP)",
           "Updates: signed, quarterly, rollback possible", "Warranty: 36 months"],
    "fr": ["Fiche technique", "Processeur : Intel Core i5, 16 Go de RAM",
           "Gestion des utilisateurs: rôles, connexion par Active Directory (LDAP)",
           "Mises à jour: signées, trimestrielles, retour arrière possible", "Garantie: 36 mois"],
}


@pytest.mark.parametrize("language", LINES)
def test_a_record_line_ends_where_the_next_opens_its_own_label(language):
    lines = LINES[language]
    assert tidy("\n".join(lines), unwrap=True).split("\n") == lines


def test_a_records_value_that_goes_on_after_a_comma_still_joins_the_next_line():
    text = ("Protocols: OPC UA, Modbus TCP, EtherNet/IP, Profinet, BACnet and S7 through the gateway,\n"
            "MQTT: Sparkplug B\nWarranty: 3 years")
    assert len(tidy(text, unwrap=True).split("\n")) == 2
