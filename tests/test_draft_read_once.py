"""Drafting reads a line said again once (bench/bench_draft.py: a long proposal repeats its headers, table rows and
boilerplate): each step read once per distinct text gives what reading every sentence gave, on corpus texts and on
texts whose lines recur."""
from __future__ import annotations

import random

import pytest

from drafting_corpus import load
from questions import load_bank
from reading.draft import drafter_for
from reading.draft_pass import Pass
from reading.kpi_source import named_site
from reading.phrases import normalise, tokens
from reading.references import REFERENCE
from reading.story import names_in
from reading.page_lines import nouns_capitalised
from reading.romance import Written as RomanceWritten


def _texts() -> list[str]:
    """The tuning set's proposals, and each with its sentences said again in a shuffled order (a long proposal's
    repeats: the same customer named in many lines, a reference told twice)."""
    texts = [case.text for half in ("tuning", "tuning4", "real_tuning14", "real_tuning22") for case in load(half)]
    rng = random.Random(14)
    repeated = []
    for text in texts[::2] + [_OFFER]:
        lines = [line for line in text.split("\n") if line.strip()]
        repeated.append("\n".join(rng.choice(lines) for _ in range(3 * len(lines))))
    return texts + [_OFFER] + repeated


_OFFER = """Offer for Vogt Kuechenbau: press monitoring for your line 3.
At Mueller GmbH the stop data went to SAP PM.
There the planners created work orders from it.
We will connect your presses to SAP PM over OData.
In a similar project at Keller Foods we reduced scrap by 12 %.
Your maintenance planner receives the orders."""


@pytest.fixture(scope="module")
def drafter():
    return drafter_for(load_bank())


def _each_sentence(seen: Pass, references) -> tuple[list, set]:
    """mark_references as it read every sentence (before it read a line said again once)."""
    general, cases = list(seen.general), set()
    sentences = seen.reading.sentences
    found = [references.found(s.text) for s in sentences]
    own = references.own_names(found, seen.words)
    for i, (sentence, words) in enumerate(zip(sentences, seen.words)):
        if general[i] is not None:
            continue
        if not references.tells(sentence.text, words, named_site(sentence.text), own, found=found[i]):
            after = i > 0 and general[i - 1] == REFERENCE and references.goes_on(words)
            general[i] = REFERENCE if after else None
            continue
        cases.add(i)
        first = references.opening(sentence.text)
        if references.tells(first, tokens(normalise(first)), named_site(first), own, references.in_past(words)):
            general[i] = REFERENCE
    return general, cases


def test_references_read_once_a_text_mark_what_each_sentence_read_marked(drafter):
    marked = 0
    for text in _texts():
        seen = Pass(drafter, drafter.reader.read(text))
        expected = _each_sentence(seen, drafter.references)
        seen.mark_references(drafter.references)
        assert (seen.general, seen.cases) == expected
        marked += len(seen.cases)
    assert marked  # the texts tell other customers' cases: the check compared something


def test_names_read_once_a_text_are_the_names_of_every_line():
    rng = random.Random(3)
    words = ["Harpak", "Ulma", "said", "the", "Line", "SPC", "at", "Pung", "we", "Deployed", "mill", "Acme", "."]
    for _ in range(2000):
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 6))]
        said = texts + [rng.choice(texts) for _ in range(rng.randint(0, 6))]
        rng.shuffle(said)
        assert names_in(said) == names_in(sorted(set(said), key=said.index)) == names_in(texts)


