"""Who keeps it running, said as the vendor's installation followed by its service ("Installation by our Lyon engineers
in 5 weeks; then remote support and a visit every quarter, 19 800 EUR per year", "Installation durch unser Team ...;
danach Fernwartung durch unseren Service"): the vendor's team and its yearly fee answer the upkeep question (issue 16),
in English, German and Dutch. Every reply here is new."""
import pytest

from rounds_corpus import Mail, sent_out

PRESSES = ("PressGuard is predictive maintenance and AI for hydraulic presses.\n"
           "IoT sensors and AI predict seal failures and give real-time dashboards in the cloud.\n")
ENGLISH = Mail("Dear Mr Olsen,", "Kind regards,\nSam Reid")
GERMAN = Mail("Sehr geehrter Herr Olsen,", "Mit freundlichen Grüßen\nJonas Keller")
DUTCH = Mail("Geachte heer Olsen,", "Met vriendelijke groet,\nPieter de Vries")


@pytest.fixture(scope="module")
def presses():
    return sent_out(PRESSES, "PressGuard", "K. Olsen")


@pytest.mark.parametrize("mail, body", [
    (ENGLISH, "Installation by our Leeds engineers in 4 weeks; after the trial, remote support from Leeds and a service "
              "visit twice a year, GBP 11,500 per year."),
    (ENGLISH, "After trial our Glasgow service engineer visits monthly, GBP 9,000 per annum."),
    (GERMAN, "Installation durch unser Team aus Kassel in 6 Wochen; nach dem Pilot Fernwartung durch unseren Service mit "
             "zwei Besuchen pro Jahr, 12.400 € pro Jahr."),
    (DUTCH, "Installatie door ons team uit Eindhoven in 5 weken; na de pilot ondersteuning op afstand door onze "
            "servicedienst en twee bezoeken per jaar, € 10.200 per jaar."),
], ids=["english installation", "english after trial", "german", "dutch"])
def test_the_vendors_installation_then_its_service_and_fee_answer_who_keeps_it_running(presses, mail, body):
    upkeep = mail.asked(presses, body)["upkeep_owner"]
    assert upkeep.status != "not_answered", upkeep.why
    assert upkeep.closed, upkeep.why
