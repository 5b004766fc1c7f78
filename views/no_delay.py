"""Each answer leaves the server at once: TCP_NODELAY on every connection, as asyncio itself sets it.

Streamlit's server makes its listening socket as `socket.socket(family)`, whose protocol number is 0,
and asyncio turns Nagle's algorithm off only for sockets it knows to be TCP (protocol 6); so every
connection waits on Nagle. An answer goes out as two writes (headers, then body): on a connection
kept open for a second request the body is held until the browser acknowledges the headers, which
it delays 40 ms. A cold start's ~110 script files over the browser's 6 connections paid that wait on
nearly every file (111 files one after another: 4.8 s, 0.19 s without it), and so did each page's
messages on the websocket. server.py calls `turn_off_nagle` before the server accepts anything.
"""
from __future__ import annotations

import importlib
import socket

# uvicorn's HTTP protocols (a websocket starts as an HTTP request on the same socket): module, class
PROTOCOLS = (("uvicorn.protocols.http.h11_impl", "H11Protocol"),
             ("uvicorn.protocols.http.httptools_impl", "HttpToolsProtocol"))


def no_delay(transport) -> None:
    """TCP_NODELAY on the transport's socket, if it is a TCP one."""
    sock = transport.get_extra_info("socket")
    if sock is not None and sock.family in (socket.AF_INET, socket.AF_INET6) and sock.type == socket.SOCK_STREAM:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


def turn_off_nagle() -> None:
    """Each of uvicorn's HTTP protocols (those installed) sets no_delay on a new connection first."""
    for module, name in PROTOCOLS:
        try:
            protocol = getattr(importlib.import_module(module), name)
        except ImportError:  # httptools is not installed: uvicorn uses h11
            continue
        made = protocol.connection_made
        if getattr(made, "no_delay", False):
            continue

        def connection_made(self, transport, made=made):
            no_delay(transport)
            made(self, transport)

        connection_made.no_delay = True
        protocol.connection_made = connection_made
