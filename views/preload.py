"""The first page's heaviest browser code, asked for with the page itself.

Streamlit's front end loads each kind of element's code only once an element of that kind arrives,
so on a cold start the data grid's code (about 1.5 MB of JavaScript) is fetched and compiled only
after the library's first run, while the browser otherwise waits for the server. This ASGI
middleware adds `<link rel="modulepreload">` for those files to the page Streamlit serves, so the
browser fetches and compiles them while the server starts; it runs them only when the grid comes.
Files are found by name in Streamlit's own build; a name this version lacks adds nothing.
"""
from __future__ import annotations

from pathlib import Path

import streamlit

BUILD = Path(streamlit.__file__).parent / "static"
# the library's first page: the data grid (and what it imports), and the search box
FIRST_PAGE = ("DataFrame", "arrowFormatUtils", "recordbatch", "serialization", "reactJsonViewCompat", "moment",
              "numbro", "TextInput")
NOT_A_PAGE = ("/_stcore/", "/static/", "/media/", "/component/", "/auth/", "/oauth2callback")


def links(build: Path = BUILD, names: tuple[str, ...] = FIRST_PAGE) -> bytes:
    """The <link> tags for the build's files named name.<hash>.js."""
    found = [path for name in names for path in sorted((build / "static" / "js").glob(f"{name}.*.js"))
             if path.name.count(".") == 2]
    return "".join(f'<link rel="modulepreload" crossorigin href="./static/js/{path.name}">' for path in found).encode()


class FirstPageCode:
    """Adds links() to the library's page, the app's root ("/", or the base path's): another page
    opened by its address (a scorecard link) has no grid to draw, and its own code to fetch."""

    def __init__(self, app):
        self.app, self.tags = app, links()

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or not self.tags or not scope["path"].endswith("/") or \
                scope["path"].startswith(NOT_A_PAGE):
            await self.app(scope, receive, send)
            return
        start: dict = {}
        body = bytearray()

        async def rewrite(message):
            if message["type"] == "http.response.start":
                start.update(message)
                return
            body.extend(message.get("body", b""))
            if message.get("more_body"):
                return
            await _send_with(send, start, bytes(body), self.tags)

        await self.app(scope, receive, rewrite)


async def _send_with(send, start: dict, body: bytes, tags: bytes) -> None:
    """The response, with the tags before </head> if it is HTML (and its length told again)."""
    headers = list(start.get("headers", []))
    html = any(name.lower() == b"content-type" and b"text/html" in value for name, value in headers)
    if html and b"</head>" in body:
        body = body.replace(b"</head>", tags + b"</head>", 1)
        headers = [(n, str(len(body)).encode() if n.lower() == b"content-length" else v) for n, v in headers]
        start = {**start, "headers": headers}
    await send(start)
    await send({"type": "http.response.body", "body": body})
