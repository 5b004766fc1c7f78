"""A vendor's reply carries the plant's links as a table pasted from Word (bars, tabs, aligned columns, or rows of
"System: ...; Owner: ..."): each row is read as a proposal's table row is (reply_rows.py, draft_tables.py). Its owner
cell is read whole ("Nordheide SAP team (M. Brandt)", not "SAP team"), its direction cell on its own ("results back
to Maximo" is one way, not both), and its cells draft nothing but the row's link: the answers drafted from the
proposal and not yet reviewed are not overwritten by a row's words. The same tables in a proposal read alike. Every
text here is new."""
import pytest

from proposals.layout import tidy
from questions import load_bank
from reading.draft import draft
from rounds_corpus import Mail, sent_out

BANK = load_bank()
PROPOSAL = ("Offer for Nordheide Kunststoff GmbH, injection moulding line 3\n\n"
            "Today scrap on line 3 is found at the end of the shift, so about 4 % of parts are lost before anyone "
            "reacts.\n"
            "We install temperature and pressure sensors on the four presses of line 3 and read the press PLCs over "
            "OPC UA every second.\n"
            "An AI model predicts short shots from the cavity pressure curve, and the shift leader confirms each hold "
            "on the HMI.\n"
            "The data goes to your SAP S/4HANA and to your LabWare LIMS.\n"
            "Our service team in Bremen maintains the system for 9,800 EUR per year.\n")
MAIL = Mail("Dear Mr Brandt,\n\nthank you for your letter. Our answers:",
            "Kind regards,\nAnna Keller\nMoldIQ GmbH")
HEAD = "3. Our links to your systems, with their format, direction and owner:\n\n"

SAP = ("SAP S/4HANA PP", "OData, every 15 min", "from MES into SAP", "Nordheide SAP team (M. Brandt)")
LIMS = ("LabWare LIMS", "REST API", "out of LIMS to the line", "QA lab manager")
MAXIMO = ("IBM Maximo", "REST API", "results back to Maximo", "Maintenance planner (J. Ortiz)")
HEADER = ("System", "Interface", "Direction", "Owner")


def _bars(rows, outer: bool = True, rule: bool = True) -> str:
    line = (lambda cells: "| " + " | ".join(cells) + " |") if outer else (lambda cells: " | ".join(cells))
    return "\n".join([line(HEADER), *(["|---|---|---|---|"] if rule else []), *map(line, rows)])


def _tabs(rows) -> str:
    return "\n".join("\t".join(cells) for cells in (HEADER, *rows))


def _aligned(rows) -> str:
    widths = [max(len(cells[k]) for cells in (HEADER, *rows)) + 3 for k in range(len(HEADER))]
    return "\n".join("".join(c.ljust(w) for c, w in zip(cells, widths)).rstrip() for cells in (HEADER, *rows))


def _grid(rows, box: bool = False) -> str:
    """A grid table ruled between its rows ("+----+----+"), its owner cell wrapped onto a line of its own; or drawn in
    box characters, as some mail tools draw one."""
    widths = [max(len(cells[k]) for cells in (HEADER, *rows)) for k in range(len(HEADER))]
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    line = lambda cells: "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths)) + " |"
    lines = [rule, line(HEADER), rule]
    for cells in rows:
        head, _, tail = cells[3].partition(" (")
        lines += [line([*cells[:3], head]), line(["", "", "", f"({tail}" if tail else ""]), rule] if tail and not box \
            else [line(cells), rule]
    text = "\n".join(lines)
    return text.translate(str.maketrans("+-|", "\u253c\u2500\u2502")) if box else text


def _pairs(rows, apart: str = "\n") -> str:
    return apart.join("; ".join(f"{h}: {c}" for h, c in zip(HEADER, cells)) for cells in rows)


LAYOUTS = {
    "bars without outer bars or rule": lambda rows: _bars(rows, outer=False, rule=False),
    "markdown": _bars,
    "tabs": _tabs,
    "aligned columns": _aligned,
    "grid, an owner wrapped in its cell": _grid,
    "box characters": lambda rows: _grid(rows, box=True),
    "rows of headed cells": _pairs,
    "rows of headed cells a blank line apart": lambda rows: _pairs(rows, "\n\n"),
}
# (SAP's PP module, "SAP S/4HANA PP", is production planning: a suite's module names its area)
OWNERS = {"planning": SAP[3], "quality": LIMS[3], "maintenance": MAXIMO[3]}
DIRECTIONS = {"planning": "to_system", "quality": "from_system", "maintenance": "to_system"}
# what a link table's row may draft besides its link (drafting.yaml tables: integration: row_drafts)
ROW_DRAFTS = {"connect.integrations", "data.captured", "data.sources", "workflow.technologies", "workflow.outputs"}


@pytest.fixture(scope="module")
def sent():
    return sent_out(PROPOSAL, "MoldIQ", "M. Brandt")


