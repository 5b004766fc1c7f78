"""Sign-in: who is using Winnow, and whether they may.

On a team server Winnow uses Streamlit's built-in OpenID Connect sign-in (st.login), set up in
.streamlit/secrets.toml:

    [auth]
    redirect_uri = "https://winnow.plant.example/oauth2callback"
    cookie_secret = "..."   # 32 random bytes or more: python -c "import secrets; print(secrets.token_urlsafe(32))"
    client_id = "..."
    client_secret = "..."
    server_metadata_url = "https://login.example/.well-known/openid-configuration"

    [winnow]
    allowed = ["ann@plant.example", "@plant.example"]   # addresses, or whole domains

WINNOW_ALLOWED_USERS (comma-separated, same entries) adds to the list. Without an [auth] section
Winnow serves one local user and asks nobody to sign in (the settings: views/sign_in_settings.py).
Pages ask `current_user()`, never st.user.
The list and the account's sign-outs (views/sign_outs.py) are checked again on every run: a sign-out
or a removal ends the sign-in at the next page or click, in every browser that holds it.
"""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from views.safe_text import line
from views.sign_in_settings import (allow_list, configured, cookie_secret_problem, is_allowed, missing_settings,
                                    named_provider)


@dataclass(frozen=True)
class User:
    name: str  # as the sign-in provider gives it; may be empty
    email: str  # lower case; empty for the local user
    signed_in: bool

    @property
    def evaluator(self) -> str:
        """What goes in an evaluation's Evaluator field."""
        if self.name and self.email:
            return f"{self.name} ({self.email})"
        return self.name or self.email

    @property
    def owner(self) -> str:
        """The identity an evaluation is recorded under: the e-mail address, or "" for the local user."""
        return self.email


LOCAL = User(name="", email="", signed_in=False)


# --- the user ------------------------------------------------------------------------------

def _user_from_claims(claims: Mapping) -> User:
    email = str(claims.get("email") or "").strip().lower()
    name = " ".join(str(claims.get("name") or "").split())
    return User(name=name, email=email, signed_in=True)


def current_user() -> User:
    """The signed-in user, or the local user when sign-in is not configured.

    A widget callback or a fragment's own rerun skips gate(), so here a sign-in that is over (signed
    out elsewhere, or off the allow-list) stops it and reruns the whole page, which gate() refuses."""
    if not configured() or not st.user.is_logged_in:
        return LOCAL
    claims = st.user.to_dict()
    user = _user_from_claims(claims)
    if not _in_gated_run() and not _let_in(user, claims):
        st.rerun()
    return user


def _in_gated_run() -> bool:
    """In the body of a full run, which app.py begins with gate(); not in a widget callback (run before
    the body) nor in a fragment's own rerun (which skips app.py)."""
    ctx = get_script_run_ctx(suppress_warning=True)
    return ctx is not None and ctx.has_script_started and not ctx.fragment_ids_this_run


def _let_in(user: User, claims: Mapping) -> bool:
    from views import sign_outs  # the store's sign-outs: only when sign-in is set up
    return _verified(claims) and is_allowed(user.email, allow_list()) and not sign_outs.is_over(user.email, claims)


def _verified(claims: Mapping) -> bool:
    """A provider that says the address is unverified is not trusted with it."""
    return claims.get("email_verified", True) not in (False, "false")


# --- the gate, run by app.py before any page ------------------------------------------------

def gate(pages: Sequence = ()) -> User:
    """Let the visitor through (returning who they are), or draw the sign-in or refusal page and stop;
    `pages` are the app's st.Page list, whose menu a refusal hides."""
    if not configured():
        return LOCAL
    missing = missing_settings()
    if missing:
        st.error(f"Sign-in is set up in secrets.toml, but [auth] lacks: {', '.join(missing)}. "
                 "Nobody can sign in until it is complete.", icon=":material/lock:")
        _stop_here(pages)
    weak = cookie_secret_problem()
    if weak:
        st.error(weak, icon=":material/key_off:")
        _stop_here(pages)
    if not st.user.is_logged_in:
        _sign_in_page()
        _stop_here(pages)
    from views import sign_outs  # the store's sign-outs: only when sign-in is set up
    claims = st.user.to_dict()
    user = _user_from_claims(claims)
    if user.email and sign_outs.is_over(user.email, claims):  # signed out elsewhere, or a copied cookie
        _sign_in_page()
        _stop_here(pages)
    if not (_verified(claims) and is_allowed(user.email, allow_list())):
        _refused(user, bool(allow_list()))
        _stop_here(pages)
    _signed_in_as(user)
    return user


def _stop_here(pages: Sequence) -> None:
    """End the run with only what gate() drew: no page of the app runs, and its menu is hidden, which a
    page open since before a sign-out elsewhere would otherwise keep. Every page stays known, so the
    address asked for is not "not found"."""
    if pages:
        st.navigation(list(pages), position="hidden")
    st.stop()


def _sign_in_page() -> None:
    st.title("Winnow")
    st.markdown("Cut through the labels in vendor proposals, as a team. Sign in to see and score your "
                "team's evaluations.")
    if st.button("Sign in", type="primary", icon=":material/login:", key="auth:sign_in"):
        provider = named_provider()
        st.login(provider) if provider else st.login()


def _refused(user: User, has_list: bool) -> None:
    st.title("Winnow")
    who = line(user.evaluator or "an account without an e-mail address")
    why = ("this Winnow is open only to the people on its allow-list" if has_list else
           "no allow-list is set for this Winnow yet, so nobody is let in")
    st.error(f"You are signed in as {who}, but {why}. Ask whoever runs it to add your address or your "
             "domain, or sign in with another account.", icon=":material/block:")
    if st.button("Sign out", icon=":material/logout:", key="auth:sign_out_refused"):
        _sign_out(user)


def _signed_in_as(user: User) -> None:
    with st.sidebar:
        st.caption(f"Signed in as **{line(user.evaluator)}**")
        if st.button("Sign out", icon=":material/logout:", key="auth:sign_out"):
            _sign_out(user)


def _sign_out(user: User) -> None:
    """Sign out everywhere: recorded first, so a copy of this browser's cookie is over too."""
    from views import sign_outs
    if user.email:
        sign_outs.record(user.email)
    st.logout()
