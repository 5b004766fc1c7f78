"""Kinds of sentence two new buyers' walks found quoted for an answer they do not give: a price row's head or a
payment line read as how the system connects or where its data comes from, a software release read as a refresh, a
support service's hours read as a way in, a choice of cloud or on-premise read as "on-premises only", the buyer's
say over when an update goes in read as review of the system's decisions, data kept safe read as data owned, and
today's figure read as data the system captures. Also amounts whose thousands a stop or a space groups, read whole,
and an OCR'd page's line that goes on an open parenthesis or a wrapped clause. The sentences are new, not the walks'."""
from proposals.ocr_lines import as_text_layer
from questions import load_bank
from reading.draft import draft, drafter_for
from reading.quantities import quantities
from reading.text import reader_for

BANK = load_bank()

# an offer to one plant, so that what it says is no product page's claim
OFFER = ("Offer for the extrusion hall of Kunststoffwerk Ebersbach.\n\n"
         "We fit the three extruders on line 4 with ExtruWatch sensor boxes, which read the melt pressure and the "
         "barrel temperatures from the Siemens S7-1500 PLCs over OPC UA every second.\n\n"
         "Your shift leader sees each alarm on the tablet at the line and confirms its cause.\n\n")


def answer(text: str, qid: str):
    return next((a for a in draft(text, BANK).answers if a.question == qid), None)


def chosen(text: str, qid: str) -> list[str]:
    found = answer(text, qid)
    return found.choices if found else []


def quoted(text: str, qid: str) -> list[str]:
    found = answer(text, qid)
    return found.quotes if found else []


def test_a_price_rows_head_names_what_is_paid_for_not_a_way_into_the_network():
    said = "- Service package (hosting, monthly patches, remote maintenance): 950,00 EUR per line and year."
    text = OFFER + "Prices\n" + said + "\n"
    assert "vendor_remote_access" not in chosen(text, "security.model")
    assert said.lstrip("- ") not in " ".join(quoted(text, "security.model"))


def test_what_a_price_line_tells_after_its_amount_still_drafts():
    said = "Service contract: EUR 300 a month, remote access through a VPN our engineers open into your network."
    assert "vendor_remote_access" in chosen(OFFER + said + "\n", "security.model")


def test_a_payment_line_names_when_it_is_paid_not_where_the_data_comes_from():
    said = "Payment terms: 40 % with the order, 50 % on delivery of the edge gateways and sensors, 10 % after acceptance."
    text = OFFER + said + "\n"
    assert all(said not in q for q in quoted(text, "data.sources"))
    assert "gateways" not in chosen(text, "data.sources")


def test_a_software_release_every_quarter_is_no_decision_within_minutes():
    text = OFFER.replace("Your shift leader sees each alarm on the tablet at the line and confirms its cause.\n\n", "")
    text += "Security updates every quarter, included in the yearly licence.\n"
    assert "minutes" not in chosen(text, "decision.latency")


def test_a_screen_that_updates_every_few_seconds_is_still_a_decision_within_minutes():
    text = OFFER + "The line screen updates every 5 seconds, so the shift leader sees a pressure drop at once.\n"
    assert "minutes" in chosen(text, "decision.latency")


def test_a_support_services_opening_hours_are_no_way_into_the_network():
    text = OFFER + ("Remote support on weekdays 8:00-16:00 CET, answer within one working day.\n"
                    "The sensor boxes only open outbound connections; nothing reaches into your network from outside.\n")
    assert "vendor_remote_access" not in chosen(text, "security.model")


def test_a_choice_of_cloud_or_on_premise_is_no_on_premises_only():
    text = OFFER + "The box keeps a week of readings and sends them to the ExtruWatch Cloud or to an on-premise server.\n"
    assert "on_premises" not in chosen(text, "security.model")


def test_a_server_in_the_plant_with_nothing_sent_out_is_still_on_premises():
    text = OFFER + "All readings stay on a server in your plant; nothing leaves the site.\n"
    assert "on_premises" in chosen(text, "security.model")


def test_the_buyer_deciding_when_a_patch_goes_in_is_no_review_of_the_systems_decisions():
    text = OFFER.replace(" and confirms its cause", "") + \
        "Patches are signed and delivered over the air; your IT team decides when they are installed.\n"
    assert "human_approves" not in chosen(text, "upkeep.human_review")


def test_data_kept_safe_by_encryption_is_no_data_ownership():
    text = OFFER + "Strong AES encryption and round-the-clock monitoring protect your data.\n"
    assert "open_export" not in chosen(text, "connect.data_ownership")


def test_data_said_to_be_yours_is_still_ownership():
    text = OFFER + "The readings are your data: export them as CSV at any time.\n"
    assert "open_export" in chosen(text, "connect.data_ownership")


def test_todays_figure_of_the_plant_is_no_data_the_system_captures():
    text = OFFER + "The current energy consumption of the three extruders is 0.42 kWh per kg of output.\n"
    assert "energy_consumption" not in chosen(text, "data.captured")


def test_a_portuguese_figure_of_today_is_told_as_the_plant_before():
    text = ("Proposta técnica para a fábrica de Aveiro da Cerâmica do Norte.\n\n"
            "O consumo específico atual dos fornos é de 2,10 kWh por kg de peças e a taxa de quebras é de 3,1 %.\n\n"
            "Propomos instalar 10 analisadores de energia nos fornos, ligados a um gateway local.\n")
    reading = reader_for(BANK).read(text)
    told = dict(zip((s.text[:20] for s in reading.sentences), drafter_for(BANK).told(reading)))
    assert told["O consumo específico"].role == "before"


def test_a_figure_the_system_reads_every_minute_is_still_data_captured():
    text = OFFER + "The new meters read the energy consumption of each extruder in kWh every minute.\n"
    assert "energy_consumption" in chosen(text, "data.captured")


def test_an_amount_whose_thousands_a_stop_or_a_space_groups_is_read_whole():
    reader = reader_for(BANK)
    for said, term in (("Each sensor box costs 2.740,00 EUR.", "2.740,00 EUR"),
                       ("The plant saves 51.300,00 € a year.", "51.300,00 €"),
                       ("The licence is 14 500 EUR per year.", "14 500 EUR")):
        sentence = reader.read(said).sentences[0]
        assert f"number with unit '{term}'" in sentence.reason
    assert [q.value for q in quantities("Each box costs 2.740,00 EUR.")] == [2740.0]
    assert [q.value for q in quantities("Each box costs 1,200.50 USD.")] == [1200.5]


def test_an_ocr_line_that_goes_on_an_open_parenthesis_joins_its_sentence():
    page = ("We retrofit 9 extruders (6 single-screw extruders of 60 to 120 mm and\n\n"
            "3 twin-screw extruders) with sensor boxes.\n")
    assert "\n\n3 twin-screw" not in as_text_layer(page)


def test_an_ocr_line_after_a_wrapped_clause_ending_on_a_comma_joins_it():
    page = ("The gateway collects the readings of every extruder in the hall and, once a value crosses its limit,\n\n"
            "ExtruWatch opens a notification in your CMMS for the maintenance planner on duty.\n"
            "A short line.\n")
    assert "limit,\n\nExtruWatch" not in as_text_layer(page)


def test_an_ocr_greeting_ending_on_a_comma_stays_apart_from_the_name():
    page = ("We look forward to working with your maintenance team on the first two extruders of line 4.\n\n"
            "Best regards,\n\nMarkus Feldmann\n")
    assert "Best regards,\n\nMarkus" in as_text_layer(page)