def test_an_owning_verb_is_found_in_the_distinct_sentences_exactly_where_the_whole_text_holds_one(drafter):
    # owned_rows reads a proposal's links for owners only where an owning verb or an owner's line is: looked for in
    # each distinct sentence (and the whole text where a German verb's object may run over a line), the same answer
    # as the whole text searched, on random sentences of the rules' owning words, "your ", German and odd letters
    from reading.draft_owners import _owns_any, _reply_reader
    from reading.reply_owners import before_owner, owner_line_in
    reply = _reply_reader(drafter)
    words = ["owns", "own", "owned by", "your", "our", "the", "link", "verantwortlich für", "ist", "zuständig für",
             "sind", "Owner:", "owner is", "responsible", "contact person", "ſ", "\u212a", "-", "'s", ",", ".", "IT"]
    rng = random.Random(5)
    found = owners = 0
    for _ in range(3000):
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(0, 5))) for _ in range(rng.randint(1, 4))]
        texts += [rng.choice(texts) for _ in range(rng.randint(0, 3))]
        whole = "\n".join(texts)
        expected = bool(reply.links.owns.search(whole.lower()))
        assert _owns_any(reply, [t.lower() for t in texts]) == expected, texts
        assert bool(owner_line_in(whole)) == (before_owner(whole) != whole), texts
        found, owners = found + expected, owners + (before_owner(whole) != whole)
    assert 0 < found < 3000 and 0 < owners < 3000  # both answers came up


def _roles_each_line(reader, texts, words, found):
    """RoleReader.roles as it read every line (before a line's own readings were kept once a text)."""
    from reading.page_lines import NUMBERED
    from reading.roles import _BULLETS, BEFORE, CLAIM, FURNITURE, Role
    section, listed, out, read = CLAIM, False, [], {}
    for text, said, finds in zip(texts, words, found):
        heading, cued = reader.page.heading(text, said)
        run_on = reader.page.run_on(text) if heading is None else None
        if run_on == BEFORE:
            section = BEFORE
        elif run_on == NUMBERED and section == BEFORE:  # "3 Preise": the offer's own section closes a before-state
            section = CLAIM
        bullet = text.lstrip()[:1] in _BULLETS
        listed = listed if bullet else reader._lists_problems(said)
        carried = heading is None and (reader._goes_on(out, said) or reader._carries_on(out, said))
        under = BEFORE if (bullet and listed) or carried else heading or section
        if under == section == BEFORE and heading is None and reader.deeds.told(said):
            under = CLAIM
        role = read.get((text, under))
        if role is None:
            role = read[text, under] = reader.role(text, said, under, finds)
        if heading:
            section = BEFORE if not cued and role.kind == BEFORE else heading
        head = not out or reader._deck(out, text)
        named = head and heading is None and reader.page.short_title(text, said)
        if named or (head and reader.page.title(text, said)):
            role = Role(FURNITURE)
        role.heading = heading is not None or named or (head and reader.page.labelled_title(text, said))
        out.append(role)
    return out


def test_roles_read_a_line_said_again_once_as_every_line_read(drafter):
    kinds = set()
    for text in _texts():
        seen = Pass(drafter, drafter.reader.read(text))
        texts = [s.text for s in seen.reading.sentences]
        german = () if isinstance(seen.written, RomanceWritten) else seen.written  # as the pass reads a German text
        with nouns_capitalised(german):
            expected = _roles_each_line(drafter.roles, texts, seen.words, seen.found)
        assert [(r.kind, r.heading, r.turn, r.unsure) for r in seen.roles] == \
            [(r.kind, r.heading, r.turn, r.unsure) for r in expected]
        kinds.update(r.kind for r in seen.roles)
    assert len(kinds) >= 3  # headings, the plant before, claims: the check compared roles of several kinds


def test_the_kind_of_text_read_from_distinct_lines_is_what_every_line_tells(drafter):
    from reading.kind_lines import opens as _opens, titled as _titled
    for text in _texts():
        seen = Pass(drafter, drafter.reader.read(text))
        page = drafter.rules.product_page
        declared = any(tuple(words[:len(p)]) == p for words in seen.words for p in page.declared)
        longest = max(map(len, page.furniture), default=0) + 1
        furnished = any(_titled(s.text, page.declared) for s in seen.reading.sentences) \
            or any(tuple(w for w in words if w != ":") in page.furniture for words in seen.words if len(words) <= longest) \
            or any(_opens(words, p, page.titles) for words in seen.words for p in page.studied)
        assert seen.declared == (declared or (furnished and drafter.story.told_in_past(seen.long, seen.past)))
        assert seen.actors == drafter.story.actors(seen.words, seen.names)


