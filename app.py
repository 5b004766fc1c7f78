"""Winnow: cut through "IoT", "Industry 4.0" and "AI" labels in vendor proposals.

Navigation only; each page lives in views/. The open evaluation travels in the URL (?id=...).
"""
import streamlit as st

from reading import collector
from views import auth, common, heap, page_focus, warm, warm_up

collector.tune()  # the same settings under `streamlit run app.py` as under server.py
# the tab icon is a file of ours: a ":material/..." one is fetched from fonts.gstatic.com, missing offline
st.set_page_config(page_title="Winnow", page_icon=str(common.ROOT / "views" / "favicon.png"), layout="wide")
st.html(common.ROOT / "views" / "focus.css")  # keyboard focus rings Streamlit leaves faint (style only: no space taken)
page_focus.main_not_a_stop()  # before the gate: on the sign-in page too (a script: no space taken, views/focus.css)
PAGES = [
    st.Page(common.PAGES["library"], title="Evaluations", icon=":material/folder_open:", default=True),  # served at /
    st.Page(common.PAGES["evaluate"], title="Evaluate", url_path="evaluate", icon=":material/edit_note:"),
    st.Page(common.PAGES["scorecard"], title="Scorecard", url_path="scorecard", icon=":material/assessment:"),
    st.Page(common.PAGES["rounds"], title="Follow-up", url_path="follow-up", icon=":material/forward_to_inbox:"),
    st.Page(common.PAGES["compare"], title="Compare", url_path="compare", icon=":material/compare_arrows:"),
    st.Page(common.PAGES["consensus"], title="Consensus", url_path="consensus", icon=":material/groups:"),
    st.Page(common.PAGES["questions"], title="Questions", url_path="questions", icon=":material/help:"),
]
auth.gate(PAGES)  # with sign-in set up: signed out, signed out elsewhere or not on the allow-list sees only that page
common.library()  # opens the database (a local one with sqlite3 alone); a first run seeds it with the examples
common.current_id()  # keep ?id= in the URL when the navigation menu dropped it
page = st.navigation(PAGES)
page_focus.arrive(page.url_path)  # a page opened from the last one's button or link: the focus to its start
page.run()
heap.freeze_new_imports()  # after the page's imports: later collections skip what they made
warm.first_page_drawn()  # the server may now load the other pages' imports (views/warm.py)
if st.context.headers:  # a browser's run (AppTest's have none): under `streamlit run app.py` too (views/warm_up.py)
    warm_up.start()
