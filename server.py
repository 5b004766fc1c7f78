"""Winnow's server: `streamlit run server.py` serves app.py and warms it up while the browser loads.

Streamlit runs app.py only when a browser connects. On a cold start the server is ready about a
second before that (the browser is still loading Streamlit's own page), so the server spends that
second importing the first page's modules and opening its database: a local one with sqlite3 alone,
seeded from store/seed.json if new (store/local.py), so the first page then draws at once. The bank
and the Store (SQLAlchemy, the models, scoring) load after that page has drawn; a PostgreSQL
database is read through the Store, which then opens before the first page, as that page needs it.
Meanwhile the browser fetches the first page's heaviest code, which the page it is served names ahead
(views/preload.py). `streamlit run app.py` works too, cold.
"""
from __future__ import annotations

from contextlib import asynccontextmanager

import streamlit as st
from starlette.middleware import Middleware

from reading import collector
from views.http_gate import SignedInOnly
from views.no_delay import turn_off_nagle
from views.preload import FirstPageCode
from views.warm import OtherPageFirst
from views.warm_up import _first_page, start, warm_up  # noqa: F401 - the warm-up's steps, the server's own

collector.tune()  # before the app reads or scores anything (reading/collector.py)


def skip_repl_check() -> None:
    """Streamlit's first element of a process asks whether it runs in a REPL, to warn "use streamlit
    run", by inspect.stack(), which looks up the source file of every module loaded: with the app's
    ~1,500 modules, 0.1-1 s of the first page's run. Served, it never is, so that warning is marked shown."""
    from streamlit import delta_generator
    delta_generator._use_warning_has_been_displayed = True


skip_repl_check()
turn_off_nagle()  # Streamlit's server lets every answer wait on Nagle's algorithm (views/no_delay.py)


@asynccontextmanager
async def _warm_start(_app):
    start()  # views/warm_up.py
    yield


app = st.App("app.py", lifespan=_warm_start, middleware=[Middleware(SignedInOnly), Middleware(FirstPageCode),
                                                        Middleware(OtherPageFirst)])
