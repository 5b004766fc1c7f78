"""Kinds of wording a vendor's reply uses that the reader must know whatever the plant (issue 16): units of time
written short or in German, upkeep owned by a party named as the subject of the upkeep verb, network segmentation
told by its zones, a warranty period that is no data history. Every proposal and reply here is new."""
import pytest

from reading.quantities import convert
from rounds_corpus import Mail, sent_out

BONDER = ("BondIQ predicts non-stick failures on your wire bonders with machine learning.\n"
          "The AI learns from your bonder data and warns the operator before a failure.\n")
MAIL = Mail("Dear Ms Brandt,", "Kind regards,\nOle Berg")


@pytest.fixture(scope="module")
def bonder():
    return sent_out(BONDER, "BondIQ", "H. Brandt")


@pytest.mark.parametrize("written, unit, days", [("5", "mo.", 152.083333), ("3", "wks", 21.0), ("2", "Std.", 2 / 24),
                                                 ("14", "Tage", 14.0), ("6", "Monate", 182.5)])
def test_a_unit_of_time_written_short_or_in_german_is_a_length_of_time(written, unit, days):
    assert convert(float(written), unit, "day") == pytest.approx(days, abs=1e-3)


@pytest.mark.parametrize("length", ["5 mo.", "approx. 7 mths", "ca. 26 wks"])
def test_a_history_told_in_short_units_closes_the_history_question(bonder, length):
    body = (f"History: the model is trained on {length} of bonder logs with 1,200 pull test results; your QA "
            "engineer checks the data quality every week.")
    assert MAIL.asked(bonder, body)["history"].closed


def test_a_history_with_no_length_at_all_stays_open(bonder):
    body = ("History: the model is trained on bonder logs with pull test results; your QA engineer checks the data "
            "quality every week.")
    assert not MAIL.asked(bonder, body)["history"].closed


KILN = ("KilnMind predicts shell hot spots on your rotary kiln with machine learning.\n"
        "The AI learns from your kiln data and warns the operator.\n")


@pytest.fixture(scope="module")
def kiln():
    return sent_out(KILN, "KilnMind", "H. Brandt")


@pytest.mark.parametrize("who", ["the Supplier retrains the models every quarter and monitors them every week",
                                 "the Contractor shall maintain the system and retrain the models every quarter",
                                 "the Service Provider is responsible for updates and monitors the models"])
def test_the_vendor_named_by_its_part_in_the_contract_as_subject_of_the_upkeep_verb_owns_the_upkeep(kiln, who):
    body = f'Upkeep - clause 7.2: "After acceptance, {who}, for a fixed annual fee of 18,000 EUR."'
    assert MAIL.asked(kiln, body)["upkeep_owner"].closed


@pytest.mark.parametrize("who", ["your supplier maintains the system", "the Supplier delivers spare sensors"])
def test_someone_elses_supplier_or_a_party_that_does_no_upkeep_owns_nothing(kiln, who):
    body = f"Upkeep: after acceptance {who}; the annual licence is 18,000 EUR."
    found = MAIL.asked(kiln, body)["upkeep_owner"]
    assert not found.closed and "not a role" in found.why


def test_an_option_two_reads_find_in_one_sentence_is_drafted_once(kiln):
    body = "After go-live the Supplier monitors the models every week and we retrain them every quarter."
    done = MAIL.read(kiln, body).evaluation
    owner = next(a for a in done.answers if a.question == "upkeep.owner")
    assert owner.choices == ["vendor_service"]


PAINT = ("PaintSense is a cloud platform for your paint shop.\n"
         "It collects robot and booth data and shows the defects on a dashboard.\n")


@pytest.fixture(scope="module")
def paint():
    return sent_out(PAINT, "PaintSense", "H. Brandt")


@pytest.mark.parametrize("where", ["sits in your process-control zone", "stands in the cell zone of the paint shop",
                                   "sits on a subnet of its own"])
def test_a_zone_or_subnet_of_the_ot_network_says_how_the_networks_are_kept_apart(paint, where):
    body = (f"Network: the edge PC {where} and opens only an outbound TLS connection on port 443; no inbound "
            "connection is required.")
    assert MAIL.asked(paint, body)["security"].closed


