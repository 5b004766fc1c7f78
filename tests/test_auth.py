"""Sign-in gate (views/auth.py), headless: who gets past it, and what the others see.

The real sign-in round trip with an OpenID Connect provider is in tests/e2e/test_signin.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kit import NEW, opened, shown
from views.sign_in_settings import is_allowed

ROOT = Path(__file__).resolve().parent.parent
AUTH = {"redirect_uri": "http://localhost:8501/oauth2callback", "cookie_secret": "q7Zr2LwXe9TbN4vKc1sHf8JmYd3GpUa6", "client_id": "winnow",
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
    at = opened(run(AUTH, ANN, allowed=["@plant.example"]), NEW)
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


# --- a cookie secret that protects ---------------------------------------------------------------

@pytest.mark.parametrize("secret", ["x", "x" * 32, "short but random: Zq8", "a long random string nobody would guess",
                                    "abababababababababababababababab"])
def test_a_weak_cookie_secret_shows_only_why_and_how_to_make_one(secret):
    at = run({**AUTH, "cookie_secret": secret}, ANN, allowed=["@plant.example"])
    text = shown(at)
    assert "Winnow will not start" in text and "cookie secret" in text
    assert 'python -c "import secrets; print(secrets.token_urlsafe(32))"' in text
    assert len(at.error) == 1 and not at.button and not at.sidebar.children
    assert not library_shown(at) and not at.dataframe and "Signed in as" not in text


def test_a_weak_cookie_secret_is_refused_before_the_sign_in_page_too():
    at = run({**AUTH, "cookie_secret": "secret"}, {"is_logged_in": False})
    assert "6 bytes long; it needs at least 32 random bytes" in shown(at)
    assert not at.button


def test_a_generated_cookie_secret_is_accepted():
    import secrets

    from views.sign_in_settings import secret_problem
    for _ in range(50):
        assert secret_problem(secrets.token_urlsafe(32)) is None
        assert secret_problem(secrets.token_hex(32)) is None
    at = run({**AUTH, "cookie_secret": secrets.token_urlsafe(32)}, ANN, allowed=["@plant.example"])
    assert library_shown(at)


def test_without_sign_in_no_cookie_secret_is_asked_for():
    at = run(None)
    assert library_shown(at) and "cookie secret" not in shown(at)


def test_the_server_warm_up_opens_no_database_with_a_weak_cookie_secret(monkeypatch, tmp_path):
    import server
    from views import sign_in_settings
    monkeypatch.setattr(sign_in_settings, "_secrets_section", lambda name: {**AUTH, "cookie_secret": "x"} if name == "auth" else {})
    server.warm_up()
    assert not (tmp_path / "winnow.db").exists()


# --- a team database starts clean -----------------------------------------------------------------

def test_a_team_database_starts_without_the_examples(tmp_path):
    from store import Store
    at = run(AUTH, ANN, allowed=["@plant.example"])
    assert library_shown(at)
    assert Store(f"sqlite:///{tmp_path / 'winnow.db'}").list() == []


def test_a_local_database_starts_with_the_examples_read_only(tmp_path):
    from store import Store
    run(None)
    seeded = Store(f"sqlite:///{tmp_path / 'winnow.db'}").list()
    assert len(seeded) == 4 and {s.owner for s in seeded} == {"example"}


@pytest.mark.parametrize("asked, signed_in, expected", [("1", True, 4), ("0", False, 0)])
def test_winnow_examples_asks_for_the_examples_or_leaves_them_out(monkeypatch, tmp_path, asked, signed_in, expected):
    from store import Store
    monkeypatch.setenv("WINNOW_EXAMPLES", asked)
    at = run(AUTH, ANN, allowed=["@plant.example"]) if signed_in else run(None)
    assert library_shown(at)
    assert len(Store(f"sqlite:///{tmp_path / 'winnow.db'}").list()) == expected


def test_on_a_team_server_an_example_is_read_only_for_everyone_and_a_copy_is_ones_own(monkeypatch, tmp_path):
    from store import NotYourEvaluation, Store
    monkeypatch.setenv("WINNOW_EXAMPLES", "1")
    run(AUTH, ANN, allowed=["@plant.example"])
    store = Store(f"sqlite:///{tmp_path / 'winnow.db'}")
    example = store.get(store.list()[0].id)
    for change in (lambda: store.save(example.id, example.evaluation, example.version, actor="ann@plant.example"),
                   lambda: store.rename(example.id, "Mine now", example.version, actor="ann@plant.example"),
                   lambda: store.delete(example.id, actor="ann@plant.example")):
        with pytest.raises(NotYourEvaluation, match="example evaluations, kept read-only"):
            change()
    assert store.get(example.id) == example
    copy = store.duplicate(example.id, owner="ann@plant.example")
    assert store.save(copy.id, copy.evaluation.model_copy(update={"notes": "ours"}), copy.version,
                      actor="ann@plant.example").version == 2


def test_a_signed_in_user_s_new_evaluation_shows_their_account_read_only_in_the_evaluate_header(tmp_path):
    at = opened(run(AUTH, ANN, allowed=["@plant.example"]), NEW)
    next(t for t in at.text_input if t.label == "Proposal name").input("Press line 5 retrofit")
    next(b for b in at.button if b.label == "Create and start evaluating").click().run()
    assert not at.exception, at.exception
    box = next(t for t in at.text_input if t.label == "Evaluator")  # now the Evaluate page's header
    assert any(t.label == "Vendor" and t.key and t.key.endswith(":header:vendor") for t in at.text_input)
    assert box.value == "Ann Maintenance (ann@plant.example)" and box.disabled


def test_locally_the_evaluate_header_s_evaluator_stays_free_text(tmp_path):
    from store import Store
    at = opened(run(None), NEW)
    next(t for t in at.text_input if t.label == "Proposal name").input("Press line 6 retrofit")
    next(t for t in at.text_input if t.label == "Evaluator").input("Lou, maintenance")
    next(b for b in at.button if b.label == "Create and start evaluating").click().run()
    box = next(t for t in at.text_input if t.label == "Evaluator" and t.key and t.key.endswith(":header:evaluator"))
    assert box.value == "Lou, maintenance" and not box.disabled
    box.input("Lou and Kim").run()
    store = Store(f"sqlite:///{tmp_path / 'winnow.db'}")
    assert [s.evaluator for s in store.list() if s.proposal == "Press line 6 retrofit"] == ["Lou and Kim"]
