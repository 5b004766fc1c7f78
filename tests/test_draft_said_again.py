"""A line said again is looked at once where what is asked of it is its text's own (bench/bench_draft.py: a 100-page
proposal says 273 distinct sentences 4,766 times): the prose links parted by system, the text answers' suggestions,
a price sheet's priced rows, the lines that greet or leave an item out, a pointer back's figures and the vendor's
upkeep; each gives what looking at every line gave (the drafts of every tuning set are unchanged, scratch digests)."""
from __future__ import annotations

import random
from collections import Counter

import pytest

from drafting_corpus import load
from questions import load_bank
from reading import draft as draft_module
from reading import kpi_pointers
from reading.draft import drafter_for
from reading.draft_evidence import Evidence
from reading.draft_pass import Pass
from reading.draft_specs import INTEGRATION
from reading.draft_upkeep import UpkeepDoers
from reading.fees import Fees, fees

_LINKS = """Offer for Vogt Kuechenbau: press monitoring for your line 3.
Quality deviations open a notification in SAP S/4HANA QM through OData.
Lab results are read from the LIMS as a CSV export every hour.
Our service team monitors the platform and updates the models monthly.
Annual maintenance and software updates: EUR 4,800 per year.
The scrap rate on line 3 is 4.2 % today.
We guarantee this figure will come down to 2.5 %."""


@pytest.fixture(scope="module")
def drafter():
    return drafter_for(load_bank())


def _said_again(text: str, times: int = 4, seed: int = 62) -> str:
    """The text's lines said again in a shuffled order, as a long proposal repeats its boilerplate."""
    lines = [line for line in text.split("\n") if line.strip()]
    rng = random.Random(seed)
    return "\n".join(lines + [rng.choice(lines) for _ in range(times * len(lines))])


def _parted_each_line(drafter, area: str, said: list[str]) -> list[list[str]]:
    """IntegrationDrafting._per_system as it read every sentence (before a line said again was read once)."""
    parts: list[tuple[set[str], list[str]]] = []
    for quote in said:
        words = drafter._system_words(area, quote)
        joined = [p for p in parts if p[0] & words]
        merged = (set(words).union(*(p[0] for p in joined)), [q for p in joined for q in p[1]] + [quote])
        parts = [p for p in parts if p not in joined] + [merged] if words else parts
    if len(parts) < 2:
        return [said]
    rest = [q for q in said if not any(q in quotes for _w, quotes in parts)]
    groups = sorted((sorted(quotes, key=said.index) for _w, quotes in parts), key=lambda g: said.index(g[0]))
    return [groups[0] + rest, *groups[1:]]


def test_links_said_again_are_parted_by_system_reading_each_sentence_once(drafter, monkeypatch):
    text = _said_again(_LINKS)
    seen = Pass(drafter, drafter.reader.read(text))
    said = drafter.read(seen.reading, seen)[INTEGRATION].said
    assert any(len(quotes) > len(set(quotes)) for quotes in said.values())  # the text says a link again
    expected = {area: _parted_each_line(drafter, area, quotes) for area, quotes in said.items()}
    read = Counter()
    words = drafter._system_words
    monkeypatch.setattr(drafter, "_system_words", lambda area, quote: read.update([(area, quote)]) or words(area, quote))
    assert {area: drafter._per_system(area, quotes) for area, quotes in said.items()} == expected
    assert read and max(read.values()) == 1


def test_links_parted_from_distinct_sentences_are_those_parted_from_every_sentence(drafter):
    rng, parted = random.Random(14), 0
    texts = [case.text for half in ("tuning", "tuning2", "tuning3", "tuning4", "real_tuning14") for case in load(half)]
    for text in texts:
        seen = Pass(drafter, drafter.reader.read(text))
        for area, quotes in drafter.read(seen.reading, seen).get(INTEGRATION, Evidence()).said.items():
            for _ in range(3):  # the area's sentences said again in random orders, and some sentences naming none
                said = [rng.choice(quotes + ["The plant runs two shifts."]) for _ in range(rng.randint(1, 12))]
                got = drafter._per_system(area, said)
                assert got == _parted_each_line(drafter, area, said), (area, said)
                parted += len(got) > 1
    assert parted  # some sentences named two systems of one area: the check compared parts