def test_an_outbound_connection_alone_says_nothing_of_segmentation(paint):
    body = "Network: the edge PC opens only an outbound TLS connection on port 443; no inbound connection is required."
    found = MAIL.asked(paint, body)["security"]
    assert not found.closed and "how that network is kept apart are not both answered" in found.why


def test_a_read_of_no_option_adds_no_empty_choice_to_an_answer_already_drafted(paint):
    body = "Network: none inbound; the server is on-premise in the production zone with no internet connection."
    done = MAIL.read(paint, body).evaluation
    assert all("" not in a.choices for a in done.answers)


def _drafted(sent, body: str) -> dict:
    return {a.question: a for a in MAIL.read(sent, body).evaluation.answers}


@pytest.mark.parametrize("warranty", [
    "the Supplier warrants that the software will perform in accordance with its documentation for 12 months",
    "the warranty period is 24 months from acceptance"])
def test_a_warranty_period_is_no_data_history(kiln, warranty):
    assert "data.history" not in _drafted(kiln, f"Warranty: {warranty}.")


def test_a_history_said_beside_a_warranty_is_still_read(kiln):
    body = "The model is trained on 18 months of kiln PLC history; the warranty runs for 12 months after acceptance."
    assert _drafted(kiln, body)["data.history"].choices == ["months"]


BUFFERS = "If the internet is down, the edge gateway buffers the data and the PLCs keep running."


@pytest.mark.parametrize("record", ["Our platform had 99.95% uptime in 2025.",
                                    "Availability over the last three years was 99.9%."])
def test_a_past_uptime_figure_is_a_track_record_and_commits_to_nothing(paint, record):
    found = MAIL.asked(paint, f"{BUFFERS} {record}")["reliability"]
    measures = _drafted(paint, f"{BUFFERS} {record}").get("reliability.measures")
    assert record not in found.quotes and (measures is None or "sla" not in measures.choices)


def test_a_past_figure_promised_for_this_plant_is_a_commitment(paint):
    promise = "We guarantee the 99.9% availability we reached in 2025."
    found = MAIL.asked(paint, f"{BUFFERS} {promise}")["reliability"]
    assert found.status == "answered" and promise in found.quotes


COMMITS = "We commit to 99.5% availability per month."


@pytest.mark.parametrize("held", ["The edge gateway keeps 14 days of data and sends them after.",
                                  "The edge gateway holds 14 days of readings and uploads them once the connection returns.",
                                  "The gateway stores about two weeks of values and forwards them later."])
def test_data_held_and_sent_on_later_says_what_happens_offline_without_the_word_outage(paint, held):
    found = MAIL.asked(paint, f"{held} {COMMITS}")["reliability"]
    assert found.closed and held in found.quotes


def test_a_record_stored_and_sent_after_each_batch_is_no_outage(paint):
    held = "The edge gateway stores each batch record and sends a report after each batch."
    found = MAIL.asked(paint, f"{held} {COMMITS}")["reliability"]
    assert not found.closed and held not in found.quotes


KILNLINK = "KilnLink is an Industry 4.0 platform for your timber kilns.\nIt connects the kilns to your business systems.\n"


@pytest.fixture(scope="module")
def kilnlink():
    return sent_out(KILNLINK, "KilnLink", "H. Brandt")


def test_a_team_that_manages_a_link_owns_it_in_its_own_clause(kilnlink):
    body = ("Your MES receives each charge over REST, one way, and your MES team manages that interface. Your SAP PM "
            "receives a notification per failed fan as an IDoc, one way; your SAP team manages that interface.")
    done = MAIL.read(kilnlink, body).evaluation
    links = next(a for a in done.answers if a.integrations).integrations
    assert {(link.method, link.owner) for link in links} == {("REST", "MES team"), ("IDoc", "SAP team")}


@pytest.mark.parametrize("question", ["Ole, can we go through the list? First: which problem do you start with?",
                                      "ok. and the problem?", "thanks. which problem first?"])
