"""Sign-out ends a sign-in everywhere (views/sign_outs.py), headless: a page still open, a copied cookie,
a callback of an open page, and an allow-list change all meet the sign-in page at their next run.

The real round trip, cookies copied into a new browser, is in tests/e2e/test_sign_out_flow.py.
"""
from __future__ import annotations

import time

import pytest
from streamlit.testing.v1 import AppTest

from kit import key, shown
from questions import Evaluation
from store import Store

from test_auth import AUTH, ROOT, library_shown

ANN = "ann@plant.example"
ALLOWED = {"allowed": ["@plant.example"]}


def cookie(nonce: str = "first", iat: float | None = None) -> dict:
    """A sign-in's claims as Streamlit's cookie holds them: each sign-in has its own nonce and issue time."""
    return {"is_logged_in": True, "email": ANN, "name": "Ann Maintenance", "nonce": nonce,
            "iat": int(time.time() if iat is None else iat)}


@pytest.fixture
def store(monkeypatch, tmp_path) -> Store:
    url = f"sqlite:///{tmp_path / 'winnow.db'}"
    monkeypatch.setenv("WINNOW_DATABASE_URL", url)
    monkeypatch.delenv("WINNOW_ALLOWED_USERS", raising=False)
    return Store(url)


def browser(claims: dict, eid: str | None = None, winnow: dict = ALLOWED) -> AppTest:
    """A browser session holding this sign-in cookie, after its first page (the Evaluate form with `eid`)."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.secrets["auth"], at.secrets["winnow"], at.user = AUTH, winnow, claims
    if eid:
        at.query_params["id"] = eid
    at.run()
    if eid:
        at.switch_page("views/evaluate.py").run()
    assert not at.exception, at.exception
    return at


def sign_in_page_only(at: AppTest) -> bool:
    return [b.label for b in at.button] == ["Sign in"] and not library_shown(at) and "Ann" not in shown(at)


def test_a_page_open_when_its_account_signs_out_elsewhere_shows_only_the_sign_in_page_at_its_next_run(store):
    at = browser(cookie())
    assert library_shown(at)
    store.sign_out(ANN)
    at.run()
    assert sign_in_page_only(at)


def test_a_copied_cookie_opened_in_a_new_browser_after_the_sign_out_sees_only_the_sign_in_page(store):
    saved = cookie()
    browser(saved)
    store.sign_out(ANN)
    assert sign_in_page_only(browser(dict(saved)))


def test_a_cookie_never_shown_before_the_sign_out_but_issued_well_before_it_is_refused(store):
    store.sign_out(ANN)
    assert sign_in_page_only(browser(cookie(iat=time.time() - 3600)))


def test_signing_in_again_after_the_sign_out_lets_the_account_in(store):
    browser(cookie())
    store.sign_out(ANN)
    assert library_shown(browser(cookie(nonce="second")))


def test_a_sign_out_ends_only_that_account_s_sign_ins(store):
    store.sign_out("raj@plant.example")
    assert library_shown(browser(cookie()))


def test_pressing_sign_out_records_it_for_the_account(store):
    saved = cookie()
    at = browser(saved)
    at.sidebar.button(key="auth:sign_out").click().run()
    assert store.signed_out_at(ANN) is not None
    assert sign_in_page_only(browser(dict(saved)))


def mine(store: Store) -> str:
    return store.create(Evaluation(bank_version=store.bank.version, proposal="Press 4 retrofit",
                                   evaluator=f"Ann Maintenance ({ANN})"), owner=ANN).id


def test_an_answer_typed_in_a_page_whose_sign_in_is_over_is_not_saved(store):
    eid = mine(store)
    at = browser(cookie(), eid)
    store.sign_out(ANN)
    at.text_area(key=key(eid, "problem.statement", "text")).input("Typed after signing out").run()
    assert store.get(eid).version == 1 and store.get(eid).evaluation.answer("problem.statement") is None
    assert sign_in_page_only(at)


def test_the_same_answer_typed_while_signed_in_is_saved(store):
    eid = mine(store)
    at = browser(cookie(), eid)
    at.text_area(key=key(eid, "problem.statement", "text")).input("Typed while signed in").run()
    assert store.get(eid).evaluation.answer("problem.statement").text == "Typed while signed in"


def test_a_removal_from_the_allow_list_takes_effect_at_the_next_run(store):
    at = browser(cookie())
    at.secrets["winnow"] = {"allowed": ["raj@plant.example"]}
    at.run()
    assert "only to the people on its allow-list" in shown(at) and not library_shown(at)


def test_a_removal_from_the_environment_s_allow_list_takes_effect_at_the_next_run(store, monkeypatch):
    monkeypatch.setenv("WINNOW_ALLOWED_USERS", ANN)
    at = browser(cookie(), winnow={})
    assert library_shown(at)
    monkeypatch.setenv("WINNOW_ALLOWED_USERS", "raj@plant.example")
    at.run()
    assert not library_shown(at)


def test_an_answer_typed_after_a_removal_from_the_allow_list_is_not_saved(store):
    eid = mine(store)
    at = browser(cookie(), eid)
    at.secrets["winnow"] = {"allowed": ["raj@plant.example"]}
    at.text_area(key=key(eid, "problem.statement", "text")).input("Typed after the removal").run()
    assert store.get(eid).version == 1
