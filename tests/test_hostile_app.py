"""Hostile input in the app (AppTest): every hostile evaluation file is refused on import with a
clear message, the app stays up, and everything saved is still there, unchanged. User text full
of markup shows as text on the pages."""
from __future__ import annotations

import re

import pytest
from streamlit.testing.v1 import AppTest

from hostile_files import HOSTILE_FILES, MARKUP, every_field
from kit import NEW, opened, raw_text, shown
from paths import ROOT
import kit
from store import Store

IMPORT = "FormSubmitter:import-Import"

pytestmark = pytest.mark.usefixtures("first_run")  # the examples saved, as by the app's first run


def everything(store: Store) -> dict[str, tuple[int, str]]:
    """id -> (version, the saved evaluation as JSON): what must survive a refused import."""
    return {s.id: (s.version, store.get(s.id).evaluation.model_dump_json()) for s in store.list()}



def open_app(page: str | None = None, eid: str | None = None) -> AppTest:
    return kit.open_app(page, eid, timeout=60)


def test_every_hostile_import_is_refused_with_its_message_and_nothing_saved_changes(store):
    saved = store.create(every_field(MARKUP[0], proposal="Saved before the hostile imports"))
    before = everything(store)
    at = opened(open_app(), kit.IMPORT)
    for name, (raw, words) in HOSTILE_FILES.items():
        at.file_uploader[0].set_value((f"{name}.json", raw, "application/json"))
        at.button(key=IMPORT).click().run()
        assert not at.exception, (name, at.exception)
        errors = [e.value for e in at.error]
        assert len(errors) == 1, (name, errors)
        message = shown_text(errors[0])
        assert message.startswith("Not imported: ") and message.endswith("Nothing saved was changed."), message
        assert all(word in message for word in words), (name, message)
        assert everything(store) == before, name
    at.run()  # the page still works after all of them
    assert not at.exception and at.title[0].value == "Evaluations"
    assert store.get(saved.id).evaluation.proposal == "Saved before the hostile imports"


def shown_text(source: str) -> str:
    return re.sub(r"\\(.)", r"\1", source)


def test_a_good_import_after_the_hostile_ones_still_works(store):
    at = opened(open_app(), kit.IMPORT)
    at.file_uploader[0].set_value(("nested.json", HOSTILE_FILES["nested_100000_levels"][0], "application/json"))
    at.button(key=IMPORT).click().run()
    good = (ROOT / "examples" / "a_dashboard_sold_as_industry_4_0.json").read_bytes()
    at.file_uploader[0].set_value(("good.json", good, "application/json"))
    at.button(key=IMPORT).click().run()
    assert not at.exception and at.success and "Imported" in at.success[0].value
    assert len(store.list()) == 5


def unescaped_markup(at: AppTest) -> list[str]:
    """Text elements whose source has a '<' Markdown would read as HTML (not escaped as '\\<')."""
    return [text for text in raw_text(at) if re.search(r"(?<!\\)<", text)]


@pytest.mark.parametrize("page", ["evaluate", "scorecard"])
def test_markup_in_every_field_shows_as_text_on_the_page(store, page):
    payload = MARKUP[0]
    eid = store.create(every_field(payload)).id
    at = open_app(page, eid)
    assert not unescaped_markup(at)
    assert payload in shown(at)


def field(at: AppTest, label: str):
    return next(box for box in at.text_input if box.label == label)


@pytest.mark.parametrize("label, typed, says", [
    ("Vendor", "Acme\u202eGmbH", "The vendor name holds a right-to-left override (U+202E) at character 5"),
    ("Evaluator", "\x1b[31mroot", "The evaluator name holds a control character (U+001B) at character 1"),
    ("Proposal name", "p" * 201, "The proposal name is 201 characters long"),
])
def test_the_new_evaluation_form_refuses_a_hostile_name_and_creates_nothing(store, label, typed, says):
    before = everything(store)
    at = opened(open_app(), NEW)
    field(at, "Proposal name").input("Press line retrofit")
    field(at, label).input(typed)
    at.button(key="FormSubmitter:new-Create and start evaluating").click().run()
    assert not at.exception, at.exception
    assert [shown_text(e.value) for e in at.error] == [f"{says}; a name is plain text. Nothing was created."
                                                       if "character " in says else
                                                       f"{says}; a name has at most 200. Nothing was created."]
    assert everything(store) == before


def test_renaming_to_a_hostile_name_is_refused_and_keeps_the_name(store):
    eid = store.create(every_field("plain", proposal="Quote 01")).id
    at = open_app()
    table = at.dataframe[0].value
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [list(table["Proposal"]).index("Quote 01")]}}
    at.run()
    at.button(key="library:rename").click().run()
    at.text_input(key=f"library:rename:{eid}").input("Quote\u202e 10.pdf")
    at.button(key="library:rename_save").click().run()
    assert not at.exception, at.exception
    assert "right-to-left override (U+202E)" in shown_text(at.error[0].value)  # said in the dialog, still open
    assert store.get(eid).evaluation.proposal == "Quote 01"


def test_a_hostile_name_typed_on_the_evaluate_page_is_not_saved_and_says_why(store):
    eid = store.create(every_field("plain", proposal="Quote 01").model_copy(update={"documents": []})).id
    at = open_app("evaluate", eid)
    at.text_input(key=f"ev:{eid}:header:vendor").input("Acme\u202eGmbH").run()
    assert not at.exception, at.exception
    warnings = [shown_text(w.value) for w in at.warning]
    assert ("The vendor name holds a right-to-left override (U+202E) at character 5; a name is plain text. "
            "The saved vendor name is kept until you change it.") in warnings
    assert store.get(eid).evaluation.vendor == "plain Optiline Systems"
    at.text_input(key=f"ev:{eid}:header:vendor").input("Acme GmbH").run()
    assert store.get(eid).evaluation.vendor == "Acme GmbH" and not at.warning
