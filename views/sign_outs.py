"""Sign-out ends a sign-in everywhere: a copied sign-in cookie opens nothing after its account signs out.

Streamlit's sign-in cookie is signed and kept 30 days; signing out deletes it from that browser only.
So each sign-out is recorded per account in the store, and a sign-in Winnow first saw before its
account's last sign-out is over (store/sign_outs.py): views/auth.py refuses it on every run.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from datetime import datetime, timezone

import streamlit as st

from store.sign_outs import ended
from views.resources import store

FIRST_SEEN = "auth:first_seen"  # this browser session's sign-in: (its key, when Winnow first saw it)


def key(claims: Mapping) -> str:
    """One sign-in, by its cookie's claims: each sign-in brings a new nonce and issue time."""
    return hashlib.sha256(json.dumps(dict(claims), sort_keys=True, default=str).encode()).hexdigest()


def issued_at(claims: Mapping) -> datetime | None:
    """When the sign-in provider issued the sign-in (`iat`), by its own clock; None if it does not say."""
    try:
        return datetime.fromtimestamp(float(claims["iat"]), timezone.utc)
    except (KeyError, TypeError, ValueError, OverflowError, OSError):
        return None


def is_over(account: str, claims: Mapping) -> bool:
    """Whether `account` signed out, in any browser, after Winnow first saw this sign-in."""
    this = key(claims)
    seen = st.session_state.get(FIRST_SEEN)
    if seen is None or seen[0] != this:  # first_seen never changes: one write per sign-in, then none
        seen = st.session_state[FIRST_SEEN] = (this, store().first_seen(this, account))
    return ended(seen[1], store().signed_out_at(account), issued_at(claims))


def record(account: str) -> None:
    """`account` signs out: every sign-in of it seen so far is over, in every browser."""
    store().sign_out(account)
