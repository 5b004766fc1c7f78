"""views/no_delay.py: the server's connections send each answer at once (TCP_NODELAY), though
Streamlit makes its listening socket without naming TCP, so asyncio leaves Nagle's algorithm on."""
import socket
import threading
import time
import urllib.request

import pytest
import uvicorn
from streamlit.web.server.starlette.starlette_server import _bind_socket
from uvicorn.protocols.http.h11_impl import H11Protocol

from views import no_delay


async def _hello(scope, receive, send):
    if scope["type"] == "lifespan":
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"text/plain")]})
    await send({"type": "http.response.body", "body": b"a short answer"})


def _nodelay_of_connections(monkeypatch) -> list[int]:
    """TCP_NODELAY of the server side of two requests to a uvicorn server listening on a socket bound
    as Streamlit binds it."""
    seen: list[int] = []
    made = H11Protocol.connection_made

    def recorded(self, transport):
        made(self, transport)
        seen.append(transport.get_extra_info("socket").getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY))

    monkeypatch.setattr(H11Protocol, "connection_made", recorded)
    sock = _bind_socket("127.0.0.1", 0, 16)
    server = uvicorn.Server(uvicorn.Config(_hello, log_level="warning"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.02)
        for _ in range(2):
            with urllib.request.urlopen(f"http://127.0.0.1:{sock.getsockname()[1]}/", timeout=10) as answer:
                assert answer.read() == b"a short answer"
    finally:
        server.should_exit = True
        thread.join(10)
        sock.close()
    return seen


@pytest.fixture
def restore_protocol(monkeypatch):
    monkeypatch.setattr(H11Protocol, "connection_made", H11Protocol.connection_made)


def test_streamlit_s_own_listening_socket_leaves_nagle_on(monkeypatch, restore_protocol):
    """Why views/no_delay.py exists: if Streamlit fixes its socket, this fails and the module can go."""
    assert _nodelay_of_connections(monkeypatch) == [0, 0]


def test_every_connection_sends_at_once_once_nagle_is_turned_off(monkeypatch, restore_protocol):
    no_delay.turn_off_nagle()
    no_delay.turn_off_nagle()  # server.py may be loaded twice: still one wrapper
    assert getattr(H11Protocol.connection_made, "no_delay", False)
    seen = _nodelay_of_connections(monkeypatch)
    assert len(seen) == 2 and all(seen)