def test_a_sentence_that_sells_nothing_is_no_marketing_without_counting_its_substance(drafter):
    # _sells stops where no boast, buzzword or hedge is: the same answer as the buzz weighed against the substance
    from reading.draft_cues import CONCRETE
    from reading.draft_specs import BOAST, HEDGE

    def weighed(sentence, hits):
        if any(q == BOAST for q, _, _ in hits):
            return True
        buzz = 0 if sentence.kind == "neutral" else len(sentence.buzzwords)
        salesy = buzz + sum(q == HEDGE for q, _, _ in hits) + (len(sentence.labels) if buzz else 0)
        return salesy > sum(s.kind in CONCRETE for s in sentence.substance)
    rng = random.Random(9)
    kinds = [BOAST, HEDGE, "x", "y"]
    sells = 0
    for text in _texts()[:8]:
        for sentence in drafter.reader.read(text).sentences:
            hits = [(rng.choice(kinds), "o", 0) for _ in range(rng.choice([0, 0, 1, 2]))]
            assert drafter._sells(sentence, hits) == weighed(sentence, hits)
            sells += weighed(sentence, hits)
    assert sells


def test_the_kpi_read_with_each_line_looked_at_once_is_the_kpi_read_line_by_line(drafter, monkeypatch):
    # _stated asks whether a line tells another site's result, is labelled a target or commits, once a text (and its
    # words): the same measure as every sentence asked, on the KPI corpus's tuning texts, texts whose lines recur and a
    # German text whose thousands dots are read as groups (its words are the sentence's as written)
    import reading.draft_kpi as draft_kpi
    from kpi_corpus import load as kpi_cases
    from reading.draft import draft
    from reading.kpi_source import elsewhere
    bank = load_bank()
    german = ("Heute liegt der Ausschuss bei 2.390 Teilen pro Monat.\nBei Vetrama's Werk in Leerdam fiel er auf 1.200 "
              "Teile.\nWir senken den Ausschuss auf 1.100 Teile pro Monat.\nHeute liegt der Ausschuss bei 2.390 Teilen pro Monat.")
    texts = [case.text for half in ("tuning", "tuning2") for case in kpi_cases(half)] + _texts()[-4:] + [german]
    drafted = [draft(text, bank).model_dump(exclude={"created_at", "updated_at", "id", "documents"}) for text in texts]
    monkeypatch.setattr(draft_kpi._Elsewhere, "__call__", lambda self, s: elsewhere(s.text, self.words(s), self.rules))
    monkeypatch.setattr(draft_kpi, "lru_cache", lambda maxsize=None: lambda read: read)
    assert [draft(text, bank).model_dump(exclude={"created_at", "updated_at", "id", "documents"}) for text in texts] == drafted


def test_the_first_change_stated_is_found_reading_a_line_said_again_once(drafter):
    # draft_kpi._changed skips a text it read: the same change and sentence as every candidate read, on lines of the
    # KPI corpus said again in random orders, kept by a test of the measure or not
    from kpi_corpus import load as kpi_cases
    from reading.draft_kpi import _before_consequence, _changed, _measures
    from reading.kpi_sentence import read_change
    rules = drafter.rules

    def each(candidates, keep=lambda measure: True):
        for sentence in candidates:
            measure = read_change(_before_consequence(sentence.text, rules), rules)
            if measure and measure.metric and keep(measure):
                return measure, [sentence]
        return None
    rng = random.Random(11)
    sentences = [s for case in kpi_cases("tuning") for s in drafter.reader.read(case.text).sentences]
    changed = 0
    for _ in range(300):
        said = [rng.choice(sentences) for _ in range(rng.randint(1, 8))]
        said += [rng.choice(said) for _ in range(rng.randint(0, 4))]
        rng.shuffle(said)
        for keep in (lambda measure: True, lambda measure: _measures(measure, rules)):
            found = _changed(said, rules, keep)
            assert found == each(said, keep)
            changed += found is not None
    assert changed


