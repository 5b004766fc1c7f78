"""Sign-in gate (views/auth.py), headless: who gets past it, and what the others see.

The real sign-in round trip with an OpenID Connect provider is in tests/e2e/test_signin.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kit import shown
from views.auth import is_allowed

ROOT = Path(__file__).resolve().parent.parent
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "x" * 32, "client_id": "winnow",
        "client_secret": "s3cret", "server_metadata_url": "http://localhost:9400/.well-known/openid-configuration"}
ANN = {"is_logged_in": True, "email": "Ann@Plant.example", "name": "Ann Maintenance"}


@pytest.fixture(autouse=True)
def database(monkeypatch, tmp_path):
    monkeypatch.setenv("WINNOW_DATABASE_URL", f"sqlite:///{tmp_path / 'winnow.db'}")
    monkeypatch.delenv("WINNOW_ALLOWED_USERS", raising=False)


def library_shown(at: AppTest) -> bool:
    return any(t.value == "Evaluations" for t in at.title)


def run(auth: dict | None, user: dict | None = None, allowed=None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    if auth is not None:
        at.secrets["auth"] = auth
    if allowed is not None:
        at.secrets["winnow"] = {"allowed": allowed}
    if user is not None:
        at.user = user
    at.run()
    assert not at.exception, at.exception
    return at


def test_without_sign_in_settings_the_library_opens_for_the_local_user():
    at = run(None)
    assert library_shown(at)
    assert not [b for b in at.button if b.key == "auth:sign_in"]


def test_a_signed_out_visitor_sees_only_the_sign_in_button():
    at = run(AUTH, {"is_logged_in": False})
    assert [b.label for b in at.button] == ["Sign in"]
    assert not library_shown(at) and not at.dataframe


def test_a_signed_in_user_not_on_the_allow_list_is_refused_with_a_way_to_sign_out():
    at = run(AUTH, {"is_logged_in": True, "email": "eve@elsewhere.example", "name": "Eve"},
             allowed=["@plant.example"])
    assert "only to the people on its allow-list" in shown(at)
    assert [b.label for b in at.button] == ["Sign out"]
    assert not library_shown(at) and not at.dataframe


def test_with_no_allow_list_nobody_is_let_in():
    at = run(AUTH, ANN)
    assert "no allow-list is set" in shown(at)
    assert not library_shown(at) and not at.dataframe


def test_a_user_on_the_allow_list_gets_the_library_and_sees_who_they_are_signed_in_as():
    at = run(AUTH, ANN, allowed=["ann@plant.example"])
    assert "Signed in as **Ann Maintenance (ann@plant.example)**" in shown(at)
    assert library_shown(at)


def test_the_allow_list_can_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("WINNOW_ALLOWED_USERS", "someone@else.example, plant.example")
    at = run(AUTH, ANN)
    assert library_shown(at)


def test_an_address_the_provider_marks_unverified_is_refused():
    at = run(AUTH, {**ANN, "email_verified": False}, allowed=["@plant.example"])
    assert "allow-list" in shown(at) and not library_shown(at)


def test_half_filled_sign_in_settings_name_what_is_missing_and_let_nobody_in():
    at = run({k: v for k, v in AUTH.items() if k != "client_secret"}, ANN, allowed=["@plant.example"])
    assert "lacks: client_secret" in shown(at)
    assert not library_shown(at) and not at.dataframe


@pytest.mark.parametrize("email, entries, expected", [
    ("ann@plant.example", ["ann@plant.example"], True),
    ("ANN@plant.example", ["ann@plant.example"], True),
    ("bob@plant.example", ["ann@plant.example"], False),
    ("bob@plant.example", ["@plant.example"], True),
    ("bob@plant.example", ["plant.example"], True),
    ("bob@evil-plant.example", ["plant.example"], False),
    ("bob@sub.plant.example", ["@plant.example"], False),
    ("plant.example@evil.example", ["plant.example"], False),
    ("", ["@plant.example"], False),
    ("a@b@plant.example", ["@plant.example"], False),
])
def test_allow_list_entries_are_one_address_or_a_whole_domain(email, entries, expected):
    assert is_allowed(email, entries) is expected


def test_a_signed_in_user_creates_evaluations_as_themselves(monkeypatch, tmp_path):
    from store import Store
    at = run(AUTH, ANN, allowed=["@plant.example"])
    box = next(t for t in at.text_input if t.label == "Evaluator")
    assert box.value == "Ann Maintenance (ann@plant.example)" and box.disabled
    next(t for t in at.text_input if t.label == "Proposal name").input("Press line 4 retrofit")
    next(b for b in at.button if b.label == "Create and start evaluating").click().run()
    store = Store(f"sqlite:///{tmp_path / 'winnow.db'}")
    created = [s for s in store.list() if s.proposal == "Press line 4 retrofit"]
    assert [(s.evaluator, s.owner) for s in created] == [("Ann Maintenance (ann@plant.example)", "ann@plant.example")]


def test_a_named_provider_section_is_a_complete_setting():
    settings = {k: AUTH[k] for k in ("redirect_uri", "cookie_secret")}
    named = {"entra": {k: AUTH[k] for k in ("client_id", "client_secret", "server_metadata_url")}}
    at = run({**settings, **named}, {"is_logged_in": False})
    assert [b.label for b in at.button] == ["Sign in"]
    assert "lacks" not in shown(at)