def _links(evaluation) -> dict[str, tuple[str, str]]:
    answer = evaluation.answer("connect.integrations")
    return {row.system: (row.direction, row.owner) for row in answer.integrations} if answer else {}


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_reply_tables_owner_cell_is_each_links_owner_whole(sent, layout):
    done = MAIL.read(sent, HEAD + LAYOUTS[layout]([SAP, LIMS, MAXIMO]))
    assert {area: owner for area, (_, owner) in _links(done.evaluation).items()} == OWNERS


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_reply_tables_direction_cell_is_read_on_its_own(sent, layout):
    done = MAIL.read(sent, HEAD + LAYOUTS[layout]([SAP, LIMS, MAXIMO]))
    assert {area: direction for area, (direction, _) in _links(done.evaluation).items()} == DIRECTIONS


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_reply_tables_cells_draft_no_answer_outside_its_rows(sent, layout):
    """The proposal's drafted answers (not yet reviewed) are not overwritten by a row: "OData, every 15 min" is no
    protocol of the machines, no workflow and no decision; "QA lab manager" owns a link and uses nothing."""
    done = MAIL.read(sent, HEAD + LAYOUTS[layout]([SAP, LIMS]))
    before = {a.question: a for a in sent.answers}
    for question in ("data.protocols", "workflow.before_after", "users.daily_use", "decision.improved", "users.roles"):
        after = done.evaluation.answer(question)
        assert (after.text, after.choices) == (before[question].text, before[question].choices) if question in before \
            else after is None, question
    rows = [cell for cells in (SAP, LIMS) for cell in cells]
    for answer in done.evaluation.answers:
        if answer.question not in ROW_DRAFTS:
            assert not any(cell in quote for quote in answer.quotes for cell in rows[1::4]), answer


def test_an_owner_told_in_prose_under_a_table_with_no_owner_column_still_owns_its_links(sent):
    table = ("| System | Interface | Direction |\n|---|---|---|\n| SAP S/4HANA PP | OData | into SAP |\n"
             "| LabWare LIMS | REST API | read from LIMS |\n\nBoth interfaces are owned by your IT department.")
    links = _links(MAIL.read(sent, HEAD + table).evaluation)
    assert {area: owner for area, (_, owner) in links.items()} == {"planning": "IT department", "quality": "IT department"}
    assert links["planning"][0] == "to_system" and links["quality"][0] == "from_system"


def test_a_reply_tables_rows_are_quoted_and_shown_as_the_reply_wrote_them(sent):
    """A signal table's rows read as a proposal's too (units name the data, rates say how often it is read), and an
    answer made of its rows shows them as written, not as the drafter's lines ("Signal: Cavity pressure; Unit: ...")."""
    rows = ["| Cavity pressure | bar | 1 ms |", "| Mould temperature | °C | 1 s |"]
    table = "\n".join(["| Signal | Unit | Sample interval |", "|---|---|---|", *rows])
    done = MAIL.read(sent, "We read these signals from the press PLCs:\n\n" + table).evaluation
    protocols, captured = done.answer("data.protocols"), done.answer("data.captured")
    assert protocols.quotes[:2] == rows and protocols.text == " ".join(rows)
    assert {"pressure", "temperature"} <= set(captured.choices)


# --- the same tables in a proposal ----------------------------------------------------------------------------------

OFFER = "Offer for Nordheide Kunststoff GmbH\n\nWe connect your injection moulding line 3 to the systems you run today.\n\n"


@pytest.mark.parametrize("layout", LAYOUTS)
def test_a_proposals_link_table_reads_each_cell_whole_and_drafts_only_its_links(layout):
    drafted = draft(OFFER + LAYOUTS[layout]([SAP, LIMS, MAXIMO]) + "\n", BANK)
    assert _links(drafted) == {area: (DIRECTIONS[area], OWNERS[area]) for area in OWNERS}
    assert {a.question for a in drafted.answers} <= ROW_DRAFTS, [a.question for a in drafted.answers]


@pytest.mark.parametrize("cell, direction", [
    ("from MES into SAP", "to_system"),  # the system named by one word of its name, the phrase before it
    ("out of SAP to the MES", "from_system"),
    ("SAP to MES", "from_system"),  # the system first: the data leaves it
    ("SAP reads from MES", "to_system"),
    ("both ways", "both"),
    ("n/a", "none"),  # a direction cell that states none we read: no other cell's words ("push") decide
])
def test_a_direction_cell_reads_where_the_data_goes_from_the_rows_system(cell, direction):
    table = f"| System | Interface | Direction |\n|---|---|---|\n| SAP S/4HANA PP | OData push | {cell} |\n"
    assert _links(draft(OFFER + table, BANK)) == {"planning": (direction, "")}


def test_rows_of_headed_cells_are_no_lines_wrapped_into_each_other():
    rows = _pairs([SAP, LIMS, MAXIMO])
    assert tidy("A short note.\n" + rows, unwrap=True) == "A short note.\n" + rows