def test_an_english_text_is_told_by_its_words_holding_no_german_marker():
    # english_and_written stops at once where no text holds a marker: the same words, and nothing written, as
    # counting each text's markers
    from reading.german import english_and_written, gloss_rules
    markers = sorted(gloss_rules().markers)[:6]
    rng = random.Random(13)
    words = ["the", "line", "stops", "scrap", "we", "will"] + markers
    for _ in range(500):
        texts = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 7))) for _ in range(rng.randint(1, 4))]
        english, written = english_and_written(texts)
        if not any(m in text.split() for text in texts for m in markers):
            assert written == {} and all(english[t] == t.split() for t in texts)


def test_kpi_blocks_read_with_each_line_pieced_once_are_those_pieced_line_by_line(monkeypatch):
    # block_rows reads a line's labelled value once a text: the same rows as each line pieced anew, on the KPI corpus's
    # lines said again in random orders (a slide's "Today:" and "Target:" lines recur under headings)
    import reading.kpi_block as kpi_block
    from kpi_corpus import load as kpi_cases
    rng = random.Random(17)
    blocks = []
    for case in kpi_cases("tuning") + kpi_cases("tuning2") + kpi_cases("tuning3"):
        block = [line for line in case.text.split("\n") if line.strip()]
        blocks += [block, block + [rng.choice(block) for _ in range(rng.randint(1, 4))] + block]
    once = [kpi_block.block_rows(block) for block in blocks]
    sectioned = kpi_block.sectioned
    monkeypatch.setattr(kpi_block, "sectioned", lambda texts, pieces: sectioned(
        texts, [None if "|" in t else kpi_block.piece(t) for t in texts]))
    assert [kpi_block.block_rows(block) for block in blocks] == once
    assert any(once)  # rows were read


def test_a_general_truth_goes_on_from_the_sentence_before_as_each_sentence_asked(drafter):
    for text in _texts():
        seen = Pass(drafter, drafter.reader.read(text))
        general = list(seen.general)
        seen.general = [None if i and general[i] == general[i - 1] and general[i] else g for i, g in enumerate(general)]
        before = list(seen.general)
        back = drafter.roles.go_on | drafter.agent.pronouns
        expected = list(before)
        for i in range(1, len(expected)):
            words = seen.words[i]
            opening = words[:words.index(",")] if "," in words[:5] else words[:1]
            if expected[i] is None and expected[i - 1] and not back.isdisjoint(opening):
                expected[i] = expected[i - 1]
        seen._general_goes_on(back)
        assert seen.general == expected


def _repeated(drafter):
    """Readings of texts whose lines recur (a 100-page offer repeats its boilerplate), and of the tuning set's."""
    return [drafter.reader.read(text) for text in _texts()]


def _each_pair(sentences, words, rules):
    """kpi_pointers.pointed_back as it tested every pair of sentences in turn (before the pointer's own tests were made
    once a line, and after the cheap one)."""
    from reading.kpi_pointers import DIGIT, _own_number, _points, firm
    from reading.text import Sentence
    found = {}
    for before, pointer in zip(sentences, sentences[1:]):
        if DIGIT.search(before.text) and not _own_number(pointer.text) and _points(pointer.text, rules) \
                and firm(words(pointer)):
            found[before.start] = (Sentence(f"{pointer.text.rstrip('.')}: {before.text}", before.start, before.end,
                                            before.kind), before, pointer)
    return found


