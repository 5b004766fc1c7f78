"""Sign-in on a team server, in a real browser against a local OpenID Connect provider.

The provider (oidc-provider-mock) knows three people; the allow-list lets in @plant.example only.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser_kit import ROOT, TIMEOUT_MS, VIEWPORT, screenshot, wait_idle
from oidc_kit import provider, sign_in, sign_out, signed_server
from store import Store

PEOPLE = {"ann": {"email": "ann@plant.example", "name": "Ann Maintenance"},
          "raj": {"email": "raj@plant.example", "name": "Raj Controls"},
          "eve": {"email": "eve@elsewhere.example", "name": "Eve Outsider"}}
ALLOWED = ["@plant.example"]
LINEVIEW = "LineView Pro: downtime dashboard"

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture(scope="module")
def team(tmp_path_factory):
    """The app with sign-in on, its database seeded with the examples before anyone signs in."""
    workdir = tmp_path_factory.mktemp("signin")
    with provider(PEOPLE) as provider_url, signed_server(workdir, provider_url, ALLOWED) as server:
        Store(f"sqlite:///{server.database}").seed_examples(ROOT / "examples")
        yield server


@pytest.fixture
def visitor(browser):
    """A fresh browser context: no sign-in cookie."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(TIMEOUT_MS)
    yield context.new_page()
    context.close()


def lineview_id(server) -> str:
    return next(s.id for s in Store(f"sqlite:///{server.database}").list() if s.proposal == LINEVIEW)


def test_a_signed_out_visitor_sees_only_the_sign_in_page(team, visitor):
    for path, query in (("", {}), ("scorecard", {"id": lineview_id(team)}), ("compare", {})):
        visitor.goto(team.at(path, **query), wait_until="domcontentloaded")
        wait_idle(visitor)
        expect(visitor.get_by_role("button", name="Sign in")).to_be_visible()
        expect(visitor.get_by_text(LINEVIEW)).to_have_count(0)
        expect(visitor.get_by_text("Evaluations", exact=True)).to_have_count(0)  # no navigation either
    screenshot(visitor, "signin-signed-out")


def test_a_signed_in_user_who_is_not_on_the_allow_list_is_refused(team, visitor):
    sign_in(visitor, team, "eve")
    expect(visitor.get_by_text("only to the people on its allow-list")).to_be_visible()
    expect(visitor.get_by_text("eve@elsewhere.example")).to_be_visible()
    expect(visitor.get_by_text(LINEVIEW)).to_have_count(0)
    screenshot(visitor, "signin-refused")
    sign_out(visitor, team)
    expect(visitor.get_by_role("button", name="Sign in")).to_be_visible()


def test_an_allowed_user_signs_in_and_their_name_is_the_evaluator_of_what_they_score(team, visitor):
    sign_in(visitor, team, "ann")
    expect(visitor.get_by_role("heading", name="Evaluations")).to_be_visible()
    expect(visitor.get_by_text("Ann Maintenance (ann@plant.example)").first).to_be_visible()  # signed in as
    screenshot(visitor, "signin-allowed")
    visitor.goto(team.at("consensus", id=lineview_id(team)), wait_until="domcontentloaded")
    wait_idle(visitor)
    visitor.get_by_role("button", name="Join this proposal as an evaluator").click()
    wait_idle(visitor)
    expect(visitor.get_by_text("Evaluated by Ann Maintenance (ann@plant.example)")).to_be_visible()
    mine = [s for s in Store(f"sqlite:///{team.database}").list() if s.owner == "ann@plant.example"]
    assert [s.evaluator for s in mine] == ["Ann Maintenance (ann@plant.example)"]
