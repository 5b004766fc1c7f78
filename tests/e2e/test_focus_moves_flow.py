"""Where the keyboard focus goes when a control the person pressed is gone, in a real browser: after "Create and
start evaluating" it is on the new page's heading, not on the page's body, some twenty Tabs back at "Skip to main
content"; after a "check this" option's Accept it is on the question's next offer, else on its answer; and Tab
never stops on Streamlit's main area, which shows no focus, while the skip link still takes the focus there.
Only keyboard.press acts on the page; locators check where the focus is.

Uses the shared server, browser and page fixtures of tests/e2e/conftest.py.
"""
from __future__ import annotations

from playwright.sync_api import expect

from browser_kit import TIMEOUT_MS, by_key, opened_id, wait_idle
from focus_kit import MAX_TABS, focus_shot, tab_to
from questions import Answer, Evaluation, load_bank
from store import Store

expect.set_options(timeout=TIMEOUT_MS)

QUESTION = "problem.plant_problems"  # several options, on the section the Evaluate page opens on
ON_MAIN = "() => document.activeElement.matches(\"[data-testid='stMain']\")"
SKIP_LINK = "[data-testid='stSkipToContent']"


def test_after_create_the_focus_is_on_the_new_pages_heading_not_back_at_the_skip_link(page, server, page_errors):
    page.goto(server.url, wait_until="domcontentloaded")
    wait_idle(page)
    fold = page.get_by_test_id("stExpander").filter(has=page.get_by_text("New evaluation", exact=True))
    tab_to(page, fold.locator("summary"))
    page.keyboard.press("Enter")
    wait_idle(page)
    tab_to(page, fold.get_by_label("Proposal name"))
    page.keyboard.type("Kiln 3 by keyboard")
    tab_to(page, fold.get_by_role("button", name="Create and start evaluating"))
    page.keyboard.press("Enter")
    wait_idle(page)
    opened_id(page)
    heading = page.get_by_role("heading", name="Evaluate: Kiln 3 by keyboard", level=1)
    expect(heading).to_be_focused()
    focus_shot(page, "focus-after-create")
    page.keyboard.press("Tab")  # on from the heading into the page, not from the top
    assert not page.evaluate(f"() => document.activeElement.matches(\"{SKIP_LINK}\")")
    assert page.evaluate("() => !!document.activeElement.closest(\"[data-testid='stMain']\")")
    assert not page_errors


def offered(server, suggested: list[str], choices: list[str]) -> tuple[str, object]:
    """An evaluation whose one answer offers `suggested` to check, beside `choices` already drafted."""
    bank = load_bank()
    answer = Answer(question=QUESTION, choices=choices, suggested=suggested, drafted=True, reviewed=bool(choices),
                    evidence="vendor_claim" if choices else "not_answered")
    evaluation = Evaluation(bank_version=bank.version, proposal="Offers to check", vendor="KilnWatch", answers=[answer])
    return Store(f"sqlite:///{server.database}").create(evaluation).id, bank.questions()[QUESTION]


def accept(page, eid: str, option: str) -> None:
    tab_to(page, by_key(page, f"drafts:{eid}:accept:{QUESTION}:{option}").get_by_role("button"))
    page.keyboard.press("Enter")
    wait_idle(page)


def test_after_accept_the_focus_is_on_the_next_offer_then_on_the_answer(page, server, page_errors):
    options = list(load_bank().questions()[QUESTION].choice_names())
    eid, q = offered(server, suggested=options[1:3], choices=options[:1])
    page.goto(server.at("evaluate", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    accept(page, eid, options[1])  # the counts stay: only the question reruns
    expect(by_key(page, f"drafts:{eid}:accept:{QUESTION}:{options[2]}").get_by_role("button")).to_be_focused()
    focus_shot(page, "focus-after-accept-next-offer")
    page.keyboard.press("Enter")  # the last offer: on to the answer, which now holds it
    wait_idle(page)
    answer = by_key(page, f"ev:{eid}:{QUESTION}:choices").locator("input").first
    expect(answer).to_be_focused()
    expect(answer).to_have_attribute("aria-label", q.prompt)
    focus_shot(page, "focus-after-accept-last-offer")
    assert not page_errors


def test_after_accepting_the_only_offer_the_focus_is_on_the_answer(page, server, page_errors):
    options = list(load_bank().questions()[QUESTION].choice_names())
    eid, _ = offered(server, suggested=options[:1], choices=[])
    page.goto(server.at("evaluate", id=eid), wait_until="domcontentloaded")
    wait_idle(page)
    accept(page, eid, options[0])  # an answer that was only offered becomes drafted: the whole page reruns
    expect(by_key(page, f"ev:{eid}:{QUESTION}:choices").locator("input").first).to_be_focused()
    assert not page_errors


def test_tab_never_stops_on_the_main_area_and_the_skip_link_still_reaches_it(page, server):
    page.goto(server.url, wait_until="domcontentloaded")
    wait_idle(page)
    page.keyboard.press("Tab")
    first = page.evaluate_handle("() => document.activeElement")
    assert page.evaluate(f"el => el.matches(\"{SKIP_LINK}\")", first)
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        assert not page.evaluate(ON_MAIN), "Tab stopped on the main area, which shows no focus"
        if page.evaluate("el => el === document.activeElement", first):
            break
    else:
        raise AssertionError(f"{MAX_TABS} presses of Tab never came round")
    page.keyboard.press("Enter")  # the skip link: its target takes the focus, by script
    assert page.evaluate(ON_MAIN)
    page.keyboard.press("Tab")  # and the next Tab goes on inside it
    assert page.evaluate("() => !!document.activeElement.closest(\"[data-testid='stMain']\")")
