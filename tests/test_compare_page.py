"""The Compare page at scale, with AppTest: proposals are picked by search from a large library,
and twenty side by side stay readable (ranking order, one table, a ranking chart, one line each)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from kit import unescape
from questions import load_evaluation
from questions.models import Document
from scoring import compare, score
from scoring.scorecard import whole
from store import Store
import re

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = [load_evaluation(p) for p in sorted((ROOT / "examples").glob("*.json"))]
VENDORS = ["Acme Sensorics", "Optiline Systems", "Nordwerk Automation", "Brightfab", "Kestrel OT"]


@pytest.fixture
def library(app_url) -> Store:
    """120 evaluations named 'Quote 001' .. 'Quote 120', five vendors, the examples' answers in turn."""
    store = Store(app_url)
    store.bulk_create(EXAMPLES[i % 4].model_copy(update={"proposal": f"Quote {i + 1:03d}", "vendor": VENDORS[i % 5]})
                      for i in range(120))
    return store


def open_compare() -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.run()
    at.switch_page("views/compare.py").run()
    assert not at.exception, at.exception
    return at


def test_the_picker_offers_a_page_of_matches_not_the_whole_library(library):
    at = open_compare()
    picker = at.multiselect(key="compare:ids")
    assert len(picker.options) == 50 and len(picker.value) == 4  # the four newest, picked to start
    captions = [c.value for c in at.caption]
    assert "Comparing the 4 most recently saved of 120 evaluations. Pick others, or remove some, below." in captions
    assert any("120 saved evaluations match" in c for c in captions)


def test_searching_narrows_the_offer_and_keeps_what_is_picked(library):
    at = open_compare()
    first = list(at.multiselect(key="compare:ids").value)
    at.text_input(key="compare:search").input("kestrel").run()
    picker = at.multiselect(key="compare:ids")
    assert picker.value == first
    matches = library.page(search="kestrel", limit=100).rows
    kestrel = [s.id for s in matches]
    picked = library.page(ids=first).rows
    keys = dict(zip(first, "ABCD"))  # a picked proposal's chip is led by its key
    labels = {f"{keys[s.id]} · {s.proposal}" if s.id in keys else f"{s.proposal} ({s.vendor})" for s in matches + picked}
    assert len(kestrel) == 24 and set(picker.options) == labels
    picker.set_value(first + [next(k for k in kestrel if k not in first)]).run()
    assert len(at.multiselect(key="compare:ids").value) == len(first) + 1


def test_each_evaluator_s_copy_of_one_proposal_is_offered_under_its_evaluator(library):
    quote = next(s for s in library.page(search="Quote 001", limit=1).rows)
    ann, raj = "Ann Maintenance (ann@plant.example)", "Raj Quality (raj@plant.example)"  # as they sign in
    for evaluator, owner in ((ann, "ann@plant.example"), (raj, "raj@plant.example")):
        library.join(quote.id, evaluator=evaluator, owner=owner)
    at = open_compare()
    at.multiselect(key="compare:ids").set_value([]).run()  # a picked one shows as a chip, cut short
    at.text_input(key="compare:search").input("Quote 001").run()
    offered = [o for o in at.multiselect(key="compare:ids").options if o.startswith("Quote 001 ")]
    assert sorted(offered) == sorted(f"Quote 001 (Acme Sensorics) · {e}" for e in
                                     (quote.evaluator, ann, raj))


def test_twenty_proposals_read_as_one_ranked_table_a_chart_and_a_line_each(library):
    rows = library.page(search="Quote 0", limit=50).rows[:20]  # what the picker offers for this search
    at = open_compare()
    at.text_input(key="compare:search").input("Quote 0").run()  # Quote 001 .. 099
    at.multiselect(key="compare:ids").set_value([r.id for r in rows]).run()
    assert not at.exception, at.exception
    expected = compare([library.get(r.id).evaluation for r in rows])
    table = at.dataframe[1].value
    assert list(table.columns) == expected.ranking  # best first
    assert list(table.index)[0] == "Overall (weighted)" and len(table.index) == 1 + len(expected.sections)
    winner = unescape(at.success[0].value)
    assert f"{expected.keys[expected.winner]}. {expected.winner} ranks first" in winner and "and 15 more" in winner
    chart = json.loads(at.get("vega_lite_chart")[0].proto.spec)  # the ranking chart, best first
    assert chart["layer"][0]["encoding"]["y"]["sort"] == expected.ranking
    lines = [unescape(e.label) for e in at.expander if re.search(r" label gaps?, ", e.label)]
    assert len(lines) == 20 and lines[0].startswith(expected.ranking[0])


