"""Walk 60 drafted a two-page PDF offer for a bakery's energy and cold-chain monitoring. Each fix reads a kind of
sentence, drafted here from a PDF the way the app reads an upload (proposals.extract_text, reading.documents); every
sentence is new, none of the walk's.

- A vendor's expected change of the plant's own measure, grounded on plants like it ("Based on similar dairies, we
  expect steam per tonne ... to fall from 2.4 t to 2.0 t"), is a KPI: the plants named in the opening phrase are its
  ground, not the sentence's subject (reading/agent.py).
- A system or a vendor that recommends, suggests or proposes names no person who approves (drafting.yaml
  said_without).
- A retention with no export anywhere in the text is the retention option without one (drafting.yaml told_too); the
  buyer named as the data's owner answers ownership and is quoted.
- The plant's engineering manager is its maintenance management, an on-call engineer its maintenance people.
- The vendor's support desk that monitors the kit after go-live keeps the system, and so does the vendor by whom
  the kit is managed: upkeep, no walk through the plant's work.
- A sentence quoted under two questions that the reply reader puts on neither's topic is quoted under neither.
"""
import pytest

from kit import pdf_pages
from proposals import extract_text
from questions import load_bank
from reading.documents import from_file
from reading.draft import draft
from rounds_corpus import sent_out

BANK = load_bank()

EXPECTED = ("Based on similar dairies, we expect steam per tonne of cheese to fall from 2.4 t to 2.0 t within 9 months, "
            "mainly through shorter CIP cycles and better whey heat recovery.")
SUGGESTS = "Our analytics engine spots losses and suggests actions."
KEPT = "Readings are stored for 36 months."
OWNER = "Dalebrook Dairy owns all the data."
VIEWS = "Shift leaders see a view per line; the engineering manager sees trends and a weekly steam report."
ALARM = ("When a cold store rises above 5 C for more than 15 minutes, the system sends a text alarm to the on-call "
         "engineer and shows it on the dashboard.")
DESK = ("After go-live our service desk in Glasgow monitors the probes around the clock and swaps any faulty probe "
        "within one working day.")
MANAGED = "The edge box is managed remotely by Dalelink."
PAGES = [
    ["Dalelink Systems Ltd - Offer DL-2026-07",
     "Steam and Cold-Store Monitoring for Dalebrook Dairy, Carlisle",
     "Our smart factory platform brings AI-driven analytics and Industry 4.0 to your cheese plant.",
     "1. What we install",
     "Each of your three cheese vats receives a steam flow meter, and each of the two cold stores four air temperature "
     "probes, all read over Modbus RTU by one Dalelink edge box every 30 seconds.",
     "2. Dashboard",
     f"The Dalelink dashboard shows live steam use per vat and cold-store temperatures against limits. {VIEWS} {KEPT}",
     "3. Alarms", ALARM],
    ["4. Expected results", f"{EXPECTED} {SUGGESTS}",
     "5. Support", f"{DESK} {MANAGED}"],
]


@pytest.fixture(scope="module")
def offer() -> str:
    data = pdf_pages(PAGES)
    return from_file("offer.pdf", "proposal", extract_text("offer.pdf", data), data).text


def _answer(text: str, qid: str):
    return draft(text, BANK).answer(qid)


def test_an_expected_fall_of_the_plants_measure_grounded_on_similar_plants_is_a_kpi(offer):
    kpi = _answer(offer, "decision.kpi")
    assert kpi is not None and (kpi.measure.baseline, kpi.measure.target) == (2.4, 2.0)
    assert kpi.quotes == [EXPECTED]


def test_a_system_that_suggests_actions_names_no_person_who_approves(offer):
    review = _answer(offer, "upkeep.human_review")
    assert review is None or "human_approves" not in review.choices


def test_a_person_who_accepts_what_the_system_suggests_still_approves():
    said = "The planner accepts or changes each suggested sequence before it goes to the line."
    review = _answer(f"Offer for your bakery\n\n{said}", "upkeep.human_review")
    assert review is not None and "human_approves" in review.choices


def test_a_retention_with_no_export_in_the_text_is_no_open_export(offer):
    history = _answer(offer, "data.history")
    assert history.choices == ["months"] and history.quotes == [KEPT]


def test_a_retention_beside_an_export_is_years_exportable(offer):
    export = "You can download all readings as CSV at any time."
    history = _answer(f"{offer}\n{export}", "data.history")
    assert history.choices == ["years_exportable"]


def test_the_buyer_named_as_the_datas_owner_answers_ownership_and_is_quoted(offer):
    owned = _answer(f"{offer}\n{OWNER}", "connect.data_ownership")
    assert owned is not None and owned.choices == ["open_export"] and OWNER in owned.quotes


def test_the_engineering_manager_and_the_on_call_engineer_are_maintenance(offer):
    roles = _answer(offer, "users.roles")
    assert {"shift_leads", "maintenance_planner", "maintenance_techs"} <= set(roles.choices)


def test_the_vendors_support_desk_keeps_the_system_and_walks_through_no_workflow(offer):
    owner = _answer(offer, "upkeep.owner")
    assert owner is not None and owner.choices == ["vendor_service"] and DESK in owner.quotes
    walk = _answer(offer, "workflow.before_after")
    assert walk is None or DESK not in walk.quotes


def test_the_kit_managed_by_the_vendor_is_kept_by_it_and_a_project_managed_by_it_is_not():
    kept = _answer(f"Offer for your bakery\n\n{MANAGED}", "upkeep.owner")
    assert kept is not None and "vendor_service" in {*kept.choices, *kept.suggested}
    assert _answer("Offer for your bakery\n\nThe project is managed by Dalelink.", "upkeep.owner") is None


def test_a_sentence_the_letter_reads_on_another_topic_is_quoted_under_neither_question(offer):
    sent = sent_out(offer, "Dalelink", "Buyer")
    asked = {q.topic: q for q in sent.rounds[-1].questions}
    assert not any(VIEWS in q.proposal_quotes for q in asked.values())
    assert ALARM in asked["workflow"].proposal_quotes
