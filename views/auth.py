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
Winnow serves one local user and asks nobody to sign in. Pages ask `current_user()`, never st.user.
The list and the account's sign-outs (views/sign_outs.py) are checked again on every run: a sign-out
or a removal ends the sign-in at the next page or click, in every browser that holds it.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import streamlit as st
from streamlit.runtime.scriptrunner import get_script_run_ctx

from views import sign_outs

ALLOWED_ENV = "WINNOW_ALLOWED_USERS"
REQUIRED = ("redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url")
MIN_SECRET_BYTES = 32
MIN_SECRET_CHARACTERS = 8  # different characters: token_urlsafe(32) has about 30, a typed word or "xxxx..." few
MAKE_SECRET = 'python -c "import secrets; print(secrets.token_urlsafe(32))"'


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


# --- settings ------------------------------------------------------------------------------

def _secrets_section(name: str) -> Mapping:
    try:
        section = st.secrets.get(name)
    except FileNotFoundError:  # no secrets.toml at all (StreamlitSecretNotFoundError)
        return {}
    return section if isinstance(section, Mapping) else {}


def _provider() -> str | None:
    """None when [auth] holds the provider's settings itself; else the name of its one [auth.<name>]."""
    section = _secrets_section("auth")
    if all(section.get(k) for k in ("client_id", "server_metadata_url")):
        return None
    named = [k for k, v in section.items() if isinstance(v, Mapping)]
    return named[0] if named else None


def configured() -> bool:
    """Sign-in is on when secrets.toml has an [auth] section; a half-filled one is an error, not off."""
    return bool(_secrets_section("auth"))


def missing_settings() -> list[str]:
    section = _secrets_section("auth")
    provider = _provider()
    settings = {**section, **(section.get(provider, {}) if provider else {})}
    return [k for k in REQUIRED if not settings.get(k)]


def secret_problem(secret: object) -> str | None:
    """Why a cookie secret does not protect the sign-in cookie (anyone who guesses it can forge a
    sign-in for any address), or None. At least 32 bytes that look random: not one character
    repeated, no handful of characters, no words with spaces."""
    secret = "" if secret is None else str(secret)
    size = len(secret.encode())
    if size < MIN_SECRET_BYTES:
        return f"is {size} byte{'' if size == 1 else 's'} long; it needs at least {MIN_SECRET_BYTES} random bytes"
    if len(set(secret)) < MIN_SECRET_CHARACTERS:
        return (f"is made of only {len(set(secret))} different character{'' if len(set(secret)) == 1 else 's'}, "
                "so it is easy to guess; it needs to be random")
    if any(c.isspace() for c in secret):
        return "holds spaces, like words someone typed, so it may be guessed; it needs to be random"
    return None


def cookie_secret_problem() -> str | None:
    """The whole message when sign-in is set up with a weak cookie secret, else None."""
    if not configured():
        return None
    problem = secret_problem(_secrets_section("auth").get("cookie_secret"))
    if problem is None:
        return None
    return (f"Winnow will not start: sign-in is set up, but its cookie secret (`cookie_secret` in the [auth] "
            f"section of .streamlit/secrets.toml) {problem}. Whoever guesses it could sign in as anyone. "
            f"Make one with `{MAKE_SECRET}`, put it there, and restart Winnow.")


def allow_list() -> list[str]:
    """Entries from [winnow] allowed in secrets.toml and from WINNOW_ALLOWED_USERS, lower case."""
    listed = _secrets_section("winnow").get("allowed", [])
    entries = [listed] if isinstance(listed, str) else list(listed)
    entries += os.environ.get(ALLOWED_ENV, "").replace(";", ",").split(",")
    return [e.strip().lower() for e in entries if str(e).strip()]


def is_allowed(email: str, entries: Iterable[str]) -> bool:
    """An entry with a local part ("ann@plant.example") is one address; "@plant.example" or
    "plant.example" is everyone at that domain (not its subdomains)."""
    email = email.strip().lower()
    if email.count("@") != 1 or not all(email.split("@")):
        return False
    domain = email.split("@")[1]
    for entry in entries:
        if entry == email or (entry.lstrip("@") == domain and (entry.startswith("@") or "@" not in entry)):
            return True
    return False


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
        provider = _provider()
        st.login(provider) if provider else st.login()


def _refused(user: User, has_list: bool) -> None:
    from views.common import line  # not at the top: views.common asks this module who the user is
    st.title("Winnow")
    who = line(user.evaluator or "an account without an e-mail address")
    why = ("this Winnow is open only to the people on its allow-list" if has_list else
           "no allow-list is set for this Winnow yet, so nobody is let in")
    st.error(f"You are signed in as {who}, but {why}. Ask whoever runs it to add your address or your "
             "domain, or sign in with another account.", icon=":material/block:")
    if st.button("Sign out", icon=":material/logout:", key="auth:sign_out_refused"):
        _sign_out(user)


def _signed_in_as(user: User) -> None:
    from views.common import line
    with st.sidebar:
        st.caption(f"Signed in as **{line(user.evaluator)}**")
        if st.button("Sign out", icon=":material/logout:", key="auth:sign_out"):
            _sign_out(user)


def _sign_out(user: User) -> None:
    """Sign out everywhere: recorded first, so a copy of this browser's cookie is over too."""
    if user.email:
        sign_outs.record(user.email)
    st.logout()