def test_a_short_chat_question_is_answered_by_the_line_after_it(kiln, question):
    body = (f"[10:02] Hanna Brandt (buyer): {question}\n"
            "[10:04] Ole Berg (KilnMind): Shell hot spots on kiln 2, 14 refractory repairs in 2025 by your shift log.")
    found = MAIL.asked(kiln, body)["problem"]
    assert found.closed and any("Shell hot spots" in quote for quote in found.quotes)


def test_a_line_after_a_statement_takes_no_topic_from_it(kiln):
    body = ("[10:02] Hanna Brandt (buyer): thanks, noted.\n"
            "[10:04] Ole Berg (KilnMind): Shell hot spots on kiln 2.")
    assert not MAIL.asked(kiln, body)["problem"].closed


@pytest.mark.parametrize("held_out", ["on 500 batches not used in training", "on 6 weeks of 2025 kept out of training",
                                      "on 420 loads the model had not been trained on"])
def test_an_error_measured_on_data_kept_out_of_training_answers_what_it_predicts(bonder, held_out):
    body = f"Pull strength per wire at bonding: mean error 0.3 g {held_out}."
    assert MAIL.asked(bonder, body)["analytics"].closed


def test_an_error_with_no_data_it_was_measured_on_stays_partly_open(bonder):
    body = "Prediction: mean error 0.3 points."
    assert not MAIL.asked(bonder, body)["analytics"].closed


def test_a_figure_measured_on_data_kept_out_of_training_is_no_history(bonder):
    body = "Pull strength per wire at bonding: mean error 0.3 g on 420 lots of 2025 kept out of training."
    assert body not in MAIL.asked(bonder, body)["history"].quotes


def test_a_sentence_that_says_which_way_the_data_flows_is_on_the_links(kilnlink):
    body = ("Your SAP PM receives a notification per failed fan as an IDoc, one way; your maintenance planner owns it.\n\n"
            "Your warehouse system gets the dried stock per charge as a CSV file, one way.")
    found = MAIL.asked(kilnlink, body)["integrations"]
    assert any("warehouse system" in quote for quote in found.quotes)


def test_the_plants_own_availability_in_a_past_year_is_a_baseline_not_a_track_record(paint):
    kpi = "KPI: availability of press 4 was 81% in 2025 from the MES, target 86% by June 2027."
    found = MAIL.asked(paint, kpi)["kpi"]
    assert kpi in found.quotes and "track record" not in found.why


def test_a_zone_of_an_oven_keeps_no_networks_apart(paint):
    body = ("Network: the edge PC reads each oven temperature control zone from the PLC and opens only an outbound TLS "
            "connection on port 443; no inbound connection is required.")
    assert not MAIL.asked(paint, body)["security"].closed


def test_data_sent_when_something_else_happens_is_no_outage(paint):
    held = "The PLC stores each batch record and sends it when the line stops."
    assert held not in MAIL.asked(paint, f"{held} {COMMITS}")["reliability"].quotes


@pytest.mark.parametrize("fee", ["21 kEUR per year", "12 TEUR p.a."])
def test_a_fee_in_thousands_written_short_says_what_upkeep_costs(kiln, fee):
    body = f"Upkeep: after the pilot our service team monitors and retrains the models for {fee}."
    assert MAIL.asked(kiln, body)["upkeep_owner"].status == "answered"


@pytest.mark.parametrize("german", [
    "Bei einem Ausfall der Verbindung puffert das Gateway die Daten 14 Tage lang; die Anlagen laufen weiter wie heute.",
    "Fällt das Internet aus, werden die Daten 72 Std. lokal zwischengespeichert; die SPS läuft weiter."])
def test_an_outage_told_in_german_says_what_happens_offline(paint, german):
    found = MAIL.asked(paint, german)["reliability"]
    assert found.closed and german in found.quotes


def test_a_chat_answer_over_two_messages_answers_the_question_before_both(kiln):
    body = ("[10:02] Hanna Brandt (buyer): which problem first?\n"
            "[10:04] Ole Berg (KilnMind): Shell hot spots on kiln 2.\n"
            "[10:05] Ole Berg (KilnMind): 14 refractory repairs in 2025 by your shift log.")
    assert MAIL.asked(kiln, body)["problem"].closed
