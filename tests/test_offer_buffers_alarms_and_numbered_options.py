"""What a German, Polish or English offer says, read as the buyer reads it (issue 14, recall68): a device storing data
"up to" a window told in German order is a buffer; "Betrieb" the running of a system, not a business, where it is;
an alert sent when a cold store's temperature leaves its band is no device rating; a machine's own alarms that the
system reads are data, not an alert it sends; an options section numbered without a stop ("2 Optionen", "3 Opcje") is
one; and a spread "up to" a figure in the plant's situation is its problem, no boast. Sentences of our own, and each
rule's sentence where it must not fire."""
from questions import load_bank
from reading.draft import draft
from reading.draft_optional import excluded_sections, optional_sections
from reading.german import gloss_rules
from reading.phrases import normalise, tokens

BANK = load_bank()


def choices(text: str, question: str) -> set[str]:
    answer = draft(text, BANK).answer(question)
    return set(answer.choices) if answer else set()


def glossed(text: str) -> str:
    return " ".join(gloss_rules().gloss(text, tokens(normalise(text))))


def test_a_device_storing_up_to_a_window_told_in_german_order_is_a_buffer():
    for text in ("Bei einer Störung der Verbindung speichert der Datenlogger die Zählerstände bis zu 72 Stunden.",
                 "Fällt das Mobilfunknetz aus, speichern die Sensorknoten die Daten bis zu 7 Tage lang.",
                 "The gateway stores all readings for up to 48 hours."):
        assert choices(text, "reliability.offline") == {"buffered"}, text


def test_a_system_storing_records_with_no_window_or_keeping_a_line_running_is_no_buffer():
    for text in ("Das System speichert die Aufträge im ERP.",
                 "The spare compressor can keep the line running for up to 4 hours."):
        assert "buffered" not in choices(text, "reliability.offline"), text


def test_betrieb_of_a_machine_or_system_is_its_running_not_a_business():
    assert glossed("Die Betriebsdaten werden im laufenden Betrieb erfasst.") == \
        "the operating data are captured during operation"
    assert "shift operation" in glossed("Das Werk fährt im Schichtbetrieb.")
    assert "operating hours" in glossed("Die Betriebsstunden je Pumpe werden gezählt.")
    assert "business" not in glossed("Die Anlage ist seit Mai in Betrieb.")


def test_betrieb_as_the_firm_and_its_manager_stay_as_they_were():
    assert "business" in glossed("Unser Betrieb hat 200 Mitarbeiter.")
    assert "plant manager" in glossed("Der Betriebsleiter gibt den Auftrag frei.")


def test_an_alert_on_a_cold_stores_temperature_is_no_device_rating():
    for text in ("An SMS alarm goes to the on-call engineer when a storage temperature stays above -18 °C for 15 minutes.",
                 "Ein Alarm per SMS geht an den Schichtleiter, wenn die Lagertemperatur 20 Minuten über −20 °C liegt."):
        assert "alerts" in choices(text, "workflow.outputs"), text
        assert "temperature" in choices(text, "data.captured"), text


def test_a_datasheets_storage_temperature_range_is_still_a_rating():
    for text in ("Storage temperature: -40 to 85 °C.", "Storage temperature -40 °C to +85 °C, IP67."):
        assert not choices(text, "data.captured"), text


def test_machine_alarms_the_system_reads_are_data_not_an_alert():
    for text in ("The edge box collects machine alarms and spindle load from every CNC.",
                 "Alarmy maszyn są zbierane przez OPC UA z każdej obrabiarki i zapisywane w bazie danych.",
                 "Die Störmeldungen der Maschinen werden über OPC UA erfasst und mit Zeitstempel gespeichert."):
        assert "alerts" not in choices(text, "workflow.outputs"), text
    assert "machine_status" in choices("The edge box collects machine alarms and spindle load from every CNC.",
                                       "data.captured")


def test_an_alarm_the_system_sends_is_still_an_alert():
    for text in ("Machine alarms are sent by SMS to the maintenance on-call phone.",
                 "The platform raises an alarm on the supervisor's phone when a press stops."):
        assert "alerts" in choices(text, "workflow.outputs"), text


def test_an_options_heading_with_a_number_and_no_stop_heads_options():
    heads = optional_sections().heads
    for line in ("2 Optionen", "3 Opcje", "4. Options", "5 Optionen / Phase 2", "3.2 Opzioni"):
        assert heads(line), line
    for line in ("2 Lieferumfang", "4 Optionen werden separat angeboten.", "2024"):
        assert not heads(line), line
    assert excluded_sections()[0].heads("3 Nicht im Lieferumfang")


def test_a_numbered_options_section_ends_at_the_offers_next_numbered_section():
    from types import SimpleNamespace
    lines = ["2 Lieferumfang", "– 6 Schwingungssensoren an den Pumpenlagern.", "3 Optionen",
             "– Energiezähler für die vier Pumpen: 5.900 € netto.", "1. Energy meters: 6,900 EUR", "4 Service",
             "– Wartung und Updates der Plattform durch unseren Service."]
    under = optional_sections().lines(lines, [SimpleNamespace(heading=False)] * len(lines))
    assert under == {"– Energiezähler für die vier Pumpen: 5.900 € netto.", "1. Energy meters: 6,900 EUR"}


def test_a_spread_up_to_a_figure_in_the_plants_situation_is_its_problem():
    for text in ("1 Current situation\nLast year's stocktake found inventory discrepancies of up to 12 % per silo.\n"
                 "2 Scope\nWe fit radar level sensors on every silo.",
                 "1 Ausgangslage\nDie Inventur im Herbst zeigte Bestandsdifferenzen von bis zu 9 % je Lagerort.\n"
                 "2 Lieferumfang\nWir montieren Füllstandsensoren an allen Tanks."):
        assert "inventory_mismatch" in choices(text, "problem.plant_problems"), text


def test_up_to_a_figure_said_of_the_vendors_customers_still_sells():
    text = "Our customers cut stock differences by up to 30 % with our AI platform."
    answer = draft(text, BANK).answer("problem.plant_problems")
    assert answer is None or answer.evidence != "specific"
