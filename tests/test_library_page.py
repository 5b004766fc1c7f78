"""The library page at scale, driven with AppTest: search, sort, paging, and every action on the
ticked rows (open, scorecard, compare, duplicate, rename, delete, export), checked in the store."""
from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

import store.headlines as store_headlines
from questions import Evaluation, evaluation_from_bytes, load_evaluation
from scoring.engine import Engine
from scoring.scorecard import whole
from store import Store, local
from views import library_table
from kit import IMPORT, NEW, SORTING, opened, shown, unescape

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = [load_evaluation(p) for p in sorted((ROOT / "examples").glob("*.json"))]
VENDORS = ["Acme Sensorics", "Optiline Systems", "Nordwerk Automation"]
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "q7Zr2LwXe9TbN4vKc1sHf8JmYd3GpUa6", "client_id": "winnow",
        "client_secret": "s3cret", "server_metadata_url": "http://localhost:9400/.well-known/openid-configuration"}


@pytest.fixture
def library(store) -> Store:
    """60 evaluations: the four examples' answers under names 'Quote 01' .. 'Quote 60', three vendors."""
    store.bulk_create(EXAMPLES[i % 4].model_copy(update={"proposal": f"Quote {i + 1:02d}", "vendor": VENDORS[i % 3]})
                      for i in range(60))
    return store


