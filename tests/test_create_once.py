"""Create is idempotent for a press that repeats it (walk81: a double click's second press submitted the form blank,
"Give the proposal a name first" stood on the library over the evaluation the first press made, and a Create again
made its twin): a press moments later, blank or of the same name, opens the evaluation made; a later one is new."""
from __future__ import annotations

import time

from kit import NEW, open_app, opened


def _create(at, proposal: str, vendor: str = "ProMaint"):
    at.switch_page("views/library.py").run()
    at = opened(at, NEW)
    at.text_input[0].input(proposal)
    at.text_input[1].input(vendor)
    at.button[0].click().run()  # "Create and start evaluating"
    assert not at.exception, at.exception
    return at


def _named(store, name: str) -> list[str]:
    return [s.id for s in store.list() if s.proposal == name]


def test_a_second_press_of_the_same_name_or_a_blank_one_opens_the_evaluation_made(store):
    at = _create(open_app(), "Die-casting cell 3 retrofit")
    [made] = _named(store, "Die-casting cell 3 retrofit")
    for again in ("Die-casting cell 3 retrofit", ""):
        at = _create(at, again, "ProMaint" if again else "")
        assert _named(store, "Die-casting cell 3 retrofit") == [made]
        assert at.query_params["id"] == made and at.title[0].value.startswith("Evaluate")
        assert not at.error


def test_another_name_or_the_same_name_later_is_a_new_evaluation(store):
    at = _create(open_app(), "Pressenlinie 4 Nachrüstung", "Acme")
    at = _create(at, "Linea 2 pressofusione", "Acme")
    assert len(_named(store, "Pressenlinie 4 Nachrüstung")) == len(_named(store, "Linea 2 pressofusione")) == 1
    name, vendor, eid, _ = at.session_state["library:made"]
    at.session_state["library:made"] = (name, vendor, eid, -1e9)  # long ago: a Create of the same name is meant
    _create(at, "Linea 2 pressofusione", "Acme")
    assert len(_named(store, "Linea 2 pressofusione")) == 2


def test_a_press_after_a_create_stopped_between_its_write_and_its_mark_opens_what_it_wrote(store):
    """A double click on a loaded machine (stop 62's CI): the second press's rerun stopped the first run after the store
    wrote the evaluation, before the session marked its id, so the second press made a twin."""
    at = _create(open_app(), "Trafila 5 retrofit", "Meccanica Srl")
    [made] = _named(store, "Trafila 5 retrofit")
    name, vendor, _eid, when = at.session_state["library:made"]
    at.session_state["library:made"] = (name, vendor, "pending", when)  # as the stopped run left it
    at = _create(at, "Trafila 5 retrofit", "Meccanica Srl")
    assert _named(store, "Trafila 5 retrofit") == [made]
    assert at.query_params["id"] == made


def test_a_press_after_a_create_stopped_before_it_wrote_makes_the_evaluation(store):
    at = open_app()
    at.session_state["library:made"] = ("Trafila 6 retrofit", "Meccanica Srl", "pending", time.monotonic())
    at = _create(at, "Trafila 6 retrofit", "Meccanica Srl")
    assert len(_named(store, "Trafila 6 retrofit")) == 1
