"""A long offer says many lines again (a page's running lines, a footer, a list's items): the reading and drafting read
each once, and what they read is what they read line by line (issue 14: drafting a 100-page PDF). The label reader
keeps a repeated label sentence's labels as read; an exclusions list's item walks back over the list once; an
offer's sections are read once for all the answers that ask, and again when the lines' headings change."""
from __future__ import annotations

from types import SimpleNamespace

import pytest

from questions import load_bank
from reading.draft import draft
from reading.draft_optional import excluded_sections, optional_sections
from reading.label_denials import LabelDenials
from reading.offer_sections import OfferSections
from reading.quantities import inside
from reading.text import reader_for

BANK = load_bank()


def _counting(monkeypatch, cls, name: str) -> list:
    calls, real = [], getattr(cls, name)

    def counted(self, *args, **kwargs):
        calls.append(args)
        return real(self, *args, **kwargs)
    monkeypatch.setattr(cls, name, counted)
    return calls


@pytest.mark.parametrize("sentence", [
    "Our AI-powered platform makes your plant smart.",  # English
    "Unsere KI-gestützte Plattform macht Ihr Werk smart.",  # German
    "Notre plateforme IA rend votre usine intelligente.",  # French
])
def test_a_label_sentence_said_on_every_page_is_read_once(monkeypatch, sentence):
    pages = "\n\n".join(f"Page {n}\n\n{sentence}\n\nThe line {n} press runs two shifts." for n in range(1, 31))
    alone = reader_for(BANK).read(sentence)
    calls = _counting(monkeypatch, LabelDenials, "kept")
    reading = reader_for(BANK).read(pages)
    said = [s for s in reading.sentences if s.text == sentence]
    assert len(said) == 30
    assert len([c for c in calls if c[0] == sentence]) <= 1
    assert all((s.kind, s._labels) == (alone.sentences[0].kind, alone.sentences[0]._labels) for s in said)


def test_a_long_exclusions_list_reads_each_line_above_an_item_once(monkeypatch):
    items = [f"- Anschluss der Linie {n} an das ERP" for n in range(1, 41)]
    text = "Angebot 7\n\nNicht im Lieferumfang\n" + "\n".join(items) + "\n\nZahlung 30 Tage netto."
    sections = reader_for(BANK).excluded
    calls = _counting(monkeypatch, OfferSections, "heads")
    memo: dict = {}
    listed = [sections.lists_at(text, text.index(item), memo) for item in items]
    assert all(listed)
    assert len(calls) <= len(items) + 1  # each line once, not once for every item below it
    assert not sections.lists_at(text, text.index("Zahlung"), memo)


@pytest.mark.parametrize("heading, item", [
    ("5. Exclusions", "- Connection to your ERP or any cloud service"),  # English
    ("5. Exclusiones", "- Conexión con su ERP o cualquier servicio en la nube"),  # Spanish
    ("5. Esclusioni", "- Collegamento al vostro ERP o a servizi cloud"),  # Italian
])
def test_an_offers_sections_are_read_once_for_all_answers_of_a_draft(monkeypatch, heading, item):
    text = ("Offer No. 114\n\nWe propose vibration monitoring for the six presses of line 2. Our edge box reads the "
            "spindle vibration every second and sends an alarm to the shift leader's tablet.\n\n"
            f"{heading}\n{item}\n\n6. Optional items\n- Remote analyst service, monthly report\n\nPayment 30 days net.")
    calls = _counting(monkeypatch, OfferSections, "_at")
    draft(text, BANK)
    assert 0 < len(calls) <= 2  # the exclusions and the options, each once however many answers ask


def test_sections_read_again_when_a_lines_heading_changes():
    lines = ["Exclusions", "- Network cabling", "Scope of supply", "- Edge box on each press"]
    roles = [SimpleNamespace(heading=False) for _ in lines]
    sections, options = excluded_sections()[0], optional_sections()
    assert sections.at(lines, roles, options) == [1, 2, 3]
    roles[2].heading = True  # the role reader reads "Scope of supply" as the next heading
    assert sections.at(lines, roles, options) == [1]
    assert sections.at(list(lines), [SimpleNamespace(heading=False) for _ in lines], options) == [1, 2, 3]


@pytest.mark.parametrize("at, spans, expected", [
    (5, [(0, 5)], False), (4, [(0, 5)], True), (0, [(0, 5)], True), (7, [(0, 2), (6, 9)], True), (3, [], False)])
def test_inside_a_span_counts_its_start_not_its_end(at, spans, expected):
    assert inside(at, spans) is expected