def open_library(by_name: bool = True, email: str | None = None) -> AppTest:
    """The library page in a new session; by_name: sorted by proposal name, A first (Quote 01 ..);
    email: signed in with this address."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    if email:
        at.secrets["auth"] = AUTH
        at.secrets["winnow"] = {"allowed": ["@plant.example"]}
        at.user = {"is_logged_in": True, "email": email, "name": email.split("@")[0].title()}
    at.run()
    if by_name:
        sort_by(at, "Proposal", descending=False)
    assert not at.exception, at.exception
    return at


def sort_by(at: AppTest, column: str | None = None, descending: bool | None = None) -> AppTest:
    """Choose a sort and an order in the Sort fold, as a buyer would (it stays open after a choice)."""
    if column is not None:
        opened(at, SORTING).selectbox(key="library:sort").set_value(column).run()
    if descending is not None:
        opened(at, SORTING).toggle(key="library:descending").set_value(descending).run()
    return at


def table(at: AppTest):
    return at.dataframe[0].value


def tick(at: AppTest, *names: str) -> AppTest:
    """Tick the rows with these proposal names, as a click on their boxes would."""
    shown_names = list(table(at)["Proposal"])
    at.session_state[at.dataframe[0].key] = {"selection": {"rows": [shown_names.index(n) for n in names]}}
    at.run()
    assert not at.exception, at.exception
    return at


def ids(store: Store) -> dict[str, str]:
    return {s.proposal: s.id for s in store.page(limit=1000).rows}


def pager(at: AppTest) -> str | None:
    """Where the table stands, e.g. 'Page 1 of 2 · evaluations 1–50 of 60'; None with no pager drawn."""
    rest = [unescape(m.value).replace("**", "") for m in at.markdown if " · evaluations " in m.value]
    return f"Page {at.number_input(key='library:page').value} {rest[0]}" if rest else None


# --- search, sort, pages ----------------------------------------------------------------------------

def test_search_narrows_the_table_to_matching_proposals_vendors_and_evaluators(library):
    at = open_library()
    at.text_input(key="library:search").input("optiline").run()
    vendors = set(table(at)["Vendor"])
    assert vendors == {"Optiline Systems"} and len(table(at)) == 20
    assert pager(at) is None  # 20 fit the smallest page: nothing to turn or choose
    at.text_input(key="library:search").input("Quote 07").run()
    assert list(table(at)["Proposal"]) == ["Quote 07"]
    at.text_input(key="library:search").input("no such proposal").run()
    assert "No evaluation matches" in unescape(at.info[0].value)


def test_sorting_by_score_or_name_orders_the_whole_library(library):
    at = open_library(by_name=False)
    sort_by(at, "Score")
    scores = list(table(at)["Score"])
    assert scores == sorted(scores, reverse=True)
    best = max(s.score for s in library.page(limit=100).rows)
    assert scores[0] == whole(best)  # rounded as the scorecard rounds it
    sort_by(at, "Proposal", descending=False)
    assert list(table(at)["Proposal"])[:3] == ["Quote 01", "Quote 02", "Quote 03"]


def test_pages_show_every_evaluation_once(library):
    at = open_library()
    first = list(table(at)["Proposal"])
    assert len(first) == 50 and "Page 1 of 2" in pager(at) and at.button(key="library:previous").disabled
    at.button(key="library:next").click().run()
    second = list(table(at)["Proposal"])
    assert second == [f"Quote {i}" for i in range(51, 61)] and at.button(key="library:next").disabled
    assert set(first) | set(second) == {f"Quote {i + 1:02d}" for i in range(60)}
    at.selectbox(key="library:size").set_value(25).run()  # a new page size starts again at page 1
    assert "Page 1 of 3" in pager(at) and len(table(at)) == 25
    at.number_input(key="library:page").set_value(3).run()  # straight to a page by its number
    assert list(table(at)["Proposal"]) == [f"Quote {i}" for i in range(51, 61)]


def test_a_library_on_one_page_draws_no_form_field_sort_choice_or_pager_until_asked(first_run):
    at = open_library(by_name=False)  # the four examples: what a cold start's first page draws
    assert [t.label for t in at.text_input] == ["Search"] and len(table(at)) == 4
    assert not (at.get("file_uploader") or at.selectbox or at.toggle or at.number_input) and pager(at) is None
    assert [fold.label for fold in at.expander] == ["New evaluation", "Import an evaluation file",
                                                     "Sort: Last saved, descending"]
    assert [t.label for t in opened(at, NEW).text_input] == ["Proposal name", "Vendor", "Evaluator", "Search"]
    assert opened(at, IMPORT).get("file_uploader")[0].proto.label == "Evaluation JSON (exported from Winnow)"
    assert [w.label for w in opened(at, SORTING).selectbox] == ["Sort by"] and at.toggle[0].label == "Descending"


def sort_fold(at: AppTest):
    return next(fold for fold in at.expander if fold.label.startswith("Sort: "))


def test_a_sort_choice_keeps_the_sort_fold_open_under_its_new_name_and_gives_the_focus_back(library):
    at = open_library(by_name=False)
    opened(at, SORTING).selectbox(key="library:sort").set_value("Vendor").run()
    assert sort_fold(at).label == "Sort: Vendor, descending" and sort_fold(at).proto.expanded
    assert [w.label for w in at.selectbox if w.key == "library:sort"] == ["Sort by"]  # still open: still drawn
    scripts = [h.proto.body for h in at.get("html") if "refocus" in h.proto.body]
    assert len(scripts) == 1 and 'st-key-library-sorting [aria-label=\\"Sort by\\"]' in scripts[0]
    at.toggle(key="library:descending").set_value(False).run()
    assert sort_fold(at).label == "Sort: Vendor, ascending" and at.selectbox(key="library:sort").value == "Vendor"
    at = tick(at, "Quote 01")  # a later run: the fold stays open, and the focus is left where it is
    assert at.selectbox(key="library:sort").value == "Vendor"
    assert not [h for h in at.get("html") if "refocus" in h.proto.body]
    at.session_state[SORTING] = False  # shut by the buyer: shut it stays
    at.run()
    assert not [w for w in at.selectbox if w.key == "library:sort"]


def test_the_pager_shows_once_the_rows_fill_more_than_the_smallest_page(store):
    store.bulk_create(EXAMPLES[i % 4].model_copy(update={"proposal": f"Quote {i + 1:02d}"}) for i in range(30))
    at = open_library()
    assert pager(at) == "Page 1 of 1 · evaluations 1–30 of 30"  # one page, but 25 a page makes two
    at.selectbox(key="library:size").set_value(25).run()
    at.button(key="library:next").click().run()
    assert pager(at) == "Page 2 of 2 · evaluations 26–30 of 30" and len(table(at)) == 5


def test_search_sort_and_page_are_kept_on_a_trip_to_another_page(library):
    at = open_library()
    at.text_input(key="library:search").input("quote").run()
    at.button(key="library:next").click().run()
    at.switch_page("views/questions.py").run()
    at.switch_page("views/library.py").run()
    assert at.text_input(key="library:search").value == "quote"
    assert at.expander[-1].label == "Sort: Proposal, ascending"
    assert "Page 2 of 2" in pager(at) and list(table(at)["Proposal"])[0] == "Quote 51"


def test_a_rerun_reads_one_page_and_never_parses_or_scores_an_evaluation(library, monkeypatch):
    at = open_library()

    def refuse(*args, **kwargs):
        raise AssertionError("the library parsed or scored an evaluation")

    for name in ("model_validate_json", "model_validate"):  # every way the store reads an evaluation
        monkeypatch.setattr(Evaluation, name, refuse)
    monkeypatch.setattr(Engine, "score", refuse)
    monkeypatch.setattr(store_headlines, "headline", refuse)
    monkeypatch.setattr(store_headlines, "headlines", refuse)
    at.text_input(key="library:search").input("Quote").run()
    at.button(key="library:next").click().run()
    assert not at.exception, at.exception
    assert len(table(at)) == 10
    tick(at, "Quote 51")  # the buttons for a ticked row (its export's file name too) read its columns only
    assert not at.get("download_button")[0].disabled


def test_a_search_is_scanned_once_until_the_library_changes(library, monkeypatch):
    at = open_library()
    at.text_input(key="library:search").input("Quote 1").run()
    searches = []
    for reader in (Store, local.Library):  # a local database's pages are read with sqlite3 (store/local.py)
        page = reader.page
        monkeypatch.setattr(reader, "page", lambda self, *a, page=page, **k: (searches.append(k.get("search")),
                                                                              page(self, *a, **k))[1])
    tick(at, "Quote 10")  # a rerun: the same search, nothing changed, no new scan
    assert not [s for s in searches if s]
    eid = ids(library)["Quote 11"]
    library.rename(eid, "Quote 11, renamed elsewhere", expected_version=1)  # a colleague, in another tab
    at.run()
    assert "Quote 11, renamed elsewhere" in set(table(at)["Proposal"]) and [s for s in searches if s]


def test_the_tables_scores_are_rounded_as_the_scorecard_rounds_them():
    for score in (0, 0.5, 1.5, 2.5, 41.5, 64.5, 64.51, 99.5, 100):
        assert library_table.whole(score) == whole(score)


# --- actions on the ticked rows ------------------------------------------------------------------------

def test_actions_need_the_right_number_of_ticked_rows(library):
    at = open_library()
    assert all(at.button(key=k).disabled for k in ("library:open", "library:card", "library:compare",
                                                   "library:dup", "library:delete", "library:export"))
    assert "Shift+Space" in shown(at)  # how to tick a row from the keyboard: Space alone does not
    tick(at, "Quote 01")
    assert not at.button(key="library:open").disabled and at.button(key="library:compare").disabled
    tick(at, "Quote 01", "Quote 02")
    assert at.button(key="library:open").disabled and not at.button(key="library:compare").disabled
    assert "2 selected" in shown(at)


def test_evaluate_opens_the_ticked_evaluation_in_the_form(library):
    eid = ids(library)["Quote 05"]
    at = tick(open_library(), "Quote 05")
    at.button(key="library:open").click().run()
    assert at.query_params["id"] == eid and at.title[0].value.startswith("Evaluate")


def test_scorecard_opens_the_ticked_evaluations_scorecard(library):
    at = tick(open_library(), "Quote 05")
    at.button(key="library:card").click().run()
    assert at.title[0].value == "Scorecard: Quote 05"


def test_compare_takes_the_ticked_rows_to_the_compare_page(library):
    wanted = [ids(library)[n] for n in ("Quote 01", "Quote 02", "Quote 03")]
    at = tick(open_library(), "Quote 01", "Quote 02", "Quote 03")
    at.button(key="library:compare").click().run()
    assert not at.exception, at.exception
    assert at.title[0].value == "Compare proposals"
    assert at.multiselect(key="compare:ids").value == wanted
    assert "ranks first" in at.success[0].value


def test_duplicate_copies_every_ticked_row(library):
    at = tick(open_library(), "Quote 01", "Quote 02")
    at.button(key="library:dup").click().run()
    names = set(ids(library))
    assert {"Quote 01 (copy)", "Quote 02 (copy)"} <= names and len(names) == 62
    assert at.button(key="library:dup").disabled  # the rows moved: the old ticks are cleared


def rename(at: AppTest, eid: str, name: str) -> AppTest:
    """Open the Rename dialog for the ticked row, type a name, press Save name."""
    at.button(key="library:rename").click().run()
    at.text_input(key=f"library:rename:{eid}").input(name)
    at.button(key="library:rename_save").click().run()
    assert not at.exception, at.exception
    return at


def rename_dialog(at: AppTest):
    """The open Rename dialog, or None."""
    return next((d for d in at.get("dialog") if d.proto.dialog.title == "Rename the evaluation"), None)


def test_rename_saves_the_new_name_of_the_ticked_row_and_closes_the_dialog(library):
    eid = ids(library)["Quote 09"]
    at = tick(open_library(), "Quote 09")
    assert rename_dialog(at) is None and not [w for w in at.text_input if (w.key or "").startswith("library:rename:")]
    rename(at, eid, "Quote 09, revised")
    assert library.get(eid).evaluation.proposal == "Quote 09, revised"
    assert "Quote 09, revised" in set(table(at)["Proposal"])
    assert rename_dialog(at) is None


def test_a_rename_is_in_the_audit_trail(library):
    eid = ids(library)["Quote 09"]
    rename(tick(open_library(), "Quote 09"), eid, "Quote 09, revised")
    changes = [(e.before, e.after) for e in library.history(eid)]
    assert ("Quote 09", "Quote 09, revised") in changes, changes


def test_an_empty_name_is_refused_inside_the_open_dialog(library):
    eid = ids(library)["Quote 09"]
    at = rename(tick(open_library(), "Quote 09"), eid, "   ")
    assert rename_dialog(at) is not None and "needs a name" in at.error[0].value
    assert library.get(eid).evaluation.proposal == "Quote 09"


def test_delete_asks_first_and_only_a_yes_removes_the_ticked_rows(library):
    gone = [ids(library)[n] for n in ("Quote 03", "Quote 04")]
    at = tick(open_library(), "Quote 03", "Quote 04")
    at.button(key="library:delete").click().run()
    assert "Delete" in at.warning[0].value and "Quote 03" in unescape(at.warning[0].value)
    assert set(gone) <= set(ids(library).values())  # asked, nothing deleted yet
    at.button(key="library:delete_no").click().run()
    assert not at.warning and set(gone) <= set(ids(library).values())
    at.button(key="library:delete").click().run()
    at.button(key="library:delete_yes").click().run()
    remaining = ids(library)
    assert not set(gone) & set(remaining.values()) and len(remaining) == 58
    assert {"Quote 03", "Quote 04"}.isdisjoint(table(at)["Proposal"])


def test_export_gives_one_json_file_or_a_zip_of_them(library):
    from views.library_actions import export_file
    one, two = ids(library)["Quote 01"], ids(library)["Quote 02"]
    name, data = export_file(library, [one])
    assert name == "quote-01.json" and evaluation_from_bytes(data) == library.get(one).evaluation
    name, data = export_file(library, [one, two])
    assert name == "winnow-2-evaluations.zip"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        files = {n: json.loads(archive.read(n)) for n in archive.namelist()}
    assert {f["proposal"] for f in files.values()} == {"Quote 01", "Quote 02"}
    at = tick(open_library(), "Quote 01", "Quote 02")
    assert not at.get("download_button")[0].disabled


def test_a_signed_in_evaluator_cannot_delete_another_s_evaluation_but_can_copy_it_as_their_own(store, monkeypatch):
    monkeypatch.delenv("WINNOW_ALLOWED_USERS", raising=False)
    ann = store.create(EXAMPLES[0].model_copy(update={"proposal": "Ann's quote"}), owner="ann@plant.example")
    at = tick(open_library(email="raj@plant.example"), "Ann's quote")
    at.button(key="library:delete").click().run()
    at.button(key="library:delete_yes").click().run()
    assert store.get(ann.id).evaluation.proposal == "Ann's quote"  # still there
    assert "ann@plant.example" in unescape(at.toast[0].value)
    tick(at, "Ann's quote").button(key="library:dup").click().run()
    copy = next(s for s in store.page(limit=10).rows if s.proposal == "Ann's quote (copy)")
    assert copy.owner == "raj@plant.example"


# --- ticks belong to evaluations ------------------------------------------------------------------

def ticked(at: AppTest) -> list[str]:
    """The proposal names of the ticked rows, as the table shows them."""
    rows = at.session_state[at.dataframe[0].key]["selection"]["rows"]
    names = list(table(at)["Proposal"])
    return [names[i] for i in rows]


def test_after_a_rename_moves_the_row_the_tick_stays_on_the_renamed_evaluation(library):
    at = open_library(by_name=False)  # newest first: the rename moves it to the top
    name = list(table(at)["Proposal"])[5]  # saved in the same second, the rows' order is the ids'
    eid = ids(library)[name]
    at = rename(tick(at, name), eid, f"{name}, revised")
    assert list(table(at)["Proposal"])[0] == f"{name}, revised"
    assert ticked(at) == [f"{name}, revised"]
    assert "1 selected" in shown(at)
    at.button(key="library:rename").click().run()  # opened again: it speaks of the renamed one, by its new name
    assert at.text_input(key=f"library:rename:{eid}").value == f"{name}, revised"
    assert not [w for w in at.text_input if (w.key or "").startswith("library:rename:") and w.key != f"library:rename:{eid}"]


def test_a_tick_follows_its_evaluation_through_a_sort_and_a_search(library):
    at = tick(open_library(), "Quote 30")
    sort_by(at, descending=True)  # Quote 60 first: Quote 30 moves down
    assert list(table(at)["Proposal"]).index("Quote 30") == 30 and ticked(at) == ["Quote 30"]
    at.text_input(key="library:search").input("Quote 3").run()  # still shown: still ticked
    assert ticked(at) == ["Quote 30"]
    at.text_input(key="library:search").input("Quote 5").run()  # out of sight: nothing ticked is acted on
    assert ticked(at) == [] and at.button(key="library:dup").disabled


def test_turning_the_page_never_moves_a_tick_onto_the_row_in_the_same_place(library):
    at = tick(open_library(), "Quote 01")
    at.selectbox(key="library:size").set_value(25).run()
    at.button(key="library:next").click().run()
    assert "Quote 26" in set(table(at)["Proposal"]) and ticked(at) == []
    assert at.button(key="library:open").disabled


def test_the_rename_dialog_belongs_to_one_evaluation(library):
    first, second = ids(library)["Quote 03"], ids(library)["Quote 04"]
    at = tick(open_library(), "Quote 03")
    at.button(key="library:rename").click().run()
    assert at.text_input(key=f"library:rename:{first}").value == "Quote 03"
    at = tick(at, "Quote 04")  # another row ticked: the dialog opened for Quote 03 does not come back for it
    assert rename_dialog(at) is None
    at.button(key="library:rename").click().run()
    assert at.text_input(key=f"library:rename:{second}").value == "Quote 04"
    assert not [w for w in at.text_input if w.key == f"library:rename:{first}"]
