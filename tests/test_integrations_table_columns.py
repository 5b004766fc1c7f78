"""Walk 60: the integrations table's "Data flow" column cut its choice ("-> into your syste"): the column is as wide
as its longest choice, read whole."""
from __future__ import annotations

import json

from kit import open_app
from paths import ROOT
from views.answer_state import DIRECTIONS, GRID_DIRECTIONS

ROOT_EXAMPLE = "LineView Pro: downtime dashboard"


def test_the_data_flow_column_is_wide_enough_for_its_longest_choice(store):
    store.seed_examples(ROOT / "examples")
    eid = store.duplicate(next(s.id for s in store.list() if s.proposal == ROOT_EXAMPLE)).id
    at = open_app("evaluate", eid)
    at.selectbox(key=f"section:{eid}").set_value("connect").run()
    assert not at.exception, at.exception
    editor = next(el for el in at.dataframe if "direction" in el.proto.columns)  # the data editor is one too
    width = json.loads(editor.proto.columns)["direction"]["width"]
    longest = max(GRID_DIRECTIONS.values(), key=len)
    assert width >= 7 * len(longest) + 20, (width, longest)  # 14 px text: about 7 px a character


def test_the_grid_names_each_data_flow_shorter_but_the_same_way_as_the_scorecard():
    """Walk 74: the words in full pushed Owner off-screen; the grid's short names keep each direction's arrow."""
    assert GRID_DIRECTIONS.keys() == DIRECTIONS.keys()
    assert all(GRID_DIRECTIONS[d][0] == DIRECTIONS[d][0] for d in DIRECTIONS if d != "none")
    assert max(map(len, GRID_DIRECTIONS.values())) < max(map(len, DIRECTIONS.values()))
