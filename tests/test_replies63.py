"""Faults in reading replies that three new-buyer walks found (issue 16; walk 63: a stamping plant's three rounds, its
files in tests/data/walk63 read as the app reads them), each fixed as the kind it is."""
from datetime import date
from pathlib import Path

import pytest

from questions.answer_edits import reject
from reading.documents import pasted
from reading.draft import drafter_for
from scoring import score
from scoring.round_history import history
from scoring.rounds import freeze, open_questions, read_reply
from tests.test_rounds63 import BANK, _file, first, second, sent  # noqa: F401 (the walk's rounds, as the app builds them)


def _quoting(evaluation, question: str, *words: str) -> list[str]:
    answer = evaluation.answer(question)
    return [q for q in (answer.quotes if answer else []) if any(w in q for w in words)]


_ELSEWHERE = {"workflow.before_after": ("export everything", "3-day on-site course"),
              "users.daily_use": ("Dr. Priya Raman",), "data.protocols": ("Dr. Priya Raman",)}


def test_a_reply_drafts_no_written_answer_of_an_unasked_topic_from_a_sentence_on_other_topics(first):
    wrong = {q: _quoting(first.evaluation, q, *words) for q, words in _ELSEWHERE.items()}
    assert not any(wrong.values()), wrong


_REJECTED = ["problem.plant_problems", "workflow.outputs", "reliability.offline"]


@pytest.fixture(scope="module")
def third(second):
    """Round 3 asking again what the walk's buyer did (the problem, the daily work orders, what happens offline: their
    drafts rejected), then its reply."""
    again = reject(second.evaluation, _REJECTED)
    asked = freeze(again, score(again), "D. Novak", date(2026, 12, 6), BANK)
    return read_reply(asked, _file("reply_r3.txt", "reply"), BANK)


def test_how_fast_an_earlier_reply_said_its_link_sends_stands_after_a_later_letter_asking_other_things(second, third):
    # round 2's "creates work orders through the Fiix REST API every hour" is read under the round it answered, not
    # under round 3's questions (the problem, what happens offline), which it does not answer
    assert third.round.questions and second.evaluation.answer("decision.latency").choices == ["hour"]
    latency = third.evaluation.answer("decision.latency")
    assert latency and latency.choices == ["hour"], latency


def _problems(text: str) -> list[str]:
    drafted = drafter_for(BANK).draft_documents([pasted(text, "proposal", "offer.txt")], "Press monitoring", "Vendor")
    answer = drafted.answer("problem.plant_problems")
    return answer.choices if answer else []


def test_cycle_counts_among_a_machines_signals_are_data_not_a_stock_count_that_does_not_match(first):
    assert "inventory_mismatch" not in first.evaluation.answer("problem.plant_problems").choices
    signals = ("Dear Mr. Novak,\n\nFor your 12 presses we will read 24 months of history from your PI historian "
               "(tonnage, motor current, cycle counts) to train the failure models.")
    assert "inventory_mismatch" not in _problems(signals)
    stores = "Dear Mr. Novak,\n\nToday your stores report stock discrepancies after every cycle count."
    assert "inventory_mismatch" in _problems(stores)


def test_data_pulled_from_the_plants_historian_flows_out_of_the_plants_system(sent):
    # the offer's "Historical data will be pulled from your AVEVA PI historian through PI Web API", beside the reply's
    # "AVEVA PI (historian): read-only via PI Web API": one direction, out of the plant's system
    links = sent.answer("connect.integrations").integrations
    assert [i.direction for i in links if i.system == "production"] == ["from_system"], links


HERE = Path(__file__).parent / "data" / "replies63"


@pytest.fixture(scope="module")
def hornos():
    """Walk 64: a Spanish kiln-monitoring offer, round 1 frozen, its Spanish reply read, pasted as the page reads them."""
    offer = drafter_for(BANK).draft_documents(
        [pasted((HERE / "hornos_propuesta.txt").read_text(), "proposal", "v1.txt")], "Monitorización hornos", "Enercer")
    sent = freeze(offer, score(offer), "Marta", date(2026, 12, 1))
    return read_reply(sent, pasted((HERE / "hornos_respuesta.txt").read_text(), "reply", "reply1.txt"), BANK)


def test_a_spanish_link_through_web_services_names_its_interface(hornos):
    # "Nuestro conector envía cada hora a AX el consumo de gas ..., mediante los servicios web AIF."
    # (the web services are the inventory link's method, read into its row; the letter asked only who owns it)
    integrations = {q.topic: q for q in hornos.round.questions}["integrations"]
    assert "not a protocol" not in integrations.why, integrations.why
    [link] = [link for link in hornos.evaluation.answer("connect.integrations").integrations if link.system == "inventory"]
    assert "servicios web" in link.method.lower(), link


def test_a_link_left_without_its_owner_by_a_closed_question_is_not_new_since_the_reply_when_nothing_is_open(hornos):
    # the Follow-up page's "Nothing is open" (the next letter asks nothing) and its "New since the reply" read one source
    card = score(hornos.evaluation)
    asked = open_questions(hornos.evaluation, card, BANK)
    new = [titles for h in history(hornos.evaluation, card, BANK) for said, titles in h.moved() if said.startswith("New")]
    assert asked or not new, new