def section_table(at: AppTest):
    """The sections x proposals table, with its column settings as sent to the browser."""
    element = next(d for d in at.dataframe if "Overall (weighted)" in d.value.index)
    return element, json.loads(element.proto.columns)


@pytest.mark.parametrize("count", [2, 20])
def test_the_section_table_spans_the_page_with_the_section_column_pinned_and_every_proposal_s_column_fitting(
        library, count):
    rows = library.page(search="Quote 0", limit=50).rows[:count]
    at = open_compare()
    at.text_input(key="compare:search").input("Quote 0").run()
    at.multiselect(key="compare:ids").set_value([r.id for r in rows]).run()
    element, columns = section_table(at)
    assert element in list(at.main.children.values())  # the page's full width, not squeezed beside the weights
    assert columns["_index"]["pinned"] is True and columns["_index"]["label"] == "Section"
    widths = [columns[name]["width"] for name in element.value.columns]
    assert len(widths) == count and len(set(widths)) == 1 and widths[0] >= 36  # each visible, none squeezed out
    assert columns["_index"]["width"] + sum(widths) <= (760 if count <= 4 else 1000)  # together they fit a laptop's page
    assert all(columns[name]["help"] == name for name in element.value.columns)  # the full name on hover


def test_a_score_shows_the_same_whole_number_on_compare_as_on_the_scorecard(app_url):
    """A section scoring a half to an even number (example b's decision section, 92.5; once example a's data
    section, 64.5): the browser's own rounding made it one more on Compare than on the scorecard."""
    store = Store(app_url)
    stored = [store.create(e) for e in EXAMPLES[:2]]
    example, saved, data = next((e, s, section) for e, s in zip(EXAMPLES[:2], stored) for section in score(e).sections
                                if section.score % 2 == 0.5)  # x.5 with x even: a half up would differ
    shown = whole(data.score)
    assert shown == data.score - 0.5
    at = open_compare()
    at.multiselect(key="compare:ids").set_value([s.id for s in stored]).run()
    element, columns = section_table(at)
    shown_on_compare = element.value.loc[data.title, example.proposal]
    assert shown_on_compare == shown
    assert columns[example.proposal]["type_config"]["format"] == "%d"  # nothing left for the browser to round
    at.query_params["id"] = saved.id
    at.switch_page("views/scorecard.py").run()
    assert any(e.label.startswith(f"{data.title} — {shown}/100") for e in at.expander)


def _said(at) -> list[str]:
    return [unescape(e.value) for e in [*at.warning, *at.caption, *at.success]]


def test_a_ranking_on_unreviewed_drafts_says_so_once(app_url):
    """Compare names each proposal whose drafted answers nobody has checked (the walk ranked a draft first with no
    word of it); a proposal the buyer answered alone gets no warning. Where the verdict already says the lead rests
    on those drafts, the counts follow it as a line of their own, not a second warning saying the same."""
    store = Store(app_url)
    typed = store.create(EXAMPLES[0].model_copy(update={"proposal": "Typed by the buyer"})).id
    answers = [a.model_copy(update={"drafted": True, "reviewed": False}) for a in EXAMPLES[1].answers]
    drafted = store.create(EXAMPLES[1].model_copy(update={"proposal": "Drafted only", "answers": answers})).id
    at = open_compare()
    at.multiselect(key="compare:ids").set_value([typed, drafted]).run()
    assert not at.exception, at.exception
    said = _said(at)
    counts = [s for s in said if f"Drafted only: {len(answers)} drafted answers not yet reviewed" in s]
    assert len(counts) == 1 and "Typed by the buyer" not in counts[0]
    verdict = [s for s in said if "The lead rests on drafted answers" in s]
    assert verdict and not any("rests partly" in s for s in said)  # said once, by the verdict