def test_a_sentence_said_again_is_looked_at_for_suggestions_once(drafter, monkeypatch):
    reading = drafter.reader.read(_said_again(_LINKS))
    expected = drafter.prefiller.suggest(reading)
    asked = Counter()
    interval = drafter.prefiller.interval
    monkeypatch.setattr(drafter.prefiller, "interval", lambda lower: asked.update([lower]) or interval(lower))
    assert drafter.prefiller.suggest(reading) == expected
    assert asked and max(asked.values()) == 1


def test_a_price_sheets_row_said_again_is_priced_once(monkeypatch):
    sheet = fees()
    rows = ["Gateway | 2 | EUR 1.200,00", "Licence per gateway | 2 | EUR 900 / year", "Commissioning | 1 | EUR 3.500,00",
            "Delivery within 6 weeks of 12 May."]
    text = _said_again("\n".join(rows), times=6)
    expected = sum(map(sheet.priced, [line for line in text.split("\n") if any(c.isdigit() for c in line)]))
    figured = [line for line in text.split("\n") if any(c.isdigit() for c in line)]
    priced = Counter()
    own = Fees.priced
    monkeypatch.setattr(Fees, "priced", lambda self, line: priced.update([line]) or own(self, line))
    assert sheet.price_sheet(text) == (expected >= sheet.sheet_rows and expected >= sheet.sheet_share * len(figured))
    assert expected >= sheet.sheet_rows and priced and max(priced.values()) == 1


def test_whether_a_line_greets_or_leaves_an_item_out_is_asked_once_a_line(drafter, monkeypatch):
    text = _said_again("Dear Ms Weber, thank you for your request.\n" + _LINKS)
    seen = Pass(drafter, drafter.reader.read(text))
    asked = Counter()
    greets = draft_module.greets
    monkeypatch.setattr(draft_module, "greets", lambda line: asked.update([line]) or greets(line))
    kept, sold = drafter._not_selling(seen.reading, seen)
    assert not any("Dear" in s.text for _i, s, *_ in kept + sold)  # the greeting drafts nothing, every time said
    assert asked and max(asked.values()) == 1


class _Counted:
    """A pattern whose searches are counted by the text searched."""

    def __init__(self, pattern):
        self.pattern, self.searched = pattern, Counter()

    def search(self, text: str, *args):
        self.searched[text] += 1
        return self.pattern.search(text, *args)

    def finditer(self, text: str, *args):
        return self.pattern.finditer(text, *args)


def test_a_pointer_backs_figure_is_looked_for_once_a_line(drafter, monkeypatch):
    pair = "The new dryer will need 1,600 kg/h of steam at the same 12 t/h.\nWe guarantee this figure.\n"
    reading = drafter.reader.read(pair + _said_again(_LINKS) + "\n" + pair * 3)
    seen = Pass(drafter, reading)
    expected = kpi_pointers.pointed_back(reading.sentences, seen.written_of, drafter.rules)
    assert expected  # "We guarantee this figure" points back at the line before it
    counted = _Counted(kpi_pointers.DIGIT)
    monkeypatch.setattr(kpi_pointers, "DIGIT", counted)
    assert kpi_pointers.pointed_back(reading.sentences, seen.written_of, drafter.rules) == expected
    assert max(counted.searched.values()) == 1


def test_a_fee_for_upkeep_said_again_is_read_once(drafter, monkeypatch):
    text = _said_again(_LINKS)
    expected = draft_module.draft(text, drafter.bank).answers
    read = Counter()
    fee = UpkeepDoers._upkeep_fee
    monkeypatch.setattr(UpkeepDoers, "_upkeep_fee", lambda self, line, words_of: read.update([line]) or fee(self, line, words_of))
    assert draft_module.draft(text, drafter.bank).answers == expected
    assert read and max(read.values()) == 1


def test_a_cue_said_again_adds_to_its_options_sureness_as_min_and_max_did():
    rng = random.Random(6)
    for _ in range(2000):
        ev, sure, count = Evidence(), {}, Counter()
        for _ in range(rng.randint(1, 12)):
            option, confidence, again = rng.choice("abc"), rng.choice([0.3, 0.5, 0.62, 0.9, 0.99]), rng.choice([0.0, 0.05, 0.1])
            ev.add(option, f"quote {rng.randint(0, 3)}", rng.choice(["specific", "vendor_claim"]), confidence, again)
            sure[option] = confidence if option not in sure else min(0.99, max(sure[option], confidence) + again)
            count[option] += 1
        assert ev.confidence == sure and ev.options == dict(count)
