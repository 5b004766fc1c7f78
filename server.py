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

import logging
import threading
from contextlib import asynccontextmanager

import streamlit as st
from starlette.middleware import Middleware

from reading import collector
from views.http_gate import SignedInOnly
from views.no_delay import turn_off_nagle
from views.preload import FirstPageCode
from views.warm import OtherPageFirst

collector.tune()  # before the app reads or scores anything (reading/collector.py)


def skip_repl_check() -> None:
    """Streamlit's first element of a process asks whether it runs in a REPL, to warn "use streamlit
    run", by inspect.stack(), which looks up the source file of every module loaded: with the app's
    ~1,500 modules, 0.1-1 s of the first page's run. Served, it never is, so that warning is marked shown."""
    from streamlit import delta_generator
    delta_generator._use_warning_has_been_displayed = True


skip_repl_check()
turn_off_nagle()  # Streamlit's server lets every answer wait on Nagle's algorithm (views/no_delay.py)


def warm_up() -> None:
    """What the first page needs, loaded ahead; a failure here shows again, in the page, to the user.
    The heap is frozen once, at the end (views/heap.py): not before the first page, whose run it would slow."""
    from views import heap
    heap.freeze_later()
    if not _first_page():
        heap.freeze_later(False)  # each run freezes what it imported, as under `streamlit run app.py`
        return
    from views import common, warm
    warm.wait_for_first_page(or_store_wanted=True)  # a scorecard link needs the Store at once (views/warm.py)
    if not _open(_bank_and_store):
        heap.freeze_later(False)
        return
    warm.wait_for_first_page()
    # the other pages' imports; the scorecard's first: a link opens it most
    scorecard = common.PAGES["scorecard"]
    warm.later_pages([scorecard] + [page for page in common.PAGES.values() if page != scorecard], then=_readers)


def _first_page() -> bool:
    """The first page's imports and its database, opened; False if that failed (logged)."""
    from views import auth
    weak = auth.cookie_secret_problem()
    if weak:  # nothing of the app is opened; every page shows only this message (views/auth.gate)
        logging.getLogger("winnow").error(weak)
        return False

    def first_page():
        from views import common, library_actions, library_table  # noqa: F401 - the first page's imports
        common.local_library() or common.opened()  # a local database with sqlite3; else the Store it is read from
    return _open(first_page)


def _bank_and_store() -> None:
    """What every action and every other page needs (a local first page needed neither)."""
    from views import common
    common.bank()
    common.opened()


def _readers() -> None:
    """Drafting's rules and the reply reader's, compiled (~0.2-0.3 s) before the first draft or reply needs them: a draft
    reads a proposal's link owners by the reply reader's rules, so the first draft of a new server paid for both."""
    from reading.draft import drafter_for
    from reading.reply_readers import reply_reader_for
    from views import common
    drafter_for(common.bank())
    reply_reader_for(common.bank())


def _open(step) -> bool:
    """Run `step`; False if it failed (logged: the page reports it too, where the user sees it)."""
    from store.errors import SchemaBehind
    try:
        step()
    except SchemaBehind as behind:  # every page shows it too (views/common.store)
        logging.getLogger("winnow").error(str(behind))
        return False
    except Exception:  # noqa: BLE001 - the page reports it where the user sees it
        logging.getLogger("winnow").warning("warm-up failed; the page will retry", exc_info=True)
        return False
    return True


@asynccontextmanager
async def _warm_start(_app):
    threading.Thread(target=warm_up, name="winnow-warm-up", daemon=True).start()
    yield


app = st.App("app.py", lifespan=_warm_start, middleware=[Middleware(SignedInOnly), Middleware(FirstPageCode),
                                                        Middleware(OtherPageFirst)])