def test_drafts_that_do_not_decide_the_lead_are_still_warned_of(app_url):
    """A lead that holds on the reviewed answers alone has no caveat in the verdict: the drafts get the warning."""
    store = Store(app_url)
    answers = [a.model_copy(update={"drafted": True, "reviewed": False}) for a in EXAMPLES[0].answers[:2]]
    mixed = EXAMPLES[0].model_copy(update={"proposal": "Mostly typed", "answers": answers + EXAMPLES[0].answers[2:]})
    ids = [store.create(mixed).id, store.create(EXAMPLES[1].model_copy(update={"proposal": "Other"})).id]
    at = open_compare()
    at.multiselect(key="compare:ids").set_value(ids).run()
    said = _said(at)
    assert not any("The lead rests on drafted answers" in s for s in said)
    warned = [s for s in said if "rests partly" in s]
    assert len(warned) == 1 and "Mostly typed: 2 drafted answers not yet reviewed" in warned[0]


def test_the_first_visit_compares_every_saved_evaluation_when_four_or_fewer(app_url):
    """The walk opened Compare with only the two newest of four proposals picked: a buyer expects all four."""
    store = Store(app_url)
    ids = [store.create(e).id for e in EXAMPLES]
    at = open_compare()
    assert sorted(at.multiselect(key="compare:ids").value) == sorted(ids)
    assert "Comparing all 4 saved evaluations." in [c.value for c in at.caption]


def test_the_first_visit_takes_one_copy_of_a_proposal_several_evaluators_scored(app_url):
    store = Store(app_url)
    ids = [store.create(e).id for e in EXAMPLES[:3]]
    store.join(ids[0], evaluator="Raj Quality (raj@plant.example)", owner="raj@plant.example")
    at = open_compare()
    assert len(at.multiselect(key="compare:ids").value) == 3  # Raj's copy is not a fourth proposal


def test_the_first_visit_takes_one_of_an_offer_and_its_duplicate_the_newest(app_url):
    """walk55 duplicated an evaluation in the library and Compare ranked ThermaWatch first, ahead of its own copy."""
    store = Store(app_url)
    ids = [store.create(e).id for e in EXAMPLES[:3]]
    copy = store.duplicate(ids[0]).id
    picked = open_compare().multiselect(key="compare:ids").value
    assert sorted(picked) == sorted([copy, *ids[1:]])


LONG = ["Energy monitoring retrofit for compressed air, presses and hardening - VoltSight quotation Q-4410 for Plants 1-3",
        "Energy monitoring retrofit for compressed air, presses and hardening - VoltSight quotation Q-4411 for Plant 4",
        "Nimbus Connected Factory cloud IIoT platform for digital transformation across all three plants - offer NX-7731",
        "Predictive maintenance for presses and CNC lines - Vendor GmbH offer 2026-11"]


def test_proposals_with_long_names_are_told_apart_by_a_key_in_the_table_chart_and_picker(app_url):
    """Names of 80 to 120 characters: the walk's chart legend, column headers and picker chip cut them to the
    same first words; each proposal has a key (A, B ...) that heads its column and marks its bars, named in full once."""
    store = Store(app_url)
    ids = [store.create(e.model_copy(update={"proposal": n})).id for e, n in zip(EXAMPLES, LONG)]
    at = open_compare()
    at.multiselect(key="compare:ids").set_value(ids).run()
    assert not at.exception, at.exception
    element, columns = section_table(at)
    assert [columns[n]["label"] for n in element.value.columns] == ["A", "B", "C", "D"]
    assert [columns[n]["help"] for n in element.value.columns] == LONG
    key = next(unescape(m.value) for m in at.markdown if m.value.startswith("**Key**"))
    assert all(f"**{k}** · {n}" in key for k, n in zip("ABCD", LONG))
    chart = json.loads(at.get("vega_lite_chart")[0].proto.spec)
    texts = next(layer for layer in chart["layer"] if layer["mark"]["type"] == "text")
    assert texts["encoding"]["text"]["field"] == "Bar"  # "A 52" at each bar's end: no colour needed to tell them
    chips = sorted(o for o in at.multiselect(key="compare:ids").options if o[:4] in ("A · ", "B · "))
    assert len(chips) == 2 and chips[0] != chips[1] and all(len(c) <= 40 for c in chips)
    assert chips[0].endswith(LONG[0][-8:]) and chips[1].endswith(LONG[1][-8:])  # cut in the middle: the ends stay


