"""drafting.yaml integrations `read_only`: what the offer reads from a plant's system is that system's input, never an
output the offer makes.

"We read the production schedule from your Plex ERP" and a link table's row "System: Plex ERP; Direction: Read; ...;
Data: Production schedule" drafted "Production schedule changes", though the system only reads the schedule (a buyer's
walk). An output's phrase inside the gap of a verb of reading and its "from" ("reads the production schedule from"), or
right before a passive of coming from ("the production plan comes from SAP"), drafts none of `drops`; nor does any cell
of a table row whose direction is read only. A sentence that both reads and makes its output keeps the output it makes
("reads the orders from SAP and proposes a new sequence"). Nor does a record line's cell whose label names what is read
(`labels`: "Monitored components: Drive current, alarms"), nor a bare word standing as an item of a list of data read
(`data_items`: "machine state, cycle count, alarms", "stan maszyny, liczba cykli, alarmy")."""
from __future__ import annotations

from .draft_rules import draft_data
from .phrases import PhraseSet

_RULE = draft_data()["integrations"].get("read_only", {})
DROPS = frozenset(_RULE.get("drops", []))  # the questions whose options are what the offer makes
READ = "from_system"  # a link row's direction that only reads (draft_tables.RowIntegration.direction)
_AROUND = PhraseSet.of(_RULE.get("around", []), "read")
_AFTER = PhraseSet.of(_RULE.get("after", []), "read")
_LABELS = frozenset(_RULE.get("labels", []))  # "Monitored components: Drive current, alarms": a cell of what is read
_ITEMS = _RULE.get("data_items", {})
_DATA, _JOINS = _ITEMS.get("data"), frozenset(_ITEMS.get("joins", []))  # the data read; "and" before a last item
_ITEM_ENDS = frozenset(",;:()")  # what bounds an item of a list
_LIST_ENDS = frozenset(";:()")  # ... and the list itself


def row_read(direction: str | None, hits: list) -> list:
    """A link row's hits without those of `drops` where the row's direction only reads."""
    return [h for h in hits if h[0] not in DROPS] if direction == READ else hits


def drop_read(words: list[str], hits: list, scan: PhraseSet) -> list:
    """The hits without the options of `drops` whose phrase names what a clause reads from a system."""
    if not any(h[0] in DROPS for h in hits):
        return hits  # most sentences name no output
    data = [h[2] for h in hits if h[0] == _DATA]
    hits = [h for h in hits if h[0] not in DROPS or not (_read_cell(words, h[2]) or (data and _data_item(words, h[2], data)))]
    around, after = _AROUND.find(words), _AFTER.find(words)
    if not around and not after:
        return hits
    starts = {s for s, _e, _p in after}
    read = set()
    for start, end, phrase in scan.find(words):
        inside = any(a < start and end < b for a, b, _p in around)  # "reads [the production schedule] from"
        if inside or end in starts:  # "[the production plan] comes from"
            read.update((q, o, start) for q, o in scan.targets[phrase] if q in DROPS)
    return [h for h in hits if h not in read]


def _read_cell(words: list[str], at: int) -> bool:
    """Whether the word at `at` stands in a record line's cell whose label names what is read, up to the next ";"
    ("Monitored components: Drive current, alarms": the machine's alarms are data in, no alert the offer makes)."""
    colon = next((i for i in range(at - 1, -1, -1) if words[i] in (":", ";")), None)
    if colon is None or words[colon] != ":":
        return False
    begin = next((i + 1 for i in range(colon - 1, -1, -1) if words[i] == ";"), 0)
    return not _LABELS.isdisjoint(words[begin:colon])


def _data_item(words: list[str], at: int, data: list[int]) -> bool:
    """Whether the word at `at` stands alone as an item of a comma list (a joining "and" aside) another item of which
    names data the system reads (`data`: where those cues start): the machines' alarms read with their state."""
    start = next((i + 1 for i in range(at - 1, -1, -1) if words[i] in _ITEM_ENDS), 0)
    end = next((i for i in range(at + 1, len(words)) if words[i] in _ITEM_ENDS), len(words))
    if [w for w in words[start:end] if w not in _JOINS] != [words[at]]:
        return False  # "alarms to the shift lead's phone": more than a bare word
    if words[start - 1:start] != [","] and words[end:end + 1] != [","]:
        return False  # no list
    first = next((i + 1 for i in range(at - 1, -1, -1) if words[i] in _LIST_ENDS), 0)
    last = next((i for i in range(at + 1, len(words)) if words[i] in _LIST_ENDS), len(words))
    return any(first <= d < last and not start <= d < end for d in data)
