"""The warm-up: what the first page needs, then the bank, the Store and the other pages' imports, loaded on a thread
of the server's own while the buyer reads the first page (views/warm.py), so the next page opened does not wait for them.

server.py starts it as the server starts; under `streamlit run app.py` app.py starts it on the first run a browser
asked for: without it, a new evaluation's Evaluate page waited for the Store and the drafter (~3-8 s cold) and the
Compare page for the scoring, chart and export modules (~10-17 s). Once per process, whoever starts it first.
"""
from __future__ import annotations

import logging
import threading

_started = False
_lock = threading.Lock()


def start() -> None:
    """Start the warm-up on its own thread, unless it has been started already."""
    global _started
    with _lock:
        if _started:
            return
        _started = True
    threading.Thread(target=warm_up, name="winnow-warm-up", daemon=True).start()


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
