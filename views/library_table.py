"""The library's table: search, sort and page controls, and one page of stored headline columns.

A run reads one page (at most PAGE_SIZES[-1] rows) of columns the store derived when each
evaluation was saved: it never parses or scores an evaluation, so it costs the same with ten
evaluations or ten thousand.
"""
from __future__ import annotations

import hashlib
import io
import json
import math
import os

import pyarrow as pa
import pyarrow.json as arrow_json
import streamlit as st

from store import local
from views import common, refocus

SEARCH, SORT, DESCENDING = "library:search", "library:sort", "library:descending"
PAGE, SIZE, VIEW = "library:page", "library:size", "library:view"
SORTING = "library:sorting"  # the fold that holds the sort choices; True while open
SORTED = "library:sorted"  # (the fold's label after a choice made in it, the label of the control used)
TICKED = "library:ticked"  # the ticked evaluations' ids: a tick belongs to an evaluation, not to a row position
SORTS = {  # label -> the store's sort column
    "Last saved": "updated_at", "Score": "score", "Proposal": "proposal", "Vendor": "vendor",
    "Evaluator": "evaluator", "Claimed scope": "claimed_scope", "Delivered scope": "delivered_scope",
    "Label gaps": "gaps", "Risk flags": "flags",
}
PAGE_SIZES = [25, 50, 100]
ROW_PX = 35  # the data grid's row (and header) height: the table shows up to 20 rows, then scrolls


def new_view() -> None:
    """Rows changed by an action (duplicate, delete): the old ticks go."""
    st.session_state[VIEW] = st.session_state.get(VIEW, 0) + 1
    st.session_state.pop(TICKED, None)


def _first_page() -> None:
    st.session_state[PAGE] = 1


def _turn(step: int) -> None:
    st.session_state[PAGE] = max(1, st.session_state.get(PAGE, 1) + step)


def controls() -> dict:
    """Search box and the Sort fold; returns the store query they describe (offset and limit apart).
    They keep their values for the session, so a trip to a scorecard comes back to the same page."""
    search, sorting = st.columns([5, 2])  # top-aligned: an opened Sort fold grows down, the box stays put
    search.text_input("Search", key=SEARCH, on_change=_first_page, label_visibility="collapsed",
                      placeholder="Search proposal, vendor or evaluator", persist_state="session",
                      help="Finds evaluations whose proposal name, vendor or evaluator contains these words.")
    with sorting:
        _sort()
    return dict(search=st.session_state[SEARCH].strip(), sort=SORTS[_chosen_sort()],
                descending=st.session_state.get(DESCENDING, True))


def _chosen_sort() -> str:
    return st.session_state.get(SORT, next(iter(SORTS)))  # kept while the Sort fold is shut (persist_state)


def _sort_label() -> str:
    order = "descending" if st.session_state.get(DESCENDING, True) else "ascending"
    return f"Sort: {_chosen_sort()}, {order}"


def _sort() -> None:
    """A fold named by the order it shows. Shut, its two choices are neither sent nor drawn (a cold
    start waits for the first page to draw). A choice renames the fold, which Streamlit draws anew, shut,
    with the focus lost to the page's top: so a fold renamed by a choice is drawn open, and the focus
    goes back to the control just used, where the person is."""
    label, (opened_as, used) = _sort_label(), st.session_state.get(SORTED, ("", ""))
    fold = st.expander(label, icon=":material/sort:", key=SORTING, on_change="rerun", expanded=label == opened_as)
    if not fold.open:
        return
    with fold:
        st.selectbox("Sort by", list(SORTS), key=SORT, on_change=_sorted, args=("Sort by",),
                     persist_state="session",
                     help="Sorts the whole library. A click on a column's heading sorts only the rows shown.")
        st.toggle("Descending", value=True, key=DESCENDING, on_change=_sorted, args=("Descending",),
                  persist_state="session", help="Newest, highest or Z first.")
        if used:
            refocus.focus_on(SORTING, used)
            st.session_state[SORTED] = (opened_as, "")  # once: a later run leaves the focus alone


def _sorted(used: str) -> None:
    """`expanded` is part of the fold's identity, so it stays True for as long as this label does."""
    st.session_state[SORTED] = (_sort_label(), used)
    _first_page()


def fetch(query: dict):
    """This page of the library, and the page number it really is (a page past the end goes back)."""
    size = st.session_state.setdefault(SIZE, PAGE_SIZES[1])
    number = max(1, st.session_state.setdefault(PAGE, 1))
    page = page_of(query, (number - 1) * size, size)
    last = max(1, math.ceil(page.total / size))
    if number > last:  # the rows shrank under us (a delete, or elsewhere): show the last page
        st.session_state[PAGE] = number = last
        page = page_of(query, (number - 1) * size, size)
    return page, number, last


def page_of(query: dict, offset: int, limit: int):
    """A page of the library. Without a search it walks an index, at the same cost at any size. A
    search scans every row's names, so its pages are kept until the library changes: each tick
    of a row reruns the page, and should not scan 10,000 names again."""
    library = common.library()
    if not query["search"]:
        return library.page(**query, offset=offset, limit=limit)
    newest = library.page(limit=1)  # any save makes its row the newest; a delete lowers the total
    version = (newest.total, *((r.id, r.version, r.updated_at) for r in newest.rows))
    return _searched(os.environ.get("WINNOW_DATABASE_URL", "").strip(), query, offset, limit, version)


