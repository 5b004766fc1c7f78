"""Sign-outs in the store: a sign-in first seen before its account's last sign-out is over."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from store import Store
from store.sign_outs import SKEW, ended

ANN, BOB = "ann@plant.example", "bob@plant.example"
T = datetime(2026, 12, 1, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(store_url) -> Store:
    return Store(store_url)


def test_a_sign_in_is_first_seen_once_and_keeps_that_time(store):
    first = store.first_seen("cookie-1", ANN)
    assert store.first_seen("cookie-1", ANN) == first
    assert Store(store.engine.url.render_as_string(hide_password=False)).first_seen("cookie-1", ANN) == first


def test_a_sign_in_seen_before_its_accounts_sign_out_is_over_and_one_seen_after_is_not(store):
    before = store.first_seen("laptop", ANN)
    store.sign_out(ANN)
    after = store.first_seen("new-sign-in", ANN)
    assert ended(before, store.signed_out_at(ANN))
    assert not ended(after, store.signed_out_at(ANN))


def test_a_sign_out_ends_only_that_accounts_sign_ins(store):
    bobs = store.first_seen("bob-laptop", BOB)
    store.sign_out(ANN)
    assert store.signed_out_at(BOB) is None
    assert not ended(bobs, store.signed_out_at(BOB))


def test_the_last_sign_out_counts(store):
    first = store.sign_out(ANN)
    second = store.sign_out(ANN)
    assert store.signed_out_at(ANN) == second > first


def test_a_cookie_never_seen_before_the_sign_out_is_over_if_the_provider_issued_it_well_before():
    seen_after = T + timedelta(hours=1)
    assert ended(seen_after, signed_out_at=T, issued_at=T - SKEW - timedelta(seconds=1))
    assert not ended(seen_after, signed_out_at=T, issued_at=T - SKEW + timedelta(seconds=1))  # a clock a bit behind
    assert not ended(seen_after, signed_out_at=T, issued_at=None)


def test_without_a_sign_out_nothing_is_over():
    assert not ended(T, signed_out_at=None, issued_at=T - timedelta(days=29))
