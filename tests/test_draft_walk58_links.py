"""Kinds of link sentence a new buyer's walk found drafted wrong: a direction told as "X to Y only", two named systems of one area merged into one row both ways, and a way said of a
list of systems read as each one's. The sentences are new, not the walk's."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()

OFFER = ("Offer for the bakery line 4 of Hofmann Backwaren.\n\n"
         "We install two Keyence cameras on line 4 and an edge PC beside the oven.\n\n")


def rows(text: str) -> list[tuple[str, str, str]]:
    answer = next((a for a in draft(OFFER + text, BANK).answers if a.question == "connect.integrations"), None)
    return [(r.system, r.direction, r.method) for r in (answer.integrations if answer else [])]


def test_a_route_that_opens_its_clause_starts_at_the_system_named_first():
    said = rows("Crumbline integrates with your QMS (QMS to Crumbline only) through a nightly CSV file.")
    assert ("quality", "from_system") in [r[:2] for r in said]


def test_two_named_systems_of_one_area_each_get_their_own_row_and_way():
    said = rows("Babtec CAQ: Crumbline creates a quality notification in your CAQ system through its SOAP web service.\n\n"
                "Lab: we import the moisture results from your LIMS every hour as CSV files.")
    quality = sorted(r for r in said if r[0] == "quality")
    assert [r[1] for r in quality] == ["from_system", "to_system"]
    assert any("CSV" in r[2] for r in quality) and any("SOAP" in r[2] for r in quality)


def test_names_of_one_system_written_two_ways_stay_one_row():
    said = rows("Crumbline writes each stop to your MES over OPC UA. The MES system sends us the order at each "
                "changeover.")
    assert [r[0] for r in said].count("production") == 1


def test_a_way_said_of_a_list_of_systems_is_no_one_systems_direction():
    said = rows("Crumbline connects to your MES and your LIMS. We import the moisture results from the LIMS every "
                "hour as CSV files.")
    assert ("quality", "from_system") in [r[:2] for r in said]


def test_a_suite_named_bare_beside_its_module_named_elsewhere_is_that_modules_system_no_erp_link():
    said = rows("Crumbline connects to your Maximo, SAP S/4HANA and your MES.\n\n"
                "SAP S/4HANA PM: Crumbline creates a maintenance notification in SAP through the standard OData API.")
    assert "inventory" not in [r[0] for r in said] and "maintenance" in [r[0] for r in said]


def test_a_suite_named_with_what_moves_into_it_keeps_its_own_link():
    said = rows("SAP S/4HANA PM: Crumbline creates a maintenance notification in SAP through the standard OData API.\n\n"
                "Crumbline books the flour consumption in SAP S/4HANA as a goods issue.")
    assert "inventory" in [r[0] for r in said]


def answer(text: str, qid: str):
    return next((a for a in draft(OFFER + text, BANK).answers if a.question == qid), None)


def test_an_interface_named_for_each_link_answers_which_protocols_carry_the_data_before_other_lines():
    said = answer("The cameras check up to 400 loaves per minute.\n\n"
                  "Crumbline writes each reject to your MES over OPC UA.\n\n"
                  "SAP S/4HANA QM: Crumbline creates a quality notification in SAP through the standard OData API.\n\n"
                  "We import the moisture results from your LIMS every hour as CSV files.\n\n"
                  "Support: our engineers reach the edge PC through a TLS-encrypted support tunnel; security patches "
                  "are tested within 14 days and released every month.", "data.protocols")
    assert said is not None and [w for w in ("OPC UA", "OData", "CSV") if any(w in q for q in said.quotes[:3])] == \
        ["OPC UA", "OData", "CSV"]


def test_a_heading_naming_remote_access_over_an_outbound_tunnel_the_plants_device_opens_is_outbound_only():
    said = answer("Remote access\n\nOur service desk reaches the plant only through an outbound TLS tunnel that the "
                  "gateway opens to our relay. No inbound port is opened in your firewall.", "security.model")
    assert said is not None and said.choices == ["outbound_only"]
