"""views/no_delay.py: the server sends each file the browser fetches at once (TCP_NODELAY), though
Streamlit makes its listening socket without naming TCP, so asyncio leaves Nagle's algorithm on; the
page's websocket keeps Nagle, as Streamlit has it."""
import socket
import threading
import time
import urllib.request

import pytest
import uvicorn
from streamlit.web.server.starlette.starlette_server import _bind_socket
from uvicorn.protocols.http.h11_impl import H11Protocol
from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol
from websockets.sync.client import connect

from views import no_delay


async def _app(scope, receive, send):
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
    elif scope["type"] == "websocket":
        await receive()
        await send({"type": "websocket.accept"})
        await send({"type": "websocket.send", "text": "a short message"})
        await send({"type": "websocket.close"})
    else:
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
        await send({"type": "http.response.body", "body": b"a short answer"})


def _nodelay_seen(monkeypatch, protocol, ask) -> list[int]:
    """TCP_NODELAY of the server side of each connection `protocol` took, while ask(port) ran against a
    uvicorn server as Streamlit's: on a socket bound as Streamlit binds it, websockets-sansio."""
    seen: list[int] = []
    made = protocol.connection_made

    def recorded(self, transport):
        made(self, transport)
        seen.append(transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    monkeypatch.setattr(protocol, "connection_made", recorded)
    sock = _bind_socket("127.0.0.1", 0, 16)
    server = uvicorn.Server(uvicorn.Config(_app, ws="websockets-sansio", log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        ask(sock.getsockname()[1])
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
    return seen


def _two_requests(port: int) -> None:
    for _ in range(2):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=10) as answer:
            assert answer.read() == b"a short answer"


def _a_websocket(port: int) -> None:
    with connect(f"ws://127.0.0.1:{port}/") as websocket:
        assert websocket.recv(timeout=10) == "a short message"


@pytest.fixture
def protocols_restored(monkeypatch):
    """uvicorn's protocols as shipped for the test, though a test before may have loaded server.py
    (which wraps them for the whole process); as they were after it."""
    for protocol in (H11Protocol, WebSocketsSansIOProtocol):
        made = protocol.connection_made
        monkeypatch.setattr(protocol, "connection_made", getattr(made, "__wrapped__", made))


def test_streamlit_s_own_listening_socket_leaves_nagle_on(monkeypatch, protocols_restored):
    """Why views/no_delay.py exists: if Streamlit fixes its socket, this fails and the module can go."""
    assert _nodelay_seen(monkeypatch, H11Protocol, _two_requests) == [0, 0]


def test_every_http_connection_sends_at_once_once_nagle_is_turned_off(monkeypatch, protocols_restored):
    no_delay.turn_off_nagle()
    no_delay.turn_off_nagle()  # server.py may be loaded twice: still one wrapper
    seen = _nodelay_seen(monkeypatch, H11Protocol, _two_requests)
    assert len(seen) == 2 and all(seen)


def test_the_page_s_websocket_keeps_nagle_as_streamlit_has_it(monkeypatch, protocols_restored):
    no_delay.turn_off_nagle()
    assert _nodelay_seen(monkeypatch, WebSocketsSansIOProtocol, _a_websocket) == [0]
