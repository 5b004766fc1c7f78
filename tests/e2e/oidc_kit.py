"""A Winnow server with sign-in switched on, and a local OpenID Connect provider for it to trust.

The provider is oidc-provider-mock (a Flask app) on a thread of the test process; its authorize
page lists the predefined users as buttons, so signing in is one click. The app's sign-in settings
go into a secrets.toml in a temporary folder, given to streamlit with --secrets.files, so nothing
is written into the repository's .streamlit/.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from oidc_provider_mock import User, run_server_in_thread

from browser_kit import ROOT, Server, free_port, start_streamlit, stop, wait_idle, wait_healthy

# The mock provider speaks plain http on localhost; Authlib refuses that unless told it is a test.
INSECURE = {"AUTHLIB_INSECURE_TRANSPORT": "1"}


@contextlib.contextmanager
def provider(users: dict[str, dict[str, str]]) -> Iterator[str]:
    """The provider's base URL; `users` maps each subject to its claims (name, email)."""
    os.environ.update(INSECURE)
    claims = [User(sub=sub, claims=dict(c)) for sub, c in users.items()]
    with run_server_in_thread(port=0, user_claims=claims) as server:
        yield f"http://localhost:{server.server_port}"


def write_secrets(folder: Path, app_url: str, provider_url: str, allowed: list[str]) -> Path:
    path = folder / "secrets.toml"
    quoted = ", ".join(f'"{entry}"' for entry in allowed)
    path.write_text(f"""[auth]
redirect_uri = "{app_url}/oauth2callback"
cookie_secret = "{os.urandom(24).hex()}"
client_id = "winnow-tests"
client_secret = "winnow-tests-secret"
server_metadata_url = "{provider_url}/.well-known/openid-configuration"

[winnow]
allowed = [{quoted}]
""", encoding="utf-8")
    return path


@contextlib.contextmanager
def signed_server(workdir: Path, provider_url: str, allowed: list[str]) -> Iterator[Server]:
    """`streamlit run server.py` with sign-in on, its own SQLite file and its own secrets.toml."""
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    secrets = write_secrets(workdir, url, provider_url, allowed)
    database = workdir / "signin.db"
    env = {**INSECURE, "WINNOW_DATABASE_URL": f"sqlite:///{database}", "WINNOW_ALLOWED_USERS": ""}  # the file's list only
    proc, url, log = start_streamlit(ROOT / "server.py", workdir, env=env, port=port,
                                     args=("--secrets.files", str(secrets)))
    try:
        wait_healthy(url, proc, log)
        yield Server(url, database, log)
    finally:
        stop(proc)


def sign_in(page, server: Server, subject: str) -> None:
    """Open the app signed out, press Sign in, pick `subject` on the provider's page, land back."""
    page.goto(server.at(), wait_until="domcontentloaded")
    wait_idle(page)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_role("button", name=subject, exact=True).click()  # the provider's authorize form
    page.wait_for_url(f"{server.url}/**")
    wait_idle(page)


def sign_out(page, server: Server) -> None:
    """Press Sign out; Streamlit ends the session at the provider too, which asks to confirm."""
    page.get_by_role("button", name="Sign out").click()
    page.get_by_role("button", name="End session").click()  # the provider's end-session page
    page.wait_for_url(f"{server.url}/**")
    wait_idle(page)


PLANT = {"ann": {"email": "ann@plant.example", "name": "Ann Maintenance"},
         "raj": {"email": "raj@plant.example", "name": "Raj Controls"}}


@contextlib.contextmanager
def plant_team(workdir: Path) -> Iterator[Server]:
    """Ann and Raj of plant.example at a provider of their own, the app letting in @plant.example."""
    with provider(PLANT) as provider_url, signed_server(workdir, provider_url, ["@plant.example"]) as server:
        yield server
