"""A service named by what it does (a monitoring, diagnostic, remote or managed service, a service concept) tells that
the vendor keeps the system running (drafting.yaml class_phrases: upkeep.owner vendor_service). A service the plant
gives its own customers is none."""
from questions import load_bank
from reading.draft import draft

BANK = load_bank()


def owners(text: str) -> list[str]:
    answer = draft(text, BANK).answer("upkeep.owner")
    return answer.choices if answer else []


def test_a_remote_monitoring_service_for_the_fans_is_the_vendors_upkeep():
    assert "vendor_service" in owners(
        "The mill signed up for our remote monitoring service for the 26 dryer fans on coating machine 3.")


def test_a_service_concept_for_the_furnace_is_the_vendors_upkeep():
    assert "vendor_service" in owners(
        "The vendor developed a service concept for the condition monitoring of every critical drive on the furnace, "
        "with 40 sensors read every 10 minutes.")


def test_the_plants_own_customer_service_is_no_upkeep_of_the_system():
    assert "vendor_service" not in owners("The bakery answers its customers through a customer service hotline.")
