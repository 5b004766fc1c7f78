"""Sign-outs that end a sign-in everywhere, not only in the browser that signed out.

A sign-in cookie stays valid wherever it was copied until it expires (30 days); nothing can take it
back. So the store keeps when Winnow first saw each sign-in and when each account last signed out:
a sign-in first seen before its account's last sign-out is over, whatever its cookie says.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.exc import IntegrityError

from .rows import now
from .tables import SignInRow, SignOutRow

SKEW = timedelta(minutes=5)  # how far the sign-in provider's clock may be from ours


def ended(first_seen: datetime, signed_out_at: datetime | None, issued_at: datetime | None = None) -> bool:
    """Whether a sign-in is over: its account signed out after Winnow first saw it, or (a cookie
    Winnow never saw before the sign-out) the provider issued it well before the sign-out."""
    if signed_out_at is None:
        return False
    if first_seen <= signed_out_at:
        return True
    return issued_at is not None and issued_at < signed_out_at - SKEW


class SignOuts:
    """Mixed into Store: needs self._read and self._write."""

    def first_seen(self, key: str, account: str) -> datetime:
        """When the sign-in `key` (a hash of its cookie's claims) was first seen: now, if never before."""
        try:
            with self._write() as session:
                row = session.get(SignInRow, key)
                if row is None:
                    row = SignInRow(key=key, account=account, first_seen=now())
                    session.add(row)
                return row.first_seen
        except IntegrityError:  # PostgreSQL: another tab of the same sign-in recorded it first
            with self._read() as session:
                return session.get(SignInRow, key).first_seen

    def sign_out(self, account: str) -> datetime:
        """Record that `account` signed out now: every sign-in of it seen so far is over."""
        stamp = now()
        try:
            with self._write() as session:
                row = session.get(SignOutRow, account)
                if row is None:
                    session.add(SignOutRow(account=account, signed_out_at=stamp))
                else:
                    row.signed_out_at = max(row.signed_out_at, stamp)
        except IntegrityError:  # PostgreSQL: signed out in two browsers at once; the other row stands
            return self.sign_out(account)
        return stamp

    def signed_out_at(self, account: str) -> datetime | None:
        with self._read() as session:
            row = session.get(SignOutRow, account)
            return None if row is None else row.signed_out_at
