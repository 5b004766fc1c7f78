"""A plant's network often has no internet: every page a buyer opens asks nothing of another host (the tab's icon is
the app's own file, not a symbol font's from fonts.gstatic.com), and the icon shown is that file."""
from urllib.parse import urlparse

from browser_kit import wait_idle

PAGES = ["", "evaluate", "scorecard", "follow-up", "compare", "consensus", "questions"]


def test_no_page_asks_another_host_for_anything(page, server):
    home = urlparse(server.url).netloc
    elsewhere: list[str] = []
    page.on("request", lambda request: elsewhere.append(request.url)
            if urlparse(request.url).netloc not in (home, "") and urlparse(request.url).scheme in ("http", "https")
            else None)
    for path in PAGES:
        page.goto(f"{server.url}/{path}", wait_until="domcontentloaded")
        wait_idle(page)
    assert elsewhere == []
    icon = page.locator("link[rel='shortcut icon'], link[rel='icon']").first.get_attribute("href")
    assert icon and "gstatic" not in icon and urlparse(icon).netloc in ("", home)
