"""What the keyboard browser tests share: moving the focus with Tab alone, and whether a sighted user can
see where it is."""
from __future__ import annotations

import io

from PIL import Image, ImageChops

from browser_kit import SCREENSHOTS

MAX_TABS = 250  # the Evaluate page has the most stops; more than this means the target is unreachable
CLEAR_CHANGE, CLEAR_PIXELS = 40, 30  # grey levels a pixel must change by, and how many must, to be seen


def has_focus(target) -> bool:
    return target.evaluate("el => el === document.activeElement || el.contains(document.activeElement)")


def tab_to(page, target, back: bool = False) -> None:
    """Press Tab (Shift+Tab with `back`) until the focus is on `target`, as a keyboard user would."""
    key = "Shift+Tab" if back else "Tab"
    for _ in range(MAX_TABS):
        if target.count() and has_focus(target.first):
            return
        page.keyboard.press(key)
    raise AssertionError(f"{MAX_TABS} presses of {key} never reached {target}")


# Where the focus shows: the focused element, or for a radio, switch or checkbox whose input is a hidden
# 1-pixel box, the smallest box around it that a user sees (its label), with a margin for rings.
FOCUS_BOX = """() => {
    let el = document.activeElement, r = el.getBoundingClientRect();
    while ((r.width < 8 || r.height < 8) && el.parentElement) { el = el.parentElement; r = el.getBoundingClientRect(); }
    return {x: r.x - 6, y: r.y - 6, width: r.width + 12, height: r.height + 12};
}"""


def focus_shows(page, trapped: bool = False) -> bool:
    """Whether a sighted user sees where the focus is: around the focused element, enough pixels change
    clearly (an outline, a shadow, a border that takes a colour) between focused and not. A faint tint
    does not count. `trapped`: the focus is in a modal dialog, whose focus lock takes a blurred focus
    straight back, so the unfocused look is taken with the focus moved on by Tab (and back by Shift+Tab)."""
    box = page.evaluate(FOCUS_BOX)
    shot = lambda: Image.open(io.BytesIO(page.screenshot(clip=box, animations="disabled", caret="hide")))  # noqa: E731
    focused = shot()
    if trapped:
        page.keyboard.press("Tab")
        try:
            return _clearly_changed(focused, shot())
        finally:
            page.keyboard.press("Shift+Tab")
    page.evaluate("() => { window.__focused = document.activeElement; window.__focused.blur(); }")
    try:
        return _clearly_changed(focused, shot())
    finally:
        page.evaluate("() => window.__focused.focus({focusVisible: true})")


def focus_shows_once_settled(page, tries: int = 4, pause_ms: int = 500) -> bool:
    """`focus_shows` where the page put the focus back itself after a redraw (views/refocus.py): on a loaded
    machine its script may run after the first look and take the focus back mid-look, so the look is taken again
    after a pause; a focus that never shows still fails."""
    for _ in range(tries):
        if focus_shows(page):
            return True
        page.wait_for_timeout(pause_ms)
    return False


def _clearly_changed(focused, unfocused) -> bool:
    difference = ImageChops.difference(focused.convert("RGB"), unfocused.convert("RGB")).convert("L")
    return sum(difference.histogram()[CLEAR_CHANGE + 1:]) >= CLEAR_PIXELS


def focus_shot(page, name: str) -> None:
    """The focused element and what is around it, into test-artifacts/screenshots/<name>.png, to look at."""
    box = page.evaluate("""() => { const r = document.activeElement.getBoundingClientRect();
        return {x: Math.max(r.x - 200, 0), y: Math.max(r.y - 120, 0), width: r.width + 400, height: r.height + 240}; }""")
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), clip=box)