def test_a_pointer_back_reads_a_lines_own_numbers_once_and_only_where_it_points(drafter, monkeypatch):
    # the commitment that points back ("We guarantee this figure.") is what pointed_back looks for: a sentence's own
    # numbers (as_read, the costly part) are read only of a line that points, once a line; the same pointers found
    import reading.kpi_pointers as pointers
    said = "Steam use is 1,600 kg/h at 12 t/h.\nWe guarantee this figure.\nLine 3 runs 2 shifts.\n"
    readings = _repeated(drafter) + [drafter.reader.read(said * 40)]
    expected = [_each_pair(r.sentences, lambda s: tokens(normalise(s.text)), drafter.rules) for r in readings]
    asked = []
    own = pointers._own_number
    monkeypatch.setattr(pointers, "_own_number", lambda text: asked.append(text) or own(text))
    for reading, found in zip(readings, expected):
        asked.clear()
        assert pointers.pointed_back(reading.sentences, lambda s: tokens(normalise(s.text)), drafter.rules) == found
        assert len(asked) == len(set(asked)) and all(pointers._points(text, drafter.rules) for text in asked)
    assert expected[-1]  # the text that points back was found pointing


def test_upkeep_reads_the_names_of_each_distinct_line_and_each_lines_role_once(drafter, monkeypatch):
    # draft_upkeep reads the names a text writes from its distinct lines (a set of words: a line said again adds
    # none), and whose role keeps the system once a line; the names are those of every line
    import reading.draft_upkeep as upkeep
    from reading.draft import draft
    rng = random.Random(19)
    words = ["AlpenSense", "NEXORA", "the", "serviced", "by", "Kinetiq", ",", "Optional", "line", "\n", "Acme-Tec", "x"]
    for _ in range(1000):
        lines = [" ".join(rng.choice(words) for _ in range(rng.randint(1, 6))) for _ in range(rng.randint(1, 5))]
        said = lines + [rng.choice(lines) for _ in range(rng.randint(0, 5))]
        assert upkeep._names("\n".join(said)) == upkeep._names("\n".join(dict.fromkeys(said)))
    named, roles = [], []
    names, role_keeps = upkeep._names, upkeep.UpkeepDoers._role_keeps
    monkeypatch.setattr(upkeep, "_names", lambda text: named.append(text) or names(text))
    monkeypatch.setattr(upkeep.UpkeepDoers, "_role_keeps", lambda self, w: roles.append(tuple(w)) or role_keeps(self, w))
    text = "Our service team monitors the system.\nYour reliability technician owns threshold tuning.\n" * 30
    draft(text, load_bank())
    lines = named[-1].split("\n")
    assert len(lines) == len(set(lines)) == 2 and len(roles) == len(set(roles)) == 2


def test_a_tables_header_is_asked_only_of_a_line_of_three_cells_once_a_line(monkeypatch):
    # table_lines asks whether a line heads a table only of a line with three cells or more (a header has three), once
    # a line: the same lines found as every line asked
    import reading.kpi_table as kpi_table

    def each(lines):
        found, width = [], 0
        for at, line in enumerate(lines):
            cells = len(kpi_table.cells(line))
            width = cells if kpi_table.is_header(line) else width if cells == width else 0
            if "|" in line or width:
                found.append(at)
        return found
    rng = random.Random(23)
    rows = ["KPI; Unit; Baseline (line 3); Target after 6 months", "Scrap; %; 4.1; 2.5", "| Metric | Today | Target |",
            "| OEE | 54 % | 65 % |", "We cut scrap; the line runs.", "", "Downtime\t h\t 46\t 30", "Plain prose."]
    blocks = [[rng.choice(rows) for _ in range(rng.randint(1, 12))] for _ in range(500)]
    expected = [each(block) for block in blocks]
    asked = []
    is_header = kpi_table.is_header
    monkeypatch.setattr(kpi_table, "is_header", lambda line: asked.append(line) or is_header(line))
    for block, found in zip(blocks, expected):
        asked.clear()
        assert kpi_table.table_lines(block) == found
        assert len(asked) == len(set(asked)) and all(len(kpi_table.cells(line)) >= 3 for line in asked)
    assert any(expected)


