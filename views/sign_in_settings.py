"""Sign-in's settings, from .streamlit/secrets.toml and the environment (views/auth.py shows them):
whether sign-in is on, what it lacks, how strong its cookie secret is, who is on the allow-list.
Read with no store and no user, so opening the store (views/resources.py) may ask whether sign-in is on.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Mapping

import streamlit as st

ALLOWED_ENV = "WINNOW_ALLOWED_USERS"
REQUIRED = ("redirect_uri", "cookie_secret", "client_id", "client_secret", "server_metadata_url")
MIN_SECRET_BYTES = 32
MIN_SECRET_CHARACTERS = 8  # different characters: token_urlsafe(32) has about 30, a typed word or "xxxx..." few
MAKE_SECRET = 'python -c "import secrets; print(secrets.token_urlsafe(32))"'


def _secrets_section(name: str) -> Mapping:
    try:
        section = st.secrets.get(name)
    except FileNotFoundError:  # no secrets.toml at all (StreamlitSecretNotFoundError)
        return {}
    return section if isinstance(section, Mapping) else {}


def named_provider() -> str | None:
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
    provider = named_provider()
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
