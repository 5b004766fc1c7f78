"""Each file the browser fetches leaves the server at once: TCP_NODELAY on HTTP connections, as asyncio
itself would set it.

Streamlit's server makes its listening socket as `socket.socket(family)`, whose protocol number is 0,
and asyncio turns Nagle's algorithm off only for sockets it knows to be TCP (protocol 6); so every
connection waits on Nagle. An answer goes out as two writes (headers, then body): on a connection
kept open for a second request the body is held until the browser acknowledges the headers, which
it delays 40 ms. A cold start's ~110 script files over the browser's 6 connections paid that wait on
nearly every file (111 files one after another: 4.8 s; 0.19-0.32 s without it). A connection that
becomes the page's websocket gets Nagle back, as Streamlit has it: there, the burst of a run's
messages still leaves in few packets. server.py calls `turn_off_nagle` before the server accepts.
"""
from __future__ import annotations

import importlib
import socket
import sys

# uvicorn's protocols: module, class, Nagle off (HTTP) or back on (websocket). The two Streamlit's server
# uses (h11 for HTTP, websockets-sansio) are imported if need be; another only if uvicorn loaded it.
PROTOCOLS = (("uvicorn.protocols.http.h11_impl", "H11Protocol", True),
             ("uvicorn.protocols.http.httptools_impl", "HttpToolsProtocol", True),
             ("uvicorn.protocols.websockets.websockets_sansio_impl", "WebSocketsSansIOProtocol", False),
             ("uvicorn.protocols.websockets.websockets_impl", "WebSocketProtocol", False),
             ("uvicorn.protocols.websockets.wsproto_impl", "WSProtocol", False))
STREAMLIT_S = ("uvicorn.protocols.http.h11_impl", "uvicorn.protocols.websockets.websockets_sansio_impl")


def set_no_delay(transport, on: bool) -> None:
    """TCP_NODELAY on (or off) on the transport's socket, if it is a TCP one."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, int(on))


def turn_off_nagle() -> None:
    """uvicorn's HTTP protocols turn Nagle off on a new connection, its websocket protocols back on
    when the connection is upgraded. Once per process, however often called."""
    for module, name, on in PROTOCOLS:
        loaded = sys.modules.get(module)
        if loaded is None and module in STREAMLIT_S:
            loaded = importlib.import_module(module)
        if loaded is not None:
            _first(getattr(loaded, name), on)


def _first(protocol, on: bool) -> None:
    made = protocol.connection_made
    if getattr(made, "no_delay", None) is not None:
        return

    def connection_made(self, transport, made=made):
        set_no_delay(transport, on)
        made(self, transport)

    connection_made.no_delay = on
    connection_made.__wrapped__ = made  # uvicorn's own, for a test that needs the class as shipped
    protocol.connection_made = connection_made
