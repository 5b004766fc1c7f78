"""Sign-out ends the session everywhere, in a real browser against a local OpenID Connect provider.

A sign-in cookie copied before the sign-out opens only the sign-in page afterwards, on every page
address; a page still open elsewhere meets the sign-in page at its next interaction, and what was
typed there is not saved. Signing in again lets the person back in.
"""
from __future__ import annotations

import pytest
from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, VIEWPORT, key_class, screenshot, type_into, wait_idle
from oidc_kit import sign_in, sign_out
from questions import Evaluation, load_bank
from store import Store

ANN = "ann@plant.example"
PROPOSAL, VENDOR = "Press 9 hydraulics retrofit", "Quietly Confidential GmbH"
PAGES = ("", "evaluate", "scorecard", "follow-up", "compare", "consensus", "questions")

expect.set_options(timeout=TIMEOUT_MS)


@pytest.fixture
def contexts(browser):
    """New browser contexts, each its own cookie jar: `contexts()` opens one; all close after the test."""
    opened = []

    def open_one(cookies: list | None = None):
        context = browser.new_context(viewport=VIEWPORT)
        context.set_default_timeout(TIMEOUT_MS)
        if cookies:
            context.add_cookies(cookies)
        opened.append(context)
        return context

    yield open_one
    for context in opened:
        context.close()


def anns_evaluation(server) -> str:
    store = Store(f"sqlite:///{server.database}")
    evaluation = Evaluation(bank_version=load_bank().version, proposal=PROPOSAL, vendor=VENDOR,
                            evaluator=f"Ann Maintenance ({ANN})")
    return store.create(evaluation, owner=ANN).id


def visit(tab, server, path: str, eid: str = "") -> None:
    tab.goto(server.at(path, **({"id": eid} if eid else {})), wait_until="domcontentloaded")
    wait_idle(tab)


def only_the_sign_in_page(tab) -> None:
    expect(tab.get_by_role("button", name="Sign in")).to_be_visible()
    for private in (PROPOSAL, VENDOR, ANN, "Ann Maintenance"):
        expect(tab.get_by_text(private)).to_have_count(0)
    expect(tab.get_by_role("link", name="Evaluations")).to_have_count(0)  # no menu of the pages either
    expect(tab.get_by_text("Page not found")).to_have_count(0)  # each address is known, only not shown



def answer(server, eid: str) -> tuple[int, str | None]:
    """The evaluation's saved version and problem statement."""
    saved = Store(f"sqlite:///{server.database}").get(eid)
    found = saved.evaluation.answer("problem.statement")
    return saved.version, found and found.text


def test_cookies_saved_before_sign_out_open_only_the_sign_in_page_on_every_page_in_a_new_browser(team, contexts):
    eid = anns_evaluation(team)
    ann = contexts().new_page()
    sign_in(ann, team, "ann")
    saved = ann.context.cookies()
    assert any(c["name"].startswith("_streamlit_user") for c in saved)

    before = contexts(saved).new_page()  # the copy works while Ann is signed in: the test is not blind
    visit(before, team, "scorecard", eid)
    expect(before.get_by_role("heading", name=f"Scorecard: {PROPOSAL}")).to_be_visible()

    sign_out(ann, team)
    replayed = contexts(saved).new_page()
    for path in PAGES:
        visit(replayed, team, path, eid)
        only_the_sign_in_page(replayed)
    screenshot(replayed, "signout-replayed-cookie")

    before.get_by_role("link", name="Compare").click()  # the copy's page, open since before the sign-out
    wait_idle(before)
    only_the_sign_in_page(before)

    sign_in(replayed, team, "ann")  # a new sign-in, even in the browser holding the old cookie, lets Ann in
    visit(replayed, team, "scorecard", eid)
    expect(replayed.get_by_role("heading", name=f"Scorecard: {PROPOSAL}")).to_be_visible()


def test_a_second_tab_still_open_is_refused_at_its_next_interaction_and_saves_nothing(team, contexts):
    eid = anns_evaluation(team)
    browser = contexts()
    one, two = browser.new_page(), browser.new_page()
    sign_in(one, team, "ann")
    visit(two, team, "evaluate", eid)
    statement = two.locator(f".{key_class(f'ev:{eid}:problem.statement:text')}").locator("textarea")
    type_into(two, statement, "Typed while signed in")
    assert answer(team, eid) == (2, "Typed while signed in")  # the second tab saves, until...

    sign_out(one, team)
    type_into(two, statement, "Typed in the second tab after signing out")
    only_the_sign_in_page(two)
    assert answer(team, eid) == (2, "Typed while signed in")
    screenshot(two, "signout-second-tab")


def test_a_person_taken_off_the_allow_list_is_refused_at_their_next_page_without_signing_in_again(team, contexts):
    raj = contexts().new_page()
    sign_in(raj, team, "raj")
    expect(raj.get_by_role("heading", name="Evaluations")).to_be_visible()
    secrets = team.log.parent / "secrets.toml"  # where oidc_kit.signed_server wrote it
    listed = secrets.read_text(encoding="utf-8")
    without_raj = listed.replace('allowed = ["@plant.example"]', f'allowed = ["{ANN}"]')
    assert without_raj != listed
    try:
        secrets.write_text(without_raj, encoding="utf-8")
        raj.wait_for_timeout(1_500)  # Streamlit looks at the file five times a second
        visit(raj, team, "questions")
        expect(raj.get_by_text("only to the people on its allow-list")).to_be_visible()
        expect(raj.get_by_role("link", name="Questions")).to_have_count(0)
    finally:
        secrets.write_text(listed, encoding="utf-8")


def test_an_export_is_served_only_to_a_browser_signed_in_and_a_sign_out_at_the_logout_address_ends_it(team, contexts):
    eid = anns_evaluation(team)
    ann = contexts().new_page()
    sign_in(ann, team, "ann")
    saved = ann.context.cookies()
    visit(ann, team, "scorecard", eid)
    button = ann.locator(f".{key_class('export:markdown')}").get_by_role("button")
    with ann.expect_download() as info:
        button.click()
    url = info.value.url
    assert PROPOSAL in info.value.path().read_text(encoding="utf-8")

    stranger = contexts().request.get(url)  # the address alone, without Ann's cookie
    assert stranger.status == 403 and PROPOSAL not in stranger.text()
    assert contexts(saved).request.get(url).status == 200  # a copy of her cookie, while she is signed in

    ann.goto(f"{team.url}/auth/logout")  # Streamlit's own sign-out address, not Winnow's button
    after = contexts(saved).request.get(url)
    assert after.status == 403 and PROPOSAL not in after.text()
    replayed = contexts(saved).new_page()
    visit(replayed, team, "scorecard", eid)
    only_the_sign_in_page(replayed)