def test_an_unreviewed_draft_is_marked_in_the_answers_side_by_side(app_url):
    """'Energy cost is rising [specific]' of a proposal with 20 unreviewed drafts read like a reviewed answer."""
    store = Store(app_url)
    typed = store.create(EXAMPLES[0].model_copy(update={"proposal": "Typed by the buyer"})).id
    answers = [a.model_copy(update={"drafted": True, "reviewed": False}) for a in EXAMPLES[1].answers]
    drafted = store.create(EXAMPLES[1].model_copy(update={"proposal": "Drafted only", "answers": answers})).id
    at = open_compare()
    at.multiselect(key="compare:ids").set_value([typed, drafted]).run()
    assert not at.exception, at.exception
    expected = compare([store.get(typed).evaluation, store.get(drafted).evaluation])
    marked = [unescape(m.value) for m in at.markdown if "(draft, not reviewed)]" in unescape(m.value)]
    answered = [d for d in expected.differences if d.answers["Drafted only"] != "not answered"]
    assert len(marked) >= len(answered) > 0
    typed_answers = {d.answers["Typed by the buyer"] for d in expected.differences} - {"not answered"}
    assert not any(m.startswith(f"{t} :orange") for m in marked for t in typed_answers)


def test_the_comparison_downloads_as_markdown_excel_pdf_and_word_and_names_each_offers_price(app_url):
    """Walk 61: only Markdown and Excel; and no offer's price beside its score, where one came with a price sheet."""
    store = Store(app_url)
    sheet = Document(name="offer.xlsx", kind="price_sheet",
                     text="Description: Annual licence; Q.ty: 1; Unit price EUR: 9800; Remarks: per year")
    priced = EXAMPLES[0].model_copy(update={"documents": [*EXAMPLES[0].documents, sheet]})
    ids = [store.create(e).id for e in (priced, EXAMPLES[1])]
    at = open_compare()
    at.multiselect(key="compare:ids").set_value(ids).run()
    assert not at.exception, at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Comparison (Markdown)", "Comparison (Excel)", "Comparison (PDF)", "Comparison (Word)"]
    key = unescape(next(m.value for m in at.markdown if m.value.startswith("**Key**")))
    assert "Price: Annual licence: EUR 9,800" in key and "Price: not stated" in key


def test_the_open_evaluation_is_compared_first_however_long_ago_it_was_saved(library):
    oldest = library.page(sort="updated_at", descending=False, limit=1).rows[0]
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=30)
    at.query_params["id"] = oldest.id
    at.run()
    at.switch_page("views/compare.py").run()
    picked = at.multiselect(key="compare:ids").value
    assert picked[0] == oldest.id and len(picked) == 4
    assert any(c.value.endswith("the open one first. Pick others, or remove some, below.") for c in at.caption)


def test_winnows_examples_are_left_out_once_two_of_the_buyers_own_can_be_compared(app_url):
    """Two walks saw a seeded example picked to start and ranked first over the buyer's own vendors."""
    store = Store(app_url)
    store.seed_examples(ROOT / "examples")
    own = [store.create(e.model_copy(update={"proposal": f"Own offer {i}"})).id for i, e in enumerate(EXAMPLES[:2])]
    at = open_compare()
    assert sorted(at.multiselect(key="compare:ids").value) == sorted(own)
    assert any("(Winnow's examples left out)" in c.value for c in at.caption)


def test_with_one_offer_of_the_buyers_own_the_examples_are_compared_with_it(app_url):
    store = Store(app_url)
    store.seed_examples(ROOT / "examples")
    mine = store.create(EXAMPLES[0].model_copy(update={"proposal": "The only offer"})).id
    picked = open_compare().multiselect(key="compare:ids").value
    assert mine in picked and len(picked) == 4


def test_picked_proposals_that_share_a_name_show_their_vendors(app_url):
    """Walk 55: three chips all read "Energy monitoring and oven PdM"; the key and exports did not say whose was whose."""
    store = Store(app_url)
    for vendor in ("ThermaWatch Industrial", "HornoSmart Solutions"):
        store.create(EXAMPLES[0].model_copy(update={"proposal": "Energy monitoring and oven PdM", "vendor": vendor}))
    at = open_compare()
    picker = at.multiselect(key="compare:ids")
    chips = [picker.format_func(i) for i in picker.value]
    assert any("ThermaWatch" in c for c in chips) and any("HornoSmart" in c for c in chips)
    key = next(m.value for m in at.markdown if m.value.startswith("**Key**"))
    assert "(ThermaWatch Industrial)" in unescape(key) and "(HornoSmart Solutions)" in unescape(key)