@st.cache_data(show_spinner=False, max_entries=256, ttl=60)
def _searched(url: str, query: dict, offset: int, limit: int, version: tuple):
    """`url` and `version` only key the cache: another database, or a change, is another entry."""
    return common.library().page(**query, offset=offset, limit=limit)


def whole(score: float) -> int:
    """scoring.scorecard.whole (a half to the even whole number), which this page does not import: it
    would bring scoring and the bank's models into the first page (tests/test_library_page.py: the same)."""
    return round(score)


INTEGER = pa.int64()  # nullable, as pandas' Int64 was: a row without a score shows the placeholder
COLUMNS = pa.schema([("Proposal", pa.string()), ("Vendor", pa.string()), ("Evaluator", pa.string()),
                     ("Score", INTEGER), ("Claims", INTEGER), ("Delivers", INTEGER), ("Gaps", INTEGER),
                     ("Flags", INTEGER), ("Last saved", pa.timestamp("us"))])


def _frame(rows) -> pa.Table:
    """An Arrow table, which st.dataframe sends as it is. Read from JSON lines by Arrow's own reader:
    building Arrow arrays from Python lists imports pandas (~1 s of a cold start) to check each list."""
    lines = (json.dumps({
        "Proposal": r.proposal, "Vendor": r.vendor, "Evaluator": r.evaluator,
        "Score": None if r.score is None else whole(r.score), "Claims": r.claimed_scope,
        "Delivers": r.delivered_scope, "Gaps": r.gaps, "Flags": r.flags,
        "Last saved": r.updated_at.replace(tzinfo=None).isoformat(sep=" "),
    }) for r in rows)
    text = "\n".join(lines).encode()
    if not text:
        return COLUMNS.empty_table()
    whole_text = arrow_json.ReadOptions(block_size=len(text) + 1, use_threads=False)  # a long name: one block
    return arrow_json.read_json(io.BytesIO(text), read_options=whole_text,
                                parse_options=arrow_json.ParseOptions(explicit_schema=COLUMNS))


def _columns() -> dict:
    """Widths in pixels so the whole row fits a laptop screen beside the navigation."""
    ladder = "; ".join(f"{level} {name}" for level, name in local.scope_ladder())  # the bank's, without the bank
    number = st.column_config.NumberColumn
    return {
        "Proposal": st.column_config.TextColumn(width=240),
        "Vendor": st.column_config.TextColumn(width=120),
        "Evaluator": st.column_config.TextColumn(width=140),
        "Score": st.column_config.ProgressColumn(format="%d", min_value=0, max_value=100, width=78,
                                                 help="Overall score, 0-100"),
        "Claims": number(format="%d", width=55, help=f"Scope level the proposal's labels claim ({ladder})"),
        "Delivers": number(format="%d", width=60, help=f"Scope level the answers deliver ({ladder})"),
        "Gaps": number(format="%d", width=46, help="Label gaps: a label's required substance is missing"),
        "Flags": number(format="%d", width=46, help="Risk flags"),
        "Last saved": st.column_config.DatetimeColumn(format="YYYY-MM-DD HH:mm", help="UTC", width=118),
    }


def _key(ids: list[str]) -> str:
    """The table's widget key, new whenever the rows shown or their order change (a rename moves a row
    to the top, a sort, a search, a page): the browser's ticks are row positions, so a new table
    starts from the ticked evaluations instead of from the positions they held."""
    digest = hashlib.blake2b("\n".join(ids).encode(), digest_size=8).hexdigest()
    return f"library:table:{st.session_state.setdefault(VIEW, 0)}:{digest}"


def table(rows) -> list:
    """The page as a table whose rows can be ticked; returns the ticked rows' summaries. A ticked
    evaluation the table no longer shows loses its tick: no action ever reaches a row out of sight."""
    ids = [r.id for r in rows]
    ticked = [ids.index(i) for i in st.session_state.get(TICKED, []) if i in ids]
    event = st.dataframe(_frame(rows), key=_key(ids), on_select="rerun", selection_mode="multi-row", hide_index=True,
                         column_config=_columns(), width="stretch", placeholder="–",
                         selection_default={"selection": {"rows": ticked}},
                         height=min(ROW_PX * (len(rows) + 1) + 3, ROW_PX * 21 + 3))
    chosen = [rows[i] for i in event.selection.rows if i < len(rows)]
    st.session_state[TICKED] = [r.id for r in chosen]
    return chosen


def pager(total: int, number: int, last: int) -> None:
    size = st.session_state[SIZE]
    first, end = (number - 1) * size + 1, min(number * size, total)
    with st.container(horizontal=True, vertical_alignment="center"):
        st.button("Previous", key="library:previous", icon=":material/chevron_left:", on_click=_turn, args=(-1,),
                  disabled=number <= 1)
        st.markdown("Page")
        st.number_input("Page", key=PAGE, min_value=1, max_value=last, step=1, width=130,
                        label_visibility="collapsed", persist_state="session", help="Type a page number to go there")
        st.markdown(f"of **{last:,}** · evaluations {first:,}–{end:,} of {total:,}")
        st.button("Next", key="library:next", icon=":material/chevron_right:", icon_position="right",
                  on_click=_turn, args=(1,), disabled=number >= last)
        st.selectbox("Rows per page", PAGE_SIZES, key=SIZE, on_change=_first_page, width=140,
                     label_visibility="collapsed", format_func=lambda n: f"{n} per page", persist_state="session")
