"""The server's own addresses, guarded as the pages are: exports only to a signed-in person.

Streamlit serves a download (an export, a letter) from /media/<id> to whoever asks for the address,
and signs a person out at /auth/logout without telling the app. With sign-in set up, this ASGI
middleware serves /media/ only to a request whose sign-in cookie the pages would let in (signed,
verified address on the allow-list, not signed out since), and records a sign-out made at
/auth/logout, so a copy of that cookie is over everywhere, as with the Sign out button.
server.py loads this before the server starts: the app's modules are imported only on a guarded
address, so a cold start does not wait for them.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from http.cookies import SimpleCookie

from starlette.concurrency import run_in_threadpool
from starlette.responses import PlainTextResponse

GUARDED = "/media/"
SIGN_OUT = "/auth/logout"


def claims_from_cookie(header: str) -> dict | None:
    """The sign-in claims of a Cookie header, as st.user gives them; None if unsigned or absent."""
    from streamlit.web.server.starlette import starlette_websocket as web  # Streamlit's own reader (pinned)
    jar = SimpleCookie()
    try:
        jar.load(header)
    except Exception:  # noqa: BLE001 - a malformed header signs nobody in
        return None
    raw = web._get_signed_cookie_with_chunks({k: v.value for k, v in jar.items()}, web.USER_COOKIE_NAME)
    if not raw:
        return None
    try:
        payload = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(payload, dict) or not payload.get("is_logged_in"):
        return None
    payload.pop("origin", None)
    return {"is_logged_in": payload.pop("is_logged_in"), **payload}


def let_in(claims: Mapping | None) -> bool:
    """What gate() asks of a page, asked of a request (blocking: it reads the store)."""
    if not claims:
        return False
    from store.sign_outs import ended

    from . import auth, sign_outs
    from .resources import opened
    user = auth._user_from_claims(claims)
    if not (user.email and auth._verified(claims) and auth.is_allowed(user.email, auth.allow_list())):
        return False
    store = opened()
    first = store.first_seen(sign_outs.key(claims), user.email)
    return not ended(first, store.signed_out_at(user.email), sign_outs.issued_at(claims))


def record_sign_out(claims: Mapping | None) -> None:
    from . import auth
    from .resources import opened
    email = auth._user_from_claims(claims).email if claims else ""
    if email:
        opened().sign_out(email)


class SignedInOnly:
    """ASGI middleware: with sign-in set up, /media/ only for those let in; /auth/logout recorded."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        path = scope.get("path", "") if scope["type"] == "http" else ""
        if path.startswith((GUARDED, SIGN_OUT)) and _configured():
            claims = claims_from_cookie(_cookie_header(scope))
            if path.startswith(SIGN_OUT):
                await run_in_threadpool(record_sign_out, claims)
            elif not await run_in_threadpool(let_in, claims):
                refused = PlainTextResponse("Sign in to Winnow to download this file.", status_code=403)
                return await refused(scope, receive, send)
        await self.app(scope, receive, send)


def _configured() -> bool:
    from . import auth
    return auth.configured()


def _cookie_header(scope) -> str:
    return "; ".join(v.decode("latin-1") for k, v in scope.get("headers", []) if k == b"cookie")
