"""A system a reply names again, in any case or spelling of its name ("IBM Maximo" in the offer, "Maximo" or "MAXIMO" in
the reply; "SAP S/4HANA", "SAP"), is the link the offer drafted to it: the reply's words update that row (its way, its
method) and add no second one; what a person named using it does there ("the maintenance planner receives the work order
in Maximo and schedules it") links no other system (walk of round 68: a second Maximo row)."""
from __future__ import annotations

import pytest

from questions.models import Answer, Integration
from reading.reply_combine import merged_rows, named_again
from rounds_corpus import Mail, sent_out

MAIL = Mail("Dear Mr. Novak,", "Kind regards,\nVendor")
MAXIMO = """Dear Mr. Novak,

our offer for the condition monitoring of your 12 presses.
Alarms are sent to your IBM Maximo via MQTT.
The stock levels are sent to your SAP S/4HANA every hour via IDoc.

Kind regards,
Vendor"""


@pytest.fixture(scope="module")
def sent():
    return sent_out(MAXIMO, "Press monitoring", "Novak")


def _rows(evaluation, area: str) -> list[Integration]:
    answer = evaluation.answer("connect.integrations")
    return [row for row in (answer.integrations if answer else []) if row.system == area]


def test_the_offer_drafts_one_row_each(sent):
    assert len(_rows(sent, "maintenance")) == 1 and len(_rows(sent, "inventory")) == 1


@pytest.mark.parametrize("body", [
    "The maintenance planner receives the work order in Maximo through the REST API.",
    "Your maintenance planner sees each alarm as a work order in MAXIMO, created through its REST API.",
    "Der Instandhaltungsplaner erhält den Auftrag in Maximo über die REST API.",
])
def test_a_system_named_again_updates_its_row_and_adds_none(sent, body):
    done = MAIL.read(sent, body)
    rows = _rows(done.evaluation, "maintenance")
    assert len(rows) == 1, rows
    assert "MQTT" in rows[0].method and "REST" in rows[0].method, rows


def test_a_suite_named_again_by_part_of_its_name_is_the_same_link_told_both_ways(sent):
    done = MAIL.read(sent, "Your SAP sends us the planned orders via RFC; the SAP link is owned by your SAP team.")
    rows = _rows(done.evaluation, "inventory")
    assert len(rows) == 1 and rows[0].owner == "SAP team", rows
    assert rows[0].direction == "both" and "IDoc" in rows[0].method and "RFC" in rows[0].method, rows


def test_another_system_of_the_same_area_stays_a_link_of_its_own(sent):
    done = MAIL.read(sent, "Your WMS receives the dispatch list as a CSV file every night, owned by your logistics team.")
    assert len(_rows(done.evaluation, "inventory")) == 2, _rows(done.evaluation, "inventory")


def test_what_the_user_does_in_the_system_links_no_other_system(sent):
    done = MAIL.read(sent, "The maintenance planner receives the work order in Maximo and schedules it for the next stop.")
    assert not _rows(done.evaluation, "planning"), done.evaluation.answer("connect.integrations").integrations
    assert len(_rows(done.evaluation, "maintenance")) == 1


def _answer(rows, quote):
    return Answer(question="connect.integrations", evidence="specific", integrations=rows, quotes=[quote])


def test_rows_named_alike_are_one_link_rows_named_otherwise_stay_two():
    names = lambda text: {"maintenance": {w for w in ("maximo", "fiix") if w in text.lower()}}  # noqa: E731
    offer = _answer([Integration(system="maintenance", direction="to_system", method="MQTT")], "Alarms go to IBM Maximo.")
    said = Integration(system="maintenance", direction="from_system", method="REST API", owner="IT")
    again = named_again(offer, _answer([said], "Maximo sends the closed orders back."), names)
    assert merged_rows(offer.integrations, [said], again) == [
        Integration(system="maintenance", direction="both", method="MQTT, REST API", owner="IT")]
    other = named_again(offer, _answer([said], "Fiix sends the closed orders back."), names)
    assert len(merged_rows(offer.integrations, [said], other)) == 2