def test_a_lines_sales_talk_is_weighed_once_a_line_as_each_sentence_weighed_it(drafter, monkeypatch):
    # _not_selling reads what a line's hits sell (a boast, its hedges: _own_figure) once a line, where it reads the hits;
    # each sentence is still marked as _sells marks it with those hits
    from reading.draft_cues import SentenceCues
    own_figure, weighed, sold = SentenceCues._own_figure, [], 0
    monkeypatch.setattr(SentenceCues, "_own_figure", staticmethod(lambda hits: weighed.append(1) or own_figure(hits)))
    for reading in _repeated(drafter) + [drafter.reader.read((_OFFER + "\n") * 30)]:
        seen = Pass(drafter, reading)
        weighed.clear()
        kept, selling = drafter._not_selling(reading, seen)
        read, asked = kept + selling, len(weighed)
        lines = {(s.text, seen.table_rows.get(i, s.text)) for i, s, *_ in read}
        assert asked <= 2 * len(lines)  # a line's hits, and those a before-state's denial keeps
        assert all(seen.selling[s.start] == drafter._sells(s, hits) for _i, s, _r, _w, hits, _row in read)
        sold += len(selling)
    assert sold and asked < len(read) / 5  # some lines sell; the last text's lines recur 30 times


def test_the_look_behind_patterns_opened_with_their_class_match_where_they_matched(drafter):
    # draft_upkeep._INNER and kpi_dot_groups._DOT_GROUPED open with the capital or the digit they match and look behind it
    # after: the regex engine skips to such a character; the same matches as the look-behind first
    import re

    from reading.kpi_dot_groups import _DOT_GROUPED
    from reading.draft_upkeep import _INNER
    inner = re.compile(r"(?<=[^\W\d_,] )[A-Z][^\W\d_]*(?:-[^\W\d_]+)*|(?<=, )[A-Z][^\W\d_]*")
    dots = re.compile(r"(?<![\w.,])[1-9]\d{0,2}\.\d{3}(?![.,]?\d)")
    rng = random.Random(29)
    pieces = ["a", "B", "Cd", " ", ", ", "-", "É", "2", "1.250", ".", ",", "_", "x9", "Über", "\n", "3.000.000"]
    texts = ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))) for _ in range(5000)] + _texts()
    for text in texts:
        assert _INNER.findall(text) == inner.findall(text)
        assert [m.span() for m in _DOT_GROUPED.finditer(text)] == [m.span() for m in dots.finditer(text)]


def test_a_sentence_behind_several_options_is_scanned_once_for_what_it_tells_built(drafter, monkeypatch):
    # BuiltReader.mark scans a sentence once however many options it drafted, and asks whether it tells one built only
    # where it holds a cue of the option: the same options marked built as each option's sentences scanned anew
    from reading.draft import draft
    from reading.phrases import PhraseSet
    bank = load_bank()
    text = ("We installed IoT sensors and an AI vision system that detects cracks on line 3.\n"
            "The edge gateway was deployed on each press and sends data to your MES.\n") * 20
    built = lambda evaluation: evaluation.model_dump(exclude={"created_at", "updated_at", "id", "documents"})  # noqa: E731
    expected = built(draft(text, bank))
    scanned = []
    find = PhraseSet.find
    monkeypatch.setattr(PhraseSet, "find", lambda self, words: scanned.append((id(self), tuple(words))) or find(self, words))
    mark = drafter.built.mark

    def counted(found, read, scan, implies):
        scanned.clear()
        mark(found, read, scan, implies)
        ours = [words for at, words in scanned if at == id(scan)]
        assert ours and len(ours) == len(set(ours))
    monkeypatch.setattr(type(drafter.built), "mark", lambda self, *a: counted(*a))
    assert built(draft(text, bank)) == expected
